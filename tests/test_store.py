"""The SQLite store: round trips, revisions, atomicity, FTS, tags, runs."""

import copy
import sqlite3
from pathlib import Path

import pytest

from ldn_lit.errors import LdnLitError
from ldn_lit.models import OutcomeFinding, TagReason, Tags
from ldn_lit.pubmed_xml import parse_articles
from ldn_lit.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError, chunks

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture
def articles():
    return parse_articles(FIXTURES / "synthetic_pubmed.xml")


def test_round_trip_is_exact(store, articles):
    r = store.save_articles(articles, source="test")
    assert sorted(r.new) == sorted(a.pmid for a in articles) and not r.revised
    for a in articles:
        assert store.get_article(a.pmid) == a
    assert [a.pmid for a in store.iter_articles()] == ["970000001", "970000002", "970000003"]


def test_unchanged_and_revised(store, articles):
    store.save_articles(articles, source="test", fetched_on="2026-01-01")
    again = store.save_articles(articles, source="test", fetched_on="2026-01-02")
    assert again.new == [] and again.revised == [] and len(again.unchanged) == 3
    assert store.fetched_on(["970000001"]) == {"970000001": "2026-01-02"}
    first_stored = store.db["articles"].get("970000001")["first_stored_at"]
    articles[0].title = "Synthetic record, revised title"
    articles[0].authors = articles[0].authors[:1]
    r = store.save_articles(articles, source="test")
    assert r.revised == ["970000001"] and len(r.unchanged) == 2
    got = store.get_article("970000001")
    assert got.title == "Synthetic record, revised title" and len(got.authors) == 1
    assert store.db["authors"].count_where("pmid = ?", ["970000001"]) == 1
    assert store.db["articles"].get("970000001")["first_stored_at"] == first_stored


def test_failed_batch_leaves_nothing(store, articles, monkeypatch):
    def boom(self, arts):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(Store, "_insert_children", boom)
    with pytest.raises(StoreError, match="disk full.*nothing from this batch was saved"):
        store.save_articles(articles, source="test")
    assert store.count_articles() == 0
    assert store.db["articles_fts"].count == 0


def test_fts_search_and_bad_syntax(store, articles):
    store.save_articles(articles, source="test")
    hits, total = store.search("fatigue AND placebo")
    assert [h["pmid"] for h in hits] == ["970000001"] and total == 1
    assert "[" in hits[0]["snippet"]
    assert store.search("randomised") == ([], 0)  # no such word; porter stemming is not spelling
    assert [h["pmid"] for h in store.search("randomized")[0]] == ["970000001"]
    assert [h["pmid"] for h in store.search('"randomized')[0]] == ["970000001"]  # an unclosed quote is closed
    with pytest.raises(LdnLitError, match="cannot be read"):
        store.search("fatigue AND")


def test_tags_round_trip(store, articles):
    t = Tags(pmid="970000001", conditions=["multiple_sclerosis"], design="crossover_rct",
             population="human", sample_size=31, sample_size_source="Thirty-one adults",
             size_class="small", dose_mg=[4.5], dose_class="low", outcomes=["fatigue"], finding="null",
             evidence="Fatigue scores did not differ from placebo.",
             outcome_findings=[OutcomeFinding("fatigue", "null", "Fatigue scores did not differ from placebo.",
                                              primary=True)],
             tag_reasons={"design": [TagReason("pubtype", "Randomized Controlled Trial")]})
    store.save_articles(articles, source="test", tags=[t], tagger_version="t1")
    assert store.get_tags(["970000001"]) == {"970000001": t}
    assert store.db["tags"].get("970000001")["tagger_version"] == "t1"


def test_stats_count_conditions_and_untagged_records(store, articles):
    tags = [Tags(pmid=a.pmid, conditions=(["multiple_sclerosis", "fibromyalgia"] if i == 0 else []), design="rct",
                 population="human") for i, a in enumerate(articles)]
    store.save_articles(articles, source="test", tags=tags, tagger_version="t1")
    s = store.stats()
    assert s["by_condition_tagged"] == [("fibromyalgia", 1), ("multiple_sclerosis", 1), ("", len(articles) - 1)]
    assert s["by_condition_design_population"] == [("fibromyalgia", "rct", "human", 1),
                                                  ("multiple_sclerosis", "rct", "human", 1)]


