#!/usr/bin/env bash
# `make bench`: runs the benchmark programs in bench/ and prints their figures.
# Usage: scripts/bench.sh BUILD_DIR [MEGABYTES]
set -euo pipefail
build="${1:?usage: scripts/bench.sh BUILD_DIR [MEGABYTES]}"
mb="${2:-200}"
root="$(cd "$(dirname "$0")/.." && pwd)"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
bench="$build/bench/extract_bench"
[ -x "$bench" ] || { echo "bench: $bench not found; build first" >&2; exit 1; }
echo "bench: extraction throughput over tests/data/corpus cycled to $mb MB"
"$bench" "$root/tests/data/corpus" "$mb"
echo
echo "bench: extraction time on hostile inputs at doubling sizes (x2.0 per doubling is linear)"
"$build/bench/hostile_bench"
