"""The verdict rules (ldn_lit/claims.py) on crafted evidence rows: SYNTHETIC, fake PMIDs, our own sentences."""

from ldn_lit.claims import Downgrade, Evidence, evaluate_claim, grade, is_result, read_outcome
from ldn_lit.config import Claim
from ldn_lit.models import OutcomeFinding

MS = Claim("ms", "LDN reduces MS relapses.", "multiple_sclerosis", ["relapse_rate"], "positive",
           "Journal of Neuroimmunology")
FM = Claim("fm", "LDN improves pain and fatigue in fibromyalgia.", "fibromyalgia", ["pain", "fatigue"], "positive")

SENTENCES = {  # synthetic result sentences, one per (outcome, finding)
    ("relapse_rate", "positive"): "Synthetic: the relapse rate was lower with LDN than placebo (p = 0.01).",
    ("relapse_rate", "null"): "Synthetic: relapse rates did not differ between groups (p = 0.60).",
    ("pain", "positive"): "Synthetic: pain scores fell more with LDN than with placebo (p = 0.02).",
    ("pain", "null"): "Synthetic: pain did not differ between LDN and placebo (p = 0.45).",
    ("fatigue", "null"): "Synthetic: fatigue did not differ between groups.",
    ("mood", "positive"): "Synthetic: mood improved with LDN (p = 0.03).",
}


def ev(pmid, design="rct", population="human", finding="positive", outcomes=("relapse_rate",), n=40,
       conditions=("multiple_sclerosis",), retracted=False, journal="J Synth", dose=(4.5,), per_outcome=True,
       year=2020, says_low_dose=True, sentence=None):
    """A synthetic evidence row; per_outcome=True gives it per-outcome findings (the tagger's), else none."""
    ofs = [OutcomeFinding(o, finding, sentence or SENTENCES.get((o, finding), f"Synthetic result on {o}."), i == 0)
           for i, o in enumerate(outcomes)] if per_outcome else []
    return Evidence(str(pmid), year, f"Synthetic {pmid}", journal, journal, journal, f"{year}-01-01", list(conditions),
                    design, population, n, list(dose), list(outcomes), finding,
                    sentence or SENTENCES.get((outcomes[0], finding), "Synthetic sentence.") if outcomes else None,
                    retracted, says_low_dose=says_low_dose, outcome_findings=ofs)


def test_supported_when_controlled_human_evidence_is_positive():
    v = evaluate_claim([ev(1), ev(2, design="crossover_rct", n=30), ev(3, design="case_report", n=1)], MS)
    assert v.verdict == "supported" and [r.pmid for r in v.supporting] == ["1", "2"]
    assert "PMID 1" in v.why and v.supporting[0].evidence == SENTENCES[("relapse_rate", "positive")]
    assert v.why.endswith("(rule: controlled-positive)")
    # A large uncontrolled null study does not overturn controlled evidence, but is said.
    w = evaluate_claim([ev(1), ev(4, design="cohort_or_retrospective", finding="null", n=300)], MS)
    assert w.verdict == "supported" and "1 uncontrolled human stud(ies) point the other way (PMID 4)" in w.why


def test_contradicted_when_controlled_evidence_is_null():
    v = evaluate_claim([ev(1, finding="null", n=240), ev(2, design="open_label_single_arm", finding="positive")], MS)
    assert v.verdict == "contradicted" and [r.pmid for r in v.against] == ["1"]
    assert "(PMID 2)" in v.why and "(rule: controlled-null)" in v.why


def test_both_sides_is_conflicting_and_lists_each_side_largest_first():
    rows = [ev(1, n=31), ev(2, n=24), ev(3, finding="null", n=99), ev(4, finding="null", n=58),
            ev(5, design="systematic_review_or_meta_analysis", n=250, year=2023)]
    v = evaluate_claim(rows, MS)
    assert v.verdict == "conflicting" and "(rule: controlled-disagree)" in v.why
    assert [r.pmid for r in v.favouring] == ["5", "1", "2"]  # the review first, then trials by n
    assert [r.pmid for r in v.against] == ["3", "4"]
    assert "the 2 largest randomised trials (n=99, 58" in v.why and "the latest review (PMID 5, 2023)" in v.why
    assert v.against[0].dose == "4.5 mg" and v.against[0].evidence == SENTENCES[("relapse_rate", "null")]
    assert v.certainty in ("low", "very_low") and any(r.startswith("inconsistency") for r in v.certainty_reasons)