def test_matches_and_runs(store, articles):
    run = store.start_run("update", ["multiple_sclerosis"])
    store.save_articles(articles[:1], source="pubmed", matches={"970000001": {"multiple_sclerosis", "fibromyalgia"}},
                        run_id=run)
    store.finish_run(run, "ok", requests=3, new=1)
    assert store.matched_conditions() == {"970000001": ["fibromyalgia", "multiple_sclerosis"]}
    row = store.db["runs"].get(run)
    assert (row["status"], row["requests"], row["new"]) == ("ok", 3, 1)
    store.set_query_state("multiple_sclerosis", "term", "2026/11/20", 1, run)
    assert store.query_state()["multiple_sclerosis"]["last_success_date"] == "2026/11/20"


def test_wal_and_not_a_database(tmp_path):
    s = Store(tmp_path / "a.db")
    assert s.db.journal_mode == "wal"
    s.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(bad)
    with pytest.raises(StoreError, match="folder does not exist"):
        Store(tmp_path / "missing" / "x.db")


def _old_database(path, articles, version):
    """A database as ldn-lit wrote it at schema `version` (1-3), before migrations were recorded (and
    before it had trial tables)."""
    s = Store(path)
    s.save_articles(articles, source="test", tags=[Tags(articles[0].pmid, ["fibromyalgia"], "rct", "human",
                                                        finding="positive", evidence="Synthetic sentence.")])
    if version < 2:
        s.db.execute("alter table articles drop column abstract_categories")
    if version < 3:
        s.db.execute("alter table tags drop column outcome_findings")
    s.db["_sqlite_migrations"].drop()
    for table in ("trial_links", "trial_references", "trial_interventions", "trial_conditions", "trials",
                  "trial_query_state"):
        s.db[table].drop()
    s.db["meta"].upsert({"key": "schema_version", "value": str(version)}, pk="key")
    s.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_database_upgrades_and_keeps_its_records(tmp_path, articles, version):
    path = tmp_path / f"v{version}.db"
    _old_database(path, articles, version)
    s = Store(path)
    assert "abstract_categories" in s.db["articles"].columns_dict
    assert "outcome_findings" in s.db["tags"].columns_dict
    assert s.db["meta"].get("schema_version")["value"] == str(SCHEMA_VERSION)
    assert [m.name for m in MIGRATIONS.applied(s.db)] == ["m001_tables", "m002_abstract_categories",
                                                          "m003_outcome_findings", "m004_trials", "m005_deleted_on",
                                                          "m006_author_affiliations", "m007_pmid_version",
                                                          "m008_check_only", "m009_trial_disclosure",
                                                          "m010_digest_runs", "m011_says_low_dose", "m013_cited_pmids",
                                                          "m014_conduct", "m015_counted_facts", "m017_chart_counts",
                                                          "m016_outcome_reads", "m018_tagger_version_index",
                                                          "m019_articles_newest", "m020_articles_journals"]
    assert "trials" in s.db.table_names()
    assert s.count_articles() == len(articles)
    tags = s.get_tags()[articles[0].pmid]
    assert (tags.design, tags.finding, tags.conditions, tags.outcome_findings) == (
        "rct", "positive", ["fibromyalgia"], [])
    got = s.get_article(articles[0].pmid)
    assert got.title == articles[0].title
    if version == 1:
        assert all(x.category is None for x in got.abstract_sections)
    assert s.save_articles(articles, source="test").unchanged  # same content hash as before: nothing "revised"
    # ... and stored again (import, update --full), the records gain their categories.
    assert any(x.category for x in s.get_article(articles[0].pmid).abstract_sections)
    s.close()
    s = Store(path)  # opening again applies nothing
    assert not MIGRATIONS.pending(s.db) and len(MIGRATIONS.applied(s.db)) == SCHEMA_VERSION
    s.close()


