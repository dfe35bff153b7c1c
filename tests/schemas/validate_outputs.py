#!/usr/bin/env python3
"""Every JSON entente writes, validated against its schema in docs/schemas/ (run by ctest).

Each case runs the built `entente` on the shipped datasets, validates what it
wrote against the case's schema, and then checks that the schema is not
vacuous: the same document with a required key removed, with a number turned
into a string and (where the output is fixed) with an unknown key added must
each be rejected.

usage: validate_outputs.py ENTENTE SOURCE_DIR TMP_DIR CASE [MAIN_JOB_DIR]
       (CASE "schemas" checks the schema files themselves, "main_job" every JSON file
       the main job wrote into MAIN_JOB_DIR; exit 77: python3-jsonschema missing)
"""
import copy
import json
import pathlib
import shutil
import subprocess
import sys
from urllib.parse import urljoin

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as e:  # scripts/setup.sh --test installs python3-jsonschema
    print(f"skipped: {e}")
    sys.exit(77)

entente, source, tmp_root, case = sys.argv[1:5]
main_job = sys.argv[5] if len(sys.argv) > 5 else None
schema_dir = pathlib.Path(source, "docs", "schemas").resolve()
tmp = pathlib.Path(tmp_root, "schemas", case)
shutil.rmtree(tmp, ignore_errors=True)
tmp.mkdir(parents=True)
failures = []


def fail(what):
    failures.append(what)
    print("FAIL:", what)


def load_schemas():
    store = {}
    for p in sorted(schema_dir.glob("*.schema.json")):
        store[p.as_uri()] = json.loads(p.read_text())
    return store


STORE = load_schemas()


def inline(node, base, resolver):
    """node with every $ref replaced by what it names (the schemas have no cycles).

    The same constraints, checked several times faster: jsonschema 4.10 resolves
    a $ref on every value it reaches (a snapshot's alignment matrices alone hold
    thousands of numbers)."""
    if isinstance(node, list):
        return [inline(x, base, resolver) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: inline(v, base, resolver) for k, v in node.items()
           if k != "$ref" and k not in ("$defs", "$schema")}
    if "$ref" in node:
        url, target = resolver.resolve(urljoin(base, node["$ref"]))
        out.setdefault("allOf", []).append(inline(target, url, resolver))
    return out


VALIDATORS = {}


def validator(name, pointer=""):
    """The validator of docs/schemas/NAME (or of a definition inside it)."""
    if (name, pointer) not in VALIDATORS:
        uri = (schema_dir / name).as_uri()
        resolver = jsonschema.RefResolver(base_uri=uri, referrer=STORE[uri], store=STORE)
        schema = inline({"$ref": uri + "#" + pointer} if pointer else STORE[uri], uri, resolver)
        VALIDATORS[(name, pointer)] = Draft202012Validator(schema)
    return VALIDATORS[(name, pointer)]


def errors(v, doc):
    return sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))


def rejected(v, doc):
    """Whether the schema rejects doc (stops at the first error)."""
    return next(v.iter_errors(doc), None) is not None


def run(*args, stdin=None):
    r = subprocess.run([entente, *map(str, args)], cwd=source, capture_output=True, text=True,
                       input=stdin)
    if r.returncode != 0:
        sys.exit(f"entente {' '.join(map(str, args))} failed ({r.returncode}): {r.stderr}")
    return r.stdout


def valid(what, schema, doc, pointer=""):
    """doc must satisfy the schema."""
    v = validator(schema, pointer)
    errs = errors(v, doc)
    for e in errs[:5]:
        path = "/".join(map(str, e.absolute_path)) or "(root)"
        fail(f"{what} against {schema}{'#' + pointer if pointer else ''}: at {path}: {e.message}")
    if not errs:
        print(f"ok: {what} matches {schema}{'#' + pointer if pointer else ''}")


def first_object(doc):
    """The object to mutate: the document, or its first row."""
    return doc[0] if isinstance(doc, list) and doc and isinstance(doc[0], dict) else doc


def first_number(doc, path=()):
    if isinstance(doc, bool):
        return None
    if isinstance(doc, (int, float)):
        return path
    items = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else []
    for k, v in items:
        found = first_number(v, path + (k,))
        if found is not None:
            return found
    return None


def set_at(doc, path, value):
    for k in path[:-1]:
        doc = doc[k]
    doc[path[-1]] = value


