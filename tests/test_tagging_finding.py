"""Per-outcome findings and the primary outcome (issue 8 item 3), on synthetic snippets written for these
tests: a claim about pain must be judged on what the abstract says about pain."""

import pytest

from ldn_lit.models import AbstractSection, Article
from ldn_lit.tagging.finding import tag_finding


def art(sections):
    if isinstance(sections, str):
        sections = [(None, sections)]
    return Article(pmid="1", title="Synthetic", abstract_sections=[AbstractSection(lbl, txt) for lbl, txt in sections])


def by_outcome(a, design="rct"):
    return {f.outcome: f for f in tag_finding(a, design)[3]}


def test_primary_outcome_decides_whatever_secondary_outcomes_did():
    a = art([("METHODS", "Forty adults were randomised to LDN or placebo. The primary outcome was change in pain "
                         "intensity; secondary outcomes were fatigue and sleep quality."),
             ("RESULTS", "Pain intensity did not differ between groups (p = 0.41). Sleep quality improved more with "
                         "LDN (p = 0.02).")])  # no conclusion (the page cut it off)
    finding, evidence, reasons, outcomes = tag_finding(a, "rct")
    assert finding == "null" and evidence == "Pain intensity did not differ between groups (p = 0.41)."
    assert reasons[0].rule == "primary_outcome"
    f = {o.outcome: o for o in outcomes}
    assert f["pain"].finding == "null" and f["pain"].primary
    assert f["sleep"].finding == "positive" and not f["sleep"].primary


# Issue 17: the conclusion decides, as a reader decides (synthetic sentences in the shapes of real abstracts).
METHODS_PRIMARY = ("METHODS", "Sixty adults were randomised to LDN 4.5 mg or placebo for 12 weeks. The primary "
                              "outcome was change in pain intensity; secondary outcomes were fatigue and sleep.")


def test_a_positive_conclusion_is_not_made_mixed_by_a_null_secondary_outcome():
    a = art([METHODS_PRIMARY,
             ("RESULTS", "Pain fell more with LDN than with placebo (p = 0.01). Fatigue did not differ between groups. "
                         "The groups were similar at baseline."),
             ("CONCLUSIONS", "LDN reduced pain in these adults.")])
    finding, evidence, reasons, _ = tag_finding(a, "rct")
    assert (finding, evidence) == ("positive", "LDN reduced pain in these adults.")
    assert reasons[0].rule == "conclusion"


def test_a_conclusion_that_disagrees_with_the_primary_outcome_is_mixed():
    a = art([METHODS_PRIMARY,
             ("RESULTS", "Pain did not differ between groups (p = 0.38). Sleep quality improved more with LDN "
                         "(p = 0.02)."),
             ("CONCLUSIONS", "LDN may improve sleep.")])
    finding, _, reasons, _ = tag_finding(a, "rct")
    assert finding == "mixed" and [r.rule for r in reasons] == ["conclusion", "primary_outcome"]


def test_a_mixed_conclusion_follows_the_primary_outcome_it_agrees_with():
    results = ("RESULTS", "Pain fell more with LDN than with placebo (p = 0.01). Fatigue did not differ.")
    concl = ("CONCLUSIONS", "LDN reduced pain but had no effect on fatigue.")
    assert tag_finding(art([METHODS_PRIMARY, results, concl]), "rct")[0] == "positive"
    # without a named primary outcome the conclusion itself is mixed
    assert tag_finding(art([results, concl]), "rct")[0] == "mixed"


def test_a_conclusion_that_weighs_a_null_primary_against_a_benefit_is_mixed():
    results = ("RESULTS", "Pain did not differ between groups (p = 0.38). Sleep quality improved more with LDN "
                          "(p = 0.02).")
    concl = ("CONCLUSIONS", "LDN did not reduce pain more than placebo, although sleep improved.")
    finding, _, reasons, outcomes = tag_finding(art([METHODS_PRIMARY, results, concl]), "rct")
    assert finding == "mixed" and reasons[0].rule == "conclusion"
    assert {o.outcome: o.finding for o in outcomes} == {"pain": "null", "sleep": "positive"}


def test_a_primary_outcome_named_by_its_abbreviation_in_the_results():
    a = art([("MEASUREMENTS", "The primary outcome was the percentage of heavy drinking days (PHDD) in weeks 9-12."),
             ("FINDINGS", "PHDD fell from 58% to 31% with naltrexone and from 60% to 34% with placebo (adjusted "
                          "difference -2.1 points, 95% CI -8.8 to 4.6; P = 0.52)."),
             ("CONCLUSIONS", "Naltrexone gave no advantage over placebo in heavy drinking days.")])
    finding, _, _, outcomes = tag_finding(a, "rct")
    f = {o.outcome: o for o in outcomes}
    assert finding == "null"
    assert f["symptom_severity"].primary and f["symptom_severity"].finding == "null"
    assert f["symptom_severity"].evidence.startswith("PHDD fell")  # the result, not the conclusion


def test_the_primary_outcomes_own_words_decide_when_its_domain_points_two_ways():
    # heavy drinking days and smoking abstinence are both symptom_severity: the primary's own words say which
    a = art([("METHODS", "Smokers who drink heavily were randomised to naltrexone 50 mg or placebo. The primary "
                         "outcome was the number of heavy drinking days; smoking abstinence at week 12 was secondary."),
             ("RESULTS", "Naltrexone reduced heavy drinking days relative to placebo (rate ratio 0.71, 95% CI "
                         "0.58-0.88; p = 0.002). Smoking abstinence did not differ between groups (OR 1.05, 95% CI "
                         "0.66-1.67)."),
             ("CONCLUSIONS", "Naltrexone reduced heavy drinking but did not help smokers quit.")])
    finding, _, _, outcomes = tag_finding(a, "rct")
    assert finding == "positive"
    # (session 22) and the domain shows the primary's result, with its own sentence, comparison and estimate
    f = {o.outcome: o for o in outcomes}["symptom_severity"]
    assert (f.finding, f.primary, f.comparison) == ("positive", True, "between_arm")
    assert f.evidence.startswith("Naltrexone reduced heavy drinking days") and f.effect.startswith("rate ratio 0.71")


@pytest.mark.parametrize("title, text", [
    # synthetic (session 22): what doctors prescribe, judge or find hard is no result of the drug
    ("Prescribing of low-dose naltrexone by general practitioners: a national survey",
     "A questionnaire was sent to 1 800 randomly selected GPs; 540 responded. Two thirds of those who had prescribed "
     "LDN judged it helpful in most of their patients. Guidance on its off-label use is needed."),
    ("Medicines for alcohol use disorder in addiction practice",
     "We sent an online questionnaire to the 950 members of a national society of addiction medicine. Naltrexone was "
     "the drug most often prescribed (82%). Naltrexone is widely used, but perceived barriers limit it."),
])
def test_a_survey_of_prescribers_is_descriptive(title, text):
    a = Article(pmid="1", title=title, abstract_sections=[AbstractSection(None, text)])
    finding, _, reasons, _ = tag_finding(a, "cross_sectional_or_survey")
    assert finding == "descriptive" and reasons[0].matched.startswith("a survey of prescribers")


def test_a_change_in_both_arms_of_a_trial_is_no_benefit_beside_its_null():
    """Synthetic (session 22): what both arms did sets no direction of the trial; a sentence saying which arm changed
    more still does."""
    a = art("In a double-blind trial, 60 haemodialysis patients took naltrexone 50 mg or placebo for 6 weeks. Both "
            "groups reported less itch by week 6. Sleep disturbed by itch fell to a similar extent in both groups. "
            "Naltrexone was no better than placebo for uraemic itch.")
    assert tag_finding(a, "rct")[0] == "null"
    b = art([("RESULTS", "Both groups reported less itch by week 6. Itch fell more with naltrexone than with placebo "
                         "(p = 0.01).")])
    assert tag_finding(b, "rct")[0] == "positive"


def test_feasibility_is_no_benefit_half_beside_the_drugs_null():
    """Synthetic (session 22): a pilot that was feasible but whose drug did nothing is null, not mixed; feasibility
    alone stays the pilot's result."""
    a = art([("RESULTS", "Seizure frequency did not differ between periods (p = 0.41)."),
             ("CONCLUSIONS", "Adding naltrexone was feasible but did not reduce seizure frequency.")])
    assert tag_finding(a, "crossover_rct")[0] == "null"
    b = art([("RESULTS", "Of 30 approached, 24 enrolled and 22 completed."),
             ("CONCLUSIONS", "A trial of naltrexone in this setting was feasible.")])
    assert tag_finding(b, "open_label_single_arm")[0] == "positive"


def test_a_survey_of_patients_sent_through_their_association_keeps_its_finding():
    a = Article(pmid="1", title="Self-reported effects of low-dose naltrexone: an online survey",
                abstract_sections=[AbstractSection(None, "A questionnaire was sent to the 2 100 members of a "
                                   "fibromyalgia patient association; 640 had taken LDN. Most (64%) reported less "
                                   "pain while taking it. Users report that LDN eases their pain.")])
    assert tag_finding(a, "cross_sectional_or_survey")[0] == "positive"


def test_a_conclusion_pointing_two_ways_stays_mixed_when_the_primarys_domain_shows_its_result():
    """Synthetic (session 22): a null primary and a benefit of the same domain, weighed in the conclusion."""
    a = art([("METHODS", "Young adults who drink heavily took naltrexone or placebo for 8 weeks. The primary outcome "
                         "was heavy drinking days per week; drinks per drinking day was secondary."),
             ("RESULTS", "Heavy drinking days did not differ between groups (rate ratio 0.95, 95% CI 0.77-1.18). "
                         "Drinks per drinking day were fewer with naltrexone (4.8 vs 5.9; P = .02)."),
             ("CONCLUSIONS", "Naltrexone did not make heavy drinking less frequent, but it reduced the amount drunk.")])
    finding, _, _, outcomes = tag_finding(a, "rct")
    assert finding == "mixed"
    assert {o.outcome: o.finding for o in outcomes}["symptom_severity"] == "null"