def test_a_database_with_trials_gains_their_disclosure_dates(tmp_path):
    """m009: a database written before it keeps its trials; their results-submitted and certificate-of-delay
    dates read as unknown until the next `trials update` fills them."""
    from ldn_lit.models import Trial

    path = tmp_path / "m008.db"
    s = Store(path)
    s.save_trials([Trial("NCT09000001", "Synthetic trial", overall_status="COMPLETED")], {}, fetched_on="2026-01-01")
    for column in ("results_first_submit_date", "disp_first_submit_date"):
        s.db.execute(f"alter table trials drop column {column}")
    # a database from before m009 has none of the later migrations either (m010-m020 run again: idempotent)
    s.db.execute("delete from _sqlite_migrations where name in ('m009_trial_disclosure', 'm010_digest_runs', "
                 "'m011_says_low_dose', 'm013_cited_pmids', 'm014_conduct', 'm015_counted_facts', "
                 "'m017_chart_counts', 'm016_outcome_reads', 'm018_tagger_version_index', "
                 "'m019_articles_newest', 'm020_articles_journals')")
    s.db["meta"].upsert({"key": "schema_version", "value": "8"}, pk="key")
    s.close()
    s = Store(path)
    t = s.get_trials()[0]
    assert (t.nct_id, t.overall_status, t.results_first_submit_date, t.disp_first_submit_date) == (
        "NCT09000001", "COMPLETED", None, None)
    assert s.db["meta"].get("schema_version")["value"] == str(SCHEMA_VERSION)
    s.close()


def test_m014_adds_how_a_study_was_run_and_older_rows_read_not_stated(tmp_path):
    """m014: a tags table from before it gains blinding, attrition, duration and comparator; its rows read as
    not stated (None) until retag, and a retagged row comes back as saved."""
    from ldn_lit.models import Attrition, Tags

    path = tmp_path / "m013.db"
    s = Store(path)
    s.db["articles"].insert({"pmid": "1", "title": "Synthetic"})
    s.save_tags([Tags("1", design="rct")], "6")
    for column in ("blinding", "attrition", "duration", "comparator", "comparator_drug"):
        s.db.execute(f"alter table tags drop column {column}")
    s.db.execute("delete from _sqlite_migrations where name = 'm014_conduct'")
    s.close()
    s = Store(path)
    old = s.get_tags()["1"]
    assert (old.design, old.blinding, old.attrition, old.duration, old.comparator) == ("rct", None, None, None, None)
    t = Tags("1", design="rct", blinding="open_label", attrition=Attrition(60, 47, 13, 21.7, True),
             duration="12 weeks", comparator="active", comparator_drug="amitriptyline")
    s.save_tags([t], "7")
    assert s.get_tags()["1"] == t
    assert s.db["meta"].get("schema_version")["value"] == str(SCHEMA_VERSION)
    s.close()


def test_a_new_database_is_built_by_the_migrations(store):
    assert not MIGRATIONS.pending(store.db)
    version = store.db["meta"].get("schema_version")["value"]
    assert version == str(SCHEMA_VERSION) == str(len(MIGRATIONS.applied(store.db)))


def test_chunks_cover_every_id_once_within_the_parameter_limit():
    ids = [str(i) for i in range(1234)]
    got = list(chunks(ids))
    assert [len(p) for p, _ in got] == [500, 500, 234] and [x for p, _ in got for x in p] == ids
    assert all(m == ",".join("?" * len(p)) for p, m in got) and list(chunks([])) == []


def test_lookups_by_identifier_and_citation(store, articles):
    store.save_articles(articles, source="test")
    a = articles[0]
    assert store.find_pmids(pmid=a.pmid) == [a.pmid] and store.find_pmids(pmid="1") == []
    if a.doi:
        assert store.find_pmids(doi=a.doi.upper()) == [a.pmid]
    rows = store.citation_fields(a.year)
    assert a.pmid in {r["pmid"] for r in rows} and set(rows[0]) == {"pmid", "journal", "journal_iso", "medline_ta",
                                                                    "volume", "pages"}
    assert store.citation_fields(1700) == []
    assert {r["pmid"] for r in store.citation_fields(volume=a.volume)} >= {a.pmid}
    assert store.citation_fields(volume="no such volume") == []