def deref(schema, base):
    """schema with its $refs followed, and the URI relative references then start from."""
    resolver = jsonschema.RefResolver(base_uri=base, referrer=STORE[base.split("#")[0]],
                                      store=STORE)
    while isinstance(schema, dict) and "$ref" in schema:
        base, schema = resolver.resolve(urljoin(base, schema["$ref"]))
    return schema, base


def object_schema(name, pointer, doc):
    """The schema of first_object(doc): the document's, or its rows'."""
    base = (schema_dir / name).as_uri()
    schema, base = deref({"$ref": base + "#" + pointer} if pointer else STORE[base], base)
    if isinstance(doc, list):
        schema, base = deref(schema.get("items", {}), base)
    return schema


def rejects(what, name, doc, pointer="", closed=True):
    """Mutations of a valid doc that the schema must reject."""
    v = validator(name, pointer)
    target = first_object(doc)
    if not isinstance(target, dict) or not target:
        fail(f"{what}: nothing to mutate (empty output?)")
        return
    required = object_schema(name, pointer, doc).get("required", [])
    mutations = []
    key = next((k for k in required if k in target), None)
    if key is None:
        fail(f"{what}: the schema requires none of the keys {sorted(target)}")
    else:
        m = copy.deepcopy(doc)
        del first_object(m)[key]
        mutations.append((f"without required key '{key}'", m))
    path = first_number(doc)
    if path is None:
        fail(f"{what}: no number to mutate")
    else:
        m = copy.deepcopy(doc)
        set_at(m, path, "1")
        mutations.append((f"with {'/'.join(map(str, path))} as a string", m))
    if closed:
        m = copy.deepcopy(doc)
        first_object(m)["not_an_entente_key"] = 1
        mutations.append(("with an unknown key", m))
    for how, m in mutations:
        if not rejected(v, m):
            fail(f"{what} {how} is accepted by its schema (the schema accepts too much)")
        else:
            print(f"ok: {what} {how} is rejected")


def check(what, schema, doc, pointer="", closed=True):
    valid(what, schema, doc, pointer)
    rejects(what, schema, doc, pointer, closed)


def lines(path):
    return [json.loads(l) for l in pathlib.Path(path).read_text().splitlines() if l.strip()]


RELATIONS = "datasets/relations/gdelt1-georgia-2011-08.jsonl"
EVENTS = "datasets/events/gdelt1-georgia-2011-08.tsv"
TRIBES = "datasets/signed/tribes_edges.csv"


def snapshot_of(name, *args):
    out = tmp / name
    run("snapshot", "-q", RELATIONS, *args, "-o", out)
    return out


def case_schemas():
    """Every schema is a valid 2020-12 schema, every reference resolves, README lists each."""
    readme = (schema_dir / "README.md").read_text()
    for uri, s in STORE.items():
        name = uri.rsplit("/", 1)[1]
        try:
            Draft202012Validator.check_schema(s)
            print(f"ok: {name} is a valid draft 2020-12 schema")
        except jsonschema.SchemaError as e:
            fail(f"{name}: {e.message}")
        if s.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            fail(f"{name}: $schema is not draft 2020-12")
        if f"`{name}`" not in readme:
            fail(f"{name} is not described in docs/schemas/README.md")
        refs = []

        def walk(x):
            if isinstance(x, dict):
                if isinstance(x.get("$ref"), str):
                    refs.append(x["$ref"])
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)

        walk(s)
        resolver = jsonschema.RefResolver(base_uri=uri, referrer=s, store=STORE)
        for r in refs:
            try:
                resolver.resolve(r)
            except jsonschema.RefResolutionError as e:
                fail(f"{name}: $ref {r} does not resolve: {e}")


