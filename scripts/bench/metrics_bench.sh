#!/bin/bash
# Scale benchmark of entente's metrics: a generated signed graph of 100,000 actors and
# 1,000,000 edges (under /tmp), every measure timed by `entente metrics --time`, next to the
# Python peer's engines on the measures they have (scripts/bench/metrics_peer.py).
# Usage: scripts/bench/metrics_bench.sh [ENTENTE=build/src/entente] [OUT=/tmp/metrics-bench]
#        ENGINES="igraph graph-tool" (networkx is slow at this size: add it explicitly)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ENTENTE=${1:-$HERE/../../build/src/entente}
OUT=${2:-/tmp/metrics-bench}
ENGINES=${ENGINES:-igraph graph-tool}
NODES=${NODES:-100000}
EDGES=${EDGES:-1000000}
mkdir -p "$OUT"
BASE="$OUT/g${NODES}_${EDGES}"
if [[ ! -f ${BASE}_edges.csv ]]; then
  /usr/bin/python3 "$HERE/metrics_gen.py" --nodes "$NODES" --edges "$EDGES" --out "$BASE"
fi
cat "${BASE}_edges.csv" > /dev/null # warm the page cache
echo "== entente metrics (${NODES} actors, ${EDGES} edges)"
/usr/bin/time -f "wall %e s, peak RSS %M KB" -o "$OUT/entente.time" \
  "$ENTENTE" metrics "${BASE}_edges.csv" --time --json > "$OUT/entente_metrics.json" 2> "$OUT/entente.err"
cat "$OUT/entente.err" "$OUT/entente.time"
/usr/bin/python3 - "$OUT/entente_metrics.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
b = m['balance']
print('triangles', {k: b['triangles'][k] for k in ('+++', '++-', '+--', '---', 'balance')})
print('walk', b['walk']['value'], b['walk']['method'])
f = b['frustration']
print('frustration L', f['L'], 'lower', f['lower_bound'], 'F', f['F'], 'exact', f['exact'])
print('modularity Q', m['blocs']['modularity']['Q'], 'k', m['blocs']['modularity']['k'],
      '; DM k', m['blocs']['doreian_mrvar']['k'], 'P', m['blocs']['doreian_mrvar']['criterion'],
      '; swing', len(m['blocs']['swing']))
print('betweenness', m['centrality']['betweenness_method'])
PY
for eng in $ENGINES; do
  echo "== peer: $eng"
  /usr/bin/time -f "wall %e s, peak RSS %M KB" -o "$OUT/peer_$eng.time" \
    /usr/bin/python3 "$HERE/metrics_peer.py" "${BASE}_edges.csv" --engine "$eng" | tee "$OUT/peer_$eng.json"
  cat "$OUT/peer_$eng.time"
done
