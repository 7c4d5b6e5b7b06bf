"""SECOND INDEPENDENT held-out set: SYNTHETIC abstracts (describing no real study; fake PMIDs 907000001+),
written by a separate session from the issue's tag definitions only, without seeing the tagger's rules or
README. Used only to measure accuracy (benchmarks/tag_accuracy.py); no test asserts them."""

from __future__ import annotations

from functools import partial

from tagging_heldout import case as _case

INDEPENDENT2: list = []
case = partial(_case, into=INDEPENDENT2)


# 1 -- parallel RCT, fibromyalgia, per-arm counts, pain improved but fatigue not
case(907000001,
     "Low-dose naltrexone versus placebo for widespread pain in women with fibromyalgia: a 12-week randomized, double-blind trial",
     [("BACKGROUND", "Fibromyalgia (FM) is characterised by chronic widespread pain, fatigue and unrefreshing sleep. "
                     "Preliminary data suggest that low-dose naltrexone (LDN) may attenuate glial activation."),
      ("METHODS", "Between 2019 and 2021, women aged 18 to 65 years meeting the 2016 diagnostic criteria were screened "
                  "(n = 58) and randomly assigned to LDN 4.5 mg once nightly (n = 14) or identical placebo (n = 16) for "
                  "12 weeks. The primary outcome was change in average daily pain intensity on a 0-10 numerical rating "
                  "scale; secondary outcomes included fatigue (MFI-20), sleep quality and the FIQR total score."),
      ("RESULTS", "Mean age was 47.2 years. Compared with placebo, LDN reduced average pain by 1.4 points (95% CI 0.3 to "
                  "2.5; p = 0.02), and 43% of the LDN group versus 13% of the placebo group reported a reduction of at "
                  "least 30%. Fatigue, sleep quality and FIQR scores did not differ between groups. Vivid dreams were "
                  "more frequent with LDN; no serious adverse events occurred."),
      ("CONCLUSIONS", "LDN modestly reduced pain but had no detectable effect on fatigue or overall function. Larger "
                      "trials are warranted.")],
     dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=30, dose_class="low",
          finding="positive"),  # relabelled: issue 8 - the primary outcome (pain, positive) decides
     pub_types=["Journal Article", "Randomized Controlled Trial"], mesh=["Fibromyalgia", "Naltrexone", "Humans", "Female"])

# 2 -- crossover RCT, RRMS, null
case(907000002,
     "Quality of life during low-dose naltrexone and placebo in relapsing-remitting multiple sclerosis: a double-blind crossover study",
     "Patients with relapsing-remitting MS (RRMS) frequently report that low dose naltrexone improves wellbeing, yet "
     "controlled evidence is sparse. We performed a single-centre, double-blind, placebo-controlled crossover trial in "
     "which 32 participants with RRMS (EDSS 0-6.0) received naltrexone 4.5 mg/day and matching placebo for eight weeks "
     "each, separated by a two-week washout, in random order. The primary endpoint was the mental health component of the "
     "MSQOL-54. Twenty-eight participants completed both periods. There was no significant difference between treatment "
     "periods in the mental or physical health composite scores (mean difference 1.9 and 0.7 points; p = 0.31 and p = 0.74), "
     "nor in fatigue, depression or pain scales. Adverse events were mild and similar between periods. In this crossover "
     "trial, LDN did not improve self-reported quality of life in RRMS over eight weeks.",
     dict(conditions=["multiple_sclerosis"], design="crossover_rct", population="human", sample_size=32,
          dose_class="low", finding="null"),
     pub_types=["Journal Article", "Randomized Controlled Trial"])

# 3 -- open-label single-arm pilot, Crohn's disease, size in words
case(907000003,
     "An open-label pilot study of nightly naltrexone 4.5 mg in adults with active Crohn's disease",
     [("AIMS", "To explore whether low-dose naltrexone is feasible and associated with clinical improvement in patients "
               "with mildly to moderately active Crohn's disease (CD) not responding to conventional therapy."),
      ("METHODS", "Twelve adults with a Crohn's Disease Activity Index (CDAI) between 220 and 400 were enrolled and "
                  "received oral naltrexone 4.5 mg each evening for 12 weeks in addition to stable background therapy. "
                  "CDAI, faecal calprotectin and IBDQ scores were recorded at baseline, week 4 and week 12."),
      ("RESULTS", "Eleven patients completed the study. Mean CDAI fell from 312 at baseline to 196 at week 12 (p < 0.001); "
                  "seven patients (58%) achieved a response of at least 70 points and five reached remission. Median "
                  "calprotectin declined from 640 to 310 ug/g. Sleep disturbance was the most common side effect."),
      ("CONCLUSIONS", "In this small uncontrolled study, LDN was associated with improvement in disease activity in "
                      "Crohn's disease. A placebo-controlled trial is justified.")],
     dict(conditions=["crohns_disease"], design="open_label_single_arm", population="human", sample_size=12,
          dose_class="low", finding="positive"),
     mesh=["Crohn Disease", "Naltrexone", "Adult"])