def case_snapshot():
    valid("snapshot of the GDELT relations", "snapshot.schema.json",
          json.loads(snapshot_of("georgia.json").read_text()))
    # Broken copies of a smaller snapshot (a few days): the same keys, faster.
    doc = json.loads(snapshot_of("days.json", "--from", "2011-08-08", "--to", "2011-08-10")
                     .read_text())
    check("snapshot of 3 days", "snapshot.schema.json", doc)
    out_of_range("snapshot", "snapshot.schema.json", doc,
                 [(("format",), "entente-relations"), (("version",), 2), (("level",), "region"),
                  (("window", "from"), "2011-8-1"), (("dyads", 0, "total", "conflict"), 1.0),
                  (("dyads", 0, "a_to_b", "quad"), [0, 0, 0, 0, 0]),
                  (("actors", 0, "code"), ""), (("fold", "self"), -1),
                  (("metrics", "centrality", "actors", 0, "pagerank_pos"), 1.2),
                  (("metrics", "balance", "frustration", "camps"), [[], [], []]),
                  (("metrics", "summary", "per_actor", 0, "strength"), -1.0)])
    valid("snapshot --level actor --from/--to", "snapshot.schema.json",
          json.loads(snapshot_of("actor.json", "--level", "actor", "--from", "2011-08-05",
                                 "--to", "2011-08-20").read_text()))
    empty = snapshot_of("empty.json", "--from", "2012-01-01", "--to", "2012-01-31")
    valid("snapshot of a window without events", "snapshot.schema.json",
          json.loads(empty.read_text()))
    valid("timeline --json of a window without events", "timeline.schema.json",
          json.loads(run("timeline", empty, "--json")))
    run("export", "-q", empty, "-o", tmp / "empty.node-link.json")
    valid("export of a window without events", "node-link.schema.json",
          json.loads((tmp / "empty.node-link.json").read_text()))
    snapshot_of("halves.json", "--split", "2011-08-16")
    for half in ("halves.A.json", "halves.B.json"):
        valid(f"snapshot --split: {half}", "snapshot.schema.json",
              json.loads((tmp / half).read_text()))
    bare = json.loads(snapshot_of("bare.json", "--no-metrics").read_text())
    check("snapshot --no-metrics", "snapshot.schema.json", bare)
    if bare["metrics"] != {}:
        fail("snapshot --no-metrics: metrics is not {}")
    events = tmp / "events.json"
    run("snapshot", "-q", EVENTS, "-o", events)
    doc = json.loads(events.read_text())
    valid("snapshot of the GDELT events file", "snapshot.schema.json", doc)
    # The measures a snapshot stores must themselves be rejected when broken.
    bad = copy.deepcopy(doc)
    bad["metrics"]["balance"]["triangles"]["balance"] = 1.5
    if not errors(validator("snapshot.schema.json"), bad):
        fail("a snapshot with triangle balance 1.5 is accepted")


def case_series_folder():
    folder = tmp / "weeks"
    run("snapshot", "-q", RELATIONS, "--every", "week", "-o", folder)
    files = sorted(folder.glob("*.json"))
    if len(files) < 2:
        fail(f"snapshot --every week wrote {len(files)} windows")
    sliding = tmp / "sliding"
    run("snapshot", "-q", RELATIONS, "--window", "14d", "--step", "7d", "-o", sliding)
    files += sorted(sliding.glob("*.json"))
    for i, f in enumerate(files):
        (check if i == 0 else valid)(f"series window {f.parent.name}/{f.name}",
                                     "snapshot.schema.json", json.loads(f.read_text()))


def case_metrics():
    check("metrics --json of the Highland tribes", "metrics.schema.json",
          json.loads(run("metrics", "--json", TRIBES)))
    snap = snapshot_of("georgia.json", "--no-metrics")
    saved = tmp / "measured.json"
    doc = json.loads(run("metrics", "--json", "-q", "--save", saved, snap))
    check("metrics --json of the GDELT snapshot", "metrics.schema.json", doc)
    out_of_range("metrics --json", "metrics.schema.json", doc,
                 [(("balance", "frustration", "F"), 1.5), (("balance", "walk", "exact"), "yes"),
                  (("blocs", "modularity", "blocs"), [["GEO", "GEO"]]),
                  (("alignment", "levels"), 4), (("alignment", "s_abs", 0, 0), 2.0),
                  (("directed", "reciprocity"), -0.1), (("dyads",), {"omitted": 3}),
                  (("summary",), None)])
    check("metrics --save (snapshot with metrics)", "snapshot.schema.json",
          json.loads(saved.read_text()))
    if json.loads(saved.read_text())["metrics"] != doc:
        fail("metrics --save stored other measures than metrics --json printed")


def case_diff():
    a = snapshot_of("a.json", "--from", "2011-08-01", "--to", "2011-08-15")
    b = snapshot_of("b.json", "--from", "2011-08-16", "--to", "2011-08-31")
    full = json.loads(run("diff", a, b, "--json", "--top", "5"))
    check("diff --json", "diff.schema.json", full)
    out_of_range("diff --json", "diff.schema.json", full,
                 [(("bloc_migrations", "partition"), "blocs.doreian_mrvar"),
                  (("balance", "walk_balance", "before"), "0.5"),
                  (("centrality_ranks", "measure"), "betweenness"),
                  (("added", 0, "change"), None)])
    for key in ("alignment_shifts", "bloc_migrations", "balance", "centrality_ranks"):
        if key not in full:
            fail(f"diff --json lacks {key}")
    check("diff --json --nonzero", "diff.schema.json", json.loads(run("diff", a, b, "--json",
                                                                     "--nonzero")))
    edges = json.loads(run("diff", a, b, "--json", "--edges-only"))
    check("diff --json --edges-only", "diff.schema.json", edges)
    edges["balance"] = full["balance"]  # one measure key without the others
    if not errors(validator("diff.schema.json"), edges):
        fail("diff with balance but no other measure section is accepted")


