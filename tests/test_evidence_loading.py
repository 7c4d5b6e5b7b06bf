"""Loading only what the claims read (issue 16, speed): the records on the claims' conditions, read once.
Every record and sentence here is SYNTHETIC (fake PMIDs, our own words)."""

import json
from collections import Counter
from pathlib import Path

import pytest

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.claims import claim_conditions, judge_claims, load_evidence
from ldn_lit.config import Claim, load_config
from ldn_lit.ingest import import_file
from ldn_lit.models import Tags
from ldn_lit.store import Store

ROOT = Path(__file__).resolve().parents[1]
CFG = load_config(ROOT / "ldn_lit" / "queries.toml")
RCT = ["Randomized Controlled Trial"]
# (condition words, MeSH) of each synthetic record: single conditions, two at once, one inside the autoimmune
# group only (psoriasis), the addiction literature, and one on no condition
ON = [("fibromyalgia", ["Fibromyalgia"]), ("multiple sclerosis", ["Multiple Sclerosis"]),
      ("Crohn's disease", ["Crohn Disease"]), ("rheumatoid arthritis", ["Arthritis, Rheumatoid"]),
      ("psoriasis", ["Psoriasis"]), ("multiple sclerosis and fibromyalgia", ["Multiple Sclerosis", "Fibromyalgia"]),
      ("alcohol dependence", ["Alcoholism"]), ("healthy volunteers", [])]
RESULTS = ["Pain and fatigue were significantly lower with naltrexone than placebo (p = 0.01).",
           "Relapse rate and disability did not differ between groups (p = 0.40).",
           "Disease activity index and quality of life improved significantly versus placebo (p = 0.02).",
           "IL-6 and other inflammatory markers fell significantly compared with placebo (p = 0.03)."]


def _xml(i: int, words: str, mesh: list[str], result: str, dose: str) -> str:
    return make_article_xml(
        str(986000000 + i), f"Synthetic randomized trial of low-dose naltrexone in {words}",
        [("METHODS", f"Synthetic test text. {20 + 7 * i} adults with {words} were randomized to naltrexone {dose} mg "
                     "or placebo for 12 weeks."), ("RESULTS", result)],
        mesh=mesh, pub_types=RCT if i % 3 else ["Journal Article"], year=2010 + i % 12, entrez=(2010 + i % 12, 1, 1))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("ev")
    xml = d / "r.xml"
    xml.write_text(XML_HEAD + "".join(_xml(i, w, m, RESULTS[(i + k) % 4], ("4.5", "3", "50")[(i + k) % 3])
                                      for k in range(3) for i, (w, m) in enumerate(ON, start=10 * k))
                   + "</PubmedArticleSet>")
    with Store(d / "e.db") as s:
        import_file(s, CFG, xml)
        yield s


def test_the_query_keeps_every_record_on_a_condition_and_no_other(store):
    every = store.evidence_rows()
    on = {c: [r["pmid"] for r in every if c in r["conditions"]] for c in ("fibromyalgia", "psoriasis")}
    assert on["fibromyalgia"] and on["psoriasis"]
    assert [r["pmid"] for r in store.evidence_rows(conditions=["fibromyalgia"])] == on["fibromyalgia"]
    both = [r["pmid"] for r in store.evidence_rows(conditions=["fibromyalgia", "psoriasis"])]
    assert both == sorted(set(on["fibromyalgia"] + on["psoriasis"]), key=int)
    assert store.evidence_rows(conditions=[]) == [] and store.evidence_rows(conditions=["no_such"]) == []
    assert store.evidence_rows(until="2011-12-31", conditions=["fibromyalgia"]) == [
        r for r in store.evidence_rows(until="2011-12-31") if "fibromyalgia" in r["conditions"]]


def test_a_group_claim_reads_its_conditions_and_an_any_claim_every_record():
    ms = Claim(id="x", claim="LDN reduces relapses in MS.", condition="multiple_sclerosis", outcomes=["relapse_rate"])
    group = next(c for c in CFG.claims if c.condition == "autoimmune")
    assert claim_conditions([ms]) == ("multiple_sclerosis",)
    assert {"psoriasis", "multiple_sclerosis", "crohns_disease"} <= set(claim_conditions([group]))
    assert claim_conditions([ms, next(c for c in CFG.claims if c.condition == "any")]) is None


