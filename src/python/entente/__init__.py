"""entente from Python: code articles, load event files, fold snapshots,
measure, compare and draw them, with pandas DataFrames and networkx graphs.

    import entente
    events = entente.read_events("datasets/events/gdelt1-georgia-2011-08.tsv")
    snap = entente.snapshot(events, start="2011-08-01", end="2011-08-31")
    print(snap.dyads().sort_values("abs_net").tail(3))
    g = snap.to_networkx()                      # nx.Graph, the GraphML attributes

Every failure of the library raises entente.Error (a subclass of Exception)
with the CLI's message. The API is documented in docs/python.md.
"""

from __future__ import annotations

import datetime as _dt
import os as _os
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from . import _entente

Error = _entente.Error
Error.__module__ = "entente"

__all__ = [
    "Error",
    "Snapshot",
    "code_text",
    "code_files",
    "read_events",
    "snapshot",
    "snapshots",
    "series",
    "load_snapshot",
    "diff",
]

DateLike = Union[str, _dt.date, None]
PathLike = Union[str, "_os.PathLike[str]"]
Paths = Union[PathLike, Sequence[PathLike]]

_RELATION_COLUMNS = ["date", "source", "target", "code", "root", "quad", "goldstein",
                     "weight", "doc", "sentence", "evidence"]


def _pd():
    import pandas  # imported when first needed: `import entente` stays quick

    return pandas


def _date(value: DateLike) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "strftime"):  # pandas.Timestamp, numpy datetime64 via pandas
        return value.strftime("%Y-%m-%d")
    return str(value)


def _paths(paths: Paths) -> List[str]:
    if isinstance(paths, (str, _os.PathLike)):
        return [_os.fspath(paths)]
    return [_os.fspath(p) for p in paths]


def _relations_frame(columns: dict):
    pd = _pd()
    frame = pd.DataFrame({name: columns[name] for name in _RELATION_COLUMNS})
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    return frame


def _relation_columns(frame) -> dict:
    """A DataFrame of relations as plain lists, dates as "YYYY-MM-DD"."""
    pd = _pd()
    missing = [c for c in ("date", "source", "target") if c not in frame.columns]
    if missing:
        raise Error("relations DataFrame: missing column(s) " + ", ".join(missing))
    columns = {}
    for name in frame.columns:
        if name not in _RELATION_COLUMNS:
            continue
        col = frame[name]
        if name == "date" and not pd.api.types.is_string_dtype(col):
            col = pd.to_datetime(col).dt.strftime("%Y-%m-%d")
        columns[name] = col.astype(object).where(col.notna(), None).tolist()
    return columns


def _input_options(format, weight, level, groups, regions, roots, quads, countries,
                   root_only, strict, threads, start=None, end=None) -> dict:
    def listed(value):
        if value is None or isinstance(value, str):
            return value
        return ",".join(str(v) for v in value)

    return {"format": format, "weight": weight, "level": level, "groups": groups,
            "regions": regions, "roots": listed(roots), "quads": listed(quads),
            "countries": listed(countries), "root_only": root_only, "strict": strict,
            "threads": threads, "start": _date(start), "end": _date(end)}


# ---------------------------------------------------------------- articles


_coders: dict = {}


def _dictionaries(given: Optional[str]) -> str:
    """The coder's dictionary folder: the one given, else beside this package
    (<build>/python/entente -> <build>/share/entente/dictionaries, as the
    build tree lays it out; <prefix>/lib/python3.X/dist-packages/entente ->
    <prefix>/share/entente/dictionaries once installed), else "" for the
    library's own search ($ENTENTE_DICTIONARIES, ./datasets/dictionaries)."""
    if given:
        return given
    if _os.environ.get("ENTENTE_DICTIONARIES"):
        return ""
    here = _os.path.dirname(_os.path.abspath(__file__))
    for up in (2, 4):  # the build tree, an installed prefix
        beside = _os.path.join(here, *([".."] * up), "share", "entente", "dictionaries")
        if _os.path.isdir(beside):
            return _os.path.normpath(beside)
    return ""