def case_timeline():
    folder = tmp / "weeks"
    run("snapshot", "-q", RELATIONS, "--every", "week", "-o", folder)
    doc = json.loads(run("timeline", folder, "--json", "--pair", "GEO:RUS", "--pair", "USA:ZZZ"))
    check("timeline --json --pair", "timeline.schema.json", doc)
    out_of_range("timeline --json", "timeline.schema.json", doc,
                 [((0, "conflict_share"), 2.0), ((0, "actors"), 1.5), ((0, "window"), "August"),
                  ((0, "pairs", "GEO:RUS"), "1")])
    check("timeline --json", "timeline.schema.json", json.loads(run("timeline", folder, "--json")))


def out_of_range(what, name, doc, changes):
    """Values of the right type outside their documented range must be rejected."""
    v = validator(name)
    for path, value in changes:
        m = copy.deepcopy(doc)
        set_at(m, path, value)
        if not rejected(v, m):
            fail(f"{what} with {'/'.join(map(str, path))} = {value!r} is accepted")
        else:
            print(f"ok: {what} with {'/'.join(map(str, path))} = {value!r} is rejected")


def case_dyads():
    doc = json.loads(run("dyads", RELATIONS, "--json"))
    check("dyads --json", "dyads.schema.json", doc)
    out_of_range("dyads --json", "dyads.schema.json", doc,
                 [((0, "sign"), 2), ((0, "coop_share"), 1.5), ((0, "events"), -1),
                  ((0, "events"), 1.5), ((0, "quad"), [1, 2, 3]), ((0, "abs_net"), -0.5),
                  ((0, "reciprocity"), None)])
    check("dyads --json --half-life --level actor", "dyads.schema.json",
          json.loads(run("dyads", RELATIONS, "--json", "--half-life", "7d", "--level", "actor")))
    check("dyads --json of a GDELT events file", "dyads.schema.json",
          json.loads(run("dyads", EVENTS, "--json")))


def case_align():
    snap = snapshot_of("georgia.json")
    doc = json.loads(run("align", "GEO", "RUS", snap, "--json"))
    check("align --json", "align.schema.json", doc)
    out_of_range("align --json", "align.schema.json", doc,
                 [(("s_abs",), 1.2), (("kendall_tau_b",), -1.5), (("profile_length",), 0)])
    check("align --json (signed CSV)", "align.schema.json",
          json.loads(run("align", "Gavev", "Kotun", TRIBES, "--json")))


def case_series():
    # Four Correlates of War windows (all 51 take longer than a test should).
    folder = tmp / "cow"
    folder.mkdir()
    cow = pathlib.Path(source, "datasets/signed/cow")
    for f in sorted(cow.glob("cow_*_edges.csv"))[:4]:
        shutil.copy(f, folder)
        shutil.copy(cow / f.name.replace("_edges", "_vertices"), folder)
    doc = json.loads(run("series", folder, "--json"))
    check("series --json", "series.schema.json", doc)
    out_of_range("series --json", "series.schema.json", doc,
                 [((0, "frustration_F"), -0.2), ((0, "exact"), 1), ((0, "frustration_L"), -1)])


