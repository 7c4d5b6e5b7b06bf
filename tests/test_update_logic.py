"""The incremental update rule (ldn_lit/update.py): what is searched, how often, and what is fetched.

Library level against the loopback E-utilities stand-in, so the calendar can move (`today=`) and
every request is counted. All records are synthetic.
"""

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from ldn_lit.config import load_config
from ldn_lit.entrez import EntrezClient
from ldn_lit.store import Store
from ldn_lit.update import pubmed_day, run_update


@pytest.fixture
def cfg():
    return load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "u.db")
    yield s
    s.close()


@pytest.fixture
def client(cfg, eutils_server):
    with EntrezClient(cfg.entrez, eutils_server.url, sleep=lambda _: None) as c:
        yield c


def conds(cfg, *ids):
    return [cfg.condition(i) for i in ids]


def add(srv, pmid, key, mdat="2026/01/01", title="Synthetic record"):
    """`key` is a fragment of the condition query the record matches ("fibromyalgia", "crohn")."""
    srv.add(pmid, keys={key} if isinstance(key, str) else set(key), edat="2026/01/01", mdat=mdat,
            title=title)


def kinds(srv, since):
    return [r.path.rsplit("/", 1)[1] for r in srv.requests[since:]]


def test_first_then_no_change_then_new_and_revised(cfg, store, client, eutils_server):
    srv = eutils_server
    add(srv, "970500001", "fibromyalgia")
    add(srv, "970500002", {"fibromyalgia", "crohn"})
    add(srv, "970500003", "crohn")
    c = conds(cfg, "fibromyalgia", "crohns_disease")
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    assert (r.new, r.revised, r.requests) == (3, 0, 3)  # one full search per condition, one efetch
    assert store.matched_conditions()["970500002"] == ["crohns_disease", "fibromyalgia"]
    assert all("mindate" not in q.params for q in srv.requests)

    # no change: one search of the drug query alone, modified since the last successful day
    n = len(srv.requests)
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 2))
    assert (r.new, r.revised, r.requests, r.fetched) == (0, 0, 1, 0)
    (q,) = srv.requests[n:]
    assert q.params["term"] == cfg.drug_query
    assert (q.params["datetype"], q.params["mindate"], q.params["maxdate"]) == ("mdat", "2026/11/01", "3000")

    # a new record and a revision appear in PubMed: each condition is searched within the drug search's result
    add(srv, "970500004", "fibromyalgia", mdat="2026/11/05")
    add(srv, "970500003", "crohn", mdat="2026/11/05", title="Synthetic record, revised")
    n = len(srv.requests)
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 6))
    assert kinds(srv, n) == ["esearch.fcgi"] * 3 + ["efetch.fcgi"]
    drug, *per_condition, fetch = srv.requests[n:]
    assert [q.params["term"] for q in per_condition] == [f"#1 AND ({x.query})" for x in c]
    (webenv,) = {q.params["WebEnv"] for q in per_condition}
    assert drug.params["usehistory"] == "y" and all(q.params["usehistory"] == "y" for q in per_condition)
    assert sorted(srv.histories[(webenv, "1")]) == ["970500003", "970500004"]  # #1: the drug search
    assert sorted(fetch.params["id"].split(",")) == ["970500003", "970500004"]
    assert (r.new, r.revised) == (1, 1)
    assert store.get_article("970500003").title == "Synthetic record, revised"
    assert store.matched_conditions()["970500004"] == ["fibromyalgia"]
    runs = list(store.db["runs"].rows)
    assert [x["status"] for x in runs] == ["ok", "ok", "ok"] and runs[-1]["requests"] == 4


def test_a_record_modified_on_the_last_days_date_is_found_and_refetched(cfg, store, client, eutils_server):
    """mindate is inclusive: a change dated the day of the last run (perhaps after it) is not missed."""
    add(eutils_server, "970500101", "fibromyalgia")
    c = conds(cfg, "fibromyalgia")
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    add(eutils_server, "970500101", "fibromyalgia", mdat="2026/11/01", title="Synthetic record, changed that day")
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 2))
    assert (r.revised, r.requests) == (1, 3)
    assert store.get_article("970500101").title == "Synthetic record, changed that day"
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 3))
    assert (r.fetched, r.requests) == (0, 1)  # modified on day 1, last searched on day 2: nothing to do


def test_one_request_whatever_the_number_of_conditions(cfg, store, client, eutils_server):
    for i, cond in enumerate(cfg.conditions):
        add(eutils_server, str(970500200 + i), cond.query[:40])
    run_update(store, cfg, client, today=date(2026, 11, 1))
    r = run_update(store, cfg, client, today=date(2026, 11, 2))
    assert len(cfg.conditions) > 10 and r.requests == 1


