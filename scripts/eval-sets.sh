#!/usr/bin/env bash
# One line per annotated set: F1 (tp/predicted/gold) of PERSON, MET, MET+date, ROLE, ATTENDED.
#   scripts/eval-sets.sh [-k KG] [--data-dir DIR] SETDIR...
# With no SETDIR, the sets the repository holds (tests/data/corpus, dev-b, ja-dev, styles,
# probe-readouts, probe-ja). For comparing two builds of kg on the same sets, and for scoring
# a new set blind before anyone reads it (eval/blind-sets.md).
set -euo pipefail
cd "$(dirname "$0")/.."
kg=build/app/kg
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    -k) kg=$2; shift 2 ;;
    --data-dir) extra=(--data-dir "$2"); shift 2 ;;
    -h|--help) sed -n 2,6p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done
[ -x "$kg" ] || { echo "eval-sets: $kg is not built (make build, or -k KG)" >&2; exit 1; }
if [ $# -eq 0 ]; then
  set -- tests/data/corpus tests/data/dev-b tests/data/ja-dev tests/data/styles tests/data/probe-readouts tests/data/probe-ja
fi
for set in "$@"; do
  if ! ls "$set"/*.gold.json > /dev/null 2>&1; then
    echo "eval-sets: $set: no *.gold.json" >&2
    exit 1
  fi
  "$kg" "${extra[@]}" eval --json "$set" | python3 -c '
import json, sys
d = json.load(sys.stdin)
def f(k):
    x = d.get(k) or {}
    return "%.3f (%s/%s/%s)" % (x.get("f1", 0), x.get("tp"), x.get("predicted"), x.get("gold"))
print("%-28s PERSON %s  MET %s  MET+date %s  ROLE %s  ATTENDED %s" %
      (sys.argv[1], f("PERSON"), f("MET"), f("MET+date"), f("ROLE"), f("ATTENDED")))
' "$set"
done