def relation_lines(what, path):
    rows = lines(path)
    if len(rows) < 2:
        fail(f"{what}: {len(rows)} lines")
        return
    check(f"{what}: header", "relations.schema.json", rows[0], "/$defs/header")
    v = validator("relations.schema.json", "/$defs/relation")
    whole = validator("relations.schema.json")
    bad = 0
    for i, r in enumerate(rows[1:], start=2):
        for e in errors(v, r)[:1]:
            bad += 1
            if bad <= 5:
                fail(f"{what}: line {i}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        if errors(whole, r):
            fail(f"{what}: line {i} fails the top-level (any line) schema")
            break
        if errors(validator("relations.schema.json", "/$defs/relation_input"), r):
            fail(f"{what}: line {i}: written but not readable by the input schema")
            break
    print(f"ok: {what}: {len(rows) - 1} relation lines checked, {bad} failed")
    rejects(f"{what}: line 2", "relations.schema.json", rows[1], "/$defs/relation")


def case_relations():
    out = tmp / "events.jsonl"
    run("load", "-q", EVENTS, "-o", out)
    relation_lines("load of the GDELT events", out)
    out = tmp / "relations.jsonl"
    run("load", "-q", RELATIONS, "-o", out)
    relation_lines("load of the GDELT relations", out)
    out = tmp / "article.jsonl"
    run("extract", "-q", "datasets/articles/us-russia-2020-05.txt", "--date", "2020-05-09",
        "-o", out)
    relation_lines("extract of the article (with provenance)", out)
    # What entente ships to read must satisfy the input schema too.
    v = validator("relations.schema.json", "/$defs/relation_input")
    for r in lines(RELATIONS)[1:]:
        if errors(v, r):
            fail(f"{RELATIONS}: a line fails relation_input: {r}")
            break


def case_documents():
    docs = tmp / "docs.jsonl"
    docs.write_text(
        '{"id":"a","date":"2020-05-09","text":"The United States accused Russia."}\n'
        '{"id":7,"text":"On 10 May 2020 France met Germany.","lang":"en"}\n')
    out = tmp / "docs.relations.jsonl"
    run("extract", "-q", docs, "-o", out)  # entente reads these documents...
    v = validator("documents.schema.json")
    for i, d in enumerate(lines(docs), start=1):  # ...and the schema accepts them
        valid(f"documents line {i}", "documents.schema.json", d)
        for how, m in (("without text", {k: x for k, x in d.items() if k != "text"}),
                       ("with a number as text", {**d, "text": 5}),
                       ("with a date not YYYY-MM-DD", {**d, "date": "9 May 2020"})):
            if not errors(v, m):
                fail(f"documents line {i} {how} is accepted")
            else:
                print(f"ok: documents line {i} {how} is rejected")
    fixture = pathlib.Path(source, "tests/fuzz/corpus/documents/docs.jsonl")
    for i, d in enumerate(lines(fixture), start=1):
        valid(f"{fixture.name} line {i}", "documents.schema.json", d)


def case_export():
    snap = snapshot_of("georgia.json")
    out = tmp / "georgia.node-link.json"
    run("export", "-q", snap, "-o", out)
    doc = json.loads(out.read_text())
    check("export node-link JSON (GDELT)", "node-link.schema.json", doc)
    out_of_range("export node-link JSON", "node-link.schema.json", doc,
                 [(("directed",), True), (("nodes", 0, "bloc"), 0),
                  (("links", 0, "sign"), 0.5), (("links", 0, "a_to_b_quad1"), -2),
                  (("graph", "level"), "world")])
    # the mutations above touch the document; the rows must be checked as well
    v = validator("node-link.schema.json")
    for part, key in (("nodes", "id"), ("links", "source")):
        m = copy.deepcopy(doc)
        del m[part][0][key]
        if not errors(v, m):
            fail(f"node-link without {part}[0].{key} is accepted")
    out = tmp / "tribes.json"
    tribes = tmp / "tribes.snapshot.json"
    run("metrics", "-q", TRIBES, "--save", tribes)
    run("export", "-q", tribes, "-o", out)
    check("export node-link JSON (tribes)", "node-link.schema.json", json.loads(out.read_text()))
    bare = snapshot_of("bare.json", "--no-metrics")
    out = tmp / "bare.node-link.json"
    run("export", "-q", bare, "-o", out)
    check("export node-link JSON (snapshot without metrics)", "node-link.schema.json",
          json.loads(out.read_text()))


def case_main_job():
    """Every JSON file of the main job's output folder, by its kind."""
    folder = pathlib.Path(main_job)
    found = sorted(folder.rglob("*.json")) + sorted(folder.rglob("*.jsonl"))
    if len(found) < 10:
        fail(f"{folder}: only {len(found)} JSON files; did the main job run?")
    for f in found:
        name = f.relative_to(folder).as_posix()
        if f.suffix == ".jsonl":
            relation_lines(f"main job {name}", f)
            continue
        schema = {"cow_series.json": "series.schema.json",
                  "diff.json": "diff.schema.json"}.get(f.name, "snapshot.schema.json")
        valid(f"main job {name}", schema, json.loads(f.read_text()))


CASES = {name[len("case_"):]: f for name, f in globals().items() if name.startswith("case_")}
if case not in CASES:
    sys.exit(f"unknown case {case}; one of {', '.join(CASES)}")
CASES[case]()
if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
