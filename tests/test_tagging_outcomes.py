"""tagging/outcomes.py: the outcome domains a record measured. Records here are SYNTHETIC, written for the tests."""

from __future__ import annotations

import pytest

from ldn_lit.models import AbstractSection, Article
from ldn_lit.tagging.outcomes import tag_outcomes


def record(abstract: str, title: str = "Low-dose naltrexone for fatigue: a randomised trial") -> Article:
    return Article(pmid="1", title=title, abstract_sections=[AbstractSection(None, abstract)])


def test_a_symptom_people_stopped_for_is_a_harm_not_that_outcome():
    domains, reasons = tag_outcomes(record(
        "Sixty adults were randomised to LDN or placebo for 12 weeks. Fatigue fell more with LDN (p = 0.02). "
        "Two women stopped LDN because of insomnia."))
    assert domains == ["fatigue", "safety_tolerability"]
    assert any("insomnia" in r.matched for r in reasons if r.matched.startswith("safety_tolerability"))


def test_the_outcome_named_elsewhere_in_the_sentence_stays():
    domains, _ = tag_outcomes(record(
        "Forty adults took LDN for 8 weeks. Sleep quality improved (p = 0.01), and one stopped because of headache."))
    assert "sleep" in domains and "safety_tolerability" in domains


def test_symptoms_reported_or_more_frequent_with_the_drug_are_harms():
    for sentence in ("Headache was reported by five participants in each arm.",
                     "Vivid dreams were more frequent with naltrexone (14% vs 4%).",
                     "Within days she developed insomnia and palpitations.",
                     "Three patients had a withdrawal-like reaction during the first week."):
        domains, _ = tag_outcomes(record("Thirty adults took LDN. Pain fell by a third. " + sentence))
        assert "safety_tolerability" in domains, sentence
        assert "sleep" not in domains, sentence


def test_a_symptom_that_improved_is_the_outcome_not_a_harm():
    domains, _ = tag_outcomes(record("Thirty adults took LDN. Patients reported less insomnia after 8 weeks."))
    assert "sleep" in domains and "safety_tolerability" not in domains


def test_recovery_after_stopping_and_a_harm_title_are_harms():
    dechallenge, _ = tag_outcomes(record("A woman with MS began LDN 4.5 mg. Her platelet count fell. LDN was stopped, "
                                         "and the count returned to normal within a month.",
                                         title="A low platelet count in a woman with multiple sclerosis"))
    titled, _ = tag_outcomes(record("A man with long COVID began LDN 1.5 mg.",
                                    title="Thrombocytopenia after starting low-dose naltrexone"))
    assert "safety_tolerability" in dechallenge and "safety_tolerability" in titled


def test_every_harm_report_example_holds_one_of_the_keys_that_gate_the_search():
    from ldn_lit.tagging import phrases
    from ldn_lit.tagging.outcomes import HARM_KEYS
    from ldn_lit.tagging.text import fold

    for name, entry in (("outcomes", "harm_report"), ("finding", "dechallenge")):
        for example in phrases.load(name)[entry].examples:
            assert any(k in fold(example) for k in HARM_KEYS), example


def test_harms_of_older_trials_and_implants_are_tolerability():
    # synthetic (session 14)
    for sentence in ("Mild sedation occurred in four children.",
                     "Local wound reactions occurred in five implant patients.",
                     "Dysphoria and abdominal discomfort were the most common complaints."):
        domains, _ = tag_outcomes(record("Thirty adults took naltrexone. Craving fell. " + sentence))
        assert "safety_tolerability" in domains, sentence