def _coder(dictionaries: Optional[str]) -> "_entente.Coder":
    key = _dictionaries(dictionaries)
    if key not in _coders:
        _coders[key] = _entente.Coder(key)
    return _coders[key]


def code_text(text: str, date: DateLike = None, doc_id: str = "text",
              dictionaries: Optional[str] = None):
    """Codes one article's text with entente's dictionary coder.

    date: the article's date (str "YYYY-MM-DD" or datetime.date); by default
    the first date written in its first lines. Returns a DataFrame of
    relations (columns date, source, target, code, root, quad, goldstein,
    weight, doc, sentence, evidence), one row per coded event.
    """
    return _relations_frame(_coder(dictionaries).code_text(text, _date(date), doc_id))


def code_files(paths: Paths, date: DateLike = None, dictionaries: Optional[str] = None,
               threads: int = 2):
    """Codes .txt articles and documents JSON Lines (files or folders), as
    `entente extract` does; returns a DataFrame of relations."""
    return _relations_frame(_coder(dictionaries).code_files(_paths(paths), _date(date), threads))


# ---------------------------------------------------------------- events


def read_events(paths: Paths, *, format: str = "auto", weight: str = "mentions",
                level: str = "country", groups: str = "fold", regions: bool = False,
                start: DateLike = None, end: DateLike = None, roots=None, quads=None,
                countries=None, root_only: bool = False, strict: bool = False,
                threads: int = 2, dictionaries: Optional[str] = None,
                article_date: DateLike = None):
    """Reads event files into a DataFrame of relations, as `entente load`.

    paths: files or folders (sorted, recursive): GDELT 1.0/2.0 exports, ICEWS
    event files, CSV/TSV edge lists (plain, .gz or .zip), relations JSON
    Lines, and .txt articles (coded on the way in). format forces one of
    auto, relations, gdelt1, gdelt2, icews, edges; weight picks the GDELT
    count (mentions, sources, articles, events); level is country or actor;
    start/end keep days in between (inclusive); roots ("14,17-20" or a list),
    quads, countries ("USA,RUS" or a list) and root_only filter rows; strict
    makes the first bad row an Error.

    The ingest counts (files, rows, relations, skipped by kind, the first bad
    rows) are in the frame's attrs["ingest"].
    """
    options = _input_options(format, weight, level, groups, regions, roots, quads, countries,
                             root_only, strict, threads, start, end)
    columns, stats = _entente.read_relations(_paths(paths), options, _dictionaries(dictionaries),
                                             _date(article_date))
    frame = _relations_frame(columns)
    frame.attrs["ingest"] = stats
    return frame


# ---------------------------------------------------------------- snapshots