@pytest.mark.parametrize("design, sections, want", [
    # synthetic (session 14), in the shapes fresh labelled sets showed
    ("rct", [("RESULTS", "Opioid-negative urines were 61% vs 64% (difference -3 points; 95% CI -9 to 3)."),
             ("CONCLUSIONS", "Once started, the injection was comparable to methadone in keeping urines free of "
                             "opioids and met the criterion for noninferiority.")], "positive"),
    ("animal_study", [("RESULTS", "Tumours were 35% smaller with the combination (p = 0.004). Body weight did not "
                                  "differ between groups."),
                      ("CONCLUSIONS", "LDN potentiated the antitumour activity of cisplatin in this model.")],
     "positive"),
    ("rct", [("RESULTS", "The first injection was received by 80 of 140 in the rapid arm and 20 of 70 in the standard "
                         "arm (P = 0.001). Later relapse did not differ by arm (P = 0.5)."),
             ("CONCLUSIONS", "Rapid induction allowed more patients to start the injection than standard induction.")],
     "positive"),
    ("cohort_or_retrospective", [("RESULTS", "Drug-induced liver injury was recorded in 5 users and 20 non-users "
                                             "(adjusted OR 0.91, 95% CI 0.33-2.50)."),
                                 ("CONCLUSIONS", "These data do not suggest an excess risk of liver injury with "
                                                 "naltrexone.")], "safety_only"),
    # synthetic (session 16): case reports' hedged endorsements
    ("case_report", [("CONCLUSION", "This case suggests that LDN may help some patients with post-viral brain fog.")],
     "positive"),
    ("case_report", [("CONCLUSION", "Itch in this disease may respond to LDN; a controlled trial would be useful.")],
     "positive"),
    ("case_report", [("CONCLUSION", "Naltrexone may be worth considering when psychotherapy has failed.")], "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Patients prescribed naltrexone at discharge had fewer "
                                                 "readmissions within 90 days.")], "positive"),
    ("crossover_rct", [("RESULTS", "Both doses of naltrexone blocked these effects almost completely (p < 0.001 vs "
                                   "placebo).")], "positive"),
    ("case_series", [("RESULTS", "Scaling had lessened in four patients; one saw no change."),
                     ("CONCLUSIONS", "LDN may stabilise the disease and deserves controlled study.")], "positive"),
    ("case_series", [("CONCLUSIONS", "Neither woman returned to opioid use during pregnancy.")], "positive"),
    ("case_report", [("CONCLUSIONS", "Naltrexone appeared to reduce urges to gamble in this patient.")], "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Those starting the injection stayed in treatment for a shorter "
                                                 "time and died more often than those on buprenorphine.")], "negative"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Treatment was linked to fewer overdose deaths, but the month after "
                                                 "stopping carried an excess risk.")], "mixed"),
    ("rct", [("INTERPRETATION", "Starting the injection before release kept more people from returning to opioid "
                                "use than referral, and")], "positive"),
    ("case_report", [("CONCLUSIONS", "LDN relieved this woman's pain but caused insomnia that she could not "
                                     "tolerate.")], "mixed"),
    ("systematic_review_or_meta_analysis", [("CONCLUSIONS", "LDN may reduce pain in fibromyalgia, but the studies show "
                                                            "no association with fewer relapses in MS.")], "mixed"),
    # a conclusion whose second half is an elided null: "whereas continuous blockade did not"
    ("animal_study", [("CONCLUSIONS", "Intermittent blockade lessened colitis in these mice, whereas continuous "
                                      "blockade did not.")], "mixed"),
    ("animal_study", [("CONCLUSIONS", "Low-dose blockade was anti-arthritic in this model, whereas continuous blockade "
                                      "was not.")], "mixed"),
    ("cross_sectional_or_survey", [("CONCLUSIONS", "Practical help with transport may help people stay on the "
                                                   "injection after release.")], "descriptive"),
    # synthetic (session 17): harms of the drug told as worse pain, more opioid needed, shorter retention, more deaths
    ("rct", [("CONCLUSIONS", "Naltrexone added to the infusion increased opioid requirements and made pain worse.")],
     "negative"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Oral naltrexone kept patients in treatment for a far shorter time "
                                                 "than methadone, and those starting it were more likely to die.")],
     "negative"),
    # fewer relapses in one arm of two forms of the drug; a dose beside the drug before its null; "more ... with it"
    ("rct", [("CONCLUSIONS", "Fewer patients relapsed to opioid use with the depot than with daily tablets.")],
     "positive"),
    ("rct", [("CONCLUSIONS", "Naltrexone 50 mg did not raise quit rates; women taking it gained less weight.")],
     "mixed"),
    ("rct", [("CONCLUSIONS", "LDN failed to raise remission rates, but mucosal healing was more frequent with it.")],
     "mixed"),
    ("rct", [("CONCLUSIONS", "LDN did not cut drinking; weight gain after stopping was smaller in those taking it.")],
     "mixed"),
    # a review's "no convincing clinical evidence"; a case kept in remission
    ("narrative_review", [("CONCLUSIONS", "We found no convincing clinical evidence that LDN shrinks tumours.")],
     "null"),
    ("case_report", [("CONCLUSIONS", "LDN kept her ulcerative colitis in remission for two years.")], "positive"),
    # "less often" told of those given the drug; a blockade that made pain hard to control; two drugs alike
    ("cohort_or_retrospective", [("CONCLUSIONS", "People given a naltrexone implant were admitted for overdose less "
                                                 "often than matched people starting methadone.")], "positive"),
    ("case_report", [("CONCLUSIONS", "The blockade made her postoperative pain very hard to control.")], "negative"),
    # the drug's effect in treated animals "but not in saline-treated" ones; harms told as a higher rate of return or
    # more pain with the drug; staying free of "daily" heroin use
    ("animal_study", [("RESULTS", "Withdrawal thresholds rose in naltrexone-treated mice but not in vehicle-treated "
                                  "mice (p < 0.01 between groups).")], "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Starting XR-NTX was associated with a higher rate of return to "
                                                 "opioid use than starting buprenorphine.")], "negative"),
    ("rct", [("RESULTS", "Pain scores were higher with LDN than with placebo (p = 0.01).")], "negative"),
    ("cohort_or_retrospective", [("RESULTS", "Return to opioid use was more frequent after XR-NTX than after "
                                             "buprenorphine (HR 1.31, 95% CI 1.12-1.52).")], "negative"),
    ("rct", [("RESULTS", "Relapse was more frequent with placebo than with naltrexone (p = 0.01).")], "positive"),
    ("case_series", [("CONCLUSIONS", "Most patients given the implant remained free of regular heroin use at a "
                                     "year.")], "positive"),
    ("systematic_review_or_meta_analysis", [("RESULTS", "Opioid antagonists reduced craving more than placebo "
                                                        "(SMD -0.41, 95% CI -0.60 to -0.22). The effect was similar "
                                                        "for naltrexone and nalmefene.")], "positive"),
    # synthetic (session 18): benefits in words the rules lacked, of extensions, run-in pilots, reviews, register
    # studies, case reports and older single-arm studies
    ("open_label_single_arm", [("RESULTS", "MFIS scores fell from 44 to 39 over the extension (p = 0.02)."),
                               ("CONCLUSIONS", "Over a year of open-label use, fatigue continued to improve and "
                                               "disability remained stable.")], "positive"),
    ("rct", [("FINDINGS", "By 6 months, 9 of 50 given the implant and 21 of 49 given oral naltrexone relapsed "
                          "(p = 0.01)."),
             ("CONCLUSIONS", "The implant kept more patients from relapse than oral naltrexone.")], "positive"),
    ("open_label_single_arm", [("RESULTS", "Mean pain was 6.2 in the placebo weeks and 5.0 in the LDN weeks "
                                           "(p = 0.02)."),
                               ("CONCLUSIONS", "Pain was lower during LDN than during placebo in this single-blind "
                                               "pilot.")], "positive"),
    ("systematic_review_or_meta_analysis",
     [("RESULTS", "LDN may increase clinical response (RR 1.70, 95% CI 1.10 to 2.62). Remission did not differ (RR "
                  "1.40, 95% CI 0.80 to 2.45)."),
      ("CONCLUSIONS", "Low-certainty evidence suggests that LDN may increase clinical and endoscopic response, without "
                      "an increase in adverse events.")], "positive"),
    ("cohort_or_retrospective",
     [("RESULTS", "Readmission occurred in 30% of naltrexone users and 35% of acamprosate users (aHR 0.85, 95% CI "
                  "0.75-0.96); death did not differ."),
      ("CONCLUSIONS", "Veterans who started naltrexone were readmitted less often than those who started "
                      "acamprosate.")], "positive"),
    ("cohort_or_retrospective",
     [("RESULTS", "Steroid courses: 22% vs 30% (OR 0.66, 95% CI 0.49-0.90). Hospitalisation did not differ."),
      ("CONCLUSIONS", "Patients who filled LDN prescriptions needed corticosteroids less often than matched patients, "
                      "although hospitalisation rates were similar.")], "positive"),
    ("case_report", [("CASE", "A 61-year-old man with metastatic melanoma took LDN 4.5 mg nightly. His disease was "
                              "stable at 10 months."),
                     ("LESSONS", "LDN may have contributed to the stabilisation of his progressing disease.")],
     "positive"),
    ("case_series", [(None, "We describe three adolescents with alcohol use disorder given naltrexone 50 mg daily. Two "
                            "drank less. These cases suggest that naltrexone may help some adolescents to drink "
                            "less.")], "positive"),
    ("open_label_single_arm", [(None, "Sixty detoxified heroin addicts took naltrexone 50 mg on weekdays. At six "
                                      "months 21 were free of opiate use. Naltrexone maintenance kept a substantial "
                                      "minority of detoxified addicts free of opiate use.")], "positive"),
    ("cohort_or_retrospective",
     [("RESULTS", "Of 88 patients given escalating LDN, 71 received XR-NTX before discharge."),
      ("CONCLUSIONS", "Escalating low-dose naltrexone allowed most hospitalised patients with opioid use disorder to "
                      "start XR-NTX.")], "positive"),
    # synthetic (session 18): another drug's null beside naltrexone's benefit, and "unlike"/"but not" the other drug
    ("cohort_or_retrospective",
     [("METHODS", "The primary outcome was time to the first heavy drinking day."),
      ("RESULTS", "Time to the first heavy drinking day was longer with naltrexone than with placebo (HR 0.70, 95% CI "
                  "0.55-0.90; P = .004), whereas acamprosate did not differ from placebo (HR 0.96, 95% CI 0.76-1.21)."),
      ("CONCLUSIONS", "Naltrexone, but not acamprosate, delayed return to heavy drinking.")], "positive"),
    ("cohort_or_retrospective",
     [("RESULTS", "Naltrexone use was associated with fewer admissions (aHR 0.82, 95% CI 0.74-0.91). Disulfiram was "
                  "not associated with admissions (aHR 0.98, 95% CI 0.85-1.13)."),
      ("CONCLUSIONS", "Naltrexone, unlike acamprosate and disulfiram, was associated with fewer alcohol-related "
                      "admissions.")], "positive"),
    # synthetic (session 18): register conclusions of harm, of benefit, and of a benefit with a null half
    ("cohort_or_retrospective", [("CONCLUSIONS", "Starting XR-NTX rather than buprenorphine after withdrawal "
                                                 "management was associated with shorter retention in treatment and "
                                                 "higher mortality.")], "negative"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Naltrexone started before discharge was associated with more "
                                                 "patients remaining free of opiates at a year.")], "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Naltrexone use was associated with fewer alcohol-related "
                                                 "admissions, but all-cause mortality was not lower.")], "mixed"),
    # synthetic (session 19): a benefit beside a harm said not to follow (decompensation, harm to mother or child);
    # an aim worded "we tested whether" is no result
    ("cohort_or_retrospective", [("CONCLUSIONS", "Naltrexone use was associated with fewer deaths and was not "
                                                 "associated with hepatic decompensation.")], "positive"),
    ("case_report", [("CONCLUSIONS", "In this woman, LDN taken through pregnancy was not associated with harm to "
                                     "her or to the baby.")], "safety_only"),
    ("crossover_rct", "Fatigue is frequent in lupus. We tested whether naltrexone 4.5 mg nightly reduces fatigue in "
                      "people with lupus. Thirty "
                      "adults took naltrexone and placebo for 6 weeks each, in random order. The primary outcome was "
                      "the Fatigue Severity Scale (FSS). Mean FSS was 5.1 on naltrexone and 5.3 on placebo (p = 0.44). "
                      "Naltrexone 4.5 mg gave no advantage over placebo for fatigue in lupus.", "null"),
    # the arms named by who they were ("XR-NTX patients", "usual-care patients"); the drug's subject six words before
    # "was associated"; improvement "in both groups" is not the drug's; a harm severe enough to stop is a harm half
    ("nonrandomized_trial", [("RESULTS", "Relapse within 12 weeks occurred in 20 of 60 (33%) XR-NTX patients and 41 "
                                         "of 66 (62%) usual-care patients (adjusted odds ratio 0.31, 95% CI "
                                         "0.15-0.64; p = 0.001).")], "positive"),
    ("nonrandomized_trial", [("CONCLUSIONS", "Starting XR-NTX before discharge from the detoxification ward was "
                                             "associated with less return to opioid use than usual care.")],
     "positive"),
    ("rct", [("CONCLUSIONS", "Naltrexone was no more effective than placebo for kleptomania, with marked improvement "
                             "in both groups.")], "null"),
    ("case_report", [("CONCLUSIONS", "Low-dose naltrexone eased her itch, but nightmares severe enough to stop "
                                     "treatment limited its use.")], "mixed"),
    # the drug worse than another in "more frequent return"; "is associated" in the present; "enabled more"; a harm
    # half in "made the third stop" or "the excess of fatal overdoses" (not "rarely led to stopping"); the drug in
    # control donors' cells is no result of it
    ("cohort_or_retrospective", [("CONCLUSIONS", "Starting XR-NTX rather than buprenorphine was associated with more "
                                                 "frequent return to opioid use.")], "negative"),
    ("systematic_review_or_meta_analysis", [("CONCLUSIONS", "In observational studies, naltrexone use is associated "
                                                            "with lower mortality in alcohol use disorder.")],
     "positive"),
    ("nonrandomized_trial", [("CONCLUSIONS", "Rapid induction enabled more patients to receive the first injection "
                                             "than standard induction.")], "positive"),
    ("case_series", [("CONCLUSIONS", "Naltrexone at a low dose relieved itch in two of the three patients, but "
                                     "intolerable nightmares made the third stop.")], "mixed"),
    ("rct", [("CONCLUSIONS", "The injections reduced relapse during treatment, but the excess of fatal overdoses "
                             "after they stopped is a concern.")], "mixed"),
    ("cross_sectional_or_survey", [("RESULTS", "Most described less pain. Vivid dreams were common but rarely led to "
                                               "stopping.")], "positive"),
    ("in_vitro", [("RESULTS", "Naltrexone reduced IL-17A secretion by T cells from patients compared with medium (p < "
                              "0.01). Effects on cells from healthy controls were similar but smaller.")], "positive"),
    # the arms named with the control first, or a counselling group; "more often opiate-free"
    ("rct", [("RESULTS", "By 6 months 48% of the placebo group but only 22% of the naltrexone group had relapsed "
                         "(p < 0.01).")], "positive"),
    ("nonrandomized_trial", [("RESULTS", "At 6 months 24 of the naltrexone group (44%) and 8 of the counselling group "
                                         "(17%) were opiate-free by urinalysis (p = 0.004).")], "positive"),
    ("nonrandomized_trial", [("CONCLUSIONS", "Patients who chose naltrexone were more often opiate-free at six "
                                             "months, although self-selection may explain part of it.")], "positive"),
    # a numbered patient not helped, or "most of the rest", is a tally of the few; the drug on control cells is no
    # result of it; "promoted the growth of … may be harmful" is a harm, and one schedule that "restrains" beside one
    # that promotes is mixed
    ("case_series", [("RESULTS", "In patients 1 and 2, itch fell by more than half within 6 weeks; patient 3 had no "
                                 "benefit and stopped after 8 weeks.")], "positive"),
    ("in_vitro", [("RESULTS", "Naltrexone raised the cytotoxicity of patients' NK cells to control levels (p = 0.01) "
                              "but did not alter the cytotoxicity of control cells.")], "positive"),
    ("animal_study", [("CONCLUSIONS", "Sustained blockade promoted the growth of the xenografts, and high-dose "
                                      "naltrexone may be harmful in colorectal cancer.")], "negative"),
    ("in_vitro", [("CONCLUSIONS", "Brief blockade restrains and sustained blockade promotes the growth of these "
                                  "cells.")], "mixed"),
    # "allowed most … who attempted it to start" (twelve words between); "gave no sign that" is null
    ("cohort_or_retrospective", [("CONCLUSIONS", "A rapid inpatient induction allowed most hospitalised patients "
                                                 "with opioid use disorder who attempted it to start the injection.")],
     "positive"),
    ("rct", [("CONCLUSIONS", "This pilot trial gave no sign that LDN relieves pain or improves function in "
                             "adolescents.")], "null"),
    # "slower disability worsening" names an outcome, no harm; "followed by clinical remission" beside an aside;
    # "worse with it than with placebo" is a harm; "a modest additional fall"; "but no less fatigue" is a null half;
    # "reported more energy" beside a null primary is a benefit weighed against it
    ("cohort_or_retrospective", [("CONCLUSIONS", "LDN use was not associated with fewer relapses, slower disability "
                                                 "worsening or less fatigue.")], "null"),
    ("open_label_single_arm", [("CONCLUSIONS", "LDN was followed by clinical remission in a third of patients and by "
                                               "better quality of life, although CRP did not change.")], "positive"),
    ("rct", [("CONCLUSIONS", "LDN did not relieve knee pain; pain was worse with it than with placebo.")],
     "negative"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "LDN use was associated with a modest additional fall in pain "
                                                 "severity.")], "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Women taking LDN had lower antibody titres than matched women not "
                                                 "taking it, but no less fatigue.")], "mixed"),
    ("rct", [("CONCLUSIONS", "Adjunctive LDN did not improve anxiety, although participants reported more energy "
                             "while taking it.")], "mixed"),
    # "the naltrexone implant reduced"; "returned to heavy drinking less often than"; one schedule that "may promote"
    # growth beside one that reduces it
    ("rct", [("CONCLUSIONS", "The naltrexone implant reduced return to regular heroin use compared with oral "
                             "naltrexone.")], "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Veterans who started naltrexone returned to heavy drinking less "
                                                 "often than those who started acamprosate.")], "positive"),
    ("systematic_review_or_meta_analysis", [("CONCLUSIONS", "Intermittent low-dose naltrexone reduces tumour growth, "
                                                            "while continuous high-dose blockade may promote it.")],
     "mixed"),
    # "none found fewer relapses" is null (not "none reported a serious reaction"); "fatigue was lower in patients
    # taking it" is a benefit half
    ("systematic_review_or_meta_analysis", [("RESULTS", "None found fewer relapses or slower disability progression "
                                                        "with LDN.")], "null"),
    ("rct", [("CONCLUSIONS", "LDN did not reduce relapses or slow disability, but fatigue was lower in patients "
                             "taking it.")], "mixed"),
    # a review's "does not yet show that it relieves", "no consistent benefit", "has not been shown to" are null
    ("systematic_review_or_meta_analysis", [("CONCLUSIONS", "The evidence is sparse and inconsistent, and does not "
                                                            "yet show that LDN relieves fatigue.")], "null"),
    ("narrative_review", [("CONCLUSIONS", "These studies show no consistent benefit of LDN on pain.")], "null"),
    ("narrative_review", [("CONCLUSIONS", "LDN has not been shown to prolong survival or slow tumour growth.")],
     "null"),
    # "neither worsened nor ameliorated" and "does not support the efficacy of" are null; "carries a high risk of
    # overdose" is a harm; "a modestly useful treatment … but it does not improve" is mixed; a harm "common" after
    # "though" is a harm half, never an aside; "one patient noticed no benefit" is a tally of the few
    ("animal_study", [("CONCLUSIONS", "Naltrexone at this dose neither worsened nor ameliorated EAE.")], "null"),
    ("systematic_review_or_meta_analysis", [("CONCLUSIONS", "This meta-analysis does not support the efficacy of LDN "
                                                            "in fibromyalgia.")], "null"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "The month after coverage ends carries a high risk of overdose.")],
     "negative"),
    ("rct", [("CONCLUSIONS", "Naltrexone may be a modestly useful treatment for hyperactivity, but it does not improve "
                             "social deficits.")], "mixed"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Naltrexone gave useful relief of itch, though a transient "
                                                 "withdrawal-like reaction was common.")], "mixed"),
    ("case_series", [("RESULTS", "In three of four patients the erosions improved; one patient noticed no benefit.")],
     "positive"),
    # "caused sleep disturbance severe enough to stop" after "but" is a harm half
    ("rct", [("CONCLUSIONS", "Naltrexone reduced pain in fibromyalgia but caused sleep disturbance severe enough for "
                             "one in six to stop taking it.")], "mixed"),
    # a claim in eight words concludes
    ("crossover_rct", "Twenty women with fibromyalgia took LDN and placebo for 6 weeks each, in random order. Mean "
                      "pain was 25% lower during LDN (p = 0.01). Mood did not differ between periods. Low-dose "
                      "naltrexone reduced fibromyalgia pain compared with placebo.", "positive"),
    # "a higher rate of"; the drug's group "had more" events than another drug's; a harm "no more frequent than
    # expected"; "may help cognitive symptoms", a side effect that settled beside it; an unstructured conclusion naming
    # a cytokine ("IL-6" is no figure of a result)
    ("cohort_or_retrospective", [("CONCLUSIONS", "LDN use was associated with a higher rate of clinical remission in "
                                                 "ulcerative colitis at one year.")], "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "XR-NTX initiators had more overdoses than buprenorphine initiators "
                                                 "in the year after release.")], "negative"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "Birth defects after LDN in early pregnancy were no more frequent "
                                                 "than expected.")], "safety_only"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "We found no increase in the risk of acute liver injury with "
                                                 "naltrexone.")], "safety_only"),
    ("case_report", [("RESULTS", "After three months her headaches had become infrequent and she was back at school. "
                                 "Mild nausea in the first week settled without change of dose."),
                     ("CONCLUSIONS", "This case suggests that LDN may help cognitive symptoms after COVID-19.")],
     "positive"),
    ("in_vitro", "Monocytes were isolated from 12 patients with lupus and 12 controls and incubated with naltrexone or "
                 "medium. Untreated monocytes from patients released more IL-6 than those of controls (p < 0.001). "
                 "After incubation with naltrexone, IL-6 release by patients' monocytes did not differ from that of "
                 "controls. Naltrexone normalised IL-6 release by monocytes from patients with lupus in vitro.",
     "positive"),
])
def test_conclusions_in_the_words_fresh_records_used(design, sections, want):
    assert tag_finding(art(sections), design)[0] == want


@pytest.mark.parametrize("design, text, want", [
    # synthetic (session 14): unstructured abstracts in the older literature's way
    ("rct", "Forty women were randomised to naltrexone or placebo. Binges fell by 40% with naltrexone and by 33% with "
            "placebo; neither difference was statistically significant. Naltrexone was not superior to placebo for "
            "binge eating in these women.", "null"),
    ("in_vitro", "Monocytes were exposed to naltrexone. Naltrexone reduced LPS-induced release of interleukin-6 by a "
                 "third (p < 0.01). Naltrexone did not alter cytokine release from unstimulated monocytes. These in "
                 "vitro data indicate an anti-inflammatory action of naltrexone.", "positive"),
    ("cohort_or_retrospective", "We reviewed 31 charts. Self-injury improved in 17 of the 31. Age was not associated "
                                "with response. In routine care, about half of these children appeared to benefit "
                                "from naltrexone.", "positive"),
    ("nonrandomized_trial", "Binges fell more with naltrexone (p = 0.03); vomiting did not differ (p = 0.09). "
                            "Naltrexone may enhance the effect of behavioural therapy on binge eating.", "positive"),
])
def test_an_unstructured_last_sentence_that_claims_in_words_concludes(design, text, want):
    assert tag_finding(art(text), design)[0] == want


def test_a_null_that_delays_nothing_beside_more_days_abstinent_is_mixed():
    # synthetic (session 14)
    a = art([("RESULTS", "Time to the first heavy drinking day did not differ (hazard ratio 0.90; 95% CI 0.70-1.16)."),
             ("CONCLUSIONS", "The injection did not delay return to heavy drinking, although those who received it "
                             "reported more days abstinent.")])
    assert tag_finding(a, "rct")[0] == "mixed"