def test_evidence_rows_and_records_entered_decode_tags_once(store, articles):
    t = Tags(articles[0].pmid, ["fibromyalgia"], "rct", "human", 40, dose_mg=[4.5], outcomes=["pain"],
             finding="positive", evidence="Synthetic.", retracted=True,
             outcome_findings=[OutcomeFinding("pain", "positive", "Synthetic.", True)])
    store.save_articles(articles, source="test", tags=[t])
    rows = {r["pmid"]: r for r in store.evidence_rows()}
    assert list(rows) == [articles[0].pmid]  # untagged records are not evidence
    r = rows[articles[0].pmid]
    assert (r["conditions"], r["dose_mg"], r["outcomes"], r["retracted"]) == (["fibromyalgia"], [4.5], ["pain"], True)
    # per-outcome findings come as stored: the claim rules decode them only for the records a claim reads
    from ldn_lit.claims import load_evidence

    assert load_evidence(store)[0].findings == t.outcome_findings and isinstance(r["findings_json"], str)
    assert store.evidence_rows(until="1900-01-01") == []
    entered = store.records_entered("1800-01-01", "2999-12-31")
    assert {x["pmid"] for x in entered} == {a.pmid for a in articles}
    untagged = [x for x in entered if x["pmid"] != t.pmid][0]
    assert untagged["conditions"] == [] and untagged["retracted"] is False and untagged["design"] is None
    assert store.count_entered(until="2999-12-31") == len(articles) and store.count_entered(until="1900-01-01") == 0
    assert store.journals_on_condition("fibromyalgia") == [(articles[0].journal, articles[0].journal_iso,
                                                            articles[0].medline_ta)]
    assert store.journals_on_condition("psoriasis") == []
    assert [a.pmid for a in store.iter_articles(condition="fibromyalgia")] == [t.pmid]


def test_fts_follows_revisions(store, articles):
    store.save_articles(articles, source="test")
    articles[0].title = "Synthetic record about zebrafish"
    articles[0].abstract_sections = []
    store.save_articles(articles, source="test")
    assert [h["pmid"] for h in store.search("zebrafish")[0]] == ["970000001"]
    assert store.search("placebo") == ([], 0)  # the old abstract is no longer indexed
    assert store.db.execute("insert into articles_fts(articles_fts) values('integrity-check')") is not None


def test_records_only_check_fetched_stay_out_of_verdicts_and_digests_until_a_search_finds_them(store, articles):
    tags = [Tags(a.pmid, ["fibromyalgia"], "rct", "human", finding="positive", evidence="Synthetic.")
            for a in articles]
    first, rest = articles[0], articles[1:]
    store.save_articles([first], source="check", tags=tags[:1])
    store.save_articles(rest, source="test", tags=tags[1:])
    counted = {r["pmid"] for r in store.evidence_rows()}
    assert first.pmid not in counted and counted == {a.pmid for a in rest}
    assert first.pmid not in {r["pmid"] for r in store.records_entered("1800-01-01", "2999-12-31")}
    assert store.count_entered("2999-12-31") == len(rest) and len(store.tagged_by_year()) == len(rest)
    assert store.get_article(first.pmid) is not None  # kept: `check` and `show` still find it
    # check fetching a counted record again does not take it out of the count
    store.save_articles(rest[:1], source="check", tags=tags[1:2])
    assert rest[0].pmid in {r["pmid"] for r in store.evidence_rows()}
    # a tracked search finds the check-only record (update stores its match): it counts from now on
    store.add_matches({first.pmid: {"fibromyalgia"}}, None)
    assert first.pmid in {r["pmid"] for r in store.evidence_rows()}


def test_an_import_counts_a_record_check_had_fetched(store, articles):
    store.save_articles(articles[:1], source="check", tags=[Tags(articles[0].pmid, ["fibromyalgia"], "rct")])
    assert store.evidence_rows() == []
    assert store.save_articles(articles[:1], source="import:x.xml").unchanged == [articles[0].pmid]
    assert [r["pmid"] for r in store.evidence_rows()] == [articles[0].pmid]


def _before_m020(s: Store) -> None:
    """A database from before m020: without the indexes of the counted records' journals and of the uncounted."""
    s.db.execute("drop index articles_journals")
    s.db.execute("drop index articles_uncounted")
    s.db.execute("delete from _sqlite_migrations where name = 'm020_articles_journals'")


def _before_m017(s: Store) -> None:
    """A database from before m017: without the chart's counts, their triggers and the index on the day entered."""
    _before_m020(s)
    for name in [r[0] for r in s.db.execute("select name from sqlite_master where type = 'trigger' "
                                            "and name like 'chart_%'")]:
        s.db.execute(f"drop trigger {name}")
    s.db.execute("drop table chart_counts")
    s.db.execute("drop index articles_entered")
    s.db.execute("delete from _sqlite_migrations where name = 'm017_chart_counts'")


