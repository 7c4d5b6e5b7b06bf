"""The incremental update rule (ldn_lit/update.py) with an in-process fake client.

The HTTP protocol is tested against the loopback stand-in in test_update.py; here only the decision
of what to search and what to fetch is under test.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ldn_lit.config import load_config
from ldn_lit.store import Store
from ldn_lit.update import run_update

FIXTURES = Path(__file__).parent / "fixtures"
XML = (FIXTURES / "synthetic_pubmed.xml").read_text()


def one_record_xml(pmid: str, title: str = "Synthetic record") -> bytes:
    return (
        '<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE">'
        f"<PMID>{pmid}</PMID><Article><Journal><Title>Synthetic journal</Title></Journal>"
        f"<ArticleTitle>{title}</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    ).encode()


@dataclass
class Result:
    ids: list


class FakeClient:
    """Serves a dict condition-term-fragment -> {pmid: modification day}."""

    def __init__(self, hits, titles=None):
        self.hits, self.titles = hits, titles or {}
        self.requests_made = 0
        self.searches, self.fetched = [], []

    def search_all_ids(self, term, *, datetype=None, mindate=None, maxdate=None):
        self.requests_made += 1
        self.searches.append((term, mindate))
        ids = []
        for fragment, recs in self.hits.items():
            if fragment in term:
                ids += [p for p, mdat in recs.items() if mindate is None or mdat >= mindate]
        return Result(ids)

    def efetch_batches(self, ids, batch_size=None):
        for pmid in ids:
            self.requests_made += 1
            self.fetched.append(pmid)
            yield [pmid], one_record_xml(pmid, self.titles.get(pmid, "Synthetic record"))


@pytest.fixture
def cfg():
    return load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "u.db")
    yield s
    s.close()


def conds(cfg, *ids):
    return [cfg.condition(i) for i in ids]


def test_first_then_no_change_then_new_and_revised(cfg, store):
    client = FakeClient({"fibromyalgia": {"1": "2026/01/01", "2": "2026/01/01"},
                         "crohn": {"2": "2026/01/01", "3": "2026/01/01"}})
    c = conds(cfg, "fibromyalgia", "crohns_disease")
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    assert (r.new, r.revised, r.requests) == (3, 0, 2 + 3)
    assert sorted(client.fetched) == ["1", "2", "3"]  # "2" matched twice, fetched once
    assert store.matched_conditions()["2"] == ["crohns_disease", "fibromyalgia"]
    assert [s[1] for s in client.searches] == [None, None]

    # no change: only the two searches, each since the last successful day
    client.searches, client.fetched = [], []
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 2))
    assert (r.new, r.revised, r.requests, client.fetched) == (0, 0, 2, [])
    assert [s[1] for s in client.searches] == ["2026/11/01", "2026/11/01"]

    # a new record and a revision appear in PubMed
    client.hits["fibromyalgia"]["4"] = "2026/11/05"
    client.hits["crohn"]["3"] = "2026/11/05"
    client.titles["3"] = "Synthetic record, revised"
    client.fetched = []
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 6))
    assert sorted(client.fetched) == ["3", "4"]
    assert (r.new, r.revised) == (1, 1)
    assert store.get_article("3").title == "Synthetic record, revised"
    runs = list(store.db["runs"].rows)
    assert [x["status"] for x in runs] == ["ok", "ok", "ok"] and runs[-1]["requests"] == 4


def test_failure_mid_fetch_keeps_state_and_next_run_completes(cfg, store):
    client = FakeClient({"fibromyalgia": {"1": "2026/01/01", "2": "2026/01/01", "3": "2026/01/01"}})
    c = conds(cfg, "fibromyalgia")
    real = client.efetch_batches

    def dies_after_one(ids, batch_size=None):
        gen = real(ids, batch_size)
        yield next(gen)
        raise ConnectionError("network gone")

    client.efetch_batches = dies_after_one
    with pytest.raises(ConnectionError):
        run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    assert store.count_articles() == 1
    assert store.query_state() == {}  # the search will be repeated
    assert list(store.db["runs"].rows)[-1]["status"] == "failed"

    client.efetch_batches = real
    client.fetched = []
    r = run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    assert sorted(client.fetched) == ["2", "3"] and r.new == 2
    assert store.count_articles() == 3


def test_changed_query_text_searches_in_full_again(cfg, store):
    client = FakeClient({"fibromyalgia": {"1": "2026/01/01"}})
    c = conds(cfg, "fibromyalgia")
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    c[0].query = c[0].query + " OR FMS[tiab]"
    client.searches = []
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 2))
    assert client.searches[0][1] is None


def test_full_refetches_everything(cfg, store):
    client = FakeClient({"fibromyalgia": {"1": "2026/01/01"}})
    c = conds(cfg, "fibromyalgia")
    run_update(store, cfg, client, conditions=c, today=date(2026, 11, 1))
    client.fetched = []
    r = run_update(store, cfg, client, conditions=c, full=True, today=date(2026, 11, 1))
    assert client.fetched == ["1"] and r.unchanged == 1