def test_a_pilot_cannot_outweigh_a_larger_null_trial():
    v = evaluate_claim([ev(1, n=10), ev(2, finding="null", n=99)], MS)
    assert v.verdict == "contradicted" and "pilot" in v.why and "PMID 1" in v.why
    # ... and is listed on the outcome's row, not dropped (the Summary of Findings shows every study)
    from ldn_lit.summary_of_findings import outcome_studies

    assert [r.pmid for r in outcome_studies(v.per_outcome[0])] == ["2", "1"]
    assert v.per_outcome[0].not_deciding[0].role == "pilot: does not outweigh a larger trial"
    # ... but two trials of 20+ pointing different ways are a conflict, whatever their sizes
    assert evaluate_claim([ev(1, n=20), ev(2, finding="null", n=99)], MS).verdict == "conflicting"


def test_a_study_listed_twice_on_one_outcome_is_shown_once_where_it_first_comes():
    from ldn_lit.claims import EvidenceRow, OutcomeJudgment, outcome_studies

    def row(pmid, outcome="pain"):
        return EvidenceRow(pmid, 2020, None, "rct", "human", 40, "positive", None, False, "t", outcome=outcome)

    a, b, c, a_again, a_on_fatigue = row("1"), row("2"), row("3"), row("1"), row("1", "fatigue")
    j = OutcomeJudgment("pain", "supported", "", "", "low", [], favouring=[a, b],
                        uncontrolled=[c, a_again, a_on_fatigue])
    assert list(map(id, outcome_studies(j))) == list(map(id, [a, b, c, a_on_fatigue]))
    j.uncontrolled = [c]  # each once: all of them, in order
    assert list(map(id, outcome_studies(j))) == list(map(id, [a, b, c]))


def test_a_meta_analysis_and_its_trials_are_not_counted_twice():
    # The review's n (pooled) is not added to its trials' n in the imprecision step.
    rows = [ev(1, design="systematic_review_or_meta_analysis", n=120), ev(2, n=60), ev(3, n=60)]
    v = evaluate_claim(rows, MS)
    assert v.verdict == "supported"
    assert any("120 people in total" in r for r in v.certainty_reasons)


def test_standard_dose_records_are_listed_apart_and_never_decide():
    v = evaluate_claim([ev(1, dose=(50.0,), n=300, finding="null", says_low_dose=False), ev(2, n=40)], MS)
    assert v.verdict == "supported" and [r.pmid for r in v.not_ldn] == ["1"] and v.not_ldn[0].basis == "not LDN"
    assert "1 standard-dose record(s) (>= 25 mg) listed apart as not LDN" in v.why
    # no dose stated: counts only when the record says low-dose
    assert evaluate_claim([ev(3, dose=(), says_low_dose=False)], MS).verdict == "no_evidence"
    assert evaluate_claim([ev(3, dose=())], MS).verdict == "supported"


def test_the_claimed_outcome_is_judged_on_its_own_finding_never_another_outcomes_sentence():
    # A pain claim; the study's only finding is on mood: it is no evidence on pain.
    v = evaluate_claim([ev(1, outcomes=("mood",), conditions=("fibromyalgia",))], FM)
    assert v.verdict == "no_evidence" and "human studies measured mood" in v.why
    # Per-outcome findings decide: pain null, mood positive -> against on pain.
    e = ev(2, outcomes=("pain",), finding="null", conditions=("fibromyalgia",))
    e.outcome_findings.append(OutcomeFinding("mood", "positive", SENTENCES[("mood", "positive")]))
    e.finding = "positive"  # the overall finding must not be used when per-outcome findings exist
    assert read_outcome(e, "pain").finding == "null" and read_outcome(e, "pain").basis == "per-outcome finding"


