"""FOURTH INDEPENDENT held-out set: SYNTHETIC abstracts (describing no real study; fake PMIDs 909000001+),
written by a separate session from the issue's tag definitions only, without seeing the tagger's rules or
README. Used only to measure accuracy (benchmarks/tag_accuracy.py); no test asserts them."""

from __future__ import annotations

from functools import partial

from tagging_heldout import case as _case

INDEPENDENT4: list = []
case = partial(_case, into=INDEPENDENT4)


# 1 -- parallel RCT, primary null but secondary improved
case(909000001,
     "Low-dose naltrexone for pain and fatigue in women with fibromyalgia: a randomised, double-blind, "
     "placebo-controlled trial",
     [("OBJECTIVE", "To determine whether low-dose naltrexone (LDN) reduces average daily pain in women with "
                    "fibromyalgia."),
      ("METHODS", "Fifty-eight women aged 18 to 65 years fulfilling the 2016 ACR criteria were randomised 1:1 "
                  "to naltrexone 4.5 mg once nightly or an identical placebo for 12 weeks. The primary outcome "
                  "was change in mean daily pain intensity (0-10 numerical rating scale) over the final two weeks. "
                  "Secondary outcomes included the revised Fibromyalgia Impact Questionnaire (FIQR), fatigue "
                  "(MFI-20) and sleep quality."),
      ("RESULTS", "Fifty-two participants (90%) completed the trial. Pain decreased by 1.3 points with LDN and "
                  "0.9 points with placebo (difference -0.4, 95% CI -1.1 to 0.3; p=0.27). FIQR total score "
                  "improved more in the LDN group (mean difference -8.6, 95% CI -15.2 to -2.0), as did general "
                  "fatigue (p=0.02). Vivid dreams were reported by 7 participants on LDN and 3 on placebo; no "
                  "serious adverse events occurred."),
      ("CONCLUSIONS", "LDN did not significantly reduce pain intensity, although the improvements in overall "
                      "impact and fatigue suggest that larger trials using these as primary end points are "
                      "warranted.")],
     dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=58, dose_class="low",
          finding="mixed"),
     pub_types=["Journal Article", "Randomized Controlled Trial"])

# 2 -- crossover RCT, clear null
case(909000002,
     "Effect of naltrexone 4.5 mg on fatigue and walking speed in relapsing-remitting multiple sclerosis: "
     "a double-blind crossover study",
     "Fatigue is among the most disabling symptoms of multiple sclerosis (MS), and low-dose naltrexone is widely "
     "used off-label despite scarce controlled data. We conducted a randomized, placebo-controlled, two-period "
     "crossover trial in adults with relapsing-remitting MS and an EDSS score of 6.5 or less. Thirty-six patients "
     "were randomized to receive naltrexone 4.5 mg nightly or placebo for 10 weeks, followed by a 4-week washout "
     "and the alternate treatment. The primary endpoint was the Modified Fatigue Impact Scale (MFIS); secondary "
     "endpoints were the timed 25-foot walk, the MSQoL-54 and depressive symptoms. Thirty-one patients completed "
     "both periods. Mean MFIS was 41.2 during naltrexone and 40.6 during placebo (treatment effect 0.6; 95% CI "
     "-3.9 to 5.1; P = .79). No carry-over or period effects were detected, and none of the secondary endpoints "
     "differed between treatments. Adverse events were infrequent and similar in both periods. In this trial "
     "naltrexone 4.5 mg had no measurable effect on fatigue, mobility or quality of life in relapsing-remitting MS.",
     dict(conditions=["multiple_sclerosis"], design="crossover_rct", population="human", sample_size=36,
          dose_class="low", finding="null"),
     mesh=["Multiple Sclerosis, Relapsing-Remitting", "Naltrexone", "Fatigue", "Cross-Over Studies", "Humans"])

# 3 -- parallel RCT, per-arm sizes, positive
case(909000003,
     "Low dose naltrexone as add-on therapy in adults with mildly to moderately active Crohn's disease: "
     "a multicentre randomized placebo-controlled trial",
     [("AIMS", "Opioid growth factor signalling has been implicated in mucosal repair. We assessed whether low "
               "dose naltrexone (LDN) added to stable conventional therapy induces clinical response in Crohn's "
               "disease (CD)."),
      ("METHODS", "Adults with a Crohn's Disease Activity Index (CDAI) of 220-450 on stable doses of "
                  "aminosalicylates, thiopurines or anti-TNF agents were randomized to LDN 4.5 mg/day (n = 22) or "
                  "placebo (n = 21) for 12 weeks. Clinical response was defined as a CDAI decrease of at least 70 "
                  "points. Ileocolonoscopy was repeated at week 12."),
      ("RESULTS", "At week 12, 15/22 (68%) patients receiving LDN versus 6/21 (29%) receiving placebo achieved "
                  "clinical response (P = 0.009). Endoscopic improvement (SES-CD reduction of 50% or more) occurred "
                  "in 9 vs 3 patients (P = 0.04). Faecal calprotectin fell from a median of 612 to 298 ug/g with "
                  "LDN and was unchanged with placebo. Sleep disturbance was the most common adverse event."),
      ("CONCLUSION", "LDN was safe and superior to placebo in inducing clinical and endoscopic response when "
                     "added to existing therapy in active Crohn's disease.")],
     dict(conditions=["crohns_disease"], design="rct", population="human", sample_size=43, dose_class="low",
          finding="positive"),
     pub_types=["Journal Article", "Multicenter Study", "Randomized Controlled Trial"])