class Snapshot:
    """The signed graph of one time window: one node per actor, one edge per
    dyad with both directions of traffic, and (once measured) its measures.

    Attributes: window (start, end as "YYYY-MM-DD" or None), level,
    sources, first_event, last_event, fold (what happened to the relations
    offered: relations, used, outside_window, self, left_out), actor_count,
    dyad_count, ingest (the read's counts, for snapshots folded from files).
    """

    def __init__(self, native: "_entente.Snapshot", ingest: Optional[dict] = None):
        self._native = native
        self.ingest = ingest

    # -- facts
    @property
    def window(self) -> Tuple[Optional[str], Optional[str]]:
        return (self._native.window_start, self._native.window_end)

    @property
    def level(self) -> str:
        return self._native.level

    @property
    def sources(self) -> List[str]:
        return self._native.sources

    @property
    def first_event(self) -> Optional[str]:
        return self._native.first_event

    @property
    def last_event(self) -> Optional[str]:
        return self._native.last_event

    @property
    def fold(self) -> dict:
        return self._native.fold

    @property
    def actor_count(self) -> int:
        return self._native.actor_count

    @property
    def dyad_count(self) -> int:
        return self._native.dyad_count

    @property
    def has_metrics(self) -> bool:
        """True once measured (measure(), or loaded from a file with measures)."""
        return self._native.has_metrics

    def __len__(self) -> int:
        return self.actor_count

    def __repr__(self) -> str:
        start, end = self.window
        return (f"<entente.Snapshot {start or '...'} to {end or '...'}, {self.level} level, "
                f"{self.actor_count} actors, {self.dyad_count} dyads>")

    # -- measures
    def measure(self, k: int = 0, alpha: float = 0.5) -> "Snapshot":
        """Computes every measure as `entente metrics` does (k: Doreian-Mrvar
        blocs, 0 = as many as by modularity; alpha: their weight of negative
        ties inside blocs) and stores it; returns self."""
        self._native.measure(k, alpha)
        return self

    def metrics(self) -> dict:
        """The measures as plain dicts and lists, as `entente metrics --json`
        prints them; computed with the defaults first if the snapshot has none."""
        if not self.has_metrics:
            self.measure()
        return self._native.metrics()

    # -- tables and graphs
    def _tables(self, need_measures: bool) -> dict:
        if need_measures and not self.has_metrics:
            self.measure()
        return self._native.tables()

    def dyads(self):
        """One row per dyad (source < target), the columns of the edge CSV
        export: sign, abs_net, reciprocity, net, coop, conflict, weight,
        events, quad1..quad4, and the same per direction (a_to_b_*, b_to_a_*)."""
        return _table_frame(self._tables(False)["edges"])

    def actors(self):
        """One row per actor, the columns of the node CSV export: id, name,
        country, bloc, swing, strength, signed degrees, PageRank, directed
        strengths... (measures computed first if the snapshot has none)."""
        return _table_frame(self._tables(True)["nodes"])

    def to_networkx(self):
        """An undirected networkx.Graph with the attributes of the GraphML
        export: graph (level, window, sources, events, reciprocity), nodes
        (name, country, bloc, PageRank, ...) and edges (net, sign, coop,
        conflict, events per quad class, per direction). Empty cells (a
        measure the snapshot lacks) are left out, as in GraphML."""
        import networkx as nx

        t = self._tables(True)
        g = nx.Graph()
        g.graph.update({k: v for k, v in t["graph"].items() if v is not None})
        for row in _rows(t["nodes"]):
            node = row.pop("id")
            g.add_node(node, **row)
        for row in _rows(t["edges"]):
            a, b = row.pop("source"), row.pop("target")
            g.add_edge(a, b, **row)
        return g

    # -- files and pictures
    def save(self, path: PathLike) -> None:
        """Saves as snapshot JSON (what `entente snapshot -o` writes; atomic)."""
        self._native.save(_os.fspath(path))

    def render(self, format: str = "svg", *, by_bloc: bool = False, **options) -> bytes:
        """The picture `entente render` draws, as bytes: format svg, png, pdf
        or dot. Options as render's, with underscores: engine, title,
        backbone (disparity, top-k, all), alpha, ties, max_actors, max_dyads,
        top, min_weight, clusters, legend, blocs (False: no bloc colours).
        Measures are computed first if the snapshot has none (blocs colour
        the actors, PageRank sizes them)."""
        if not self.has_metrics:
            self.measure()
        return _entente.render(self._native, format, options, by_bloc)

    def render_to(self, paths: Paths, *, by_bloc: bool = False, **options) -> None:
        """Writes the picture to each path (format by extension: .svg, .png,
        .pdf, .dot), all from one layout."""
        if not self.has_metrics:
            self.measure()
        _entente.render_files(self._native, _paths(paths), options, by_bloc)


def _rows(table: dict):
    names = [name for name, _ in table["columns"]]
    data = table["data"]
    n = len(data[names[0]]) if names else 0
    for i in range(n):
        yield {name: data[name][i] for name in names if data[name][i] is not None}


_DTYPES = {"string": "object", "integer": "Int64", "real": "float64", "boolean": "boolean"}