def test_without_per_outcome_findings_the_overall_finding_counts_only_if_its_sentence_names_the_outcome():
    about_pain = ev(1, outcomes=("pain", "mood"), conditions=("fibromyalgia",), per_outcome=False,
                    sentence=SENTENCES[("pain", "positive")])
    about_mood = ev(2, outcomes=("pain", "mood"), conditions=("fibromyalgia",), per_outcome=False,
                    sentence=SENTENCES[("mood", "positive")])
    assert read_outcome(about_pain, "pain").basis == "overall finding"
    assert read_outcome(about_mood, "pain") is None
    v = evaluate_claim([about_pain, about_mood],
                       Claim("p", "LDN eases pain in fibromyalgia.", "fibromyalgia", ["pain"]))
    assert [r.pmid for r in v.supporting] == ["1"]
    assert "1 of them judged on the overall finding, its sentence naming pain (no per-outcome findings tagged)" in v.why


def test_background_aims_and_hypotheses_are_never_evidence():
    for s in ("We hypothesized that LDN reduces relapses.", "The aim of this study was to test LDN.",
              "Previous studies suggested that LDN eases pain.", "LDN is thought to act on microglia."):
        assert not is_result(s), s
    assert is_result("Synthetic: pain fell with LDN (p = 0.02).")
    v = evaluate_claim([ev(1, sentence="We hypothesized that LDN lowers the relapse rate.")], MS)
    assert v.verdict == "no_evidence"


def test_multi_outcome_claims_say_which_outcome_lacks_evidence():
    rows = [ev(1, outcomes=("pain",), conditions=("fibromyalgia",), n=60)]
    v = evaluate_claim(rows, FM)
    assert v.verdict == "partly_supported" and "(rule: some-outcomes)" in v.why
    assert "pain: the largest randomised trial" in v.why and "fatigue: no human study reported a finding on it" in v.why
    assert [j.outcome for j in v.per_outcome] == ["pain", "fatigue"]


def test_not_studied_in_humans_and_no_evidence():
    v = evaluate_claim([ev(1, design="animal_study", population="animal", n=None, dose=())], MS)
    assert v.verdict == "not_studied_in_humans" and "animal" in v.why and v.certainty == "very_low"
    e = evaluate_claim([], MS)
    assert e.verdict == "no_evidence" and e.certainty == "very_low" and e.certainty_reasons


def test_certainty_steps_down_with_named_reasons_and_takes_extra_downgrades():
    big = [ev(i, n=250) for i in (1, 2)]
    assert evaluate_claim(big, MS).certainty == "high" and evaluate_claim(big, MS).certainty_reasons == []
    small = evaluate_claim([ev(1, n=30), ev(2, n=30)], MS)
    assert small.certainty == "low" and small.certainty_reasons == ["imprecision: 60 people in total (< 100) (-2)"]
    single_arm = evaluate_claim([ev(1, design="open_label_single_arm", n=500)], MS)
    assert single_arm.verdict == "partly_supported" and single_arm.certainty == "very_low"
    assert single_arm.certainty_reasons[0].startswith("risk of bias: no comparator group")
    pub = Downgrade("publication_bias", "2 registered trials never reported")
    v = evaluate_claim(big, MS, downgrades=[pub])
    assert v.certainty == "moderate" and v.certainty_reasons == ["publication bias: 2 registered trials never reported"]
    level, reasons = grade([], extra=[pub])
    assert level == "very_low" and reasons[-1].startswith("publication bias")


def test_retracted_records_never_support_and_are_listed():
    v = evaluate_claim([ev(1, retracted=True), ev(2, finding="null")], MS)
    assert v.verdict == "contradicted"
    assert [r.pmid for r in v.retracted] == ["1"] and "retracted" in v.why


def test_other_conditions_do_not_count():
    assert evaluate_claim([ev(1, conditions=("crohns_disease",))], MS).verdict == "no_evidence"


def test_cited_journal_status():
    v = evaluate_claim([ev(1, design="animal_study", population="animal", journal="J Neuroimmunol"), ev(2)], MS)
    assert v.verdict == "supported" and [r.pmid for r in v.cited_journal_records] == ["1"]
    assert v.cited_journal_status == "citation_mismatch" and "animal_study" in v.cited_journal_summary
    assert evaluate_claim([ev(2)], MS).cited_journal_status == "not_found"
    assert evaluate_claim([ev(2, journal="J Neuroimmunol")], MS).cited_journal_status == "found"