# 4 -- crossover pilot, hedged positive
case(909000004,
     "Nightly low-dose naltrexone and patient-reported fatigue in primary Sjögren's syndrome: a randomized "
     "placebo-controlled crossover pilot",
     "Background: Fatigue in primary Sjögren's syndrome (pSS) responds poorly to immunosuppression and "
     "hydroxychloroquine. Methods: Twenty-eight women with pSS (2016 ACR/EULAR criteria) and an ESSPRI fatigue "
     "score of 5 or higher each received LDN 4.5 mg and matching placebo at bedtime for 8 weeks in random order, "
     "separated by a 2-week washout. The primary outcome was the ESSPRI fatigue domain. Results: Twenty-five "
     "participants completed both periods. ESSPRI fatigue was lower during LDN than during placebo (mean 5.1 vs "
     "6.0; p = 0.03), and the ESSPRI total score also favoured LDN (p = 0.04). Adverse events, mostly vivid dreams "
     "and transient headache, were mild. Conclusion: LDN may reduce fatigue in pSS; these preliminary findings "
     "require confirmation in a larger parallel-group trial.",
     dict(conditions=["sjogrens"], design="crossover_rct", population="human", sample_size=28, dose_class="low",
          finding="positive"))

# 5 -- non-randomised controlled study
case(909000005,
     "Low-dose naltrexone versus usual care for chronic low back pain in primary care: a non-randomized "
     "controlled study",
     [("INTRODUCTION", "Pharmacological options for chronic low back pain are limited and opioid prescribing "
                       "remains common. We evaluated low-dose naltrexone (LDN) as an adjunct in general practice."),
      ("METHODS", "Adults with non-specific low back pain lasting more than 3 months were recruited from six "
                  "general practices. Patients at three practices were offered LDN 3 mg daily in addition to usual "
                  "care (intervention group, n=48); patients at three matched practices received usual care only "
                  "(n=50). Allocation was by practice and was not randomized. Pain (NRS) and the Roland-Morris "
                  "Disability Questionnaire (RMDQ) were assessed at baseline and 16 weeks."),
      ("RESULTS", "Groups were comparable at baseline except for age (mean 54 vs 58 years). The adjusted mean "
                  "reduction in pain was 2.1 vs 0.8 points (adjusted difference 1.3, 95% CI 0.5-2.1), and RMDQ "
                  "improved by 4.0 vs 1.5 points. Nine intervention patients (19%) reported insomnia or vivid "
                  "dreams; two stopped treatment."),
      ("DISCUSSION", "LDN added to usual care was associated with clinically relevant reductions in pain and "
                     "disability. Residual confounding cannot be excluded and a randomized trial is justified.")],
     dict(conditions=["chronic_pain"], design="nonrandomized_trial", population="human", sample_size=98,
          dose_class="low", finding="positive"),
     mesh=["Low Back Pain", "Chronic Pain", "Naltrexone", "Primary Health Care",
           "Non-Randomized Controlled Trials as Topic"])

# 6 -- pragmatic active-comparator RCT, null; non-naltrexone doses present
case(909000006,
     "Low-dose naltrexone compared with amitriptyline for painful diabetic peripheral neuropathy: a pragmatic, "
     "open-label, randomised superiority trial",
     "Painful diabetic peripheral neuropathy (PDPN) affects up to one in four people with diabetes, and first-line "
     "drugs are often poorly tolerated. We randomly assigned 67 adults with type 2 diabetes and PDPN (mean HbA1c "
     "7.9%) to LDN, titrated from 1.5 mg to 4.5 mg daily over three weeks (n = 34), or amitriptyline 10 mg "
     "increased to a maximum of 25 mg at night (n = 33), prescribed within routine diabetes clinics. The primary "
     "outcome was change in weekly average pain (0-10 NRS) at 14 weeks. Pain fell by 1.9 points with LDN and 2.2 "
     "points with amitriptyline; the between-group difference (0.3, 95% CI -0.6 to 1.2) was not significant. "
     "Sleep interference and patient global impression of change did not differ between arms either. Adverse "
     "events were reported by 15 and 17 participants, respectively. LDN was not superior to amitriptyline for "
     "pain relief in PDPN.",
     dict(conditions=["diabetic_neuropathy"], design="rct", population="human", sample_size=67, dose_class="low",
          finding="null"))

