"""Snapshot.to_networkx against the GraphML that `entente export` writes,
read by networkx itself."""

import networkx as nx
import pytest

import entente
from conftest import GDELT


@pytest.fixture(scope="module")
def graphs(cli, gdelt_snapshot_file, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "g.graphml"
    cli("export", "-q", gdelt_snapshot_file, "-o", path)
    return entente.load_snapshot(gdelt_snapshot_file).to_networkx(), nx.read_graphml(path)


def test_same_nodes_and_edges_as_the_graphml(graphs):
    g, exported = graphs
    assert isinstance(g, nx.Graph) and not g.is_directed()
    assert set(g.nodes) == set(exported.nodes)
    assert {frozenset(e) for e in g.edges} == {frozenset(e) for e in exported.edges}


def same(value, expected):
    if isinstance(expected, float):
        return value == pytest.approx(expected)
    return value == expected


def test_same_attributes_as_the_graphml(graphs):
    g, exported = graphs
    for node, attrs in exported.nodes(data=True):
        assert set(g.nodes[node]) == set(attrs), node
        for key, value in attrs.items():
            assert same(g.nodes[node][key], value), (node, key)
    for a, b, attrs in exported.edges(data=True):
        attrs.pop("id", None)  # networkx keeps the GraphML edge id
        assert set(g.edges[a, b]) == set(attrs)
        for key, value in attrs.items():
            assert same(g.edges[a, b][key], value), (a, b, key)
    shared = set(g.graph) & set(exported.graph)
    assert {"level", "window_from", "window_to", "events"} <= shared
    for key in shared:
        assert same(g.graph[key], exported.graph[key]), key


def test_attribute_types_and_values(graphs):
    g, _ = graphs
    ge_ru = g.edges["GEO", "RUS"]
    assert ge_ru["sign"] in (-1, 0, 1)
    assert ge_ru["net"] == pytest.approx(ge_ru["a_to_b_net"] + ge_ru["b_to_a_net"])
    assert isinstance(ge_ru["events"], int)
    assert g.nodes["GEO"]["name"] == "Georgia"
    assert isinstance(g.nodes["GEO"]["bloc"], int)
    assert g.graph["level"] == "country"


def test_measures_are_computed_when_missing():
    s = entente.snapshot(GDELT, start="2011-08-01", end="2011-08-31")
    assert not s.has_metrics
    g = s.to_networkx()
    assert s.has_metrics
    assert all("pagerank_pos" in attrs for _, attrs in g.nodes(data=True))
