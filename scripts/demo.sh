#!/usr/bin/env bash
# The demo behind `make demo`: ingests the example corpus into a fresh knowledge
# base, prints who met whom, and writes the graph as SVG, GraphML and DOT.
# Usage: scripts/demo.sh BUILD_DIR   (run from anywhere; outputs go to out/ in the repository)
set -euo pipefail

build="${1:?usage: scripts/demo.sh BUILD_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
kg="$build/app/kg"
if [ ! -x "$kg" ]; then
  echo "demo: $kg not found; build first (make build)" >&2
  exit 1
fi

cd "$root"
mkdir -p out
rm -f out/demo.db out/demo.db-wal out/demo.db-shm
db=out/demo.db

echo "== kg --db $db ingest examples/corpus"
"$kg" --db "$db" ingest examples/corpus
echo
echo "== kg --db $db met   (every meeting, newest first)"
"$kg" --db "$db" met
echo
echo "== kg --db $db met Hayashi"
"$kg" --db "$db" met Hayashi
echo
"$kg" --db "$db" export --format svg -o out/kg.svg --title "Who met whom (examples/corpus)"
"$kg" --db "$db" export --format graphml -o out/kg.graphml
"$kg" --db "$db" export --format dot -o out/kg.dot --title "Who met whom (examples/corpus)"
echo
echo "Knowledge base: $root/out/demo.db"
echo "Drawing:        $root/out/kg.svg   (open in a browser)"
echo "GraphML:        $root/out/kg.graphml   (Gephi, yEd, networkx)"
echo "DOT:            $root/out/kg.dot   (dot -Tpng out/kg.dot -o kg.png)"
echo "Try: $kg --db $db show Stoltenberg"