@pytest.mark.parametrize("claim", CFG.claims, ids=lambda c: c.id)
def test_each_claim_judged_on_its_records_as_on_every_record(store, claim):
    every = judge_claims(store, load_evidence(store), [claim])[0]
    mine = judge_claims(store, load_evidence(store, claims=[claim]), [claim])[0]
    assert mine.to_dict() == every.to_dict()


def test_the_shipped_claims_read_records_and_an_unchanged_database_is_read_once(store):
    verdicts = judge_claims(store, load_evidence(store, claims=CFG.claims), CFG.claims)
    assert any(v.supporting for v in verdicts)  # the comparison above is not between empty verdicts
    first = load_evidence(store, claims=CFG.claims[1:2])
    assert load_evidence(store, claims=CFG.claims[1:2]) is first  # no second query
    store.save_tags([Tags(first[0].pmid, ["multiple_sclerosis"], "rct", "human", 99)], "test")
    again = load_evidence(store, claims=CFG.claims[1:2])
    assert again is not first and again[0].sample_size == 99


def test_a_record_is_read_for_an_outcome_as_if_its_findings_were_decoded(store):
    from dataclasses import asdict

    from ldn_lit.claims import _EVIDENCE_FIELDS, Evidence, read_outcome
    from ldn_lit.vocabulary import OUTCOMES

    read = skipped = 0
    for r in store.evidence_rows():  # fresh records: nothing decoded yet
        e, decoded = (Evidence(**{k: r[k] for k in _EVIDENCE_FIELDS}) for _ in range(2))
        assert decoded.findings is not None  # decoded before any read
        for o in (o.id for o in OUTCOMES):
            if e.lacks_finding_on(o):  # told without decoding: it must be so
                assert decoded.findings and o not in {f.outcome for f in decoded.findings}
                skipped += 1
            fast, slow = read_outcome(e, o), read_outcome(decoded, o)
            assert (asdict(fast) if fast else None) == (asdict(slow) if slow else None)
            read += fast is not None
    assert read and skipped  # some records report on some outcome; some are passed over undecoded


def test_a_record_built_from_its_row_is_the_record_its_fields_make(store):
    from ldn_lit.claims import _EVIDENCE_FIELDS, Evidence

    rows = store.evidence_rows()
    assert rows
    for r in rows:
        fast, slow = Evidence.from_row(dict(r)), Evidence(**{k: r[k] for k in _EVIDENCE_FIELDS})
        assert fast == slow and fast.outcome_findings == [] and fast.outcome_findings is not slow.outcome_findings
        assert (fast.group, fast.rank, fast.has_data, fast.dose_kind) == (slow.group, slow.rank, slow.has_data,
                                                                          slow.dose_kind)


# ---- pooled: the records the claims only count are counted from an index, never read (issue 16, speed) ----------
# A bigger SYNTHETIC corpus (our own words, fake PMIDs): more than MAX_ROWS records in each list a verdict shows
# (standard dose, dose not stated, no data of their own, retracted), on one condition, two, a group member, the
# addiction literature and none, so that most records are bundled and a wrong filter drops one a claim needs.
DESIGNS = [(["Randomized Controlled Trial"], "{n} adults with {w} were randomized to naltrexone {d} or placebo."),
           (["Clinical Trial"], "In this open-label pilot study, {n} patients with {w} received naltrexone {d}."),
           (["Case Reports"], "We describe one patient with {w} treated with naltrexone {d}."),
           (["Review"], "This narrative review summarises low-dose naltrexone in {w}."),
           (["Systematic Review", "Meta-Analysis"], "We pooled randomized controlled trials of naltrexone in {w}."),
           ([], "Mice with a model of {w} received naltrexone daily.")]
DOSES = ["4.5 mg", "3 mg", "50 mg", "", "1.5 mg"]
# and results on outcomes no shipped claim names: records the claims only count
OTHER = ["Sleep scores improved significantly versus placebo (p = 0.04).",
         "Mood did not differ between groups (p = 0.50).", "Adverse events were mild; vivid dreams were common."]


DENSE = [0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 7]  # most records on fibromyalgia and MS: long lists to choose from


