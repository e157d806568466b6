#!/usr/bin/env bash
# Regenerates the diagrams checked in under examples/diagrams/ (shown in README.md)
# from examples/corpus with the built kg, so they always show what kg draws today.
# Usage: scripts/diagrams.sh BUILD_DIR   (run from anywhere)
set -euo pipefail

build="${1:?usage: scripts/diagrams.sh BUILD_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
kg="$build/app/kg"
[ -x "$kg" ] || { echo "diagrams: $kg not found; build first (make build)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"   # so the caption names the corpus as examples/corpus
"$kg" --db "$work/kg.db" ingest examples/corpus >/dev/null
out=examples/diagrams
mkdir -p "$out"
for format in svg png; do
  "$kg" --db "$work/kg.db" export --format "$format" -o "$out/corpus.$format" \
    --title "Who met whom: the seed corpus"
  "$kg" --db "$work/kg.db" export --format "$format" -o "$out/ego-hayashi.$format" \
    --ego "Yoshimasa Hayashi" --depth 2 --meetings-as-nodes \
    --title "Yoshimasa Hayashi and everything within two relations"
done
# The explorer (kg export --format html) in headless Chromium, a MET edge's evidence open.
"$kg" --db "$work/kg.db" export --format html -o "$work/explorer.html" --title "examples/corpus"
"$kg" --db "$work/kg.db" export --format json -o "$work/kg.json"
edge="$(python3 -c 'import json, sys
print(next(l["key"] for l in json.load(open(sys.argv[1]))["links"] if l["relation"] == "MET"))' "$work/kg.json")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chromium" \
  --window-size=1400,900 --virtual-time-budget=3000 --screenshot="$root/$out/explorer.png" \
  "file://$work/explorer.html#edge=$edge" 2>/dev/null
echo "diagrams: wrote $out/corpus.{svg,png}, $out/ego-hayashi.{svg,png} and $out/explorer.png"