@pytest.mark.parametrize("conclusion", [
    "LDN did not reduce fatigue, although sleep quality was better while they took it.",
    "Naltrexone did not improve quit rates, although it limited weight gain in those who quit.",
    "The drug did not reduce morphine requirement, although the higher dose reduced pruritus.",
    # synthetic (session 16): the benefit told as what people reported or gained
    "LDN did not lessen fatigue after the infection, but those taking it reported better sleep.",
    "Naltrexone did not raise quit rates, although women who quit while taking it gained less weight.",
    "Use of LDN was not associated with less pain, although users reported fewer bad nights.",
    "Ultra-low-dose naltrexone did not improve analgesia, although withdrawal symptoms after the taper were milder.",
    # synthetic (session 17): an adverb before the comparison, what patients had, and a second clause after ";"
    "Naltrexone did not lower opioid use after surgery, although pain on coughing was slightly lower with it.",
    "LDN did not ease pain in this trial, but patients taking it had fewer awakenings at night.",
    "The added naltrexone did not improve analgesia, although patients had milder withdrawal when it was stopped.",
    "LDN did not lessen itch, but sleep was better during the weeks on LDN.",
    "Naltrexone by text message did not cut drinking; quality of life was a little better with it.",
])
def test_a_null_main_clause_beside_a_benefit_in_an_although_clause_is_mixed(conclusion):
    # synthetic (session 14): the benefit sits in the concessive clause, the null in the main one
    assert tag_finding(art([("RESULTS", "The primary outcome did not differ (p = 0.4)."),
                            ("CONCLUSIONS", conclusion)]), "rct")[0] == "mixed"


@pytest.mark.parametrize("design, sections, want", [
    # synthetic (session 14), the shapes of independent34
    ("rct", [("RESULTS", "Return to opioid use occurred after 38% and 55% of releases (adjusted OR 0.50, 95% CI "
                         "0.36-0.70)."),
             ("CONCLUSIONS", "Offering the injection before release lowered the rate of return to opioid use.")],
     "positive"),
    ("rct", [("RESULTS", "Clinical response occurred in 17 of 38 and 8 of 40 (risk ratio 2.2, 95% CI 1.1-4.5). "
                         "Endoscopic improvement was seen in 30% and 21% (p = 0.2)."),
             ("CONCLUSIONS", "LDN might be a useful adjunct to mesalamine, although the trial was small.")],
     "positive"),
    ("cohort_or_retrospective", [("RESULTS", "Death occurred in 3.0% and 1.7% (weighted HR 1.8, 95% CI 1.2-2.7)."),
                                 ("CONCLUSIONS", "Starting oral naltrexone rather than buprenorphine after "
                                                 "detoxification was associated with poorer retention and higher "
                                                 "mortality.")], "negative"),
    ("rct", [("CONCLUSIONS", "Naltrexone neither improved nor worsened sleep compared with placebo.")], "null"),
    ("case_series", [("CASES", "Five women took LDN; we describe each. Four of five patients thus had meaningful pain "
                               "relief on LDN.")], "positive"),
    ("rct", [("CONCLUSIONS", "LDN did not increase clinical remission, although endoscopic response was more frequent "
                             "with it.")], "mixed"),
    ("narrative_review", [("CONCLUSIONS", "We found no convincing evidence that LDN reduces chronic pain.")], "null"),
    ("rct", [("CONCLUSIONS", "LDN did not relieve itch, but symptom scores were lower while patients took it.")],
     "mixed"),
    ("crossover_rct", [("CONCLUSIONS", "Naltrexone produced a dose-related and long-lasting blockade of the effects of "
                                       "morphine in volunteers.")], "positive"),
    ("open_label_single_arm", [("CONCLUSIONS", "The regimen was acceptable to about half of these patients, and those "
                                               "who stayed on it remained free of opioid use.")], "positive"),
    ("crossover_rct", [("RESULTS", "Stimulation was lower with naltrexone (p = 0.004), whereas sedation did not "
                                   "differ (p = 0.5)."),
                       ("CONCLUSIONS", "Naltrexone blunted the stimulating effects of alcohol in heavy drinkers.")],
     "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "The implant was followed by fewer opioid overdoses but by more "
                                                 "hospital admissions for other drugs.")], "mixed"),
    ("rct", [("CONCLUSIONS", "The depot kept substantially more patients free of relapse than oral tablets.")],
     "positive"),
    # synthetic (session 16): cut short after the primary result, the comparator named as treatment as usual
    ("rct", [("RESULTS", "By week 24, 35% of the XR-NTX group and 58% of the treatment-as-usual group had relapsed "
                         "(hazard ratio 0·55, 95% CI 0·38–0·79; p<0·001). Overdoses were")], "positive"),
    ("rct", [("RESULTS", "GI score at week 8: LDN 0.80 vs placebo 1.12, p = 0.02. Itch: 11.8 vs 13.0, p = 0.3."),
             ("CONCLUSIONS", "LDN should be studied in a larger trial of this disease.")], "positive"),
    # synthetic (session 21): a pooled benefit given or confirmed, with words between; evidence said insufficient
    ("systematic_review_or_meta_analysis",
     [("RESULTS", "LDN lowered itch more than placebo (SMD -0.41, 95% CI -0.66 to -0.16). Sleep did not differ."),
      ("CONCLUSIONS", "LDN gives a small but consistent reduction in itch in these disorders.")], "positive"),
    ("systematic_review_or_meta_analysis",
     [("RESULTS", "LDN lowered pain more than placebo (95% CI 0.1 to 0.9). There was no effect on mood."),
      ("CONCLUSIONS", "The pooled data confirm a modest benefit of LDN on pain.")], "positive"),
    ("systematic_review_or_meta_analysis",
     [("METHODS", "Our primary outcome was a fall in itch of 30% or more."),
      ("RESULTS", "There was no clear difference between LDN and placebo in itch (RR 1.15, 95% CI 0.81 to 1.63)."),
      ("CONCLUSIONS", "There is insufficient evidence that LDN eases itch.")], "null"),
    # synthetic (session 21): patients' cells in the laboratory: their untreated difference from healthy donors is no
    # result of the drug, cells restored to the donors' levels are a benefit, and unchanged viability is no null half
    ("in_vitro", [("RESULTS", "Untreated monocytes from patients released more IL-6 than those of healthy donors "
                              "(p = 0.002). Naltrexone lowered IL-6 release to values similar to those of controls.")],
     "positive"),
    ("in_vitro", [("RESULTS", "Naltrexone reduced TNF secretion by 38% (p < 0.01), with no effect on cell viability.")],
     "positive"),

    # naltrexone less effective than its comparator; a survey whose conclusion names the side effects most reported
    ("rct", [("CONCLUSIONS", "Oral naltrexone was less effective than methadone in keeping patients in treatment.")],
     "negative"),
    ("cross_sectional_or_survey",
     [("RESULTS", "Nausea was reported by 61 (22%) and headache by 40 (14%)."),
      ("CONCLUSIONS", "Nausea and headache were the side effects most often reported by patients taking LDN.")],
     "safety_only"),
    # a harm half after "although" (people stopping), not an aside; a minority stopping is one
    ("cross_sectional_or_survey", [("CONCLUSIONS", "Most respondents felt LDN eased their pain, although one in five "
                                                   "stopped it because of insomnia.")], "mixed"),
    ("cross_sectional_or_survey", [("CONCLUSIONS", "Most respondents perceived a benefit, although a minority stopped "
                                                   "it because of side effects.")], "positive"),

    # a return to work is no return to drug use
    ("cohort_or_retrospective", [("CONCLUSIONS", "LDN use was associated with more frequent return to work in long "
                                                 "COVID.")], "positive"),
])
def test_trials_and_cohorts_told_the_long_way(design, sections, want):
    assert tag_finding(art(sections), design)[0] == want


def test_no_change_in_liver_enzymes_beside_adverse_events_is_tolerability():
    a = art("Twelve volunteers received one injection. Concentrations peaked at 2 h. Nausea occurred in 2; there "
            "were no serious adverse events and liver enzymes did not change. One injection was well tolerated.")
    assert tag_finding(a, "open_label_single_arm")[0] == "safety_only"


def test_a_tolerability_study_titled_with_harms_alone_reports_only_them():
    text = ("Twenty healthy adults received one injection. Injection-site tenderness was reported by 12 and was mild "
            "and resolved within 2 weeks. Single injections were well tolerated.")
    safety = Article(pmid="1", title="Safety and tolerability of a depot injection in healthy volunteers",
                     abstract_sections=[AbstractSection(None, text)])
    assert tag_finding(safety, "open_label_single_arm")[0] == "safety_only"
    both = Article(pmid="1", title="Efficacy and safety of naltrexone for itch: an open trial",
                   abstract_sections=[AbstractSection(None, "Thirty patients took naltrexone. A significant response "
                                                          "was seen in 21 of 30. Naltrexone might be a well-tolerated "
                                                          "and effective therapy for itch.")])
    assert tag_finding(both, "open_label_single_arm")[0] == "positive"


@pytest.mark.parametrize("title, sections", [
    # synthetic (session 16): studies of one harm, or of reports of harms, with only tolerability to report
    ("Naltrexone in early pregnancy and congenital malformations: a register cohort",
     [("RESULTS", "Malformations occurred in 3.1% of exposed and 3.3% of unexposed infants (adjusted RR 0.94, 95% CI "
                  "0.52-1.70)."),
      ("CONCLUSIONS", "Exposure was not associated with an increased risk of malformations; the data are reassuring "
                      "about its safety.")]),
    ("Adverse drug reactions reported with low-dose naltrexone: a pharmacovigilance study",
     [("RESULTS", "We found 180 reports. Disproportionality was found for abnormal dreams (ROR 8.2, 95% CI 5.9-11.4) "
                  "and insomnia (ROR 2.9, 95% CI 2.0-4.2), but not for hepatic events."),
      ("CONCLUSIONS", "These reports do not suggest a safety signal beyond the known sleep reactions.")]),
    ("Adverse events of low-dose naltrexone: a systematic review of randomised trials",
     [("RESULTS", "Vivid dreams (RR 2.2, 95% CI 1.1 to 4.4) were more frequent with LDN, whereas nausea and insomnia "
                  "did not differ."),
      ("CONCLUSIONS", "LDN is well tolerated.")]),
    # synthetic (session 17): the harm first in the title, and "do not suggest a high risk of" it
    ("Birth defects after early-pregnancy exposure to low-dose naltrexone: a clinic review",
     [(None, "We reviewed 52 pregnancies exposed to LDN. One infant had a major birth defect. These data do not "
             "suggest a high risk of birth defects after exposure in early pregnancy.")]),
    # synthetic (session 18): the harm of the title said not to follow the drug in words other than "risk"
    ("Oral naltrexone and drug-induced liver injury: a nested case-control study",
     [("RESULTS", "Recent naltrexone use was found in 9 cases (2.8%) and 102 controls (3.1%) (adjusted OR 0.90, 95% CI "
                  "0.44-1.83)."),
      ("CONCLUSIONS", "Recent use of naltrexone does not appear to raise the rate of admission for liver injury.")]),
    ("Hepatic safety of naltrexone: a meta-analysis of placebo-controlled trials",
     [("RESULTS", "ALT rose above three times the upper limit in 0.9% and 1.2% of patients (RR 0.81, 95% CI "
                  "0.47-1.40). No case of liver failure occurred. Higher doses were not associated with more hepatic "
                  "events."),
      ("CONCLUSIONS", "Trial data show no excess of liver injury with naltrexone.")]),
    # synthetic (session 19): the harms reported disproportionately often beside one that was not
    ("Adverse drug reactions reported with naltrexone: a disproportionality analysis",
     [("RESULTS", "Insomnia (ROR 3.1, 95% CI 2.2-4.4) and abnormal dreams (ROR 9.4, 95% CI 6.6-13.4) were reported "
                  "disproportionately often, whereas hepatic reactions were not."),
      ("CONCLUSIONS", "No hepatic safety signal was seen.")]),
])
def test_a_cohort_of_one_harm_or_of_reports_of_harms_is_safety_only(title, sections):
    a = Article(pmid="1", title=title, abstract_sections=[AbstractSection(lbl, txt) for lbl, txt in sections])
    design = "systematic_review_or_meta_analysis" if "review" in title else "cohort_or_retrospective"
    assert tag_finding(a, design)[0] == "safety_only"


@pytest.mark.parametrize("results, conclusion, want", [
    # synthetic (session 19): a cohort whose conclusion is a tolerability statement alone is a study of harms, whatever
    # figures of them its results compared; not where a result is a benefit the conclusion weighs in other words
    ("Birth defects occurred in 2 of 130 (1.5%) and 12 of 560 (2.1%) infants (adjusted OR 0.80, 95% CI 0.20-3.10).",
     "LDN taken in early pregnancy does not appear to raise the rate of birth defects.", "safety_only"),
    ("ALT rose above three times normal in 3 (2.9%) and 8 (3.9%) patients (p = 0.70).",
     "XR-NTX was not associated with hepatic decompensation or relevant liver enzyme rises in cirrhosis.",
     "safety_only"),
    ("Eight of 12 patients reported less itch and scaling.", "LDN could be a viable, well-tolerated treatment option.",
     "positive"),
    # synthetic (session 21): miscarriages and congenital anomalies, liver enzyme elevations: harms, said not to follow
    ("Miscarriage occurred in 14 of 101 (13.9%) and 30 of 202 (14.9%) pregnancies (adjusted OR 0.93, 95% CI "
     "0.46-1.86).",
     "LDN around conception was not associated with more miscarriages or congenital anomalies.", "safety_only"),
    ("ALT above three times normal occurred in 12 (2.0%) and 11 (1.9%) patients (p = 0.81).",
     "Naltrexone did not increase liver enzyme elevations compared with non-users.", "safety_only"),

    ("ALT rose above three times normal in 14 of 880 patients (1.6%).",
     "Clinically important rises in liver enzymes were uncommon after starting naltrexone.", "safety_only"),
])
def test_a_cohort_concluding_on_tolerability_alone_is_safety_only(results, conclusion, want):
    a = art([("RESULTS", results), ("CONCLUSIONS", conclusion)])
    assert tag_finding(a, "cohort_or_retrospective")[0] == want


def test_a_harm_that_resolved_is_no_benefit_of_the_drug():
    # synthetic (session 16): a phase 1 implant study in volunteers, titled with safety and pharmacokinetics
    text = [("RESULTS", "Eighteen volunteers received the implant. Plasma naltrexone stayed above 1 ng/mL for a median "
                        "of 70 days. Implant-site reactions (tenderness or swelling) occurred in 11 volunteers and "
                        "resolved without treatment."),
            ("CONCLUSIONS", "The implant was well tolerated.")]
    a = Article(pmid="1", title="Safety, tolerability and pharmacokinetics of a naltrexone implant in volunteers",
                abstract_sections=[AbstractSection(lbl, txt) for lbl, txt in text])
    assert tag_finding(a, "open_label_single_arm")[0] == "safety_only"
    case = art([("CASE", "A woman with psoriasis took LDN 4.5 mg. Her plaques resolved within two months.")])
    assert tag_finding(case, "case_report")[0] == "positive"


@pytest.mark.parametrize("title", [
    "Precipitated withdrawal after an extended-release naltrexone injection: a case report",
    "Mania after increasing low-dose naltrexone to 9 mg",  # synthetic (session 16)
    "Hepatitis after a fivefold dispensing error with compounded low-dose naltrexone",
    "Inadequate opioid analgesia during surgery in a woman receiving injectable naltrexone",
    "Opioid-refractory pain after surgery in a man receiving extended-release naltrexone",
    "Acute urticaria on starting low-dose naltrexone in a woman with psoriasis",  # synthetic (session 17)
    "Opioid-resistant fracture pain in a man on injectable naltrexone",  # synthetic (session 17)
    # synthetic (session 18): analgesia that was hard to achieve, and an overdose of the drug itself
    "Difficult postoperative analgesia after a hip repair in a woman receiving monthly injectable naltrexone",
    "Difficult pain control after a road accident in a man on extended-release naltrexone",
    "Fivefold overdose of compounded low-dose naltrexone in a child with Crohn's disease",
    "Refractory pain after emergency surgery in a man on monthly extended-release naltrexone",  # (session 19)
    # synthetic (session 21): the event first, then when or in whom the drug was taken
    "Nightmares and insomnia with low-dose naltrexone in Crohn's disease: two cases",
    "Alopecia during low-dose naltrexone treatment: three women with fibromyalgia",
    "Hallucinations in two adults taking low-dose naltrexone for chronic pain",
    "Thrombocytopenia in a woman with lupus six weeks after low-dose naltrexone was started",
])
def test_a_case_titled_with_an_event_after_an_injection_or_a_dose_increase_reports_a_harm(title):
    a = Article(pmid="1", title=title,
                abstract_sections=[AbstractSection("CASE", "A man received the drug. His symptoms settled.")])
    assert tag_finding(a, "case_report")[0] == "negative"


def test_an_unstructured_last_sentence_concludes_only_when_worded_as_a_conclusion():
    body = ("Twenty children took naltrexone or placebo for four weeks each in random order. Teachers rated "
            "behaviour better on naltrexone (p = 0.02). ")
    # one more result: the results decide (positive and null -> mixed)
    assert tag_finding(art(body + "No effect on sleep could be demonstrated."), "crossover_rct")[0] == "mixed"
    # a conclusion: it decides
    assert tag_finding(art(body + "These findings suggest that naltrexone improves behaviour at school."),
                       "crossover_rct")[0] == "positive"
    # cut short by the page it came from: concludes nothing
    assert tag_finding(art(body + "There were no group differences in the use of rescue medicat"),
                       "crossover_rct")[0] == "mixed"


