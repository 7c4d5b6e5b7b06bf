"""Loading only what the claims read (issue 16, speed): the records on the claims' conditions, read once.
Every record and sentence here is SYNTHETIC (fake PMIDs, our own words)."""

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