# 7 -- standard-dose AUD RCT
case(909000007,
     "Oral naltrexone 50 mg daily combined with brief counselling to reduce heavy drinking in primary care: "
     "a randomized placebo-controlled trial",
     [("AIMS", "To test whether oral naltrexone added to brief counselling reduces heavy drinking among primary "
               "care patients with alcohol use disorder (AUD)."),
      ("DESIGN", "Double-blind, parallel-group randomized controlled trial of 24 weeks' duration."),
      ("SETTING", "Twelve primary care clinics."),
      ("PARTICIPANTS", "One hundred and sixty adults with DSM-5 AUD of at least moderate severity, eighty per arm."),
      ("MEASUREMENTS", "Naltrexone 50 mg or placebo once daily. The primary outcome was the percentage of heavy "
                       "drinking days (PHDD) in weeks 13-24, assessed by timeline follow-back; GGT was a secondary "
                       "biomarker."),
      ("FINDINGS", "PHDD decreased from 58% to 24% with naltrexone and from 58% to 35% with placebo (difference "
                   "-11.2 percentage points, 95% CI -19.0 to -3.4; P = 0.005). GGT fell more with naltrexone "
                   "(P = 0.03). Adverse events were mostly mild; nausea was reported by 14 and 9 participants, "
                   "respectively."),
      ("CONCLUSIONS", "Naltrexone combined with brief counselling reduced heavy drinking in primary care patients "
                      "with alcohol use disorder.")],
     dict(conditions=["alcohol_use_disorder"], design="rct", population="human", sample_size=160,
          dose_class="standard", finding="positive"),
     pub_types=["Journal Article", "Randomized Controlled Trial"],
     mesh=["Alcoholism", "Naltrexone", "Alcohol Drinking", "Primary Health Care", "Humans"])

# 8 -- naltrexone/bupropion obesity RCT; AUD only in background; benefit plus harm
case(909000008,
     "Extended-release naltrexone/bupropion for weight management in adults with obesity and binge eating: "
     "a 28-week randomized trial",
     "Naltrexone, an opioid antagonist best known for its use in alcohol dependence, is combined with bupropion "
     "for chronic weight management. In this double-blind trial, 242 adults with a BMI of 30-45 kg/m2 and "
     "recurrent binge eating were randomized 2:1 to naltrexone 32 mg/bupropion 360 mg daily (n=161) or placebo "
     "(n=81), both with lifestyle counselling, for 28 weeks. Mean weight change was -6.1% versus -1.8% "
     "(P<0.001), and weekly binge episodes fell more with active treatment. However, 31% of actively treated "
     "participants discontinued because of adverse events (vs 9% with placebo), chiefly nausea, headache and "
     "dizziness, and systolic blood pressure rose by a mean of 1.8 mm Hg compared with a 0.9 mm Hg fall on "
     "placebo. The weight benefit of naltrexone/bupropion was accompanied by substantial intolerance, which "
     "limited its usefulness in this population.",
     dict(conditions=[], design="rct", population="human", sample_size=242, dose_class="standard",
          finding="mixed"),
     pub_types=["Journal Article", "Randomized Controlled Trial"])

# 9 -- ultra-low-dose naltrexone with opioid, acute postoperative pain
case(909000009,
     "Oxycodone combined with ultra-low-dose naltrexone after total knee arthroplasty: a randomized double-blind "
     "trial of analgesic consumption and pain",
     [("BACKGROUND", "Ultra-low doses of opioid antagonists have been proposed to enhance opioid analgesia and "
                     "limit tolerance."),
      ("METHODS", "A total of 120 patients undergoing primary unilateral total knee arthroplasty under spinal "
                  "anaesthesia were randomized (60 per group) to oral oxycodone 10 mg twice daily combined with "
                  "naltrexone 0.1 ug per dose, or to oxycodone 10 mg twice daily with placebo, for 72 h. "
                  "Intravenous morphine PCA was available for breakthrough pain."),
      ("RESULTS", "Cumulative PCA morphine consumption at 72 h was lower with the naltrexone combination "
                  "(median 18.5 mg vs 27.0 mg; p=0.01). Pain scores at rest and on movement did not differ at any "
                  "time point, and the incidence of nausea and pruritus was similar."),
      ("CONCLUSIONS", "Adding ultra-low-dose naltrexone to oxycodone reduced supplementary opioid requirements "
                      "but did not improve postoperative pain scores.")],
     dict(conditions=[], design="rct", population="human", sample_size=120, dose_class="ultra_low",
          finding="mixed"),
     mesh=["Arthroplasty, Replacement, Knee", "Pain, Postoperative", "Oxycodone", "Naltrexone",
           "Analgesics, Opioid"])