def test_dose_claim_is_descriptive_doses_seen_not_a_verdict():
    c = Claim("dose", "The low dose is between 0.5 mg and 5 mg a day.", "any", [], "dose")
    v = evaluate_claim([ev(1, dose=(4.5,)), ev(2, dose=(1.5, 4.5), design="open_label_single_arm")], c)
    assert v.verdict == "descriptive" and v.kind == "descriptive" and v.certainty == "not_graded"
    assert "doses seen in 2 human low-dose studies stating one: 1.5, 4.5 mg/day; 2 of 2 used 0.5-5 mg" in v.why
    assert "(rule: doses-seen)" in v.why and not v.per_outcome
    v = evaluate_claim([ev(1, dose=(4.5,)), ev(2, dose=(0.001,)), ev(3, dose=(6.0,))], c)
    assert "1 of 3 used" in v.why
    assert "no stored human study" in evaluate_claim([ev(1, dose=(50.0,), says_low_dose=False)], c).why


def test_small_but_significant_claim_and_addiction_excluded():
    c = Claim("small", "Studies are small but significant.", "any", [], "any")
    rows = [ev(1, n=20), ev(2, n=30, finding="null"), ev(3, n=31),
            ev(4, n=900, conditions=("alcohol_use_disorder",), dose=(50.0,))]
    v = evaluate_claim(rows, c)
    assert v.verdict == "supported" and "median n=30" in v.why and "2 of 3 randomised trials positive" in v.why
    assert evaluate_claim([ev(i, n=400, finding="null") for i in range(5)], c).verdict == "contradicted"
    small_mostly_null = [ev(1, n=20)] + [ev(i, n=20, finding="null") for i in range(2, 6)]
    assert evaluate_claim(small_mostly_null, c).verdict == "contradicted"
    assert evaluate_claim([ev(1, n=20), ev(2, n=20)] + [ev(i, n=20, finding="null") for i in range(3, 6)],
                          c).verdict == "partly_supported"
    assert evaluate_claim([ev(i, n=400) for i in range(3)], c).verdict == "partly_supported"
    # Non-randomised studies are never counted as randomised trials, and standard-dose trials not at all.
    nonrand = [ev(1, design="nonrandomized_trial", n=20), ev(2, design="open_label_single_arm", n=12),
               ev(3, n=30, finding="null"), ev(4, n=60, dose=(50.0,), says_low_dose=False)]
    v = evaluate_claim(nonrand, c)
    assert "0 of 1 randomised trials positive" in v.why and v.verdict == "contradicted"


def test_mechanism_claims_are_never_fully_supported():
    c = Claim("mech", "LDN boosts the immune system via endorphins.", "any", ["endorphins"], "mechanism")
    up = "Synthetic: beta-endorphin levels increased with LDN (p = 0.02)."
    v = evaluate_claim([ev(1, outcomes=("endorphins",), sentence=up)], c)
    assert v.verdict == "partly_supported" and any("mechanism measurement" in r for r in v.certainty_reasons)
    assert "boosted in 1" in v.why and v.per_outcome[0].favouring[0].direction == "boosted"
    animal = [ev(2, design="animal_study", population="animal", outcomes=("endorphins",))]
    assert evaluate_claim(animal, c).verdict == "not_studied_in_humans"
    # a background sentence about endorphins is not evidence of the mechanism
    bg = [ev(3, outcomes=("endorphins",), sentence="LDN is believed to raise endorphins.")]
    assert evaluate_claim(bg, c).verdict == "no_evidence"



def test_why_of_a_one_sided_controlled_verdict_is_a_whole_sentence():
    """'… found no benefit, no controlled study for' (cut short) was shown in every digest."""
    against = evaluate_claim([ev(1, finding="null", n=240)], MS).why
    assert "found no benefit; no controlled study reports one (rule: controlled-null)" in against
    favouring = evaluate_claim([ev(1, n=240)], MS).why
    assert "reported benefit; no controlled study points the other way (rule: controlled-positive)" in favouring