def _before_m015(s: Store) -> None:
    """A database from before m015: without its indexes and column (dropped first: they name older columns)."""
    _before_m017(s)
    s.db.execute("drop index tags_counted")
    s.db.execute("drop index articles_counted")
    s.db.execute("alter table tags drop column finding_outcomes")
    s.db.execute("delete from _sqlite_migrations where name = 'm015_counted_facts'")


def test_m008_marks_records_check_stored_before_it(tmp_path, articles):
    path = tmp_path / "v7.db"
    s = Store(path)
    t = [Tags(a.pmid, ["fibromyalgia"], "rct") for a in articles[:2]]
    s.save_articles(articles[:1], source="check", tags=t[:1])
    s.save_articles(articles[1:2], source="check", tags=t[1:], matches={articles[1].pmid: {"fibromyalgia"}})
    _before_m015(s)
    s.db.execute("alter table articles drop column check_only")
    s.db.execute("delete from _sqlite_migrations where name = 'm008_check_only'")
    s.close()
    s = Store(path)
    assert [r["pmid"] for r in s.evidence_rows()] == [articles[1].pmid]  # found by a search: counted
    s.close()


def test_m011_fills_the_low_dose_flag_of_stored_tags_from_their_text(tmp_path, articles):
    """A database tagged before m011 gains tags.says_low_dose, filled with the test the tagger now runs."""
    from ldn_lit.tagging import LOW_DOSE_RE

    path = tmp_path / "m010.db"
    s = Store(path)
    s.save_articles(articles, source="test", tags=[Tags(a.pmid, ["fibromyalgia"], "rct", "human") for a in articles])
    _before_m015(s)
    s.db.execute("alter table tags drop column says_low_dose")
    s.db.execute("delete from _sqlite_migrations where name = 'm011_says_low_dose'")
    s.close()
    s = Store(path)
    got = {r["pmid"]: bool(r["says_low_dose"]) for r in s.db.query("select pmid, says_low_dose from tags")}
    want = {a.pmid: bool(LOW_DOSE_RE.search(f"{a.title} {a.abstract}")) for a in articles}
    assert got == want and any(want.values())
    s.close()


def test_m013_cited_pmids_are_stored_and_filled_when_a_stored_record_comes_again(tmp_path, articles):
    """articles.cited_pmids (m013): the PMIDs a record's reference list cites. A database stored before it reads
    as citing nothing; the same record stored again (import, update) is unchanged (the references are outside
    the content hash) and gains its references; a later reference list replaces the stored one."""
    path = tmp_path / "m012.db"
    s = Store(path)
    s.save_articles(articles, source="test")
    assert s.get_article("970000001").cited_pmids == ["970000011", "970000012", "12345"]
    s.db.execute("alter table articles drop column cited_pmids")
    s.db.execute("delete from _sqlite_migrations where name = 'm013_cited_pmids'")
    s.close()
    s = Store(path)
    assert s.get_article("970000001").cited_pmids == []
    assert len(s.save_articles(articles, source="test").unchanged) == 3
    assert s.get_article("970000001").cited_pmids == ["970000011", "970000012", "12345"]
    articles[0].cited_pmids = ["970000013"]
    assert len(s.save_articles(articles, source="test").unchanged) == 3
    assert s.get_article("970000001").cited_pmids == ["970000013"]
    assert s.get_article("970000002").cited_pmids == []
    s.close()


def test_save_tags_counts_the_records_whose_tags_changed(store, articles):
    """Compared as stored; a row stored in other JSON spacing (an older ldn-lit) is decoded and counts only if
    its tags differ."""
    tags = [Tags(a.pmid, ["fibromyalgia"], "rct", "human", dose_mg=[4.5],
                 tag_reasons={"design": [TagReason("pubtype", "Randomized Controlled Trial")]}) for a in articles]
    store.save_articles(articles, source="test")
    assert store.save_tags(tags, "1", only_changed=True) == 3  # none stored before
    assert store.save_tags(tags, "2", only_changed=True) == 0  # another version, the same tags
    store.db.execute("update tags set conditions = '[ \"fibromyalgia\" ]', dose_mg = '[4.50]' where pmid = ?",
                     [articles[0].pmid])
    tags[1].design = "cohort"
    assert store.save_tags(tags, "2", only_changed=True) == 1
    assert store.get_tags()[articles[1].pmid].design == "cohort"
    assert store.get_article(articles[0].pmid) == articles[0]