@pytest.mark.parametrize("sentence", [
    # synthetic (session 15): harms told as a lab value, a blood count or a symptom the vocabulary lacked
    "Grade 3 neutropenia occurred in seven patients.",
    "Two women receiving naltrexone had transient elevations of serum transaminases.",
    "Serum transaminases rose to twice normal in one man and fell when the dose was halved.",
    "Liver enzymes remained within normal limits in all participants.",
    "Sleepiness was reported more often with naltrexone.",
    "Injection-site pain was more frequent with XR-NTX (21% vs 6%).",
    "Dry mouth and daytime drowsiness were less frequent with LDN.",
    # synthetic (session 18): a rise told as "rises in", and the harms register studies are titled with
    "Three men given naltrexone had transient rises in serum transaminases.",
    "Major malformations were recorded in 2.9% of exposed and 3.2% of unexposed pregnancies.",
    "Drug-induced liver injury was recorded in 2 users and 9 non-users.",
    "Birth defects did not differ between exposed and unexposed infants.",
])
def test_harms_told_as_lab_values_and_symptoms_are_tolerability(sentence):
    a = Article(pmid="1", title="Synthetic", abstract_sections=[AbstractSection("RESULTS", sentence)])
    assert "safety_tolerability" in tag_outcomes(a)[0]
    assert "pain" not in tag_outcomes(a)[0]


