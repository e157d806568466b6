#!/usr/bin/env bash
# Extraction quality gate: `kg eval` extracts a folder of documents annotated in the
# gold format (tests/data/corpus: MOFA releases; tests/data/styles: other house
# styles) and fails when any figure drops below the bounds the extraction
# capability promises. Nothing outside the repository is needed.
set -euo pipefail
kg=$1
corpus=$2
shift 2
if [ $# -gt 0 ]; then  # bounds of a set of its own: --min KEY=F1 ...
  exec "$kg" eval "$corpus" "$@"
fi
"$kg" eval "$corpus" \
  --min PERSON=0.95 --min COUNTRY=0.95 --min ORGANIZATION=0.90 --min PROGRAMME=0.85 \
  --min EVENT=0.80 --min LOCATION=0.85 --min MET=0.95 --min MET+date=0.90 \
  --min ATTENDED=0.85 --min ROLE=0.85 --min date=0.95
