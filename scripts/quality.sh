#!/usr/bin/env bash
# Extraction quality, as the README's table reports it:
#   scripts/quality.sh [BUILD_DIR] [SHARED_DIR]
# kg eval on the gold sets the repository holds (tests/data/corpus: the MOFA development
# releases and seeds; tests/data/dev-b: readouts of thirteen governments; tests/data/styles),
# and, when the shared corpus is beside the checkout, the title-stated meetings of the White
# House set found from whole releases and from their bodies alone (title line removed).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${2:-../shared}
kg=$build/app/kg
[ -x "$kg" ] || { echo "quality: $kg not built (make build)" >&2; exit 1; }
for set in corpus dev-b styles ja-dev probe-readouts probe-readouts-2 probe-news probe-mixed probe-mixed-2 probe-mixed-3 probe-mixed-4 probe-mixed-5 probe-mixed-6 probe-mixed-7 probe-mixed-8 probe-mixed-9 probe-mixed-10 probe-mixed-11 probe-ja; do
  echo "== tests/data/$set"
  "$kg" eval "tests/data/$set"
done
wh=$shared/corpus/whitehouse
tm=$shared/tools/kg-title-met
if [ -d "$wh" ] && [ -x "$tm" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$kg" extract --json "$wh" > "$tmp/whole.jsonl"
  echo "== White House title-stated meetings, whole releases"
  "$tm" "$wh" "$tmp/whole.jsonl" | tail -1
  mkdir "$tmp/bodies"
  for f in "$wh"/*.txt; do tail -n +3 "$f" > "$tmp/bodies/$(basename "$f")"; done
  cp "$wh"/MANIFEST.tsv "$tmp/bodies/" 2>/dev/null || true
  "$kg" extract --json "$tmp/bodies" > "$tmp/bodies.jsonl"
  echo "== White House title-stated meetings, bodies alone"
  "$tm" "$wh" "$tmp/bodies.jsonl" | tail -1
else
  echo "(no $wh: White House title-stated meetings not measured)"
fi