# 10 -- standard-dose OUD retrospective cohort
case(909000010,
     "Oral naltrexone before release from prison and subsequent opioid overdose: a retrospective cohort study",
     [("Background", "The weeks after release from incarceration carry a very high risk of opioid overdose."),
      ("Methods", "We linked correctional health and hospital records for adults with opioid use disorder (OUD) "
                  "released between 2015 and 2020. The exposure was a prescription of oral naltrexone 50 mg daily "
                  "started within 14 days before release; the outcome was fatal or non-fatal overdose within 12 "
                  "months."),
      ("Results", "Of 412 released individuals, 137 received naltrexone and 275 did not. Overdose occurred in "
                  "8.0% vs 16.4% (adjusted hazard ratio 0.52, 95% CI 0.29-0.94). Only 41 (30%) naltrexone "
                  "recipients filled a prescription after the first month in the community."),
      ("Conclusions", "Pre-release naltrexone was associated with fewer overdoses in the year after release, "
                      "although continuation in the community was poor.")],
     dict(conditions=["opioid_use_disorder"], design="cohort_or_retrospective", population="human",
          sample_size=412, dose_class="standard", finding="positive"),
     pub_types=["Journal Article", "Observational Study"])

# 11 -- open-label pilot, very low dose, before/after
case(909000011,
     "Very-low-dose naltrexone for post-COVID-19 fatigue: an open-label pilot study",
     "Persistent fatigue and post-exertional malaise are common after SARS-CoV-2 infection. Thirty-eight adults "
     "with post-COVID-19 condition of at least six months' duration took naltrexone 0.5 mg each evening for eight "
     "weeks. Fatigue (Chalder Fatigue Scale), health-related quality of life (EQ-5D-5L) and a 1-minute "
     "sit-to-stand test were assessed at baseline and at weeks 4 and 8. Thirty-three participants completed the "
     "programme. Chalder scores fell from a median of 25 to 19 (p<0.001) and EQ-5D index values rose from 0.58 to "
     "0.66; sit-to-stand repetitions increased modestly. Two participants withdrew owing to headache. Without a "
     "control group these improvements cannot be separated from natural recovery, but they support a randomised "
     "evaluation.",
     dict(conditions=["long_covid"], design="open_label_single_arm", population="human", sample_size=38,
          dose_class="very_low", finding="positive"))

# 12 -- open-label pilot UC
case(909000012,
     "Open-label low-dose naltrexone in mesalazine-refractory ulcerative colitis: a single-centre pilot study",
     [("Background and aims", "Few oral options exist for ulcerative colitis (UC) that remains active despite "
                              "5-aminosalicylates, short of steroids or biologics."),
      ("Methods", "Nineteen patients with active UC (total Mayo score 4-10) despite oral and topical 5-ASA "
                  "received LDN 4.5 mg each night for 12 weeks. The primary end point was clinical response, "
                  "defined as a fall in Mayo score of at least 3 points and 30%."),
      ("Results", "Sixteen patients completed 12 weeks. By intention to treat, 11/19 (58%) responded and 5 (26%) "
                  "reached remission. The median Mayo score fell from 7 to 3. Histological scores improved in 9 "
                  "of the 14 patients with paired biopsies. There were no serious adverse events; three patients "
                  "reported vivid dreams."),
      ("Conclusions", "LDN appears to induce clinical response in a proportion of patients with mesalazine-"
                      "refractory UC and merits a controlled trial.")],
     dict(conditions=["ulcerative_colitis"], design="open_label_single_arm", population="human", sample_size=19,
          dose_class="low", finding="positive"),
     mesh=["Colitis, Ulcerative", "Naltrexone", "Mesalamine", "Humans"])

# 13 -- chart review, tolerability only
case(909000013,
     "Tolerability of low-dose naltrexone in myalgic encephalomyelitis/chronic fatigue syndrome: a retrospective "
     "review of clinic records",
     "Low-dose naltrexone (LDN) is increasingly prescribed for ME/CFS, but information on its tolerability in "
     "routine care is limited. We reviewed the electronic records of all 218 patients with ME/CFS (Canadian "
     "Consensus Criteria) started on LDN at a tertiary fatigue clinic between 2016 and 2022. Treatment began at "
     "0.5 mg or 1 mg daily and was titrated, as tolerated, to a maximum of 4.5 mg. Efficacy was not assessed "
     "because symptom measures were not systematically recorded. Adverse effects were documented for 71 patients "
     "(32.6%), most commonly sleep disturbance (n = 38), headache (n = 17) and nausea (n = 12). Nineteen patients "
     "(8.7%) discontinued because of adverse effects, mostly within the first month, and no serious adverse events "
     "were recorded. At 12 months, 131 patients (60.1%) remained on treatment at a median dose of 3.0 mg. LDN was "
     "generally well tolerated in this clinic population.",
     dict(conditions=["me_cfs"], design="cohort_or_retrospective", population="human", sample_size=218,
          dose_class="low", finding="safety_only"))

