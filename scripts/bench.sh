#!/usr/bin/env bash
# Side-by-side benchmark of issue 4: GDELT 2.0 export -> two snapshot graphs
# (A: SQLDATE < 2020-07-02, B: >= 2020-07-02), entente against the Python peer
# (../shared/bench/peer_pipeline.py --engine igraph, pandas load + aggregate),
# in one run, on the same warm page cache, both under /usr/bin/time -v.
#
# Usage: scripts/bench.sh [ROWS]          (default 5000000; e.g. 100000 for a quick run)
# Env:   RUNS=N runs each side N times, alternating (default 3), and reports the
#          median wall time and the largest peak RSS of each (shared machines are noisy)
#        ENTENTE=path/to/entente (default: build/src/entente, built if missing)
#        SHARED=/work/shared (peer scripts), DATA=/tmp/bench-data, OUT=/tmp/entente-bench
#
# entente runs `entente snapshot FILE --split 2020-07-02 -o OUT/entente.json`, which
# writes entente.A.json and entente.B.json in one pass. scripts/bench/agree.py converts
# them to the peer's results schema and checks dyads, w and n per dyad, sums and
# rows used per window (compare_results.py also wants PageRank & co., which are
# not the ingest stage's business).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-5000000}"
shared="${SHARED:-$root/../shared}"
data="${DATA:-/tmp/bench-data}"
out="${OUT:-/tmp/entente-bench}"
py=/usr/bin/python3
entente="${ENTENTE:-$root/build/src/entente}"

case "$rows" in
  5000000) name=gdelt_5m ;;
  1000000) name=gdelt_1m ;;
  100000) name=gdelt_100k ;;
  *) name="gdelt_$rows" ;;
esac
file="$data/$name.tsv"
mkdir -p "$data" "$out"
if [[ ! -s "$file" ]]; then
  echo "bench: generating $file ($rows rows)"
  "$py" "$shared/bench/gen_gdelt.py" --rows "$rows" --seed 1 --out "$file.part"
  mv "$file.part" "$file"
fi
if [[ ! -x "$entente" ]]; then
  echo "bench: building entente"
  "$root/scripts/build.sh" "$root/build" -DENTENTE_BUILD_TESTS=OFF
fi

cat "$file" > /dev/null # warm the page cache for both
secs() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
                       for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }

runs="${RUNS:-3}"
for ((i = 1; i <= runs; i++)); do
  echo "bench: run $i of $runs: entente, then the peer (igraph)"
  /usr/bin/time -v -o "$out/entente.$i.time" "$entente" snapshot "$file" --split 2020-07-02 \
    -o "$out/entente.json" 2> "$out/entente.log" || { cat "$out/entente.log"; exit 1; }
  /usr/bin/time -v -o "$out/peer.$i.time" "$py" "$shared/bench/peer_pipeline.py" "$file" \
    --engine igraph --split 20200702 --out "$out/peer/results.json" --no-render > "$out/peer.json"
done
grep -v '^\s' "$out/entente.log" || true
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
walls() { for ((i = 1; i <= runs; i++)); do secs "$out/$1.$i.time"; done; }
peak() { for ((i = 1; i <= runs; i++)); do rss_mb "$out/$1.$i.time"; echo; done | sort -n | tail -1; }

echo "bench: agreement"
agree=0
"$py" "$root/scripts/bench/agree.py" "$out/entente.A.json" "$out/entente.B.json" "$out/peer/results.json" \
  --write "$out/entente-results.json" || agree=1

te=$(walls entente | median); tp=$(walls peer | median)
re=$(peak entente); rp=$(peak peer)
tla=$("$py" -c "import json,sys; t=json.load(open(sys.argv[1]))['t']; print(round(t['load']+t['aggregate'],2))" "$out/peer.json")
bytes=$(stat -c %s "$file")
echo
echo "rows $rows ($((bytes / 1000000)) MB), $runs runs each"
echo "entente walls (s): $(walls entente | tr '\n' ' ')"
echo "peer walls (s)   : $(walls peer | tr '\n' ' ')"
printf 'entente: median wall %6.2f s  peak RSS %5s MB  (%.2f GB/s)\n' "$te" "$re" \
  "$(awk -v b="$bytes" -v t="$te" 'BEGIN {print b / 1e9 / (t > 0 ? t : 1e-9)}')"
printf 'peer   : median wall %6.2f s  peak RSS %5s MB  (load+aggregate %s s inside, last run)\n' "$tp" "$rp" "$tla"
awk -v a="$tp" -v b="$te" -v c="$tla" 'BEGIN {printf "ratio  : peer / entente (median walls) = %.1fx; peer load+aggregate / entente = %.1fx\n", a / b, c / b}'
exit "$agree"
