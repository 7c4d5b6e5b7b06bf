"""The verdict rules (ldn_lit/claims.py) on crafted evidence rows (synthetic, fake PMIDs)."""

from ldn_lit.claims import Evidence, evaluate_claim
from ldn_lit.config import Claim

MS = Claim("ms", "LDN reduces MS relapses.", "multiple_sclerosis", ["relapse_rate"], "positive",
           "Journal of Neuroimmunology")


def ev(pmid, design="rct", population="human", finding="positive", outcomes=("relapse_rate",), n=40,
       conditions=("multiple_sclerosis",), retracted=False, journal="J Synth", dose=(4.5,)):
    return Evidence(str(pmid), 2020, f"Synthetic {pmid}", journal, journal, journal, "2020-01-01", list(conditions),
                    design, population, n, list(dose), list(outcomes), finding, f"Synthetic sentence {pmid}.",
                    retracted)


def test_supported_when_controlled_human_evidence_is_positive():
    v = evaluate_claim([ev(1), ev(2, design="crossover_rct"), ev(3, design="case_report", n=1)], MS)
    assert v.verdict == "supported" and [r.pmid for r in v.supporting] == ["1", "2"]
    assert "PMID 1" in v.why and v.supporting[0].evidence == "Synthetic sentence 1."
    assert v.evidence_table["human_rct"] == 2 and v.evidence_table["human_largest_n"] == 40
    # A large uncontrolled null study does not overturn controlled evidence, but is listed and said.
    w = evaluate_claim([ev(1), ev(4, design="cohort_or_retrospective", finding="null", n=300)], MS)
    assert w.verdict == "supported" and [r.pmid for r in w.supporting] == ["1", "4"]
    assert "1 uncontrolled human study(ies) found no benefit (PMID 4)" in w.why


def test_contradicted_when_controlled_evidence_is_null():
    v = evaluate_claim([ev(1, finding="null", n=240), ev(2, design="open_label_single_arm", finding="positive")], MS)
    # The uncontrolled positive study does not change the verdict, but is shown after the controlled one.
    assert v.verdict == "contradicted" and [r.pmid for r in v.supporting] == ["1", "2"]
    assert "1 uncontrolled human study(ies) report benefit (PMID 2)" in v.why


def test_partly_supported_when_mixed_or_only_uncontrolled():
    assert evaluate_claim([ev(1), ev(2, finding="null")], MS).verdict == "partly_supported"
    v = evaluate_claim([ev(3, design="open_label_single_arm", n=12), ev(4, design="case_report", n=1)], MS)
    assert v.verdict == "partly_supported" and "only uncontrolled" in v.why and "largest n=12" in v.why


def test_not_studied_in_humans_and_no_evidence():
    v = evaluate_claim([ev(1, design="animal_study", population="animal", n=None)], MS)
    assert v.verdict == "not_studied_in_humans" and "animal" in v.why
    assert evaluate_claim([], MS).verdict == "no_evidence"
    other_outcome = evaluate_claim([ev(1, outcomes=("fatigue",))], MS)
    assert other_outcome.verdict == "no_evidence" and "none measured relapse_rate" in other_outcome.why


def test_retracted_records_never_support_and_are_listed():
    v = evaluate_claim([ev(1, retracted=True), ev(2, finding="null")], MS)
    assert v.verdict == "contradicted"
    assert [r.pmid for r in v.retracted] == ["1"] and "retracted" in v.why


def test_other_conditions_do_not_count():
    v = evaluate_claim([ev(1, conditions=("crohns_disease",))], MS)
    assert v.verdict == "no_evidence"


def test_cited_journal_is_reported_with_its_kinds():
    v = evaluate_claim([ev(1, design="animal_study", population="animal", journal="J Neuroimmunol"), ev(2)], MS)
    assert v.verdict == "supported"
    assert [r.pmid for r in v.cited_journal_records] == ["1"]
    assert v.cited_journal_summary == "Journal of Neuroimmunology: 1 stored record(s) on this (1 animal)"


def test_dose_claim():
    c = Claim("dose", "The low dose is between 0.5 mg and 5 mg a day.", "any", [], "dose")
    v = evaluate_claim([ev(1, dose=(4.5,)), ev(2, dose=(1.5, 4.5), design="open_label_single_arm")], c)
    assert v.verdict == "supported" and "2 of 2" in v.why
    v = evaluate_claim([ev(1, dose=(4.5,)), ev(2, dose=(0.001,)), ev(3, dose=(6.0,))], c)
    assert v.verdict == "partly_supported" and "1 of 3" in v.why
    assert evaluate_claim([ev(1, dose=(50.0,))], c).verdict == "no_evidence"  # standard doses are not LDN


def test_small_but_significant_claim_and_addiction_excluded():
    c = Claim("small", "Studies are small but significant.", "any", [], "any")
    rows = [ev(1, n=20), ev(2, n=30, finding="null"), ev(3, n=31),
            ev(4, n=900, conditions=("alcohol_use_disorder",), dose=(50.0,))]
    v = evaluate_claim(rows, c)
    assert v.verdict == "supported" and "median n=30" in v.why and "2 of 3 randomised trials positive" in v.why
    big_null = [ev(i, n=400, finding="null") for i in range(5)]
    assert evaluate_claim(big_null, c).verdict == "contradicted"
    # small studies, but 1 of 5 trials positive: the "significant" half fails, so the claim does
    small_mostly_null = [ev(1, n=20)] + [ev(i, n=20, finding="null") for i in range(2, 6)]
    assert evaluate_claim(small_mostly_null, c).verdict == "contradicted"
    # 2 of 5 positive: partly
    assert evaluate_claim([ev(1, n=20), ev(2, n=20)] + [ev(i, n=20, finding="null") for i in range(3, 6)],
                          c).verdict == "partly_supported"
    # large and positive: the "small" half is wrong, the result right
    assert evaluate_claim([ev(i, n=400) for i in range(3)], c).verdict == "partly_supported"


def test_mechanism_claims_are_never_fully_supported():
    c = Claim("mech", "LDN boosts the immune system via endorphins.", "any", ["endorphins"], "mechanism")
    assert evaluate_claim([ev(1, outcomes=("endorphins",))], c).verdict == "partly_supported"
    animal = [ev(2, design="animal_study", population="animal", outcomes=("endorphins",))]
    assert evaluate_claim(animal, c).verdict == "not_studied_in_humans"
