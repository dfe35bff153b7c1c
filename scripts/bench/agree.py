#!/usr/bin/python3
"""Agreement check for scripts/bench.sh: entente's snapshots against the Python peer.

Converts entente's two snapshot JSON files (windows A and B) into the peer's results schema
(peer_pipeline.py --out: per snapshot the node set, strength/net per node and edges [u, v, w, n])
and checks what issue 4 asks to agree: the same dyads, and per dyad the same w (sum of
Goldstein x NumMentions) and n (event count), plus per-window totals and rows used.
compare_results.py also insists on PageRank, betweenness, triangles and the diff, which the
ingest stage does not compute, so this script checks the ingest part itself.

Peer definitions (../shared/bench/README.md): rows lacking a country or with
Actor1 == Actor2 are dropped; w = sum of GoldsteinScale x NumMentions per unordered dyad,
n = event count; dyads with w == 0 are dropped; nodes = endpoints of the remaining edges.

entente keeps the three organisations the generator emits without a country (IGOUNO,
IGOEUREEC, IGOWSTNAT: the UN, the EU, NATO) as actors of their own, where the peer drops
their rows as "lacking a country". Their dyads (codes that are not three-letter country
codes) are set aside before comparing, and their events taken off rows used; the script
prints how many, so the difference stays visible.

Usage: agree.py ENTENTE_A.json ENTENTE_B.json PEER_RESULTS.json [--write CONVERTED.json]
Exit status 1 if anything disagrees.
"""
import json
import sys


def is_country(code):
    return len(code) == 3


def convert(snapshot):
    """entente snapshot JSON -> the peer's per-snapshot schema (ingest fields)."""
    edges, set_aside = [], {'dyads': 0, 'rows': 0}
    for d in snapshot['dyads']:
        w, n = d['total']['net'], d['total']['events']
        if not (is_country(d['a']) and is_country(d['b'])):
            set_aside['dyads'] += 1
            set_aside['rows'] += n
        elif w != 0:  # the peer drops dyads whose exact sum is 0
            edges.append([d['a'], d['b'], w, n])
    edges.sort()
    nodes = {}
    for u, v, w, _ in edges:
        for c in (u, v):
            s = nodes.setdefault(c, {'strength': 0.0, 'net': 0.0})
            s['strength'] += abs(w)
            s['net'] += w
    return {'n_nodes': len(nodes), 'n_edges': len(edges), 'nodes': dict(sorted(nodes.items())),
            'edges': edges, 'rows_used': snapshot['fold']['used'] - set_aside['rows'],
            'organisations_set_aside': set_aside}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) < 3:
        sys.exit(__doc__)
    ours = {s: convert(json.load(open(p))) for s, p in zip('AB', args[:2])}
    if '--write' in sys.argv:
        with open(sys.argv[sys.argv.index('--write') + 1], 'w') as f:
            json.dump({'snapshots': ours}, f)
    peer = json.load(open(args[2]))
    ok = True

    def check(name, good, info=''):
        nonlocal ok
        ok &= good
        print(f"  {'ok  ' if good else 'FAIL'} {name} {info}")

    for s in 'AB':
        P, E = peer['snapshots'][s], ours[s]
        print(f"snapshot {s}: peer {P['n_nodes']} nodes / {P['n_edges']} edges, "
              f"entente {E['n_nodes']} / {E['n_edges']} (set aside: "
              f"{E['organisations_set_aside']['dyads']} organisation dyads, "
              f"{E['organisations_set_aside']['rows']} rows)")
        check('node set', set(P['nodes']) == set(E['nodes']))
        ep = {(u, v): (w, n) for u, v, w, n in P['edges']}
        ee = {(u, v): (w, n) for u, v, w, n in E['edges']}
        check('dyads', ep.keys() == ee.keys(),
              f"(only peer {len(ep.keys() - ee.keys())}, only entente {len(ee.keys() - ep.keys())})")
        common = ep.keys() & ee.keys()
        bad_w = [k for k in common if abs(ep[k][0] - ee[k][0]) > 1e-9 * max(1, abs(ep[k][0]))]
        bad_n = [k for k in common if ep[k][1] != ee[k][1]]
        check('w per dyad', not bad_w, f'({len(bad_w)} differ)')
        check('n per dyad', not bad_n, f'({len(bad_n)} differ)')
        sw_p, sw_e = sum(w for w, _ in ep.values()), sum(w for w, _ in ee.values())
        sn_p, sn_e = sum(n for _, n in ep.values()), sum(n for _, n in ee.values())
        check('sum w', abs(sw_p - sw_e) <= 1e-6 * max(1, abs(sw_p)), f'{sw_p:.1f} vs {sw_e:.1f}')
        check('sum n', sn_p == sn_e, f'{sn_p} vs {sn_e}')
        check('rows used', peer['rows_used'][s] == E['rows_used'],
              f"{peer['rows_used'][s]} vs {E['rows_used']}")
        nodes_p, nodes_e = P['nodes'], E['nodes']
        d = max((abs(nodes_p[c]['strength'] - nodes_e[c]['strength']) for c in nodes_p.keys() & nodes_e.keys()),
                default=0.0)
        check('strength per node', d <= 1e-6 * max(1.0, max(abs(v['strength']) for v in nodes_p.values())),
              f'max|diff| {d:.3g}')
    print('agreement: ' + ('OK' if ok else 'FAILED'))
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
