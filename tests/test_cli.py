"""The core commands end to end through the CLI: import, export, search, stats, show, retag, errors."""

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ldn_lit.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def run(*args, db, ok=True):
    result = runner.invoke(app, ["--db", str(db), *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./queries.toml: the shipped one is used
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    d = tmp_path / "ldn.db"
    run("import", str(FIXTURES / "synthetic_pubmed.xml"), str(FIXTURES / "synthetic_medline.nbib"), db=d)
    return d


def test_import_reports_counts_and_is_idempotent(db):
    r = run("import", str(FIXTURES / "synthetic_pubmed.xml"), db=db)
    assert "3 records (xml): 0 new, 0 revised, 3 unchanged" in r.output


def test_export_json_has_every_field(db):
    records = json.loads(run("export", "--format", "json", db=db).stdout)
    assert [r["pmid"] for r in records] == ["970000001", "970000002", "970000003", "970000101", "970000102"]
    r = records[0]
    for key in ("title", "abstract", "abstract_sections", "journal", "journal_iso", "volume", "issue",
                "pages", "year", "authors", "doi", "pmcid", "publication_types", "mesh", "keywords",
                "nct_ids", "comments_corrections", "languages", "entrez_date", "revised_date",
                "matched_queries", "conditions", "design", "population", "sample_size",
                "sample_size_source", "size_class", "dose_mg", "dose_class", "outcomes", "finding",
                "evidence", "retracted", "erratum", "expression_of_concern", "tag_reasons"):
        assert key in r, key
    assert r["doi"] == "10.0000/synthetic.0001" and r["mesh"][0]["descriptor"] == "Multiple Sclerosis"
    assert records[1]["retracted"] is True


def test_export_jsonl_csv_condition_and_file(db, tmp_path):
    lines = run("export", "--format", "jsonl", db=db).stdout.splitlines()
    assert len(lines) == 5 and json.loads(lines[3])["pmid"] == "970000101"
    rows = list(csv.DictReader(io.StringIO(run("export", "-f", "csv", db=db).stdout)))
    assert len(rows) == 5 and rows[0]["authors"] == "Testperson A; Fixture BC; Synthetic LDN Study Group"
    assert rows[0]["outcome_findings"] == "fatigue: null (between_arm)"
    first = json.loads(lines[0])["outcome_findings"]
    assert first == [{"outcome": "fatigue", "finding": "null",
                      "evidence": "Fatigue scores did not differ from placebo.",
                      "primary": False, "comparison": "between_arm", "effect": None}]
    out = tmp_path / "fm.json"
    run("export", "--condition", "fibromyalgia", "-o", str(out), db=db)
    assert [r["pmid"] for r in json.loads(out.read_text())] == ["970000101"]
    # Written atomically, yet with the mode any new file gets (not mkstemp's private 0600) ...
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    # ... and an existing file keeps its mode when replaced.
    out.chmod(0o640)
    run("export", "--condition", "fibromyalgia", "-o", str(out), db=db)
    assert out.stat().st_mode & 0o777 == 0o640
    missing = run("export", "-o", str(tmp_path / "no" / "such" / "x.json"), db=db, ok=False)
    assert missing.exit_code == 1 and "folder" in missing.stderr and "does not exist" in missing.stderr
    assert ".x.json." not in missing.stderr  # never the temporary file's name
    bad = run("export", "--condition", "nonsense", db=db, ok=False)
    assert bad.exit_code == 2 and "unknown condition 'nonsense'" in bad.stderr


def test_search_stats_show(db):
    assert "970000001" in run("search", "fatigue AND placebo", db=db).stdout
    assert "No stored record matches" in run("search", "zebrafish", db=db).stdout
    stats = run("stats", db=db).stdout
    assert "5 records" in stats and "multiple_sclerosis" in stats and "condition\tdesign\tpopulation\trecords" in stats
    show = run("show", "970000001", db=db).stdout
    assert "Synthetic record: low-dose naltrexone" in show and "design" in show and "pubtype" in show
    flat = " ".join(w for w in show.split() if w not in "│┃")  # the table wraps long cells
    assert "outcome: fatigue" in flat and "result_sentence:" in flat
    missing = run("show", "123", db=db, ok=False)
    assert missing.exit_code == 1 and "PMID 123 is not in" in missing.stderr


def test_retag(db):
    assert "retagged 5 records" in run("retag", db=db).stdout


def test_tags_from_older_rules_are_pointed_out_until_retag(db):
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("update tags set tagger_version = '0' where rowid <= 2")
    assert "2 records were tagged by an older version" in run("stats", db=db).stderr
    run("retag", db=db)
    assert "older version" not in run("stats", db=db).stderr


def test_retag_brings_tags_of_version_2_up_to_date(db):
    """A database tagged before issue 8 (TAGGER_VERSION 2: no per-outcome findings) is brought up to date."""
    import sqlite3

    from ldn_lit.tagging import TAGGER_VERSION

    with sqlite3.connect(db) as conn:
        conn.execute("update tags set tagger_version = '2', outcome_findings = '[]'")
    assert TAGGER_VERSION != "2" and "older version" in run("stats", db=db).stderr
    assert json.loads(run("export", "-f", "jsonl", db=db).stdout.splitlines()[0])["outcome_findings"] == []
    run("retag", db=db)
    assert "older version" not in run("stats", db=db).stderr
    first = json.loads(run("export", "-f", "jsonl", db=db).stdout.splitlines()[0])
    assert [f["outcome"] for f in first["outcome_findings"]] == ["fatigue"]


def test_bad_import_file_changes_nothing(db, tmp_path):
    before = run("export", db=db).stdout
    broken = tmp_path / "broken.xml"
    text = (FIXTURES / "synthetic_pubmed.xml").read_text()
    broken.write_text(text.replace("970000002", "970000222")[: len(text) - 200])  # truncated
    r = run("import", str(broken), db=db, ok=False)
    assert r.exit_code == 1
    assert "malformed or truncated XML" in r.stderr and "nothing from this file was imported" in r.stderr
    assert "Traceback" not in r.output and len(r.stderr.strip().splitlines()) == 1
    assert run("export", db=db).stdout == before


def test_broken_config_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "q.toml"
    bad.write_text("[drug]\nquery = 'x'\n[[conditions]]\nid='a'\nquery=''\n")
    r = runner.invoke(app, ["--db", str(tmp_path / "x.db"), "--config", str(bad), "update"])
    assert r.exit_code == 2 and "is empty" in r.stderr and str(bad) in r.stderr
    assert "Traceback" not in r.output


def test_version_and_help_examples():
    assert runner.invoke(app, ["--version"]).stdout.startswith("ldn-lit ")
    for cmd in ("update", "import", "export", "search", "stats", "show", "retag", "digest", "claims", "check", "audit"):
        assert "Example" in runner.invoke(app, [cmd, "--help"]).stdout, cmd


@pytest.mark.skipif(shutil.which("ldn-lit") is None, reason="console script not installed")
def test_console_script_runs(tmp_path):
    import subprocess
    r = subprocess.run(["ldn-lit", "--db", str(tmp_path / "x.db"), "show", "1"], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith("Error: ") and "no database here" in r.stderr
    assert "Traceback" not in r.stderr and not (tmp_path / "x.db").exists()


def test_a_closed_pipe_ends_quietly(db):
    """`ldn-lit export | head`: when the reader goes away, no error line and no traceback."""
    import subprocess
    import sys

    r, w = os.pipe()
    os.close(r)  # the reader is gone before anything is written
    root = str(Path(__file__).resolve().parents[1])  # this checkout's code, whatever is installed
    p = subprocess.run([sys.executable, "-m", "ldn_lit.cli", "--db", str(db), "export", "--format", "jsonl"],
                       stdout=w, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": root})
    os.close(w)
    assert p.returncode == 1 and p.stderr == ""


@pytest.mark.parametrize("argv", [["--nope"], ["import", "missing.xml"], ["frobnicate"],
                                  ["update", "--batch-size", "0"]])
def test_usage_errors_are_one_line_exit_2(argv, capsys, monkeypatch, tmp_path):
    import sys

    from ldn_lit.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["ldn-lit", *argv])
    with pytest.raises(SystemExit) as e:
        main()
    err = capsys.readouterr().err
    assert e.value.code == 2 and err.startswith("Error: ") and err.count("\n") == 1 and "--help" in err


# ---- output that pipes (issue 21 item 3) ------------------------------------------------------------
BOX = set("─│┃━┏┓┗┛┡┩└┘┌┐├┤┬┴┼╇╈╭╮╯╰═║")


def test_piped_tables_are_tab_separated_lines_without_box_drawing(db):
    for args in (["claims"], ["stats"], ["search", "naltrexone"], ["show", "970000001"]):
        out = run(*args, db=db).stdout
        assert not set(out) & BOX, args
    stats = run("stats", db=db).stdout.splitlines()
    i = stats.index("condition\tdesign\tpopulation\trecords")
    assert stats[i + 1].split("\t")[1:3] != [] and len(stats[i + 1].split("\t")) == 4
    search = run("search", "fatigue AND placebo", db=db).stdout.splitlines()
    assert search[0] == "PMID\tyear\tjournal\ttitle / snippet" and search[1].startswith("970000001\t2023\t")


def test_stats_takes_db_after_the_command(db):
    r = runner.invoke(app, ["stats", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "5 records" in r.stdout
    r = runner.invoke(app, ["stats", "--json", "-q", "--db", str(db)])
    assert r.exit_code == 0 and json.loads(r.stdout)["articles"] == 5


def test_show_prints_the_abstract(db):
    out = run("show", "970000001", db=db).stdout
    assert "Fatigue scores did not differ from placebo." in out.split("tag\tvalue\twhy")[0]  # before the tags


def test_audit_reads_standard_input(db):
    text = "A study in the Journal of Neuroimmunology found that LDN reduced relapses in multiple sclerosis.\n"
    r = runner.invoke(app, ["--db", str(db), "audit", "-", "--offline", "--json"], input=text)
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert got["rows"] and "multiple sclerosis" in json.dumps(got).lower()
    missing = runner.invoke(app, ["--db", str(db), "audit", "nothing-here.txt"])
    assert missing.exit_code == 2 and "no such file" in missing.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_export_then_import_round_trips_every_record_and_field(db, tmp_path, fmt):
    exported = run("export", "--format", fmt, db=db).stdout
    again = tmp_path / "again.db"
    r = runner.invoke(app, ["--db", str(again), "import", "-"], input=exported)
    assert r.exit_code == 0, r.output
    assert "5 records (ldn-lit export): 5 new" in r.stdout
    first = [json.loads(x.rstrip(",")) for x in exported.splitlines() if x.strip() not in ("[", "]")]
    second = run("export", "--format", fmt, db=again).stdout
    assert [json.loads(x.rstrip(",")) for x in second.splitlines() if x.strip() not in ("[", "]")] == first
    assert second == exported  # byte for byte, every field (the article, its matches and tags)
    assert set(first[0]) >= {"pmid", "title", "abstract_sections", "authors", "mesh", "matched_queries", "design"}


def test_import_of_an_export_keeps_matches_and_withdrawals(db, tmp_path):
    records = [json.loads(x) for x in run("export", "--format", "jsonl", db=db).stdout.splitlines()]
    records[0]["matched_queries"] = ["fibromyalgia"]
    records[0]["deleted_on"] = "2025-02-03"
    f = tmp_path / "edited.jsonl"
    f.write_text("".join(json.dumps(x) + "\n" for x in records))
    again = tmp_path / "again.db"
    assert runner.invoke(app, ["--db", str(again), "import", str(f)]).exit_code == 0
    back = {x["pmid"]: x for x in map(json.loads, run("export", "--format", "jsonl", db=again).stdout.splitlines())}
    assert back[records[0]["pmid"]]["matched_queries"] == ["fibromyalgia"]
    assert back[records[0]["pmid"]]["deleted_on"] == "2025-02-03"
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(records[1]) + "\n" + '{"pmid": "1", "title": \n')
    r = runner.invoke(app, ["--db", str(tmp_path / "b.db"), "import", str(broken)])
    assert r.exit_code != 0 and "line 2 is not a record of an ldn-lit export" in r.stderr
    assert "Traceback" not in r.output


def test_update_json_prints_json(db, eutils_server):
    r = runner.invoke(app, ["--db", str(db), "update", "--json", "-c", "fibromyalgia"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert got["database"] == str(db) and {q["condition_id"] for q in got["queries"]} == {"fibromyalgia"}
    assert {"new", "revised", "requests", "records"} <= set(got)


def test_unquoted_search_words_are_one_query(db):
    quoted = run("search", "fatigue AND placebo", "--json", db=db).stdout
    assert json.loads(run("search", "fatigue", "AND", "placebo", "--json", db=db).stdout) == json.loads(quoted)