# ---- issue 16: the reviewer's cases, as SYNTHETIC evidence rows (our own sentences, fake PMIDs) ----------------
CD = Claim("cd", "LDN improves symptoms and quality of life in Crohn's disease.", "crohns_disease",
           ["disease_activity_index", "symptom_severity", "quality_of_life"], "positive")


def test_a_hypothesis_paper_with_patients_never_decides_and_animal_only_evidence_is_said():
    hypothesis = ev(1, design="other", n=None, dose=(), sentence="Synthetic: there is much anecdotal evidence that "
                    "naltrexone prevents relapses in patients with MS.")
    mice = ev(2, design="animal_study", population="animal", dose=(), n=None,
              sentence="Synthetic: EAE mice given naltrexone had fewer relapses than untreated mice (p < 0.05).")
    mice.title = "Synthetic: naltrexone and relapses in mice with EAE"
    v = evaluate_claim([hypothesis, mice], MS)
    assert v.verdict == "not_studied_in_humans" and "1" not in [r.pmid for r in v.supporting]
    assert v.plain_language == ["relapse rate: not studied in humans; in mice (EAE), relapses fell (PMID 2)"]
    assert [r.pmid for r in v.context] == ["1"] and v.context[0].role == "context: no data of its own"
    # a narrative review's sentence never decides either
    review = ev(3, design="narrative_review", population="none", sentence="Synthetic: LDN reduced relapses.")
    assert evaluate_claim([review], MS).verdict == "no_evidence"


def test_qol_compared_only_within_arm_is_not_randomised_evidence_and_the_rct_decides_activity():
    within = "Synthetic: quality of life improved from baseline in the LDN group (p = 0.01)."
    rct = ev(1, n=40, outcomes=("disease_activity_index", "quality_of_life"), conditions=("crohns_disease",),
             sentence=None)
    rct.outcome_findings = [
        OutcomeFinding("disease_activity_index", "positive", "Synthetic: response was 88% with LDN vs 40% with "
                       "placebo (p=0·03).", True),
        OutcomeFinding("quality_of_life", "positive", within, False)]
    v = evaluate_claim([rct], CD)
    activity, qol = v.per_outcome
    assert activity.verdict == "supported"
    assert activity.favouring[0].effect == "88% with LDN vs 40% with placebo (p=0·03)"
    assert activity.favouring[0].comparison == "between_arm" and activity.favouring[0].role == "decisive"
    # QoL, compared only before/after within the treated arm: at most partly supported, as uncontrolled evidence
    assert qol.verdict == "partly_supported" and qol.rule == "uncontrolled-only"
    assert qol.uncontrolled[0].comparison == "within_arm" and qol.certainty == "very_low"
    assert qol.domains[0].judgment == "very serious" and "within the treated arm" in qol.domains[0].reason
    assert v.verdict == "partly_supported" and "(rule: some-outcomes)" in v.why
    assert {d.domain: d.judgment for d in activity.domains} == {
        "risk_of_bias": "not serious", "inconsistency": "not serious", "indirectness": "not serious",
        "imprecision": "very serious", "publication_bias": "not serious"}


def test_a_record_with_no_dose_is_listed_never_silently_dropped():
    v = evaluate_claim([ev(1), ev(2, dose=(), says_low_dose=False, n=80)], MS)
    assert [r.pmid for r in v.dose_not_stated] == ["2"] and "PMID 2" in v.why
    assert v.supporting[0].pmid == "1"


def test_a_review_counts_only_when_it_pooled_trials_and_its_trials_are_linked_not_double_counted():
    narrative_like = ev(5, design="systematic_review_or_meta_analysis", n=None,
                        sentence="Synthetic: seven studies in fibromyalgia were identified; LDN helped pain.",
                        outcomes=("pain",), conditions=("fibromyalgia",))
    assert evaluate_claim([narrative_like], FM).per_outcome[0].verdict == "no_evidence"
    pooled = ev(6, design="systematic_review_or_meta_analysis", n=250, year=2024, outcomes=("pain",),
                conditions=("fibromyalgia",), sentence="Synthetic: pain was lower with LDN than placebo "
                "(SMD −0·47; 95% CI −0·90, −0·04).")
    trial = ev(7, n=31, year=2020, outcomes=("pain",), conditions=("fibromyalgia",))
    pain = evaluate_claim([pooled, trial], FM).per_outcome[0]
    assert pain.verdict == "supported"
    assert pain.favouring[0].effect == "SMD −0·47; 95% CI −0·90, −0·04"  # quoted as written
    assert next(r for r in pain.favouring if r.pmid == "7").pooled_in == "6"
    assert not any("people in total" in r and "281" in r for r in pain.certainty_reasons)  # 250, not 250 + 31


