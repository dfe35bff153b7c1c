#!/usr/bin/env python3
"""The exports read back by the tools analysts use (run by ctest).

For the Highland tribes and the shipped GDELT sample: `entente export` to
GraphML, GEXF, node-link JSON and CSV; networkx and igraph read them; counts
and values are compared with `entente metrics --json` (the same measures,
computed again) and with the snapshot's dyads. The GEXF 1.3 file is checked
element by element against the 1.3 structure (namespace, typed attribute
declarations, values of the declared type); networkx 2.8 reads GEXF only up to
1.2, so it reads a copy whose namespace says 1.2draft (the rest of the file
is valid in both).

usage: read_back.py ENTENTE SOURCE_DIR TMP_DIR   (exit 77: python modules missing)
"""
import json
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import igraph
    import networkx as nx
    import pandas as pd
    from networkx.readwrite import json_graph
except ImportError as e:  # setup.sh --test installs them
    print(f"skipped: {e}")
    sys.exit(77)

entente, source, tmp = sys.argv[1:4]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def run(*args):
    r = subprocess.run([entente, *args], cwd=source, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"entente {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def close(a, b):
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def check_gexf(path, nodes, edges):
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(path).getroot()
    check(root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3", "gexf root 1.3")
    graph = root.find("g:graph", ns)
    check(graph is not None and graph.get("defaultedgetype") == "undirected", "gexf graph element")
    declared = {}
    for attrs in graph.findall("g:attributes", ns):
        check(attrs.get("class") in ("node", "edge"), "gexf attributes class")
        for a in attrs.findall("g:attribute", ns):
            check(a.get("type") in ("string", "long", "double", "boolean"), "gexf attribute type")
            declared[(attrs.get("class"), a.get("id"))] = a.get("type")
    parse = {"long": int, "double": float, "string": str,
             "boolean": lambda v: {"true": True, "false": False}[v]}
    for kind, plural in (("node", "nodes"), ("edge", "edges")):
        items = graph.find(f"g:{plural}", ns).findall(f"g:{kind}", ns)
        check(len(items) == (nodes if kind == "node" else edges), f"gexf {kind} count")
        for item in items:
            for v in item.find("g:attvalues", ns).findall("g:attvalue", ns):
                t = declared.get((kind, v.get("for")))
                check(t is not None, f"gexf {kind} value for an undeclared attribute")
                if t:
                    parse[t](v.get("value"))  # raises if the value is not of its type
        if kind == "edge":
            check(all(float(e.get("weight", "1")) > 0 for e in items), "gexf weights positive")


def compare(name, snapshot):
    out = os.path.join(tmp, name)
    os.makedirs(out, exist_ok=True)
    for f in ("g.graphml", "g.gexf", "g.json", "csv/"):
        run("export", snapshot, "-q", "-o", os.path.join(out, f))
    metrics = json.loads(run("metrics", snapshot, "--json"))
    snap = json.load(open(os.path.join(source, snapshot) if not os.path.isabs(snapshot) else snapshot))
    actors = {a["code"]: a for a in metrics["centrality"]["actors"]}
    blocs = {c: i + 1 for i, b in enumerate(metrics["blocs"]["modularity"]["blocs"]) for c in b}
    dyads = {(d["a"], d["b"]): d for d in snap["dyads"]}

    graphs = {
        "graphml/networkx": nx.read_graphml(os.path.join(out, "g.graphml")),
        "node-link/networkx": json_graph.node_link_graph(json.load(open(os.path.join(out, "g.json")))),
    }
    text = open(os.path.join(out, "g.gexf")).read().replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
    with open(os.path.join(out, "g12.gexf"), "w") as f:
        f.write(text.replace('version="1.3"', 'version="1.2"'))
    graphs["gexf/networkx"] = nx.read_gexf(os.path.join(out, "g12.gexf"), node_type=str)
    for label, g in graphs.items():
        check(g.number_of_nodes() == len(snap["actors"]), f"{name} {label}: node count")
        check(g.number_of_edges() == len(snap["dyads"]), f"{name} {label}: edge count")
        for code, a in actors.items():
            n = g.nodes[code]
            check(close(n["pagerank_pos"], a["pagerank_pos"]), f"{name} {label}: PageRank of {code}")
            check(close(n["strength"], a["strength"]), f"{name} {label}: strength of {code}")
            check(int(n["bloc"]) == blocs[code], f"{name} {label}: bloc of {code}")
        for (a, b), d in dyads.items():
            e = g.edges[a, b]
            check(close(e["net"], d["total"]["net"]), f"{name} {label}: net of {a}-{b}")
            check(close(e["a_to_b_net"], d["a_to_b"]["net"]), f"{name} {label}: {a}->{b} net")
            check(int(e["quad4"]) == d["total"]["quad"][3], f"{name} {label}: quad 4 of {a}-{b}")

    ig = igraph.Graph.Read_GraphML(os.path.join(out, "g.graphml"))
    check(ig.vcount() == len(snap["actors"]) and ig.ecount() == len(snap["dyads"]), f"{name} igraph counts")
    by_id = {v["id"]: v for v in ig.vs}
    for code, a in actors.items():
        check(close(by_id[code]["pagerank_pos"], a["pagerank_pos"]), f"{name} igraph PageRank of {code}")
    check(set(ig.vs.attributes()) >= {"name", "bloc", "pagerank_pos", "in_strength"}, f"{name} igraph attributes")

    nodes = pd.read_csv(os.path.join(out, "csv", "nodes.csv"))
    edges = pd.read_csv(os.path.join(out, "csv", "edges.csv"))
    check(len(nodes) == len(snap["actors"]) and len(edges) == len(snap["dyads"]), f"{name} CSV rows")
    check(str(nodes["bloc"].dtype).startswith("int"), f"{name} CSV bloc column is integer")
    check(math.isclose(edges["net"].sum(), sum(d["total"]["net"] for d in snap["dyads"]), abs_tol=1e-6),
          f"{name} CSV nets sum")
    check_gexf(os.path.join(out, "g.gexf"), len(snap["actors"]), len(snap["dyads"]))


# A snapshot with every measure, from each shipped kind of data.
tribes = os.path.join(tmp, "tribes.json")
run("metrics", "datasets/signed/tribes_edges.csv", "--save", tribes)
compare("tribes", tribes)
gdelt = os.path.join(tmp, "gdelt.json")
run("snapshot", "datasets/relations/gdelt1-georgia-2011-08.jsonl", "-q", "-o", gdelt)
compare("gdelt", gdelt)
print("read_back:", "FAILED" if failures else "OK", f"({len(failures)} failures)")
sys.exit(1 if failures else 0)