@pytest.mark.parametrize("sentence, domain", [
    # synthetic (session 15): the disorder's own measures, by their instruments and units
    ("Drinks per week fell more with naltrexone than with placebo.", "symptom_severity"),
    ("Naltrexone reduced ethanol intake in the rats.", "symptom_severity"),
    ("Cigarettes per day did not differ between groups.", "symptom_severity"),
    ("PCL-5 scores fell by 14 points.", "symptom_severity"),
    ("K-SAS scores fell from 30 to 12.", "symptom_severity"),
    ("Hair pulling severity on the MGH-HPS fell.", "symptom_severity"),
    # function, tumour growth and survival in the words case reports and cell studies use
    ("Within 3 months she walked without crutches and was back at school.", "function"),
    ("Daily step counts rose by 40%.", "function"),
    ("Intermittent exposure reduced cell numbers by a quarter.", "tumor_growth"),
    ("Two patients had stable disease at 6 months.", "tumor_growth"),
    ("All-cause death did not differ between groups.", "survival"),
    # session 16: plain words of case reports and xenograft studies
    ("Two months later she reported more energy and fewer naps.", "fatigue"),
    ("By week 6 he was sleeping through the night.", "sleep"),
    ("Tumour weight at necropsy was a third lower in treated mice.", "tumor_growth"),
    ("TPO antibody titres fell by a median of 30%.", "thyroid_antibodies"),
    ("Naltrexone raised paw withdrawal thresholds compared with saline.", "pain"),
    ("Tail-flick latencies showed less antinociception after naltrexone.", "pain"),
    ("Ethanol self-administration fell by a third.", "symptom_severity"),
    ("ThyPRO composite scores improved from 38 to 29.", "quality_of_life"),
    ("SDMT scores did not change.", "cognition"),
    ("PSQI scores were lower with naltrexone.", "sleep"),
    ("She had fewer muscle spasms at night.", "spasticity"),
    ("An objective response was seen in 4 of 30 patients.", "tumor_growth"),
    # session 17: animal reward and withdrawal measures, behaviour checklists, plain words of survival and relapse
    ("Naltrexone lowered sucrose-reinforced responding in rats.", "symptom_severity"),
    ("Naloxone provoked fewer withdrawal jumps in treated mice.", "symptom_severity"),
    ("Aberrant Behavior Checklist irritability scores fell.", "symptom_severity"),
    ("Treated mice survived longer than vehicle-treated mice.", "survival"),
    ("Colonoscopy at 12 weeks showed healed ulcers in two patients.", "endoscopic_healing"),
    ("One of the four returned to heroin use by month 3.", "relapse_rate"),
    ("Two had returned to daily heroin use at a year.", "relapse_rate"),
    ("Self-reported fatigue scores did not differ between groups.", "fatigue"),  # a measure, not a harm reported
    # session 18: a disease-specific quality-of-life instrument named in full; function in plain words
    ("Inflammatory Bowel Disease Questionnaire totals rose more with LDN than with placebo.", "quality_of_life"),
    ("After LDN she reported less pain and better function.", "function"),
    # session 18: relapse, survival and harms in plain words
    ("Fewer patients given naltrexone relapsed to heavy drinking (9 of 40 vs 19 of 38).", "relapse_rate"),
    ("Nine of 20 remained free of heroin use at 6 months.", "relapse_rate"),
    ("Death from any cause was rare in both groups.", "survival"),
    ("She has survived 28 months since the diagnosis.", "survival"),
    ("Injection-site induration occurred in four participants.", "safety_tolerability"),
    ("Improved function was reported by 9 of 14 patients.", "function"),
    # session 19: the usual quality-of-life and mood instruments by their abbreviations
    ("WHOQOL-BREF scores did not differ between groups.", "quality_of_life"),
    ("Skindex-10 scores fell more with LDN than with placebo.", "quality_of_life"),
    ("Q-LES-Q totals were similar.", "quality_of_life"),
    ("MADRS scores fell by 9 points with LDN.", "mood"),
    ("PHQ-9 and HAM-D scores did not differ between groups.", "mood"),
    ("CD4 counts did not differ between groups.", "immune_cells"),
    ("EASI scores fell more with naltrexone than with placebo.", "skin_lesions"),
    ("Methamphetamine-negative urine samples were more frequent with naltrexone.", "symptom_severity"),
    # session 20: psychiatry's and behaviour's own scales and counts
    ("PANSS total scores did not differ from placebo.", "symptom_severity"),
    ("ABC Irritability scores fell more with naltrexone than with placebo.", "symptom_severity"),
    ("CSHQ totals improved in both arms.", "sleep"),
    ("Scores on the Cambridge Depersonalization Scale fell by a quarter.", "symptom_severity"),
    ("Flashbacks fell from four a day to one.", "symptom_severity"),
    # session 21: addiction's counts and returns, a bowel score, school
    ("Time to first drink did not differ between the groups.", "relapse_rate"),
    ("Nine of 20 had not returned to heavy drinking by six months.", "relapse_rate"),
    ("Binge-day frequency fell by half.", "symptom_severity"),
    ("IBS-SSS scores fell from 290 to 210.", "symptom_severity"),
    ("Amphetamine-positive urines were as frequent as with placebo.", "symptom_severity"),
    ("Cue-induced heroin seeking was lower in treated rats.", "symptom_severity"),
    ("Two of the three had returned to school by the summer.", "function"),
    ("These data support a restoring effect of naltrexone on NK cell function.", "immune_cells"),
    ("Within three months she had returned to part-time teaching.", "function"),
    ("He went back to school full time after the summer.", "function"),
    ("The Karnofsky score stayed at 80 throughout.", "function"),
    ("Admissions for self-harm were fewer while patients took naltrexone.", "symptom_severity"),
    # synthetic (session 22): tic and bladder-pain scales, a lichen planopilaris activity index, a walk test by its
    # abbreviation, overdose deaths told as fatal overdose, a case's "has now survived"
    ("The YGTSS total score was 3 points lower on naltrexone.", "symptom_severity"),
    ("Tic severity did not differ between periods.", "symptom_severity"),
    ("ICSI scores fell from 14 to 9.", "symptom_severity"),
    ("The LPPAI fell from 5.0 to 3.1 at six months.", "disease_activity_index"),
    ("The 6MWD rose by 31 m.", "function"),
    ("Fatal overdose occurred in 0.8% and 1.9%.", "survival"),
    ("She has now survived 52 months from diagnosis.", "survival"),
    # psychiatric and neurological rating scales and behaviours
    ("CAPS-5 scores fell by 9 points more with naltrexone.", "symptom_severity"),
    ("Dissociative Experiences Scale scores did not change.", "symptom_severity"),
    ("CMAI scores fell from 61 to 50.", "symptom_severity"),
    ("The NPI total did not differ between periods.", "symptom_severity"),
    ("Seizure frequency fell by a third.", "symptom_severity"),
    ("Head-banging fell from 30 episodes a day to 4.", "symptom_severity"),
    ("Skin picking stopped within a month.", "symptom_severity"),
    ("CGI-I ratings were 'much improved' in 9 of 14.", "symptom_severity"),
])
def test_outcome_domains_named_by_instrument_unit_or_plain_words(sentence, domain):
    a = Article(pmid="1", title="Synthetic", abstract_sections=[AbstractSection("RESULTS", sentence)])
    assert domain in tag_outcomes(a)[0]