def test_a_dispensing_register_never_decides_the_mechanism_and_suppression_is_not_a_boost():
    mech = Claim("mech", "LDN works by boosting the immune system.", "any", ["inflammatory_markers"], "mechanism")
    register = ev(1, design="cohort_or_retrospective", n=900, outcomes=("inflammatory_markers",),
                  sentence="Synthetic: dispensing of TNF inhibitors decreased after LDN was started.")
    lower_crp = ev(2, n=40, outcomes=("inflammatory_markers",),
                   sentence="Synthetic: CRP decreased more with LDN than placebo (p = 0.01).")
    v = evaluate_claim([register, lower_crp], mech)
    assert v.verdict == "contradicted" and [r.pmid for r in v.against] == ["2"]
    assert v.against[0].direction == "suppressed" and "1 drug-dispensing record" in v.why
    assert evaluate_claim([register], mech).verdict == "no_evidence"


def test_autoimmune_scope_leaves_out_other_conditions():
    small = Claim("small", "Studies in autoimmune disease are small but significant.", "autoimmune", [], "any")
    rows = [ev(1, n=30), ev(2, n=200, conditions=("cancer",)), ev(3, n=100, conditions=("mood_disorder",))]
    v = evaluate_claim(rows, small)
    assert [r.pmid for r in v.supporting] == ["1"] and "1 of 1 randomised" in v.why
    assert "studies on autoimmune disease," in v.why and v.plain_language[0].startswith("autoimmune disease: ")



def test_a_person_reads_at_most_fifteen_study_lines_an_outcome_and_csv_keeps_every_study():
    from ldn_lit.summary_of_findings import csv_rows, render_html, render_md, render_text

    v = evaluate_claim([ev(i, finding="null", n=30 + i) for i in range(1, 41)], MS)
    more = "… and 25 more studies (all in --json or --format csv)"
    text = render_text([v], "a synthetic article")
    assert sum(line.startswith("   PMID ") for line in text.splitlines()) == 15 and more in text
    assert "randomised controlled trial" in text and " | rct | " not in text  # the design's name, not its id
    md = render_md([v], "a synthetic article")
    assert sum(line.startswith("| ") and line[2:].split(" |")[0].isdigit() for line in md.splitlines()) == 15
    assert more in md and more in render_html([v], "a synthetic article")
    assert len({r["pmid"] for r in csv_rows([v])}) == 40


def test_a_ci_quoted_as_written_is_read_against_no_effect():
    """The tagger quotes estimates as the abstract writes them (middle-dot decimals, en-dash minus); imprecision
    reads the interval from that text."""
    from ldn_lit.effects import ci_includes_no_effect

    assert ci_includes_no_effect("MD –0·2 (95% CI –0·8 to 0·4)") is True
    assert ci_includes_no_effect("SMD −0·47; 95% CI −0·90, −0·04") is False
    assert ci_includes_no_effect("p=0·03") is None


def _run(e, blinding=None, lost=None, differential=False, duration=None, comparator=None, drug=None):
    """How a synthetic trial was run, as the conduct taggers store it (m014)."""
    import json

    e.blinding, e.duration, e.comparator, e.comparator_drug = blinding, duration, comparator, drug
    if lost is not None or differential:
        e.attrition_json = json.dumps({"randomised": e.sample_size, "completed": None, "lost": None,
                                       "percent": lost, "differential": differential})
    return e