def test_without_a_primary_outcome_secondary_results_pointing_the_other_way_make_it_mixed():
    a = art([("RESULTS", "Pain intensity did not differ between groups (p = 0.41). Sleep quality improved more "
                         "with LDN (p = 0.02).")])
    assert tag_finding(a, "rct")[0] == "mixed"


def test_lancet_middle_dot_decimals():
    a = art([("METHODS", "The primary outcome was change in pain intensity."),
             ("FINDINGS", "Pain intensity fell by 1·1 points with LDN and 0·9 with placebo (difference -0·21, 95% CI "
                          "-0·80 to 0·38; p=0·41).")])
    assert tag_finding(a, "rct")[0] == "null"
    assert by_outcome(a)["pain"].finding == "null"


def test_a_benefit_beside_a_symptom_that_did_not_differ_is_still_a_benefit():
    # synthetic (session 19): fatigue, a symptom of harm elsewhere, is here an outcome in the other clause
    f = by_outcome(art([("RESULTS", "Quality of life was better with LDN than with placebo, whereas fatigue did not "
                                    "differ between LDN and placebo.")]))
    assert (f["quality_of_life"].finding, f["fatigue"].finding) == ("positive", "null")


def test_a_sentence_pointing_two_ways_is_judged_per_outcome():
    text = "Pain fell more with LDN (p = 0.01), whereas fatigue did not differ from placebo."
    f = by_outcome(art([("RESULTS", text)]))
    assert (f["pain"].finding, f["fatigue"].finding) == ("positive", "null")
    assert f["pain"].evidence == text  # the whole sentence, quoted exactly


def test_a_qualified_result_is_one_null_result_not_split():
    f = by_outcome(art([("RESULTS", "Fatigue improved by 3.1 points with LDN and 2.8 with placebo "
                                    "(difference -0.3, 95% CI -2.4 to 1.8; p=0.78).")]))
    assert f["fatigue"].finding == "null"


def test_results_sentences_outrank_the_conclusion_for_an_outcome():
    f = by_outcome(art([("RESULTS", "Pain scores did not differ between groups (p = 0.35)."),
                        ("CONCLUSIONS", "LDN may help to relieve pain.")]))
    assert f["pain"].finding == "null" and f["pain"].evidence.startswith("Pain scores")


def test_the_sentence_naming_the_primary_outcome_is_no_result():
    a = art("Thirty adults took part. The primary outcome was the proportion of patients whose pain improved. "
            "The proportion did not differ between groups (p = 0.5).")
    assert tag_finding(a, "rct")[0] == "null"


@pytest.mark.parametrize("text", [
    "In this cohort LDN is not effective in treating chronic pain.",
    "Naltrexone was ineffective in reducing itch.",
])
def test_negation_is_scoped_never_matching_the_positive_phrase_inside_it(text):
    assert tag_finding(art("Thirty adults took part. " + text), "rct")[0] == "null"


def test_a_background_sentence_about_earlier_work_never_decides():
    a = art("Fibromyalgia is a common cause of widespread pain. A few small studies indicate that LDN may reduce "
            "pain in fibromyalgia. We treated 40 women with LDN for 12 weeks and measured pain every month. "
            "Pain scores did not change.")
    assert tag_finding(a, "open_label_single_arm")[0] == "null"


def test_registry_surrogates():
    assert tag_finding(art("We studied 12 418 patients in the register. LDN was followed by reduced dispensing "
                           "of opioids."), "cohort_or_retrospective")[0] == "positive"
    assert tag_finding(art("We studied 12 418 patients in the register. There was no change in the consumption "
                           "of analgesics."), "cohort_or_retrospective")[0] == "null"


def test_no_outcome_findings_for_reviews_protocols_or_without_abstract():
    assert tag_finding(art("We review the evidence on pain."), "narrative_review")[3] == []
    assert tag_finding(art("Pain will be measured."), "protocol")[3] == []
    assert tag_finding(Article(pmid="1", title="t"), "rct")[3] == []


def test_a_sentence_about_harms_and_dropouts_alone_is_tolerability_not_the_finding():
    a = art([("RESULTS", "Pain fell more with LDN than with placebo (p = 0.01). Withdrawals due to adverse events "
                         "did not differ.")])
    assert tag_finding(a, "rct")[0] == "positive"
    a = art([("RESULTS", "Pain relief was similar, and side effects did not differ.")])  # pain named: still null
    assert tag_finding(a, "rct")[0] == "null"


def test_a_harm_told_without_the_words_adverse_event_is_tolerability_too():
    """outcomes' harm_report ("more frequent with LDN", "stopped because of") marks the sentence for finding as well:
    its outcome's own finding is safety_only, not the null of the harm that did not differ beside it."""
    a = art([("RESULTS", "Fatigue scores fell more with LDN than with placebo (p = 0.02). Vivid dreams were more "
                         "frequent with LDN (RR 1.9, 95% CI 1.2-3.0); nausea did not differ. Three participants "
                         "stopped the drug because of headache.")])
    finding, _, _, outcomes = tag_finding(a, "rct")
    assert finding == "positive"
    f = {o.outcome: o for o in outcomes}
    assert f["fatigue"].finding == "positive"
    assert f["safety_tolerability"].finding == "safety_only" and f["safety_tolerability"].comparison == "none"


@pytest.mark.parametrize("title", [
    "Palpitations after starting low-dose naltrexone in a synthetic patient",
    "Insomnia and a relapse in a synthetic patient two weeks into self-started low-dose naltrexone",
    "Low-dose naltrexone\u2013associated thrombocytopenia in a synthetic patient",
    # (session 22) a harm with words before it, reached through a longer phrase, or a site's reactions
    "Widespread urticarial eruption after a switch of capsule filler in compounded low-dose naltrexone",
    "Deep abdominal injection-site necrosis after extended-release naltrexone",
    "Injection-site reactions with extended-release naltrexone: four synthetic patients",
])
def test_a_case_report_of_a_harm_after_starting_ldn_is_negative_even_when_the_patient_recovered(title):
    a = Article(pmid="1", title=title,
                abstract_sections=[AbstractSection(None, "A 40-year-old woman developed palpitations. Her symptoms "
                                                         "resolved after the levothyroxine dose was reduced.")])
    finding, _, reasons, _ = tag_finding(a, "case_report")
    assert finding == "negative" and reasons[0].rule == "title_phrase"
    assert tag_finding(a, "rct")[0] == "positive"  # only reports of single patients or series are read so


# Synthetic snippets for the fixes made after independent set 6 (development data since).
def test_a_primary_outcome_named_before_its_label_decides():
    a = art([("METHODS", "Adults were randomised to LDN or placebo. Fatigue, the primary outcome, was rated weekly; "
                         "pain and interleukin-6 were also measured."),
             ("RESULTS", "Fatigue scores fell more with LDN (p = 0.003). Pain did not differ (p = 0.40).")])
    finding, _, reasons, outcomes = tag_finding(a, "rct")
    assert finding == "positive" and reasons[0].rule == "primary_outcome"
    f = {o.outcome: o for o in outcomes}
    assert f["fatigue"].primary and not f["pain"].primary


def test_a_primary_outcome_timed_to_an_event_is_found_by_the_event_s_words():
    # synthetic (session 12): "time to the first heavy drinking day" is found as "return to heavy drinking", and sides
    # with the conclusion's first half
    a = art([("MEASUREMENTS", "The primary outcome was time to the first heavy drinking day; the secondary outcome "
                              "was the percentage of days abstinent."),
             ("FINDINGS", "Return to heavy drinking was delayed with naltrexone (median 40 vs 22 days; hazard ratio "
                          "0.70, 95% CI 0.53-0.92). Days abstinent did not differ (p = 0.35)."),
             ("CONCLUSIONS", "Naltrexone delayed the return to heavy drinking, although it did not increase the number "
                             "of abstinent days.")])
    finding, _, reasons, _ = tag_finding(a, "rct")
    assert finding == "positive" and any(r.rule == "primary_outcome" for r in reasons)


def test_a_primary_outcome_outside_the_outcome_vocabulary_is_found_by_its_own_words():
    a = art([("METHODS", "The primary outcome was the number of days with binge eating (DBE) over 12 weeks."),
             ("RESULTS", "DBE was lower with naltrexone than with placebo (p = 0.004). Body weight did not differ "
                         "(p = 0.31).")])
    assert tag_finding(a, "rct")[:2] == ("positive", "DBE was lower with naltrexone than with placebo (p = 0.004).")
    b = art("Adults were randomised to LDN or placebo. Itch intensity on a numeric scale was the primary outcome. "
            "Mean itch intensity was lower with LDN (p = 0.02). Sleep did not differ (p = 0.5).")
    assert tag_finding(b, "rct")[0] == "positive"


@pytest.mark.parametrize("text, finding", [
    ("Twenty adults took LDN. Starting LDN was not followed by reduced use of analgesics.", "null"),
    ("A woman took LDN for a chronic rash. Within 6 weeks the plaques had healed. She continues "
     "the drug.", "positive"),
    ("Depression has few treatments. We hypothesise that LDN could reduce depressive symptoms. A trial is "
     "proposed.", "descriptive"),
    ("Tinnitus is common. Previous small studies reported that LDN reduced tinnitus loudness. We outline how "
     "a trial could be run.", "descriptive"),
])
def test_what_is_not_this_studys_result_and_what_is(text, finding):
    assert tag_finding(art(text), "other")[0] == finding


def test_a_systematic_review_of_harms_is_safety_only_even_where_harms_did_not_differ():
    a = Article(pmid="1", title="Side effects of low-dose naltrexone: a systematic review", abstract_sections=[
        AbstractSection("RESULTS", "Twenty studies were included. Headache and insomnia were the commonest events. "
                                   "Their frequency did not differ significantly from placebo. Serious adverse "
                                   "events were rare.")])
    assert tag_finding(a, "systematic_review_or_meta_analysis")[0] == "safety_only"
    b = Article(pmid="1", title="Side effects of low-dose naltrexone: a systematic review", abstract_sections=[
        AbstractSection("RESULTS", "Pain did not differ significantly from placebo. Serious adverse events were "
                                   "rare.")])
    assert tag_finding(b, "systematic_review_or_meta_analysis")[0] != "safety_only"


@pytest.mark.parametrize("text, pub_types", [
    # synthetic (session 12): an editorial tells of another paper's trial; a hypothesis paper or a model, of what may be
    ("In this issue a trial finds that LDN reduced fatigue. We argue the next trial needs a placebo.", ["Editorial"]),
    ("We propose that, beyond relieving itch, intermittent blockade could reduce fibrosis.", ["Journal Article"]),
    ("A Markov model followed a hypothetical cohort of 10,000 adults. LDN reduced costs.", ["Journal Article"]),
])
def test_an_editorial_a_hypothesis_or_a_model_has_no_result_of_its_own(text, pub_types):
    a = Article(pmid="1", title="Synthetic", publication_types=pub_types,
                abstract_sections=[AbstractSection(None, text)])
    assert tag_finding(a, "other")[0] == "descriptive"


@pytest.mark.parametrize("design, sections", [
    # synthetic (session 12): an active control's benefit is not the drug's; the conclusion says there was none
    ("animal_study", [("RESULTS", "Methotrexate lowered paw swelling (P < 0.01 vs saline), whereas naltrexone did "
                                  "not (P = 0.58)."),
                      ("CONCLUSIONS", "In this model LDN had no detectable anti-arthritic or anti-inflammatory "
                                      "effect.")]),
    # both arms improved alike: no effect beyond placebo
    ("rct", [("RESULTS", "Fatigue improved from baseline in both arms (P < 0.001 and P = 0.003)."),
             ("CONCLUSIONS", "Fatigue improved to a similar degree with LDN and with placebo; an effect of LDN beyond "
                             "placebo could not be shown.")]),
])
def test_a_conclusion_of_no_effect_in_other_words_is_null(design, sections):
    assert tag_finding(art(sections), design)[0] == "null"


@pytest.mark.parametrize("design, sections, finding", [
    # synthetic (session 12): one dose protects, another aggravates: the conclusion points two ways
    ("animal_study", [("RESULTS", "The low dose lowered the disease activity index (P < 0.01)."),
                      ("CONCLUSIONS", "Naltrexone protected against colitis at a low dose but aggravated it at a "
                                      "high dose.")], "mixed"),
    # "slowed tumour growth" concludes a benefit; body weight that did not differ is no result of the study
    ("animal_study", "Mice bearing xenografts received LDN or saline. Tumour volume was 40% smaller with LDN "
                     "(P = 0.01). Body weight did not differ among groups. In this murine model, LDN slowed tumour "
                     "growth.", "positive"),
    # an unstructured review's last sentence in the present tense concludes: "LDN gives a small benefit"
    # synthetic (session 12): worse than the active comparator is harm
    ("cohort_or_retrospective", [("CONCLUSIONS", "Compared with methadone, oral naltrexone was associated with "
                                                 "poorer retention and more overdoses.")], "negative"),
    # synthetic (session 12): harm told by a dechallenge, a rechallenge and "the first report of ... attributable to"
    ("case_report", "A man took LDN 3 mg. Eight weeks later his platelets were low. The count recovered within 3 weeks "
     "of stopping the drug and fell again when he restarted it. To our knowledge this is the first report of "
     "thrombocytopenia attributable to LDN.", "negative"),
    # two doses or schedules pointing opposite ways
    ("animal_study", [("CONCLUSIONS", "A low dose reduced inflammation, whereas a tenfold higher dose did not and "
                                      "increased pain hypersensitivity.")], "mixed"),
    ("in_vitro", "Cells were exposed continuously or for 4 h a day. Intermittent exposure reduced cell numbers by 20% "
     "(p < 0.05), whereas continuous exposure increased them by 15% (p = 0.04). Thus the schedule decides whether "
     "naltrexone inhibits or stimulates the growth of these cells.", "mixed"),
    # a conclusion that names no outcome but supports the drug's action; a concentration without effect is no null
    ("in_vitro", "Microglial cells were stimulated with LPS. At 10 nM, naltrexone reduced IL-6 release by 30% (p < "
     "0.01), whereas 1 uM had no effect. These in vitro data are consistent with a microglial mechanism for the "
     "effects of LDN.", "positive"),
    ("in_vitro", "Cells from 12 patients and 10 controls were studied. Untreated patients' cells had smaller currents "
     "(p < 0.01). After naltrexone, currents in patients' cells rose to values that did not differ from those of "
     "controls (p = 0.38). These ex vivo results support opioid receptor blockade as a mechanism for the drug's "
     "effect.", "positive"),
    # synthetic (session 12): one schedule slows tumours, the other promotes them: mixed
    ("animal_study", "Mice bearing xenografts received naltrexone for 4 h a day or continuously. Tumour volume was 40% "
     "smaller with intermittent blockade (p < 0.001), whereas continuous blockade increased tumour volume by 30% (p = "
     "0.01). Short daily blockade slowed tumour growth in mice, while sustained blockade promoted it.", "mixed"),
    # "without worsening constipation" is reassurance
    ("open_label_single_arm", [("CONCLUSIONS", "LDN was followed by less abdominal pain without worsening "
                                               "constipation.")], "positive"),
    # "does not worsen mood" is reassurance, not a null half
    ("systematic_review_or_meta_analysis", [("CONCLUSIONS", "Naltrexone modestly reduces heavy drinking and does not "
                                                            "worsen mood.")], "positive"),
    ("animal_study", [("CONCLUSIONS", "Brief daily blockade thus limits experimental colitis in mice.")], "positive"),
    ("case_series", [("CONCLUSIONS", "An escalating induction allowed most patients to start the injection within a "
                                     "week.")], "positive"),
    # synthetic (session 12): harm told by "LDN was a probable cause" after a dechallenge, in an unstructured report
    ("case_report", "A woman began LDN 3 mg. Seven weeks later she had jaundice. LDN was stopped, and liver tests "
     "returned to normal over 8 weeks. The causality score indicated that LDN was a probable cause. Clinicians should "
     "check liver tests.", "negative"),
    # synthetic (session 12): benefits in words the rules lacked
    ("rct", [("CONCLUSIONS", "Low-dose naltrexone was more likely than placebo to induce clinical remission.")],
     "positive"),
    ("cohort_or_retrospective", [("CONCLUSIONS", "A pre-release XR-NTX injection was associated with fewer overdose "
                                                 "deaths.")], "positive"),
    ("animal_study", "Larvae were exposed to TNBS. Naltrexone at 10 uM reduced the number of gut neutrophils by 40% "
                     "(p < 0.01), whereas 1 uM had no effect. Naltrexone dampens gut inflammation in these larvae.",
     "positive"),
    ("animal_study", "Rats with arthritis received a low or a high dose. The low dose reduced paw volume (p < 0.01), "
                     "whereas the high dose had no effect. These findings suggest that intermittent blockade has an "
                     "anti-inflammatory effect in experimental arthritis.", "positive"),
    # ... and a benefit only at concentrations no low dose reaches points two ways
    ("in_vitro", [("CONCLUSIONS", "Naltrexone inhibits microglial activation, but only at concentrations far above "
                                  "those reached with low-dose treatment.")], "mixed"),
    # synthetic (session 12): what people describe in an interview study; "no less fatigue than" is no benefit
    ("cross_sectional_or_survey", [("RESULTS", "Most described fewer bad days and somewhat less pain.")], "positive"),
    ("cross_sectional_or_survey", [("CONCLUSIONS", "LDN users reported no less fatigue than non-users.")], "null"),
    # synthetic (session 12): a harm told as "may cause thrombocytopenia"; "less fatigue but did not relieve pain";
    # a review's tally of studies that found less pain
    ("case_report", [("CONCLUSIONS", "Clinicians should know that LDN may cause thrombocytopenia.")], "negative"),
    ("open_label_single_arm", [("CONCLUSIONS", "LDN was followed by less fatigue but did not relieve pain.")], "mixed"),
    ("systematic_review_or_meta_analysis", [("RESULTS", "Eleven of the 14 studies reported a reduction in pain.")],
     "positive"),
    # synthetic (session 12): "is more effective than", "increased the rate of clinical response"; a present-tense
    # claim about the drug concludes an unstructured abstract
    ("rct", "Sixty patients were randomised to an implant or oral naltrexone. Craving fell in both groups, without a "
     "difference between them. The implant is more effective than oral naltrexone for keeping remission.", "positive"),
    ("systematic_review_or_meta_analysis", [("RESULTS", "In the randomised trials, LDN increased the rate of clinical "
                                                        "response compared with placebo (RR 1.55, 95% CI 1.12-2.10).")],
     "positive"),
    # synthetic (session 12): "in this survey" marks an unstructured survey's conclusion, which outweighs a minority
    # who felt worse
    ("cross_sectional_or_survey", "Of 900 members invited, 610 completed the survey. Among users, 55% rated their "
     "fatigue as better and 9% as worse. Most users in this survey perceived LDN as helpful, which needs testing in a "
     "trial.", "positive"),
    # synthetic (session 12): the addiction literature's words for benefit
    ("rct", [("INTERPRETATION", "A naltrexone implant kept more patients off heroin than oral naltrexone did over 6 "
                                "months.")], "positive"),
    ("rct", [("CONCLUSIONS", "Naltrexone postponed the first heavy drinking day whatever the patient's goal.")],
     "positive"),
    ("animal_study", [("RESULTS", "LDN reduced the number of relapses (p < 0.01) but did not change their severity."),
                      ("CONCLUSIONS", "These results indicate that brief daily blockade limits relapses.")],
     "positive"),
    # synthetic (session 12): what the drug allowed, and what people perceive, are benefits
    ("case_series", [("CONCLUSIONS", "Very low doses allowed induction onto the monthly injection with only mild "
                                     "withdrawal.")], "positive"),
    ("cross_sectional_or_survey", [("CONCLUSIONS", "A minority of users perceive less fatigue while taking LDN.")],
     "positive"),
    ("systematic_review_or_meta_analysis", "We pooled six trials. Pain relief of 30% was more frequent with LDN (RR "
     "1.30, 95% CI 1.02-1.66). Function did not differ (SMD 0.05, 95% CI -0.15 to 0.25). In chronic pain, LDN gives "
     "a small benefit of doubtful importance.", "positive"),
])
def test_benefit_and_harm_in_words_the_rules_once_lacked(design, sections, finding):
    assert tag_finding(art(sections), design)[0] == finding


