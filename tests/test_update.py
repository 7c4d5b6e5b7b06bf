"""`ldn-lit update` end to end against the loopback E-utilities stand-in.

Through the CLI (and as a real subprocess where a process must be killed): first update,
no-change update (request count), new and revised records, rate limit, retries, a 429 storm,
a truncated efetch, kill -9 and resume, Ctrl-C, two updates at once. All records are synthetic.
"""

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from configs import TWO_CONDITIONS as SMALL_CONFIG
from eutils_server import Fault
from ldn_lit.cli import app
from ldn_lit.config import load_config
from ldn_lit.entrez import EntrezClient
from ldn_lit.store import Store
from ldn_lit.update import run_update

runner = CliRunner()
KEY = "test-api-key-never-printed"


def seed(srv, pmids, key, **kw):
    for p in pmids:
        srv.add(str(p), keys={key}, title=f"Synthetic record {p} about low-dose naltrexone in {key}",
                abstract=f"This abstract is synthetic test data about {key}.", **kw)


@pytest.fixture
def env(tmp_path, monkeypatch, eutils_server):
    monkeypatch.chdir(tmp_path)
    cfg = tmp_path / "queries.toml"
    cfg.write_text(SMALL_CONFIG)
    monkeypatch.setenv("LDN_LIT_CONFIG", str(cfg))
    monkeypatch.setenv("LDN_LIT_DB", str(tmp_path / "ldn.db"))
    return tmp_path


def cli(*args):
    return runner.invoke(app, list(args))


def test_first_update_then_nothing_new(env, eutils_server, monkeypatch):
    monkeypatch.setenv("NCBI_API_KEY", KEY)
    seed(eutils_server, range(970100001, 970100006), "fibromyalgia")
    seed(eutils_server, [970100006], "crohn")
    eutils_server.records["970100005"].keys.add("crohn")  # matches both searches
    r = cli("update")
    assert r.exit_code == 0, r.output
    assert eutils_server.count("esearch.fcgi") == 2 and eutils_server.count("efetch.fcgi") == 1
    assert "requests: 3" in r.stdout and KEY not in r.output
    fetch = [q for q in eutils_server.requests if q.path.endswith("efetch.fcgi")][0]
    assert fetch.method == "POST" and len(fetch.params["id"].split(",")) == 6
    assert all(q.params["api_key"] == KEY and q.params["tool"] == "ldn-lit" for q in eutils_server.requests)

    records = json.loads(cli("export", "--format", "json").stdout)
    assert len(records) == 6
    both = next(x for x in records if x["pmid"] == "970100005")
    assert both["matched_queries"] == ["crohns_disease", "fibromyalgia"]
    assert both["title"].startswith("Synthetic record 970100005")

    before = len(eutils_server.requests)
    r = cli("update")
    assert r.exit_code == 0 and "Nothing new" in r.stdout
    again = eutils_server.requests[before:]
    assert [q.path.rsplit("/", 1)[1] for q in again] == ["esearch.fcgi"]  # the drug query alone, since last run
    assert again[0].params["term"] == "naltrexone[tiab]"
    assert again[0].params["datetype"] == "mdat" and again[0].params["mindate"] and again[0].params["maxdate"]
    assert len(json.loads(cli("export").stdout)) == 6


def test_new_records_appear(env, eutils_server):
    seed(eutils_server, [970100101], "fibromyalgia")
    assert cli("update").exit_code == 0
    today = date.today().strftime("%Y/%m/%d")
    seed(eutils_server, [970100102], "fibromyalgia", edat=today)
    r = cli("update")
    assert r.exit_code == 0, r.output
    with Store(env / "ldn.db") as s:
        assert [(x["new"], x["revised"]) for x in s.db["runs"].rows] == [(1, 0), (1, 0)]
    fetches = [q for q in eutils_server.requests if q.path.endswith("efetch.fcgi")]
    assert fetches[-1].params["id"] == "970100102"
    assert [x["pmid"] for x in json.loads(cli("export").stdout)] == ["970100101", "970100102"]