def test_risk_of_bias_reads_blinding_and_attrition_and_says_what_is_not_stated():
    pain = lambda v: v.per_outcome[0]  # noqa: E731
    rob = lambda j: j.domains[0]  # noqa: E731
    blind = [_run(ev(1, n=200, outcomes=("pain",), conditions=("fibromyalgia",)), "double_blind", lost=8.0),
             _run(ev(2, n=150, outcomes=("pain",), conditions=("fibromyalgia",)))]
    j = pain(evaluate_claim(blind, FM))
    assert rob(j).judgment == "not serious"
    assert "blinding: 1 double-blind, 1 not stated; attrition: 8% lost (PMID 1); not stated in 1" in rob(j).reason
    # open-label on pain (subjective) in both decisive trials: serious, each concern named with its trials
    open_label = [_run(ev(1, n=200, outcomes=("pain",), conditions=("fibromyalgia",)), "open_label"),
                  _run(ev(2, n=150, outcomes=("pain",), conditions=("fibromyalgia",)), "double_blind", lost=31.0)]
    j = pain(evaluate_claim(open_label, FM))
    assert rob(j).judgment == "serious" and rob(j).steps == 1
    assert ("2 of 2 decisive studies at risk of bias: open-label with a subjective outcome (PMID 1); attrition over "
            "20% (PMID 2)") in rob(j).reason
    # unequal losses between arms count too; open-label on an objective outcome (relapses counted) does not
    unequal = [_run(ev(3, n=300), "double_blind", differential=True)]
    assert "attrition unequal between arms (PMID 3)" in rob(pain(evaluate_claim(unequal, MS))).reason
    objective = [_run(ev(4, n=300), "open_label")]
    assert rob(pain(evaluate_claim(objective, MS))).judgment == "not serious"
    # a trial whose primary outcome was safety, judged on efficacy: its efficacy result came second
    safety = ev(5, n=14, outcomes=("safety_tolerability", "relapse_rate"), finding="positive")
    safety.outcome_findings[0].primary, safety.outcome_findings[1].primary = True, False
    assert ("safety the primary outcome (PMID 5)" in rob(pain(evaluate_claim([safety], MS))).reason and
            "pilot under n=20 (PMID 5)" in rob(pain(evaluate_claim([safety], MS))).reason)
    titled = ev(6, n=300, per_outcome=False)
    titled.title = "Synthetic: the safety and tolerability of LDN in relapsing MS"
    assert "safety the primary outcome (PMID 6)" in rob(pain(evaluate_claim([titled], MS))).reason
    # blinding is the tagger's (it reads the title too): a title's "open-label extension" of a trial whose
    # blinding the tagger did not find is "not stated" in the study line, and no open-label concern beside it
    extension = _run(ev(7, n=300, outcomes=("pain",), conditions=("fibromyalgia",)))
    extension.title = "Synthetic: an open-label extension of a trial of LDN in fibromyalgia"
    j = pain(evaluate_claim([extension], FM))
    assert "open-label" not in rob(j).reason.split("blinding:")[0] and "1 not stated" in rob(j).reason
    # ... unless the claimed outcome is itself named primary (safety and efficacy co-primary)
    titled = ev(7, n=300)
    titled.title = "Synthetic: the safety and tolerability of LDN in relapsing MS"
    assert "safety the primary" not in rob(pain(evaluate_claim([titled], MS))).reason


def test_a_review_is_linked_to_the_trials_its_reference_list_cites_else_by_years():
    import json

    review = ev(6, design="systematic_review_or_meta_analysis", n=250, year=2024, outcomes=("pain",),
                conditions=("fibromyalgia",), sentence="Synthetic: pooled pain fell with LDN against placebo "
                "(SMD -0.5; 95% CI -0.9 to -0.1).")
    cited = ev(7, n=31, year=2020, outcomes=("pain",), conditions=("fibromyalgia",))
    uncited = ev(8, n=58, year=2021, outcomes=("pain",), conditions=("fibromyalgia",))
    review.cited_json = json.dumps(["7", "123"])
    pain = evaluate_claim([review, cited, uncited], FM).per_outcome[0]
    rows = {r.pmid: r for r in pain.favouring}
    assert (rows["7"].pooled_in, rows["7"].pooled_by) == ("6", "its reference list")
    assert rows["8"].pooled_in is None  # older than the review, but not among its references: not its trial
    assert "1 trial(s) linked to review PMID 6 by its reference list (PMID 7)" in pain.why
    # without a reference list (a record stored before m013, or none in PubMed): condition, outcome and years
    review.cited_json = None
    pain = evaluate_claim([review, cited, uncited], FM).per_outcome[0]
    assert {r.pmid: r.pooled_by for r in pain.favouring if r.pooled_in} == {
        "7": "condition, outcome and years", "8": "condition, outcome and years"}