def test_failure_mid_fetch_keeps_state_and_next_run_completes(cfg, store, client, eutils_server):
    for p in ("970500301", "970500302", "970500303"):
        add(eutils_server, p, "fibromyalgia")
    c = conds(cfg, "fibromyalgia")
    real = client.efetch_batches

    def dies_after_one(ids, batch_size=None):
        gen = real(ids, 1)
        yield next(gen)
        raise ConnectionError("network gone")

    client.efetch_batches = dies_after_one
    with pytest.raises(ConnectionError):
        run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    assert store.count_articles() == 1
    assert store.query_state() == {}  # the search will be repeated
    assert list(store.db["runs"].rows)[-1]["status"] == "failed"

    client.efetch_batches = real
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 2))
    assert (r.new, r.unchanged) == (2, 0) and store.count_articles() == 3


def test_changed_query_text_searches_in_full_again(cfg, store, client, eutils_server):
    add(eutils_server, "970500401", "fibromyalgia")
    c = conds(cfg, "fibromyalgia")
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    c[0].query = c[0].query + " OR FMS[tiab]"
    n = len(eutils_server.requests)
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 2))
    (q,) = eutils_server.requests[n:]
    assert q.params["term"] == cfg.search_term(c[0]) and "mindate" not in q.params
    assert r.queries[0].mode == "full" and r.queries[0].count == 1


def test_new_condition_is_searched_in_full_next_to_the_incremental_drug_search(cfg, store, client, eutils_server):
    add(eutils_server, "970500501", "fibromyalgia")
    add(eutils_server, "970500502", "crohn")
    run_update(store, cfg, client, conditions=conds(cfg, "fibromyalgia"), today=date(2026, 11, 1))
    n = len(eutils_server.requests)
    r = run_update(store, cfg, client, conditions=conds(cfg, "fibromyalgia", "crohns_disease"),
                   today=date(2026, 11, 2))
    assert [q.mode for q in r.queries] == ["since 2026/11/01", "full"]
    assert kinds(eutils_server, n) == ["esearch.fcgi", "esearch.fcgi", "efetch.fcgi"] and r.new == 1


def test_full_refetches_everything(cfg, store, client, eutils_server):
    add(eutils_server, "970500601", "fibromyalgia")
    c = conds(cfg, "fibromyalgia")
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    r = run_update(store, cfg, client, conditions=c, full=True, today=date(2026, 11, 1))
    assert (r.fetched, r.unchanged, r.requests) == (1, 1, 2)


def test_pubmed_day_never_runs_ahead_of_bethesda():
    """23:30 in Bethesda (EDT) is 03:30 UTC the next day: the day recorded must be Bethesda's."""
    assert pubmed_day(datetime(2026, 7, 2, 3, 30, tzinfo=timezone.utc)) == date(2026, 7, 1)
    assert pubmed_day(datetime(2026, 7, 2, 12, 0, tzinfo=timezone.utc)) == date(2026, 7, 2)


def test_a_condition_with_more_changes_than_one_reply_holds_is_searched_by_date(cfg, store, client, eutils_server,
                                                                               monkeypatch):
    """Over 10,000 changed records for one condition: its history search cannot list them all, so it is
    asked again as a date-limited search, which search_all_ids splits (window made tiny here)."""
    import ldn_lit.update as update

    add(eutils_server, "970500701", "fibromyalgia")
    c = conds(cfg, "fibromyalgia")
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    add(eutils_server, "970500702", "fibromyalgia", mdat="2026/11/03")
    add(eutils_server, "970500703", "fibromyalgia", mdat="2026/11/04")
    monkeypatch.setattr(update, "ESEARCH_WINDOW", 1)
    n = len(eutils_server.requests)
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 5))
    drug, within, by_date = eutils_server.requests[n:n + 3]
    assert within.params["term"].startswith("#1 AND")
    assert by_date.params["term"] == cfg.search_term(c[0]) and by_date.params["mindate"] == "2026/11/01"
    assert r.new == 2 and r.queries[0].count == 2


def test_a_reply_without_history_falls_back_to_date_limited_searches(cfg, store, client, eutils_server):
    from eutils_server import Fault

    add(eutils_server, "970500801", "fibromyalgia")
    c = conds(cfg, "fibromyalgia", "crohns_disease")
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    add(eutils_server, "970500802", "fibromyalgia", mdat="2026/11/03")
    eutils_server.fault_paths = ("esearch.fcgi",)
    eutils_server.faults.append(Fault("body", body=b'<?xml version="1.0" ?><eSearchResult><Count>1</Count>'
                                                   b"<RetMax>0</RetMax><RetStart>0</RetStart><IdList/>"
                                                   b"</eSearchResult>"))
    n = len(eutils_server.requests)
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 5))
    searches = [q for q in eutils_server.requests[n:] if q.path.endswith("esearch.fcgi")][1:]
    assert [(q.params["term"], q.params["mindate"]) for q in searches] == [
        (cfg.search_term(x), "2026/11/01") for x in c]
    assert r.new == 1
