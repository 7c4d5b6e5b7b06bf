"""INDEPENDENT held-out set: SYNTHETIC abstracts (describing no real study; fake PMIDs 906000001+),
written by a separate session that had not seen the tagger's rules, only the README's tag
definitions. Used only to measure accuracy (benchmarks/tag_accuracy.py); no test asserts them."""

from __future__ import annotations

from functools import partial

from tagging_heldout import case as _case

INDEPENDENT: list = []
case = partial(_case, into=INDEPENDENT)


case(906000001,
     "Low-dose naltrexone for pain and fatigue in women with fibromyalgia: a 12-week randomised, "
     "double-blind, placebo-controlled trial",
     [("BACKGROUND", "Fibromyalgia (FM) is characterised by widespread pain, fatigue and unrefreshing sleep. "
                     "Low-dose naltrexone (LDN) has been proposed to attenuate central sensitisation through "
                     "antagonism of Toll-like receptor 4 on microglia, but controlled evidence is limited."),
      ("METHODS", "Women aged 18-65 years fulfilling the 2016 ACR criteria were randomly assigned (1:1) to LDN "
                  "4.5 mg or identical placebo taken at bedtime for 12 weeks. The primary outcome was change in "
                  "average daily pain intensity on a 0-10 numeric rating scale; secondary outcomes included "
                  "fatigue (Fatigue Severity Scale), the revised Fibromyalgia Impact Questionnaire (FIQR) and "
                  "sleep quality (PSQI)."),
      ("RESULTS", "Fifty-eight women (mean age 47.3 years) were randomised (LDN, n = 29; placebo, n = 29), and 53 "
                  "completed the study. Pain decreased by 1.9 points with LDN versus 0.8 points with placebo "
                  "(between-group difference -1.1, 95% CI -1.9 to -0.3; p = 0.009). Fatigue and sleep quality did "
                  "not differ between groups (p = 0.41 and p = 0.57, respectively). Vivid dreams were more "
                  "frequent with LDN (7 vs 2 participants); no serious adverse events occurred."),
      ("CONCLUSIONS", "LDN reduced pain intensity but had no detectable effect on fatigue or sleep in women with "
                      "FM. Larger trials with longer follow-up are warranted.")],
     dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=58, dose_class="low",
          finding="positive"),  # relabelled: issue 8 - the primary outcome (pain, positive) decides
     pub_types=["Journal Article", "Randomized Controlled Trial"],
     mesh=["Fibromyalgia", "Naltrexone", "Humans", "Female", "Pain Measurement"])

case(906000002,
     "Effect of low-dose naltrexone on health-related quality of life in relapsing-remitting multiple "
     "sclerosis: a randomized, placebo-controlled crossover study",
     "Low-dose naltrexone is widely used off-label by people with multiple sclerosis (MS), although evidence of "
     "benefit is sparse. We conducted a double-blind crossover trial in which participants received naltrexone "
     "4.5 mg nightly and placebo for 8 weeks each, in random order, separated by a 2-week washout. Thirty-two "
     "patients with relapsing-remitting MS and an EDSS score of 6.5 or less were enrolled; 28 completed both "
     "periods. The mean change in the MSQoL-54 physical health composite was 1.4 during LDN and 0.9 during "
     "placebo (difference 0.5, 95% CI -2.8 to 3.8). Mental health composite, fatigue (MFIS) and pain "
     "interference scores likewise showed no significant treatment effect, although there was a nonsignificant "
     "trend toward lower MFIS cognitive subscale scores during LDN (p = 0.08). One relapse occurred in each "
     "period, and LDN was well tolerated. In this study, eight weeks of LDN did not improve quality of life in "
     "relapsing-remitting MS.",
     dict(conditions=["multiple_sclerosis"], design="crossover_rct", population="human", sample_size=32,
          dose_class="low", finding="null"),
     mesh=["Multiple Sclerosis, Relapsing-Remitting", "Naltrexone", "Cross-Over Studies", "Quality of Life"])

case(906000003,
     "Low dose naltrexone in active Crohn's disease refractory to conventional therapy: an open-label pilot "
     "study",
     [("AIM", "To assess the efficacy and tolerability of low dose naltrexone (LDN) in adults with mildly to "
              "moderately active Crohn's disease."),
      ("PATIENTS AND METHODS", "Fourteen adults with Crohn's disease activity index (CDAI) scores between 220 and "
                               "450 despite stable maintenance therapy received naltrexone 4.5 mg once daily for "
                               "12 weeks. Concomitant thiopurines or anti-TNF agents were continued at unchanged "
                               "doses. Endpoints were clinical response (CDAI decrease of at least 70 points), "
                               "remission (CDAI < 150), faecal calprotectin and IBDQ score."),
      ("RESULTS", "Mean CDAI fell from 318 +/- 61 at baseline to 196 +/- 88 at week 12 (p < 0.001). Nine of the 14 "
                  "patients (64%) responded and five (36%) reached remission. Median faecal calprotectin decreased "
                  "from 612 to 341 ug/g, and IBDQ scores rose by 28 points. Sleep disturbance was the most "
                  "frequent adverse event (three patients)."),
      ("CONCLUSION", "In this uncontrolled pilot, LDN was associated with clinical improvement in refractory "
                     "Crohn's disease. A placebo-controlled trial is justified.")],
     dict(conditions=["crohns_disease"], design="open_label_single_arm", population="human", sample_size=14,
          dose_class="low", finding="positive"),
     pub_types=["Journal Article", "Clinical Trial"])