@pytest.mark.parametrize("text", [
    # synthetic (session 12): a pharmacovigilance study's reading of its reports is about harms only
    "Among 9 870 reports naming naltrexone, 212 described hepatic events. Disproportionality was not found for hepatic "
    "events (ROR 0.91, 95% CI 0.80-1.03). Spontaneous reports do not suggest an excess risk of liver injury with "
    "naltrexone.",
    "We analysed 2 311 reports. No new safety signal was identified for low-dose naltrexone.",
    "Low-dose naltrexone was not associated with an increased risk of serious adverse events.",
    # synthetic (session 18): "an excess of" the harm, with no "risk"
    "We identified 9 120 reports naming naltrexone; 210 described a hepatic event. Spontaneous reports do not suggest "
    "an excess of hepatic adverse events with naltrexone.",
    # synthetic (session 18): a signal found, no signal of one kind, harms that are usually minor
    "We identified 1 210 reports of injection-site reactions. Severe reactions are reported disproportionately often "
    "with XR-NTX.",
    "We identified 402 reports. Insomnia was reported most often, and no hepatic safety signal was found.",
    "We identified 880 reports. Injection-site reactions with XR-NTX are usually minor.",
])
def test_no_signal_of_harm_is_a_statement_about_tolerability(text):
    assert tag_finding(art(text), "cohort_or_retrospective")[0] == "safety_only"


def test_no_excess_risk_of_relapse_is_no_statement_about_tolerability():
    text = "Relapses were counted for two years. LDN users had no excess risk of relapse (HR 1.02, 95% CI 0.81-1.29)."
    assert tag_finding(art(text), "cohort_or_retrospective")[0] != "safety_only"


def test_an_outcome_that_did_not_change_beside_one_that_improved_is_null_for_itself():
    a = art([("RESULTS", "Fatigue decreased with LDN (p = 0.01), whereas sleep quality and mood did not change.")])
    f = by_outcome(a, "open_label_single_arm")
    assert f["fatigue"].finding == "positive" and f["sleep"].finding == "null" and f["mood"].finding == "null"
    assert tag_finding(a, "open_label_single_arm")[0] == "positive"  # the weak null still does not make it mixed


def test_none_of_the_secondary_outcomes_differed_is_a_null_result_for_each_of_them():
    a = art([("METHODS", "The primary outcome was pain intensity. Secondary outcomes were fatigue, sleep quality and "
                         "mood."),
             ("RESULTS", "Pain intensity did not differ between groups (p = 0.6). None of the secondary outcomes "
                         "differed between groups.")])
    f = by_outcome(a)
    assert {d: f[d].finding for d in ("pain", "fatigue", "sleep", "mood")} == dict.fromkeys(
        ("pain", "fatigue", "sleep", "mood"), "null")
    assert not f["fatigue"].primary and f["pain"].primary


def test_a_significant_difference_beside_a_null_clause_is_a_result_for_its_own_outcome():
    a = art([("RESULTS", "FIQ scores were lower with LDN (p = 0.01), while fatigue and sleep did not differ.")])
    f = by_outcome(a)
    assert f["symptom_severity"].finding == "positive"  # the acronym is read in the clause as written
    assert f["fatigue"].finding == "null" and f["sleep"].finding == "null"


# Issue 17 item 2: how each outcome's result was compared, and its effect estimate as written (synthetic sentences).
def test_effect_estimate_is_quoted_as_written_with_its_ci_and_p():
    f = by_outcome(art([("METHODS", "The primary outcome was change in pain intensity."),
                        ("FINDINGS", "Pain intensity fell by 1·1 points with LDN and 0·9 with placebo (difference "
                                     "–0·21, 95% CI −0·80 to 0·38; p=0·41).")]))
    assert (f["pain"].comparison, f["pain"].effect) == ("between_arm", "difference –0·21, 95% CI −0·80 to 0·38; p=0·41")
    f = by_outcome(art([("RESULTS", "Remission was reached by 88% vs 40% of patients (p=0·03).")]))
    assert (f["remission"].comparison, f["remission"].effect) == ("between_arm", "88% vs 40% of patients (p=0·03)")
    f = by_outcome(art([("RESULTS", "Fatigue improved more with LDN (MD −1.2, 95% CI −2.0 to −0.4).")]))
    assert f["fatigue"].effect == "MD −1.2, 95% CI −2.0 to −0.4"
    # synthetic (session 12): means with their SDs set against each other, quoted whole (not from the first SD)
    f = by_outcome(art([("RESULTS", "Pain scores were lower with LDN (4.1 ± 1.2 vs 5.3 ± 1.4; P = 0.01).")]))
    assert f["pain"].effect == "4.1 ± 1.2 vs 5.3 ± 1.4; P = 0.01"
    f = by_outcome(art([("RESULTS", "LDN lowered the disease activity index (2.1 +/- 0.4 vs 3.4 +/- 0.5, P<0.01).")]),
                   "animal_study")
    assert f["disease_activity_index"].effect == "2.1 +/- 0.4 vs 3.4 +/- 0.5, P<0.01"


def test_a_change_from_baseline_is_within_arm_and_a_sentence_without_estimate_has_none():
    f = by_outcome(art([("RESULTS", "Itch fell from 8 to 4 over twelve weeks (p = 0.002). Two patients stopped.")]),
                   "open_label_single_arm")
    assert f["pruritus"].comparison == "within_arm"
    assert f["pruritus"].effect == "from 8 to 4 over twelve weeks (p = 0.002)"
    f = by_outcome(art("A woman with lichen planopilaris started LDN. Her itching resolved within two months."),
                   "case_report")
    assert (f["pruritus"].comparison, f["pruritus"].effect) == ("within_arm", None)
    # synthetic (session 19): a one-arm study's two figures set against each other are its before and after; a trial's
    # are its arms
    text = [("RESULTS", "Fatigue did not change (38.2 vs 36.9; p = 0.51).")]
    assert by_outcome(art(text), "open_label_single_arm")["fatigue"].comparison == "within_arm"
    assert by_outcome(art(text), "rct")["fatigue"].comparison == "between_arm"


@pytest.mark.parametrize("sentence, outcome", [
    # synthetic (session 21): a cohort's users against non-users, initiators of two drugs, or matched patients
    ("Prescription of LDN was associated with fewer later fatigue diagnoses (p = 0.01).", "fatigue"),
    ("Naltrexone use was not associated with the risk of relapse.", "relapse_rate"),
    ("Oral naltrexone initiators had a higher risk of relapse than implant initiators.", "relapse_rate"),
    ("Fatigue scores fell more in users (p < 0.001).", "fatigue"),
    ("Pain scores improved by 2.4 and 0.8 points, respectively (p = 0.003).", "pain"),
    ("The HBI fell by 2.9 points with LDN and by 1.0 point in matched patients (p = 0.002).",
     "disease_activity_index"),
    # synthetic (session 22): the two groups said to be alike
    ("Fatigue improved similarly in the two groups (p = 0.52).", "fatigue"),
])
def test_a_cohorts_groups_set_against_each_other_are_a_between_arm_comparison(sentence, outcome):
    f = by_outcome(art([("RESULTS", sentence)]), "cohort_or_retrospective")
    assert f[outcome].comparison == "between_arm"


@pytest.mark.parametrize("sentence, outcome", [
    # synthetic (session 21): one group's own change, in a chart review: before and after, whatever the words
    ("LDN was not associated with improvement in fatigue.", "fatigue"),
    ("PASI scores did not change (8.4 vs 8.1; p = 0.61).", "skin_lesions"),
    ("Pain fell from 6.8 to 4.1 after starting LDN (p < 0.001).", "pain"),
])
def test_one_cohorts_own_change_is_within_arm(sentence, outcome):
    f = by_outcome(art([("RESULTS", sentence)]), "cohort_or_retrospective")
    assert f[outcome].comparison == "within_arm"


def test_a_trial_named_as_a_kind_of_study_is_no_comparator_and_no_difference_between_them_is_one():
    """Synthetic (session 22): a one-arm study's call for a placebo-controlled trial compares nothing; in a trial, a
    change in both arms "with no difference between them" is the comparison of the arms."""
    one = art([("CONCLUSIONS", "Fatigue fell by a third on LDN, supporting a randomised placebo-controlled trial.")])
    assert by_outcome(one, "open_label_single_arm")["fatigue"].comparison == "within_arm"
    both = art([("RESULTS", "Fatigue scores fell from baseline in both groups, with no difference between them.")])
    assert by_outcome(both, "rct")["fatigue"].comparison == "between_arm"


def test_cells_in_a_dish_have_no_before_and_after_of_their_own():
    # synthetic (session 21): "from X to Y" in a laboratory study is treated against untreated wells
    f = by_outcome(art([("RESULTS", "Naltrexone raised NK cell cytotoxicity from 16% to 25% (p = 0.004).")]),
                   "in_vitro")
    assert f["immune_cells"].comparison == "between_arm"
    f = by_outcome(art([("RESULTS", "Pain fell from 6.1 to 4.0 (p = 0.004).")]), "open_label_single_arm")
    assert f["pain"].comparison == "within_arm"


def test_a_within_arm_change_in_a_controlled_trial_never_sets_its_finding():
    a = art([("METHODS", "Forty adults were randomised to LDN or placebo for 12 weeks."),
             ("RESULTS", "Quality of life improved from baseline within the LDN group (p = 0.01). Quality of life "
                         "did not differ between groups at week 12 (p = 0.62).")])
    finding, _, _, outcomes = tag_finding(a, "rct")
    assert finding == "null"
    qol = {o.outcome: o for o in outcomes}["quality_of_life"]
    assert (qol.finding, qol.comparison, qol.effect) == ("null", "between_arm", "p = 0.62")
    # alone, the within-arm change is still reported for the outcome, marked so that verdicts can discount it
    a = art([("RESULTS", "Quality of life improved from baseline within the LDN group (p = 0.01).")])
    finding, _, _, outcomes = tag_finding(a, "rct")
    assert finding == "descriptive"
    assert (outcomes[0].finding, outcomes[0].comparison) == ("positive", "within_arm")


def test_a_narrative_review_that_endorses_ldn_in_its_own_words_is_positive():
    a = art("Low-dose naltrexone is used off label for several skin diseases. Two small trials and a case series "
            "reported less itch. Taken together, LDN appears to be a promising and well tolerated option for these "
            "itchy disorders.")
    assert tag_finding(a, "narrative_review")[:2] == (
        "positive", "Taken together, LDN appears to be a promising and well tolerated option for these itchy "
                    "disorders.")
    # a review that only describes what studies found stays descriptive
    a = art("Low-dose naltrexone is used off label for several skin diseases. Two small trials reported less itch. "
            "Larger trials are needed.")
    assert tag_finding(a, "narrative_review")[0] == "descriptive"
    # synthetic (session 18): its verdict that LDN is an option, or deserves a place among treatments
    for verdict in ("For selected patients who ask for it, LDN appears a sensible option while trials are awaited.",
                    "LDN deserves a place among the treatments offered to selected patients with ME/CFS."):
        a = art([("Purpose of review", "Patients often ask about LDN."),
                 ("Recent findings", "Two small trials reported less fatigue."), ("Summary", verdict)])
        assert tag_finding(a, "narrative_review")[:2] == ("positive", verdict)


def test_what_the_control_arm_did_is_no_result_of_the_drug():
    a = art([("METHODS", "Forty adults were randomised to LDN or placebo for 12 weeks."),
             ("RESULTS", "Pain fell more with LDN than with placebo (p = 0.01). In the placebo group, fatigue was not "
                         "reduced.")])
    assert tag_finding(a, "rct")[:2] == ("positive", "Pain fell more with LDN than with placebo (p = 0.01).")
    # the same words about the drug's own arm are a result
    a = art([("METHODS", "Forty adults were randomised to LDN or placebo for 12 weeks."),
             ("RESULTS", "Pain fell more with LDN than with placebo (p = 0.01). In the LDN group, fatigue was not "
                         "reduced.")])
    assert tag_finding(a, "rct")[0] == "mixed"


# Synthetic snippets in the shapes an independent labelled set (independent7) showed the rules missing.
def test_a_call_for_a_larger_trial_makes_the_last_sentence_a_conclusion():
    body = ("Twenty-four adults with psoriasis took naltrexone 3 mg and placebo for 8 weeks each in random order. "
            "Itch was lower on naltrexone (p = 0.01), whereas sleep did not differ between periods. ")
    last = "Naltrexone produced a small but steady reduction in itch and should be tested in a larger trial."
    f, evidence, reasons, _ = tag_finding(art(body + last), "crossover_rct")
    assert (f, evidence) == ("positive", last) and reasons[0].rule == "conclusion"
    # without the call it is one more result sentence, and the null one beside it makes the abstract mixed
    assert tag_finding(art(body + "Itch fell a little on naltrexone."), "crossover_rct")[0] == "mixed"


def test_a_case_report_whose_scores_fell_is_positive():
    text = ("We describe a girl with colitis who did not respond to mesalazine. Naltrexone 2 mg nightly was added. "
            "Her activity score fell from 40 to 10 within two months. Naltrexone may be worth trying in such cases.")
    assert tag_finding(art(text), "case_report")[0] == "positive"


def test_protective_and_harmful_arms_are_mixed():
    text = ("Rats with induced arthritis received naltrexone 0.1 mg/kg, 10 mg/kg or saline. Paw swelling was 30% "
            "smaller with the low dose, whereas the high dose gave larger swelling than saline (p < 0.05). Thus, "
            "intermittent blockade was protective, whereas continuous blockade worsened the arthritis.")
    assert tag_finding(art(text), "animal_study")[0] == "mixed"


def test_a_review_of_harms_stays_safety_only_when_its_harms_are_symptoms():
    a = Article(pmid="1", title="Side effects of low-dose naltrexone: a systematic review",
                abstract_sections=[AbstractSection("RESULTS", "Nine trials were included. Vivid dreams were more "
                                                   "frequent with LDN, whereas insomnia, headache and withdrawals "
                                                   "due to adverse events did not differ from placebo."),
                                   AbstractSection("CONCLUSIONS", "LDN is well tolerated.")])
    assert tag_finding(a, "systematic_review_or_meta_analysis")[0] == "safety_only"
    # a result on an outcome of efficacy, with no word of harms, still makes it a review of more than harms
    a.abstract_sections.append(AbstractSection("RESULTS", "Pain did not differ from placebo."))
    assert tag_finding(a, "systematic_review_or_meta_analysis")[0] != "safety_only"