# 14 -- register-based before/after, null, no dose stated
case(909000014,
     "Initiation of low dose naltrexone and use of disease-modifying drugs in rheumatoid arthritis: "
     "a nationwide register-based before-and-after study",
     [("Objectives", "Patients with rheumatoid arthritis (RA) sometimes start low dose naltrexone (LDN) hoping to "
                     "reduce conventional medication. We examined whether LDN initiation is followed by lower "
                     "use of antirheumatic and analgesic drugs."),
      ("Methods", "Using the national prescription register we identified 1,247 individuals with RA (ICD-10 "
                  "M05-M06) who filled a first LDN prescription between 2010 and 2019. Dispensing of conventional "
                  "synthetic DMARDs, biologics, glucocorticoids and NSAIDs in the year before and the year after "
                  "LDN initiation was compared within individuals."),
      ("Results", "The proportion dispensed csDMARDs was 71.4% before and 70.2% after initiation (difference "
                  "-1.2%, 95% CI -3.6 to 1.2); for biologics the figures were 22.0% and 22.9%. Glucocorticoid and "
                  "NSAID volumes were also unchanged (p=0.41 and p=0.56). Only 512 (41%) filled a second LDN "
                  "prescription."),
      ("Conclusion", "Starting LDN was not followed by any reduction in the use of antirheumatic or analgesic "
                     "drugs among people with RA.")],
     dict(conditions=["rheumatoid_arthritis"], design="cohort_or_retrospective", population="human",
          sample_size=1247, dose_class=None, finding="null"),
     mesh=["Arthritis, Rheumatoid", "Naltrexone", "Antirheumatic Agents", "Registries", "Drug Utilization"])