case(906000004,
     "Real-world experience with low-dose naltrexone in ulcerative colitis: a single-centre retrospective "
     "analysis",
     "Inflammatory bowel disease (IBD), comprising Crohn's disease and ulcerative colitis, is increasingly "
     "treated with biologics, yet a proportion of patients seek adjunctive options. We retrospectively reviewed "
     "the electronic records of all patients with ulcerative colitis who were prescribed LDN (1.5 to 4.5 mg "
     "daily) at our tertiary IBD clinic between 2015 and 2022. Forty-seven patients were identified (median age "
     "41 years, 55% male); 31 were taking concomitant mesalazine and 12 a biologic. At 3 months, 25 patients "
     "(53%) had a clinical response, defined as a reduction of at least 3 points in the partial Mayo score, and "
     "11 (23%) were in clinical remission. Among 19 patients with paired endoscopy, the Mayo endoscopic subscore "
     "improved in eight. Five patients stopped LDN because of insomnia or headache. These data suggest that LDN "
     "may be a useful, well-tolerated adjunct in ulcerative colitis, but prospective controlled studies are "
     "needed.",
     dict(conditions=["ulcerative_colitis"], design="cohort_or_retrospective", population="human",
          sample_size=47, dose_class="low", finding="positive"))

case(906000005,
     "Resolution of allodynia in longstanding complex regional pain syndrome after low-dose naltrexone: a case "
     "report",
     [("BACKGROUND", "Complex regional pain syndrome (CRPS) is a disabling condition with few effective "
                     "treatments. Glial activation has been implicated in its maintenance."),
      ("CASE PRESENTATION", "A 23-year-old woman developed CRPS type 1 of the left foot after an ankle sprain. "
                            "Despite physiotherapy, gabapentin 1800 mg/day, a lumbar sympathetic block and a "
                            "course of intravenous ketamine, her pain remained 8/10 with marked allodynia and "
                            "colour change. Naltrexone was started at 1.5 mg at night and increased to 4.5 mg over "
                            "6 weeks. After 4 months her pain score was 3/10, allodynia had resolved, and she was "
                            "able to wear a shoe and return to university. Mild insomnia during the first two weeks "
                            "resolved spontaneously. The improvement persisted at 18-month follow-up."),
      ("CONCLUSIONS", "LDN may be a useful option in refractory CRPS. Controlled trials are required.")],
     dict(conditions=["crps"], design="case_report", population="human", sample_size=1, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports"],
     mesh=["Complex Regional Pain Syndromes", "Naltrexone", "Humans", "Female", "Adult"])

case(906000006,
     "Low-dose naltrexone for familial benign chronic pemphigus (Hailey-Hailey disease): report of three cases",
     "Hailey-Hailey disease is a rare autosomal dominant genodermatosis caused by ATP2C1 mutations, presenting "
     "with painful erosions in intertriginous areas. We describe three patients (two women aged 52 and 67 years "
     "and one man aged 44 years) with long-standing disease refractory to topical corticosteroids, antibiotics "
     "and, in one case, acitretin 25 mg daily, who were treated with naltrexone 3 mg daily. Two patients "
     "experienced a marked reduction of erosions and pain within 8 weeks and remained clear after 1 year of "
     "treatment; the third had a partial response, with recurrence of lesions during the summer months. No "
     "adverse effects were reported. Low-dose naltrexone appears to be an inexpensive and well-tolerated "
     "treatment option for this difficult condition.",
     dict(conditions=[], design="case_series", population="human", sample_size=3, dose_class="low",
          finding="positive"))

case(906000007,
     "Low-dose naltrexone for chronic non-cancer pain: a systematic review and meta-analysis of randomized "
     "controlled trials",
     [("BACKGROUND", "LDN is increasingly prescribed for fibromyalgia, complex regional pain syndrome and other "
                     "chronic pain conditions, but its efficacy has not been established."),
      ("OBJECTIVE", "To evaluate the efficacy and safety of low-dose naltrexone (LDN) in adults with chronic "
                    "non-cancer pain."),
      ("METHODS", "We searched MEDLINE, Embase, CENTRAL and trial registries from inception to March 2024 for "
                  "randomized controlled trials comparing LDN (5 mg/day or less) with placebo or active "
                  "comparators. Two reviewers independently extracted data and assessed risk of bias with RoB 2; "
                  "certainty of evidence was rated using GRADE."),
      ("RESULTS", "Nine trials (612 participants) met the inclusion criteria; daily doses ranged from 1.5 to 4.5 "
                  "mg. Compared with placebo, LDN was associated with a small reduction in pain intensity "
                  "(standardized mean difference -0.31, 95% CI -0.56 to -0.06; I2 = 38%; low-certainty evidence). "
                  "No significant effects were found for physical function (SMD -0.12, 95% CI -0.37 to 0.13) or "
                  "quality of life. Adverse events did not differ between groups (RR 1.09, 95% CI 0.84 to 1.41)."),
      ("CONCLUSIONS", "Low-certainty evidence suggests that LDN may slightly reduce pain in chronic non-cancer "
                      "pain, without clear effects on function. Well-designed trials are required.")],
     dict(conditions=["chronic_pain"], design="systematic_review_or_meta_analysis", population="none",
          sample_size=None, dose_class="low", finding="mixed"),
     pub_types=["Journal Article", "Systematic Review", "Meta-Analysis"],
     mesh=["Chronic Pain", "Naltrexone", "Narcotic Antagonists"])

case(906000008,
     "Beyond opioid receptor blockade: mechanisms of action of low-dose naltrexone",
     "Naltrexone is a competitive opioid antagonist that, at doses of 1 to 5 mg, exerts effects that differ "
     "qualitatively from those seen with conventional dosing. This review summarises the experimental and "
     "clinical evidence for three proposed mechanisms. First, transient blockade of the opioid growth factor "
     "receptor may produce a compensatory upregulation of endogenous enkephalins and endorphins. Second, "
     "naltrexone and its dextro-isomer antagonise Toll-like receptor 4 on microglia and macrophages, dampening "
     "the release of pro-inflammatory cytokines such as IL-6 and TNF-alpha. Third, intermittent receptor "
     "blockade modulates T- and B-lymphocyte proliferation. We discuss how these pathways might explain reports "
     "of benefit across autoimmune, pain and neoplastic disorders, highlight the gap between preclinical "
     "concentrations and achievable plasma levels, and propose priorities for translational research, including "
     "pharmacokinetic studies and biomarker-driven trial designs.",
     dict(conditions=[], design="narrative_review", population="none", sample_size=None, dose_class="low",
          finding="descriptive"),
     pub_types=["Journal Article", "Review"])

case(906000009,
     "Low-dose naltrexone improves social interaction but not repetitive behaviour in BTBR T+ Itpr3tf/J mice",
     [("BACKGROUND", "Endogenous opioid and neuroimmune dysregulation have been implicated in autism spectrum "
                     "disorder. We examined the behavioural effects of low-dose naltrexone in the BTBR mouse "
                     "model."),
      ("METHODS", "Male BTBR mice and C57BL/6J controls (n = 12 per group) received naltrexone 0.1 mg/kg or "
                  "saline subcutaneously once daily for 21 days. Sociability was assessed in the three-chamber "
                  "test, and repetitive behaviour by self-grooming and marble burying. Hippocampal cytokine "
                  "expression was measured by qPCR."),
      ("RESULTS", "Naltrexone-treated BTBR mice spent 46% more time in the social chamber than saline-treated "
                  "BTBR mice (p = 0.004). Self-grooming duration and marble burying were not affected by "
                  "treatment. Hippocampal IL-6 and TNF-alpha mRNA levels were reduced in treated BTBR mice."),
      ("CONCLUSIONS", "Low-dose naltrexone selectively improved sociability, without effect on repetitive "
                      "behaviours, in this mouse model.")],
     dict(conditions=[], design="animal_study", population="animal", sample_size=None, dose_class=None,
          finding="mixed"),
     mesh=["Mice", "Mice, Inbred C57BL", "Autism Spectrum Disorder", "Naltrexone", "Social Behavior"])

case(906000010,
     "Naltrexone attenuates lipopolysaccharide-induced inflammatory responses in BV-2 microglial cells through "
     "TLR4/NF-kappaB signalling",
     "Toll-like receptor 4 (TLR4) signalling in microglia is thought to contribute to neuroinflammation. We "
     "examined whether naltrexone modulates LPS-induced activation of murine BV-2 microglial cells in vitro. "
     "Cells were pretreated with naltrexone (0.1-100 uM) for 1 h before stimulation with LPS (100 ng/mL). "
     "Naltrexone concentration-dependently reduced nitric oxide production (by 52% at 10 uM) and decreased "
     "TNF-alpha, IL-1beta and IL-6 secretion measured by ELISA. Western blotting showed reduced phosphorylation "
     "of IkappaBalpha and reduced nuclear translocation of p65. Cell viability was not affected at any "
     "concentration tested. The (+)-naltrexone isomer produced similar effects, indicating an opioid "
     "receptor-independent mechanism. These results support TLR4 antagonism as a mechanism underlying the "
     "anti-inflammatory effects of low-dose naltrexone.",
     dict(conditions=[], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="positive"))

case(906000011,
     "Oral naltrexone versus placebo for heavy drinking in primary care patients with alcohol dependence: a "
     "randomized clinical trial",
     [("AIMS", "To determine whether naltrexone 50 mg/day, delivered with brief medical management in primary "
               "care, reduces heavy drinking."),
      ("DESIGN", "Sixteen-week, double-blind, randomized, placebo-controlled trial."),
      ("SETTING", "Eleven primary care practices."),
      ("PARTICIPANTS", "A total of 160 adults meeting DSM-IV criteria for alcohol dependence (naltrexone, n = 80; "
                       "placebo, n = 80)."),
      ("MEASUREMENTS AND MAIN RESULTS", "The primary outcome was the percentage of heavy drinking days during "
                                        "weeks 5-16, assessed with the timeline follow-back. Both groups reduced "
                                        "heavy drinking substantially from baseline (from 61% to 27% with "
                                        "naltrexone and from 59% to 30% with placebo), but the between-group "
                                        "difference was not significant (adjusted difference -2.8 percentage "
                                        "points, 95% CI -10.9 to 5.3; p = 0.49). Time to first heavy drinking "
                                        "day and GGT levels also did not differ. Nausea was reported by 21% of "
                                        "naltrexone and 9% of placebo recipients."),
      ("CONCLUSIONS", "Naltrexone was not superior to placebo in reducing heavy drinking among primary care "
                      "patients receiving medical management.")],
     dict(conditions=["alcohol_use_disorder"], design="rct", population="human", sample_size=160,
          dose_class="standard", finding="null"),
     pub_types=["Journal Article", "Randomized Controlled Trial", "Multicenter Study"],
     mesh=["Alcoholism", "Naltrexone", "Primary Health Care", "Alcohol Deterrents"])

case(906000012,
     "Oral naltrexone and mortality after opioid detoxification: a nationwide register-based cohort study",
     [("BACKGROUND", "The period after inpatient opioid detoxification carries a high risk of fatal overdose "
                     "because of lost tolerance."),
      ("METHODS", "Using linked national prescription, patient and cause-of-death registers, we identified "
                  "individuals with opioid use disorder who were dispensed oral naltrexone (50 mg tablets) within "
                  "30 days of completing inpatient detoxification in 2008-2020, and matched each to up to four "
                  "non-users on age, sex, calendar year and prior overdose. Cox regression estimated hazard ratios "
                  "for all-cause mortality and fatal overdose during 12 months of follow-up."),
      ("RESULTS", "The cohort comprised 1,214 naltrexone users and 4,856 matched non-users (median age 34 years; "
                  "78% men). During follow-up, 23 users and 171 non-users died (adjusted HR 0.58, 95% CI "
                  "0.37-0.91). Fatal overdose was also less frequent among users (HR 0.49, 0.27-0.88), although "
                  "the benefit was confined to periods of active dispensing."),
      ("INTERPRETATION", "Naltrexone treatment after detoxification was associated with substantially lower "
                         "mortality. Adherence support may be critical.")],
     dict(conditions=["opioid_use_disorder"], design="cohort_or_retrospective", population="human",
          sample_size=6070, dose_class="standard", finding="positive"),
     mesh=["Opioid-Related Disorders", "Naltrexone", "Registries", "Cohort Studies"])

case(906000013,
     "Thyroid peroxidase antibody titres during low-dose naltrexone treatment in Hashimoto's thyroiditis: a "
     "retrospective cohort",
     "Hashimoto's thyroiditis is the most common organ-specific autoimmune disease and often coexists with "
     "other autoimmune disorders such as rheumatoid arthritis or type 1 diabetes. Evidence for immunomodulatory "
     "treatment is lacking. Sixty-eight women with Hashimoto's thyroiditis treated with LDN at an integrative "
     "endocrinology practice were identified retrospectively; the dose was titrated from 1.5 mg to a maximum of "
     "4.5 mg at bedtime. Median anti-TPO titres declined from 486 IU/mL before treatment to 301 IU/mL after 6 "
     "months (p < 0.001), whereas TSH and free T4 did not change. Eleven patients taking levothyroxine required a "
     "dose reduction because of symptoms of over-replacement. No serious adverse events were documented. LDN was "
     "associated with a reduction in thyroid autoantibodies; whether this translates into clinical benefit "
     "remains to be determined.",
     dict(conditions=["hashimotos_thyroiditis"], design="cohort_or_retrospective", population="human",
          sample_size=68, dose_class="low", finding="positive"))

case(906000014,
     "Use of low-dose naltrexone among adults with post-COVID-19 condition: a cross-sectional online survey",
     [("BACKGROUND", "Low-dose naltrexone (LDN) has attracted attention as a possible treatment for long COVID, "
                     "but little is known about how patients access and use it."),
      ("METHODS", "An anonymous online questionnaire was distributed through patient support groups between "
                  "January and June 2023. Adults reporting symptoms persisting 12 weeks or more after SARS-CoV-2 "
                  "infection were eligible."),
      ("RESULTS", "Of 1,032 respondents (86% women; median age 44 years), 287 (27.8%) reported having ever used "
                  "LDN. Most had obtained a prescription from a primary care physician (52%) or via telemedicine "
                  "(31%), and the most frequently reported dose was 4.5 mg/day. Respondents who had used LDN more "
                  "often reported post-exertional malaise and had a longer symptom duration than non-users. The "
                  "commonest reasons for stopping were cost and sleep disturbance."),
      ("CONCLUSIONS", "LDN use is common among people with long COVID despite limited evidence, underscoring the "
                      "need for randomized trials.")],
     dict(conditions=["long_covid"], design="cross_sectional_or_survey", population="human", sample_size=1032,
          dose_class="low", finding="descriptive"),
     pub_types=["Journal Article"])

case(906000015,
     "Tolerability of low-dose naltrexone in myalgic encephalomyelitis/chronic fatigue syndrome: a retrospective "
     "review of 218 patients",
     "Low-dose naltrexone (LDN) is prescribed off-label for myalgic encephalomyelitis/chronic fatigue syndrome "
     "(ME/CFS), but data on its tolerability in this population, which is often sensitive to medication, are "
     "scarce. We reviewed the charts of 218 consecutive patients with ME/CFS (Canadian Consensus Criteria) who "
     "started LDN at a specialist clinic between 2016 and 2021. Starting doses were 0.5-1.0 mg, titrated to a "
     "target of 3.0-4.5 mg. Adverse events were recorded in 68 patients (31%), most commonly vivid dreams (14%), "
     "insomnia (11%), headache (6%) and nausea (4%); they were usually mild and transient. Seventeen patients "
     "(8%) discontinued because of adverse events, and no serious adverse events were identified. Slower "
     "titration was associated with fewer discontinuations. LDN appears to be well tolerated in ME/CFS; its "
     "efficacy requires evaluation in controlled trials.",
     dict(conditions=["me_cfs"], design="cohort_or_retrospective", population="human", sample_size=218,
          dose_class="low", finding="safety_only"),
     mesh=["Fatigue Syndrome, Chronic", "Naltrexone", "Retrospective Studies", "Drug-Related Side Effects and "
           "Adverse Reactions"])

case(906000016,
     "Low-dose naltrexone versus amitriptyline in painful diabetic peripheral neuropathy: a randomized, "
     "double-blind, non-inferiority trial",
     [("BACKGROUND", "Tricyclic antidepressants are first-line agents for painful diabetic neuropathy but are "
                     "poorly tolerated, particularly in older adults."),
      ("METHODS", "Adults with type 2 diabetes and painful distal symmetric polyneuropathy (DN4 score of 4 or "
                  "more; mean pain of at least 4/10) were randomized to LDN 2 mg/day or amitriptyline 10 mg/day, "
                  "each doubled after 2 weeks if tolerated (maximum LDN 4 mg; amitriptyline 20 mg), for a total "
                  "of 6 weeks. The primary outcome was change in mean daily pain score; the non-inferiority "
                  "margin was 1.0 point."),
      ("RESULTS", "Sixty-seven patients were randomized (LDN, n = 33; amitriptyline, n = 34). Mean pain "
                  "reduction was 2.6 points with LDN and 2.9 points with amitriptyline (difference 0.3, 95% CI "
                  "-0.4 to 1.0), within the prespecified non-inferiority margin. Somnolence, dry mouth and "
                  "dizziness were less frequent with LDN (any adverse event 18% vs 47%; p = 0.01)."),
      ("CONCLUSIONS", "LDN was non-inferior to amitriptyline for pain relief and better tolerated, and may be an "
                      "alternative for patients unable to take tricyclic antidepressants.")],
     dict(conditions=["diabetic_neuropathy"], design="rct", population="human", sample_size=67,
          dose_class="low", finding="positive"),
     pub_types=["Journal Article", "Randomized Controlled Trial", "Equivalence Trial"])

case(906000017,
     "Low-dose naltrexone for fatigue and dryness in primary Sjogren's syndrome: a 16-week open-label pilot "
     "study",
     "Eighteen women with primary Sjogren's syndrome (2016 ACR/EULAR criteria), aged 34 to 71 years, took "
     "naltrexone 4.5 mg each evening for 16 weeks. The primary endpoint was the change in the total EULAR "
     "Sjogren's Syndrome Patient Reported Index (ESSPRI). Sixteen participants completed the study. ESSPRI "
     "decreased from 6.4 to 5.8, which was not statistically significant (p = 0.19). In contrast, the fatigue "
     "domain improved from 7.3 to 5.6 (p = 0.01), and the PROMIS fatigue T-score fell by 5.1 points. "
     "Unstimulated salivary flow and Schirmer test results were unchanged. Two women withdrew because of "
     "nightmares and agitation. LDN did not significantly reduce overall symptom burden in primary Sjogren's "
     "syndrome, but the improvement in fatigue merits investigation in a randomised trial.",
     dict(conditions=["sjogrens"], design="open_label_single_arm", population="human", sample_size=18,
          dose_class="low", finding="mixed"))

case(906000018,
     "Low-dose naltrexone as adjunctive therapy in systemic lupus erythematosus: a case series",
     [("INTRODUCTION", "Fatigue and musculoskeletal pain persist in many patients with systemic lupus "
                       "erythematosus (SLE) despite control of serological activity."),
      ("CASE DESCRIPTIONS", "We report four women (aged 29-48 years) with SLE on stable hydroxychloroquine 400 "
                            "mg/day, three of whom also took prednisolone 7.5 mg/day or less, who received LDN 4.5 "
                            "mg nightly for persistent arthralgia and fatigue. Within 3 months, three patients "
                            "reported less joint pain and fatigue (FACIT-Fatigue improved by 9, 12 and 14 points), "
                            "allowing prednisolone tapering in two. SLEDAI-2K scores and complement levels remained "
                            "stable. One patient discontinued LDN after 2 weeks because of headache."),
      ("CONCLUSION", "LDN may help to relieve residual pain and fatigue in SLE.")],
     dict(conditions=["sle_lupus"], design="case_series", population="human", sample_size=4, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports"],
     mesh=["Lupus Erythematosus, Systemic", "Naltrexone", "Fatigue", "Arthralgia"])

case(906000019,
     "Low-dose naltrexone for gastrointestinal symptoms in systemic sclerosis: a randomized, placebo-controlled, "
     "crossover pilot trial",
     "Gastrointestinal involvement affects up to 90% of patients with systemic sclerosis (SSc) and contributes "
     "substantially to morbidity. In this double-blind pilot, patients with SSc and moderate-to-severe GI "
     "symptoms (UCLA SCTC GIT 2.0 total score of 0.5 or more) were randomly assigned to receive naltrexone 3 "
     "mg/day or placebo for 6 weeks, followed by a 2-week washout and crossover. Ten patients (nine women; mean "
     "disease duration 8.2 years) were enrolled, and nine completed both periods. The change in GIT 2.0 total "
     "score did not differ between LDN and placebo periods (-0.12 vs -0.09; p = 0.74), nor did the reflux, "
     "distension/bloating or diarrhoea subscales. Pruritus scores were numerically lower during LDN (p = 0.12). "
     "No adverse events led to withdrawal. LDN did not improve GI symptoms in this small crossover study; larger "
     "studies would be required to exclude a modest effect.",
     dict(conditions=["systemic_sclerosis"], design="crossover_rct", population="human", sample_size=10,
          dose_class="low", finding="null"))

case(906000020,
     "Flare of dermatomyositis following initiation of low-dose naltrexone",
     "Low-dose naltrexone (LDN) is increasingly self-sourced by patients with autoimmune disease. We describe a "
     "58-year-old woman with dermatomyositis in remission on mycophenolate mofetil 2 g daily, who began "
     "naltrexone 3 mg at night on the advice of an online forum to treat fatigue. Within 3 weeks she developed a "
     "heliotrope rash, Gottron papules and proximal weakness (MRC sum score 48/60), with creatine kinase rising "
     "from 142 to 3,870 U/L. LDN was discontinued and oral prednisolone 40 mg daily was added; muscle strength "
     "and CK normalized over the next 8 weeks. Although causality cannot be established, clinicians should be "
     "aware that immune activation after LDN initiation may precipitate disease flares.",
     dict(conditions=["dermatomyositis"], design="case_report", population="human", sample_size=1,
          dose_class="low", finding="negative"),
     pub_types=["Case Reports"])

case(906000021,
     "Add-on low-dose naltrexone in moderate plaque psoriasis: a prospective, non-randomized controlled study",
     [("OBJECTIVES", "To evaluate whether adding low-dose naltrexone (LDN) to topical therapy improves "
                     "outcomes in moderate chronic plaque psoriasis."),
      ("METHODS", "Patients with chronic plaque psoriasis (PASI 10-20) who chose to add LDN 4.5 mg daily to "
                  "topical therapy were compared with contemporaneous patients continuing topical therapy alone. "
                  "Allocation was by patient preference."),
      ("RESULTS", "Forty patients were included (LDN group, n = 22; control group, n = 18). At week 16, PASI 75 "
                  "was achieved by 9 of 22 (41%) LDN-treated and 5 of 18 (28%) control patients (p = 0.38). Mean "
                  "itch NRS decreased in both groups, with no significant between-group difference. DLQI improved "
                  "by 4.1 and 3.2 points, respectively (p = 0.52)."),
      ("CONCLUSIONS", "Adding LDN to topical treatment did not significantly increase PASI 75 response in this "
                      "non-randomized study, although the numerically higher response rate may warrant a "
                      "randomized trial.")],
     dict(conditions=["psoriasis"], design="nonrandomized_trial", population="human", sample_size=40,
          dose_class="low", finding="null"))

case(906000022,
     "Very low-dose naltrexone added to methadone taper for inpatient opioid withdrawal: a randomized, "
     "double-blind, placebo-controlled trial",
     "Adding very small doses of an opioid antagonist to an agonist taper has been hypothesized to attenuate the "
     "development of tolerance and withdrawal. We randomly assigned opioid-dependent inpatients undergoing a "
     "6-day methadone taper to naltrexone 0.125 mg/day (very low-dose naltrexone, VLNTX) or placebo. In total, "
     "one hundred and seventy-four patients were randomized; 162 completed detoxification. Peak withdrawal "
     "severity on the Subjective Opiate Withdrawal Scale was significantly lower with VLNTX than with placebo "
     "(mean 17.9 vs 23.6; p = 0.002), and the difference was most pronounced on days 3 and 4. Fewer VLNTX "
     "patients requested adjunctive clonidine (22% vs 39%). VLNTX was not associated with precipitated "
     "withdrawal. Very low-dose naltrexone reduced withdrawal symptoms during methadone-assisted detoxification.",
     dict(conditions=["opioid_use_disorder"], design="rct", population="human", sample_size=174,
          dose_class="very_low", finding="positive"),
     pub_types=["Randomized Controlled Trial"])

case(906000023,
     "Oxycodone combined with ultra-low-dose naltrexone for chronic low back pain: a 12-week randomized, "
     "double-blind, placebo-controlled trial",
     [("BACKGROUND", "Preclinical studies indicate that picomolar to nanomolar concentrations of opioid "
                     "antagonists can enhance opioid analgesia and limit tolerance."),
      ("METHODS", "Adults with moderate-to-severe chronic low back pain were randomized to oxycodone 10 mg plus "
                  "naltrexone 0.0004 mg (0.4 ug) twice daily, oxycodone 10 mg twice daily, or placebo. Oxycodone "
                  "could be titrated to 20 mg twice daily; the naltrexone dose was fixed."),
      ("RESULTS", "A total of 360 patients were randomized (120 per arm). Both active treatments reduced pain "
                  "compared with placebo (p < 0.001). Pain reduction with oxycodone plus ultra-low-dose "
                  "naltrexone was greater than with oxycodone alone (least-squares mean difference -0.6, 95% CI "
                  "-1.1 to -0.1; p = 0.03), and symptoms of physical dependence after abrupt discontinuation "
                  "(Short Opiate Withdrawal Scale) were lower (p = 0.02). Constipation occurred in 29% and 38% of "
                  "patients, respectively."),
      ("CONCLUSIONS", "Adding ultra-low-dose naltrexone to oxycodone modestly enhanced analgesia and reduced "
                      "physical dependence in chronic low back pain.")],
     dict(conditions=["chronic_pain"], design="rct", population="human", sample_size=360,
          dose_class="ultra_low", finding="positive"),
     pub_types=["Journal Article", "Randomized Controlled Trial"],
     mesh=["Low Back Pain", "Chronic Pain", "Oxycodone", "Naltrexone", "Analgesics, Opioid"])

case(906000024,
     "Low-dose naltrexone augmentation for treatment-resistant depression: study protocol for a multicentre, "
     "randomised, double-blind, placebo-controlled trial",
     [("BACKGROUND", "Up to one third of patients with major depressive disorder do not respond to two or more "
                     "antidepressants. Preliminary data suggest that LDN may augment antidepressant response, "
                     "particularly when depression has a prominent inflammatory or anhedonic component."),
      ("METHODS AND ANALYSIS", "We will recruit 196 adults with major depressive disorder who have not responded "
                               "to at least two adequate antidepressant trials. Participants will be randomised 1:1 "
                               "to naltrexone 1 mg/day rising to 4.5 mg/day or matched placebo for 10 weeks in "
                               "addition to their current antidepressant. The primary outcome is change in "
                               "Montgomery-Asberg Depression Rating Scale (MADRS) score at week 10; secondary "
                               "outcomes include anhedonia (SHAPS), response and remission rates, and C-reactive "
                               "protein."),
      ("ETHICS AND DISSEMINATION", "The trial has been approved by the regional research ethics committee. "
                                   "Results will be published in peer-reviewed journals.")],
     dict(conditions=[], design="protocol", population="none", sample_size=None, dose_class="low",
          finding=None),
     pub_types=["Clinical Trial Protocol", "Journal Article"])

case(906000025,
     "Low-dose naltrexone as add-on to methotrexate in rheumatoid arthritis: a retrospective cohort study",
     [("OBJECTIVE", "To compare disease activity in patients with rheumatoid arthritis (RA) who added low-dose "
                    "naltrexone (LDN) to methotrexate with those who continued methotrexate alone."),
      ("METHODS", "We performed a retrospective cohort study using the electronic records of three rheumatology "
                  "departments. Patients with RA receiving methotrexate (median 15 mg/week) between 2012 and 2021 "
                  "who added LDN (3 mg/day) were compared with patients who remained on methotrexate monotherapy, "
                  "using propensity-score weighting."),
      ("RESULTS", "Of 312 eligible patients, 104 added LDN and 208 continued methotrexate alone. After 6 months, "
                  "the mean change in DAS28-CRP was -0.41 in the LDN group and -0.37 in the comparison group "
                  "(weighted difference -0.04, 95% CI -0.29 to 0.21). Patient-reported pain (VAS) and HAQ-DI also "
                  "did not differ, and the proportion requiring escalation to biologic therapy was similar (19% vs "
                  "21%)."),
      ("CONCLUSION", "In this real-world cohort, adding LDN to methotrexate was not associated with improved "
                     "disease activity in RA.")],
     dict(conditions=["rheumatoid_arthritis"], design="cohort_or_retrospective", population="human",
          sample_size=312, dose_class="low", finding="null"))

case(906000026,
     "Low-dose naltrexone use and overall survival in patients with high-grade glioma: a matched cohort study",
     "Opioid growth factor signalling has been proposed as a target in glioma, and some patients with high-grade "
     "glioma self-administer LDN alongside standard chemoradiotherapy. We conducted a matched cohort study at two "
     "neuro-oncology centres. Seventy patients with WHO grade 3 or 4 glioma who reported taking LDN (typically "
     "3-4.5 mg at night) for at least 3 months were matched 1:2 on age, grade, IDH status, MGMT methylation and "
     "extent of resection to 140 patients who had not used LDN. Median overall survival was 17.2 months among "
     "LDN users and 16.5 months among non-users (HR 0.94, 95% CI 0.66-1.34; p = 0.73). Progression-free survival "
     "was also similar. LDN users had no excess of haematological toxicity during temozolomide treatment. LDN "
     "use was not associated with improved survival in high-grade glioma.",
     dict(conditions=["cancer"], design="cohort_or_retrospective", population="human", sample_size=210,
          dose_class="low", finding="null"),
     pub_types=["Journal Article", "Observational Study"])

case(906000027,
     "Topical naltrexone accelerates corneal re-epithelialization in type 1 diabetic rats",
     "Delayed corneal wound healing is a frequent complication of diabetes. Because the opioid growth "
     "factor-opioid growth factor receptor axis inhibits epithelial cell proliferation, we tested whether "
     "blockade of this pathway restores healing. Streptozotocin-induced diabetic Sprague-Dawley rats underwent "
     "4-mm epithelial debridement and received naltrexone 10^-5 M eye drops or vehicle four times daily. "
     "Residual defects were 42% smaller in naltrexone-treated eyes at 40 h than in vehicle-treated diabetic "
     "eyes, and complete closure occurred about 18 h earlier. BrdU labelling revealed increased DNA synthesis in "
     "the limbal epithelium. Corneal sensitivity and tear secretion were unaffected, and no toxicity was "
     "observed on slit-lamp examination. Topical naltrexone may be a therapeutic option for diabetic "
     "keratopathy.",
     dict(conditions=[], design="animal_study", population="animal", sample_size=None, dose_class=None,
          finding="positive"),
     mesh=["Rats, Sprague-Dawley", "Diabetes Mellitus, Experimental", "Wound Healing", "Naltrexone",
           "Epithelium, Corneal"])

case(906000028,
     "Efficacy and safety of naltrexone-bupropion for weight management: a meta-analysis of randomized "
     "controlled trials",
     [("INTRODUCTION", "The fixed-dose combination of naltrexone and bupropion is approved for chronic weight "
                       "management, but estimates of its benefit vary across trials."),
      ("METHODS", "PubMed, Embase and the Cochrane Library were searched up to December 2023 for RCTs of "
                  "extended-release naltrexone 32 mg/bupropion 360 mg daily versus placebo in adults with "
                  "overweight or obesity, lasting at least 24 weeks."),
      ("RESULTS", "Six trials involving 4,512 participants were included. Compared with placebo, "
                  "naltrexone-bupropion produced greater weight loss (mean difference -4.9 kg, 95% CI -5.6 to "
                  "-4.2), and more participants achieved a weight loss of 5% or more (RR 2.47, 95% CI 2.05-2.98). "
                  "Waist circumference, and HbA1c in participants with type 2 diabetes, also improved. Nausea (RR "
                  "3.6), constipation and headache were more frequent, and discontinuation due to adverse events "
                  "was higher with active treatment."),
      ("CONCLUSION", "Naltrexone-bupropion is effective for weight reduction, at the cost of more "
                     "gastrointestinal adverse events.")],
     dict(conditions=[], design="systematic_review_or_meta_analysis", population="none", sample_size=None,
          dose_class="standard", finding="positive"),
     pub_types=["Journal Article", "Meta-Analysis"])

case(906000029,
     "Complementary and off-label therapies among adults with inflammatory bowel disease: a cross-sectional "
     "survey",
     "Patients with IBD frequently use complementary and alternative treatments, often without informing their "
     "gastroenterologist. We invited consecutive outpatients attending two IBD clinics to complete a "
     "self-administered questionnaire on current and past use of complementary and off-label therapies. The "
     "questionnaire was completed by 214 patients (Crohn's disease, n = 131; ulcerative colitis, n = 83; response "
     "rate 71%). Overall, 98 respondents (46%) reported using at least one such therapy in the previous 12 "
     "months, most often probiotics (29%), curcumin (14%) and cannabis (12%). Fifteen patients (7%) had used "
     "low-dose naltrexone, usually prescribed by a non-gastroenterologist. Only 41% of users had disclosed their "
     "use to the IBD team. Younger age and previous surgery were associated with use. Gastroenterologists should "
     "routinely ask about these therapies.",
     dict(conditions=["crohns_disease", "ulcerative_colitis"], design="cross_sectional_or_survey",
          population="human", sample_size=214, dose_class=None, finding="descriptive"))

case(906000030,
     "Naltrexone 25 mg as an adjunct to nicotine patch for smoking cessation and prevention of post-cessation "
     "weight gain: a randomised placebo-controlled trial",
     [("INTRODUCTION", "Concern about weight gain deters many smokers from quitting. Opioid antagonists reduce "
                       "food reward and may blunt post-cessation weight gain."),
      ("METHODS", "Weight-concerned adult smokers received open-label transdermal nicotine (21 mg/24 h, tapered "
                  "over 10 weeks) and were randomised to naltrexone 25 mg/day or placebo for 12 weeks."),
      ("RESULTS", "122 smokers were randomised (naltrexone n = 62, placebo n = 60). Biochemically verified "
                  "continuous abstinence at week 12 was 29% with naltrexone and 25% with placebo (OR 1.22, 95% CI "
                  "0.55-2.72). Among abstainers, weight gain was significantly smaller with naltrexone (1.1 vs 2.9 "
                  "kg; p = 0.01). Nausea led to discontinuation in four naltrexone recipients."),
      ("CONCLUSIONS", "Naltrexone did not improve quit rates but attenuated post-cessation weight gain.")],
     dict(conditions=[], design="rct", population="human", sample_size=122, dose_class="standard",
          finding="mixed"),
     pub_types=["Randomized Controlled Trial"])
