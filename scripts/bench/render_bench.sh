#!/usr/bin/env bash
# Picture benchmark (issue 14): entente's time and peak memory per picture
# kind on generated snapshots of 50, 250, 1,000 and 5,000 actors, side by
# side in one run with Graphviz alone on the same DOT (the floor):
# `dot -Ksfdp -Gsplines=false` and `dot -Kneato -Gsplines=false`, as SVG and
# PNG. Also a GDELT month from ../shared/bench/gen_gdelt.py (country level,
# two halves) when the generator is there.
#
# Usage: scripts/bench/render_bench.sh [SIZES]     e.g. "50:600 250:25000"
# Env:   RUNS=N (default 3; the median wall time and largest RSS are shown)
#        ENTENTE=path/to/entente (default build/src/entente)
#        OUT=/tmp/entente-render-bench, SHARED=../shared, GDELT_ROWS=1000000
#
# Columns: wall seconds (median of RUNS), peak RSS in MB. entente's times
# include reading the snapshot JSON; the floors' include reading the DOT.
# render svg+png: both formats from one layout (`-o x.svg -o x.png`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
entente="${ENTENTE:-$root/build/src/entente}"
out="${OUT:-/tmp/entente-render-bench}"
shared="${SHARED:-$root/../shared}"
runs="${RUNS:-3}"
sizes="${1:-50:600 250:25000 1000:50000 5000:100000}"
py=/usr/bin/python3
[[ -x "$entente" ]] || { echo "render_bench: no entente at $entente (scripts/build.sh)" >&2; exit 2; }
mkdir -p "$out"

# measure NAME CMD...: RUNS runs under /usr/bin/time; prints "median_s max_rss_mb".
measure() {
  local name=$1 walls=() rss=0
  shift
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" > /dev/null 2> "$out/$name.err" ||
      { echo "render_bench: $name failed:" >&2; cat "$out/$name.err" >&2; exit 1; }
    read -r wall kb < <(tail -1 "$out/$name.time")
    walls+=("$wall")
    ((kb > rss)) && rss=$kb
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
  printf '%s %d' "$median" $((rss / 1024))
}

cell() { read -r s mb <<< "$1"; printf '%s s / %s MB' "$s" "$mb"; }

bench_pair() { # LABEL A.json B.json
  local label=$1 a=$2 b=$3 d="$out/$1"
  mkdir -p "$d"
  "$entente" render "$a" -q -o "$d/a.dot"
  local actors dyads drawn
  actors=$("$py" -c "import json,sys; s=json.load(open(sys.argv[1])); print(len(s['actors']), len(s['dyads']))" "$a")
  drawn=$(grep -c -- ' -- ' "$d/a.dot" || true)
  local svg png both diff report blocs fsfdp_svg fsfdp_png fneato_svg fneato_png
  svg=$(measure "$label.svg" "$entente" render "$a" -q -o "$d/a.svg")
  png=$(measure "$label.png" "$entente" render "$a" -q -o "$d/a.png")
  both=$(measure "$label.both" "$entente" render "$a" -q -o "$d/a2.svg" -o "$d/a2.png" -o "$d/a2.dot")
  blocs=$(measure "$label.blocs" "$entente" render "$a" -q --by-bloc -o "$d/blocs.svg")
  diff=$(measure "$label.diff" "$entente" diff "$a" "$b" -q --edges-only -o "$d/diff.txt" --image "$d/diff.svg")
  report=$(measure "$label.report" "$entente" report "$a" "$b" --compare -o "$d/report.html")
  fsfdp_svg=$(measure "$label.fs" dot -Ksfdp -Gsplines=false -Tsvg "$d/a.dot" -o "$d/f.svg")
  fsfdp_png=$(measure "$label.fp" dot -Ksfdp -Gsplines=false -Tpng "$d/a.dot" -o "$d/f.png")
  fneato_svg=$(measure "$label.ns" dot -Kneato -Gsplines=false -Tsvg "$d/a.dot" -o "$d/n.svg")
  fneato_png=$(measure "$label.np" dot -Kneato -Gsplines=false -Tpng "$d/a.dot" -o "$d/n.png")
  local report_mb
  report_mb=$(awk -v b="$(stat -c %s "$d/report.html")" 'BEGIN {printf "%.1f", b / 1e6}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s (%s MB) | %s | %s | %s | %s |\n' \
    "$label" "${actors% *}" "${actors#* }" "$drawn" "$(cell "$svg")" "$(cell "$png")" \
    "$(cell "$both")" "$(cell "$blocs")" "$(cell "$diff")" "$(cell "$report")" "$report_mb" \
    "$(cell "$fsfdp_svg")" "$(cell "$fsfdp_png")" "$(cell "$fneato_svg")" "$(cell "$fneato_png")"
}

rows=()
for size in $sizes; do
  n=${size%:*} m=${size#*:}
  d="$out/g$n"
  mkdir -p "$d"
  if [[ ! -s "$d/a.json" ]]; then
    "$py" "$root/scripts/bench/gen_signed.py" --actors "$n" --dyads "$m" --out-a "$d/a.csv" --out-b "$d/b.csv" >&2
    "$entente" snapshot "$d/a.csv" --level actor -q -o "$d/a.json"
    "$entente" snapshot "$d/b.csv" --level actor -q -o "$d/b.json"
  fi
  rows+=("$(bench_pair "generated-$n" "$d/a.json" "$d/b.json")")
done

if [[ -f "$shared/bench/gen_gdelt.py" ]]; then
  rows_gdelt="${GDELT_ROWS:-1000000}"
  d="$out/gdelt"
  mkdir -p "$d"
  if [[ ! -s "$d/m.A.json" ]]; then
    "$py" "$shared/bench/gen_gdelt.py" --rows "$rows_gdelt" --seed 1 --out "$d/gdelt.tsv" >&2
    "$entente" snapshot "$d/gdelt.tsv" --split 2020-07-02 -q -o "$d/m.json"
  fi
  rows+=("$(bench_pair "gdelt-$((rows_gdelt / 1000))k-halves" "$d/m.A.json" "$d/m.B.json")")
fi

echo
echo "entente $("$entente" --version | tail -1), $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| snapshot | actors | dyads | drawn dyads | render svg | render png | svg+png+dot (one layout) | by bloc (svg) | diff image (svg) | report A B --compare | floor sfdp svg | floor sfdp png | floor neato svg | floor neato png |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
