"""The registered-versus-reported gap per condition and claim, and trials in the digest and exports.
Every study and record here is SYNTHETIC (fake NCT numbers NCT09xxxxxx, fake PMIDs 99xxxxxx)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from configs import TWO_CONDITIONS as CONFIG
from ctgov_server import make_study
from ldn_lit.cli import app
from ldn_lit.config import load_config
from ldn_lit.ctgov import parse_study
from ldn_lit.digest import Window, build_digest, render
from ldn_lit.ingest import store_batch
from ldn_lit.models import AbstractSection, Article
from ldn_lit.store import Store
from ldn_lit.trial_gap import claim_trial_gap, condition_gap, load_trial_data
from ldn_lit.trials import refresh_links, tag_trial

TODAY = date(2026, 11, 30)
FM = {"conditions": ["Fibromyalgia"]}
# Primary completion is what the clocks count from (registry results due +12 months, publication +24 months).
STUDIES = {
    "NCT09000001": dict(title="Synthetic LDN study A", primary_completion="2017-05", completion="2017-06-30",
                        enrollment=40, **FM),
    "NCT09000002": dict(title="Synthetic LDN study B", completion="2018-03", has_results=True,
                        results_first_posted="2019-01-10", **FM),
    "NCT09000003": dict(title="Synthetic LDN study C", completion="2019", enrollment=80,
                        references=[("99000003", "RESULT", "Synthetic result paper")], **FM),
    "NCT09000004": dict(title="Synthetic LDN study D", primary_completion="2015-12", completion="2016-01",
                        enrollment=60, references=[("99000009", "BACKGROUND", "Synthetic background paper")], **FM),
    # terminated after enrolling 30 people, primary completion years past: due, and unreported
    "NCT09000005": dict(title="Synthetic LDN study E", status="TERMINATED", why_stopped="Synthetic: slow recruitment",
                        enrollment=30, **FM),
    "NCT09000006": dict(title="Synthetic LDN study F", status="WITHDRAWN", why_stopped="Synthetic: no funding",
                        enrollment=0, enrollment_type="ESTIMATED", **FM),
    # primary completion December 2025: registry results due 2026-12-31, publication due 2027-12-31
    "NCT09000007": dict(title="Synthetic LDN study G", primary_completion="2025-12", completion="2026-01-15", **FM),
    "NCT09000008": dict(title="Synthetic LDN study H", status="RECRUITING", primary_completion="2027-06",
                        completion="2027-12", **FM),
    "NCT09000009": dict(title="Naltrexone at low doses for widespread musculoskeletal aching and tender points",
                        primary_completion="2015-05", completion="2015-05", enrollment=20, start="2013-02",
                        first_posted="2013-01-05", **FM),
    "NCT09000010": dict(title="Synthetic LDN study in Crohn's disease", conditions=["Crohn's Disease"],
                        primary_completion="2014-02", completion="2014-02", enrollment=30,
                        primary_outcomes=["Synthetic remission rate"], first_posted="2026-11-25",
                        last_update="2026-11-26"),
    # its only linked paper is its protocol, published before the trial ended (the registry's DERIVED reference)
    "NCT09000011": dict(title="Synthetic LDN study K", primary_completion="2018-06", completion="2018-06",
                        enrollment=25, references=[("99000012", "DERIVED", "Synthetic protocol paper")], **FM),
    # the registry's "unknown" enrolment: never summed
    "NCT09000012": dict(title="Synthetic LDN study L", enrollment=99999999, **FM),
    "NCT09000013": dict(title="Synthetic LDN study M", enrollment=50, results_submitted="2018-07-02", **FM),
    "NCT09000014": dict(title="Synthetic LDN study N", enrollment=50, delay_certified="2018-05-20", **FM),
}
UNREPORTED = ["NCT09000001", "NCT09000004", "NCT09000005", "NCT09000009", "NCT09000011", "NCT09000012"]
UNREPORTED_PEOPLE = 40 + 60 + 30 + 20 + 25  # NCT09000012's 99999999 is not a count


@pytest.fixture
def db(tmp_path):
    cfg_path = tmp_path / "queries.toml"
    cfg_path.write_text(CONFIG)
    cfg = load_config(cfg_path)
    path = tmp_path / "ldn.db"
    with Store(path) as store:
        trials = [parse_study(make_study(n, **kw)) for n, kw in STUDIES.items()]
        store.save_trials(trials, {t.nct_id: tag_trial(t, cfg.all_conditions) for t in trials}, fetched_on="2026-11-30")
        rct = ("Synthetic abstract. In this randomized, double-blind, placebo-controlled trial, 30 adults with "
               "fibromyalgia took low-dose naltrexone or placebo. Pain scores fell more with naltrexone (p = 0.01).")
        store_batch(store, cfg, [
            Article(pmid="99000003", title="Synthetic result paper: low-dose naltrexone in fibromyalgia",
                    abstract_sections=[AbstractSection(None, rct)], year=2020, entrez_date="2020-02-01"),
            Article(pmid="99000011", title="Naltrexone at low doses for widespread musculoskeletal aching and "
                    "tender points: a pilot", abstract_sections=[AbstractSection(None, rct)], year=2016,
                    entrez_date="2016-02-01"),
            Article(pmid="99000012", title=("Study protocol of a placebo-controlled crossover comparison of low-dose "
                           "naltrexone for fibromyalgia pain (synthetic)"),
                    abstract_sections=[AbstractSection(None, "Synthetic abstract. This study protocol describes a "
                                                              "randomized trial of low-dose naltrexone.")],
                    publication_types=["Journal Article", "Clinical Trial Protocol"], year=2016,
                    entrez_date="2016-05-01"),
        ], source="test")
        refresh_links(store)
    return tmp_path, cfg


def test_gap_counts_and_names(db):
    path, _ = db
    with Store(path / "ldn.db") as store:
        data = load_trial_data(store)
    g = condition_gap(data, "fibromyalgia", "Fibromyalgia", TODAY)
    # finished: all but the withdrawn and the recruiting one; reported: results posted (B), a results paper (C)
    assert (g.registered, g.finished, g.reported) == (13, 11, 2)
    assert [t.nct_id for t in g.unreported] == UNREPORTED
    assert g.unreported_participants == UNREPORTED_PEOPLE and g.participants_unknown == 1
    assert [t.nct_id for t in g.results_submitted] == ["NCT09000013"]
    assert [t.nct_id for t in g.delay_certified] == ["NCT09000014"]
    assert [(t.nct_id, t.why_stopped) for t in g.stopped] == [
        ("NCT09000005", "Synthetic: slow recruitment"), ("NCT09000006", "Synthetic: no funding")]
    weak = next(t for t in g.unreported if t.nct_id == "NCT09000009")
    assert weak.possible_papers == ["99000011"] and weak.papers == []  # a title match is shown, never counted
    assert g.sentence().startswith(f"6 finished trials with {UNREPORTED_PEOPLE} participants (1 with participants "
                                   "unknown) have reported nothing")
    # G: primary completion 2025-12, so registry results due at the end of 2026, publication at the end of 2027
    g2027 = condition_gap(data, "fibromyalgia", "Fibromyalgia", date(2027, 1, 15))
    assert "NCT09000007" in [t.nct_id for t in g2027.registry_overdue]
    assert "NCT09000007" in [t.nct_id for t in condition_gap(data, "fibromyalgia", "", date(2028, 2, 1)).unreported]


def test_terminated_with_people_protocol_only_and_unknown_enrolment(db):
    path, _ = db
    with Store(path / "ldn.db") as store:
        data = load_trial_data(store)
    g = condition_gap(data, "fibromyalgia", "Fibromyalgia", TODAY)
    by_id = {t.nct_id: t for t in g.unreported}
    e = by_id["NCT09000005"]  # TERMINATED, 30 enrolled (actual), primary completion 2017-06
    assert (e.state, e.participants, e.publication_due) == ("unreported", 30, "2019-06-30")
    k = by_id["NCT09000011"]  # its only link is a protocol from before completion: not a results report
    assert k.papers == [] and k.linked_not_reports and k.linked_not_reports[0].startswith("99000012: a protocol")
    assert by_id["NCT09000012"].participants is None and by_id["NCT09000012"].enrollment == 99999999
    from ldn_lit.trials import describe_trial

    assert "participants unknown (the registry gives 99999999, actual)" in " ".join(
        describe_trial(data.trials["NCT09000012"], []))
    # A terminated trial that enrolled nobody, and an estimate on a finished one: no clock / participants unknown
    from ldn_lit.trial_gap import clocks, participants

    nobody = parse_study(make_study("NCT09000020", status="TERMINATED", enrollment=0))
    assert not clocks(nobody, TODAY).due
    estimated = parse_study(make_study("NCT09000021", enrollment=70, enrollment_type="ESTIMATED"))
    assert participants(estimated) is None and clocks(estimated, TODAY).due
    unknown = parse_study(make_study("NCT09000022", status="UNKNOWN", primary_completion="2030-01"))
    assert not clocks(unknown, TODAY).due  # status unknown, but its dates have not passed


def test_a_results_paper_counts_only_when_published_after_completion_and_not_a_review():
    from ldn_lit.trial_gap import paper_is_report

    done = date(2019, 6, 1)
    rct = {"design": "rct", "publication_types": ["Journal Article"], "entrez_date": "2020-01-10", "title": "x"}
    assert paper_is_report(rct, done)[0]
    assert paper_is_report(rct | {"entrez_date": "2019-04-01"}, done)[0]  # within the margin
    assert not paper_is_report(rct | {"entrez_date": "2018-01-01"}, done)[0]
    assert not paper_is_report(rct | {"design": "narrative_review"}, done)[0]
    assert not paper_is_report(rct | {"design": None, "publication_types": ["Review"]}, done)[0]
    assert not paper_is_report(rct | {"design": "cohort_or_retrospective",
                                      "title": "Synthetic rationale and design of a trial"}, done)[0]
    assert not paper_is_report(None, done)[0]


def test_leap_day_clock_for_gap_digest_and_verdicts(db, monkeypatch):
    from ldn_lit import trial_gap
    from ldn_lit.claims import evaluate_claims
    from ldn_lit.config import Claim
    from ldn_lit.trial_gap import add_months

    assert add_months(date(2028, 2, 29), -24) == date(2026, 2, 28)
    assert add_months(date(2027, 2, 28), 12) == date(2028, 2, 28) and add_months(date(2026, 1, 31), 1).day == 28
    leap = date(2028, 2, 29)
    path, cfg = db
    claim = Claim("fm_pain", "Synthetic claim: LDN eases fibromyalgia pain", "fibromyalgia", ["pain"])
    with Store(path / "ldn.db") as store:
        g = condition_gap(load_trial_data(store), "fibromyalgia", "Fibromyalgia", leap)
        assert "NCT09000007" in [t.nct_id for t in g.unreported]  # publication due 2027-12-31
        d = build_digest(store, cfg, Window(date(2028, 2, 22), leap), claims=[claim])
        assert "NCT09000007" in render(d, "md")
        v = evaluate_claims(store, cfg, [claim], until=leap.isoformat())[0]
        assert "7 finished trials" in v.registry_note
    monkeypatch.setattr(trial_gap, "today_utc", lambda: leap)
    monkeypatch.setenv("LDN_LIT_CONFIG", str(path / "queries.toml"))
    monkeypatch.setenv("LDN_LIT_DB", str(path / "ldn.db"))
    r = CliRunner().invoke(app, ["trials", "gap", "--json"])
    assert r.exit_code == 0, r.output
    assert "NCT09000007" in [t["nct_id"] for t in json.loads(r.stdout)[0]["unreported"]]


def test_claim_gap_filters_by_outcome_and_flags_publication_bias(db):
    path, _ = db
    with Store(path / "ldn.db") as store:
        data = load_trial_data(store)
    pain = claim_trial_gap(data, "fibromyalgia", ["pain"], TODAY, published_trials=1, published_participants=30)
    assert len(pain.gap.unreported) == 6 and pain.publication_bias
    assert f"{UNREPORTED_PEOPLE} participants in unreported trials against 30" in pain.reason
    balanced = claim_trial_gap(data, "fibromyalgia", ["pain"], TODAY, published_trials=5, published_participants=500)
    assert not balanced.publication_bias and balanced.gap.unreported
    other = claim_trial_gap(data, "fibromyalgia", ["sleep"], TODAY, published_trials=0, published_participants=0)
    assert other.gap.registered == 0 and not other.publication_bias  # no trial measured sleep


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv", "atom"])
def test_every_digest_format_carries_trials_with_registry_links(db, fmt):
    path, cfg = db
    with Store(path / "ldn.db") as store:
        d = build_digest(store, cfg, Window(date(2026, 11, 23), TODAY), claims=[])
    text = render(d, fmt)
    if fmt == "atom":  # the feed lists what is new in the window: the Crohn's trial posted then
        assert "https://clinicaltrials.gov/study/NCT09000010" in text and "NCT09000001" not in text
        return
    assert "https://clinicaltrials.gov/study/NCT09000001" in text
    if fmt == "md":
        assert f"| Fibromyalgia | 13 | 11 | 2 | 1 / 1 | 0 | 6 ({UNREPORTED_PEOPLE}; 1 unknown) | 2 |" in text
        assert "Synthetic: slow recruitment" in text
    if fmt == "json":
        g = json.loads(text)["trials"]["gaps"][0]
        assert g["condition_id"] == "fibromyalgia" and g["unreported_participants"] == UNREPORTED_PEOPLE
    if fmt == "csv":
        rows = [r for r in csv.DictReader(io.StringIO(text)) if r["nct_id"]]
        assert {r["trial_group"] for r in rows if r["nct_id"] == "NCT09000001"} == {"unreported: fibromyalgia"}
        assert any(r["trial_group"] == "new or updated in window" and r["nct_id"] == "NCT09000010" for r in rows)
    if fmt == "html":
        assert 'aria-label="Registered versus published trials per year"' in text and "<script" not in text


def test_html_chart_counts_registered_and_published_per_year(db):
    path, cfg = db
    with Store(path / "ldn.db") as store:
        d = build_digest(store, cfg, Window(date(2026, 11, 23), TODAY), claims=[])
    per_year = d.trials.per_year
    assert per_year["2014"]["registered"] == 12  # make_study's default first posted date, fibromyalgia trials
    assert per_year["2013"]["registered"] == 1
    assert per_year["2020"]["published"] == 1 and per_year["2016"]["published"] == 1
    html = render(d, "html")
    assert "<title>2014: 12 registered</title>" in html and "<title>2020: 1 published</title>" in html


def test_trials_gap_and_export_commands(db, monkeypatch):
    path, _ = db
    monkeypatch.setenv("LDN_LIT_CONFIG", str(path / "queries.toml"))
    monkeypatch.setenv("LDN_LIT_DB", str(path / "ldn.db"))
    runner = CliRunner()
    r = runner.invoke(app, ["trials", "gap", "--json", "-c", "fibromyalgia"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert [g["condition_id"] for g in got] == ["fibromyalgia"] and len(got[0]["unreported"]) >= 3
    r = runner.invoke(app, ["trials", "export", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == len(STUDIES)
    c = next(x for x in rows if x["nct_id"] == "NCT09000003")
    assert c["registry_url"] == "https://clinicaltrials.gov/study/NCT09000003" and c["linked_pmids"] == "99000003"
    assert "99000003 (RESULT)" in c["reference_pmids"]
    r = runner.invoke(app, ["trials", "export", "--format", "jsonl", "--condition", "crohns_disease"])
    assert [json.loads(x)["nct_id"] for x in r.stdout.splitlines()] == ["NCT09000010"]


def test_trials_gap_without_registry_data_says_what_to_do(tmp_path, monkeypatch):
    (tmp_path / "q.toml").write_text(CONFIG)
    monkeypatch.setenv("LDN_LIT_CONFIG", str(tmp_path / "q.toml"))
    monkeypatch.setenv("LDN_LIT_DB", str(tmp_path / "empty.db"))
    r = CliRunner().invoke(app, ["trials", "gap"])
    assert r.exit_code == 1 and "ldn-lit trials update" in r.output


def test_registry_gaps_for_claims_weigh_unreported_against_published_trials(db):
    from ldn_lit.claims import load_evidence
    from ldn_lit.config import Claim
    from ldn_lit.trial_gap import registry_gaps

    path, _ = db
    claims = [Claim("fm_pain", "Synthetic claim: LDN eases fibromyalgia pain", "fibromyalgia", ["pain"]),
              Claim("cd_any", "Synthetic claim: LDN helps Crohn's disease", "crohns_disease", [])]
    with Store(path / "ldn.db") as store:
        gaps = registry_gaps(store, load_evidence(store), claims, until="2026-11-30")
    fm = gaps["fm_pain"]
    assert (fm.published_trials, fm.published_participants) == (2, 60)  # the two synthetic RCT abstracts, n=30 each
    assert len(fm.gap.unreported) == 6 and fm.publication_bias
    assert fm.reason == (f"suspected publication bias: {UNREPORTED_PEOPLE} participants in unreported trials "
                         "against 60 in published trials")
    cd = gaps["cd_any"]  # one unreported trial (30 participants), no published trial at all
    assert cd.published_trials == 0 and cd.publication_bias and cd.gap.unreported_participants == 30


def test_registry_gaps_are_empty_without_trials(tmp_path):
    from ldn_lit.config import Claim
    from ldn_lit.trial_gap import registry_gaps

    with Store(tmp_path / "none.db") as store:
        assert registry_gaps(store, [], [Claim("x", "Synthetic", "fibromyalgia", [])]) == {}


def test_claim_verdicts_name_unreported_trials_and_lower_certainty_for_publication_bias(db, monkeypatch):
    from ldn_lit.claims import CERTAINTY, evaluate_claim, evaluate_claims, load_evidence
    from ldn_lit.config import Claim

    path, cfg = db
    claim = Claim("fm_pain", "Synthetic claim: LDN eases fibromyalgia pain", "fibromyalgia", ["pain"])
    with Store(path / "ldn.db") as store:
        without = evaluate_claim(load_evidence(store, "2026-11-30"), claim)
        v = evaluate_claims(store, cfg, [claim], until="2026-11-30")[0]
        d = build_digest(store, cfg, Window(date(2026, 11, 23), TODAY), claims=[claim])
    assert f"6 finished trials with {UNREPORTED_PEOPLE} participants (1 with" in v.registry_note
    assert "13 registered trials on pain: 11 finished, 2 reported" in v.registry_note
    assert any(r.startswith(f"publication bias: {UNREPORTED_PEOPLE} participants in unreported trials against 60")
               for r in v.certainty_reasons)
    assert CERTAINTY.index(v.certainty) > CERTAINTY.index(without.certainty)
    assert v.registry["publication_bias"] and v.registry["gap"]["unreported_participants"] == UNREPORTED_PEOPLE
    md = render(d, "md").replace("(", "").replace("\\", "")
    assert f"Registered trials: {v.registry_note}".replace("(", "") in md
    assert "Registered trials: 13 registered trials on pain" in render(d, "html")
    assert json.loads(render(d, "json"))["claims"][0]["registry"]["published_trials"] == 2
    monkeypatch.setenv("LDN_LIT_CONFIG", str(path / "queries.toml"))
    monkeypatch.setenv("LDN_LIT_DB", str(path / "ldn.db"))
    toml = path / "claims.toml"
    toml.write_text('[[claims]]\nid = "fm_pain"\nclaim = "Synthetic claim: LDN eases fibromyalgia pain"\n'
                    'condition = "fibromyalgia"\noutcomes = ["pain"]\n')
    r = CliRunner().invoke(app, ["claims", "--article", str(toml), "--json"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    got = got[0] if isinstance(got, list) else got
    assert got["registry_note"] == v.registry_note
    r = CliRunner().invoke(app, ["claims", "--article", str(toml)], env={"COLUMNS": "1000"})
    assert "Registered trials: 13 registered trials on pain" in r.output


def test_check_and_audit_give_the_same_registry_downgrade_as_claims(db, monkeypatch):
    path, _ = db
    monkeypatch.setenv("LDN_LIT_CONFIG", str(path / "queries.toml"))
    monkeypatch.setenv("LDN_LIT_DB", str(path / "ldn.db"))
    runner = CliRunner()
    sentence = "Low-dose naltrexone reduced pain in fibromyalgia."
    r = runner.invoke(app, ["check", sentence, "--offline", "--json"])
    checked = json.loads(r.stdout)
    assert any(x.startswith("publication bias:") for x in checked["certainty_reasons"]), checked
    article = path / "article.txt"
    article.write_text(f"A synthetic article. {sentence}\n")
    r = runner.invoke(app, ["audit", str(article), "--offline", "--format", "json"])
    rows = [x for x in json.loads(r.stdout)["rows"] if x.get("verdict") not in (None, "not_checked")]
    assert rows and rows[0]["certainty"] == checked["certainty"]
    assert rows[0]["certainty_reasons"] == checked["certainty_reasons"]
