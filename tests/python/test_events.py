"""read_events and code_text/code_files against `entente load` and
`entente extract` on the shipped datasets."""

import json

import pandas as pd
import pytest

import entente
from conftest import ARTICLE, GDELT, ICEWS, RELATIONS


def jsonl(text):
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [r for r in lines if "format" not in r]  # the header line


def test_gdelt_rows_match_entente_load(cli):
    expected = jsonl(cli("load", "-q", GDELT))
    frame = entente.read_events(GDELT)
    assert len(frame) == len(expected)
    assert list(frame.columns) == ["date", "source", "target", "code", "root", "quad",
                                   "goldstein", "weight", "doc", "sentence", "evidence"]
    first = frame.iloc[0]
    assert first["date"] == pd.Timestamp(expected[0]["date"])
    assert (first["source"], first["target"], first["code"]) == (
        expected[0]["source"], expected[0]["target"], expected[0]["code"])
    assert first["weight"] == expected[0]["weight"]
    assert frame["goldstein"].sum() == pytest.approx(sum(r["goldstein"] for r in expected))


def test_ingest_stats_are_the_counts_of_the_read(cli):
    frame = entente.read_events(GDELT)
    stats = frame.attrs["ingest"]
    assert stats["files"] == 1
    assert stats["relations"] == len(frame)
    assert stats["rows"] == stats["relations"] + sum(stats["skipped"].values())
    assert stats["skipped"]["no country"] > 0


def test_filters_and_options_as_the_cli(cli):
    expected = jsonl(cli("load", "-q", GDELT, "--countries", "geo,rus", "--quads", "3,4",
                         "--weight", "articles", "--from", "2011-08-05"))
    frame = entente.read_events(GDELT, countries=["GEO", "RUS"], quads=[3, 4],
                                weight="articles", start="2011-08-05")
    assert len(frame) == len(expected) > 0
    assert set(frame["source"]) | set(frame["target"]) <= {"GEO", "RUS"}
    assert frame["weight"].tolist() == [r["weight"] for r in expected]
    assert frame.attrs["ingest"]["skipped"]["filtered"] > 0


def test_icews_and_relations_jsonl(cli):
    icews = entente.read_events(ICEWS, level="actor")
    assert len(icews) == len(jsonl(cli("load", "-q", ICEWS, "--level", "actor")))
    relations = entente.read_events(RELATIONS)
    assert len(relations) == len(jsonl(cli("load", "-q", RELATIONS)))
    assert relations.attrs["ingest"]["skipped"] == {"region": 21}


def test_code_text_matches_entente_extract(cli):
    expected = jsonl(cli("extract", "-q", "--date", "2020-05-09", ARTICLE))
    text = ARTICLE.read_text()
    frame = entente.code_text(text, date="2020-05-09", doc_id=expected[0]["doc"])
    assert len(frame) == len(expected) > 0
    assert frame["code"].tolist() == [r["code"] for r in expected]
    assert frame["source"].tolist() == [r["source"] for r in expected]
    assert frame["sentence"].tolist() == [r["sentence"] for r in expected]
    files = entente.code_files(ARTICLE, date="2020-05-09")
    assert files["evidence"].tolist() == [r.get("evidence", "") for r in expected]


def test_code_text_with_a_date_and_without_one():
    frame = entente.code_text("Russia accused China of aggression.", date="2020-05-09")
    assert frame[["source", "target"]].values.tolist() == [["RUS", "CHN"]]
    assert frame["date"][0] == pd.Timestamp("2020-05-09")
    with pytest.raises(entente.Error, match="no date"):
        entente.code_text("Russia accused China of aggression.")
    with pytest.raises(entente.Error, match="not a date"):
        entente.code_text("Russia accused China of aggression.", date="yesterday")


def test_errors_are_entente_errors_with_the_message(tmp_path):
    assert issubclass(entente.Error, Exception)
    with pytest.raises(entente.Error, match="no-such-file"):
        entente.read_events(tmp_path / "no-such-file.tsv")
    with pytest.raises(entente.Error, match="format"):
        entente.read_events(GDELT, format="excel")
    with pytest.raises(entente.Error, match="not a date"):
        entente.read_events(GDELT, start="August")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"date":"2020-01-01","source":"USA"}\n')
    with pytest.raises(entente.Error, match="target"):
        entente.read_events(bad, strict=True)
