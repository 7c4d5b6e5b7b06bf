"""THIRD INDEPENDENT held-out set: SYNTHETIC abstracts (describing no real study; fake PMIDs 908000001+),
written by a separate session from the issue's tag definitions only, without seeing the tagger's rules or
README. Used only to measure accuracy (benchmarks/tag_accuracy.py); no test asserts them."""

from __future__ import annotations

from functools import partial

from tagging_heldout import case as _case

INDEPENDENT3: list = []
case = partial(_case, into=INDEPENDENT3)


# ---------------------------------------------------------------- human controlled trials
case(908000001,
     "Low-dose naltrexone versus placebo for pain in fibromyalgia: a 12-week randomised, double-blind trial",
     [("BACKGROUND", "Fibromyalgia (FM) is characterised by chronic widespread pain, fatigue and unrefreshing sleep. "
                     "Small pilot studies have suggested that naltrexone at low doses may reduce pain severity."),
      ("METHODS", "Women aged 18 to 65 years who met the 2016 diagnostic criteria were randomly assigned 1:1 to "
                  "naltrexone 4.5 mg once daily or matching placebo for 12 weeks. The primary outcome was change in "
                  "average pain intensity on a 0-10 numeric rating scale at week 12. Secondary outcomes included the "
                  "revised Fibromyalgia Impact Questionnaire (FIQR), sleep quality, fatigue and patient global "
                  "impression of change (PGIC)."),
      ("RESULTS", "Fifty-eight participants were randomised (29 per group) and 52 completed the study. Mean pain "
                  "decreased by 1.4 points with LDN and by 0.9 points with placebo (difference -0.5, 95% CI -1.3 to "
                  "0.3; p = 0.21). FIQR total score improved more with LDN (difference -8.2 points; p = 0.03), and more "
                  "participants receiving LDN rated themselves much or very much improved (38% vs 14%). Vivid dreams "
                  "were reported by seven and two participants, respectively."),
      ("CONCLUSIONS", "LDN did not significantly reduce pain intensity compared with placebo, although improvements "
                      "in function and global impression suggest a possible benefit that merits evaluation in larger "
                      "trials.")],
     dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=58, dose_class="low",
          finding="null"),  # relabelled: issue 8 - the primary outcome (pain, null) decides
     pub_types=["Journal Article", "Randomized Controlled Trial"],
     mesh=["Fibromyalgia", "Naltrexone", "Humans", "Female", "Pain Measurement"])

case(908000002,
     "Quality of life during low-dose naltrexone treatment in relapsing-remitting multiple sclerosis: "
     "a double-blind crossover study",
     "Patients with relapsing-remitting MS (RRMS) frequently report fatigue and reduced health-related quality of "
     "life despite disease-modifying therapy. We conducted a randomised, placebo-controlled crossover trial in which "
     "32 patients with RRMS on stable disease-modifying treatment received naltrexone 4.5 mg nightly and placebo for "
     "8 weeks each, in random order, separated by a 2-week washout. The primary outcome was the mental health "
     "composite of the MSQoL-54. Thirty patients completed both treatment periods. Mental health quality of life was "
     "higher during LDN than during placebo (mean difference 5.6 points, p = 0.008), as were the subscales for pain "
     "and self-reported cognitive function. Modified Fatigue Impact Scale scores also favoured LDN (p = 0.04). No "
     "relapses occurred during LDN periods and one occurred during placebo; adverse events were mild and transient. "
     "In this small crossover trial, LDN was well tolerated and associated with better quality of life in people "
     "with RRMS.",
     dict(conditions=["multiple_sclerosis"], design="crossover_rct", population="human", sample_size=32,
          dose_class="low", finding="positive"))