def test_retag_writes_only_the_tags_that_changed(store, articles):
    """save_tags(only_changed=True), retag's: a row equal to the stored one by the same tagger version is not written
    again, nor its outcome_reads; a row of another version is; and when the stored outcome_reads are another
    version's, every record's are stored again (retag then marks them current)."""
    tags = [Tags(a.pmid, ["fibromyalgia"], "rct", "human", 40, finding="positive",
                 evidence="Pain scores improved significantly compared with placebo (p = 0.01).") for a in articles]
    store.save_articles(articles, source="test")
    store.save_tags(tags, "1")
    before = store.db.conn.total_changes
    assert store.save_tags(tags, "1", only_changed=True) == 0
    assert store.db.conn.total_changes == before  # nothing written
    store.db.execute("update tags set tagged_at = 'then'")
    tags[1].design = "cohort"
    assert store.save_tags(tags, "1", only_changed=True) == 1
    assert [p for p, at in store.db.execute("select pmid, tagged_at from tags order by pmid")
            if at != "then"] == [articles[1].pmid]
    assert store.save_tags(tags, "2", only_changed=True) == 0  # another version: every row, the same tags
    assert {v for (v,) in store.db.execute("select tagger_version from tags")} == {"2"}
    reads = store.db.execute("select * from outcome_reads order by pmid, outcome").fetchall()
    assert reads
    store.db.execute("update outcome_reads set finding = 'garbled'")
    store.db.execute("update meta set value = 'older' where key = 'outcome_reads_version'")
    assert store.save_tags(tags, "2", only_changed=True) == 0
    assert store.db.execute("select * from outcome_reads order by pmid, outcome").fetchall() == reads


def _chart_as_counted(s: Store) -> dict[tuple, int]:
    """chart_counts as it should be: every counted, tagged record with a year, counted again from the rows."""
    want: dict[tuple, int] = {}
    for r in s.db.execute("select a.year, t.design, t.conditions from articles a join tags t on t.pmid = a.pmid "
                          "where a.deleted_on is null and a.check_only is null and a.year is not null"):
        want[r] = want.get(r, 0) + 1
    return want


def _more(articles, n: int) -> list:
    """n synthetic records from the fixture's: copies under new PMIDs, some sharing a year."""
    out = []
    for i in range(n):
        a = copy.deepcopy(articles[i % len(articles)])
        a.pmid = str(970100000 + i)
        out.append(a)
    return out


def test_the_chart_counts_follow_every_write_of_articles_and_tags(store, articles):
    """m017's triggers: after each kind of write the stored counts are those of the records, none dropped or counted
    twice, and no key is left at zero."""
    def check() -> None:
        got = {tuple(r[:3]): r[3] for r in store.db.execute("select year, design, conditions, records "
                                                            "from chart_counts")}
        assert got == _chart_as_counted(store)
        assert min(got.values(), default=1) > 0

    records = _more(articles, 9)
    tags = [Tags(a.pmid, ["fibromyalgia"], "rct", "human") for a in records]
    store.save_articles(records[:1], source="check", tags=tags[:1])  # check-only: not counted
    store.save_articles(records[1:], source="test", tags=tags[1:])
    check()
    assert max(_chart_as_counted(store).values()) > 1
    assert sum(n for *_, n in store.evidence_by_year(None, ["fibromyalgia"])) == 8
    store.add_matches({records[0].pmid: {"fibromyalgia"}}, None)  # a search found it: counted now
    check()
    store.save_tags([Tags(records[1].pmid, ["psoriasis", "fibromyalgia"], "cohort")], "8")  # retagged
    store.save_tags([Tags(records[2].pmid, ["fibromyalgia"], "rct", "animal")], "8")  # a column the chart ignores
    check()
    records[3].year = (records[3].year or 2000) + 3  # PubMed revised its year
    records[3].title = "A revised synthetic title"
    store.save_articles([records[3]], source="test", tags=[Tags(records[3].pmid, ["psoriasis"], "cohort")])
    check()
    store.mark_deleted([records[4].pmid], "2026-01-01")
    check()
    store.db.execute("update articles set year = null where pmid = ?", [records[5].pmid])
    check()
    store.db.execute("delete from tags where pmid = ?", [records[6].pmid])
    check()
    store.save_articles(_more(articles, 12)[9:], source="test")  # stored untagged: not charted until tagged
    check()
    store.save_tags([Tags(a.pmid, ["fibromyalgia"], "rct") for a in _more(articles, 12)[9:]], "8")
    check()
    assert sum(_chart_as_counted(store).values()) == 12 - 3
    assert {(y, d): n for y, d, n in store.evidence_by_year(None, ["psoriasis"])} == {
        (records[1].year, "cohort"): 1, (records[3].year, "cohort"): 1}