# 15 -- case report CRPS
case(909000015,
     "Resolution of allodynia and oedema in complex regional pain syndrome type 1 following low-dose "
     "naltrexone: a case report",
     "We describe a 45-year-old woman who developed complex regional pain syndrome (CRPS) type 1 of the right "
     "hand after a distal radius fracture. Despite physiotherapy, gabapentin 1800 mg daily, a course of oral "
     "prednisolone and two stellate ganglion blocks, her pain remained 8/10 with marked allodynia, oedema and "
     "colour change 14 months after injury. Low-dose naltrexone 1.5 mg at night was started and increased to "
     "4.5 mg after two weeks. Within three months her pain score had fallen to 3/10, allodynia had largely "
     "resolved and grip strength had improved from 6 kg to 19 kg. She has remained on treatment for 18 months "
     "without adverse effects. LDN may be worth considering in refractory CRPS.",
     dict(conditions=["crps"], design="case_report", population="human", sample_size=1, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports", "Journal Article"])

# 16 -- case report of harm
case(909000016,
     "Iatrogenic thyrotoxicosis after starting low-dose naltrexone in a patient with Hashimoto's thyroiditis "
     "on levothyroxine",
     "A 38-year-old woman with Hashimoto's thyroiditis, stable on levothyroxine 125 ug daily for six years (TSH "
     "1.2 mIU/L), began naltrexone 4.5 mg nightly from a compounding pharmacy on the advice of an online forum. "
     "Six weeks later she presented with palpitations, tremor, heat intolerance and a 4 kg weight loss. TSH was "
     "suppressed (<0.01 mIU/L) and free T4 was 31 pmol/L; thyroid peroxidase antibody titres were unchanged. "
     "Her symptoms settled after the levothyroxine dose was reduced to 75 ug daily. Clinicians should be aware "
     "that patients with autoimmune hypothyroidism who start LDN may develop over-replacement and need closer "
     "monitoring of thyroid function.",
     dict(conditions=["hashimotos_thyroiditis"], design="case_report", population="human", sample_size=1,
          dose_class="low", finding="negative"),
     pub_types=["Case Reports"])

# 17 -- case series dermatomyositis
case(909000017,
     "Low-dose naltrexone for refractory cutaneous dermatomyositis: report of three cases",
     "Cutaneous disease in dermatomyositis (DM) is frequently resistant to standard therapy. We report three "
     "adults (two women and one man, aged 34-61 years) with amyopathic or classic DM whose skin disease persisted "
     "despite hydroxychloroquine, methotrexate and, in one case, intravenous immunoglobulin. LDN was added at 3 mg "
     "daily and increased to 4.5 mg in two patients. CDASI activity scores decreased from 28, 22 and 35 to 12, 9 "
     "and 18, respectively, within 4-6 months, with a marked reduction in pruritus. Concomitant medications were "
     "not changed and no adverse events occurred. LDN may be a useful, inexpensive adjunct for recalcitrant "
     "cutaneous DM.",
     dict(conditions=["dermatomyositis"], design="case_series", population="human", sample_size=3,
          dose_class="low", finding="positive"),
     pub_types=["Case Reports"])

# 18 -- case series, non-listed disease, largest dose 6 mg
case(909000018,
     "Low-dose naltrexone in Hailey-Hailey disease: a retrospective case series of five patients",
     "Hailey-Hailey disease (familial benign chronic pemphigus) is a genodermatosis with painful intertriginous "
     "erosions and few effective treatments. We reviewed five patients (three women; median age 52 years) treated "
     "with naltrexone in our department between 2018 and 2022. All began at 3 mg daily; because of partial "
     "response two were increased to 4.5 mg and one to 6 mg daily. Four of the five showed marked improvement of "
     "erosions and maceration within 8 weeks, documented photographically, and the severity score fell by a "
     "median of 6 points; one patient had not responded after 4 months. Treatment was well tolerated.",
     dict(conditions=[], design="case_series", population="human", sample_size=5, dose_class=None,
          finding="positive"),
     mesh=["Pemphigus, Benign Familial", "Naltrexone", "Humans"])

# 19 -- survey of use, MS
case(909000019,
     "Patterns of low-dose naltrexone use among people with multiple sclerosis: an online cross-sectional survey",
     [("Background", "Low-dose naltrexone (LDN) is used off-label by people with multiple sclerosis (MS), but "
                     "little is known about how it is obtained and combined with other treatments."),
      ("Methods", "An anonymous online questionnaire was distributed through national patient organisations "
                  "between March and June 2021."),
      ("Results", "In total, 1,012 respondents with self-reported MS completed the survey, of whom 347 (34.3%) "
                  "had ever used LDN. The most commonly reported dose was 4.5 mg nightly (range 1.5-4.5 mg). Most "
                  "users obtained LDN through a private prescriber (62%), and 58% had not discussed it with their "
                  "neurologist. Concomitant disease-modifying therapy was used by 49% of LDN users."),
      ("Conclusion", "Off-label LDN use was common among respondents and frequently occurred outside "
                     "neurological supervision.")],
     dict(conditions=["multiple_sclerosis"], design="cross_sectional_or_survey", population="human",
          sample_size=1012, dose_class="low", finding="descriptive"),
     pub_types=["Journal Article"])

# 20 -- pharmacist survey; conditions only as reported indications
case(909000020,
     "Compounding of low-dose naltrexone in community pharmacies: a cross-sectional survey of pharmacists",
     "Low-dose naltrexone is not commercially available in most markets and must be compounded. We invited 520 "
     "pharmacists working in compounding community pharmacies in three states to complete an online questionnaire "
     "on LDN preparation; 214 responded (41%). Overall, 131 respondents (61%) had compounded LDN in the previous "
     "year. Capsule strengths ranged from 1.5 to 4.5 mg, and 38% also prepared liquid formulations. According to "
     "the pharmacists, prescriptions were most often written for fibromyalgia, multiple sclerosis and Crohn's "
     "disease. Fewer than half applied a beyond-use date supported by stability data, and excipients varied "
     "widely. Standardised compounding guidance for LDN is needed.",
     dict(conditions=[], design="cross_sectional_or_survey", population="human", sample_size=214,
          dose_class="low", finding="descriptive"))

# 21 -- cross-sectional comparison, null
case(909000021,
     "Pain, sleep and function in fibromyalgia patients using versus not using low-dose naltrexone: "
     "a cross-sectional clinic study",
     "In this cross-sectional study at a university rheumatology clinic, 142 consecutive patients with "
     "fibromyalgia completed the Revised Fibromyalgia Impact Questionnaire (FIQR), the Brief Pain Inventory and "
     "the PROMIS sleep disturbance short form at a single visit. Forty-seven were currently taking LDN prescribed "
     "by an outside provider and 95 were not. After adjustment for age, sex, symptom duration and concomitant "
     "medications, LDN users and non-users did not differ in FIQR total score (adjusted difference -2.4; 95% CI "
     "-8.9 to 4.1), pain severity or sleep disturbance. These data provide no evidence that patients taking LDN in "
     "routine care have a better symptom profile, although cross-sectional data cannot establish causality.",
     dict(conditions=["fibromyalgia"], design="cross_sectional_or_survey", population="human", sample_size=142,
          dose_class=None, finding="null"))

# 22 -- SR/MA
case(909000022,
     "Low-dose naltrexone for fibromyalgia: a systematic review and meta-analysis of randomized trials",
     [("OBJECTIVE", "To synthesize randomized evidence on low-dose naltrexone (LDN) in adults with fibromyalgia."),
      ("METHODS", "MEDLINE, Embase, CENTRAL and trial registries were searched to January 2024. Two reviewers "
                  "independently selected trials, extracted data and assessed risk of bias (RoB 2); certainty was "
                  "graded with GRADE."),
      ("RESULTS", "Five randomized trials with 318 participants were included. The pooled standardized mean "
                  "difference for pain was -0.21 (95% CI -0.52 to 0.10; I2 = 48%). Data on function, fatigue and "
                  "sleep were sparse. Certainty of evidence was very low owing to small samples, risk of bias and "
                  "imprecision."),
      ("CONCLUSIONS", "Current evidence is insufficient to determine whether LDN improves fibromyalgia symptoms; "
                      "adequately powered trials are needed.")],
     dict(conditions=["fibromyalgia"], design="systematic_review_or_meta_analysis", population="none",
          sample_size=None, dose_class=None, finding="descriptive"),
     pub_types=["Journal Article", "Meta-Analysis", "Systematic Review"])

# 23 -- narrative review on mechanisms; conditions only in passing
case(909000023,
     "Beyond opioid receptor blockade: toll-like receptor 4 antagonism and the opioid growth factor axis as "
     "mechanisms of low-dose naltrexone",
     "Naltrexone at conventional doses is a competitive opioid receptor antagonist, whereas at doses of roughly "
     "1.5-4.5 mg daily it is thought to act through brief receptor blockade followed by compensatory upregulation "
     "of endogenous opioids and the opioid growth factor receptor, and through antagonism of toll-like receptor 4 "
     "on microglia, an effect shared by its inactive (+)-enantiomer. In this narrative review we summarise the "
     "preclinical evidence for these mechanisms, discuss the limited pharmacokinetic data at low doses and "
     "consider how they might relate to clinical effects reported in conditions such as fibromyalgia, multiple "
     "sclerosis and Crohn's disease. We highlight gaps in the evidence and propose biomarkers for future trials.",
     dict(conditions=[], design="narrative_review", population="none", sample_size=None, dose_class="low",
          finding="descriptive"),
     pub_types=["Journal Article", "Review"])

# 24 -- systematic review IBD
case(909000024,
     "Low dose naltrexone in inflammatory bowel disease: a systematic review",
     [("Background", "Low dose naltrexone (LDN) has been proposed as an inexpensive adjunct in inflammatory bowel "
                     "disease (IBD)."),
      ("Methods", "MEDLINE, Embase and CENTRAL were searched to March 2023 for clinical studies of LDN in Crohn's "
                  "disease or ulcerative colitis. Risk of bias was assessed with RoB 2 and ROBINS-I."),
      ("Results", "Eleven studies were included: two randomized trials, four uncontrolled trials, three "
                  "retrospective cohorts and two case reports, totalling 416 patients. Reported clinical response "
                  "rates ranged from 25% to 88%. Risk of bias was high or serious in nine studies, and "
                  "heterogeneity in outcome definitions precluded meta-analysis."),
      ("Conclusions", "Although the results are encouraging, the evidence base is small and heterogeneous, and "
                      "the role of LDN in Crohn's disease and ulcerative colitis remains uncertain.")],
     dict(conditions=["crohns_disease", "ulcerative_colitis"], design="systematic_review_or_meta_analysis",
          population="none", sample_size=None, dose_class=None, finding="descriptive"),
     pub_types=["Systematic Review"])

# 25 -- animal, concentration, non-listed condition
case(909000025,
     "Topical naltrexone accelerates corneal re-epithelialization in diabetic rats",
     [("PURPOSE", "Delayed corneal wound healing is a frequent complication of diabetes. We examined whether "
                  "blocking the opioid growth factor receptor with topical naltrexone restores epithelial repair."),
      ("METHODS", "Type 1 diabetes was induced by streptozotocin in male Sprague-Dawley rats. After an 8-week "
                  "interval, a 5-mm central epithelial abrasion was made and eyes received naltrexone 10^-5 M drops "
                  "or vehicle four times daily (n = 12 rats per group). Defects were stained with fluorescein and "
                  "photographed every 8 h."),
      ("RESULTS", "At 40 h the residual defect was 18% of the original area in naltrexone-treated eyes versus "
                  "41% with vehicle (p < 0.01). BrdU labelling indicated increased epithelial DNA synthesis. No "
                  "toxicity was observed."),
      ("CONCLUSIONS", "Topical naltrexone accelerates corneal re-epithelialization in diabetic rats.")],
     dict(conditions=[], design="animal_study", population="animal", sample_size=None, dose_class=None,
          finding="positive"),
     pub_types=["Journal Article"],
     mesh=["Rats, Sprague-Dawley", "Diabetes Mellitus, Experimental", "Corneal Injuries", "Naltrexone",
           "Wound Healing", "Animals"])

# 26 -- animal, cancer xenograft, per-kg dose
case(909000026,
     "Intermittent opioid receptor blockade with low-dose naltrexone suppresses human ovarian tumour xenograft "
     "growth in nude mice",
     "The opioid growth factor (OGF)-OGF receptor axis is a tonic inhibitor of cell proliferation. Female athymic "
     "nude mice were inoculated subcutaneously with SKOV-3 human ovarian carcinoma cells and, from the day of "
     "inoculation, received naltrexone 0.1 mg/kg intraperitoneally once daily, cisplatin, the combination, or "
     "saline for 40 days (n = 10 per group). Tumour volume at day 40 was reduced by 46% with low-dose naltrexone "
     "relative to saline (P < 0.01), and the combination with cisplatin reduced it by 71%, more than cisplatin "
     "alone. Serum OGF and tumour OGFr expression were increased in naltrexone-treated animals. No weight loss or "
     "behavioural toxicity was seen. Intermittent opioid receptor blockade may be a useful adjunct in ovarian "
     "cancer.",
     dict(conditions=["cancer"], design="animal_study", population="animal", sample_size=None, dose_class=None,
          finding="positive"),
     mesh=["Ovarian Neoplasms", "Mice, Nude", "Xenograft Model Antitumor Assays", "Naltrexone", "Animals"])

# 27 -- in vitro, cancer cells
case(909000027,
     "Short-term naltrexone exposure inhibits proliferation of human pancreatic cancer cells through "
     "upregulation of the opioid growth factor receptor",
     "Pancreatic adenocarcinoma remains highly lethal and new adjuvant approaches are needed. PANC-1 and MIA "
     "PaCa-2 cells were exposed to naltrexone 10^-6 M for 4 h every 24 h, or to medium alone, for up to 96 h. "
     "Intermittent naltrexone reduced cell numbers by 28-34% at 72 h relative to controls (p < 0.001), increased "
     "OGFr protein by approximately twofold and upregulated the cyclin-dependent kinase inhibitors p16 and p21. "
     "The effect was abolished by OGFr siRNA knockdown. Apoptosis and necrosis were not affected. Brief daily "
     "opioid receptor blockade inhibits pancreatic cancer cell proliferation through an OGFr-dependent pathway.",
     dict(conditions=["cancer"], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="positive"),
     mesh=["Pancreatic Neoplasms", "Cell Proliferation", "Naltrexone", "Receptors, Opioid", "Cell Line, Tumor"])

# 28 -- in vitro, microglia; fibromyalgia only in background
case(909000028,
     "Naltrexone and its inactive enantiomer (+)-naltrexone attenuate lipopolysaccharide-induced cytokine "
     "release from human microglial cells",
     "Low-dose naltrexone is prescribed off-label for fibromyalgia and other chronic pain states, and glial "
     "toll-like receptor 4 (TLR4) signalling has been proposed as its target. We pre-treated HMC3 human microglial "
     "cells with (-)-naltrexone or (+)-naltrexone (0.1-100 uM) for 1 h before stimulation with LPS 100 ng/mL. "
     "Both enantiomers concentration-dependently reduced TNF-alpha and IL-6 release (IC50 approximately 12 uM) "
     "and NF-kB nuclear translocation, without cytotoxicity up to 100 uM. Morphine did not reproduce these "
     "effects. These findings support a non-opioid, TLR4-mediated anti-inflammatory action of naltrexone.",
     dict(conditions=[], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="positive"))

# 29 -- protocol
case(909000029,
     "Low-dose naltrexone for post-COVID-19 condition: protocol for a multicentre, randomised, double-blind, "
     "placebo-controlled trial",
     [("Introduction", "Long COVID affects millions of people and no pharmacological treatment has proven "
                       "effective. Uncontrolled reports suggest that low-dose naltrexone (LDN) may reduce fatigue."),
      ("Methods and analysis", "One hundred and sixty adults with post-COVID-19 condition for at least 12 weeks "
                               "will be randomised 1:1 to naltrexone titrated from 1 mg to 4.5 mg daily or "
                               "matching placebo for 16 weeks at four sites. The primary outcome is the FACIT-Fatigue "
                               "score at week 16; secondary outcomes include post-exertional malaise, cognitive "
                               "function, EQ-5D-5L and adverse events. Analysis will be by intention to treat."),
      ("Ethics and dissemination", "The trial has received ethical approval. Results will be published in "
                                   "peer-reviewed journals.")],
     dict(conditions=["long_covid"], design="protocol", population="human", sample_size=None, dose_class="low",
          finding=None),
     pub_types=["Clinical Trial Protocol", "Journal Article"])

# 30 -- retraction notice
case(909000030,
     'Retraction notice to "Low-dose naltrexone reduces bladder pain and urinary frequency in women with '
     'interstitial cystitis: a randomized trial"',
     "This article has been retracted at the request of the Editor-in-Chief and the corresponding author. After "
     "publication, concerns were raised regarding the integrity of the outcome data. An institutional "
     "investigation could not verify that the participants described in the article had been enrolled, and the "
     "original data could not be provided. The authors apologise to readers for any inconvenience caused.",
     dict(conditions=[], design="other", population="none", sample_size=None, dose_class=None, finding=None),
     pub_types=["Retraction of Publication"])