case(908000003,
     "Naltrexone 4.5 mg as add-on therapy for mildly to moderately active ulcerative colitis: "
     "a multicentre randomized placebo-controlled trial",
     [("BACKGROUND", "Open-label experience has suggested that low-dose naltrexone (LDN) may benefit patients with "
                     "inflammatory bowel disease (IBD), but controlled data are scarce."),
      ("AIM", "To determine whether LDN added to 5-aminosalicylate therapy induces clinical remission in patients "
              "with active ulcerative colitis (UC)."),
      ("METHODS", "Adults with a total Mayo score of 4 to 10 despite mesalazine at least 2.4 g/day for 8 weeks or "
                  "more were randomized 1:1 to naltrexone 4.5 mg or placebo at bedtime for 12 weeks. The primary "
                  "endpoint was clinical remission at week 12 (total Mayo score of 2 or less with no subscore above "
                  "1)."),
      ("RESULTS", "Sixty-four patients (32 per arm; mean age 41 years) were enrolled at six centres. Clinical "
                  "remission at week 12 was achieved by 7 (22%) patients receiving LDN and 6 (19%) receiving placebo "
                  "(p = 0.76). There were no differences in endoscopic improvement, faecal calprotectin or IBDQ "
                  "scores. Adverse events occurred at similar rates; headache was the most common."),
      ("CONCLUSIONS", "LDN was not superior to placebo for inducing remission in mildly to moderately active UC."),
      ("TRIAL REGISTRATION", "Prospectively registered in a public trials registry (identifier withheld in this "
                             "record).")],
     dict(conditions=["ulcerative_colitis"], design="rct", population="human", sample_size=64, dose_class="low",
          finding="null"),
     pub_types=["Journal Article", "Multicenter Study", "Randomized Controlled Trial"],
     mesh=["Colitis, Ulcerative", "Naltrexone", "Mesalamine", "Remission Induction"])

case(908000004,
     "Low-dose naltrexone for post-COVID-19 fatigue: a randomised, placebo-controlled trial",
     [("OBJECTIVES", "To assess whether low-dose naltrexone reduces fatigue in adults with post-COVID-19 condition."),
      ("DESIGN", "Double-blind, parallel-group, placebo-controlled randomised trial in three outpatient clinics."),
      ("PARTICIPANTS", "Adults with persistent fatigue for at least 12 weeks after confirmed SARS-CoV-2 infection; "
                       "seventy-seven participants were allocated to each arm."),
      ("INTERVENTIONS", "Naltrexone titrated from 1 mg to 4.5 mg daily over 3 weeks, or identical placebo, for 16 "
                        "weeks."),
      ("MAIN OUTCOME MEASURES", "Chalder Fatigue Scale at 16 weeks; secondary outcomes were PROMIS physical "
                                "function, cognitive symptoms and EQ-5D-5L."),
      ("RESULTS", "139 participants completed follow-up. Fatigue improved in both groups (mean change -4.1 with "
                  "naltrexone vs -3.6 with placebo; adjusted difference -0.5, 95% CI -2.0 to 1.0). None of the "
                  "secondary outcomes differed between groups. Insomnia was more common with naltrexone (18% vs 8%)."),
      ("CONCLUSIONS", "Low-dose naltrexone did not reduce fatigue compared with placebo in adults with long COVID.")],
     dict(conditions=["long_covid"], design="rct", population="human", sample_size=154, dose_class="low",
          finding="null"))

case(908000005,
     "Low-dose naltrexone for painful diabetic peripheral neuropathy: a randomized, placebo-controlled, "
     "two-period crossover trial",
     [("AIM", "Painful diabetic peripheral neuropathy (DPN) responds incompletely to current first-line agents. We "
              "evaluated naltrexone at a low dose as an alternative."),
      ("METHODS", "Adults with type 2 diabetes and painful DPN for at least 6 months were randomized to receive "
                  "naltrexone 2 mg twice daily followed by placebo, or the reverse sequence, in 6-week periods "
                  "separated by a 2-week washout. The primary outcome was mean average daily pain (0-10) during the "
                  "final week of each period."),
      ("RESULTS", "Twenty-eight participants (mean age 62 years, mean diabetes duration 14 years) were randomized "
                  "and 26 completed both periods. Mean pain was lower during naltrexone than during placebo (4.6 vs "
                  "5.5; p = 0.01), and sleep interference was reduced. HbA1c did not change. Adverse events were "
                  "infrequent and comparable between periods."),
      ("CONCLUSION", "Naltrexone 4 mg/day reduced neuropathic pain in patients with DPN and was well tolerated.")],
     dict(conditions=["diabetic_neuropathy"], design="crossover_rct", population="human", sample_size=28,
          dose_class="low", finding="positive"),
     pub_types=["Journal Article", "Randomized Controlled Trial"])

