"""PubMed asked per trial (NCT…[si] OR NCT…[tiab]) before a trial is called unreported, against the loopback
ClinicalTrials.gov and E-utilities stand-ins. Every study and record here is SYNTHETIC (fake NCT numbers
NCT09xxxxxx, fake PMIDs 99xxxxxx, sentences written for these tests)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from configs import TWO_CONDITIONS as CONFIG
from ctgov_server import start
from ldn_lit import ctgov
from ldn_lit.cli import app
from ldn_lit.store import Store
from ldn_lit.trial_pubmed import nct_term

RCT = ("Synthetic abstract. In this randomized, double-blind, placebo-controlled trial, 40 adults with fibromyalgia "
       "took low-dose naltrexone or placebo for 12 weeks. Pain scores fell more with naltrexone (p = 0.02). "
       "Trial registration: ClinicalTrials.gov NCT09000001.")
PROTOCOL = ("Synthetic abstract. This study protocol describes a planned randomized trial of low-dose naltrexone "
            "in fibromyalgia; enrolment has not started.")


@pytest.fixture
def env(tmp_path, monkeypatch, eutils_server):
    state, server = start()
    monkeypatch.setenv("LDN_LIT_CTGOV_URL", state.url)
    monkeypatch.setattr(ctgov, "_sleep", lambda s: None)
    (tmp_path / "q.toml").write_text(CONFIG)
    monkeypatch.setenv("LDN_LIT_CONFIG", str(tmp_path / "q.toml"))
    monkeypatch.setenv("LDN_LIT_DB", str(tmp_path / "ldn.db"))
    for n in ("NCT09000001", "NCT09000002"):
        state.add(n, title=f"Synthetic naltrexone study {n[-1]}", conditions=["Fibromyalgia"])  # done 2017-06
    state.add("NCT09000003", title="Synthetic naltrexone study 3", conditions=["Fibromyalgia"], has_results=True,
              results_first_posted="2018-09-01")
    # The registry lists its results paper (a RESULT reference), which names no NCT number: fetched by its PMID.
    state.add("NCT09000004", title="Synthetic naltrexone study 4", conditions=["Fibromyalgia"],
              references=[("99000034", "RESULT", "Synthetic citation of a results paper")])
    # Found by no condition search (its only search key is unrelated): only the per-trial search finds them.
    eutils_server.add("99000031", keys={"synthetic-unrelated"}, title="Synthetic trial of low-dose naltrexone",
                      abstract=RCT, year=2019, entrez=(2019, 3, 1), pub_types=["Journal Article",
                                                                               "Randomized Controlled Trial"])
    eutils_server.add("99000032", keys={"synthetic-unrelated"}, title="Synthetic protocol of a naltrexone trial",
                      abstract=PROTOCOL, year=2014, entrez=(2014, 5, 1), databanks=[("ClinicalTrials.gov",
                                                                                     ["NCT09000002"])],
                      pub_types=["Journal Article", "Clinical Trial Protocol"])
    eutils_server.add("99000034", keys={"synthetic-unrelated"}, title="Synthetic crossover trial of naltrexone",
                      abstract=RCT.replace("Trial registration: ClinicalTrials.gov NCT09000001.", ""), year=2018,
                      entrez=(2018, 10, 1), pub_types=["Journal Article", "Randomized Controlled Trial"])
    eutils_server.add("99000033", keys={"synthetic-unrelated"}, title="Synthetic unrelated record",
                      abstract="Synthetic abstract about something else.")
    yield tmp_path, state, eutils_server
    server.shutdown()
    server.server_close()


def gap(path):
    r = CliRunner().invoke(app, ["trials", "gap", "--json", "-c", "fibromyalgia"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)[0]


def test_a_results_paper_no_condition_search_found_makes_its_trial_reported(env):
    path, registry, pubmed = env
    r = CliRunner().invoke(app, ["trials", "update", "--no-pubmed"])
    assert r.exit_code == 0, r.output
    assert pubmed.count() == 0
    before = gap(path)
    assert [t["nct_id"] for t in before["unreported"]] == ["NCT09000001", "NCT09000002", "NCT09000004"]
    assert before["unreported"][2]["linked_not_reports"] == [
        "99000034: paper not stored (`ldn-lit trials update` fetches it)"]  # a registry link is not a report alone
    r = CliRunner().invoke(app, ["trials", "update"])
    assert r.exit_code == 0, r.output
    searches = [x.params["term"] for x in pubmed.requests if x.path.endswith("esearch.fcgi")]
    # one esearch for both candidates (the trial with results posted is not asked about), one efetch
    assert searches == [nct_term(["NCT09000001", "NCT09000002", "NCT09000004"])]
    assert searches[0].startswith("NCT09000001[si] OR NCT09000001[tiab] OR NCT09000002[si] OR NCT09000002[tiab]")
    assert pubmed.count("efetch.fcgi") == 1
    assert "99000034" in next(x.params["id"] for x in pubmed.requests if x.path.endswith("efetch.fcgi"))
    assert "PubMed asked for the NCT numbers of 3 finished trial(s)" in r.output
    g = gap(path)
    assert (g["finished"], g["reported"]) == (4, 3)
    assert [t["nct_id"] for t in g["unreported"]] == ["NCT09000002"]  # its only paper is a protocol
    assert g["unreported"][0]["linked_not_reports"] == ["99000032: a protocol (design tag)"]
    r = CliRunner().invoke(app, ["show", "NCT09000002"], env={"COLUMNS": "300"})
    assert ("Reporting: unreported; registry results due 2018-06-30, publication due 2019-06-30; linked, not a "
            "results report: PMID 99000032: a protocol (design tag)") in r.output, r.output
    r = CliRunner().invoke(app, ["trials", "update", "--no-pubmed"], env={"COLUMNS": "300"})
    assert "stored trials per condition: fibromyalgia 4; on no tracked condition 0" in r.output
    with Store(path / "ldn.db") as s:
        assert ("NCT09000001", "abstract_text") in {(x["nct_id"], x["method"]) for x in s.trial_links(pmid="99000031")}
        assert s.get_article("99000033") is None
    # Nothing new in the registry, PubMed asked today: not asked again; with --full it is (nothing fetched again).
    before = pubmed.count()
    r = CliRunner().invoke(app, ["trials", "update"])
    assert r.exit_code == 0 and pubmed.count() == before, r.output
    assert "PubMed not asked again" in r.output
    before = pubmed.count("efetch.fcgi")
    r = CliRunner().invoke(app, ["trials", "update", "--full"])
    assert r.exit_code == 0 and pubmed.count("esearch.fcgi") == 2 and pubmed.count("efetch.fcgi") == before


def test_the_stand_in_answers_si_and_tiab_as_pubmed(eutils_server):
    eutils_server.add("99000041", keys={"x"}, title="Synthetic record", abstract="Synthetic: see NCT09000009.")
    eutils_server.add("99000042", keys={"x"}, title="Synthetic record two", abstract="Synthetic abstract.",
                      databanks=[("ClinicalTrials.gov", ["NCT09000009"])])
    assert eutils_server.search("NCT09000009[tiab]", None, None, None) == ["99000041"]
    assert eutils_server.search("NCT09000009[si]", None, None, None) == ["99000042"]
    assert eutils_server.search(nct_term(["NCT09000009"]), None, None, None) == ["99000042", "99000041"]
    assert eutils_server.search(nct_term(["NCT09000008"]), None, None, None) == []