def _table_frame(table: dict):
    pd = _pd()
    frame = pd.DataFrame(table["data"], columns=[name for name, _ in table["columns"]])
    return frame.astype({name: _DTYPES[kind] for name, kind in table["columns"]})


def load_snapshot(path: PathLike) -> Snapshot:
    """Loads a snapshot JSON file (written by `entente snapshot` or save())."""
    return Snapshot(_entente.load_snapshot(_os.fspath(path)))


def _is_frame(source) -> bool:
    return hasattr(source, "columns") and hasattr(source, "iloc")


def snapshots(source, windows: Iterable[Tuple[DateLike, DateLike]], *, level: str = "country",
              groups: str = "fold", regions: bool = False, format: str = "auto",
              weight: str = "mentions", roots=None, quads=None, countries=None,
              root_only: bool = False, strict: bool = False, threads: int = 2,
              dictionaries: Optional[str] = None,
              article_date: DateLike = None) -> List[Snapshot]:
    """Folds relations into one snapshot per window, in one read.

    source: paths (files, folders; as read_events reads them) or a
    DataFrame of relations (read_events' or code_text's columns; at least
    date, source, target and code or goldstein). windows: (start, end)
    pairs, both ends inclusive, None for open. Other options as read_events.
    """
    spans = [(_date(a), _date(b)) for a, b in windows]
    options = _input_options(format, weight, level, groups, regions, roots, quads, countries,
                             root_only, strict, threads)
    if _is_frame(source):
        native = _entente.fold_relations(_relation_columns(source), options, spans)
        return [Snapshot(s) for s in native]
    native, stats = _entente.fold_files(_paths(source), options, spans, _dictionaries(dictionaries),
                                        _date(article_date))
    return [Snapshot(s, stats) for s in native]


def snapshot(source, start: DateLike = None, end: DateLike = None, **options) -> Snapshot:
    """Folds relations from start to end (inclusive; None = open) into one
    snapshot, as `entente snapshot` does (without measuring it: metrics(),
    actors() and to_networkx() measure when needed). source and options as
    snapshots()."""
    return snapshots(source, [(start, end)], **options)[0]


def series(source, every: Optional[str] = None, *, window: Optional[str] = None,
           step: Optional[str] = None, start: DateLike = None, end: DateLike = None,
           max_windows: int = 5000, level: str = "country", groups: str = "fold",
           regions: bool = False, format: str = "auto", weight: str = "mentions", roots=None,
           quads=None, countries=None, root_only: bool = False, strict: bool = False,
           threads: int = 2, dictionaries: Optional[str] = None,
           article_date: DateLike = None) -> List[Snapshot]:
    """A series of snapshots in one pass, as `entente snapshot --every` /
    `--window --step`: every = "day", "week", "month", "quarter", "year" or
    "30d", or sliding windows of window days every step days ("90d", "30d").
    start/end bound the whole series. Windows run from the first to the
    last with relations, empty ones between included."""
    spec = {"every": every, "window": window, "step": step, "start": _date(start),
            "end": _date(end), "max_windows": max_windows}
    options = _input_options(format, weight, level, groups, regions, roots, quads, countries,
                             root_only, strict, threads)
    if _is_frame(source):
        native = _entente.series_relations(_relation_columns(source), options, spec)
        return [Snapshot(s) for s in native]
    native, stats = _entente.series_files(_paths(source), options, spec, _dictionaries(dictionaries),
                                          _date(article_date))
    return [Snapshot(s, stats) for s in native]


def diff(before: Snapshot, after: Snapshot, *, top: int = 10, nonzero: bool = False,
         edges_only: bool = False) -> dict:
    """What changed between two snapshots, the dict `entente diff --json`
    prints: edges (actors and dyads added, removed, sign flips, largest net
    changes), alignment shifts, bloc migrations, balance and rank changes.
    Measures are computed first for a snapshot that has none (unless
    edges_only)."""
    if not edges_only:
        for s in (before, after):
            if not s.has_metrics:
                s.measure()
    return _entente.diff(before._native, after._native, top, nonzero, edges_only)
