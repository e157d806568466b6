#!/usr/bin/env bash
# Extraction quality gate: runs `kg extract --json` over the project's copy of the
# development corpus (tests/data/corpus: MOFA releases with gold annotations) and
# scores it with the shared scorer; fails when any figure drops below the bounds
# the extraction capability promises.
set -euo pipefail
kg=$1
corpus=$2
scorer=${KG_SCORE:-$3}
if [ ! -x "$scorer" ]; then
  echo "score_corpus: scorer not found at $scorer (set KG_SCORE)" >&2
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$kg" extract --json "$corpus" > "$out"
"$scorer" "$corpus" "$out" \
  --min PERSON=0.95 --min COUNTRY=0.95 --min ORGANIZATION=0.90 --min PROGRAMME=0.85 \
  --min EVENT=0.80 --min LOCATION=0.85 --min MET=0.95 --min MET+date=0.90 \
  --min ATTENDED=0.85 --min ROLE=0.85 --min date=0.95
