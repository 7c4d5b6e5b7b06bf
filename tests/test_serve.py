"""`ldn-lit serve`: Datasette on a loopback port, read through its JSON API. All records are synthetic.

Datasette is an optional extra, but it is in the test extra: in CI (CI=true) a missing Datasette is a
failure, not a skip.
"""

import json
import os
import queue
import re
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def _need_datasette():
    try:
        import datasette  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("Datasette is missing: .ci/run must install the test extra (pip install -e '.[test]')")
        pytest.skip("Datasette not installed (pip install -e '.[datasette]')")


@pytest.fixture
def db(tmp_path):
    """The synthetic fixtures (entered PubMed years ago) and one synthetic record entered today."""
    new = tmp_path / "new.xml"
    today = date.today()
    new.write_text(XML_HEAD + make_article_xml(
        "970600001", "Synthetic record: low-dose naltrexone for pain in fibromyalgia, an open-label pilot",
        "SYNTHETIC test data. Twelve adults with fibromyalgia took naltrexone 4.5 mg daily for eight weeks.",
        year=today.year, entrez=(today.year, today.month, today.day), pub_types=["Clinical Trial"],
        mesh=["Fibromyalgia"]) + "</PubmedArticleSet>\n")
    path = tmp_path / "ldn.db"
    for f in (FIXTURES / "synthetic_pubmed.xml", new):
        r = runner.invoke(app, ["--db", str(path), "import", str(f)])
        assert r.exit_code == 0, r.output
    return path


@pytest.fixture
def server(db):
    """`ldn-lit serve --port 0` as a real process; yields its base URL once Datasette listens."""
    _need_datasette()
    proc = subprocess.Popen([sys.executable, "-m", "ldn_lit.cli", "--db", str(db), "serve", "--port", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stderr] + [lines.put(None)], daemon=True).start()
    url, seen = None, []
    while url is None:
        line = lines.get(timeout=60)
        assert line is not None, "ldn-lit serve stopped before listening:\n" + "".join(seen)
        seen.append(line)
        if m := re.search(r"running on (http://127\.0\.0\.1:\d+)", line):
            url = m.group(1)
    yield url
    proc.terminate()  # SIGTERM: uvicorn shuts down cleanly, then exits by the signal it was sent
    assert proc.wait(timeout=30) in (0, -15)


def get(url, path, **params):
    r = httpx.get(url + path, params=params, timeout=30)
    assert r.status_code == 200, r.text[:300]
    return r.json()


def test_tables_are_labelled_faceted_and_searchable(server):
    tags = get(server, "/ldn/tags.json", _shape="objects")
    facets = tags["facet_results"]
    assert {"conditions", "design", "finding"} <= set(facets)
    assert {f["value"] for f in facets["conditions"]["results"]} >= {"multiple_sclerosis", "fibromyalgia"}
    assert {f["value"] for f in facets["design"]["results"]} >= {"crossover_rct", "open_label_single_arm"}
    meta = get(server, "/-/metadata.json")["databases"]["ldn"]["tables"]
    assert meta["tags"]["title"] == "Evidence tags" and meta["articles"]["label_column"] == "title"
    found = get(server, "/ldn/articles.json", _search="fatigue", _shape="array")
    assert [r["pmid"] for r in found] == ["970000001"]  # full-text search of titles and abstracts


def test_canned_query_evidence_for_a_claim(server):
    rows = get(server, "/ldn/evidence_for_claim.json", condition="multiple_sclerosis", outcome="fatigue", text="",
               _shape="array")
    assert [(r["pmid"], r["design"], r["finding"]) for r in rows] == [
        ("970000001", "randomised crossover trial", "null")]
    assert rows[0]["evidence"] == "Fatigue scores did not differ from placebo."
    assert get(server, "/ldn/evidence_for_claim.json", condition="fibromyalgia", outcome="fatigue", text="",
               _shape="array") == []
    words = get(server, "/ldn/evidence_for_claim.json", condition="", outcome="", text="pilot", _shape="array")
    assert [r["pmid"] for r in words] == ["970600001"]


def test_canned_query_new_this_week(server):
    rows = get(server, "/ldn/new_this_week.json", _shape="array")
    assert [r["pmid"] for r in rows] == ["970600001"]  # the fixtures entered PubMed years ago


def test_metadata_option_prints_the_json_for_plain_datasette(db):
    r = runner.invoke(app, ["--db", str(db), "serve", "--metadata"])
    assert r.exit_code == 0
    meta = json.loads(r.stdout)
    assert set(meta["databases"]) == {"ldn"}  # Datasette names a database by its file's stem
    assert set(meta["databases"]["ldn"]["queries"]) == {"tags_readable", "evidence_for_claim", "new_this_week"}


def test_without_datasette_one_line_says_how_to_install(db, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasette", None)  # import datasette now fails, as when not installed
    r = runner.invoke(app, ["--db", str(db), "serve"])
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: Datasette is not installed; install it with: pip install 'ldn-lit[datasette]'"


def test_serve_without_a_database_says_so(tmp_path):
    _need_datasette()
    r = runner.invoke(app, ["--db", str(tmp_path / "none.db"), "serve"])
    assert r.exit_code == 1 and "no database here" in r.stderr and "Traceback" not in r.output
    assert not (tmp_path / "none.db").exists()


# ---- a page a person can read (issue 21 item 5) -----------------------------------------------------
INTERNAL = {"_sqlite_migrations", "meta", "runs", "query_state", "trial_query_state", "article_queries",
            "digest_runs", "digest_verdicts"}


def test_the_database_page_lists_articles_before_any_internal_table(server):
    tables = get(server, "/ldn.json")["tables"]
    names = [t["name"] for t in tables]
    assert names[0] == "articles", names
    assert all(t["hidden"] for t in tables if t["name"] in INTERNAL)
    assert all(names.index("articles") < names.index(n) for n in INTERNAL if n in names)
    home = httpx.get(server + "/", timeout=30)
    assert home.status_code == 302 and home.headers["location"] == "/ldn/articles"
    assert "kind" not in get(server, "/ldn/articles.json")["facet_results"]


def test_readable_tags_have_titles_and_plain_names(server):
    rows = get(server, "/ldn/tags_readable.json", condition="multiple_sclerosis", _shape="array")
    assert [(r["pmid"], r["conditions"], r["design"], r["population"]) for r in rows] == [
        ("970000001", "Multiple sclerosis", "randomised crossover trial", "people")]
    assert rows[0]["title"].startswith("Synthetic record")


def test_canned_queries_offer_choice_lists_for_condition_and_outcome(server):
    page = httpx.get(server + "/ldn/evidence_for_claim", timeout=30).text
    assert 'document.createElement("select")' in page
    assert '["fibromyalgia", "Fibromyalgia"]' in page and '["quality_of_life", "quality of life"]' in page


def test_serve_help_names_the_extra():
    r = runner.invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert "pip install 'ldn-lit[datasette]'" in r.stdout