def _pooled_xml(i: int) -> str:
    words, mesh = ON[DENSE[i % len(DENSE)]]
    types, methods = DESIGNS[(i // len(ON)) % len(DESIGNS)]
    dose = DOSES[(i // 7) % len(DOSES)]
    if i % 23 == 0:
        types = [*types, "Retracted Publication"]
    return make_article_xml(
        str(987000000 + i), f"Synthetic study {i} of {'low-dose ' if i % 4 else ''}naltrexone in {words}",
        [("METHODS", "Synthetic test text. " + methods.format(n=8 + (i * 13) % 150, w=words,
                                                               d=dose or "at a dose not given")),
         ("RESULTS", (RESULTS + OTHER)[(i // 3) % 7])],
        mesh=mesh, pub_types=types, year=1998 + i % 27, entrez=(1998 + i % 27, 1 + i % 12, 1),
        journal=("Journal of Neuroimmunology", "Journal of synthetic tests")[i % 5 == 0],
        journal_iso=("J Neuroimmunol", "J Synth Tests")[i % 5 == 0])


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    d = tmp_path_factory.mktemp("pool")
    xml = d / "r.xml"
    xml.write_text(XML_HEAD + "".join(_pooled_xml(i) for i in range(900)) + "</PubmedArticleSet>")
    with Store(d / "p.db") as s:
        import_file(s, CFG, xml)
        yield s


def _cited(claims):
    """The shipped claims, and each again citing a journal the corpus holds (the journal's records read in full)."""
    return [*claims, *(Claim(**{**c.__dict__, "id": c.id + "_cited", "cited_journal": "J Neuroimmunol"})
                       for c in claims)]


@pytest.mark.parametrize("until", [None, "2012-06-30"])
def test_pooled_verdicts_are_those_of_every_record_read(big, until):
    from ldn_lit.claims import Bundle, Indexed, full_records, read_records

    claims = _cited(CFG.claims)
    every = load_evidence(big, until, claims)
    shipped, pooled = load_evidence(big, until, CFG.claims, pool=True), load_evidence(big, until, claims, pool=True)
    for records in (shipped, pooled):  # each record once: read in full, judged from the index, or counted
        assert sum(e.n for e in records) == len(every)
        ids = [e.pmid for e in full_records(records)] + [p for e in records if isinstance(e, Indexed)
                                                         for p, _, _ in e.members]
        assert len(set(ids)) == len(ids) and set(ids) <= {e.pmid for e in every} and read_records(records)
    assert len(full_records(shipped)) < len(every) * 3 / 4  # many judged from the index, or counted only
    assert any(isinstance(e, Indexed) for e in shipped) and any(b.n > 1 for b in shipped if isinstance(b, Bundle))
    for c in claims:  # each claim alone (its own load) and all together, every study line read in full
        alone = judge_claims(big, load_evidence(big, until, [c], pool=True), [c], until, every_line=True)[0]
        assert alone.to_dict() == judge_claims(big, every, [c], until)[0].to_dict(), c.id
    together = judge_claims(big, pooled, claims, until, every_line=True)
    assert [v.to_dict() for v in together] == [v.to_dict() for v in judge_claims(big, every, claims, until)]
    assert all(v.not_ldn and v.dose_not_stated for v in together if v.claim.condition == "any")


def _lines(v, index_only=False):
    """Every row a verdict lists, as JSON gives it: (list, pmid, outcome, role, the row's JSON keys and values)."""
    import json as _json

    from ldn_lit import json_text

    d = _json.loads(json_text.dumps(v))
    lists = ["favouring", "against", "supporting", "outcome_measured", "not_ldn", "retracted", "dose_not_stated",
             "context", "cited_journal_records"]
    out = [(k, r) for k in lists for r in d[k]]
    out += [(f"{j['outcome']}.{k}", r) for j in d["per_outcome"]
            for k in ("favouring", "against", "uncontrolled", "animal", "not_deciding") for r in j[k]]
    return out


@pytest.mark.parametrize("until", [None, "2012-06-30"])
def test_json_gives_every_study_and_the_shown_ones_in_full(big, until):
    """claims --json (docs/claims.md): the same verdicts, certainties and outcome rows as every record read, every
    PMID of every list; the rows the other formats show with their full line, the rest with the index's fields."""
    from ldn_lit.claims import SHOWN_STUDIES, IndexedRow, outcome_studies

    claims = _cited(CFG.claims)
    full = judge_claims(big, load_evidence(big, until, claims), claims, until)
    shown = judge_claims(big, load_evidence(big, until, claims, pool=True), claims, until)
    slim_rows = 0
    for a, b in zip(full, shown, strict=True):
        assert (a.verdict, a.certainty, a.why, a.certainty_reasons) == (b.verdict, b.certainty, b.why,
                                                                         b.certainty_reasons)
        assert [(j.outcome, j.verdict, j.certainty, j.plain, j.domains) for j in a.per_outcome] == [
            (j.outcome, j.verdict, j.certainty, j.plain, j.domains) for j in b.per_outcome]
        lines_a, lines_b = _lines(a), _lines(b)
        assert [(k, r["pmid"], r.get("outcome"), r["role"]) for k, r in lines_a] == [
            (k, r["pmid"], r.get("outcome"), r["role"]) for k, r in lines_b]
        for (_, ra), (_, rb) in zip(lines_a, lines_b, strict=True):
            assert rb == ra or (set(rb) == set(IndexedRow.__json_fields__) and rb == {k: ra[k] for k in rb})
            slim_rows += rb != ra
        for j in b.per_outcome:  # what a person reads is read in full; the count says how many are not
            studies = outcome_studies(j)
            assert all(type(r) is not IndexedRow for r in studies[:SHOWN_STUDIES])
            assert j.index_only == sum(type(r) is IndexedRow for r in studies)
    assert slim_rows or until  # the whole corpus has more studies than a format shows


def test_the_grouped_records_are_the_records_of_the_evidence_query(big):
    big.db.execute("update articles set check_only = 1 where pmid = '987000012'")  # counted nowhere
    entered = big.db.execute("select entrez_date, first_stored_at from articles where pmid = '987000013'").fetchone()
    big.db.execute("update articles set entrez_date = null, first_stored_at = null where pmid = '987000013'")
    try:
        for until, conditions in [(None, None), ("2010-12-31", None), (None, ("fibromyalgia", "psoriasis"))]:
            rows = big.evidence_rows(until, conditions)
            by_pmid = {r["pmid"]: r for r in rows}
            groups = big.evidence_groups(until, conditions)
            assert sorted(p for g in groups for p in g[-1]) == sorted(by_pmid) and "987000012" not in by_pmid
            assert ("987000013" in by_pmid) == (until is None)  # no day it entered: counted only without `until`
            for g in groups:  # each member has the group's tags
                for r in (by_pmid[p] for p in g[-1]):
                    assert (r["design"], r["population"], r["sample_size"], r["finding"]) == (g[0], g[1], g[2], g[7])
                    assert json.loads(g[10]) == sorted({f["outcome"] for f in json.loads(r["findings_json"] or "[]")})
            newest = sorted(by_pmid, key=lambda p: (-(by_pmid[p]["year"] or 0), int(p)))
            assert big.newest(sorted(by_pmid), 7) == newest[:7] and big.newest(newest[3:], 2) == newest[3:5]
            names = big.journal_names()
            assert len(names) == 2
            for name in names:
                want = sorted(p for p, r in by_pmid.items()
                              if (r["journal"], r["journal_iso"], r["medline_ta"]) == name)
                assert want and sorted(big.journal_pmids([name], until, conditions)) == want
    finally:
        big.db.execute("update articles set check_only = null where pmid = '987000012'")
        big.db.execute("update articles set entrez_date = ?, first_stored_at = ? where pmid = '987000013'", entered)


def test_each_counted_journal_is_named_once_and_no_other(tmp_path):
    """Store.journal_names, from m020's index of the counted records' journals: a journal of several records once,
    a missing name part (NULL) kept, and the journals of records withdrawn or fetched only by `check` left out."""
    names = [("Journal of Synthetic A", "J Synth A"), ("Journal of Synthetic B", "J Synth B"),
             ("Journal of Synthetic A", "J Synth A"), ("Journal of Synthetic C", "J Synth C"),
             ("Journal of Synthetic D", "J Synth D"), ("Journal of Synthetic B", "J Synth B")]
    xml = tmp_path / "j.xml"
    xml.write_text(XML_HEAD + "".join(
        make_article_xml(str(988000000 + i), f"Synthetic record {i} on low-dose naltrexone",
                         [("RESULTS", "Synthetic test text.")], journal=j, journal_iso=iso)
        for i, (j, iso) in enumerate(names)) + "</PubmedArticleSet>")
    with Store(tmp_path / "j.db") as s:
        import_file(s, CFG, xml)
        s.db.execute("update articles set check_only = 1 where pmid = '988000003'")  # C: only `check` fetched it
        s.db.execute("update articles set deleted_on = '2020-01-01' where pmid = '988000004'")  # D: withdrawn
        s.db.execute("update articles set journal_iso = null where pmid = '988000005'")  # B, and B with no ISO name
        got = s.journal_names()  # (journal, ISO name, MEDLINE's name: here the ISO name)
        assert sorted(got, key=repr) == sorted([("Journal of Synthetic A", "J Synth A", "J Synth A"),
                                                ("Journal of Synthetic B", "J Synth B", "J Synth B"),
                                                ("Journal of Synthetic B", None, "J Synth B")], key=repr)
        indexes = {r[0] for r in s.db.execute("select name from sqlite_master where type = 'index'")}
        assert {"articles_journals", "articles_uncounted"} <= indexes


@pytest.mark.parametrize("scan", [True, False])
def test_the_newest_are_the_newest_whether_read_from_the_index_or_sorted(big, monkeypatch, scan):
    """Store.newest reads a long tie from m019's index newest first and sorts a short one: the same records either way,
    ties of year broken by PMID as a number, a record with no year last, none but those asked."""
    import ldn_lit.store as store_module

    monkeypatch.setattr(store_module, "NEWEST_SCAN", 0 if scan else 10**9)
    years = dict(big.db.execute("select pmid, year from articles").fetchall())
    nameless = "987000021"
    year = years[nameless]
    big.db.execute("update articles set year = null where pmid = ?", [nameless])
    try:
        years[nameless] = None
        every = sorted(years, key=lambda p: (-(years[p] or 0), int(p)))
        odd = [p for p in every if int(p) % 2]  # every other record: the index holds records not asked for
        for asked in (every, odd, odd[-40:], [nameless, *odd[:3]]):
            for n in (1, 7, 25, len(asked) + 5):
                assert big.newest(sorted(asked), n) == [p for p in every if p in set(asked)][:n]
        assert big.newest(every, len(every))[-1] == nameless and big.newest([], 3) == []
    finally:
        big.db.execute("update articles set year = ? where pmid = ?", [year, nameless])


def test_the_chart_counts_are_those_of_the_evidence_query(big):
    """The chart (m017's counts, less the records entered after the window) counts each record of the evidence query
    with a year once: also with a record counted nowhere and one with no known day it entered."""
    tracked = ["fibromyalgia", "multiple_sclerosis"]
    big.db.execute("update articles set check_only = 1 where pmid = '987000012'")
    entered = big.db.execute("select entrez_date, first_stored_at from articles where pmid = '987000013'").fetchone()
    big.db.execute("update articles set entrez_date = null, first_stored_at = null where pmid = '987000013'")
    try:
        for until in (None, "2012-06-30", "2999-12-31"):
            want = Counter((r["year"], r["design"]) for r in big.evidence_rows(until, tracked) if r["year"] is not None)
            assert want and {(y, d): n for y, d, n in big.evidence_by_year(until, tracked)} == want
    finally:
        big.db.execute("update articles set check_only = null where pmid = '987000012'")
        big.db.execute("update articles set entrez_date = ?, first_stored_at = ? where pmid = '987000013'", entered)


def test_an_older_database_gains_the_outcomes_its_findings_name(big, tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    copy = sqlite3.connect(path)
    big.db.conn.backup(copy)
    copy.close()
    with Store(path) as s:  # as m014 left it: no column, no index
        s.db.execute("drop index tags_counted")
        s.db.execute("alter table tags drop column finding_outcomes")
        s.db.execute("delete from _sqlite_migrations where name = 'm015_counted_facts'")
        s.db.conn.commit()
    with Store(path) as s:
        assert [tuple(g[:11]) for g in s.evidence_groups()] == [tuple(g[:11]) for g in big.evidence_groups()]
        assert {"tags_counted"} <= {i.name for i in s.db["tags"].indexes}


# ---- outcome_reads (m016): what a claim reads of a record it counts but does not show ------------------------------
def _expected_reads(store, pmids=None):
    from ldn_lit.claims import outcome_reads

    return {r["pmid"]: (r["year"], dict(outcome_reads(dict(r)))) for r in store.evidence_rows(pmids=pmids)}


def test_the_stored_reads_are_the_claims_reads_of_every_record(big):
    from ldn_lit.vocabulary import OUTCOMES

    want = _expected_reads(big)
    keys = ["", *(o.id for o in OUTCOMES)]
    got = big.outcome_reads(sorted(want), keys)
    assert got == {p: want[p] if want[p][1] else (None, {}) for p in want}
    assert sum(len(r) for _, r in want.values()) > len(want)  # several outcomes a record, and the '' read
    one = big.outcome_reads(sorted(want), ["pain"])  # only the outcomes asked, of only the records asked
    assert {p: r for p, (_, r) in one.items() if r} == {p: {"pain": r["pain"]} for p, (_, r) in want.items()
                                                        if "pain" in r}
    first = sorted(want)[:5]
    assert set(big.outcome_reads(first, keys)) == set(first)
    # each record once, asked twice or in any order; one not stored has no read
    assert big.outcome_reads([*first, *first[::-1]], keys) == big.outcome_reads(first, keys)
    assert list(big.outcome_reads(first[::-1], keys)) == first[::-1]
    assert big.outcome_reads(["999999999", first[0]], keys) == {"999999999": (None, {}), first[0]: got[first[0]]}


def test_save_tags_keeps_the_reads_and_an_older_database_gains_them(big, tmp_path):
    import sqlite3

    pmid = next(p for p, (_, r) in _expected_reads(big).items() if "pain" in r)
    before = big.get_tags([pmid])[pmid]
    changed = Tags(**{**before.__dict__, "outcome_findings": [], "finding": "null", "outcomes": ["mood"],
                      "evidence": "Synthetic: mood did not differ between groups."})
    try:
        big.save_tags([changed], "test")
        reads = big.outcome_reads([pmid], ["", "pain", "mood"])[pmid][1]
        assert "pain" not in reads and reads["mood"][1] == "null" and reads == _expected_reads(big, [pmid])[pmid][1]
    finally:
        big.save_tags([before], "test")
    assert "pain" in big.outcome_reads([pmid], ["pain"])[pmid][1]
    path = tmp_path / "old.db"
    copy = sqlite3.connect(path)
    big.db.conn.backup(copy)
    copy.close()
    with Store(path) as s:  # as m015 left it
        s.db.execute("drop table outcome_reads")
        s.db.execute("delete from _sqlite_migrations where name = 'm016_outcome_reads'")
        s.db.conn.commit()
    with Store(path) as s:
        assert s.db.execute("select * from outcome_reads order by pmid, outcome").fetchall() == \
            big.db.execute("select * from outcome_reads order by pmid, outcome").fetchall()


def test_json_text_writes_a_row_with_the_fields_its_class_names():
    from dataclasses import fields

    from ldn_lit import json_text
    from ldn_lit.claims import EvidenceRow, IndexedRow

    row = IndexedRow("1", 2020, None, "rct", "human", 40, "positive", None, False, "", [4.5], "pain")
    full = EvidenceRow("2", 2020, "J Synth", "rct", "human", 40, "positive", "Synthetic.", False, "Synthetic", [4.5])
    d = json.loads(json_text.dumps([row, full]))
    assert list(d[0]) == list(IndexedRow.__json_fields__) and list(d[1]) == [f.name for f in fields(EvidenceRow)]
    assert d[0]["pmid"] == "1" and d[0]["outcome"] == "pain" and "evidence" not in d[0]
    assert json.loads(json_text.dumps([row, full, 1e-7]))[:2] == d  # the standard library's path writes the same


def _animal_xml(i: int) -> str:
    """SYNTHETIC mouse studies (our own words, fake PMIDs): relapses in EAE and endorphin levels (with or without
    immune cells: records of two bundles, alternating in PMID order), no human study."""
    result = ["Relapses were significantly fewer in treated mice than in control mice (p = 0.01).",
              "Beta-endorphin levels increased significantly in treated mice compared with controls (p = 0.02).",
              "Beta-endorphin levels and regulatory T cells increased in treated mice (p = 0.03)."][i % 3]
    return make_article_xml(
        str(988000000 + i), f"Synthetic study {i} of low-dose naltrexone in mice with experimental autoimmune "
                            "encephalomyelitis",
        [("METHODS", "Synthetic test text. Mice with experimental autoimmune encephalomyelitis received "
                     "naltrexone daily."), ("RESULTS", result)],
        mesh=["Multiple Sclerosis", "Encephalomyelitis, Autoimmune, Experimental", "Mice"], pub_types=[],
        year=2000 + i % 20, entrez=(2000 + i % 20, 1, 1))


def test_an_outcome_studied_only_in_animals_is_said_from_their_records_read_in_full(tmp_path):
    """Animal records a claim reads are judged from the index like human ones; when an outcome was studied only in
    animals, the animal line quotes them, read in full then: the verdicts are those of every record read."""
    from ldn_lit.claims import Indexed

    xml = tmp_path / "a.xml"
    xml.write_text(XML_HEAD + "".join(_animal_xml(i) for i in range(80)) + "</PubmedArticleSet>")
    claims = [c for c in CFG.claims if c.id in ("ms_relapses", "mechanism_immune_boost")]
    with Store(tmp_path / "a.db") as s:
        import_file(s, CFG, xml)
        records = load_evidence(s, None, claims, pool=True)
        assert sum(isinstance(e, Indexed) and e.preclinical for e in records) > 2
        pooled = judge_claims(s, records, claims, every_line=True)
        full = judge_claims(s, load_evidence(s, None, claims), claims)
    assert [v.to_dict() for v in pooled] == [v.to_dict() for v in full]
    relapses, mechanism = pooled
    assert relapses.per_outcome[0].verdict == "not_studied_in_humans" and relapses.per_outcome[0].animal
    assert "in mice (EAE)" in relapses.per_outcome[0].plain
    assert mechanism.verdict == "not_studied_in_humans" and mechanism.supporting


def test_records_read_in_full_from_several_indexed_come_in_pmid_order():
    """An animal line lists the records it quotes in PMID order, as when every record is read: records of several
    Indexed (each its bundle's, in another order) are merged by PMID, not bundle by bundle."""
    from ldn_lit.claims import Bundle, Indexed, in_full
    from test_claims import ev

    made = {p: ev(p, design="animal_study", population="animal") for p in ("5", "12", "30", "7")}

    def bundle(pmids):
        b = Bundle(len(pmids), "animal_study", "animal", None, [], None, False, ["relapse_rate"], "positive", False,
                   ["multiple_sclerosis"])
        return Indexed(b, [(p, 2020, {}) for p in pmids], lambda ps: [made[p] for p in ps])

    assert [e.pmid for e in in_full([bundle(["12"]), bundle(["5"]), made["7"], bundle(["30"])])] == ["5", "7", "12",
                                                                                                       "30"]


def test_reads_stored_by_other_rules_are_not_read_and_retag_stores_them_again(big, tmp_path, monkeypatch):
    """outcome_reads is derived from the claims' rules: once those change (claims.READS_VERSION), the stored rows
    are computed afresh, never read, and `retag` stores them again."""
    import sqlite3

    from ldn_lit import claims
    from ldn_lit.retag import retag_all

    want = _expected_reads(big)
    keys = ["", *sorted({o for _, r in want.values() for o in r})]
    path = tmp_path / "stale.db"
    copy = sqlite3.connect(path)
    big.db.conn.backup(copy)
    copy.close()
    with Store(path) as s:
        assert s.reads_current()
        s.db.execute("update outcome_reads set finding = 'garbled'")  # what other rules might have stored
        s.db.conn.commit()
        monkeypatch.setattr(claims, "READS_VERSION", "next")
        assert not s.reads_current()
        assert s.outcome_reads(sorted(want), keys) == big.outcome_reads(sorted(want), keys)
        with Store(path, readonly=True) as ro:  # a read command gets them right too, writing nothing
            assert ro.outcome_reads(sorted(want), keys) == big.outcome_reads(sorted(want), keys)
        retag_all(s, CFG, jobs=1)
        assert s.reads_current()
        assert s.db.execute("select count(*) from outcome_reads where finding = 'garbled'").fetchone()[0] == 0
        assert s.outcome_reads(sorted(want), keys) == big.outcome_reads(sorted(want), keys)