def test_a_study_line_shows_duration_comparator_blinding_and_attrition_as_tagged():
    from ldn_lit.summary_of_findings import study

    e = _run(ev(1, n=60), "open_label", lost=25.0, duration="12 weeks", comparator="active", drug="amitriptyline")
    line = study(evaluate_claim([e], MS).per_outcome[0].favouring[0])
    assert (line["duration"], line["comparator"], line["blinding"], line["attrition"]) == (
        "12 weeks", "active: amitriptyline", "open-label", "25% lost")
    line = study(evaluate_claim([ev(2, n=60)], MS).per_outcome[0].favouring[0])
    assert (line["blinding"], line["attrition"]) == ("not stated", "not stated")


def test_a_trial_of_two_ldn_doses_is_indirect_evidence_for_ldn_against_none():
    """'4.5 mg beat 1.5 mg' says which dose, not whether LDN beats no LDN: indirectness steps down (synthetic)."""
    from ldn_lit.summary_of_findings import study

    two_doses = _run(ev(1, n=200), "double_blind", comparator="other_dose")
    j = evaluate_claim([two_doses], MS).per_outcome[0]
    assert study(j.favouring[0])["comparator"] == "another dose of LDN"
    indirect = next(d for d in j.domains if d.domain == "indirectness")
    assert indirect.judgment == "serious" and "doses of LDN compared with each other" in indirect.reason
    placebo = evaluate_claim([_run(ev(2, n=200), "double_blind", comparator="placebo")], MS).per_outcome[0]
    assert next(d for d in placebo.domains if d.domain == "indirectness").judgment == "not serious"


def test_the_sof_question_names_the_condition_by_its_label():
    """People read "Crohn's disease", not the id crohns_disease with its underscore turned into a space."""
    from ldn_lit.claim_text import extract_claim
    from ldn_lit.claims import question
    from ldn_lit.config import load_config

    config = load_config()
    shipped = {c.id: c for c in config.claims}
    assert question(shipped["crohns_symptoms_qol"])["condition"] == "Crohn's disease"
    assert question(shipped["dose_range"])["condition"] == "any condition"
    made = extract_claim("A synthetic sentence: LDN reduced flares in Crohn's disease in a small trial.", config)
    assert made is not None and question(made)["condition"] == "Crohn's disease"


def test_what_a_person_reads_says_ids_in_words_and_quotes_stay_as_written():
    """`claims` text, Markdown and HTML say designs, outcomes, rules and conditions in words (JSON keeps ids);
    before, the listed records read "(crossover_rct, n=23)" and "studies found" read "crohns disease"."""
    from ldn_lit.config import load_config
    from ldn_lit.summary_of_findings import render_html, render_md, render_text

    labels = load_config().condition_labels
    quote = "Synthetic: relapses fell with LDN (open_label_single_arm wording kept as written, p = 0.01)."
    v = evaluate_claim([ev(1, sentence=quote, design="crossover_rct"), ev(2, dose=(), says_low_dose=False)], MS)
    text = render_text([v], "a synthetic article", labels)
    assert "PMID 2 (randomised controlled trial, n=40)" in text and "rct, n=" not in text
    assert "(rule: controlled studies report benefit)" in text and "controlled-positive" not in text
    assert f'"{quote}"' in text  # the quote is the abstract's, never rewritten
    several = Claim("c5", "Synthetic: several studies on MS and Crohn's disease.", "any", [], "descriptive",
                    scope=["multiple_sclerosis", "crohns_disease"])
    sv = evaluate_claim([ev(3, conditions=("crohns_disease",))], several)
    assert "crohns_disease: 1 human low-dose study" in sv.why  # ids in the verdict (JSON)
    for page in (render_text([sv], "a", labels), render_md([sv], "a", labels), render_html([sv], "a", labels)):
        assert "Crohn" in page and "crohns" not in page and "Multiple sclerosis: 0 human" in page