case(908000006,
     "Oxycodone combined with ultra-low-dose naltrexone versus oxycodone alone in chronic low back pain: "
     "a 12-week randomized trial",
     "Adding very small doses of an opioid antagonist to an opioid agonist has been proposed to attenuate analgesic "
     "tolerance and physical dependence. In this double-blind, multicentre trial, 214 adults with moderate-to-severe "
     "chronic low back pain were randomized to oxycodone plus naltrexone (0.25 µg per dose, twice daily; n = 108) or "
     "oxycodone alone (n = 106), titrated over 2 weeks up to a maximum of 80 mg oxycodone per day. Pain reduction at "
     "week 12 did not differ between groups (least-squares mean difference 0.2 on a 0-10 scale; p = 0.48), nor did "
     "the mean daily oxycodone dose. However, patients receiving the combination reported less constipation (22% vs "
     "35%; p = 0.04) and lower opioid withdrawal scores after abrupt discontinuation (p = 0.02). Ultra-low-dose "
     "naltrexone did not enhance analgesia but may reduce some opioid-related adverse effects.",
     dict(conditions=["chronic_pain"], design="rct", population="human", sample_size=214, dose_class="ultra_low",
          finding="mixed"))

case(908000007,
     "Effect of low-dose naltrexone on thyroid autoantibodies in euthyroid Hashimoto's thyroiditis: "
     "a controlled, non-randomised study",
     [("OBJECTIVE", "To examine whether low-dose naltrexone (LDN) lowers thyroid autoantibody titres in patients "
                    "with Hashimoto's thyroiditis (HT)."),
      ("PATIENTS AND METHODS", "Thirty-six women with HT who opted for LDN (titrated to 3 mg at bedtime) were compared "
                               "with 30 women with HT who declined treatment and were followed at the same clinic; "
                               "allocation was by patient preference. Participants were aged 24 to 58 years. Thyroid "
                               "peroxidase (TPOAb) and thyroglobulin antibodies were measured at baseline, 3 and 6 "
                               "months."),
      ("RESULTS", "At 6 months, TPOAb had decreased by a median of 28% in the LDN group versus 4% in the comparison "
                  "group (p = 0.003). TSH and free T4 did not change in either group. Three women stopped LDN because "
                  "of insomnia."),
      ("CONCLUSION", "LDN was associated with a reduction in TPOAb titres in euthyroid HT. Randomised trials are "
                     "needed to confirm this finding.")],
     dict(conditions=["hashimotos_thyroiditis"], design="nonrandomized_trial", population="human", sample_size=66,
          dose_class="low", finding="positive"),
     pub_types=["Journal Article", "Controlled Clinical Trial"],
     mesh=["Hashimoto Disease", "Naltrexone", "Autoantibodies", "Iodide Peroxidase"])

case(908000008,
     "Adjunctive low-dose naltrexone in antidepressant-resistant major depression: a randomized, double-blind, "
     "placebo-controlled pilot trial",
     "Based on reports of benefit in fibromyalgia and Crohn's disease and on the putative anti-inflammatory actions "
     "of naltrexone at low doses, we tested LDN as an augmentation strategy in depression. Fifty-one outpatients with "
     "major depressive disorder who had not responded to at least one adequate trial of an SSRI or SNRI were "
     "randomized to adjunctive naltrexone 1 mg daily (n = 26) or placebo (n = 25) for 8 weeks while continuing their "
     "antidepressant at the same dose. Change in MADRS score did not differ between groups (-9.2 vs -8.5; p = 0.71), "
     "and response rates were 27% and 24%, respectively. There were no serious adverse events. Although a post hoc "
     "analysis hinted at greater benefit in patients taking dopaminergic antidepressants, the trial was negative on "
     "its primary and all secondary outcomes.",
     dict(conditions=[], design="rct", population="human", sample_size=51, dose_class="low", finding="null"))

# ---------------------------------------------------------------- uncontrolled human studies
case(908000009,
     "Low-dose naltrexone for gastrointestinal symptoms and pruritus in systemic sclerosis: an open-label pilot study",
     "Gastrointestinal involvement and itch are common in systemic sclerosis (SSc) and are difficult to treat. Twelve "
     "patients with limited or diffuse cutaneous SSc received naltrexone 4.5 mg at night for 12 weeks, without a "
     "control group. The UCLA SCTC GIT 2.0 total score fell from 0.86 at baseline to 0.52 at week 12 (p = 0.01), and "
     "mean itch intensity on a 0-10 scale declined from 5.8 to 3.1 (p = 0.004). Two patients reported transient "
     "nausea, and none discontinued treatment. LDN was well tolerated and was associated with improvement in "
     "gastrointestinal symptoms and pruritus; controlled studies are warranted.",
     dict(conditions=["systemic_sclerosis"], design="open_label_single_arm", population="human", sample_size=12,
          dose_class="low", finding="positive"))