@pytest.mark.parametrize("text, outcome", [
    # synthetic (session 16): a cohort's users set against non-users, or those with the drug against those without
    ("TPO antibody titres fell by a median of 35% among LDN users and by 5% among non-users (p = 0.01).",
     "thyroid_antibodies"),
    ("Fatigue improved in 25% of patients with LDN and 6% without (p = 0.02).", "fatigue"),
])
def test_a_cohorts_users_against_non_users_are_compared_between_groups(text, outcome):
    f = by_outcome(art([("RESULTS", text)]), "cohort_or_retrospective")[outcome]
    assert (f.finding, f.comparison) == ("positive", "between_arm")


def test_the_effect_of_a_between_arm_result_is_not_each_arms_own_p_value():
    """Synthetic: both arms improved from baseline (each its own p), the groups did not differ: the estimate a
    reviewer reads is the between-group p."""
    text = ("RESULTS: Itch fell from baseline in both groups (LDN -2.1, placebo -1.8; both p < 0.001), with no "
            "difference between groups (p = 0.52).")
    f = by_outcome(art([("RESULTS", text)]))["pruritus"]
    assert (f.finding, f.comparison, f.effect) == ("null", "between_arm", "p = 0.52")
    one = by_outcome(art([("RESULTS", "Itch fell more with LDN than with placebo (p = 0.01).")]))["pruritus"]
    assert one.effect == "p = 0.01"


def test_a_comma_and_clause_of_its_own_beside_a_null_one_is_a_result_for_its_outcome():
    # synthetic: two outcomes numerically but not significantly better, then ", and" a third that differed
    a = art([("RESULTS", "Clinical remission (31% vs 18%, p = 0.19) was numerically but not significantly more "
                         "frequent with LDN, and faecal calprotectin fell more with LDN (median -300 vs -80 ug/g, "
                         "p = 0.03).")])
    f = by_outcome(a)
    assert f["remission"].finding == "null"
    assert f["inflammatory_markers"].finding == "positive"
    assert f["inflammatory_markers"].effect == "-300 vs -80 ug/g, p = 0.03"


def test_a_list_of_outcomes_before_and_is_not_cut_from_its_verb():
    # synthetic: "pain, fatigue, and sleep improved" is one clause, though a ", and" clause may stand alone
    f = by_outcome(art([("RESULTS", "Pain, fatigue, and sleep quality improved significantly with LDN (p < 0.01), "
                                    "but mood did not change.")]), design="open_label_single_arm")
    assert {o: f[o].finding for o in f} == {"pain": "positive", "fatigue": "positive", "sleep": "positive",
                                            "mood": "null"}


def test_the_secondary_cue_runs_its_regex_only_where_a_match_can_be():
    """_secondary_cue tests fold(text) for "cond", "plorat" or "other" first: every match of the re.I regex holds one,
    since re.I matches those letters only as themselves and their capitals (synthetic sentences)."""
    import re

    from ldn_lit.tagging.finding import SECONDARY_CUE, _secondary_cue

    for letter in set("condploratother"):
        assert [chr(i) for i in range(0x110000) if re.fullmatch(letter, chr(i), re.I)] == sorted({letter,
                                                                                                   letter.upper()})
    for text in ("SECONDARY outcomes did not differ.", "An exploratory analysis", "Other end points improved.",
                 "ſecondary measures", "Pain fell.", "No other outcome changed.", ""):
        assert _secondary_cue(text) == bool(SECONDARY_CUE.search(text)), text


def test_ratios_whose_cis_hold_1_are_null_results_compared_between_groups():
    # synthetic: a register cohort giving hazard ratios only, no p-value and no words of direction
    a = art([("RESULTS", "The HR for a first relapse was 0.95 (95% CI 0.82–1.10) and for confirmed disability "
                         "worsening 1.06 (95% CI 0.90–1.24).")])
    f = by_outcome(a, design="cohort_or_retrospective")
    assert {o: (f[o].finding, f[o].comparison) for o in f} == {"relapse_rate": ("null", "between_arm"),
                                                              "disability_progression": ("null", "between_arm")}


def test_a_difference_whose_ci_holds_0_is_not_read_as_null_by_its_ci():
    # synthetic: in a non-inferiority trial a difference's CI holding 0 is the result hoped for (session 15: where the
    # abstract says it is one; elsewhere it is null, test_a_difference_whose_ci_holds_zero_is_null_unless_...)
    a = art([("METHODS", "We tested whether LDN was non-inferior to amitriptyline."),
             ("RESULTS", "Pain fell by 2.7 points with LDN and 2.9 with amitriptyline (difference 0.2, 95% CI "
                         "-0.5 to 0.9).")])
    assert by_outcome(a)["pain"].finding == "positive"


# A record that stops before its first result has no finding, not a descriptive one (synthetic text, in the shape
# of new PubMed records whose page cut the abstract short).
def test_an_abstract_cut_short_before_any_result_has_no_finding():
    a = art([METHODS_PRIMARY, ("RESULTS", "Of 60 randomised, 55 completed 12 weeks. The mean change in pain was")])
    finding, evidence, reasons, _ = tag_finding(a, "rct")
    assert finding is None and evidence is None
    assert reasons[0].rule == "cut_short" and reasons[0].matched.endswith("The mean change in pain was")


def test_a_finished_abstract_without_a_result_stays_descriptive():
    a = art([METHODS_PRIMARY, ("RESULTS", "Of 60 randomised, 55 completed 12 weeks.")])
    assert tag_finding(a, "rct")[0] == "descriptive"


# Synthetic sentences (session 10) in the shapes of new independent records: a hypothesis's predictions are no
# result; a response "achieved by" more of one arm with a significant p is a result; a last sentence the page cut
# right after its verb ("had fallen by") holds no result.
def test_what_a_hypothesis_predicts_is_no_result():
    a = art("We propose that brief opioid blockade could calm microglia. The model predicts that responders would "
            "show lower markers of inflammation and more energy. We outline a trial to test it.")
    assert tag_finding(a, "other")[0] == "descriptive"


def test_a_response_achieved_by_more_of_the_drug_arm_with_a_significant_p_is_positive():
    a = art([("FINDINGS", "Clinical response was achieved by 30 (41%) of 73 patients given naltrexone and 11 (15%) "
                          "of 72 given placebo (difference 26 percentage points, 95% CI 12–40; p=0·001).")])
    assert tag_finding(a, "rct")[0] == "positive"


def test_a_last_sentence_cut_right_after_its_verb_holds_no_result():
    a = art([METHODS_PRIMARY, ("RESULTS", "Of 60 randomised, 55 completed 12 weeks. Baseline characteristics were "
                                          "similar. At week 12 the mean pain score had fallen by")])
    finding, _, reasons, outcomes = tag_finding(a, "rct")
    assert finding is None and reasons[0].rule == "cut_short" and not outcomes


def test_a_ratio_whose_confidence_interval_holds_one_is_null_however_the_interval_is_named():
    """Synthetic: "95% confidence interval" written out reads as "95% CI" does."""
    for ci in ("95% CI", "95% confidence interval"):
        a = art([("RESULTS", f"Relapse was less frequent with LDN (hazard ratio 0.91, {ci} 0.70 to 1.18).")])
        assert tag_finding(a, "rct")[0] == "null", ci


def test_an_uncontrolled_studys_caution_is_no_null_result():
    """Synthetic (session 13): a case series that says its observations do not prove the drug's effect still reports
    what it saw; a controlled trial saying the same reports its null result."""
    text = ("We report three women with thyroiditis who took LDN for a year. Antibody titres fell in all three. "
            "These observations do not show that LDN alters the course of thyroiditis, but they justify a trial.")
    assert tag_finding(art(text), "case_series")[0] == "positive"
    trial = ("Sixty women were randomised to LDN or placebo for a year. Antibody titres were 310 and 330 IU/mL. "
             "These results do not show that LDN alters the course of thyroiditis.")
    assert tag_finding(art(trial), "rct")[0] == "null"


def test_a_concessive_aside_is_named_as_the_reason_it_was_not_read():
    """Synthetic (session 13): the tag says why the conclusion's null clause did not make it mixed."""
    a = art([("RESULTS", "Response occurred in 40% given LDN and 22% given placebo."),
             ("CONCLUSIONS", "LDN raised the response rate, although faecal calprotectin did not change.")])
    finding, _, reasons, _ = tag_finding(a, "rct")
    assert finding == "positive" and [r.rule for r in reasons][:2] == ["conclusion", "conclusion_aside"]
    assert "although faecal calprotectin did not change" in reasons[1].matched


def test_figures_alone_followed_by_a_call_to_test_the_drug_are_a_benefit():
    """Synthetic (session 13): results as figures with no direction in words; the authors' call to test the drug
    further after a significant difference is how they read it. Without the difference nothing says which way it went.
    (Session 15: a difference between arms shown significant in figures alone is itself the result, as labellers read
    a trial's primary result, so the call is no longer needed for it; a within-arm change still needs it.)"""
    results = ("RESULTS", "Arthritis score at day 21: 3.0 ± 0.5 (naltrexone) vs 5.1 ± 0.8 (vehicle), p < 0.01. "
                          "Paw volume: 1.2 vs 1.9 mL, p < 0.01.")
    call = ("CONCLUSION", "Low-dose naltrexone should be evaluated as an add-on therapy in rheumatoid arthritis.")
    assert tag_finding(art([results, call]), "animal_study")[0] == "positive"
    no_difference = ("RESULTS", "Arthritis score at day 21: 4.6 ± 0.5 (naltrexone) vs 5.1 ± 0.8 (vehicle). "
                                "Paw volume: 1.8 vs 1.9 mL.")
    assert tag_finding(art([no_difference, call]), "animal_study")[0] == "descriptive"
    no_call = ("CONCLUSION", "This study describes naltrexone in adjuvant arthritis.")
    finding, evidence, reasons, _ = tag_finding(art([results, no_call]), "animal_study")
    assert (finding, reasons[0].rule) == ("positive", "result_phrase") and evidence in results[1]
    within = ("RESULTS", "Pain at week 8: 3.1 from 6.2 at baseline, p < 0.01.")
    finding, evidence, reasons, _ = tag_finding(art([within, call]), "open_label_single_arm")
    assert (finding, evidence, reasons[0].rule) == ("positive", call[1], "recommended")
    assert tag_finding(art([within, no_call]), "open_label_single_arm")[0] == "descriptive"


@pytest.mark.parametrize("text, design, finding", [
    # synthetic (session 11): a hedged conclusion of benefit sets the direction over a trend in the results
    ("In a crossover study 28 women took LDN and placebo for 6 weeks each. Pain tended to be lower with LDN "
     "(p = 0.09). LDN may offer a modest benefit in fibromyalgia.", "crossover_rct", "positive"),
    ("Adults took LDN. LDN might have some benefits in long COVID.", "open_label_single_arm", "positive"),
    ("Adults took LDN. LDN may have no benefit in long COVID.", "open_label_single_arm", "null"),
    # remission induced in more of the drug arm is the result, whatever a secondary outcome did
    ([("RESULTS", "Remission at week 8 occurred in 35% given LDN and 10% given placebo (p = 0.03). Mucosal healing "
                  "did not differ."), ("CONCLUSIONS", "LDN induced clinical remission in more patients than placebo.")],
     "rct", "positive"),
    # as effective as an active drug: it works; as effective as placebo: it does not
    ("Ninety adults were randomised to LDN or duloxetine. LDN was as effective as duloxetine for pain.", "rct",
     "positive"),
    ("Ninety adults were randomised to LDN or placebo. LDN was no more effective than placebo.", "rct", "null"),
    # an aside ("without a change in ...") beside the benefit is not the conclusion's null half; "but no change" is
    ([("RESULTS", "Fatigue fell from 24 to 31 (p < 0.001)."), ("CONCLUSION", "LDN was followed by less fatigue, "
                                                                          "without a change in disease activity.")],
     "open_label_single_arm", "positive"),
    ([("RESULTS", "Relapses fell (p = 0.01)."), ("CONCLUSION", "LDN gave fewer relapses but no change in disability.")],
     "open_label_single_arm", "mixed"),
    # a review's last sentence weighing the evidence concludes, and a primary outcome pointing two ways does not
    # overrule it
    ("We searched four databases for studies of LDN in long COVID. Nine studies were included. Fatigue improved in "
     "seven of the nine studies, but the one randomised trial found no difference from placebo in its primary "
     "outcome. The evidence that LDN eases fatigue is of very low certainty, and the randomised evidence does not "
     "support it.", "systematic_review_or_meta_analysis", "null"),
    # a conclusion's "secondary measures favoured active treatment" is its positive half
    ([("RESULTS", "Pain did not differ (p = 0.3)."), ("CONCLUSIONS", "LDN did not reduce pain, although secondary "
                                                                     "measures favoured active treatment.")],
     "rct", "mixed"),
    # synthetic (session 13): a concessive aside beside a stated benefit is not the conclusion's null half ...
    ([("RESULTS", "Response occurred in 40% given LDN and 22% given placebo."),
      ("INTERPRETATION", "LDN raised the response rate in active colitis, although faecal calprotectin did not "
                         "change.")], "rct", "positive"),
    ([("RESULTS", "Response occurred in 40% given LDN and 22% given placebo."),
      ("CONCLUSIONS", "Although fatigue scores did not differ, LDN improved pain in these women.")], "rct", "positive"),
    # ... but a harm in the aside is no aside
    ([("RESULTS", "Cell number fell with intermittent exposure (p < 0.01)."),
      ("CONCLUSIONS", "Intermittent naltrexone inhibits growth of these cells, while continuous exposure "
                      "promotes it.")],
     "in_vitro", "mixed"),
    # ... whereas a set of two results side by side is mixed
    ([("RESULTS", "Response occurred in 40% given LDN and 22% given placebo."),
      ("CONCLUSIONS", "LDN improved pain, whereas fatigue scores did not differ.")], "rct", "mixed"),
    # an unstructured abstract's last sentence claiming a benefit of the drug in words alone concludes ...
    ("Mice with induced colitis received naltrexone 0.1 mg/kg (n = 10), 10 mg/kg (n = 10) or saline. The low dose "
     "reduced weight loss by 40% (P < 0.01), whereas the high dose did not differ from saline. Brief daily, but "
     "not continuous, receptor blockade eased murine colitis.", "animal_study", "positive"),
    # ... but not when a result before it reports harm (arms pointing different ways) ...
    ("Mice with xenografts received naltrexone 0.1 mg/kg or 10 mg/kg or saline. The low dose reduced tumour volume "
     "by 40% (P < 0.01). Continuous blockade accelerated tumour growth (P < 0.05). Brief, but not sustained, "
     "receptor blockade slows tumour growth in mice.", "animal_study", "mixed"),
    # a JAMA label before the sentence naming the primary outcome: its null result disagrees with a conclusion
    # praising a secondary outcome
    ([("MAIN OUTCOMES AND MEASURES", "MAIN OUTCOMES AND MEASURES The primary outcome was the change in pain "
                                     "intensity at week 12."),
      ("RESULTS", "Pain intensity fell by 1.1 with LDN and 0.9 with placebo (difference -0.2; 95% CI -0.6 to 0.2; "
                  "P = .34). Sleep quality improved with LDN relative to placebo (P = .01)."),
      ("CONCLUSIONS AND RELEVANCE", "LDN may offer a modest improvement in sleep quality.")], "rct", "mixed"),
    # a conclusion cut short by the page concludes by what is there: a direction, no contrast word before the cut ...
    ([("RESULTS", "Activity scores fell from 8 to 5 (p = 0.01). Calprotectin did not change significantly (p = 0.3)."),
      ("CONCLUSIONS", "In this cohort LDN was associated with lower activity scores and fewer flares, and may")],
     "cohort_or_retrospective", "positive"),
    # ... and not when the cut may hide the other half
    ([("RESULTS", "Activity scores fell from 8 to 5 (p = 0.01). Calprotectin did not change significantly (p = 0.3)."),
      ("CONCLUSIONS", "In this cohort LDN was associated with lower activity scores, but its effect on")],
     "cohort_or_retrospective", "mixed"),
    # a section labelled PRIMARY OUTCOME holds the primary outcome's result: null, so a conclusion praising the
    # secondary outcomes is mixed
    ([("METHODS", "Forty adults were randomised to LDN or placebo."),
      ("PRIMARY OUTCOME", "Remission occurred in 6 of 20 given LDN and 5 of 20 given placebo (p = 0.72)."),
      ("SECONDARY OUTCOMES", "Itch improved more with LDN (p = 0.02)."),
      ("CONCLUSIONS", "LDN appears to improve itch in this disease.")], "rct", "mixed"),
    # a results sentence cut right after a linking word still reports what comes before its last clause
    ([("METHODS", "Ninety adults were randomised to LDN or placebo; the primary outcome was pain intensity."),
      ("RESULTS", "Pain intensity was lower with LDN at week 12 (difference -0.9, 95% CI -1.7 to -0.1; P = 0.03), "
                  "while fatigue scores were")], "rct", "positive"),
    # ... nor when it gives figures (one more result)
    ("Mice with induced colitis received naltrexone or saline. The low dose reduced weight loss by 40% (P < 0.01), "
     "whereas the high dose did not differ from saline. Naltrexone lowered the histology score by 2 points.",
     "animal_study", "mixed"),
])
def test_hedged_and_comparative_conclusions(text, design, finding):
    assert tag_finding(art(text), design)[0] == finding


