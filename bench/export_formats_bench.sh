#!/bin/sh
# Time and peak resident memory of `kg export` in every format on one knowledge base,
# measured by /usr/bin/time -v (wall time, "Maximum resident set size"), one run each.
#   bench/export_formats_bench.sh KG DB OUTDIR [FORMAT...]
#   (formats default: graphml gexf dot json csv html svg)
# Each output is kept in OUTDIR (FORMAT.out, csv as csv-nodes.csv and csv-relationships.csv)
# so that two builds' files can be compared with cmp. Run one `kg met` (or export) first
# when the base's snapshot is outdated, or its rebuild is counted in the first format.
set -eu
[ $# -ge 3 ] || { echo "usage: $0 KG DB OUTDIR [FORMAT...]" >&2; exit 2; }
kg=$1 db=$2 out=$3
shift 3
formats=${*:-graphml gexf dot json csv html svg}
mkdir -p "$out"
printf '%-8s %10s %12s\n' format seconds peak_MB
for f in $formats; do
    target="$out/$f.out"
    [ "$f" = csv ] && target="$out/csv"
    /usr/bin/time -v "$kg" --db "$db" export --format "$f" -o "$target" 2>"$out/$f.time" >/dev/null
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$f.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$f.time")
    secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; printf "%.2f", s }')
    printf '%-8s %10s %12s\n' "$f" "$secs" "$((rss / 1024))"
done
