"""diff against `entente diff --json`; render against the render stage's
formats."""

import json
import threading
import time

import pytest

import entente
from conftest import GDELT


@pytest.fixture(scope="module")
def halves(cli, tmp_path_factory):
    folder = tmp_path_factory.mktemp("halves")
    cli("snapshot", "-q", GDELT, "--from", "2011-08-01", "--to", "2011-08-31", "--split",
        "2011-08-16", "-o", folder / "s.json")
    return folder / "s.A.json", folder / "s.B.json"


def test_diff_equals_entente_diff_json(cli, halves):
    expected = json.loads(cli("diff", "--json", *halves))
    before, after = (entente.load_snapshot(p) for p in halves)
    assert entente.diff(before, after) == expected


def test_diff_of_fresh_folds_measures_them(halves):
    before = entente.snapshot(GDELT, start="2011-08-01", end="2011-08-15")
    after = entente.snapshot(GDELT, start="2011-08-16", end="2011-08-31")
    d = entente.diff(before, after, top=3)
    assert d == entente.diff(*(entente.load_snapshot(p) for p in halves), top=3)
    assert len(d["top_changes"]) == 3
    only_edges = entente.diff(before, after, top=3, edges_only=True)
    assert only_edges["top_changes"] == d["top_changes"]
    assert "alignment_shifts" in d and "alignment_shifts" not in only_edges


def test_diff_of_different_levels_is_an_error():
    country = entente.snapshot(GDELT)
    actor = entente.snapshot(GDELT, level="actor")
    with pytest.raises(entente.Error, match="level"):
        entente.diff(country, actor, edges_only=True)


def test_render_formats(tmp_path, cli, halves):
    s = entente.load_snapshot(halves[0])
    svg = s.render("svg")
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg
    assert s.render("png").startswith(b"\x89PNG\r\n\x1a\n")
    assert s.render("pdf").startswith(b"%PDF")
    dot = s.render("dot", engine="circo", title="first half")
    cli("render", "-q", halves[0], "--engine", "circo", "--title", "first half", "-o",
        tmp_path / "cli.dot")
    assert dot.decode() == (tmp_path / "cli.dot").read_text()
    s.render_to([tmp_path / "a.svg", tmp_path / "a.png"], by_bloc=True)
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG")


def test_render_errors(halves, tmp_path):
    s = entente.load_snapshot(halves[0])
    with pytest.raises(entente.Error, match="gif"):
        s.render("gif")
    with pytest.raises(entente.Error, match="colour"):
        s.render("svg", colour="red")
    with pytest.raises(entente.Error, match="alpha"):
        s.render("svg", alpha=2.0)
    with pytest.raises(entente.Error):
        s.render_to(tmp_path / "a.txt")


def test_python_threads_run_while_the_library_draws(halves):
    """The GIL is released around the library's work: while a thread
    renders (seconds for a PNG), this one keeps running; held, it would
    stop for the whole render."""
    s = entente.load_snapshot(halves[0])
    took = []

    def draw():
        start = time.monotonic()
        for _ in range(2):
            s.render("png", engine="neato")
        took.append(time.monotonic() - start)

    worker = threading.Thread(target=draw)
    last, longest = time.monotonic(), 0.0
    worker.start()
    while worker.is_alive():
        time.sleep(0.002)
        now = time.monotonic()
        longest, last = max(longest, now - last), now
    worker.join()
    assert took and longest < took[0] / 2, (longest, took)