@pytest.mark.parametrize("title, sentence", [
    # synthetic (session 16): what the drug does to opioid receptors is the intervention, not an endorphin measure
    ("Intermittent opioid receptor blockade slows colon cancer xenografts in mice", "Tumour volume was smaller."),
    ("Synthetic", "Naltrexone, which blocks opioid receptors for a few hours, reduced tumour volume."),
    ("Synthetic", "The effect on microglia did not depend on opioid receptors."),
    ("Synthetic", "A mu-opioid receptor antagonist was given nightly; tumour volume fell."),
])
def test_opioid_receptors_named_as_the_drugs_action_are_no_endorphin_outcome(title, sentence):
    a = Article(pmid="1", title=title, abstract_sections=[AbstractSection("RESULTS", sentence)])
    assert "endorphins" not in tag_outcomes(a)[0]


@pytest.mark.parametrize("sentence", [
    # synthetic (session 17): a population described by its disability is no disability outcome
    "Twenty adults with intellectual disability and self-injury took naltrexone 50 mg for 4 weeks.",
    "Self-injury fell in children with developmental disabilities given naltrexone.",
    "Naltrexone reduced stereotypy in residents with a learning disability.",
])
def test_a_population_named_by_its_disability_is_no_disability_outcome(sentence):
    assert "disability_progression" not in tag_outcomes(record(sentence))[0]


def test_opioid_receptors_measured_are_an_endorphin_outcome():
    a = record("Mu-opioid receptor density in the striatum rose by 20% after four weeks.")
    assert "endorphins" in tag_outcomes(a)[0]


@pytest.mark.parametrize("sentence, not_a_domain", [
    # synthetic (session 17): harms told as what a few had, as none seen, or as similar across arms
    ("Two patients had mild insomnia in the first week.", "sleep"),
    ("No sedation was observed.", None),
    ("Mild sedation was seen in three of the children.", None),
    ("Constipation and somnolence were similar in the two groups.", None),
    ("Dry mouth was the only adverse effect.", None),
    ("Drowsiness and a metallic taste were the main complaints.", None),
    ("Local site reactions occurred in 12% of patients.", None),
    # synthetic (session 22): a lab value against its normal range, a graded toxicity, people who stopped for a
    # symptom told at length, a symptom with a time of day, liver tests that stayed normal
    ("Raised AST above twice the upper limit of normal was recorded in 2% of users.", None),
    ("Grade 3 or higher anaemia occurred in 9% and 11%.", None),
    ("Vivid dreams led four people in the naltrexone group and one in the placebo group to withdraw.", "sleep"),
    ("Naltrexone eased itch but caused insomnia severe enough for one in eight treated patients to stop it.", "sleep"),
    ("Morning drowsiness was reported by 12% with naltrexone and 30% with gabapentin.", None),
    ("Liver tests remained normal in all three children.", None),
])
def test_harms_told_in_plain_words_are_tolerability(sentence, not_a_domain):
    domains = tag_outcomes(record(sentence))[0]
    assert "safety_tolerability" in domains and not_a_domain not in domains


def test_a_symptom_similar_in_both_arms_is_that_outcome_not_a_harm():
    # synthetic (session 17): one symptom the trial measured, similar in both arms, is its own null result
    assert tag_outcomes(record("Fatigue was similar in the two groups."))[0] == ["fatigue"]