case(908000010,
     "Fatigue, pain and dryness during low-dose naltrexone in primary Sjögren's syndrome: a single-arm open study",
     [("OBJECTIVES", "Fatigue is the most disabling symptom of primary Sjögren's syndrome (pSS) and has no effective "
                     "treatment. We explored the effect of low-dose naltrexone on patient-reported symptoms."),
      ("METHODS", "Eighteen patients with pSS and an ESSPRI fatigue score of 5 or more started naltrexone at 1.5 mg, "
                  "increased to 3 mg daily after 2 weeks, and were treated for 16 weeks in an open-label, single-arm "
                  "design. ESSPRI domains, Schirmer's test, unstimulated whole salivary flow and ESSDAI were assessed "
                  "at baseline and week 16."),
      ("RESULTS", "ESSPRI fatigue improved from 7.1 to 5.2 (p = 0.006) and pain from 6.0 to 4.7 (p = 0.03). Dryness "
                  "scores, Schirmer's test, salivary flow and ESSDAI did not change. One patient withdrew because of "
                  "headache."),
      ("CONCLUSIONS", "LDN was associated with less fatigue and pain but had no effect on glandular dryness or "
                      "systemic disease activity in pSS.")],
     dict(conditions=["sjogrens"], design="open_label_single_arm", population="human", sample_size=18,
          dose_class="low", finding="mixed"))

case(908000011,
     "Low-dose naltrexone in myalgic encephalomyelitis/chronic fatigue syndrome: a retrospective review of 218 "
     "patients",
     "We reviewed the records of all patients with ME/CFS (Canadian Consensus Criteria) who were prescribed "
     "naltrexone at a specialist fatigue clinic between 2014 and 2021. Doses ranged from 0.5 mg to 4.5 mg daily and "
     "were adjusted to tolerability. Of 218 patients (median age 44 years; 79% women), 160 had a documented "
     "follow-up visit. A positive treatment response, defined as improvement in at least one of vigilance/cognition, "
     "physical performance or pain, was recorded in 118 of 160 (74%). Adverse effects, chiefly sleep disturbance and "
     "nausea, were reported by 21% and led to discontinuation in 9%. LDN appears to be a safe and possibly effective "
     "option for symptom relief in ME/CFS.",
     dict(conditions=["me_cfs"], design="cohort_or_retrospective", population="human", sample_size=218,
          dose_class="low", finding="positive"),
     pub_types=["Journal Article"],
     mesh=["Fatigue Syndrome, Chronic", "Naltrexone", "Retrospective Studies", "Humans"])

case(908000012,
     "Low-dose naltrexone for chronic pruritus: a single-centre retrospective case review",
     "Background: Chronic itch is often refractory to antihistamines and topical therapy. Methods: We reviewed the "
     "charts of patients prescribed naltrexone 1.5 to 4.5 mg daily for chronic pruritus at a university dermatology "
     "clinic between 2017 and 2022; patients with psoriasis were excluded because they were managed in a separate "
     "service. Results: Forty-three patients were identified, with atopic dermatitis (n = 14), lichen planus (n = 9), "
     "prurigo nodularis (n = 8) and chronic pruritus of unknown origin (n = 12). Median itch intensity decreased from "
     "8 to 4 after a median of 10 weeks. Five patients stopped because of sleep disturbance. Conclusion: LDN may be a "
     "useful, inexpensive option for chronic itch of various causes.",
     dict(conditions=[], design="cohort_or_retrospective", population="human", sample_size=43, dose_class="low",
          finding="positive"))

case(908000013,
     "Use of analgesic and antirheumatic drugs before and after starting low-dose naltrexone among patients with "
     "rheumatoid arthritis: a nationwide register-based cohort study",
     [("OBJECTIVES", "Patients with rheumatoid arthritis (RA) increasingly use low-dose naltrexone, but its effect on "
                     "other drug treatment is unknown."),
      ("METHODS", "Using the national prescription database for 2013-2019 we identified individuals with RA who "
                  "collected at least one prescription of LDN. We compared dispensed defined daily doses of "
                  "analgesics and antirheumatic drugs in the year before and the year after the first LDN "
                  "dispensing."),
      ("RESULTS", "A total of 3412 patients were included (mean age 58 years; 81% women). Opioid dispensing decreased "
                  "by 13% and NSAID dispensing by 10% after LDN initiation, whereas use of conventional synthetic and "
                  "biologic disease-modifying drugs was unchanged. Twenty-two per cent collected LDN only once."),
      ("CONCLUSIONS", "Among patients with RA who initiated LDN, analgesic use fell modestly, but antirheumatic "
                      "treatment was not reduced.")],
     dict(conditions=["rheumatoid_arthritis"], design="cohort_or_retrospective", population="human",
          sample_size=3412, dose_class=None, finding="mixed"),
     mesh=["Arthritis, Rheumatoid", "Naltrexone", "Registries", "Analgesics, Opioid"])