def test_revised_records_are_refetched(env, eutils_server):
    """Library level, to move the calendar: fetched on day 1, revised in PubMed on day 3."""
    seed(eutils_server, [970100201, 970100202], "fibromyalgia", edat="2026/11/01")
    cfg = load_config(env / "queries.toml")
    with Store(env / "ldn.db") as store, EntrezClient(cfg.entrez, backoff=0.01) as client:
        r1 = run_update(store, cfg, client, today=date(2026, 11, 1))
        assert (r1.new, r1.revised) == (2, 0)
        eutils_server.add("970100202", keys={"fibromyalgia"}, edat="2026/11/01", mdat="2026/11/03",
                          title="Synthetic record 970100202, corrected title")
        r2 = run_update(store, cfg, client, today=date(2026, 11, 4))
        # 970100201 was modified on day 1, the day of the last search: fetched once more, unchanged
        assert (r2.new, r2.revised, r2.unchanged, r2.fetched) == (0, 1, 1, 2)
        assert store.get_article("970100202").title == "Synthetic record 970100202, corrected title"
        r3 = run_update(store, cfg, client, today=date(2026, 11, 5))
        assert (r3.fetched, r3.requests) == (0, 1)


@pytest.mark.pacing
def test_default_queries_obey_the_rate_limit_without_a_key(tmp_path, monkeypatch, eutils_server):
    from ldn_lit import polite

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    seed(eutils_server, [970100301], "fibromyalgia")
    monkeypatch.delenv("LDN_LIT_EMAIL", raising=False)
    sent: list[float] = []  # when the client let each request go: what it controls
    real_wait = polite.RateLimiter.wait
    monkeypatch.setattr(polite.RateLimiter, "wait", lambda self: (real_wait(self), sent.append(time.monotonic())))
    r = runner.invoke(app, ["--db", str(tmp_path / "d.db"), "update"])
    assert r.exit_code == 0, r.output
    assert "no contact e-mail for NCBI: set LDN_LIT_EMAIL, or email in [entrez]" in r.stderr  # shipped file has none
    n_conditions = len(load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml").conditions)
    assert eutils_server.count("esearch.fcgi") == n_conditions
    # every request went through the limiter, and it let at most 3 go in any second (any 4 span a second or
    # more); the server's clock adds the scheduling of a loaded machine (the limiter's 10 % margin is for such jitter)
    assert len(sent) == len(eutils_server.requests) >= 4
    assert min(b - a for a, b in zip(sent, sent[3:], strict=False)) >= 1.0
    assert eutils_server.max_per_second() <= 4


def test_no_email_note_when_one_is_configured(env, eutils_server):
    seed(eutils_server, [970100302], "fibromyalgia")
    r = cli("update")
    assert r.exit_code == 0 and "contact e-mail" not in r.stderr


def test_retries_are_invisible_when_they_succeed(env, eutils_server):
    seed(eutils_server, [970100401], "fibromyalgia")
    eutils_server.faults.extend([Fault("429", retry_after="0"), Fault("503")])
    r = cli("update")
    assert r.exit_code == 0, r.output
    assert len(json.loads(cli("export").stdout)) == 1
    with Store(env / "ldn.db") as s:
        assert list(s.db["runs"].rows)[-1]["requests"] == 5  # 2 failed + 2 esearch + 1 efetch


def test_429_storm_exits_2_with_one_line_and_changes_nothing(env, eutils_server, monkeypatch):
    monkeypatch.setenv("NCBI_API_KEY", KEY)
    seed(eutils_server, [970100501], "fibromyalgia")
    eutils_server.storm = True
    import ldn_lit.entrez as entrez
    monkeypatch.setattr(entrez.EntrezClient, "_delay", lambda self, attempt, ra: 0.01)
    r = cli("update")
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and "rate limit exceeded (HTTP 429)" in r.stderr
    assert KEY not in r.output and "Traceback" not in r.output
    with Store(env / "ldn.db") as s:
        assert s.count_articles() == 0
        assert list(s.db["runs"].rows)[-1]["status"] == "failed"


def test_truncated_efetch_saves_nothing_and_next_run_completes(env, eutils_server):
    seed(eutils_server, [970100601, 970100602], "fibromyalgia")
    eutils_server.fault_paths = ("efetch.fcgi",)
    eutils_server.faults.append(Fault("truncated"))
    r = cli("update")
    assert r.exit_code == 2 and "truncated" in r.stderr
    assert json.loads(cli("export").stdout) == []
    r = cli("update")
    assert r.exit_code == 0 and len(json.loads(cli("export").stdout)) == 2


def _spawn_update(env, *extra):
    return subprocess.Popen([sys.executable, "-m", "ldn_lit.cli", "update", "--batch-size", "2", *extra],
                            cwd=env, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(predicate, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as c:
            return c.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.parametrize("how", ["kill -9", "Ctrl-C"])
def test_interrupted_update_leaves_a_consistent_db_and_resumes(env, eutils_server, how):
    seed(eutils_server, range(970100701, 970100707), "fibromyalgia")
    eutils_server.fault_paths = ("efetch.fcgi",)
    eutils_server.faults.extend([Fault("slow", seconds=0.0), Fault("slow", seconds=30.0)])
    proc = _spawn_update(env)
    db = env / "ldn.db"
    assert _wait_for(lambda: _stored(db) == 2 and eutils_server.count("efetch.fcgi") >= 2)
    proc.send_signal(signal.SIGKILL if how == "kill -9" else signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    if how == "Ctrl-C":
        assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    with sqlite3.connect(db) as c:
        assert c.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert c.execute("select count(*) from articles").fetchone()[0] == 2
        assert c.execute("select count(*) from tags").fetchone()[0] == 2
        assert c.execute("select count(*) from query_state").fetchone()[0] == 0
    eutils_server.faults.clear()
    r = cli("update")
    assert r.exit_code == 0, r.output
    assert len(json.loads(cli("export").stdout)) == 6
    with Store(db) as s:
        statuses = [x["status"] for x in s.db["runs"].rows]
        assert statuses == ["interrupted", "ok"]


def test_two_updates_at_once(env, eutils_server):
    seed(eutils_server, range(970100801, 970100805), "fibromyalgia")
    eutils_server.fault_paths = ("efetch.fcgi",)
    held = threading.Event()  # the first update's efetch is answered once the second has been refused
    eutils_server.faults.append(Fault("slow", seconds=30.0, release=held))
    proc = _spawn_update(env)
    assert _wait_for(lambda: eutils_server.count("efetch.fcgi") >= 1)
    r = cli("update")
    held.set()
    assert r.exit_code == 2 and "another `ldn-lit update` is running" in r.stderr
    assert proc.wait(timeout=30) == 0
    assert len(json.loads(cli("export").stdout)) == 4


# ---- issue 12: nothing lost, nothing stale ----------------------------------------------------------
def _efetched_ids(srv):
    return [q.params["id"].split(",") for q in srv.requests if q.path.endswith("efetch.fcgi")]


def test_short_efetch_reply_is_asked_again_for_the_missing_records(env, eutils_server):
    seed(eutils_server, [970101001, 970101002, 970101003], "fibromyalgia")
    eutils_server.omit["970101002"] = 1  # the first reply leaves it out
    r = cli("update")
    assert r.exit_code == 0, r.output
    assert _efetched_ids(eutils_server) == [["970101003", "970101002", "970101001"], ["970101002"]]
    assert len(json.loads(cli("export").stdout)) == 3


def test_efetch_still_short_fails_without_advancing_the_state(env, eutils_server):
    seed(eutils_server, [970101011, 970101012], "fibromyalgia")
    eutils_server.omit["970101012"] = 3  # left out of every try
    r = cli("-q", "update")
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert "1 record(s) that efetch did not return after 3 tries (970101012)" in r.stderr
    with Store(env / "ldn.db") as s:
        assert s.count_articles() == 1 and s.query_state() == {}
        assert list(s.db["runs"].rows)[-1]["status"] == "failed"
    r = cli("update")  # the next run asks for it again
    assert r.exit_code == 0, r.output
    assert _efetched_ids(eutils_server)[-1] == ["970101012"]
    assert len(json.loads(cli("export").stdout)) == 2


def test_poison_record_is_stored_with_a_null_date_and_a_warning(env, eutils_server):
    seed(eutils_server, [970101021, 970101022, 970101023], "fibromyalgia")
    eutils_server.poison("970101022")
    r = cli("update")
    assert r.exit_code == 0, r.output
    assert "Warning: PMID 970101022: <DateRevised> has year '20x5', not a number; stored as null" in r.stderr
    records = {x["pmid"]: x for x in json.loads(cli("export").stdout)}
    assert sorted(records) == ["970101021", "970101022", "970101023"]
    assert records["970101022"]["revised_date"] is None and records["970101021"]["revised_date"] == "2025-01-01"
    assert records["970101022"]["title"].startswith("Synthetic record 970101022")


def test_count_idlist_mismatch_is_retried(env, eutils_server):
    seed(eutils_server, [970101031, 970101032], "fibromyalgia")
    eutils_server.fault_paths = ("esearch.fcgi",)
    eutils_server.faults.append(Fault("count_mismatch"))
    r = cli("update", "-c", "fibromyalgia")
    assert r.exit_code == 0, r.output
    assert eutils_server.count("esearch.fcgi") == 2
    assert len(json.loads(cli("export").stdout)) == 2


def test_count_idlist_mismatch_that_persists_fails_without_saving_state(env, eutils_server):
    seed(eutils_server, [970101041], "fibromyalgia")
    eutils_server.fault_paths = ("esearch.fcgi",)
    eutils_server.faults.extend([Fault("count_mismatch")] * 6)
    r = cli("update", "-c", "fibromyalgia")
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert "Count 1 but lists 0 ids" in r.stderr and "after 6 tries" in r.stderr
    with Store(env / "ldn.db") as s:
        assert s.query_state() == {} and s.count_articles() == 0
        assert list(s.db["runs"].rows)[-1]["status"] == "failed"


def test_trickling_reply_hits_the_deadline_and_the_run_fails_cleanly(env, eutils_server):
    """A server that sends one byte every 50 ms never trips the per-read timeout; the total deadline
    (0.3 s here) ends each try, and the run is marked failed instead of staying 'running'."""
    seed(eutils_server, [970101051], "fibromyalgia")
    eutils_server.fault_paths = ("esearch.fcgi",)
    eutils_server.faults.extend([Fault("trickle", seconds=0.05)] * 2)
    cfg = load_config(env / "queries.toml")
    started = time.monotonic()
    with Store(env / "ldn.db") as store, EntrezClient(cfg.entrez, deadline=0.3, max_retries=1) as client:
        with pytest.raises(Exception, match=r"did not finish within 0.3 s after 2 tries"):
            run_update(store, cfg, client, conditions=[cfg.condition("fibromyalgia")])
        assert time.monotonic() - started < 5
        assert [x["status"] for x in store.db["runs"].rows] == ["failed"]
        report = run_update(store, cfg, client, conditions=[cfg.condition("fibromyalgia")])  # trickle over
        assert report.new == 1


def test_delete_citation_marks_the_record_deleted_kept_and_out_of_digests(env, eutils_server):
    seed(eutils_server, [970101061, 970101062], "fibromyalgia")  # entered PubMed 2024-01-01
    window = ["--from", "2023-12-01", "--to", "2024-02-01"]
    assert cli("update").exit_code == 0
    assert '"970101062"' in cli("digest", *window, "--format", "json").stdout
    eutils_server.deleted.add("970101062")  # PubMed withdraws it; efetch answers <DeleteCitation>
    r = cli("update", "--full")
    assert r.exit_code == 0, r.output
    assert "PubMed deleted 1 record(s)" in r.stdout
    with Store(env / "ldn.db") as s:
        assert len(s.deleted_on("970101062") or "") == 10 and s.deleted_on("970101061") is None  # PubMed's day
        assert s.count_articles() == 2 and s.query_state()  # kept, and the run is done
        assert [e["pmid"] for e in s.evidence_rows()] == ["970101061"]
    digest = cli("digest", *window, "--format", "json").stdout
    assert '"970101061"' in digest and '"970101062"' not in digest
    show = cli("show", "970101062")
    assert show.exit_code == 0 and "DELETED from PubMed" in show.stdout


def test_delete_citation_for_a_record_never_stored_is_not_missing(env, eutils_server):
    seed(eutils_server, [970101071, 970101072], "fibromyalgia")
    eutils_server.deleted.add("970101072")
    r = cli("update")
    assert r.exit_code == 0, r.output
    with Store(env / "ldn.db") as s:
        assert s.count_articles() == 1 and s.query_state()


def test_summary_total_found_counts_each_record_once(env, eutils_server):
    seed(eutils_server, [970100901], "fibromyalgia")
    seed(eutils_server, [970100902], "crohn")
    eutils_server.add("970100903", keys={"fibromyalgia", "crohn"}, title="Synthetic record found by both searches",
                      abstract="This abstract is synthetic test data about fibromyalgia and Crohn's disease.")
    r = cli("update")
    assert r.exit_code == 0, r.output
    total = next(line for line in r.stdout.splitlines() if "total" in line)
    assert re.findall(r"\d+", total) == ["3", "3", "0"]  # found (2 + 2 searched, 3 records), new, revised


def test_an_update_tagged_in_a_pool_stores_what_one_process_stores(env, eutils_server, monkeypatch):
    """`update --jobs 2` (the pool forced on for a few records) and `--jobs 1` store the same records and tags."""
    from ldn_lit import tag_pool

    monkeypatch.setattr(tag_pool, "MIN_RECORDS", 1)
    monkeypatch.setattr(tag_pool, "CHUNK", 2)
    seed(eutils_server, range(970100201, 970100208), "fibromyalgia")
    exports = []
    for jobs in ("1", "2"):
        (env / "ldn.db").unlink(missing_ok=True)
        assert cli("update", "--jobs", jobs).exit_code == 0
        exports.append(cli("export", "--format", "jsonl").stdout)
    assert exports[0] == exports[1] and exports[0].count("\n") == 7