def test_m017_counts_the_chart_of_a_database_stored_before_it(tmp_path, articles):
    path = tmp_path / "v14.db"
    s = Store(path)
    s.save_articles(articles, source="test", tags=[Tags(a.pmid, ["fibromyalgia"], "rct") for a in articles[:-1]])
    want = _chart_as_counted(s)
    _before_m017(s)
    s.close()
    s = Store(path)
    assert want and {tuple(r[:3]): r[3] for r in s.db.execute("select * from chart_counts")} == want
    s.save_tags([Tags(articles[-1].pmid, ["fibromyalgia"], "rct")], "8")  # and the triggers keep them from now on
    assert sum(n for *_, n in s.evidence_by_year(None, ["fibromyalgia"])) == sum(want.values()) + (
        articles[-1].year is not None)
    s.close()


def test_the_records_of_a_window_and_the_count_read_the_day_each_entered(store, articles):
    """records_entered and count_entered by the articles_entered index: a record with no known day enters no window
    and is not counted by a day; a withdrawn one neither."""
    store.save_articles(articles, source="test")
    days = sorted(store._column_by_pmid("entrez_date", [a.pmid for a in articles]).items())
    first_day = min(d for _, d in days if d)
    store.db.execute("update articles set entrez_date = null, first_stored_at = null where pmid = ?", [days[0][0]])
    store.mark_deleted([days[1][0]], "2026-01-01")
    rest = [p for p, _ in days[2:]]
    assert sorted(r["pmid"] for r in store.records_entered("1800-01-01", "2999-12-31")) == sorted(rest)
    assert store.count_entered("2999-12-31") == len(rest)
    assert store.count_entered(first_day) == sum(1 for p, d in days[2:] if d == first_day)
    assert [r["pmid"] for r in store.records_entered(first_day, first_day)] == sorted(
        (p for p, d in days[2:] if d == first_day), key=int)


def test_the_window_s_records_carry_their_untracked_conditions_and_first_authors(store, articles):
    """records_entered reads what a record is about when no condition matched from its tag reasons (in SQL, in the
    reasons' order), once per record; first_authors gives each record's first n authors in order, none twice."""
    from ldn_lit.models import Author

    records = _more(articles, 4)
    records[0].authors = [Author(f"Synthetic{i}", None, "Q") for i in range(6)]
    reasons = {"other_conditions": [TagReason("mesh", "Synthetic Disorder"), TagReason("title", "made-up itch")],
               "design": [TagReason("rule", "randomised")]}
    store.save_articles(records[:3], source="test", tags=[
        Tags(records[0].pmid, [], "rct", tag_reasons=reasons), Tags(records[1].pmid, ["fibromyalgia"], "rct")])
    store.save_articles(records[3:], source="test")  # untagged
    rows = store.records_entered("1800-01-01", "2999-12-31")
    assert sorted(r["pmid"] for r in rows) == sorted(a.pmid for a in records)
    about = {r["pmid"]: r["other_conditions"] for r in rows}
    assert about == {records[0].pmid: ["Synthetic Disorder", "made-up itch"], records[1].pmid: [],
                     records[2].pmid: [], records[3].pmid: []}
    authors = store.first_authors([a.pmid for a in records], 4)
    assert authors[records[0].pmid] == ["Synthetic0 Q", "Synthetic1 Q", "Synthetic2 Q", "Synthetic3 Q"]
    assert {p: len(v) for p, v in authors.items()} == {
        a.pmid: min(len(a.authors), 4) for a in records if a.authors}
    assert store.first_authors([records[0].pmid], 2)[records[0].pmid] == ["Synthetic0 Q", "Synthetic1 Q"]


