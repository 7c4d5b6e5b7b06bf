"""How a study was run: blinding, attrition, duration and comparator (tagging/blinding.py, attrition.py,
duration.py, comparator.py). Every sentence here is SYNTHETIC, written for these tests in the shapes real PubMed
abstracts use; none is copied from a real record."""

import pytest

from ldn_lit.models import AbstractSection, Article, Attrition, MeshHeading
from ldn_lit.tagging import tag_article
from ldn_lit.tagging.attrition import tag_attrition
from ldn_lit.tagging.blinding import tag_blinding
from ldn_lit.tagging.comparator import tag_comparator
from ldn_lit.tagging.duration import tag_duration


def art(abstract="", title="Synthetic record", mesh=(), labelled=None):
    sections = ([AbstractSection(label, text) for label, text in labelled] if labelled else
                [AbstractSection(None, abstract)] if abstract else [])
    return Article(pmid="1", title=title, abstract_sections=sections, mesh=[MeshHeading(m) for m in mesh])


@pytest.mark.parametrize("text, want, phrase", [
    ("Adults were enrolled in a randomised, double-blind, placebo-controlled trial of LDN.", "double_blind",
     "double-blind"),
    ("In this placebo-controlled, double-masked study, 60 adults took LDN or placebo.", "double_blind",
     "double-masked"),
    ("An investigator-blinded randomised trial compared LDN with usual care.", "single_blind", "investigator-blinded"),
    ("Forty adults took part in an open-label study of LDN.", "open_label", "open-label"),
    ("This unblinded randomised trial allocated 50 patients to LDN or usual care.", "open_label", "unblinded"),
    ("Nine adults joined an open treatment study of LDN.", "open_label", "open treatment"),
    # the most blinded statement wins: the open-label extension follows a double-blind phase
    ("After a 12-week double-blind phase, 30 patients continued in an open-label extension.", "double_blind",
     "double-blind"),
])
def test_blinding_is_read_with_its_phrase(text, want, phrase):
    got, reasons = tag_blinding(art(text), "rct")
    assert got == want and reasons[0].matched == phrase


def test_blinding_not_stated_and_not_read_from_calls_background_or_reviews():
    assert tag_blinding(art("Sixty adults took LDN or placebo for 12 weeks."), "rct") == (None, [])
    # a call for a future trial describes no trial of this record
    assert tag_blinding(art("Pain fell in 20 patients on LDN. A large, double-blind trial is justified."),
                        "open_label_single_arm")[0] is None
    background = art(labelled=[("BACKGROUND", "Double-blind trials of LDN found less pain."),
                               ("METHODS", "Thirty adults took LDN for 8 weeks.")])
    assert tag_blinding(background, "open_label_single_arm")[0] is None
    # an open-label co-treatment is not the trial's blinding
    co = art("Smokers received open-label transdermal nicotine and were randomised to naltrexone or placebo.")
    assert tag_blinding(co, "rct")[0] is None
    review = "We pooled six double-blind, placebo-controlled trials of LDN."
    assert tag_blinding(art(review), "systematic_review_or_meta_analysis")[0] is None


def test_blinding_from_mesh_first():
    got, reasons = tag_blinding(art("Sixty adults were randomised.", mesh=["Double-Blind Method"]), "rct")
    assert got == "double_blind" and (reasons[0].rule, reasons[0].matched) == ("mesh", "Double-Blind Method")
    assert tag_blinding(art("Adults were randomised.", mesh=["Single-Blind Method"]), "rct")[0] == "single_blind"


@pytest.mark.parametrize("text, enrolled, want", [
    ("Of 60 randomised patients, 47 completed the study.", None, Attrition(60, 47, 13, 21.7)),
    ("47 of 60 (78%) participants completed treatment.", None, Attrition(60, 47, 13, 21.7)),
    ("Sixty adults were randomised. Twelve patients withdrew before week 8.", 60, Attrition(60, None, 12, 20.0)),
    ("Fifty adults were randomised. The dropout rate was 14%.", 50, Attrition(50, None, None, 14.0)),
    ("Eighty adults were randomised; retention was 90%.", 80, Attrition(80, None, None, 10.0)),
    # losses stated per arm: 4 on LDN, 15 on placebo is a twofold difference
    ("Ninety adults were randomised. Nineteen participants did not complete the trial (4 LDN, 15 placebo).", 90,
     Attrition(90, None, 19, 21.1, True)),
    # 14 against 17 is not twofold
    ("Eighty adults were randomised. 31 participants did not complete the 16-week course (14 on LDN, 17 on placebo).",
     80, Attrition(80, None, 31, 38.8, False)),
    ("Dropout rates were 10% and 30% in the LDN and placebo arms.", None, Attrition(None, None, None, 20.0, True)),
    # the completers tell the whole loss; the one withdrawal named is one of its reasons
    ("Twenty-seven adults were randomised and 23 completed both periods. One patient withdrew because of nausea.",
     27, Attrition(27, 23, 4, 14.8)),
])
def test_attrition_counts_and_share(text, enrolled, want):
    got, reasons = tag_attrition(art(text), "rct", enrolled)
    assert got == want and reasons


def test_attrition_not_read_from_itt_counts_surveys_or_non_trials():
    assert tag_attrition(art("Forty-eight women were analysed on an intention-to-treat basis."), "rct",
                         48) == (None, [])
    assert tag_attrition(art("412 respondents completed the survey."), "cross_sectional_or_survey", None) == (None, [])
    assert tag_attrition(art("Twelve patients withdrew."), "case_series", None) == (None, [])
    assert tag_attrition(art("Sixty adults were randomised to LDN or placebo."), "rct", 60) == (None, [])


