"""--json on stats, search, show (claims has its own test), and tables not cut at 80 columns in a pipe
(issue 10 item 8). Database: the synthetic test fixtures only."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ldn_lit.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    d = str(tmp_path / "d.db")
    assert runner.invoke(app, ["--db", d, "import", *map(str, sorted(FIXTURES.iterdir()))]).exit_code == 0
    return d


def run(db, *args):
    r = runner.invoke(app, ["--db", db, *args])
    assert r.exit_code == 0, r.output
    return r.stdout


def test_show_json_is_the_exported_record(db):
    exported = {r["pmid"]: r for r in json.loads(run(db, "export"))}
    shown = json.loads(run(db, "show", "970000001", "--json"))
    assert shown == exported["970000001"]
    assert shown["first_author"] == "Testperson A" and shown["design"] == "crossover_rct"


def test_search_json_lists_matches_and_total(db):
    got = json.loads(run(db, "search", "fatigue", "--json"))
    assert got["total"] == len(got["matches"]) == 1 and got["matches"][0]["pmid"] == "970000001"


def test_stats_json_counts(db):
    got = json.loads(run(db, "stats", "--json"))
    assert got["articles"] == 5 and ["fibromyalgia", 1] in got["by_condition_tagged"]


def test_tables_are_not_cut_at_80_columns_in_a_pipe(db):
    out = run(db, "claims")
    line = next(x for x in out.splitlines() if "The therapeutic low dose of naltrexone" in x)
    assert "The therapeutic low dose of naltrexone is between 0.5 mg and 5 mg a day." in line  # one line, whole
    why = next(x for x in out.splitlines() if x.startswith("Why: "))
    assert len(why) > 120 and why.endswith(")")  # the Summary of Findings is text: never cut to the terminal


def test_retag_and_trials_link_json(db):
    assert json.loads(run(db, "retag", "--json")) == {"retagged": 5, "changed": 0}
    assert json.loads(run(db, "trials", "link", "--json")) == {"links": 0}
