"""`ldn-lit trials update`, trial storage and trial <-> paper links, against the loopback
ClinicalTrials.gov stand-in (tests/ctgov_server.py). Every study and record here is SYNTHETIC."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from typer.testing import CliRunner

from configs import TWO_CONDITIONS as CONFIG
from ctgov_server import Fault, RawJSON, make_study, start
from ldn_lit import ctgov
from ldn_lit.cli import app
from ldn_lit.config import load_config
from ldn_lit.ctgov import CtgovClient, CtgovError, parse_study
from ldn_lit.ingest import store_batch
from ldn_lit.models import AbstractSection, Article
from ldn_lit.store import Store
from ldn_lit.trials import REFRESH_DAYS, SEARCH_ID, run_trials_update

runner = CliRunner()


@pytest.fixture
def ctgov_server(monkeypatch):
    state, server = start()
    monkeypatch.setenv("LDN_LIT_CTGOV_URL", state.url)
    slept: list[float] = []
    monkeypatch.setattr(ctgov, "_sleep", slept.append)  # no real sleeps: record them
    state.slept = slept
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def env(tmp_path, monkeypatch, ctgov_server, eutils_server):
    monkeypatch.chdir(tmp_path)
    cfg = tmp_path / "queries.toml"
    cfg.write_text(CONFIG)
    monkeypatch.setenv("LDN_LIT_CONFIG", str(cfg))
    monkeypatch.setenv("LDN_LIT_DB", str(tmp_path / "ldn.db"))
    return tmp_path


def cli(*args):
    return runner.invoke(app, list(args))


def seed(srv, n, condition="Fibromyalgia", start_at=1, **kw):
    for i in range(start_at, start_at + n):
        srv.add(f"NCT09{i:06d}", title=f"Synthetic naltrexone study {i} in {condition}", conditions=[condition], **kw)


def test_parse_study_follows_the_v2_structure():
    s = make_study("NCT09000001", "Synthetic LDN study", conditions=["Fibromyalgia"], mesh=["Fibromyalgia"],
                   status="TERMINATED", why_stopped="Synthetic: slow recruitment", enrollment=12,
                   enrollment_type="ESTIMATED", references=[("99000001", "RESULT", "Synthetic citation")],
                   has_results=True, results_first_posted="2019-02-01")
    t = parse_study(s)
    assert (t.nct_id, t.title, t.overall_status, t.why_stopped) == (
        "NCT09000001", "Synthetic LDN study", "TERMINATED", "Synthetic: slow recruitment")
    assert (t.phases, t.allocation, t.masking, t.enrollment, t.enrollment_type) == (
        ["PHASE2"], "RANDOMIZED", "DOUBLE", 12, "ESTIMATED")
    assert (t.start_date, t.primary_completion_date, t.completion_date) == ("2015-01", "2017-06", "2017-06-30")
    assert t.has_results and t.results_first_post_date == "2019-02-01"
    assert t.sponsor == "Synthetic Test University" and t.condition_mesh == ["Fibromyalgia"]
    assert [(r.pmid, r.type) for r in t.references] == [("99000001", "RESULT")]
    assert t.interventions[0].name == "Low dose naltrexone"
    assert t.url == "https://clinicaltrials.gov/study/NCT09000001"
    with pytest.raises(CtgovError, match="nctId"):
        parse_study({"protocolSection": {"identificationModule": {"briefTitle": "no id"}}})


def load_config_text(tmp=None):
    import tempfile
    from pathlib import Path

    d = Path(tempfile.mkdtemp())
    (d / "q.toml").write_text(CONFIG)
    return load_config(d / "q.toml")


def test_one_naltrexone_search_paged_with_conditions_assigned_here(env, ctgov_server):
    ctgov_server.page_cap = 2
    seed(ctgov_server, 5, "Fibromyalgia")
    seed(ctgov_server, 1, "Crohn's disease", start_at=50)
    seed(ctgov_server, 1, "Synthetic chronic itch", start_at=60)  # no tracked condition: kept and counted
    ctgov_server.add("NCT09000099", title="Synthetic study of another drug", conditions=["Fibromyalgia"],
                     interventions=[("DRUG", "Synthetic placebo pill", "")])
    r = cli("trials", "update")
    assert r.exit_code == 0, r.output
    assert ctgov_server.count() == 4  # one search: 7 naltrexone studies in pages of 2, no search per condition
    first = ctgov_server.requests[0].params
    assert first["query.intr"] == "naltrexone" and "query.cond" not in first
    assert first["pageSize"] == "1000" and "HasResults" in first["fields"].split(",")
    assert all("pageToken" in x.params for x in ctgov_server.requests[1:])
    assert "fibromyalgia 5, crohns_disease 1; on no tracked condition 1" in r.output
    with Store(env / "ldn.db") as s:
        assert s.count_trials() == 7  # the other drug's study is not naltrexone
        conds = s.trial_condition_rows()
        assert any(c == "fibromyalgia" and how == "title" for c, how, _ in conds["NCT09000001"])
        assert any(c == "crohns_disease" for c, _, _ in conds["NCT09000050"])
        assert "NCT09000060" not in conds
        doses = json.loads(s.db.execute(
            "select dose_mg from trial_interventions where nct_id='NCT09000001'").fetchone()[0])
        assert doses == [4.5]
    before = ctgov_server.count()
    r = cli("trials", "update")
    assert r.exit_code == 0, r.output
    assert ctgov_server.count() - before == 1  # no change: one request in all
    since = ctgov_server.requests[-1].params["filter.advanced"]
    two_days_ago = (datetime.now(timezone.utc).date() - timedelta(days=2)).isoformat()
    assert since == f"AREA[LastUpdatePostDate]RANGE[{two_days_ago},MAX]"
    assert "Nothing new" in r.output
    ctgov_server.add("NCT09000003", title="Synthetic naltrexone study 3 in Fibromyalgia, amended",
                     conditions=["Fibromyalgia"], last_update=datetime.now(timezone.utc).date().isoformat())
    before = ctgov_server.count()
    r = cli("trials", "update")
    assert r.exit_code == 0 and ctgov_server.count() - before == 1, r.output
    with Store(env / "ldn.db") as s:
        assert s.get_trials(["NCT09000003"])[0].title.endswith("amended")


def test_incremental_update_overlaps_two_days_and_stores_changes(tmp_path, ctgov_server):
    cfg = load_config_text()
    seed(ctgov_server, 2, last_update="2024-01-10")
    with Store(tmp_path / "t.db") as store, CtgovClient(ctgov_server.url) as client:
        r1 = run_trials_update(store, cfg, client, today=date(2025, 3, 1))
        assert r1.new == 2
        # Posted on the US day before our run, but it reached the registry's index only after the run:
        # without the overlap the next search (from 2025-03-01) would never see it.
        seed(ctgov_server, 1, start_at=4, last_update="2025-02-28")
        ctgov_server.add("NCT09000002", title="Synthetic naltrexone study 2 in Fibromyalgia",
                         conditions=["Fibromyalgia"], status="TERMINATED", why_stopped="Synthetic: funding ended",
                         last_update="2025-03-05")
        seed(ctgov_server, 1, start_at=3, last_update="2025-03-06")
        r2 = run_trials_update(store, cfg, client, today=date(2025, 3, 10))
        q = r2.queries[0]
        assert q.mode == "since 2025-02-27" and q.count == 3 and (q.new, q.revised) == (2, 1)
        assert ctgov_server.requests[-1].params["filter.advanced"] == "AREA[LastUpdatePostDate]RANGE[2025-02-27,MAX]"
        t = store.get_trials(["NCT09000002"])[0]
        assert (t.overall_status, t.why_stopped) == ("TERMINATED", "Synthetic: funding ended")
        assert store.count_trials() == 4


def test_429_with_retry_after_is_honoured(tmp_path, ctgov_server):
    seed(ctgov_server, 1)
    ctgov_server.faults.extend([Fault("429", retry_after="7"), Fault("503")])
    with CtgovClient(ctgov_server.url, backoff=0.5) as client:
        pages = list(client.iter_studies({"query.intr": "naltrexone"}))
    assert [len(p.studies) for p in pages] == [1]
    assert ctgov_server.slept[0] == 7.0 and ctgov_server.count() == 3  # Retry-After first, then backoff


def test_retry_after_nan_or_an_http_date(ctgov_server):
    seed(ctgov_server, 1)
    soon = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=40), usegmt=True)
    ctgov_server.faults.extend([Fault("429", retry_after="nan"), Fault("429", retry_after=soon)])
    with CtgovClient(ctgov_server.url, backoff=1.0) as client:
        client.limiter.sleep = lambda s: None  # only the retry waits are recorded
        assert [len(p.studies) for p in client.iter_studies({"query.intr": "naltrexone"})] == [1]
    first, second = ctgov_server.slept
    assert 0.5 <= first <= 1.0 and 38 <= second <= 40 and ctgov_server.count() == 3


@pytest.mark.parametrize("kind", ["error_in_200", "truncated", "html"])
def test_a_bad_200_is_retried_not_taken_as_no_studies(ctgov_server, kind):
    seed(ctgov_server, 2)
    ctgov_server.faults.append(Fault(kind))
    with CtgovClient(ctgov_server.url) as client:
        pages = list(client.iter_studies({"query.intr": "naltrexone"}))
    assert sum(len(p.studies) for p in pages) == 2 and ctgov_server.count() == 2


def test_persistent_error_in_200_fails_in_one_line_and_saves_no_state(env, ctgov_server):
    seed(ctgov_server, 1)
    ctgov_server.faults.extend([Fault("error_in_200")] * 10)
    r = cli("trials", "update")
    assert r.exit_code == 2
    assert "reported an error" in r.output and "Traceback" not in r.output
    assert len([x for x in r.output.splitlines() if x.strip()]) == 1
    with Store(env / "ldn.db") as s:
        assert s.trial_query_state() == {}
        assert s.db.execute("select status from runs order by id desc").fetchone()[0] == "failed"


def test_http_400_is_not_retried(ctgov_server):
    with CtgovClient(ctgov_server.url) as client, pytest.raises(CtgovError, match="HTTP 400"):
        client.studies_page({"pageSize": "5000"})
    assert ctgov_server.count() == 1


def _paper(pmid, title, *, nct_ids=(), abstract="Synthetic abstract about naltrexone in fibromyalgia.", year=2019):
    return Article(pmid=pmid, title=title, abstract_sections=[AbstractSection(None, abstract)], year=year,
                   nct_ids=list(nct_ids))


def test_links_record_how_each_was_made_and_show_both_sides(env, ctgov_server):
    ctgov_server.add("NCT09000001", title="Synthetic naltrexone trial one", conditions=["Fibromyalgia"],
                     references=[("99000003", "RESULT", "Synthetic result paper"),
                                 ("99000004", "BACKGROUND", "Synthetic background paper")])
    ctgov_server.add("NCT09000002", title="Synthetic naltrexone trial two", conditions=["Fibromyalgia"])
    ctgov_server.add("NCT09000005", title="Low dose naltrexone for widespread musculoskeletal aching in adults",
                     conditions=["Fibromyalgia"], start="2016-01")
    cfg = load_config_text()
    with Store(env / "ldn.db") as store:
        store_batch(store, cfg, [
            _paper("99000001", "Synthetic paper with a DataBank entry", nct_ids=["NCT09000001"]),
            _paper("99000002", "Synthetic paper naming its registration",
                   abstract="Synthetic abstract. Registered as NCT09000002 before enrolment."),
            _paper("99000003", "Synthetic result paper"),
            _paper("99000006", "Low dose naltrexone for widespread musculoskeletal aching in adults: a pilot",
                   year=2018),
        ], source="test")
    assert cli("trials", "update").exit_code == 0
    with Store(env / "ldn.db") as store:
        links = {(x["nct_id"], x["pmid"], x["method"]): x["strength"] for x in store.trial_links()}
    assert links == {
        ("NCT09000001", "99000001", "pubmed_databank"): "strong",
        ("NCT09000001", "99000003", "registry_reference"): "strong",
        ("NCT09000001", "99000004", "registry_reference"): "background",
        ("NCT09000002", "99000002", "abstract_text"): "strong",
        ("NCT09000005", "99000006", "title_match"): "weak",
    }
    r = cli("show", "NCT09000001")
    assert r.exit_code == 0, r.output
    assert "https://clinicaltrials.gov/study/NCT09000001" in r.output
    assert "99000001" in r.output and "DataBank" in r.output
    r = cli("show", "99000002")
    assert r.exit_code == 0, r.output
    assert "NCT09000002" in r.output and "abstract" in r.output
    r = cli("export", "--format", "json")
    by_pmid = {x["pmid"]: x["linked_trials"] for x in json.loads(r.stdout)}
    assert by_pmid["99000001"] == [{"nct_id": "NCT09000001", "registry_url": "https://clinicaltrials.gov/study/NCT09000001",
                                    "method": "pubmed_databank", "strength": "strong"}]
    r = cli("export", "--format", "csv")
    assert "NCT09000005 (title_match, weak)" in r.stdout
    r = cli("stats")
    assert "3 registered trials" in r.output
    r = cli("show", "NCT09999999")
    assert r.exit_code == 1 and "trials update" in r.output


def test_pubmed_update_links_new_papers_to_stored_trials(env, ctgov_server, eutils_server):
    ctgov_server.add("NCT09000002", title="Synthetic naltrexone trial two", conditions=["Fibromyalgia"])
    assert cli("trials", "update").exit_code == 0
    eutils_server.add("99000021", keys={"fibromyalgia"}, title="Synthetic report of a naltrexone trial in fibromyalgia",
                      abstract="Synthetic abstract about fibromyalgia. Registration: NCT09000002.")
    r = cli("update")
    assert r.exit_code == 0, r.output
    with Store(env / "ldn.db") as s:
        assert [(x["nct_id"], x["method"]) for x in s.trial_links(pmid="99000021")] == [
            ("NCT09000002", "abstract_text")]


def test_full_a_changed_query_and_the_monthly_refresh_ask_for_everything(tmp_path, ctgov_server):
    cfg = load_config_text()
    seed(ctgov_server, 3, last_update="2024-01-10")
    with Store(tmp_path / "t.db") as store, CtgovClient(ctgov_server.url) as client:
        run_trials_update(store, cfg, client, today=date(2025, 3, 1))
        before = ctgov_server.count()
        r = run_trials_update(store, cfg, client, today=date(2025, 3, 2), full=True)
        assert [q.mode for q in r.queries] == ["full"] and ctgov_server.count() - before == 1
        assert "filter.advanced" not in ctgov_server.requests[-1].params
        assert (r.new, r.revised, r.unchanged) == (0, 0, 3)
        store.set_trial_query_state(SEARCH_ID, "query.intr=an older search", "2025-03-02", 3, 0)
        r = run_trials_update(store, cfg, client, today=date(2025, 3, 3))
        assert [q.mode for q in r.queries] == ["full"]
        # A stored study leaves the search (its intervention renamed, and it is updated) and another is gone:
        # the incremental searches cannot see either; the monthly full refresh asks for the first by id.
        ctgov_server.add("NCT09000002", title="Synthetic study 2, renamed", conditions=["Fibromyalgia"],
                         interventions=[("DRUG", "Synthetic opioid antagonist", "")], last_update="2025-03-10",
                         status="TERMINATED", why_stopped="Synthetic: sponsor decision", enrollment=12)
        del ctgov_server.studies["NCT09000003"]
        r = run_trials_update(store, cfg, client, today=date(2025, 3, 20))
        assert [q.mode for q in r.queries] == ["since 2025-03-01"] and r.revised == 0
        before = ctgov_server.count()
        later = date(2025, 3, 3) + timedelta(days=REFRESH_DAYS)
        r = run_trials_update(store, cfg, client, today=later)
        assert [(q.condition_id, q.mode, q.count) for q in r.queries] == [
            (SEARCH_ID, "full", 1), ("stored ids", "by id", 1)]
        assert ctgov_server.requests[-1].params["filter.ids"] == "NCT09000002,NCT09000003"
        assert ctgov_server.count() - before == 2 and r.gone == ["NCT09000003"]
        assert store.get_trials(["NCT09000002"])[0].why_stopped == "Synthetic: sponsor decision"
        assert store.count_trials() == 3  # the gone one is kept as stored


def test_a_failed_run_keeps_what_it_stored_and_the_next_run_repeats_its_search(tmp_path, ctgov_server):
    cfg = load_config_text()
    ctgov_server.page_cap = 2
    seed(ctgov_server, 2)
    seed(ctgov_server, 1, "Crohn's disease", start_at=50)
    with Store(tmp_path / "t.db") as store, CtgovClient(ctgov_server.url, max_retries=1) as client:
        original = client.studies_page

        def flaky(params):
            if "pageToken" in params:
                raise CtgovError("synthetic failure on the second page")
            return original(params)

        client.studies_page = flaky
        with pytest.raises(CtgovError):
            run_trials_update(store, cfg, client, today=date(2025, 3, 1))
        assert store.count_trials() == 2 and store.trial_query_state() == {}
        client.studies_page = original
        r = run_trials_update(store, cfg, client, today=date(2025, 3, 2))
        assert [q.mode for q in r.queries] == ["full"] and store.count_trials() == 3


def test_requests_are_spaced_politely(ctgov_server):
    ctgov_server.page_cap = 1
    seed(ctgov_server, 3)
    with CtgovClient(ctgov_server.url) as client:
        assert sum(len(p.studies) for p in client.iter_studies({"query.intr": "naltrexone"})) == 3
    # Sleeps are recorded, not slept, so each request's slot is one more interval (1.1 / 0.8 s) after the last.
    first, second = ctgov_server.slept
    assert 1.3 < first <= 1.375 and 1.3 < second - first <= 1.376


# ---- hostile registry replies (issue 18 item 2) ------------------------------------------------------
def hostile(nct, change, **kw):
    """A SYNTHETIC study with one field broken by `change(study)`."""
    s = make_study(nct, f"Synthetic hostile study {nct}", **kw)
    change(s)
    return s


def _set(path, value):
    def change(s):
        d = s
        for k in path[:-1]:
            d = d[k]
        d[path[-1]] = value
    return change


BAD_STUDIES = {  # what is wrong -> (the study, words the warning must contain)
    "pmid": (hostile("NCT09000101", lambda s: None, references=[("12345abc", "RESULT", "Synthetic citation")]),
             ["NCT09000101", "references.pmid", "12345abc"]),
    "module": (hostile("NCT09000102", _set(["protocolSection", "conditionsModule"], "Fibromyalgia")),
               ["NCT09000102", "conditionsModule", "a string", "not an object"]),
    "negative": (hostile("NCT09000104", _set(["protocolSection", "designModule", "enrollmentInfo", "count"], -5)),
                 ["NCT09000104", "enrollmentInfo.count", "-5"]),
    "date": (hostile("NCT09000105", _set(["protocolSection", "statusModule", "completionDateStruct", "date"],
                                         "2017-13-45")), ["NCT09000105", "completionDateStruct.date", "2017-13-45"]),
    "phases": (hostile("NCT09000106", _set(["protocolSection", "designModule", "phases"], "PHASE2")),
               ["NCT09000106", "phases", "list of strings"]),
    "title": (hostile("NCT09000107", _set(["protocolSection", "identificationModule", "briefTitle"], {"x": 1})),
              ["NCT09000107", "briefTitle", "an object"]),
    "results": (hostile("NCT09000108", _set(["hasResults"], "yes")), ["NCT09000108", "hasResults", "yes"]),
    "nct": (hostile("NCT09000109", _set(["protocolSection", "identificationModule", "nctId"], "NCT123")),
            ["study 2 of the reply", "nctId", "NCT123"]),
    "not an object": ("NCT09000110", ["study 1 of the reply", "the study is a string", "not an object"]),
}


@pytest.mark.parametrize("what", sorted(BAD_STUDIES))
def test_parse_study_names_the_study_and_the_bad_field(what):
    study, words = BAD_STUDIES[what]
    position = 1 if what == "not an object" else 2
    with pytest.raises(ctgov.BadStudy) as e:
        parse_study(study, position)
    assert all(w in str(e.value) for w in words), str(e.value)


def test_enrolment_1e999_and_has_results_false_as_a_string():
    s = json.loads(json.dumps(make_study("NCT09000103")).replace('"count": 40', '"count": 1e999'))
    with pytest.raises(ctgov.BadStudy, match="NCT09000103: enrollmentInfo.count is a number"):
        parse_study(s)
    s = make_study("NCT09000111", has_results=True)
    assert parse_study(s).has_results is True
    s["hasResults"] = "false"  # a string: never read as "results posted"
    assert parse_study(s).has_results is False
    s["protocolSection"]["designModule"]["enrollmentInfo"]["count"] = 40.0
    assert parse_study(s).enrollment == 40


def a_paper(env):
    """One synthetic PubMed record, so that the digest has an evidence base to give verdicts on."""
    with Store(env / "ldn.db") as store:
        store_batch(store, load_config_text(), [_paper("99000050", "Synthetic naltrexone paper")], source="test")


def test_a_reply_with_bad_and_duplicate_studies_stores_the_good_ones_once_and_names_the_bad(env, ctgov_server):
    a_paper(env)
    seed(ctgov_server, 2)
    ctgov_server.hostile += [study for study, _ in BAD_STUDIES.values()]
    ctgov_server.hostile.append(RawJSON(json.dumps(make_study("NCT09000103")).replace('"count": 40',
                                                                                      '"count": 1e999')))
    false_string = make_study("NCT09000111", "Synthetic study whose hasResults is a string", has_results=True)
    false_string["hasResults"] = "false"
    ctgov_server.hostile += [false_string, make_study("NCT09000001", "Synthetic naltrexone study 1 in Fibromyalgia",
                                                      conditions=["Fibromyalgia"])]  # listed twice
    ctgov_server.total_extra = -1  # the registry counts a study once, however often it lists it
    r = cli("trials", "update")
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    for _, words in BAD_STUDIES.values():  # each named once
        line = next(x for x in r.output.splitlines() if words[1] in x and words[2] in x)
        assert r.output.count(line) == 1 and all(w.split(" of the")[-1] in line for w in words), line
    assert "NCT09000103: enrollmentInfo.count" in r.output
    assert r.output.count("skipped a registry study") == len(BAD_STUDIES) + 1
    with Store(env / "ldn.db") as s:
        assert [t.nct_id for t in s.get_trials()] == ["NCT09000001", "NCT09000002", "NCT09000111"]
        assert not s.get_trials(["NCT09000111"])[0].has_results
        for table in ("trial_conditions", "trial_interventions", "trial_references"):  # nothing stored half
            stored = {n for (n,) in s.db.execute(f"select distinct nct_id from {table}")}
            assert stored <= {"NCT09000001", "NCT09000002", "NCT09000111"}, table
    search = next(line for line in r.output.splitlines() if line.startswith("naltrexone\t"))  # piped: TSV
    assert search.split("\t")[2] == "3", search  # three distinct studies, the duplicate counted once
    for args in (["trials", "gap"], ["digest"], ["show", "NCT09000111"], ["trials", "export"]):
        r = cli(*args)
        assert r.exit_code == 0 and "Traceback" not in r.output, (args, r.output)


def test_a_bad_new_version_of_a_stored_study_leaves_the_stored_one_whole(env, ctgov_server):
    ctgov_server.add("NCT09000101", title="Synthetic study, good version", conditions=["Fibromyalgia"],
                     references=[("99000001", "RESULT", "Synthetic citation")])
    assert cli("trials", "update").exit_code == 0
    del ctgov_server.studies["NCT09000101"]
    ctgov_server.hostile.append(hostile("NCT09000101", lambda s: None, last_update="2099-01-01",
                                        references=[("99000001", "RESULT", "x"), ("1x", "RESULT", "y")]))
    r = cli("trials", "update", "--full")
    assert r.exit_code == 0 and "NCT09000101: references.pmid" in r.output, r.output
    with Store(env / "ldn.db") as s:
        t = s.get_trials(["NCT09000101"])[0]
        assert t.title == "Synthetic study, good version" and [x.pmid for x in t.references] == ["99000001"]


def test_a_non_numeric_pmid_stored_by_an_older_version_crashes_no_reader(env, ctgov_server):
    """Versions before the study checks stored a registry reference PMID as given ("12345abc"), and
    links to it, and dates, enrolments and statuses unchecked: every reader keeps working, and ignores
    the PMID."""
    old = parse_study(make_study("NCT09000201", "Synthetic study stored by an older version",
                                 references=[("99000001", "RESULT", "Synthetic citation")]))
    old.references.append(ctgov.TrialReference("12345abc", "RESULT", "Synthetic citation with a bad PMID"))
    a_paper(env)
    unchecked = []  # other values the older versions stored unchecked: dates, enrolments, statuses
    for i, (day, count, status) in enumerate([("abc", -4, None), ("2017-13", 2**62, "TERMINATED"),
                                              ("", 99999999, "UNKNOWN"), ("2017-02-30", 0, "SYNTHETIC_STATUS")]):
        t = parse_study(make_study(f"NCT0900021{i}", f"Synthetic unchecked study {i}"))
        for k in ("start_date", "primary_completion_date", "completion_date", "first_post_date",
                  "last_update_post_date", "results_first_post_date"):
            setattr(t, k, day)
        t.enrollment, t.overall_status = count, status
        unchecked.append(t)
    with Store(env / "ldn.db") as s:
        s.save_trials([old, *unchecked], {t.nct_id: [("fibromyalgia", "search", "synthetic")]
                                          for t in [old, *unchecked]}, fetched_on="2020-01-01")
        s.replace_trial_links([("NCT09000201", "12345abc", "registry_reference", "strong", "synthetic"),
                               ("NCT09000201", "99000001", "registry_reference", "strong", "synthetic")])
    for args in (["trials", "gap"], ["trials", "gap", "--json"], ["digest"], ["digest", "--format", "atom"],
                 ["digest", "--format", "html"], ["show", "NCT09000201"], ["show", "NCT09000211"],
                 ["trials", "export"], ["export"], ["trials", "link"], ["claims"]):
        r = cli(*args)
        assert r.exit_code == 0 and "Traceback" not in r.output, (args, r.output)
        assert "12345abc" not in r.stdout, args


# ---- a hostile or struggling registry: deadline, paging, totalCount, 429, expired tokens (issue 18 item 3,
# issue 20 item 7) ----------------------------------------------------------------------------------------
def pages_of(client, params=None):
    return [len(p.studies) for p in client.iter_studies(params or {"query.intr": "naltrexone"})]


def test_a_reply_trickling_a_byte_at_a_time_fails_at_the_deadline(ctgov_server):
    seed(ctgov_server, 1)
    ctgov_server.faults.extend([Fault("trickle", seconds=0.02), Fault("trickle", seconds=0.02)])
    with CtgovClient(ctgov_server.url, deadline=0.2, max_retries=1) as client, pytest.raises(CtgovError) as e:
        pages_of(client)
    assert "did not finish within 0.2 s after 2 tries" in str(e.value) and ctgov_server.count() == 2
    ctgov_server.faults.extend([Fault("trickle_headers", seconds=0.02), Fault("trickle_headers", seconds=0.02)])
    with CtgovClient(ctgov_server.url, deadline=0.2, max_retries=1) as client, pytest.raises(CtgovError) as e:
        pages_of(client)  # the headers never end: the watchdog cuts the connection at the deadline
    assert "did not finish within 0.2 s after 2 tries" in str(e.value) and ctgov_server.count() == 4
    ctgov_server.faults.append(Fault("trickle", seconds=0.001))  # slow but within the deadline: accepted
    with CtgovClient(ctgov_server.url, deadline=30) as client:
        assert pages_of(client) == [1]


def test_a_gzip_bomb_is_cut_while_decompressing(ctgov_server, monkeypatch):
    seed(ctgov_server, 1)
    ctgov_server.faults.extend([Fault("gzip_bomb"), Fault("gzip_bomb")])
    monkeypatch.setattr(ctgov, "MAX_REPLY_BYTES", 2**20)
    with CtgovClient(ctgov_server.url, max_retries=1) as client, pytest.raises(CtgovError) as e:
        pages_of(client)
    assert "is larger than 1 MB after 2 tries" in str(e.value)


@pytest.mark.parametrize("body, problem", [
    (b"[" * 100_000 + b"]" * 100_000, "truncated or not JSON"),  # deeper than Python's parser goes
    (b'{"studies": [], "nextPageToken": {"a": 1}}', "page token that is not a short string"),
    (b'{"studies": [], "nextPageToken": "' + b"t" * 5000 + b'"}', "page token that is not a short string"),
    (b'{"studies": [], "totalCount": true}', "totalCount that is not a count"),
    (b'{"studies": [], "totalCount": -1}', "totalCount that is not a count"),
    (b'{"studies": {}}', "no studies list"),
])
def test_a_page_that_is_not_a_page_is_retried_not_crashed_on(body, problem):
    with pytest.raises(ctgov.Retry, match=problem):
        ctgov._page(body)


@pytest.mark.parametrize("hostile_paging, why", [
    ({"endless_tokens": True}, "a page with no study not seen before"),
    ({"repeat_token": "synthetic-token"}, "the same token twice"),
    ({"total_extra": -3}, "3 pages for 2 studies"),  # new studies on every page, but more pages than promised
])
def test_runaway_paging_stops(ctgov_server, hostile_paging, why):
    ctgov_server.page_cap = 1
    seed(ctgov_server, 5)
    for k, v in hostile_paging.items():
        setattr(ctgov_server, k, v)
    with CtgovClient(ctgov_server.url) as client, pytest.raises(CtgovError) as e:
        pages_of(client)
    assert f"kept handing out page tokens ({why})" in str(e.value) and ctgov_server.count() <= 3


def test_fewer_studies_than_promised_fail_the_search(ctgov_server):
    seed(ctgov_server, 5)
    ctgov_server.total_extra = 495
    with CtgovClient(ctgov_server.url) as client, pytest.raises(CtgovError, match="promised 500 studies but "
                                                                                  "delivered 5"):
        pages_of(client)


def test_an_expired_page_token_restarts_the_search_once(ctgov_server):
    ctgov_server.page_cap = 1
    seed(ctgov_server, 3)
    ctgov_server.expire_tokens = 1
    notes = []
    with CtgovClient(ctgov_server.url, note=notes.append) as client:
        assert pages_of(client) == [1, 1, 1, 1]  # page 1, refused token, then pages 1-3 again
    assert ctgov_server.count() == 5 and len(notes) == 1 and "starting the search again" in notes[0]
    ctgov_server.expire_tokens = 2
    with CtgovClient(ctgov_server.url, note=notes.append) as client, pytest.raises(CtgovError) as e:
        pages_of(client)
    assert "also after starting the search again" in str(e.value)


def test_429_is_waited_out_for_about_90_seconds_with_notes_then_one_clear_error(ctgov_server):
    seed(ctgov_server, 1)
    ctgov_server.faults.extend([Fault("429")] * 3)
    notes: list[str] = []
    with CtgovClient(ctgov_server.url, note=notes.append) as client:
        client.limiter.sleep = lambda s: None  # only the retry waits are recorded
        assert pages_of(client) == [1]
    assert len(notes) == 3 and all("HTTP 429" in n and "waiting" in n for n in notes)
    ctgov_server.slept.clear()
    ctgov_server.faults.extend([Fault("429", retry_after="30")] * 50)
    with CtgovClient(ctgov_server.url, max_retries=2) as client, pytest.raises(CtgovError) as e:
        client.limiter.sleep = lambda s: None
        pages_of(client)
    assert ctgov_server.slept == [30.0, 30.0, 30.0]  # ~90 s in all, more than max_retries tries
    assert str(e.value) == ("ClinicalTrials.gov rate limit exceeded (HTTP 429) for 90 s after 4 tries; "
                            "wait a few minutes and run again")
    ctgov_server.slept.clear()
    ctgov_server.faults.clear()
    ctgov_server.faults.extend([Fault("429")] * 50)  # no Retry-After: doubling waits, the last one cut to fit
    with CtgovClient(ctgov_server.url) as client, pytest.raises(CtgovError, match="for 90 s"):
        client.limiter.sleep = lambda s: None
        pages_of(client)
    assert sum(ctgov_server.slept) == pytest.approx(90.0) and 7 <= len(ctgov_server.slept) <= 9


@pytest.mark.parametrize("fault", ["endless_tokens", "total_extra", "retry_after_nan"])
def test_a_hostile_registry_ends_trials_update_in_one_line_with_nothing_advanced(env, ctgov_server, fault):
    a_paper(env)
    ctgov_server.page_cap = 2
    seed(ctgov_server, 3)
    if fault == "endless_tokens":
        ctgov_server.endless_tokens = True
    elif fault == "total_extra":
        ctgov_server.total_extra = 495
    else:
        ctgov_server.faults.extend([Fault("429", retry_after="nan")] * 200)
    r = cli("trials", "update")
    assert r.exit_code == 2 and "Traceback" not in r.output, r.output
    errors = [x for x in r.output.splitlines() if x.startswith("Error:")]
    assert len(errors) == 1 and "run again" in errors[0]
    with Store(env / "ldn.db") as s:
        assert s.trial_query_state() == {}  # the next run asks again
        assert s.db.execute("select status from runs order by id desc").fetchone()[0] == "failed"
    r = cli("digest")
    assert r.exit_code == 0, r.output


def test_trials_update_tells_on_standard_error_why_it_waits(env, ctgov_server):
    seed(ctgov_server, 1)
    ctgov_server.faults.extend([Fault("429", retry_after="20"), Fault("429", retry_after="20")])
    r = cli("trials", "update")
    assert r.exit_code == 0, r.output
    notes = [x for x in r.stderr.splitlines() if x.startswith("Note:")]
    assert len(notes) == 2 and "HTTP 429): waiting 20 s" in notes[0] and "Note:" not in r.stdout
    ctgov_server.faults.extend([Fault("429", retry_after="20")])
    assert "Note:" not in cli("-q", "trials", "update", "--full").output