# 4 -- retrospective chart review, lichen planopilaris (not an issue condition)
case(907000004,
     "Low-dose naltrexone in lichen planopilaris: a retrospective review from a tertiary hair clinic",
     "Lichen planopilaris (LPP) is a primary lymphocytic cicatricial alopecia for which treatment options are limited. We "
     "retrospectively reviewed the records of all patients with biopsy-confirmed LPP who were prescribed naltrexone 3 mg "
     "daily at our clinic from 2016 to 2022. Sixty-one patients (54 women; median age 56 years) were included, with a "
     "median follow-up of 11 months. Most had previously received topical corticosteroids, hydroxychloroquine or "
     "doxycycline. At last follow-up, 41 patients (67%) had a reduction in the LPP activity index, and the mean index "
     "decreased from 4.8 to 2.6 (p < 0.001). Pruritus and burning improved in the majority. Four patients stopped "
     "treatment because of insomnia or headache. LDN appears to be a useful, well-tolerated adjunct for LPP.",
     dict(conditions=[], design="cohort_or_retrospective", population="human", sample_size=61, dose_class="low",
          finding="positive"))

# 5 -- case report, CRPS
case(907000005,
     "Resolution of allodynia and oedema with low-dose naltrexone in upper-limb complex regional pain syndrome",
     [("INTRODUCTION", "Complex regional pain syndrome (CRPS) is a disabling disorder with few effective treatments."),
      ("CASE PRESENTATION", "A 34-year-old woman developed CRPS type I of the right hand after a distal radius fracture. "
                            "Despite gabapentin, physiotherapy, a course of oral prednisolone and two stellate ganglion "
                            "blocks, her pain remained 8/10 with marked allodynia, oedema and colour change. Naltrexone was "
                            "started at 1.5 mg and increased to 4.5 mg nightly. Over the following three months her pain "
                            "decreased to 3/10, oedema resolved and she returned to part-time work."),
      ("DISCUSSION", "This case adds to reports suggesting that LDN may benefit some patients with refractory CRPS.")],
     dict(conditions=["crps"], design="case_report", population="human", sample_size=1, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports", "Journal Article"])

# 6 -- mouse EAE study (MS model), per-kg dose
case(907000006,
     "Intermittent opioid receptor blockade attenuates experimental autoimmune encephalomyelitis in C57BL/6 mice",
     "Experimental autoimmune encephalomyelitis (EAE) is a widely used model of multiple sclerosis. We examined whether "
     "a low dosage of naltrexone, producing a short daily blockade of opioid receptors, alters the course of MOG35-55 "
     "induced EAE. Female mice received naltrexone 0.1 mg/kg or saline intraperitoneally each day from the time of "
     "immunisation. Naltrexone-treated animals showed a delayed onset and a 40% lower cumulative clinical score, reduced "
     "demyelination in the lumbar spinal cord and fewer infiltrating CD3+ T cells. Serum met-enkephalin concentrations "
     "were increased. These data support further investigation of the opioid growth factor axis as a therapeutic target "
     "in MS.",
     dict(conditions=["multiple_sclerosis"], design="animal_study", population="animal", sample_size=None,
          dose_class=None, finding="positive"),
     mesh=["Animals", "Mice", "Encephalomyelitis, Autoimmune, Experimental", "Naltrexone"])

# 7 -- in vitro, ovarian cancer cells, concentrations
case(907000007,
     "Short-term naltrexone exposure inhibits proliferation of human ovarian cancer cell lines through the OGF-OGFr axis",
     "The opioid growth factor (OGF) and its receptor (OGFr) form a tonically active inhibitory pathway in many "
     "neoplasms. We exposed SKOV-3 and OVCAR-3 cells to naltrexone at 10(-6) M for 4 hours per day (intermittent "
     "blockade) or continuously for 72 hours. Intermittent exposure reduced cell number by 28% and 33% relative to "
     "vehicle and upregulated OGFr and p21 expression, whereas continuous exposure had no significant effect. Knockdown "
     "of OGFr with siRNA abolished the antiproliferative effect. Brief opioid receptor blockade thus suppresses ovarian "
     "cancer cell growth in vitro, providing a rationale for low-dose regimens.",
     dict(conditions=["cancer"], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="positive"),
     mesh=["Ovarian Neoplasms", "Cell Line, Tumor", "Cell Proliferation", "Naltrexone"])

# 8 -- meta-analysis, gambling disorder (not an issue condition), standard doses
case(907000008,
     "Opioid antagonists for gambling disorder: a systematic review and meta-analysis of randomized trials",
     [("BACKGROUND", "Opioid antagonists have been proposed for gambling disorder, but trial results are inconsistent."),
      ("METHODS", "We searched four bibliographic databases and trial registries to March 2023 for randomized "
                  "placebo-controlled trials of naltrexone (50-250 mg/day) or nalmefene in adults with gambling disorder. "
                  "Two reviewers extracted data independently; risk of bias was assessed with RoB 2 and certainty with GRADE."),
      ("RESULTS", "Seven trials with 618 participants were included. Opioid antagonists reduced gambling symptom "
                  "severity compared with placebo (SMD -0.31, 95% CI -0.52 to -0.10; I2 = 38%). Discontinuation due to "
                  "adverse events was more common with active treatment (RR 1.9). Certainty of evidence was low."),
      ("CONCLUSIONS", "Opioid antagonists may produce a small improvement in gambling disorder, although high-quality "
                      "trials are needed.")],
     dict(conditions=[], design="systematic_review_or_meta_analysis", population="none", sample_size=None,
          dose_class="standard", finding="positive"),
     pub_types=["Journal Article", "Systematic Review", "Meta-Analysis"])

# 9 -- narrative review, long COVID and ME/CFS
case(907000009,
     "Low-dose naltrexone in post-COVID-19 condition and myalgic encephalomyelitis/chronic fatigue syndrome: mechanisms and emerging evidence",
     "Post-COVID-19 condition (long COVID) and myalgic encephalomyelitis/chronic fatigue syndrome (ME/CFS) share "
     "overlapping features, including post-exertional malaise, cognitive dysfunction and pain, and a possible role for "
     "neuroinflammation and impaired TRPM3 ion channel function. In this review we summarise the pharmacology of "
     "naltrexone at doses of 1.5 to 4.5 mg, its putative antagonism of toll-like receptor 4 on microglia, and the "
     "transient opioid blockade hypothesis. We then discuss the available observational data, case series and ongoing "
     "trials in both conditions, highlight methodological weaknesses, and propose outcome measures for future studies. "
     "Although LDN is inexpensive and generally well tolerated, robust randomized evidence is still lacking.",
     dict(conditions=["long_covid", "me_cfs"], design="narrative_review", population="none", sample_size=None,
          dose_class="low", finding="descriptive"),
     pub_types=["Journal Article", "Review"])

# 10 -- trial protocol, long COVID
case(907000010,
     "Naltrexone 4.5 mg for fatigue in long COVID: protocol for a multicentre, randomised, double-blind, placebo-controlled trial",
     [("INTRODUCTION", "Fatigue is the most common persistent symptom after SARS-CoV-2 infection, and no treatment has "
                       "proven efficacy. Uncontrolled reports suggest benefit from low-dose naltrexone."),
      ("METHODS AND ANALYSIS", "This is a parallel-group trial in which 160 adults with post-COVID-19 condition and "
                               "moderate to severe fatigue (Chalder Fatigue Scale >= 4) at least 12 weeks after infection "
                               "will be randomised 1:1 to naltrexone titrated to 4.5 mg daily or placebo for 16 weeks. "
                               "The primary outcome is change in the FACIT-Fatigue score at week 16. Secondary outcomes "
                               "include post-exertional malaise, cognition, health-related quality of life and safety."),
      ("ETHICS AND DISSEMINATION", "The trial has been approved by the regional ethics committee. Results will be "
                                   "published in peer-reviewed journals.")],
     dict(conditions=["long_covid"], design="protocol", population="human", sample_size=None, dose_class="low",
          finding=None),
     pub_types=["Clinical Trial Protocol", "Journal Article"])

# 11 -- erratum notice
case(907000011,
     "Erratum to: Naltrexone for uraemic pruritus in haemodialysis patients",
     "In the original version of this article, the affiliation of the third author was listed incorrectly, and the "
     "titles of Table 2 and Table 3 were interchanged. The correct affiliation and table titles are given below. The "
     "authors apologise for these errors, which do not affect the results or conclusions of the article.",
     dict(conditions=[], design="other", population="none", sample_size=None, dose_class=None, finding=None),
     pub_types=["Published Erratum"])

# 12 -- standard-dose alcohol RCT, null primary
case(907000012,
     "Oral naltrexone 50 mg daily combined with brief counselling in primary care patients with alcohol dependence: a randomized placebo-controlled trial",
     [("AIMS", "To test whether naltrexone added to brief counselling reduces heavy drinking among alcohol-dependent "
               "patients treated in general practice."),
      ("DESIGN", "Double-blind, placebo-controlled, randomized trial with 24 weeks of treatment."),
      ("SETTING AND PARTICIPANTS", "Fourteen general practices; 122 adults meeting DSM-IV criteria for alcohol dependence "
                                   "were randomized (naltrexone n = 62; placebo n = 60)."),
      ("MEASUREMENTS", "Primary outcome was percentage of heavy drinking days (timeline follow-back) over weeks 1-24; "
                       "secondary outcomes were time to first heavy drinking day, gamma-glutamyl transferase and craving."),
      ("FINDINGS", "Percentage of heavy drinking days fell in both groups (from 58% to 27% with naltrexone and from 60% "
                   "to 30% with placebo), with no significant between-group difference (p = 0.61). Secondary outcomes "
                   "also did not differ. Nausea was reported by 21% of participants receiving naltrexone."),
      ("CONCLUSIONS", "In this primary care population, naltrexone did not provide additional benefit over placebo when "
                      "combined with brief counselling.")],
     dict(conditions=["alcohol_use_disorder"], design="rct", population="human", sample_size=122,
          dose_class="standard", finding="null"),
     pub_types=["Journal Article", "Randomized Controlled Trial", "Multicenter Study"],
     mesh=["Alcoholism", "Naltrexone", "Narcotic Antagonists", "Primary Health Care"])

# 13 -- register study, opioid use disorder, benefit plus harm
case(907000013,
     "Relapse-related hospitalisation and overdose during and after oral naltrexone treatment for opioid use disorder: a nationwide register study",
     "Oral naltrexone is used as relapse prevention after detoxification, but concerns remain regarding overdose risk "
     "after treatment ends. Using linked national prescription, hospital and cause-of-death registers, we identified "
     "2,318 individuals with opioid use disorder who filled at least one prescription for naltrexone 50 mg tablets "
     "between 2008 and 2019. Using a within-individual design, periods on treatment were compared with periods off "
     "treatment. Naltrexone periods were associated with a lower rate of hospitalisation for opioid-related causes "
     "(adjusted HR 0.62, 95% CI 0.51-0.76). However, the rate of non-fatal and fatal overdose was markedly increased in "
     "the first 30 days after discontinuation (adjusted HR 2.4, 95% CI 1.6-3.7). Naltrexone protects against relapse "
     "while used, but the period after cessation carries elevated overdose risk and warrants naloxone provision.",
     dict(conditions=["opioid_use_disorder"], design="cohort_or_retrospective", population="human", sample_size=2318,
          dose_class="standard", finding="mixed"))

# 14 -- case series, Hailey-Hailey disease (not an issue condition)
case(907000014,
     "Low-dose naltrexone for familial benign chronic pemphigus: three cases",
     "Hailey-Hailey disease is a rare autosomal dominant genodermatosis causing painful erosions in flexural sites. We "
     "describe three patients (two men and one woman, aged 41, 52 and 63 years) with long-standing disease refractory to "
     "topical corticosteroids, antibiotics and, in one case, botulinum toxin, who were treated with naltrexone 2.5 mg "
     "increased to 4.5 mg daily. Two patients had near-complete clearance of lesions within two months, and the third "
     "had partial improvement with less pain and malodour. One patient reported transient insomnia. Relapse occurred in "
     "one patient after stopping treatment and responded to reintroduction.",
     dict(conditions=[], design="case_series", population="human", sample_size=3, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports", "Journal Article"])

# 15 -- cross-sectional survey, ME/CFS, descriptive
case(907000015,
     "Off-label medication use among people with ME/CFS: an online cross-sectional survey",
     "Few licensed treatments exist for myalgic encephalomyelitis/chronic fatigue syndrome, and patients frequently use "
     "off-label drugs. We invited 1,050 members of a national patient association to complete an anonymous online "
     "questionnaire on current and past medication use, source of prescription and perceived effects; 287 adults with a "
     "physician diagnosis of ME/CFS responded (median age 44 years, 81% female, median illness duration 9 years). "
     "Antidepressants (46%), melatonin (38%) and antihistamines (29%) were the most commonly used drugs; 18% had ever "
     "used low-dose naltrexone, usually obtained from a compounding pharmacy via a private physician. Off-label use was "
     "more frequent among respondents with severe illness and those with higher household income. These findings "
     "describe current prescribing patterns and highlight the need for trials of commonly used agents.",
     dict(conditions=["me_cfs"], design="cross_sectional_or_survey", population="human", sample_size=287,
          dose_class=None, finding="descriptive"))

# 16 -- rat model of diabetic neuropathy
case(907000016,
     "Naltrexone reverses mechanical allodynia and spinal microglial activation in streptozotocin-diabetic rats",
     [("BACKGROUND", "Painful diabetic peripheral neuropathy (DPN) involves spinal neuroinflammation mediated in part by "
                     "toll-like receptor 4."),
      ("METHODS", "Male Sprague-Dawley rats were rendered diabetic with a single injection of streptozotocin (60 mg/kg). "
                  "From week 3, animals received naltrexone 0.1 or 1 mg/kg subcutaneously once daily or vehicle for 14 "
                  "days. Paw withdrawal thresholds were measured with von Frey filaments, and spinal cords were analysed "
                  "for Iba-1, TLR4 and IL-1beta."),
      ("RESULTS", "Both doses increased withdrawal thresholds compared with vehicle, and the lower dose was at least as "
                  "effective. Naltrexone reduced Iba-1 immunoreactivity and IL-1beta expression in the dorsal horn; blood "
                  "glucose was unaffected."),
      ("CONCLUSIONS", "Naltrexone alleviates neuropathic pain behaviour in diabetic rats, possibly through inhibition of "
                      "microglial TLR4 signalling.")],
     dict(conditions=["diabetic_neuropathy"], design="animal_study", population="animal", sample_size=None,
          dose_class=None, finding="positive"),
     mesh=["Animals", "Rats, Sprague-Dawley", "Diabetic Neuropathies", "Hyperalgesia", "Microglia"])

# 17 -- open-label pilot, systemic sclerosis, enrolled 11 / completed 9
case(907000017,
     "Pruritus and gastrointestinal symptoms in systemic sclerosis treated with low-dose naltrexone: an open-label pilot study",
     [("OBJECTIVE", "Pruritus and gastrointestinal (GI) involvement cause substantial morbidity in systemic sclerosis "
                    "(SSc). We evaluated LDN for these symptoms."),
      ("PATIENTS AND METHODS", "Eleven patients with SSc and moderate pruritus or GI symptoms were enrolled. Naltrexone was "
                               "started at 1.5 mg and titrated to 4.5 mg nightly and continued for 16 weeks. Outcomes "
                               "were the 5-D itch scale, the UCLA SCTC GIT 2.0 total score and modified Rodnan skin score."),
      ("RESULTS", "Nine patients completed treatment. The 5-D itch score improved from 16.1 to 10.4 (p = 0.01) and GIT "
                  "2.0 total score from 1.12 to 0.71 (p = 0.02), with the greatest change in the reflux and distension "
                  "domains. Adverse events were mild."),
      ("CONCLUSIONS", "LDN was associated with improvement in pruritus and GI symptoms in SSc and merits controlled study.")],
     dict(conditions=["systemic_sclerosis"], design="open_label_single_arm", population="human", sample_size=11,
          dose_class="low", finding="positive"),
     pub_types=["Journal Article"])

# 18 -- nonrandomized controlled trial, UC, worse with LDN
case(907000018,
     "Adding low-dose naltrexone to mesalazine in mild-to-moderate ulcerative colitis: a prospective non-randomised controlled study",
     "We conducted a prospective controlled study in which patients with mildly to moderately active ulcerative colitis "
     "(UC) on stable mesalazine chose, according to preference, to receive add-on naltrexone 4.5 mg daily (n = 22) or "
     "to continue mesalazine alone (n = 20) for 12 weeks. The primary end point was clinical remission (partial Mayo "
     "score <= 2 with no subscore > 1). At week 12, remission was achieved in 4 of 22 patients (18%) receiving LDN and "
     "in 8 of 20 (40%) controls (p = 0.04 after adjustment for baseline score). Endoscopic improvement and changes in "
     "C-reactive protein were also less favourable in the LDN group, and two patients in this group required "
     "corticosteroids for worsening disease. These results do not support the use of add-on LDN in UC.",
     dict(conditions=["ulcerative_colitis"], design="nonrandomized_trial", population="human", sample_size=42,
          dose_class="low", finding="negative"))

# 19 -- RCT, diabetic neuropathy, mixed
case(907000019,
     "Low-dose naltrexone for painful diabetic peripheral neuropathy: a randomised, placebo-controlled, parallel-group trial",
     "Painful diabetic neuropathy often responds inadequately to first-line drugs. In this double-blind trial, sixty-two "
     "adults with type 2 diabetes and painful DPN for at least six months (mean age 61 years; mean HbA1c 7.9%) were "
     "randomised to naltrexone 2 mg daily, increased to 4 mg after two weeks, or to placebo, for 12 weeks. The primary "
     "outcome, change in mean daily pain score, did not differ significantly between groups (-1.3 vs -0.9; difference "
     "-0.4, 95% CI -1.2 to 0.4). In contrast, LDN improved pain-related sleep interference (p = 0.03) and the Patient "
     "Global Impression of Change (p = 0.04). Adverse events were similar. LDN did not reduce pain intensity more than "
     "placebo, although secondary outcomes favoured active treatment.",
     dict(conditions=["diabetic_neuropathy"], design="rct", population="human", sample_size=62, dose_class="low",
          finding="mixed"))

# 20 -- case report, dermatomyositis
case(907000020,
     "Refractory pruritus in dermatomyositis responding to low-dose naltrexone",
     "Pruritus is common and often severe in dermatomyositis (DM) and may persist despite control of muscle disease. We "
     "report a 58-year-old man with anti-TIF1-gamma antibody-positive dermatomyositis, without underlying malignancy "
     "on extensive screening, whose intractable itch (NRS 9/10) persisted despite methotrexate, hydroxychloroquine, "
     "intravenous immunoglobulin and antihistamines. Naltrexone 1.5 mg nightly was added and increased to 4.5 mg after "
     "four weeks. Within two months the itch score fell to 2/10 and sleep improved; the cutaneous disease activity score "
     "(CDASI) decreased from 28 to 15. The response was sustained at nine months. LDN may be a safe option for pruritus "
     "in DM.",
     dict(conditions=["dermatomyositis"], design="case_report", population="human", sample_size=1, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports"])

# 21 -- register cohort, RA, before/after, no dose
case(907000021,
     "Dispensing of disease-modifying and analgesic drugs before and after starting low-dose naltrexone in rheumatoid arthritis: a prescription register study",
     [("OBJECTIVES", "To examine whether initiation of LDN in patients with rheumatoid arthritis (RA) is followed by "
                     "changes in the use of other medications."),
      ("METHODS", "Using a national prescription database, we identified all patients with a recorded diagnosis of RA "
                  "who were dispensed LDN between 2013 and 2020 (n = 1,247). Dispensing of conventional synthetic and "
                  "biological DMARDs, NSAIDs, glucocorticoids and opioids was compared in the 12 months before and "
                  "after the first LDN prescription."),
      ("RESULTS", "After starting LDN, the proportion of patients dispensed NSAIDs fell from 49% to 38%, glucocorticoids "
                  "from 31% to 24% and opioids from 22% to 17% (all p < 0.01). Use of DMARDs was largely unchanged. "
                  "Reductions persisted among patients who continued LDN for at least one year."),
      ("CONCLUSIONS", "Initiation of LDN in RA was associated with reduced use of analgesics and glucocorticoids. "
                      "Randomized trials should determine whether this reflects a treatment effect.")],
     dict(conditions=["rheumatoid_arthritis"], design="cohort_or_retrospective", population="human",
          sample_size=1247, dose_class=None, finding="positive"),
     mesh=["Arthritis, Rheumatoid", "Naltrexone", "Registries", "Drug Prescriptions"])

# 22 -- in vitro microglia, no issue condition
case(907000022,
     "Naltrexone and its stereoisomer dampen lipopolysaccharide-induced cytokine release in human microglial cells",
     "Naltrexone has been proposed to exert anti-inflammatory effects through antagonism of toll-like receptor 4 "
     "independently of classical opioid receptors. HMC3 human microglial cells were pre-treated with (-)-naltrexone or "
     "(+)-naltrexone (0.1-10 uM) for 1 h and then stimulated with lipopolysaccharide. Both isomers concentration-"
     "dependently reduced TNF-alpha, IL-6 and nitric oxide release and suppressed NF-kB nuclear translocation, with "
     "maximal inhibition of about 50% at 10 uM. Cell viability was not affected. These findings support a non-opioid, "
     "TLR4-mediated mechanism for the anti-inflammatory actions of naltrexone.",
     dict(conditions=[], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="positive"),
     pub_types=["Journal Article"])

# 23 -- open-label safety study, SLE
case(907000023,
     "Safety and tolerability of low-dose naltrexone in systemic lupus erythematosus: a phase 1 open-label study",
     "Patients with systemic lupus erythematosus (SLE) increasingly ask about low-dose naltrexone, but safety data in "
     "this population are lacking, particularly regarding interactions with immunosuppressants. Fifteen adults with SLE "
     "(SLEDAI-2K <= 10) on stable background therapy received naltrexone 4.5 mg at bedtime for 12 weeks. The primary "
     "objective was safety. Thirteen patients completed the study. Twenty-one adverse events were recorded, all grade 1 "
     "or 2, most commonly vivid dreams (n = 5), headache (n = 3) and nausea (n = 2). No serious adverse events, lupus "
     "flares requiring treatment escalation or clinically relevant laboratory abnormalities occurred. LDN was well "
     "tolerated in patients with SLE; efficacy should be evaluated in a randomized trial.",
     dict(conditions=["sle_lupus"], design="open_label_single_arm", population="human", sample_size=15,
          dose_class="low", finding="safety_only"))

# 24 -- RCT, very-low-dose naltrexone during methadone taper
case(907000024,
     "Very-low-dose naltrexone added to methadone taper to reduce withdrawal in opioid-dependent inpatients: a randomized, double-blind trial",
     [("BACKGROUND", "Very low doses of opioid antagonists may attenuate physical dependence during opioid detoxification."),
      ("METHODS", "Eighty-four inpatients with opioid use disorder undergoing a 6-day methadone taper (starting dose 30 "
                  "mg) were randomized to naltrexone 0.25 mg twice daily (n = 43) or placebo (n = 41). Withdrawal was "
                  "assessed three times daily with the Short Opiate Withdrawal Scale."),
      ("RESULTS", "Participants receiving naltrexone had lower mean withdrawal scores over the taper (8.1 vs 11.6; p = "
                  "0.002) and during the 3 days after the last methadone dose. Completion of detoxification was 79% vs "
                  "61% (p = 0.07). No precipitated withdrawal was observed."),
      ("CONCLUSIONS", "Adding very-low-dose naltrexone to a methadone taper reduced withdrawal severity and was safe.")],
     dict(conditions=["opioid_use_disorder"], design="rct", population="human", sample_size=84, dose_class="very_low",
          finding="positive"),
     pub_types=["Journal Article", "Randomized Controlled Trial"])

# 25 -- 3-arm RCT, ultra-low naltrexone with oxycodone, chronic low back pain, null
case(907000025,
     "Oxycodone with ultra-low-dose naltrexone versus oxycodone alone in chronic low back pain: a 12-week randomized controlled trial",
     [("IMPORTANCE", "Combining opioids with ultra-low doses of an opioid antagonist has been proposed to enhance "
                     "analgesia and reduce tolerance."),
      ("DESIGN, SETTING, AND PARTICIPANTS", "Multicentre, double-blind trial enrolling 360 adults with moderate to severe "
                                            "chronic low back pain of at least 6 months' duration, randomized equally to "
                                            "three arms."),
      ("INTERVENTIONS", "Oxycodone 10 mg twice daily plus naltrexone 0.25 ug twice daily, oxycodone 10 mg twice daily "
                        "alone, or placebo."),
      ("MAIN OUTCOMES AND MEASURES", "Change in average pain intensity from baseline to week 12; secondary outcomes "
                                     "were constipation, withdrawal symptoms and dose escalation requests."),
      ("RESULTS", "Both oxycodone arms reduced pain relative to placebo, but the addition of naltrexone did not improve "
                  "analgesia compared with oxycodone alone (difference 0.1 points; 95% CI -0.4 to 0.6), nor did it reduce "
                  "constipation or requests for dose escalation."),
      ("CONCLUSIONS AND RELEVANCE", "Ultra-low-dose naltrexone provided no additional benefit when added to oxycodone "
                                    "for chronic low back pain.")],
     dict(conditions=["chronic_pain"], design="rct", population="human", sample_size=360, dose_class="ultra_low",
          finding="null"),
     mesh=["Low Back Pain", "Chronic Pain", "Oxycodone", "Naltrexone", "Analgesics, Opioid"])

# 26 -- retrospective cohort, naltrexone-bupropion for obesity (not an issue condition)
case(907000026,
     "Real-world weight loss with extended-release naltrexone/bupropion: a retrospective cohort from an academic obesity clinic",
     "Randomized trials of naltrexone/bupropion show modest weight loss, but real-world data are limited. We reviewed "
     "electronic health records of 418 adults with obesity (BMI >= 30 kg/m2) or overweight with comorbidity who were "
     "prescribed naltrexone/bupropion ER titrated to the maintenance dose of 32 mg/360 mg daily between 2017 and 2022. "
     "Mean baseline weight was 112.4 kg. At 6 and 12 months, mean weight change was -5.6% and -6.9%, respectively, "
     "and 44% of patients persisting to 12 months had lost at least 5% of baseline weight. Nausea and constipation were "
     "the main reasons for discontinuation, which occurred in 37% by one year. Naltrexone/bupropion produced clinically "
     "meaningful weight loss in routine practice.",
     dict(conditions=[], design="cohort_or_retrospective", population="human", sample_size=418,
          dose_class="standard", finding="positive"))

# 27 -- narrative review, opioid antagonists for cholestatic pruritus
case(907000027,
     "Opioid antagonists in the management of cholestatic pruritus: a clinical review",
     "Pruritus is a distressing symptom of cholestatic liver diseases such as primary biliary cholangitis and primary "
     "sclerosing cholangitis. Increased central opioidergic tone has been implicated in its pathogenesis. This review "
     "summarises the evidence for oral naltrexone, nalmefene and intravenous naloxone in cholestatic itch, discusses the "
     "opioid withdrawal-like reaction that can occur at treatment initiation and strategies to avoid it, and places "
     "opioid antagonists within current treatment algorithms alongside bile acid sequestrants, rifampicin, sertraline "
     "and newer IBAT inhibitors. Practical recommendations for dose titration and monitoring are provided.",
     dict(conditions=[], design="narrative_review", population="none", sample_size=None, dose_class=None,
          finding="descriptive"),
     pub_types=["Journal Article", "Review"])

# 28 -- cross-sectional, Hashimoto's, users vs matched non-users, null
case(907000028,
     "Thyroid autoantibodies and levothyroxine requirements in patients with Hashimoto's thyroiditis taking low-dose naltrexone: a cross-sectional comparison",
     "Low-dose naltrexone is widely promoted online for autoimmune thyroiditis. In a cross-sectional study at two "
     "endocrinology outpatient clinics, we compared 46 patients with Hashimoto's thyroiditis who had taken LDN for at "
     "least 6 months (median dose 3.0 mg, range 1.5-4.5 mg) with 52 age- and sex-matched patients with Hashimoto's "
     "thyroiditis who had never used LDN. Thyroid peroxidase antibody titres (median 412 vs 455 IU/mL; p = 0.58), "
     "thyroglobulin antibodies, weight-adjusted levothyroxine dose and thyroid-related quality of life (ThyPRO) did not "
     "differ between groups. LDN use was not associated with lower thyroid autoimmunity or treatment requirements.",
     dict(conditions=["hashimotos_thyroiditis"], design="cross_sectional_or_survey", population="human",
          sample_size=98, dose_class="low", finding="null"),
     mesh=["Hashimoto Disease", "Naltrexone", "Autoantibodies", "Cross-Sectional Studies"])

# 29 -- mouse wound healing with topical naltrexone (not an issue condition)
case(907000029,
     "Topical naltrexone accelerates full-thickness wound closure in type 1 diabetic mice",
     [("BACKGROUND", "Impaired wound healing is a serious complication of diabetes. Blockade of the OGF-OGFr axis "
                     "stimulates cell replication."),
      ("METHODS", "Full-thickness excisional wounds were made on the dorsum of streptozotocin-diabetic and "
                  "normoglycaemic mice and treated three times daily with 10(-5) M naltrexone in a cream base or vehicle "
                  "for 15 days."),
      ("RESULTS", "Naltrexone-treated diabetic wounds closed faster than vehicle-treated wounds (residual area 12% vs "
                  "31% on day 10; p < 0.01), with increased DNA synthesis, angiogenesis and collagen formation. No effect "
                  "was seen on blood glucose."),
      ("CONCLUSIONS", "Topical naltrexone reverses delayed wound healing in diabetic mice.")],
     dict(conditions=[], design="animal_study", population="animal", sample_size=None, dose_class=None,
          finding="positive"),
     pub_types=["Journal Article"], mesh=["Animals", "Mice", "Wound Healing", "Diabetes Mellitus, Experimental"])

# 30 -- pilot RCT, Sjogren's, null
case(907000030,
     "Low-dose naltrexone for fatigue in primary Sjogren's syndrome: a randomised placebo-controlled pilot trial",
     [("BACKGROUND", "Fatigue affects most patients with primary Sjogren's syndrome (pSS) and lacks effective treatment."),
      ("METHODS", "Twenty-four patients with pSS fulfilling the 2016 ACR/EULAR criteria and a fatigue VAS of at least "
                  "50 mm were randomised 1:1 to naltrexone 4.5 mg daily or placebo for 10 weeks. The primary outcome was "
                  "the change in the fatigue domain of the ESSPRI; secondary outcomes included dryness, pain and the "
                  "ESSDAI."),
      ("RESULTS", "Twenty-two patients completed the trial. Fatigue decreased by 0.9 points with LDN and 0.7 points "
                  "with placebo (p = 0.78). No differences were observed in dryness, pain or ESSDAI. Adverse events "
                  "were infrequent and mild."),
      ("INTERPRETATION", "LDN did not reduce fatigue in pSS compared with placebo in this pilot trial, although the "
                         "study was not powered to exclude a small effect.")],
     dict(conditions=["sjogrens"], design="rct", population="human", sample_size=24, dose_class="low",
          finding="null"),
     pub_types=["Journal Article", "Randomized Controlled Trial"])