def test_a_case_report_titled_with_an_event_after_a_first_dose_reports_a_harm():
    """Synthetic (session 13)."""
    a = Article(pmid="1", title="Seizure after a first dose of naltrexone",
                abstract_sections=[AbstractSection(None, "A 40-year-old man took naltrexone 50 mg. He recovered.")])
    assert tag_finding(a, "case_report")[0] == "negative"


def test_a_case_report_titled_with_a_worsening_on_ldn_reports_a_harm():
    """Synthetic (session 11)."""
    a = Article(pmid="1", title="Exacerbation of lichen planus during low-dose naltrexone treatment",
                abstract_sections=[AbstractSection(None, "A 61-year-old woman started LDN. Her lesions spread within "
                                                         "a month and LDN was stopped.")])
    assert tag_finding(a, "case_report")[0] == "negative"


@pytest.mark.parametrize("sentence, kinds", [
    # synthetic (session 11), in the shapes of translated and plain-language conclusions
    ("Naltrexone at a low dose lowers antibody titres and diminishes fatigue in thyroiditis.", {"positive"}),
    ("Most respondents perceived benefit from LDN, chiefly for sleep.", {"positive"}),
    ("In routine care LDN was associated with modest pain relief.", {"positive"}),
    ("Starting LDN was followed by less fatigue.", {"positive"}),
    # synthetic (session 13): "but not" another drug is that drug's null, not naltrexone's
    ("Pain fell with naltrexone but not with amitriptyline.", {"positive"}),
    ("Naltrexone, but not acamprosate, lowered the risk of readmission.", {"positive"}),
    # synthetic (session 13): each arm's change side by side is null unless the difference is significant
    ("Heavy drinking days fell from 50% to 28% with naltrexone and from 49% to 31% with placebo (difference -2.8, "
     "95% CI -9.0 to 3.4).", {"null"}),
    ("Heavy drinking days fell from 50% to 20% with naltrexone and from 49% to 36% with placebo (p = 0.01).",
     {"positive"}),
    ("Disease activity had fallen by 0.58 with LDN and 0.49 with placebo (difference -0.09, 95% CI -0.41 to 0.23).",
     {"null"}),
    ("Itch fell by 50% with naltrexone and 10% with placebo.", {"positive"}),  # no statistic: the figures decide
    ("Relapse rates and disability worsening did not differ between LDN users and matched non-users.", {"null"}),
    ("She remains in remission two years later.", {"positive"}),
    ("Colonoscopy at one year showed complete mucosal healing.", {"positive"}),
    ("The drug added to diet increased weight loss.", {"positive"}),
    ("LDN was followed by less pain in these women, without a change in disease activity.", {"positive"}),
    ("Disease activity went on without a change.", {"weak_null"}),
    ("The randomised evidence does not support it.", {"null"}),
    ("The evidence that LDN eases pain in these conditions is of very low certainty.", set()),
    ("LDN may cause liver injury in older patients.", {"negative"}),
    ("Short blockade is antiproliferative for these carcinoma cells, while sustained blockade is growth-promoting.",
     {"positive", "negative"}),
    ("Blockade reduced consumption acutely, but the effect may wane with repeated dosing.", {"positive", "null"}),
    ("Naltrexone did not improve quitting but may limit weight gain.", {"positive", "null"}),
    ("Both treatments lessen the severity of the disease.", {"positive"}),
    ("Topical NTX may be of value for diabetic keratopathy.", {"positive"}),
    ("Naltrexone delayed return to heavy drinking.", {"positive"}),
    ("About half reported meaningful pain relief.", {"positive"}),
    ("We found no evidence that LDN use improves survival.", {"null"}),
    ("Within 6 weeks the plaques were flatter and less painful.", {"positive"}),
    ("Urine tests positive for opiates were no less frequent.", set()),
    ("The lesions stayed clear at one year.", {"positive"}),
    ("Both isomers reduced LPS-induced nitric oxide, TNF-alpha and IL-6 release.", {"positive"}),
    ("These data support a TLR4-mediated anti-inflammatory action of naltrexone.", {"positive"}),
    ("Naltrexone was associated with more completed detoxifications.", {"positive"}),
    ("Symptom relief without a change in gland function suggests a central action.", {"positive"}),
    # a difference shown by a ratio's CI that excludes 1, about the drug (not a subgroup's)
    ("Time to relapse was longer with naltrexone (hazard ratio 0.70, 95% CI 0.52-0.93).", {"positive"}),
    ("Persistence was longer in older patients (hazard ratio 0.85, 95% CI 0.80-0.91).", set()),
    ("LDN was stopped, and her liver enzymes returned to normal within a month.", {"negative"}),
])
def test_what_a_sentence_says(sentence, kinds):
    from ldn_lit.tagging.finding import _classify
    assert _classify(sentence) & {"positive", "null", "negative", "weak_null"} == kinds


def test_a_case_report_titled_with_a_drug_induced_harm_reports_a_harm():
    """Synthetic (session 11)."""
    a = Article(pmid="1", title="Drug-induced hepatitis in a 70-year-old man taking low-dose naltrexone",
                abstract_sections=[AbstractSection(None, "A 70-year-old man began LDN for fibromyalgia. Six weeks "
                                                         "later he was jaundiced.")])
    assert tag_finding(a, "case_report")[0] == "negative"


def test_cochrane_sections_and_a_reviews_endorsement_in_a_list_of_qualities():
    """Synthetic (session 11): Cochrane's labels written into the text; 'LDN is an inexpensive, well-tolerated and
    promising option' is a narrative review's own verdict."""
    text = ("Objectives: To assess LDN for fatigue in MS.\nSearch methods: We searched three databases.\nSelection "
            "criteria: Randomised trials.\nMain results: Three trials with 200 participants. LDN may make little or no "
            "difference to fatigue.\nAuthors' conclusions: LDN may make little or no difference to fatigue in MS.")
    assert tag_finding(art(text), "systematic_review_or_meta_analysis")[0] == "null"
    review = ("In this review we summarise reports of LDN in skin disease. Most are case reports. LDN is an "
              "inexpensive, well-tolerated and promising option for several stubborn skin diseases.")
    assert tag_finding(art(review), "narrative_review")[0] == "positive"


def test_a_conclusion_sentence_calling_its_result_secondary_does_not_set_the_direction():
    """Synthetic (session 11)."""
    a = art([("RESULTS", "Fatigue did not differ (p = 0.5). Sleep improved more with LDN (p = 0.01)."),
             ("CONCLUSIONS", "LDN did not improve fatigue compared with placebo. The improvement in sleep was a "
                             "secondary finding and requires confirmation.")])
    finding, _, _, outcomes = tag_finding(a, "rct")
    assert finding == "null" and {o.outcome: o.finding for o in outcomes}["sleep"] == "positive"


def test_an_unstructured_last_sentence_about_this_model_concludes():
    """Synthetic (session 11): 'in this model' words a conclusion, so a stray null beside it does not make it mixed."""
    text = ("Colitis was induced in rats given naltrexone or saline. Damage scores were lower with naltrexone "
            "(p < 0.01). Weight loss did not differ between groups. Naltrexone reduced colonic inflammation in this "
            "model.")
    assert tag_finding(art(text), "animal_study")[0] == "positive"


def test_a_surveys_perceived_benefit_is_compared_within_the_respondents():
    # synthetic (session 14): every labelled survey reads a respondent's own change as within_arm
    a = art([("RESULTS", "Of 900 respondents who had taken LDN, 61% felt their fatigue had improved.")])
    f = {o.outcome: o for o in tag_finding(a, "cross_sectional_or_survey")[3]}
    assert f["fatigue"].comparison == "within_arm"


def test_a_difference_told_of_the_treated_arm_without_figures_is_its_result():
    """Animal and small trials often state the difference in words alone ("fewer infiltrates in LDN-treated mice",
    "itch was reduced with naltrexone"): positive for that outcome, while "users more often had progressive disease"
    in a survey is no result of the drug."""
    a = art([("RESULTS", "Spinal cords of LDN-treated mice had fewer CD4+ T-cell infiltrates. Clinical scores did not "
                         "differ from vehicle at day 30.")])
    f = by_outcome(a, "animal_study")
    assert f["immune_cells"].finding == "positive" and f["immune_cells"].comparison == "between_arm"
    a = art([("RESULTS", "Of 900 respondents, 120 had used LDN; users more often had progressive disease and higher "
                         "fatigue scores.")])
    assert tag_finding(a, "cross_sectional_or_survey")[0] in (None, "descriptive")


def test_a_null_primary_beside_a_difference_of_the_treated_arm_in_the_conclusion_is_mixed():
    """The project's convention: a conclusion weighing a null primary outcome against a benefit is mixed, also when
    the benefit is told as a difference of those given the drug, without a word of improvement."""
    a = art([("RESULTS", "Remission occurred in 12 of 36 given LDN and 10 of 35 given placebo (p = 0.71)."),
             ("CONCLUSIONS", "LDN did not induce remission more often than placebo, although more participants given "
                             "LDN had mucosal healing.")])
    assert tag_finding(a, "rct")[0] == "mixed"


def test_a_record_cut_after_a_significant_difference_in_figures_is_positive():
    """The page cut the record before its conclusion, after the primary result told in figures alone: a reader takes
    the significant difference between arms; cut before any such result, there is no finding."""
    a = art([("METHODS", "Adults were randomized to naltrexone or placebo for 12 weeks. The primary outcome was the "
                         "percentage of heavy drinking days (PHDD)."),
             ("RESULTS", "PHDD was 18.2% with naltrexone and 26.9% with placebo (difference -8.7 points, 95% CI -13.0 "
                         "to -4.4; P < .001). Drinks per drinking day were")])
    finding, evidence, reasons, _ = tag_finding(a, "rct")
    assert finding == "positive" and evidence.startswith("PHDD was 18.2%") and reasons[0].rule == "primary_outcome"
    a = art([("RESULTS", "Of 90 randomized, 84 completed. The mean age was 44 years (P = .03 for the sex difference "
                         "between sites). PHDD with naltrexone and with placebo was")])
    assert tag_finding(a, "rct")[0] is None


def test_a_difference_whose_ci_holds_zero_is_null_unless_the_abstract_speaks_of_non_inferiority():
    """Reviews give pooled differences with a CI and no p-value ("SMD -0.12 (95% CI -0.41 to 0.17)"): a CI holding 0
    is no difference shown. In a non-inferiority trial the same CI is the result hoped for, not a null one."""
    a = art([("RESULTS", "Pain: SMD -0.45 (95% CI -0.80 to -0.10) in favour of LDN. Fatigue: SMD -0.12 (95% CI -0.41 "
                         "to 0.17).")])
    f = by_outcome(a, "systematic_review_or_meta_analysis")
    assert f["fatigue"].finding == "null" and f["pain"].finding == "positive"
    a = art([("METHODS", "The trial tested whether LDN was non-inferior to duloxetine (margin 1 point)."),
             ("RESULTS", "Fatigue: mean difference -0.12 (95% CI -0.41 to 0.17).")])
    assert "fatigue" not in by_outcome(a)


def test_a_results_sentence_cut_after_and_keeps_the_result_before_it():
    """The page cut the last sentence after ", and": the clause before it is a result; after ";" only each arm's
    change may be left, which is no result of a controlled trial."""
    a = art([("RESULTS", "Urge scores fell from 21.0 at baseline to 10.2 at week 8 (p < 0.001), and the number of days "
                         "spent gambling fell from 3.4 to")])
    assert tag_finding(a, "open_label_single_arm")[0] == "positive"
    a = art([("RESULTS", "Titres fell from 510 to 380 IU/mL with LDN and from 490 to 470 IU/mL with placebo; the "
                         "between-group difference was")])
    assert tag_finding(a, "rct")[0] is None


def test_a_conclusion_cut_short_concludes_by_what_is_there_before_any_contrast_word():
    # synthetic (session 16): a labelled conclusion cut after "and the"; after "but" it concludes nothing; an
    # unstructured abstract's last sentence that gives figures is a result cut short
    a = art([("RESULTS", "Tumours were 35% smaller with LDN (p < 0.01). Body weight did not differ."),
             ("CONCLUSIONS", "LDN slowed the growth of the xenografts and enhanced the")])
    assert tag_finding(a, "animal_study")[0] == "positive"
    a = art([("RESULTS", "Tumours were 35% smaller with LDN (p < 0.01)."),
             ("CONCLUSIONS", "LDN slowed the growth of the xenografts, but its effect on")])
    finding, _, reasons, _ = tag_finding(a, "animal_study")
    assert finding == "positive" and reasons[0].rule != "conclusion"  # (the results decide)
    a = art("Rats received naltrexone or saline for 7 days. Scratching bouts were 55% fewer in naltrexone-treated rats "
            "than in saline-treated rats (p < 0.01), while plasma bilirubin and")
    assert tag_finding(a, "animal_study")[0] == "positive"


@pytest.mark.parametrize("design, sections", [
    # synthetic (session 16): results the page cut, after a ratio's bracket; the arm named "those given XR-NTX"
    ("systematic_review_or_meta_analysis", [("RESULTS", "Naltrexone reduced the risk of relapse (risk ratio 0.86, 95% "
                                                        "CI 0.78 to 0.94) and")]),
    ("cohort_or_retrospective", [("RESULTS", "Mortality was lower among those given XR-NTX (hazard ratio 0·64, 95% CI "
                                             "0·45–0·91). Deaths from overdose were")]),
    ("case_series", [("RESULTS", "Within 6 weeks four patients reported that urges had become weaker, and three "
                                 "stopped stealing. One patient")]),
    ("animal_study", [("CONCLUSIONS", "Naltrexone produces a dose-related blockade of the reinforcing effects of "
                                      "heroin in rats.")]),
])
def test_results_in_the_words_of_cut_records_ratios_and_old_pharmacology_are_positive(design, sections):
    assert tag_finding(art(sections), design)[0] == "positive"


def test_an_unstructured_last_sentence_with_a_concessive_aside_concludes_by_its_main_clause():
    # synthetic (session 16)
    a = art("Eighty men were randomly assigned to naltrexone or placebo. Opiate-positive urines were 22% and 45% "
            "(p < 0.01). Among those who stayed in treatment, naltrexone reduced illicit opiate use substantially, "
            "although retention was poor in both groups.")
    assert tag_finding(a, "rct")[0] == "positive"


def test_the_drug_leading_to_a_better_rate_than_placebo_is_a_benefit():
    a = art([("CONCLUSIONS", "Naltrexone with bupropion led to a higher response rate than placebo over 12 weeks.")])
    assert tag_finding(a, "rct")[0] == "positive"


def test_a_hedged_review_conclusion_that_the_drug_may_induce_remission_is_positive():
    """Cochrane-style wording: "may induce clinical remission", "may increase ... (RR 1.9, 95% CI 1.1 to 3.3)"; the
    harms that did not differ beside it are tolerability, not the finding."""
    a = art([("MAIN RESULTS", "LDN may increase clinical remission at 8 weeks compared with placebo (RR 1.85, 95% CI "
                              "1.07 to 3.20). Withdrawals due to adverse events did not differ (RR 0.9, 95% CI 0.3 to "
                              "2.6)."),
             ("AUTHORS' CONCLUSIONS", "Low-certainty evidence suggests that LDN may induce clinical remission in "
                                      "adults with active ulcerative colitis.")])
    assert tag_finding(a, "systematic_review_or_meta_analysis")[0] == "positive"


def test_a_harm_report_naming_other_symptoms_of_the_drug_stays_tolerability():
    """"Vivid dreams were more frequent with LDN, while headache and insomnia were similar": its insomnia is a harm
    too, no sleep outcome, so the sentence is tolerability and a review of harms stays safety_only."""
    a = Article(pmid="1", title="Harms of low-dose naltrexone: a systematic review (synthetic)",
                abstract_sections=[AbstractSection("RESULTS", "Ten trials were included. Any adverse event did not "
                                                              "differ between LDN and placebo (RR 1.05, 95% CI 0.9 to "
                                                              "1.3). Vivid dreams were more frequent with LDN (RR 2.0, "
                                                              "95% CI 1.2 to 3.5), while headache and insomnia were "
                                                              "similar.")])
    assert tag_finding(a, "systematic_review_or_meta_analysis")[0] == "safety_only"


@pytest.mark.parametrize("sections, design, want", [
    # a benefit in the 'although' clause whose subject has an apostrophe: the null primary beside it is mixed
    ([("CONCLUSIONS", "LDN did not reduce disease activity, although patients' pain was lower than with placebo.")],
     "rct", "mixed"),
    # a harm told of the treated arm is no difference of benefit: the null conclusion stands
    ("Thirty women were randomly assigned to naltrexone or placebo. Binge frequency did not differ between groups (p = "
     "0.5). Serum transaminases rose to more than twice normal in two women taking naltrexone. Naltrexone was not "
     "superior to placebo.", "rct", "null"),
])
def test_treated_arm_and_although_clauses(sections, design, want):
    assert tag_finding(art(sections), design)[0] == want


@pytest.mark.parametrize("sentence", [
    "Urges fell more with naltrexone than with placebo (p = .009), and the two doses did not differ from each other.",
    "Drinking days fell more with naltrexone than with placebo (p = .01), with no difference between naltrexone and "
    "nalmefene.",
    "Pain fell more with LDN than with placebo (p = .02); the effect did not differ by sex (P for interaction = .79).",
])
def test_a_comparison_of_doses_drugs_or_subgroups_is_no_null_result_of_the_drug(sentence):
    """Dose against dose, one active drug against another, or a subgroup interaction says nothing against the drug's
    benefit over its control."""
    assert tag_finding(art([("RESULTS", sentence)]), "rct")[0] == "positive"


