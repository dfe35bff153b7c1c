#!/usr/bin/env bash
# Peer agreement for `entente diff` (issue 6): on generated GDELT 2.0 data
# split into two windows (A: SQLDATE < 2020-07-02, B: >= 2020-07-02, as in
# ../shared/bench/README.md), the added, removed and sign-flipped edges and
# the 10 largest changes must equal those of peer_pipeline.py.
#
# Usage: scripts/bench_diff.sh [ROWS]        (default 200000)
# Env:   ENTENTE=path/to/entente (default: build/src/entente)
#        SHARED=/work/shared (peer scripts), DATA=/tmp/bench-data, OUT=/tmp/entente-bench-diff
#        ENGINE=igraph (peer graph engine; the diff does not depend on it)
#
# entente: `snapshot FILE --split 2020-07-02 --no-metrics` (both windows in
# one pass; the measures are not compared here, and the exact frustration
# index of a 200-country graph takes minutes), then `diff --json --nonzero
# --edges-only`: the peer drops dyads whose sum is exactly 0, so --nonzero
# makes entente count them as absent too. The diff JSON is then
# converted to the peer's schema (added_edges, removed_edges, flipped_edges,
# top_change) and compared. Prints OK or MISMATCH with counts; exit 1 on
# mismatch.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-200000}"
shared="${SHARED:-$root/../shared}"
data="${DATA:-/tmp/bench-data}"
out="${OUT:-/tmp/entente-bench-diff}"
engine="${ENGINE:-igraph}"
py=/usr/bin/python3
entente="${ENTENTE:-$root/build/src/entente}"

[[ -x "$entente" ]] || { echo "bench_diff: no entente binary at $entente (set ENTENTE)" >&2; exit 2; }
file="$data/gdelt_$rows.tsv"
mkdir -p "$data" "$out"
if [[ ! -s "$file" ]]; then
  echo "bench_diff: generating $file ($rows rows)"
  "$py" "$shared/bench/gen_gdelt.py" --rows "$rows" --seed 1 --out "$file.part"
  mv "$file.part" "$file"
fi

echo "bench_diff: peer ($engine) on $file"
"$py" "$shared/bench/peer_pipeline.py" "$file" --engine "$engine" --split 20200702 \
  --out "$out/peer/results.json" --no-render > "$out/peer-timing.json"

echo "bench_diff: entente on $file"
"$entente" snapshot -q --no-metrics "$file" --split 2020-07-02 -o "$out/entente.json"
"$entente" diff --json --nonzero --edges-only --top 10 "$out/entente.A.json" \
  "$out/entente.B.json" -o "$out/entente-diff.json"

"$py" - "$out/entente-diff.json" "$out/peer/results.json" "$out/entente-diff-peer.json" <<'PY'
import json, sys

ours_path, peer_path, converted_path = sys.argv[1:4]
ours, peer = json.load(open(ours_path)), json.load(open(peer_path))['diff']

# entente's diff -> the peer's schema. With --nonzero an absent dyad and a
# zero one are the same, so before/after 0 means "not in that window".
def pairs(items):
    return sorted([d['a'], d['b']] for d in items)

conv = {
    'added': len(ours['added']), 'removed': len(ours['removed']), 'flipped': len(ours['flipped']),
    'added_edges': pairs(ours['added']), 'removed_edges': pairs(ours['removed']),
    'flipped_edges': pairs(ours['flipped']),
    'top_change': [{'u': d['a'], 'v': d['b'], 'w_a': d['before'] or None,
                    'w_b': d['after'] or None, 'delta': d['change']} for d in ours['top_changes']],
}
json.dump(conv, open(converted_path, 'w'), indent=1)

ok = True
def check(name, good, info):
    global ok
    ok &= good
    print(f"  {'ok      ' if good else 'MISMATCH'} {name}: {info}")

for kind in ('added', 'removed', 'flipped'):
    p, e = {tuple(x) for x in peer[kind + '_edges']}, {tuple(x) for x in conv[kind + '_edges']}
    check(kind + ' edges', p == e and peer[kind] == conv[kind],
          f"peer {peer[kind]}, entente {conv[kind]} (only peer {len(p - e)}, only entente {len(e - p)})")

pt, et = peer['top_change'], conv['top_change']
same_pairs = [(x['u'], x['v']) for x in pt] == [(x['u'], x['v']) for x in et]
max_delta = max((abs(x['delta'] - y['delta']) for x, y in zip(pt, et)), default=0.0)
def same_w(x, y):
    return (x is None) == (y is None) and (x is None or abs(x - y) <= 1e-6 * max(1, abs(x)))
same_w_all = all(same_w(x['w_a'], y['w_a']) and same_w(x['w_b'], y['w_b']) for x, y in zip(pt, et))
check('top changes', len(pt) == len(et) and same_pairs and same_w_all and max_delta <= 1e-6,
      f"{len(pt)} vs {len(et)} dyads, same order {same_pairs}, max |delta diff| {max_delta:.3g}")
print('OK' if ok else 'MISMATCH')
sys.exit(0 if ok else 1)
PY
