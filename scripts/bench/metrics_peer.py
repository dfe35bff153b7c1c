#!/usr/bin/python3
"""The Python peer's measures on a signed edge list, timed per measure (seconds, JSON on stdout).

Uses the same library calls as /work/shared/bench/peer_pipeline.py where the peer has the measure:
strength (weighted degree), PageRank on the positive part (damping 0.85), triangle balance
(igraph: list_triangles + sign products; graph-tool: sparse (S@S).multiply(S)), communities on the
positive part (igraph fastgreedy). Betweenness: exact is out of reach at this size for every
engine; graph-tool and networkx sample sources (pivots / k), igraph has no sampling and is skipped.
None of the engines has walk balance, a frustration index, signed blocs, swing actors, the PN
index or the alignment scores.

  /usr/bin/python3 bench/metrics_peer.py /tmp/metrics-bench/big_edges.csv --engine igraph
"""
import argparse
import json
import time

import numpy as np
import pandas as pd


def timed(d, name, fn):
    t = time.perf_counter()
    r = fn()
    d[name] = round(time.perf_counter() - t, 3)
    return r


def run_igraph(E, n, d, samples):
    import igraph as ig
    g = timed(d, 'build', lambda: ig.Graph(n=n, edges=list(zip(E.u.tolist(), E.v.tolist()))))
    g.es['w'] = E.w.tolist()
    g.es['absw'] = np.abs(E.w.to_numpy()).tolist()
    timed(d, 'strength', lambda: g.strength(weights='absw'))
    P = g.subgraph_edges(np.flatnonzero(E.w.to_numpy() > 0).tolist(), delete_vertices=False)
    timed(d, 'pagerank_pos', lambda: P.pagerank(weights='w', damping=0.85))

    def balance():
        S = {}
        for u, v, w in zip(E.u.tolist(), E.v.tolist(), E.w.tolist()):
            S[(u, v)] = S[(v, u)] = w
        tri = g.list_triangles()
        bal = sum(1 for a, b, c in tri if S[(a, b)] * S[(a, c)] * S[(b, c)] > 0)
        return len(tri), bal
    d['triangles'] = timed(d, 'triangle_balance', balance)
    timed(d, 'communities_pos', lambda: P.community_fastgreedy(weights='w').as_clustering())


def run_graphtool(E, n, d, samples):
    import graph_tool.all as gt
    g = gt.Graph(directed=False)
    g.add_vertex(n)
    ew, ea, es = (g.new_ep('double') for _ in range(3))
    w = E.w.to_numpy().astype(float)
    timed(d, 'build', lambda: g.add_edge_list(
        np.column_stack([E.u.to_numpy(), E.v.to_numpy(), w, np.abs(w), np.sign(w)]),
        eprops=[ew, ea, es]))
    timed(d, 'strength', lambda: g.degree_property_map('total', weight=ea).a)
    P = gt.GraphView(g, efilt=ew.a > 0)
    timed(d, 'pagerank_pos', lambda: gt.pagerank(P, damping=0.85, weight=ew, epsilon=1e-10))
    ed = g.new_ep('double', vals=1.0 / np.abs(w))
    rng = np.random.default_rng(1)
    pivots = [g.vertex(int(i)) for i in rng.choice(n, samples, replace=False)]
    timed(d, f'betweenness_{samples}_pivots',
          lambda: gt.betweenness(g, pivots=pivots, weight=ed, norm=True))

    def balance():
        S = gt.adjacency(g, weight=es)
        A = abs(S)
        tot, signed = (A @ A).multiply(A).sum() / 6, (S @ S).multiply(S).sum() / 6
        return int(round(tot)), int(round((tot + signed) / 2))
    d['triangles'] = timed(d, 'triangle_balance', balance)


def run_networkx(E, n, d, samples):
    import networkx as nx
    G = nx.Graph()
    timed(d, 'build', lambda: G.add_edges_from(
        (u, v, {'w': w, 'absw': abs(w), 'dist': 1.0 / abs(w)})
        for u, v, w in zip(E.u.tolist(), E.v.tolist(), E.w.tolist())))
    timed(d, 'strength', lambda: dict(G.degree(weight='absw')))
    P = nx.Graph()
    P.add_nodes_from(G)
    P.add_edges_from((u, v, {'w': x['w']}) for u, v, x in G.edges(data=True) if x['w'] > 0)
    timed(d, 'pagerank_pos', lambda: nx.pagerank(P, alpha=0.85, weight='w', tol=1e-10))
    timed(d, f'betweenness_{samples}_sources',
          lambda: nx.betweenness_centrality(G, k=samples, weight='dist', seed=1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('edges')
    ap.add_argument('--engine', choices=['igraph', 'graph-tool', 'networkx'], required=True)
    ap.add_argument('--samples', type=int, default=32)
    a = ap.parse_args()
    d = {}
    t0 = time.perf_counter()
    df = timed(d, 'load', lambda: pd.read_csv(a.edges))
    names = pd.Index(sorted(set(df['from']) | set(df['to'])))
    E = pd.DataFrame({'u': names.get_indexer(df['from']), 'v': names.get_indexer(df['to']),
                      'w': df['sign'].astype(float)})
    {'igraph': run_igraph, 'graph-tool': run_graphtool, 'networkx': run_networkx}[a.engine](
        E, len(names), d, a.samples)
    d['total'] = round(time.perf_counter() - t0, 3)
    print(json.dumps({'engine': a.engine, 'nodes': len(names), 'edges': len(E), 'seconds': d}))


if __name__ == '__main__':
    main()