def test_tagger_pages_hold_what_the_tagger_reads(store, articles):
    """retag reads the records through tagger_pages: every field the tagger reads (tag_pool.TAGGER_READS) as stored,
    by PMID, a page at a time, in the shape they cross to a worker (tag_pool.slim); nothing else is read."""
    from ldn_lit.tag_pool import TAGGER_READS, slim, unslim

    store.save_articles(articles, source="test")
    pages = list(store.tagger_pages(2))
    assert [len(p) for p in pages] == [2] * (len(articles) // 2) + ([len(articles) % 2] if len(articles) % 2 else [])
    assert [r for p in pages for r in p] == [slim(a) for a in sorted(articles, key=lambda a: int(a.pmid))]
    got = [unslim(r) for p in pages for r in p]
    want = sorted(articles, key=lambda a: int(a.pmid))
    assert [a.pmid for a in got] == [a.pmid for a in want]
    assert any(a.mesh and a.mesh[0].qualifiers for a in want) and any(a.comments_corrections for a in want)
    assert any(s.category for a in want for s in a.abstract_sections) and any(a.keywords for a in want)
    for g, w in zip(got, want, strict=True):
        assert {f: getattr(g, f) for f in TAGGER_READS} == {f: getattr(w, f) for f in TAGGER_READS}
        assert not g.authors and g.journal is None


def test_stale_tags_are_counted_from_the_tagger_version_index(store, articles):
    """Every read command asks how many records older rules tagged: from an index (m018), older and newer alike."""
    from ldn_lit.tagging import tag_article

    store.save_articles(articles[:3], source="test")
    for a, version in zip(articles[:3], ["7", "8", "9"], strict=True):
        store.save_tags([tag_article(a, [])], version)
    assert store.count_stale_tags("8") == 2 and store.count_stale_tags("9") == 2 and store.count_stale_tags("x") == 3
    plan = " ".join(str(r[-1]) for r in store.db.execute(
        "explain query plan select count(*) from tags where tagger_version < ? or tagger_version > ?", ["8", "8"]))
    assert "SEARCH tags USING COVERING INDEX tags_tagger_version" in plan and "SCAN" not in plan


@pytest.mark.parametrize("value", [
    [], {}, "", None, True, [None, False, 0, -1, 2**63 - 1, 2**64 - 1],
    ["naïve", "50 µg", "p<0·05", "≥18", "\u2028", "\x7f", "emoji \U0001F600", 'a "quoted" \\ back\\slash'],
    [chr(c) for c in range(0x20)],  # every control character: \n, \t ... and \u00XX
    {"design": [{"rule": "mesh", "matched": "Double-Blind Method"}], "é": [{"rule": "x", "matched": None}]},
    [["BACKGROUND", "Synthetic text."], [None, "No label."]],
    [2**64, "beyond 64 bits"], {1: "a key that is not a string"}, ["lone \ud800 surrogate"],
])
def test_text_json_writes_what_json_writes(value):
    """The stored texts of records and tags go through orjson (_text_json): each must be the standard library's bytes,
    or the content hashes and compared tags of every stored record would change."""
    from ldn_lit.store import _json, _text_json

    assert _text_json(value) == _json(value)


def test_text_json_covers_every_character():
    from ldn_lit.store import _json, _text_json

    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert _text_json([text, {text: text}]) == _json([text, {text: text}])


@pytest.mark.parametrize("odd", ["", "lone \ud800 surrogate"])
def test_tag_row_writes_each_column_as_json_writes_it(odd):
    """tag_row hands the findings and reasons to orjson as dataclasses; what orjson refuses (here a lone surrogate)
    goes through to_dict and json. Either way each column is the standard library's text of to_dict's value."""
    import json

    from ldn_lit.models import Attrition
    from ldn_lit.store import _TAG_ROW, tag_row

    t = Tags(pmid="970000001", conditions=["fibromyalgia"], dose_mg=[4.5, 0.00001], outcomes=["pain"],
             outcome_findings=[OutcomeFinding("pain", "positive", "Synthetic: pain fell" + odd, comparison="none")],
             tag_reasons={"design": [TagReason("phrase", "randomised" + odd)]}, retracted=True,
             attrition=Attrition(randomised=60, lost=13, percent=21.7))
    d = t.to_dict()
    want = {k: json.dumps(v, ensure_ascii=False, separators=(",", ":")) if isinstance(v, (list, dict)) else v
            for k, v in d.items()}
    row = dict(zip(_TAG_ROW, tag_row(t), strict=True))
    assert {k: row[k] for k in d} == want | {"retracted": 1, "erratum": 0, "expression_of_concern": 0,
                                            "says_low_dose": 0}
    assert row["finding_outcomes"] == '["pain"]'
