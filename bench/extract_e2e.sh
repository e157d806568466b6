#!/usr/bin/env bash
# End-to-end extraction speed (issue 14): the whole `kg extract --json` process over a
# directory of real-size releases, beside a peer measured in the same run.
#   bench/extract_e2e.sh [BUILD] [FILES] [SOURCE_DIR] [--no-peer]
#     BUILD       build directory holding app/kg (default: build)
#     FILES       how many release files to lay out (default 20000)
#     SOURCE_DIR  where the releases come from, cycled (default tests/data/corpus; every
#                 *.txt below it, so ../shared/corpus/whitehouse works as well)
# Each file keeps its own size (the cost per document counts as much as the cost per
# byte); the k-th copy of a release gets a line "Copy k." first, so no two files are the
# same bytes. Times kg on every core (the default) and with --threads 1, both as wall
# clock and CPU time, and reports MB/s for the whole machine (wall) and per core (CPU).
# The peer: wink-nlp (named entities only, no relations) with its English lite model,
# pinned below and installed by npm into a temporary directory that is removed at the
# end; it reads and tags the same files in one Node.js process on one core.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
files=${2:-20000}
source_dir=${3:-$here/tests/data/corpus}
peer=1
for a in "$@"; do [[ $a == --no-peer ]] && peer=0; done
kg=$build/app/kg
[[ -x $kg ]] || { echo "extract_e2e: no $kg (build first)" >&2; exit 1; }

WINK_NLP=2.4.0
WINK_MODEL=1.8.1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find "$source_dir" -name '*.txt' -type f | sort)
(( ${#sources[@]} > 0 )) || { echo "extract_e2e: no *.txt under $source_dir" >&2; exit 1; }
mkdir -p "$work/releases"
for ((i = 0; i < files; ++i)); do
    src=${sources[i % ${#sources[@]}]}
    { printf 'Copy %d.\n' $((i / ${#sources[@]})); cat "$src"; } > "$work/releases/$(printf '%06d' "$i").txt"
done
bytes=$(du -sb --apparent-size "$work/releases" | cut -f1)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "corpus      $files files, $mb MB, from ${#sources[@]} releases under $source_dir"
cat "$work/releases"/* > /dev/null  # into the page cache, for every contender alike

# time_it NAME COMMAND...: one line with wall, CPU (user + system), MB/s of each.
time_it() {
    local name=$1
    shift
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > /dev/null
    read -r wall user sys < "$work/time"
    awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v b="$bytes" 'BEGIN {
        c = u + s; mb = b / 1048576
        printf "%-11s %6.2f s wall, %6.2f s cpu: %6.1f MB/s for the process (wall), %6.1f MB/s per core (cpu)\n",
               n, w, c, mb / w, mb / c }'
    echo "$wall $user $sys" > "$work/$name.time"
}

time_it "kg" "$kg" extract --json "$work/releases"
time_it "kg-1-thread" "$kg" extract --json --threads 1 "$work/releases"

if (( peer )); then
    if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
        echo "peer        not measured (no node/npm)"
        exit 0
    fi
    mkdir -p "$work/peer"
    (cd "$work/peer" && npm install --silent --no-audit --no-fund --no-save \
        "wink-nlp@$WINK_NLP" "wink-eng-lite-web-model@$WINK_MODEL" > /dev/null 2>&1) || {
        echo "peer        not measured (npm could not install wink-nlp@$WINK_NLP)"
        exit 0
    }
    cat > "$work/peer/run.js" <<'EOF'
// Named entities of every file of a directory with wink-nlp, as kg extract reads them.
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const dir = process.argv[2];
let entities = 0;
for (const name of fs.readdirSync(dir).sort()) {
    const doc = nlp.readDoc(fs.readFileSync(path.join(dir, name), 'utf8'));
    entities += doc.entities().out(its.detail).length;
}
process.stdout.write(`${entities}\n`);
EOF
    time_it "wink-nlp" node "$work/peer/run.js" "$work/releases"
    read -r kw ku ks < "$work/kg-1-thread.time"
    read -r pw pu ps < "$work/wink-nlp.time"
    awk -v ku="$ku" -v ks="$ks" -v pu="$pu" -v ps="$ps" -v v="$WINK_NLP" 'BEGIN {
        printf "ratio       kg per core is %.1fx wink-nlp %s (CPU time, one core each; wink-nlp finds named entities only)\n",
               (pu + ps) / (ku + ks), v }'
fi
