"""Snapshots folded by the module against `entente snapshot` and
`entente metrics --json` on the shipped GDELT month."""

import json

import pytest

import entente
from conftest import GDELT, RELATIONS


@pytest.fixture(scope="module")
def snap():
    return entente.snapshot(GDELT, start="2011-08-01", end="2011-08-31")


def test_counts_and_fold_equal_the_cli(snap, gdelt_snapshot_json):
    assert snap.dyad_count == len(gdelt_snapshot_json["dyads"])
    assert snap.actor_count == len(gdelt_snapshot_json["actors"])
    assert snap.fold == {"left_out": 0, **gdelt_snapshot_json["fold"]}
    assert snap.window == ("2011-08-01", "2011-08-31")
    assert snap.level == "country"
    assert snap.ingest["files"] == 1


def test_every_dyad_equals_the_cli(snap, gdelt_snapshot_json):
    dyads = snap.dyads().set_index(["source", "target"])
    assert len(dyads) == len(gdelt_snapshot_json["dyads"])
    for d in gdelt_snapshot_json["dyads"]:
        row = dyads.loc[(d["a"], d["b"])]
        assert row["net"] == pytest.approx(d["total"]["net"])
        assert row["events"] == d["total"]["events"]
        assert row["a_to_b_net"] == pytest.approx(d["a_to_b"]["net"])
        assert row["b_to_a_coop"] == pytest.approx(d["b_to_a"]["coop"])
        assert [row[f"quad{q}"] for q in range(1, 5)] == d["total"]["quad"]
    assert str(dyads["events"].dtype) == "Int64"


def test_metrics_equal_entente_metrics_json(snap, cli, gdelt_snapshot_file):
    expected = json.loads(cli("metrics", "--json", gdelt_snapshot_file))
    assert snap.metrics() == expected
    assert snap.has_metrics


def test_stored_metrics_load_back(gdelt_snapshot_file, gdelt_snapshot_json):
    loaded = entente.load_snapshot(gdelt_snapshot_file)
    assert loaded.has_metrics
    assert loaded.metrics() == gdelt_snapshot_json["metrics"]
    assert loaded.sources == gdelt_snapshot_json["sources"]


def test_save_writes_what_the_cli_writes(snap, gdelt_snapshot_file, tmp_path):
    snap.metrics()
    out = tmp_path / "saved.json"
    snap.save(out)
    saved, cli_file = json.loads(out.read_text()), json.loads(gdelt_snapshot_file.read_text())
    assert saved["sources"] == [str(GDELT)]
    saved["sources"] = cli_file["sources"] = []
    assert saved == cli_file


def test_actors_table_has_the_measures(snap, gdelt_snapshot_json):
    actors = snap.actors().set_index("id")
    assert sorted(actors.index) == sorted(a["code"] for a in gdelt_snapshot_json["actors"])
    central = {a["code"]: a for a in gdelt_snapshot_json["metrics"]["centrality"]["actors"]}
    for code, row in actors.iterrows():
        assert row["pagerank_pos"] == pytest.approx(central[code]["pagerank_pos"])
    assert actors.loc["GEO", "name"] == "Georgia"


def test_a_dataframe_folds_as_the_files_do(snap):
    frame = entente.read_events(GDELT)
    from_frame = entente.snapshot(frame, start="2011-08-01", end="2011-08-31")
    assert from_frame.dyad_count == snap.dyad_count
    left = snap.dyads().drop(columns=["reciprocity"])
    right = from_frame.dyads().drop(columns=["reciprocity"])
    assert left.equals(right)


def test_windows_and_series_as_the_cli(cli, tmp_path):
    parts = entente.snapshots(RELATIONS, [(None, "2011-08-14"), ("2011-08-15", None)])
    assert [p.window for p in parts] == [(None, "2011-08-14"), ("2011-08-15", None)]
    assert sum(p.fold["used"] for p in parts) == entente.snapshot(RELATIONS).fold["used"]
    weeks = entente.series(GDELT, "week")
    folder = tmp_path / "weeks"
    cli("snapshot", "-q", GDELT, "--every", "week", "--no-metrics", "-o", folder)
    files = sorted(folder.glob("*.json"))
    assert len(weeks) == len(files) > 1
    for s, f in zip(weeks, files):
        j = json.loads(f.read_text())
        assert (s.dyad_count, s.fold) == (len(j["dyads"]), {"left_out": 0, **j["fold"]})
    sliding = entente.series(entente.read_events(GDELT), window="14d", step="7d",
                             start="2011-08-01")
    assert all(s.window[0] is not None for s in sliding)


def test_bad_folds_raise_entente_error(tmp_path):
    with pytest.raises(entente.Error, match="before"):
        entente.snapshot(GDELT, start="2011-08-31", end="2011-08-01")
    with pytest.raises(entente.Error, match="series needs"):
        entente.series(GDELT)
    two = entente.read_events(RELATIONS).head(2).drop(columns=["root", "quad", "goldstein"])
    with pytest.raises(entente.Error, match="row 1: unknown CAMEO code '999'"):
        entente.snapshot(two.assign(code=["042", "999"]))
    with pytest.raises(entente.Error, match="missing column"):
        entente.snapshot(entente.read_events(RELATIONS).drop(columns=["target"]))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "entente-snapshot", "version": 99}')
    with pytest.raises(entente.Error, match="bad.json"):
        entente.load_snapshot(bad)
