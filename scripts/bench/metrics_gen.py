#!/usr/bin/python3
"""Generates a signed actor graph for the metrics scale benchmark (stdlib only, deterministic).

n actors in `blocs` planted blocs; each edge joins a random actor to one of its own bloc with
probability `--inside`, else to any actor; the sign is + inside a bloc and - across, flipped with
probability `--noise`. No self-loops, no repeated dyads. Writes NAME_edges.csv and
NAME_vertices.csv in the signed edge-list layout entente reads (see src/ingest/signed_csv.hpp).

  bench/metrics_gen.py --nodes 100000 --edges 1000000 --out /tmp/metrics-bench/big
"""
import argparse
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--nodes', type=int, default=100000)
    ap.add_argument('--edges', type=int, default=1000000)
    ap.add_argument('--blocs', type=int, default=40)
    ap.add_argument('--inside', type=float, default=0.7)
    ap.add_argument('--noise', type=float, default=0.1)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True, help='path prefix')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = a.nodes
    bloc = [rng.randrange(a.blocs) for _ in range(n)]
    members = [[] for _ in range(a.blocs)]
    for v, b in enumerate(bloc):
        members[b].append(v)
    seen = set()
    edges = []
    while len(edges) < a.edges:
        u = rng.randrange(n)
        v = rng.choice(members[bloc[u]]) if rng.random() < a.inside else rng.randrange(n)
        if u == v:
            continue
        key = (u, v) if u < v else (v, u)
        if key in seen:
            continue
        seen.add(key)
        sign = 1 if bloc[u] == bloc[v] else -1
        if rng.random() < a.noise:
            sign = -sign
        edges.append((u, v, sign))
    with open(a.out + '_vertices.csv', 'w') as f:
        f.write('"id","name"\n')
        for v in range(n):
            f.write(f'{v + 1},"a{v:06d}"\n')
    with open(a.out + '_edges.csv', 'w') as f:
        f.write('"from","to","from_id","to_id","sign"\n')
        for u, v, s in edges:
            f.write(f'"a{u:06d}","a{v:06d}",{u + 1},{v + 1},{s}\n')


if __name__ == '__main__':
    main()
