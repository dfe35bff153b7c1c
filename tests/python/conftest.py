"""Shared fixtures of the Python module's tests: the entente CLI (whose
results the module must reproduce) and the shipped datasets. ctest sets
ENTENTE_CLI, ENTENTE_SOURCE_DIR and PYTHONPATH (the built package)."""

import json
import os
import pathlib
import subprocess

import pytest

SOURCE = pathlib.Path(os.environ.get("ENTENTE_SOURCE_DIR",
                                     pathlib.Path(__file__).resolve().parents[2]))
GDELT = SOURCE / "datasets/events/gdelt1-georgia-2011-08.tsv"
ICEWS = SOURCE / "datasets/events/icews-2018-06-01_02.tab"
RELATIONS = SOURCE / "datasets/relations/gdelt1-georgia-2011-08.jsonl"
ARTICLE = SOURCE / "datasets/articles/us-russia-2020-05.txt"


@pytest.fixture(scope="session")
def cli():
    """Runs the entente CLI; returns its stdout (text)."""
    binary = os.environ.get("ENTENTE_CLI")
    if not binary:
        pytest.skip("ENTENTE_CLI is not set (ctest sets it)")

    def run(*args):
        done = subprocess.run([binary, *map(str, args)], capture_output=True, text=True,
                              cwd=SOURCE, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    return run


@pytest.fixture(scope="session")
def gdelt_snapshot_file(cli, tmp_path_factory):
    """`entente snapshot` of the shipped GDELT week (with its measures)."""
    path = tmp_path_factory.mktemp("cli") / "gdelt.json"
    cli("snapshot", "-q", GDELT, "--from", "2011-08-01", "--to", "2011-08-31", "-o", path)
    return path


@pytest.fixture(scope="session")
def gdelt_snapshot_json(gdelt_snapshot_file):
    return json.loads(gdelt_snapshot_file.read_text())
