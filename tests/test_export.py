"""Export formats: one registry (export.WRITERS) serves `export` and `trials export`, and their help."""

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from ldn_lit import export
from ldn_lit.cli import app
from ldn_lit.export import FORMATS, WRITERS, Flat, write_export
from ldn_lit.trials import write_trials

runner = CliRunner()
RECORDS = [{"pmid": "970000001", "title": "Synthetic record", "conditions": ["fibromyalgia", "crps"],
            "retracted": False}]


def test_formats_are_the_registered_writers_and_the_help_lists_them():
    assert FORMATS == tuple(WRITERS) == ("json", "jsonl", "csv")
    runner = CliRunner()
    for args in (["export", "--help"], ["trials", "export", "--help"]):
        out = runner.invoke(app, args, terminal_width=200).stdout
        assert all(f in out for f in FORMATS), (args, out)


def test_each_writer_writes_every_record():
    for fmt in FORMATS:
        buf = io.StringIO(newline="")
        assert write_export(iter(RECORDS), fmt, buf) == 1
        text = buf.getvalue()
        if fmt == "json":
            assert json.loads(text) == RECORDS
        elif fmt == "jsonl":
            assert [json.loads(x) for x in text.splitlines()] == RECORDS
        else:
            row = next(csv.DictReader(io.StringIO(text)))
            assert row["conditions"] == "fibromyalgia; crps" and row["retracted"] == "0"


def test_a_registered_writer_serves_records_and_trials(monkeypatch):
    def tsv(records, out, flat):
        n = 0
        for r in records:
            n += 1
            out.write("\t".join(str(flat.row(r).get(c, "")) for c in flat.columns[:2]) + "\n")
        return n

    monkeypatch.setitem(WRITERS, "tsv", tsv)
    buf = io.StringIO()
    assert write_export(RECORDS, "tsv", buf) == 1 and buf.getvalue() == "970000001\tSynthetic record\n"
    buf = io.StringIO()
    flat = Flat(["nct_id", "title"], lambda r: r)
    assert write_export([{"nct_id": "NCT00000000", "title": "Synthetic trial"}], "tsv", buf, flat) == 1
    assert buf.getvalue() == "NCT00000000\tSynthetic trial\n"
    assert write_trials([], "tsv", io.StringIO()) == 0  # trials go through the same registry


def test_an_unknown_format_names_the_known_ones():
    try:
        write_export(RECORDS, "xml", io.StringIO())
    except ValueError as e:
        assert "xml" in str(e) and "json, jsonl, csv" in str(e)
    else:
        raise AssertionError("no error")


def test_export_module_does_not_load_the_database_layer():
    import subprocess
    import sys

    code = "import sys, ldn_lit.export; print('sqlite_utils' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
    assert export.RECORDS.columns[0] == "pmid"


def test_csv_first_author_is_filled(tmp_path):
    db = str(tmp_path / "d.db")
    fixtures = Path(__file__).parent / "fixtures"
    assert runner.invoke(app, ["--db", db, "import", str(fixtures / "synthetic_pubmed.xml")]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["--db", db, "export", "--format", "csv"]).stdout)))
    assert {r["pmid"]: r["first_author"] for r in rows} == {
        "970000001": "Testperson A", "970000002": "Placeholder Z", "970000003": "Chapterwriter Q"}