def test_attrition_from_the_sample_size_through_tag_article():
    a = art("Sixty adults with fibromyalgia were randomised to LDN 4.5 mg or placebo. Nine withdrew.")
    a.publication_types = ["Randomized Controlled Trial"]
    t = tag_article(a, [])
    assert t.attrition == Attrition(60, None, 9, 15.0) and t.tag_reasons["attrition"][0].matched == "Nine withdrew"
    # the sample size of a crossover is those who received both treatments; its completers are counted apart
    a = art("In a double-blind crossover, thirty-six adults received 8 weeks of LDN and 8 weeks of placebo in random "
            "order. Thirty-one completed both periods.")
    a.publication_types = ["Randomized Controlled Trial"]
    assert tag_article(a, []).attrition == Attrition(36, 31, 5, 13.9)


def test_a_subgroup_that_completed_is_not_the_completers():
    got, _ = tag_attrition(art("Twelve adults with psoriasis and 5 with eczema completed 8 weeks of LDN."),
                           "open_label_single_arm", 17, "Twelve adults")
    assert got is None


def test_a_sample_size_read_from_the_completers_is_no_total():
    got, _ = tag_attrition(art("Pain fell with LDN. Twenty-eight participants completed both periods."),
                           "crossover_rct", 28, "Twenty-eight participants")
    assert got == Attrition(None, 28, None, None)


@pytest.mark.parametrize("text, title, want, phrase", [
    ("Adults took LDN or placebo.", "LDN in fibromyalgia: a 12-week randomised trial", "12 weeks",
     "12-week randomised"),
    ("Methods: a 9-month, randomised, assessor-blinded study.", "Synthetic", "9 months", "9-month, randomised"),
    ("Scores were collected across the 10-week treatment phase.", "Synthetic", "10 weeks", "10-week treatment"),
    ("Children were treated in a 16-wk crossover.", "Synthetic", "16 weeks", "16-wk crossover"),
    ("Participants received LDN 4.5 mg nightly for 8 weeks.", "Synthetic", "8 weeks", "for 8 weeks"),
    ("Participants kept taking LDN for 20weeks.", "Synthetic", "20 weeks", "for 20weeks"),
    ("LDN was taken nightly for 5 consecutive weeks.", "Synthetic", "5 weeks", "for 5 consecutive weeks"),
    ("Patients were treated over six months.", "Synthetic", "6 months", "over six months"),
    ("Trials gave LDN for 2-6 months.", "Synthetic", "2-6 months", "for 2-6 months"),
])
def test_duration_of_treatment(text, title, want, phrase):
    got, reasons = tag_duration(art(text, title=title))
    assert got == want and reasons[0].matched == phrase


@pytest.mark.parametrize("text", [
    "Adults with pain for at least 3 months were eligible. They received LDN.",
    "Adults with pain for 6 months or longer took LDN.",
    "Pain was scored at 12 weeks and at the 6-month follow-up of the LDN trial.",
    "After a 4-week washout, patients took LDN.",
    "A 2-week baseline period preceded randomisation to LDN or placebo.",
    "Participants aged 18-65 years and the trial staff took part.",
    "Pain was assessed every 2 weeks during LDN treatment.",
    "In treated mice LDN delayed onset by 4 days, lowered clinical scores and reduced demyelination.",
    "We reviewed the charts of 80 adults prescribed LDN at one clinic over a 6-year period.",
    "Patients starting LDN were enrolled during a ten-year span and treated for as long as they chose.",
])
def test_periods_that_are_not_the_treatment(text):
    assert tag_duration(art(text)) == (None, [])


@pytest.mark.parametrize("text, design, want, drug, phrase", [
    ("Sixty adults took LDN or matching placebo.", "rct", "placebo", None, "placebo"),
    ("LDN 4.5 mg was compared with amitriptyline 25 mg in 50 adults.", "rct", "active", "amitriptyline",
     "compared with amitriptyline"),
    ("Adults were randomised to LDN versus oral pregabalin.", "rct", "active", "pregabalin", "versus oral pregabalin"),
    ("We compared LDN with treatment as usual in 80 adults.", "rct", "usual_care", None, "treatment as usual"),
    ("A waitlist control group received LDN after 12 weeks.", "nonrandomized_trial", "no_treatment", None,
     "waitlist"),
    ("Twenty adults took LDN for 8 weeks.", "open_label_single_arm", "single_arm", None, "open_label_single_arm"),
    ("Forty adults were randomised to LDN 1.5 mg or 4.5 mg for 8 weeks; pain fell more with 4.5 mg.", "rct",
     "other_dose", None, "randomised to LDN 1.5 mg or 4.5 mg"),
    ("A double-blind randomized comparison of two doses of LDN in fibromyalgia.", "rct", "other_dose", None,
     "comparison of two doses"),
    ("Sixty adults were randomised to LDN 1.5 mg, LDN 4.5 mg or placebo.", "rct", "placebo", None, "placebo"),
])
def test_comparator(text, design, want, drug, phrase):
    got, name, reasons = tag_comparator(art(text), design)
    assert (got, name, reasons[0].matched) == (want, drug, phrase)


def test_no_placebo_is_not_a_placebo_and_nothing_stated_is_none():
    got = tag_comparator(art("The study had no placebo arm; patients took LDN with usual care."), "nonrandomized_trial")
    assert got[0] == "usual_care"
    assert tag_comparator(art("Forty adults with Crohn's disease took LDN."), "cohort_or_retrospective") == (
        None, None, [])