case(908000014,
     "Complex regional pain syndrome of the upper limb responding to low-dose naltrexone: a case report",
     [("BACKGROUND", "Complex regional pain syndrome (CRPS) is a disabling pain condition with few effective "
                     "treatments."),
      ("CASE PRESENTATION", "A 34-year-old woman developed CRPS type I of the right hand after a distal radius "
                            "fracture. Pain persisted for 14 months despite physiotherapy, gabapentin 1800 mg/day, "
                            "amitriptyline 25 mg at night and two stellate ganglion blocks. Naltrexone was started "
                            "at 1.5 mg and increased to 4.5 mg at night. After 10 weeks her pain had fallen from 8/10 "
                            "to 3/10, and oedema and allodynia had resolved; she returned to work. The benefit was "
                            "sustained at 18 months without adverse effects."),
      ("CONCLUSIONS", "LDN may be worth considering in refractory CRPS.")],
     dict(conditions=["crps"], design="case_report", population="human", sample_size=1, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports", "Journal Article"])

case(908000015,
     "Iatrogenic thyrotoxicosis after initiation of low-dose naltrexone in a patient with Hashimoto's thyroiditis",
     "Low-dose naltrexone is increasingly used off-label by patients with autoimmune thyroid disease. We describe a "
     "47-year-old woman with Hashimoto's thyroiditis on levothyroxine 125 µg daily who, four weeks after starting "
     "naltrexone 4.5 mg nightly obtained through an online clinic, presented with palpitations, tremor and a 4 kg "
     "weight loss. TSH was suppressed (<0.01 mIU/L) and free T4 was elevated. Symptoms resolved after the "
     "levothyroxine dose was reduced to 75 µg daily, and she continued naltrexone. Clinicians should monitor thyroid "
     "function when LDN is started in patients receiving thyroid hormone replacement.",
     dict(conditions=["hashimotos_thyroiditis"], design="case_report", population="human", sample_size=1,
          dose_class="low", finding="negative"),
     mesh=["Hashimoto Disease", "Thyrotoxicosis", "Naltrexone", "Thyroxine"])

case(908000016,
     "Low-dose naltrexone for refractory cutaneous dermatomyositis: a report of three cases",
     "Cutaneous disease in dermatomyositis (DM) is frequently refractory to hydroxychloroquine, methotrexate and "
     "intravenous immunoglobulin. We describe three patients, aged 39, 52 and 61 years, with amyopathic or classic DM "
     "whose skin disease persisted despite at least two systemic agents and who received naltrexone 4.5 mg daily as "
     "add-on therapy. CDASI activity scores decreased from 24, 31 and 18 to 9, 14 and 6, respectively, over 3 to 6 "
     "months, with marked improvement in pruritus in all three. No adverse effects were reported. These observations "
     "suggest that LDN may be a useful, low-cost adjunct for cutaneous DM.",
     dict(conditions=["dermatomyositis"], design="case_series", population="human", sample_size=3, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports"])

# ---------------------------------------------------------------- surveys / cross-sectional
case(908000017,
     "Use of low-dose naltrexone and other off-label treatments among people with multiple sclerosis: "
     "an online survey",
     [("BACKGROUND", "Many people with multiple sclerosis (MS) use treatments outside clinical guidelines."),
      ("METHODS", "An anonymous online questionnaire was distributed through patient organisations in 2022."),
      ("RESULTS", "There were 527 respondents (mean age 49 years; 74% female; 61% with relapsing-remitting disease). "
                  "Ninety-six (18%) had ever used low-dose naltrexone, most often at 4.5 mg, and 58 were current "
                  "users. LDN was usually obtained from a private prescriber, and 41% of users had not informed their "
                  "neurologist. Fatigue was the symptom most often cited as the reason for use."),
      ("CONCLUSIONS", "LDN use is common among people with MS and frequently occurs without the knowledge of the "
                      "treating neurologist.")],
     dict(conditions=["multiple_sclerosis"], design="cross_sectional_or_survey", population="human",
          sample_size=527, dose_class="low", finding="descriptive"))

case(908000018,
     "Complementary and off-label therapy use in systemic lupus erythematosus: a cross-sectional study",
     "We assessed the use of complementary and off-label therapies among patients with systemic lupus erythematosus "
     "(SLE). Consecutive outpatients at two tertiary centres completed a questionnaire on therapies used in the "
     "previous 12 months, and disease activity was recorded from the clinical visit. Of 306 participants, 62% "
     "reported using at least one such therapy: vitamin D supplements (41%), fish oil (23%), turmeric (12%) and "
     "low-dose naltrexone (7%). Users of LDN had higher FACIT-Fatigue burden and longer disease duration than "
     "non-users. Rheumatologists should ask about these therapies routinely.",
     dict(conditions=["sle_lupus"], design="cross_sectional_or_survey", population="human", sample_size=306,
          dose_class=None, finding="descriptive"),
     mesh=["Lupus Erythematosus, Systemic", "Cross-Sectional Studies", "Complementary Therapies"])

case(908000019,
     "Compounding practices for low-dose naltrexone: a survey of pharmacists",
     "Low-dose naltrexone is not commercially available in most countries and must be compounded. We sent a "
     "structured questionnaire to 380 community and compounding pharmacies; 143 pharmacists responded (38%), of whom "
     "97 compounded LDN. The most commonly dispensed strengths were 1.5 mg, 3 mg and 4.5 mg capsules. Twenty-two per "
     "cent used crushed commercial 50 mg tablets as the starting material, while the remainder used bulk active "
     "pharmaceutical ingredient; excipients varied widely. Only 31% performed any potency testing. Compounding "
     "practices for LDN are heterogeneous, which may contribute to variability in clinical response.",
     dict(conditions=[], design="cross_sectional_or_survey", population="human", sample_size=143, dose_class="low",
          finding="descriptive"))

# ---------------------------------------------------------------- reviews
case(908000020,
     "Low-dose naltrexone for fibromyalgia: a systematic review and meta-analysis of randomised trials",
     [("BACKGROUND", "Low-dose naltrexone (LDN) is widely used for fibromyalgia despite limited evidence."),
      ("METHODS", "We searched MEDLINE, Embase, CENTRAL and trial registries to March 2024 for randomised trials "
                  "comparing naltrexone at 5 mg/day or less with placebo in adults with fibromyalgia. Random-effects "
                  "meta-analysis was performed and certainty assessed with GRADE."),
      ("RESULTS", "Five trials (three parallel-group, two crossover; 312 participants) were included. The pooled "
                  "effect on pain was not significant (SMD -0.21, 95% CI -0.47 to 0.05; I2 = 38%), and there was no "
                  "significant effect on FIQ scores or fatigue. Adverse events were not more frequent with LDN. "
                  "Certainty of evidence was low."),
      ("CONCLUSIONS", "Current evidence does not show a significant effect of LDN on pain in fibromyalgia.")],
     dict(conditions=["fibromyalgia"], design="systematic_review_or_meta_analysis", population="none",
          sample_size=None, dose_class="low", finding="null"),
     pub_types=["Journal Article", "Meta-Analysis", "Systematic Review"],
     mesh=["Fibromyalgia", "Naltrexone", "Randomized Controlled Trials as Topic"])

case(908000021,
     "Low-dose naltrexone for induction of remission in inflammatory bowel disease: a systematic review",
     "We systematically searched four databases to January 2023 for randomised trials, cohort studies and case series "
     "of low-dose naltrexone in Crohn's disease (CD) or ulcerative colitis (UC). Eleven studies (two randomised "
     "trials, four open-label studies and five retrospective series; 427 patients) met the inclusion criteria. In CD, "
     "both small randomised trials reported higher rates of clinical and endoscopic response with LDN than with "
     "placebo, and uncontrolled studies reported clinical response in 45% to 78% of patients. Data in UC were limited "
     "to observational studies. Risk of bias was high across studies. LDN may be beneficial for inducing response in "
     "CD, but the evidence is of low certainty and insufficient for UC.",
     dict(conditions=["crohns_disease", "ulcerative_colitis"], design="systematic_review_or_meta_analysis",
          population="none", sample_size=None, dose_class=None, finding="positive"))

case(908000022,
     "Beyond opioid antagonism: mechanisms of action of low-dose naltrexone in immune-mediated and pain disorders",
     "Naltrexone at doses of 1 to 5 mg per day, roughly a tenth of the dose used in addiction medicine, is "
     "increasingly prescribed off-label. This review summarises preclinical and clinical evidence for two proposed "
     "mechanisms: transient blockade of opioid receptors with compensatory upregulation of endogenous opioids and of "
     "the opioid growth factor (OGF)-OGF receptor axis, and antagonism of Toll-like receptor 4 signalling on "
     "microglia and other immune cells. We discuss how these mechanisms might explain reports of benefit in "
     "fibromyalgia, multiple sclerosis, Crohn's disease and complex regional pain syndrome, and we outline key gaps, "
     "including the absence of dose-finding studies and of validated biomarkers of response.",
     dict(conditions=[], design="narrative_review", population="none", sample_size=None, dose_class="low",
          finding="descriptive"),
     pub_types=["Journal Article", "Review"])

# ---------------------------------------------------------------- animal / cell studies
case(908000023,
     "Intermittent opioid receptor blockade with low-dose naltrexone attenuates experimental autoimmune "
     "encephalomyelitis in mice",
     [("BACKGROUND", "Experimental autoimmune encephalomyelitis (EAE) is a widely used model of multiple sclerosis."),
      ("METHODS", "Female C57BL/6 mice immunised with MOG35-55 received naltrexone 0.1 mg/kg, naltrexone 10 mg/kg or "
                  "saline intraperitoneally once daily from the day of induction (n = 12 per group). Clinical scores "
                  "were recorded for 28 days, and spinal cords were examined histologically."),
      ("RESULTS", "The low dose delayed disease onset and reduced the peak clinical score (1.8 vs 3.1 with saline; "
                  "p < 0.01), with less demyelination and fewer CD3+ infiltrates. The high dose had no effect."),
      ("CONCLUSIONS", "Low-dose naltrexone attenuated EAE, supporting its further investigation in multiple "
                      "sclerosis.")],
     dict(conditions=["multiple_sclerosis"], design="animal_study", population="animal", sample_size=None,
          dose_class=None, finding="positive"),
     pub_types=["Journal Article"],
     mesh=["Encephalomyelitis, Autoimmune, Experimental", "Mice, Inbred C57BL", "Naltrexone", "Animals"])

case(908000024,
     "Ultra-low-dose naltrexone prevents morphine tolerance and spinal glial activation in rats",
     "Male Sprague-Dawley rats (250-300 g) received subcutaneous morphine 10 mg/kg twice daily for 7 days, alone or "
     "together with naltrexone 1 ng/kg. Antinociception was assessed with the tail-flick test, and spinal cord "
     "sections were stained for GFAP and Iba1. Morphine alone produced a 68% loss of antinociceptive effect by day 7, "
     "whereas co-administration of ultra-low-dose naltrexone preserved antinociception and prevented the increase in "
     "astrocyte and microglial activation markers. These findings support a glial contribution to opioid tolerance "
     "that can be blocked by very low antagonist doses.",
     dict(conditions=[], design="animal_study", population="animal", sample_size=None, dose_class=None,
          finding="positive"))

case(908000025,
     "Short-term opioid receptor blockade by naltrexone inhibits proliferation of human pancreatic and ovarian "
     "cancer cells through the opioid growth factor receptor",
     [("BACKGROUND", "Intermittent blockade of opioid receptors has been proposed to inhibit tumour growth via the "
                     "opioid growth factor (OGF)-OGF receptor (OGFr) axis."),
      ("METHODS", "Human pancreatic (two lines) and ovarian (two lines) cancer cell lines were exposed to naltrexone "
                  "10^-6 M for 6 h per day over 3 days. DNA synthesis, cell counts and OGFr expression were measured; "
                  "OGFr was silenced with siRNA in selected experiments."),
      ("RESULTS", "Short-term naltrexone exposure reduced DNA synthesis by 20% to 35% and cell number by up to 30% "
                  "relative to vehicle, and increased OGFr expression. The effect was abolished by OGFr knockdown."),
      ("CONCLUSIONS", "Brief opioid receptor blockade inhibits cancer cell proliferation in an OGFr-dependent "
                      "manner.")],
     dict(conditions=["cancer"], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="positive"),
     pub_types=["Journal Article"])

case(908000026,
     "Naltrexone and its non-opioid stereoisomer modulate LPS-induced cytokine release from human peripheral blood "
     "mononuclear cells",
     "Low-dose naltrexone is used clinically in conditions such as multiple sclerosis and fibromyalgia, possibly "
     "through Toll-like receptor 4 antagonism. We isolated peripheral blood mononuclear cells from ten healthy donors "
     "and stimulated them with lipopolysaccharide in the presence of (-)-naltrexone or (+)-naltrexone at 0.1 to 100 "
     "µM. Both isomers reduced IL-6 and IL-1β release at concentrations of 10 µM and above, whereas TNF-α release was "
     "unaffected at all concentrations tested. Cell viability was not altered. Naltrexone therefore partially "
     "suppresses innate immune cytokine production independently of classical opioid receptors.",
     dict(conditions=[], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="mixed"))

# ---------------------------------------------------------------- protocol
case(908000027,
     "Low-dose naltrexone as add-on therapy for mild-to-moderate plaque psoriasis: protocol for a randomised, "
     "double-blind, placebo-controlled trial",
     [("INTRODUCTION", "Psoriasis is a chronic immune-mediated skin disease; anecdotal reports suggest that low-dose "
                       "naltrexone may reduce disease severity."),
      ("METHODS AND ANALYSIS", "We will enrol 120 adults with a Psoriasis Area and Severity Index (PASI) of 5 to 15, "
                               "randomised 1:1 to naltrexone 4.5 mg or placebo nightly for 16 weeks in addition to "
                               "standard topical therapy. The primary outcome is the proportion achieving PASI75 at "
                               "week 16; secondary outcomes include DLQI, itch and safety."),
      ("ETHICS AND DISSEMINATION", "The study has been approved by the institutional ethics committee. Results will "
                                   "be published in peer-reviewed journals."),
      ("TRIAL REGISTRATION", "Registered in a public trials registry before enrolment.")],
     dict(conditions=["psoriasis"], design="protocol", population="human", sample_size=None, dose_class="low",
          finding=None),
     pub_types=["Clinical Trial Protocol", "Journal Article"])

# ---------------------------------------------------------------- notice
case(908000028,
     "Retraction notice to \"Low-dose naltrexone reduces disease activity in systemic lupus erythematosus: "
     "a randomized pilot study\"",
     "This article has been retracted at the request of the Editor-in-Chief. Following concerns raised by a reader, "
     "an institutional investigation found that patient-level data underlying the reported outcomes for the 40 "
     "participants could not be verified, and that parts of the baseline characteristics table duplicated data from "
     "an unrelated publication. The corresponding author did not respond to the journal's requests for the original "
     "data.",
     dict(conditions=[], design="other", population="none", sample_size=None, dose_class=None, finding=None),
     pub_types=["Retraction of Publication"])

# ---------------------------------------------------------------- standard-dose addiction studies
case(908000029,
     "Extended-release injectable naltrexone versus treatment as usual after release from incarceration in people "
     "with opioid use disorder: a randomised trial",
     [("BACKGROUND", "The weeks after release from prison carry a high risk of opioid relapse and overdose."),
      ("METHODS", "In this open-label randomised trial, adults with opioid use disorder were assigned (120 per group) "
                  "to extended-release naltrexone 380 mg intramuscularly before release and every 4 weeks for 6 "
                  "months, or to treatment as usual with referral to community services. The primary outcome was "
                  "opioid relapse by 24 weeks."),
      ("FINDINGS", "Relapse occurred in 43% of participants in the naltrexone group and in 64% of those receiving "
                   "treatment as usual (hazard ratio 0.58, 95% CI 0.41-0.82). There were no overdoses in the "
                   "naltrexone group and five in the control group. Injection-site reactions occurred in 11%."),
      ("INTERPRETATION", "Extended-release naltrexone started before release reduced opioid relapse among people "
                         "leaving incarceration.")],
     dict(conditions=["opioid_use_disorder"], design="rct", population="human", sample_size=240,
          dose_class="standard", finding="positive"),
     pub_types=["Journal Article", "Randomized Controlled Trial"])

case(908000030,
     "Hepatic safety of oral naltrexone 50 mg daily for alcohol use disorder in routine primary care: "
     "a retrospective cohort study",
     "Concerns about hepatotoxicity limit the prescribing of naltrexone for alcohol use disorder. Using electronic "
     "health records from 34 primary care practices, we identified 1146 patients with alcohol use disorder who "
     "initiated naltrexone 50 mg/day between 2010 and 2020 and had liver enzymes measured within 6 months. ALT "
     "elevations above three times the upper limit of normal occurred in 1.7%, mostly in patients with pre-existing "
     "liver disease, and no cases of drug-induced liver failure were identified. Nausea led to discontinuation in 6%. "
     "Clinically important liver injury was rare, supporting the use of naltrexone in primary care, including in "
     "patients with moderately raised baseline transaminases.",
     dict(conditions=["alcohol_use_disorder"], design="cohort_or_retrospective", population="human",
          sample_size=1146, dose_class="standard", finding="safety_only"),
     mesh=["Alcoholism", "Naltrexone", "Chemical and Drug Induced Liver Injury", "Primary Health Care"])
