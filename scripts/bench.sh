#!/usr/bin/env bash
# Placeholder for `make bench` until the benchmark programs in bench/ exist:
# times `kg extract --json` over the development corpus and scores it with
# kg-score when the shared corpus is beside the repository.
# Usage: scripts/bench.sh BUILD_DIR
set -euo pipefail

build="${1:?usage: scripts/bench.sh BUILD_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
kg="$build/app/kg"
[ -x "$kg" ] || { echo "bench: $kg not found; build first" >&2; exit 1; }

corpus="$root/../shared/corpus/dev"
[ -d "$corpus" ] || corpus="$root/examples/corpus"
mkdir -p "$root/out"
pred="$root/out/bench-extract.jsonl"

echo "bench: kg extract --json $corpus"
start=$(date +%s.%N)
"$kg" extract --json "$corpus" > "$pred"
end=$(date +%s.%N)
docs=$(wc -l < "$pred")
echo "bench: $docs documents in $(python3 -c "print(round($end - $start, 3))") s"

score="$root/../shared/tools/kg-score"
if [ -x "$score" ] || [ -f "$score" ]; then
  python3 "$score" "$corpus" "$pred"
fi