@pytest.mark.parametrize("text", [
    # synthetic (session 15): the drug in control animals, cells not killed, a reason given: no null result of it
    "Naltrexone cream or vehicle was applied daily to wounds. Wounds in db/db mice closed faster with naltrexone cream "
    "than with vehicle (p < 0.01). In non-diabetic mice the cream had no significant effect. Topical naltrexone "
    "speeds diabetic wound healing.",
    "Microglial cells were treated with either isomer. Naltrexone lowered LPS-induced nitric oxide release by 60% (p < "
    "0.01). Neither isomer reduced cell viability. Because (+)-naltrexone does not bind opioid receptors, these data "
    "indicate a non-opioid anti-inflammatory action.",
])
def test_control_animals_viability_and_reasons_do_not_make_a_benefit_mixed(text):
    assert tag_finding(art(text), "animal_study")[0] == "positive"


@pytest.mark.parametrize("title", [
    # synthetic (session 15): case reports titled with the harm itself, not "after starting ..."
    "Persistent nightmares during low-dose naltrexone treatment in a synthetic patient",
    "Failure of opioid analgesia after surgery in a synthetic man receiving extended-release naltrexone",
    "A tenfold compounding error with low-dose naltrexone in a synthetic patient",
])
def test_a_case_report_titled_with_its_harm_is_negative(title):
    a = Article(pmid="1", title=title, abstract_sections=[AbstractSection(None, "A 50-year-old woman took the drug. "
                                                                               "She recovered within a week.")])
    assert tag_finding(a, "case_report")[0] == "negative"


@pytest.mark.parametrize("conclusion", [
    # synthetic (session 15): trial conclusions that set the drug against its comparator in words of difference
    "Extended-release naltrexone resulted in a lower rate of relapse than referral alone.",
    "Response was low but was higher with injectable naltrexone plus bupropion than with placebo.",
])
def test_conclusions_setting_the_drug_against_its_comparator_are_positive(conclusion):
    assert tag_finding(art([("CONCLUSIONS", conclusion)]), "rct")[0] == "positive"


def test_a_case_report_that_gave_no_relief_is_null():
    a = art([("CASE", "A 58-year-old woman with painful neuropathy took LDN 4.5 mg for 12 weeks. LDN gave no relief of "
                      "her neuropathic pain."), ("CONCLUSION", "LDN gave no relief in this patient.")])
    assert tag_finding(a, "case_report")[0] == "null"


def test_a_conclusion_that_names_the_primary_outcome_of_a_trial_to_come_is_still_the_conclusion():
    a = art([("RESULTS", "Fatigue improved by 4.0 points with LDN and 3.1 with placebo (p = 0.58). Pain fell more with "
                         "LDN (p = 0.02)."),
             ("CONCLUSIONS", "LDN did not reduce fatigue, although pain was lower than with placebo; a trial with pain "
                             "as the primary outcome is justified.")])
    assert tag_finding(a, "rct")[0] == "mixed"


@pytest.mark.parametrize("sentence, design, want", [
    # synthetic (session 15): a labelled difference whose CI excludes 0, with no p-value, is a difference shown
    ("Pooled across patients, pain was lower during LDN than during placebo periods (mean difference -0.8, 95% CI "
     "-1.4 to -0.2).", "crossover_rct", "positive"),
    # "neither study found ..." is null, whatever the benefit it names
    ("Neither controlled study found fewer relapses with LDN, and no study showed slower progression.",
     "systematic_review_or_meta_analysis", "null"),
])
def test_difference_cis_and_neither_found(sentence, design, want):
    assert tag_finding(art([("RESULTS", sentence)]), design)[0] == want


@pytest.mark.parametrize("sections, want", [
    # synthetic (session 15): each arm's change beside a difference whose CI excludes 0 is a difference shown
    ([("RESULTS", "Heavy drinking days fell from 46% to 22% with naltrexone and from 45% to 30% with placebo "
                  "(difference 8.0 percentage points, 95% confidence interval 2.5 to 13.5).")], "positive"),
    # a null primary weighed against a benefit told as sleeping better or a response
    ([("CONCLUSIONS", "LDN did not lessen fatigue, although participants slept better while taking it.")], "mixed"),
    ([("CONCLUSIONS", "LDN did not induce remission more often than placebo, although more patients had an "
                      "endoscopic response.")], "mixed"),
])
def test_arm_changes_with_a_difference_ci_and_although_benefits(sections, want):
    assert tag_finding(art(sections), "rct")[0] == want


@pytest.mark.parametrize("sentence, not_an_outcome", [
    # synthetic (session 17): the per-outcome findings name outcomes as the record's outcomes do: neither the
    # population's disability nor the drug's action on opioid receptors is a measure
    ("Naltrexone reduced self-injury in adults with intellectual disability (p < 0.01).", "disability_progression"),
    ("A nightly schedule of opioid receptor blockade shrank tumours more than continuous exposure (p = 0.01).",
     "endorphins"),
])
def test_outcome_findings_skip_words_that_name_no_measure(sentence, not_an_outcome):
    assert not_an_outcome not in by_outcome(art([("RESULTS", sentence)]))


def test_a_change_told_of_both_treated_groups_is_the_drugs_result():
    # synthetic (session 17): two dose groups against a control, the change named of "both naltrexone groups"
    for sections in ([("RESULTS", "Plasma enkephalin concentrations were raised in both naltrexone groups.")],
                     "Mice had naltrexone at two doses or saline. Enkephalin rose in both naltrexone groups."):
        assert by_outcome(art(sections), "animal_study")["endorphins"].finding == "positive"


def test_an_unstructured_last_sentence_weighing_a_null_against_a_benefit_concludes_mixed():
    # synthetic (session 17): no labelled sections, the primary outcome named, the last sentence weighs both
    a = art("Forty adults were randomised to naltrexone or placebo. The primary outcome was the change in itch score. "
            "Itch fell by 2.0 with naltrexone and 1.7 with placebo (p = 0.41). Patients on naltrexone reported fewer "
            "nights of disturbed sleep (p = 0.02). Naltrexone did not relieve itch more than placebo, although "
            "patients slept better while taking it.")
    assert tag_finding(a, "rct")[0] == "mixed"


@pytest.mark.parametrize("conclusion, want", [
    # synthetic (session 17): "remained stable" beside a benefit is reassurance; "did not change" is the null half
    ("LDN was well tolerated; fatigue fell, and disability remained stable over 6 months.", "positive"),
    ("LDN was well tolerated; fatigue fell, but disability did not change.", "mixed"),
    ("Disability remained stable over 6 months.", "null"),
])
def test_a_measure_that_remained_stable_beside_a_benefit_does_not_make_the_conclusion_mixed(conclusion, want):
    a = art([("RESULTS", "The mean fatigue score fell from 48 to 37 (p = 0.01); EDSS did not change."),
             ("CONCLUSIONS", conclusion)])
    assert tag_finding(a, "open_label_single_arm")[0] == want


@pytest.mark.parametrize("conclusion, want", [
    # synthetic (session 17): a harm beside the primary outcome's benefit is never an aside
    ("LDN eased knee pain but caused insomnia bad enough for one in eight to stop it.", "mixed"),
    ("Naltrexone eased itch, but a withdrawal-like reaction on starting it led three patients to stop.", "mixed"),
    # what is no harm of the drug: reassurance, another drug's tolerability
    ("Naltrexone eased itch and does not appear to worsen mood.", "positive"),
    ("LDN eased pain as well as amitriptyline and is an option when tricyclics are poorly tolerated.", "positive"),
])
def test_a_harm_beside_the_primary_outcomes_benefit_makes_the_conclusion_mixed(conclusion, want):
    a = art([("METHODS", "The primary outcome was the change in pain."),
             ("RESULTS", "Pain fell more with the drug than with placebo (difference -1.1, 95% CI -1.9 to -0.3)."),
             ("CONCLUSIONS", conclusion)])
    assert tag_finding(a, "rct")[0] == want


@pytest.mark.parametrize("sentence", [
    # synthetic (session 17): a tally of the few a drug did not help, beside those it did, is no null half
    "Of the respondents, 61% reported less pain and 40% better sleep; 19% reported no benefit.",
    "Most described less fatigue; a minority noticed no change.",
])
def test_a_tally_of_the_few_it_did_not_help_is_no_null_half(sentence):
    a = art([("RESULTS", sentence)])
    assert tag_finding(a, "cross_sectional_or_survey")[0] == "positive"
    assert all(f.finding == "positive" for f in tag_finding(a, "cross_sectional_or_survey")[3])


def test_no_secondary_outcome_differed_is_a_null_result_for_each():
    # synthetic (session 17): "No secondary outcome differed", the secondary outcomes named in the methods only
    a = art([("METHODS", "The primary outcome was itch; secondary outcomes were sleep and mood."),
             ("RESULTS", "Itch fell more with naltrexone (p = 0.02). No secondary outcome differed between groups.")])
    findings = {f.outcome: f.finding for f in tag_finding(a, "rct")[3]}
    assert findings == {"pruritus": "positive", "sleep": "null", "mood": "null"}
    assert tag_finding(a, "rct")[0] == "positive"


def test_a_conclusion_that_the_drug_made_the_primary_outcome_worse_is_negative():
    """(session 18) The primary outcome's significant difference is read as a benefit by its p-value alone; the
    conclusion says which way it went ("made craving worse"), and a conclusion of harm alone is the finding, not mixed.
    SYNTHETIC."""
    a = art([("METHODS", "Sixty adults tapering opioids were randomised to LDN 2 mg or placebo. The primary outcome "
                         "was craving on a 0-10 scale."),
             ("RESULTS", "Mean craving during the taper was higher with LDN than with placebo (5.9 vs 3.8; p = 0.02)."),
             ("CONCLUSIONS", "LDN made craving worse during the opioid taper.")])
    assert tag_finding(a, "rct")[0] == "negative"
    both = art([("METHODS", "Sixty adults were randomised to LDN 2 mg or placebo. The primary outcome was pain."),
                ("RESULTS", "Pain fell more with LDN than with placebo (p = 0.01)."),
                ("CONCLUSIONS", "LDN relieved pain but caused insomnia that led a third to stop.")])
    assert tag_finding(both, "rct")[0] == "mixed"


def test_a_harm_said_not_to_follow_the_drug_beside_a_benefit_is_reassurance_not_a_null_half():
    """(session 18) SYNTHETIC."""
    a = art([("RESULTS", "Two-year mortality was 21% among initiators and 27% among matched non-initiators (HR 0.76, "
                         "95% CI 0.66-0.88)."),
             ("CONCLUSIONS", "Starting naltrexone was associated with lower mortality and was not associated with "
                             "liver injury.")])
    assert tag_finding(a, "cohort_or_retrospective")[0] == "positive"
    null = art([("CONCLUSIONS", "Starting naltrexone was not associated with lower mortality.")])
    assert tag_finding(null, "cohort_or_retrospective")[0] == "null"


def test_naltrexone_and_another_drug_not_differing_is_still_a_null():
    a = art([("CONCLUSIONS", "Naltrexone and acamprosate did not differ in time to relapse.")])
    assert tag_finding(a, "rct")[0] == "null"
    combo = art([("CONCLUSIONS", "Naltrexone-bupropion did not increase remission from binge eating.")])
    assert tag_finding(combo, "rct")[0] == "null"


def test_people_stopping_for_a_harm_beside_a_benefit_in_the_conclusion_is_mixed():
    """(session 18) SYNTHETIC: a harm in the conclusion is never an aside, told as people who stopped for it."""
    a = art([("RESULTS", "Of 310 respondents who had taken LDN, 58% reported less pain."),
             ("CONCLUSIONS", "Most respondents felt LDN eased their pain, but about a fifth stopped taking it because "
                             "of insomnia or vivid dreams.")])
    assert tag_finding(a, "cross_sectional_or_survey")[0] == "mixed"
    well = art([("RESULTS", "Of 310 respondents who had taken LDN, 58% reported less pain."),
                ("CONCLUSIONS", "Most respondents felt LDN eased their pain, and few stopped it.")])
    assert tag_finding(well, "cross_sectional_or_survey")[0] == "positive"


def test_no_dose_helping_and_the_one_a_series_did_not_help_are_read_as_readers_do():
    """(session 18) SYNTHETIC: "none of the three doses … relieved" is null; "the fourth had no benefit" beside three
    who healed is a tally of the one not helped, not a null half."""
    a = art([("RESULTS", "Pain fell by 10 to 12 points with each LDN dose and by 11 with placebo."),
             ("CONCLUSIONS", "None of the three doses of LDN relieved hip pain more than placebo.")])
    assert tag_finding(a, "rct")[0] == "null"
    series = art("We treated four adults with Hailey-Hailey disease with LDN 3 mg daily. Within two months the "
                 "erosions had healed in three, who remained clear at a year; the fourth had no benefit and stopped. "
                 "LDN may help some patients with this disease.")
    assert tag_finding(series, "case_series")[0] == "positive"


def test_a_drug_that_reduced_itch_and_nausea_beside_unchanged_pain_is_mixed():
    """(session 18) SYNTHETIC: the benefit is the harms of another drug reduced."""
    a = art([("Conclusion", "Adding ultra-low-dose naltrexone to opioids reduced pruritus and nausea, but pain scores "
                            "were unchanged.")])
    assert tag_finding(a, "systematic_review_or_meta_analysis")[0] == "mixed"


@pytest.mark.parametrize("design, results, outcome", [
    ("open_label_single_arm", "At week 12, 19 of 45 (42%) had a clinical response and 8 (18%) were in remission.",
     "remission"),
    ("cohort_or_retrospective", "Mucosal healing was seen in 6 of the 15 patients who had a second colonoscopy.",
     "endoscopic_healing"),
    ("case_report", "She remained in steroid-free remission eleven months later.", "remission"),
    ("case_report", "He has survived 38 months from diagnosis without chemotherapy.", "survival"),
    # (session 22) told as what "occurred in" how many
    ("cohort_or_retrospective", "Clinical response occurred in 19 of 40 (48%) and remission in 10 (25%).",
     "remission"),
])
def test_a_tally_of_responders_is_a_one_arm_studys_result_for_its_outcome(design, results, outcome):
    """(SYNTHETIC sentences.) A study with one arm tells its result as a count of who responded or remitted: an
    improvement within the arm for the outcome it names. Not in a controlled trial (its result is between the arms),
    and not after "only"."""
    f = tag_finding(art([("RESULTS", results)]), design)[3]
    assert [(x.outcome, x.finding, x.comparison) for x in f if x.outcome == outcome] == [
        (outcome, "positive", "within_arm")]
    assert not [x for x in tag_finding(art([("RESULTS", results)]), "rct")[3] if x.outcome == outcome]
    only = "Only 2 of 20 (10%) were in remission at week 12."
    assert not [x for x in tag_finding(art([("RESULTS", only)]), design)[3] if x.outcome == "remission"]


def test_a_cases_survival_told_mid_abstract_is_its_survival_result():
    """SYNTHETIC (session 22): in an unstructured case report the survival sentence is neither the first nor the last,
    and holds no word of change: it is read as a result all the same."""
    a = art("A 59-year-old woman with metastatic pancreatic cancer declined chemotherapy and took LDN 4.5 mg at night. "
            "She has survived 39 months since diagnosis, still working part time. One case cannot show that LDN "
            "prolonged her life.")
    f = {x.outcome: x for x in tag_finding(a, "case_report")[3]}
    assert (f["survival"].finding, f["survival"].comparison) == ("positive", "within_arm")


@pytest.mark.parametrize("conclusion", [
    # synthetic (session 22): the benefit weighed against the drug's harms in words
    "Naltrexone probably eases cholestatic itch a little, at the cost of more gastrointestinal adverse events.",
    "LDN may reduce itch slightly, but it probably causes more adverse events.",
    "Naltrexone reduced itch, but gastrointestinal adverse effects were frequent and may limit its use.",
])
def test_a_benefit_weighed_against_the_drugs_harms_is_mixed(conclusion):
    a = art([("RESULTS", "Itch fell more with naltrexone (MD -1.1, 95% CI -1.8 to -0.4)."),
             ("CONCLUSIONS", conclusion)])
    assert tag_finding(a, "systematic_review_or_meta_analysis")[0] == "mixed"


def test_a_benefit_with_a_harm_that_stopped_the_drug_or_raised_liver_enzymes_is_mixed():
    """SYNTHETIC (session 20): a chart review whose conclusion gives lower scores "after starting" the drug beside the
    harm that made some stop it; a case report whose conclusion gives the benefit beside a rise in liver enzymes."""
    chart = art([("RESULTS", "Median fatigue severity fell from 6 (IQR 5-7) to 4 (IQR 3-6) (p < 0.001). Thirty "
                             "patients (19%) stopped LDN because of insomnia."),
                 ("CONCLUSIONS", "Fatigue scores were lower after starting LDN, but insomnia led about one in five "
                                 "to stop it.")])
    case = art([("CASE PRESENTATION", "A 41-year-old man with kleptomania was given naltrexone 50 mg daily. His urges "
                                      "fell within a month."),
                ("CONCLUSION", "Naltrexone eased his urges, but it caused a sharp rise in liver enzymes, which "
                               "settled after it was stopped.")])
    assert tag_finding(chart, "cohort_or_retrospective")[0] == "mixed"
    assert tag_finding(case, "case_report")[0] == "mixed"
