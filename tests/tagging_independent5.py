"""FIFTH INDEPENDENT held-out set: SYNTHETIC abstracts (describing no real study; fake PMIDs 910000001+),
written by a separate session from the issue's tag definitions only, without seeing the tagger's rules or
README. Used only to measure accuracy (benchmarks/tag_accuracy.py); no test asserts them."""

from __future__ import annotations

from functools import partial

from tagging_heldout import case as _case

INDEPENDENT5: list = []
case = partial(_case, into=INDEPENDENT5)

case(910000001, "Low-dose naltrexone versus placebo for pain in women with fibromyalgia: a randomized, double-blind, parallel-group trial",
     [("BACKGROUND", "Fibromyalgia is a chronic widespread pain condition with limited treatment options. Low-dose naltrexone (LDN), a putative glial modulator, has shown promise in small pilot studies."),
      ("METHODS", "Sixty-two women aged 18-65 years meeting the 2016 ACR criteria were randomized 1:1 to LDN 4.5 mg or identical placebo taken at bedtime for 12 weeks. The primary outcome was the change in average pain intensity on an 11-point numerical rating scale (NRS). Secondary outcomes included the revised Fibromyalgia Impact Questionnaire (FIQR), sleep quality and pressure pain thresholds."),
      ("RESULTS", "Fifty-seven participants completed the trial. The mean reduction in NRS pain was 1.4 points with LDN and 1.0 with placebo (difference -0.4; 95% CI -1.1 to 0.3; p=0.27). LDN was associated with greater improvement in FIQR total score (p=0.03) and in pressure pain thresholds (p=0.04). Vivid dreams were reported by 6 participants in the LDN group and 2 in the placebo group."),
      ("CONCLUSIONS", "LDN did not significantly reduce pain intensity compared with placebo, although secondary measures of function favoured active treatment. Larger trials are warranted.")],
     dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=62, dose_class="low",
          finding="mixed"),
     pub_types=["Journal Article", "Randomized Controlled Trial"],
     mesh=["Fibromyalgia", "Naltrexone", "Humans", "Female", "Pain Measurement", "Double-Blind Method"])

case(910000002, "Low dose naltrexone and fatigue in relapsing-remitting multiple sclerosis: a randomised placebo-controlled crossover study",
     "Fatigue affects up to 80% of people with multiple sclerosis (MS) and is poorly responsive to current treatments. We conducted a double-blind, randomised, placebo-controlled crossover study of low dose naltrexone (LDN, 4.5mg nocte) in adults with relapsing-remitting MS and clinically significant fatigue (Modified Fatigue Impact Scale [MFIS] score of 38 or more). Thirty-six participants received 8 weeks of LDN and 8 weeks of placebo in random order, separated by a 4-week washout. Thirty-one completed both periods. There was no significant difference in MFIS between treatment periods (mean difference 1.9 points, 95% CI -2.6 to 6.4; p = 0.39), nor in the mental or physical components of the MSQoL-54, the 9-hole peg test or the timed 25-foot walk. No relapses were attributed to treatment and adverse events were mild. In this cohort, LDN did not improve MS-related fatigue.",
     dict(conditions=["multiple_sclerosis"], design="crossover_rct", population="human", sample_size=36,
          dose_class="low", finding="null"))

case(910000003, "Low-dose naltrexone as add-on therapy in active Crohn's disease: a prospective non-randomised controlled study",
     [("Aims", "To evaluate whether low-dose naltrexone (LDN) added to conventional therapy improves clinical activity in patients with mild-to-moderate Crohn's disease (CD)."),
      ("Methods", "In this prospective, non-randomised study at two tertiary centres, patients with active CD (CDAI 220-450) who chose LDN 4.5 mg daily in addition to their current therapy (n = 28) were compared with concurrently recruited patients continuing conventional therapy alone (n = 30). Allocation was by patient preference. Outcomes were assessed at week 12."),
      ("Results", "Clinical response (CDAI decrease of at least 70 points) occurred in 18/28 (64%) LDN-treated patients versus 9/30 (30%) controls (p = 0.009). Remission (CDAI <150) was achieved in 11 vs 5 patients. Faecal calprotectin fell from a median of 512 to 236 µg/g in the LDN group but was unchanged in controls. No serious adverse events occurred."),
      ("Conclusion", "LDN was associated with higher clinical response rates in active CD. Randomised trials are needed to confirm these findings.")],
     dict(conditions=["crohns_disease"], design="nonrandomized_trial", population="human", sample_size=58,
          dose_class="low", finding="positive"))

case(910000004, "Low-dose naltrexone compared with amitriptyline for painful diabetic peripheral neuropathy: a randomized, double-blind, non-inferiority trial",
     [("OBJECTIVE", "To compare the efficacy and tolerability of low-dose naltrexone (LDN) and amitriptyline in painful diabetic peripheral neuropathy (DPN)."),
      ("RESEARCH DESIGN AND METHODS", "Adults with type 2 diabetes and painful DPN for at least 6 months were randomly assigned to LDN (2 mg daily, increased to 4 mg after 2 weeks) or amitriptyline (10 mg increased to 25 mg) for 12 weeks. The primary outcome was change in mean daily pain score (0-10); the non-inferiority margin was 1.0 point."),
      ("RESULTS", "Ninety participants were randomized (45 per group) and 81 completed follow-up. Pain scores decreased by 2.6 points with LDN and 2.8 points with amitriptyline (difference 0.2; 95% CI -0.4 to 0.8), establishing non-inferiority. Somnolence (4% vs 27%) and dry mouth (2% vs 31%) were less frequent with LDN. HbA1c did not change in either arm."),
      ("CONCLUSIONS", "LDN was non-inferior to amitriptyline for pain relief in DPN and was better tolerated. It may be a useful alternative for patients who cannot tolerate tricyclic antidepressants.")],
     dict(conditions=["diabetic_neuropathy"], design="rct", population="human", sample_size=90,
          dose_class="low", finding="positive"),
     pub_types=["Journal Article", "Randomized Controlled Trial", "Equivalence Trial"])

case(910000005, "Low-dose naltrexone for post-COVID-19 condition: a randomised, placebo-controlled trial",
     [("Background", "Post-COVID-19 condition (PCC, 'long COVID') is frequently characterised by fatigue, cognitive complaints and post-exertional symptom exacerbation. Observational reports have suggested benefit from low-dose naltrexone (LDN)."),
      ("Methods", "In this double-blind, placebo-controlled trial, adults with PCC persisting for 3 months or more after confirmed SARS-CoV-2 infection were randomly assigned (1:1) to LDN titrated from 1 mg to 4.5 mg daily or placebo for 16 weeks. The primary outcome was the change in the Chalder Fatigue Scale at week 16."),
      ("Findings", "80 participants were randomised (40 per arm); 74 were included in the primary analysis. Mean fatigue scores improved by 3.1 points with LDN and 2.8 points with placebo (adjusted difference -0.3, 95% CI -2.4 to 1.8; p=0.78). There were no between-group differences in cognitive function, health-related quality of life (EQ-5D-5L) or 6-minute walk distance. Adverse events occurred in 18 (45%) and 15 (38%) participants respectively; none were serious."),
      ("Interpretation", "LDN did not reduce fatigue or improve secondary outcomes in adults with PCC compared with placebo.")],
     dict(conditions=["long_covid"], design="rct", population="human", sample_size=80, dose_class="low",
          finding="null"),
     pub_types=["Randomized Controlled Trial", "Journal Article"],
     mesh=["Post-Acute COVID-19 Syndrome", "Naltrexone", "Fatigue", "Humans", "Adult"])

case(910000006, "Oral naltrexone for uraemic pruritus in haemodialysis patients: a double-blind crossover trial",
     "Opioid antagonists have been proposed for chronic itch, and low-dose naltrexone is used off-label in conditions such as multiple sclerosis and fibromyalgia; evidence in uraemic pruritus is conflicting. In a randomized, double-blind, placebo-controlled crossover trial, 24 haemodialysis patients with moderate-to-severe pruritus (visual analogue scale of 4/10 or more) received naltrexone 50 mg/day or placebo for 4 weeks each, separated by a 1-week washout. Itch intensity decreased by 29% during naltrexone and 22% during placebo (P = 0.41). Sleep disturbance scores did not differ. Nausea led to withdrawal of 3 patients during the naltrexone period. Naltrexone 50 mg/day was not more effective than placebo for uraemic pruritus.",
     dict(conditions=[], design="crossover_rct", population="human", sample_size=24, dose_class="standard",
          finding="null"),
     mesh=["Pruritus", "Renal Dialysis", "Naltrexone", "Cross-Over Studies"])

case(910000007, "Oxycodone combined with ultra-low-dose naltrexone versus oxycodone alone in chronic low back pain: a 12-week multicenter randomized trial",
     "Ultra-low doses of opioid antagonists may enhance opioid analgesia and attenuate tolerance and physical dependence. We randomized 360 patients with moderate-to-severe chronic low back pain to twice-daily oxycodone plus naltrexone 0.2 µg per dose (n=181) or oxycodone alone (n=179) for 12 weeks in a double-blind, flexible-dose design. Patients receiving the combination had a greater reduction in pain intensity from baseline to week 12 (least-squares mean difference -0.6 on a 0-10 scale; P = .008) and required lower median daily oxycodone doses (38 vs 46 mg). Opioid withdrawal symptoms after abrupt discontinuation, measured with the Short Opiate Withdrawal Scale, were less frequent in the combination group (P = .02). Constipation, nausea and somnolence were the most frequent adverse events in both arms. Adding ultra-low-dose naltrexone to oxycodone improved analgesia and reduced physical dependence in patients with chronic low back pain.",
     dict(conditions=["chronic_pain"], design="rct", population="human", sample_size=360, dose_class="ultra_low",
          finding="positive"),
     pub_types=["Clinical Trial, Phase III", "Randomized Controlled Trial", "Multicenter Study", "Journal Article"])

case(910000008, "Low-dose naltrexone in myalgic encephalomyelitis/chronic fatigue syndrome: a randomized placebo-controlled pilot trial",
     [("Purpose", "Myalgic encephalomyelitis/chronic fatigue syndrome (ME/CFS) lacks approved pharmacotherapy. We assessed the efficacy and safety of low-dose naltrexone (LDN) in ME/CFS."),
      ("Methods", "Adults fulfilling the Canadian Consensus Criteria were randomized to LDN (3.0 mg for 2 weeks, then 4.5 mg daily) or placebo for 10 weeks, 26 per group. Outcomes were the Fatigue Severity Scale (FSS), the SF-36 physical function subscale and adverse events."),
      ("Results", "FSS scores improved more with LDN than with placebo (mean change -0.9 vs -0.2; p = 0.01), and SF-36 physical function improved by 8 vs 2 points (p = 0.04). However, insomnia and headache were more frequent with LDN (38% vs 12%), and four participants in the LDN arm withdrew because of sleep disturbance."),
      ("Conclusion", "LDN reduced fatigue in ME/CFS but was accompanied by clinically relevant sleep-related adverse effects.")],
     dict(conditions=["me_cfs"], design="rct", population="human", sample_size=52, dose_class="low",
          finding="mixed"))

case(910000009, "Effect of low dose naltrexone on thyroid autoimmunity in euthyroid Hashimoto's thyroiditis: an open-label pilot study",
     "Hashimoto's thyroiditis (HT) is the commonest autoimmune thyroid disease. We evaluated whether low dose naltrexone (LDN) modifies thyroid autoantibody titres. Eighteen euthyroid women with HT and thyroid peroxidase antibodies (TPOAb) >100 IU/mL received LDN 1.5 mg daily for 4 weeks, then 3 mg daily for a further 8 weeks, without a control group. After 12 weeks, median TPOAb decreased from 412 IU/mL (IQR 238-780) to 301 IU/mL (IQR 170-596) (p=0.006), while TSH (2.1 vs 2.0 mIU/L) and free T4 remained stable. Two women reported transient insomnia. LDN was associated with a reduction in TPOAb titres; controlled studies are needed to determine whether this is clinically meaningful.",
     dict(conditions=["hashimotos_thyroiditis"], design="open_label_single_arm", population="human", sample_size=18,
          dose_class="low", finding="positive"))

case(910000010, "Low-dose naltrexone in complex regional pain syndrome: a retrospective review of 47 patients",
     [("Introduction", "Complex regional pain syndrome (CRPS) is a debilitating disorder with few effective treatments. Low-dose naltrexone (LDN) is increasingly prescribed off-label, but clinical data are scarce."),
      ("Methods", "We reviewed the electronic records of all patients with CRPS (Budapest criteria) prescribed LDN at a university pain clinic between 2015 and 2022. Doses ranged from 1.5 to 4.5 mg at night. Pain scores (0-10) recorded before treatment and at the last follow-up were compared."),
      ("Results", "Forty-seven patients (34 female; median age 44 years) were included. Median follow-up was 7 months. Mean pain decreased from 7.6 to 5.9 (p<0.001), and 21 patients (45%) reported at least 30% pain relief. Eleven patients stopped LDN, most commonly due to sleep disturbance or lack of effect."),
      ("Conclusions", "In this retrospective series, LDN was associated with reduced pain in CRPS and was generally well tolerated.")],
     dict(conditions=["crps"], design="cohort_or_retrospective", population="human", sample_size=47,
          dose_class="low", finding="positive"),
     mesh=["Complex Regional Pain Syndromes", "Naltrexone", "Retrospective Studies", "Humans"])

case(910000011, "Refractory pruritus in dermatomyositis responding to low-dose naltrexone",
     "Pruritus is a frequent and distressing symptom of dermatomyositis (DM) that often persists despite control of muscle disease. We describe a 58-year-old woman with DM whose intractable scalp and truncal itch (NRS 9/10) persisted despite hydroxychloroquine, mycophenolate mofetil 2 g/day, intravenous immunoglobulin and antihistamines. Low-dose naltrexone 4.5 mg at night was started; within 3 weeks the itch score fell to 3/10 and she reported improved sleep. The response was sustained at 9 months, with no adverse effects. LDN may be a useful adjunct for refractory itch in DM.",
     dict(conditions=["dermatomyositis"], design="case_report", population="human", sample_size=1,
          dose_class="low", finding="positive"),
     pub_types=["Case Reports", "Journal Article"],
     mesh=["Dermatomyositis", "Pruritus", "Naltrexone", "Humans", "Female", "Middle Aged"])

case(910000012, "Low-dose naltrexone for lichen planopilaris: a case series of six patients",
     "Lichen planopilaris (LPP) is a primary lymphocytic cicatricial alopecia. Low-dose naltrexone has anti-inflammatory properties and has been reported to help in psoriasis and Hailey-Hailey disease. We describe six patients (five women, one man; age 38-67 years) with biopsy-proven LPP treated with naltrexone 3 mg daily, either as monotherapy or in addition to topical corticosteroids. After a mean of 6.5 months, four patients had reduced pruritus, burning and perifollicular erythema, with stabilisation of hair loss; two patients showed no change. No adverse effects were reported apart from one case of mild headache. LDN may be considered for LPP, particularly in patients with prominent symptoms.",
     dict(conditions=[], design="case_series", population="human", sample_size=6, dose_class="low",
          finding="positive"),
     pub_types=["Case Reports"])

case(910000013, "Low-dose naltrexone use and survival in patients with cancer: a nationwide register-based cohort study",
     [("Background", "Low-dose naltrexone (LDN) is increasingly used off-label by people with cancer, based on preclinical data suggesting effects on tumour growth via the opioid growth factor receptor."),
      ("Methods", "Using linked national prescription, cancer and cause-of-death registers, we identified adults with a first cancer diagnosis between 2008 and 2019 who filled at least one prescription for LDN after diagnosis. Each LDN user was matched with up to four non-users on cancer site, stage, age, sex and year of diagnosis. Hazard ratios (HRs) for all-cause and cancer-specific mortality were estimated by Cox regression."),
      ("Results", "The cohort comprised 1,024 LDN users and 4,096 matched non-users. During a median follow-up of 3.8 years, LDN use was not associated with all-cause mortality (HR 0.97, 95% CI 0.86-1.09) or cancer-specific mortality (HR 0.95, 0.83-1.08). Results were consistent across the most common cancer sites (breast, colorectal, prostate and lung)."),
      ("Conclusion", "We found no evidence that LDN use improves survival in patients with cancer.")],
     dict(conditions=["cancer"], design="cohort_or_retrospective", population="human", sample_size=5120,
          dose_class=None, finding="null"),
     mesh=["Neoplasms", "Naltrexone", "Registries", "Cohort Studies", "Humans"])

case(910000014, "Low dose naltrexone in mild to moderately active ulcerative colitis: a single-arm pilot study",
     "Twenty-two adults with mildly to moderately active ulcerative colitis (total Mayo score 4-10) despite 5-aminosalicylate therapy were enrolled in an open-label pilot study and received naltrexone 4.5 mg at bedtime for 12 weeks. Nineteen patients completed the study. Clinical response, defined as a decrease in the total Mayo score of at least 3 points and 30% from baseline, was observed in 12 of 22 patients (55%) by intention-to-treat, and 6 (27%) achieved clinical remission. The mean endoscopic subscore fell from 2.1 to 1.4 (P = .002). Three patients discontinued owing to worsening colitis (n = 2) or insomnia (n = 1). These preliminary data suggest LDN may be of benefit in UC and support a randomized controlled trial.",
     dict(conditions=["ulcerative_colitis"], design="open_label_single_arm", population="human", sample_size=22,
          dose_class="low", finding="positive"),
     pub_types=["Clinical Trial", "Journal Article"])

case(910000015, "Precipitated opioid withdrawal after initiation of low-dose naltrexone in a patient with systemic lupus erythematosus",
     "A 41-year-old woman with systemic lupus erythematosus (SLE) and chronic arthralgia, maintained on codeine 30 mg four times daily, was prescribed low-dose naltrexone (LDN) 1.5 mg by an outpatient clinic for fatigue. Within two hours of the first dose she developed agitation, diaphoresis, abdominal cramps, vomiting and tachycardia, and was admitted to the emergency department with a Clinical Opiate Withdrawal Scale score of 18. Symptoms resolved within 24 hours of supportive care and LDN was discontinued. This case highlights that even low doses of naltrexone can precipitate acute withdrawal in opioid-exposed patients; concurrent opioid use should be excluded before LDN is started.",
     dict(conditions=["sle_lupus"], design="case_report", population="human", sample_size=1, dose_class="low",
          finding="negative"),
     pub_types=["Case Reports"])

case(910000016, "Tolerability of low-dose naltrexone in primary Sjögren's syndrome: an open-label dose-escalation study",
     [("OBJECTIVES", "To assess the safety and tolerability of low-dose naltrexone (LDN) in patients with primary Sjögren's syndrome (pSS), in preparation for a controlled efficacy trial."),
      ("METHODS", "Twenty patients fulfilling the 2016 ACR/EULAR classification criteria received LDN 1.5 mg daily, escalated by 1.5 mg every 2 weeks to a maximum of 4.5 mg, for a total of 10 weeks. The primary endpoints were the proportion of patients reaching and maintaining the target dose and the frequency of adverse events. Efficacy was not assessed."),
      ("RESULTS", "Eighteen of 20 patients (90%) reached 4.5 mg. Adverse events, all grade 1, were reported by 9 patients; the most common were vivid dreams (n = 5), headache (n = 3) and nausea (n = 2). No laboratory abnormalities or serious adverse events occurred."),
      ("CONCLUSIONS", "LDN up to 4.5 mg daily was well tolerated in pSS. A randomised trial of efficacy is under way.")],
     dict(conditions=["sjogrens"], design="open_label_single_arm", population="human", sample_size=20,
          dose_class="low", finding="safety_only"))

case(910000017, "Use of complementary and off-label therapies among people with rheumatoid arthritis: a cross-sectional online survey",
     "We surveyed members of a national patient organisation to describe the use of complementary and off-label treatments among people with rheumatoid arthritis (RA). Of 1,500 members invited, 612 with self-reported physician-diagnosed RA completed the questionnaire (response rate 41%). Overall, 71% reported using at least one complementary therapy, most commonly fish oil (44%), turmeric (31%) and vitamin D (29%). Off-label low-dose naltrexone had been used by 86 respondents (14%), of whom 58 obtained it through an online prescriber. Only 39% of respondents using any complementary or off-label therapy had discussed it with their rheumatologist. Rheumatologists should routinely ask about such treatments.",
     dict(conditions=["rheumatoid_arthritis"], design="cross_sectional_or_survey", population="human",
          sample_size=612, dose_class=None, finding="descriptive"),
     mesh=["Arthritis, Rheumatoid", "Complementary Therapies", "Surveys and Questionnaires", "Cross-Sectional Studies"])

case(910000018, "Patient-reported outcomes of low-dose naltrexone in long COVID: results of an online survey",
     [("Background", "Many people with long COVID obtain low-dose naltrexone (LDN) off-label, but little is known about their experiences."),
      ("Methods", "An anonymous online questionnaire was distributed via long COVID support groups between March and August 2023. Adults who had taken LDN for at least 4 weeks rated changes in symptoms on a 5-point scale."),
      ("Results", "A total of 212 respondents were included (83% female; median age 46 years). Most took between 1 mg and 4.5 mg daily. Improvement in fatigue was reported by 63% of respondents, in brain fog by 58% and in post-exertional malaise by 41%; 9% reported worsening of at least one symptom. Sleep disturbance was the most common side effect (22%)."),
      ("Conclusions", "Most respondents perceived LDN as beneficial for long COVID symptoms. These self-reported findings should be tested in randomised controlled trials.")],
     dict(conditions=["long_covid"], design="cross_sectional_or_survey", population="human", sample_size=212,
          dose_class="low", finding="positive"))

case(910000019, "Compounding pharmacists' knowledge and practices regarding low-dose naltrexone: a cross-sectional survey",
     "Low-dose naltrexone is not commercially available in most countries and must be compounded. A cross-sectional questionnaire was mailed to 420 community compounding pharmacies; 158 pharmacists responded. Eighty-one percent had compounded LDN in the preceding year, usually as capsules (92%), with microcrystalline cellulose as the most common excipient. Fewer than half (46%) performed any quality testing of the final product, and 37% reported receiving prescriptions with unclear dosing instructions. Standardised compounding guidance for LDN is needed.",
     dict(conditions=[], design="cross_sectional_or_survey", population="human", sample_size=158,
          dose_class=None, finding="descriptive"))

case(910000020, "Low-dose naltrexone for fibromyalgia: a systematic review and meta-analysis of randomised controlled trials",
     [("Objective", "To evaluate the efficacy and safety of low-dose naltrexone (LDN) for pain in fibromyalgia."),
      ("Methods", "MEDLINE, Embase, CENTRAL and trial registries were searched to January 2024 for randomised controlled trials comparing LDN with placebo in adults with fibromyalgia. Risk of bias was assessed with RoB 2 and certainty of evidence with GRADE."),
      ("Results", "Five trials with 312 participants were included, two of crossover design. LDN was associated with a small reduction in pain compared with placebo (standardised mean difference -0.31, 95% CI -0.55 to -0.07; I2 = 18%). Withdrawals due to adverse events did not differ. Certainty of evidence was low because of imprecision and risk of bias."),
      ("Conclusion", "Low-certainty evidence suggests LDN may slightly reduce pain in fibromyalgia. Adequately powered trials are required.")],
     dict(conditions=["fibromyalgia"], design="systematic_review_or_meta_analysis", population="none",
          sample_size=None, dose_class=None, finding="positive"),
     pub_types=["Systematic Review", "Meta-Analysis", "Journal Article"])

case(910000021, "The opioid growth factor axis and low-dose naltrexone in oncology: a narrative review",
     "The opioid growth factor (OGF; [Met5]-enkephalin) and its receptor (OGFr) form a tonically active inhibitory axis that regulates cell proliferation. Intermittent blockade of OGFr by low-dose naltrexone upregulates OGF and OGFr and, in experimental models, inhibits tumour growth. In this review we summarise preclinical evidence in pancreatic, ovarian, colorectal and head and neck cancers, discuss proposed immunomodulatory mechanisms involving Toll-like receptor 4, and examine the limited clinical literature, which consists largely of case reports and small uncontrolled series. We highlight the absence of randomised trials, potential interactions with opioid analgesics used for cancer pain, and priorities for future clinical research.",
     dict(conditions=["cancer"], design="narrative_review", population="none", sample_size=None,
          dose_class=None, finding="descriptive"),
     pub_types=["Review", "Journal Article"])

case(910000022, "Low-dose naltrexone in multiple sclerosis: a systematic review",
     "Low-dose naltrexone (LDN) is widely used off-label by people with multiple sclerosis (MS). We systematically searched four databases for clinical studies of LDN in MS published up to 2023. Seven studies met the inclusion criteria: three randomised placebo-controlled trials (total n = 166), two open-label studies and two retrospective analyses of prescription data. The randomised trials found no significant effect of LDN on fatigue, quality of life or disability, and the observational studies did not show a reduction in the use of disease-modifying therapy or relapse-related medication. LDN was well tolerated across studies. Current evidence does not support a clinical benefit of LDN in MS, although the small size and short duration of available trials preclude firm conclusions.",
     dict(conditions=["multiple_sclerosis"], design="systematic_review_or_meta_analysis", population="none",
          sample_size=None, dose_class=None, finding="null"),
     pub_types=["Systematic Review"])

case(910000023, "Intermittent opioid receptor blockade with low-dose naltrexone attenuates experimental autoimmune encephalomyelitis in mice",
     "Experimental autoimmune encephalomyelitis (EAE) is a widely used model of multiple sclerosis. Female C57BL/6 mice were immunised with MOG35-55 peptide and treated daily from the day of immunisation with naltrexone 0.1 mg/kg (low dose), 10 mg/kg (high dose) or saline intraperitoneally (n = 12 per group). Low-dose naltrexone delayed disease onset by a mean of 4.2 days, reduced the peak clinical score (2.1 +/- 0.4 vs 3.4 +/- 0.3; P < 0.01) and decreased spinal cord inflammatory infiltrates and demyelination. Splenocyte proliferation and IL-17 production were also reduced. High-dose naltrexone had no effect on clinical course. These data indicate that intermittent, but not continuous, opioid receptor blockade ameliorates EAE.",
     dict(conditions=["multiple_sclerosis"], design="animal_study", population="animal", sample_size=None,
          dose_class=None, finding="positive"),
     pub_types=["Journal Article", "Research Support, Non-U.S. Gov't"],
     mesh=["Encephalomyelitis, Autoimmune, Experimental", "Mice, Inbred C57BL", "Naltrexone", "Animals", "Female"])

case(910000024, "Topical naltrexone accelerates corneal epithelial wound closure in type 1 diabetic rats",
     "Delayed corneal re-epithelialisation is a complication of diabetes mellitus. Streptozotocin-induced diabetic Sprague-Dawley rats (8 weeks of hyperglycaemia) and non-diabetic controls underwent 5-mm central corneal epithelial debridement and received naltrexone 10^-5 M eye drops or vehicle four times daily. Residual epithelial defects were measured by fluorescein staining every 8 h. Diabetic rats treated with vehicle had larger residual defects than non-diabetic animals at 32 h (31% vs 9% of the original wound area), whereas naltrexone-treated diabetic animals healed at a rate similar to non-diabetic controls. DNA synthesis in the limbal epithelium was increased by naltrexone. No signs of ocular toxicity were observed. Topical opioid antagonism may be a therapeutic option for diabetic keratopathy.",
     dict(conditions=[], design="animal_study", population="animal", sample_size=None, dose_class=None,
          finding="positive"),
     mesh=["Diabetes Mellitus, Experimental", "Rats, Sprague-Dawley", "Wound Healing", "Corneal Injuries", "Animals"])

case(910000025, "Short-term versus continuous exposure to naltrexone differentially regulates proliferation of human ovarian cancer cells",
     [("Purpose", "To determine how the duration of opioid receptor blockade influences growth of human ovarian cancer cells in culture."),
      ("Experimental Design", "Two human ovarian carcinoma cell lines were exposed to naltrexone (10^-6 M) either continuously or for 6 h every 48 h, with or without [Met5]-enkephalin. Cell number, BrdU incorporation, apoptosis and OGFr expression were assessed over 96 h."),
      ("Results", "Short-term naltrexone exposure reduced cell number by 24-31% relative to vehicle and increased OGFr protein expression twofold, whereas continuous exposure increased proliferation by 18%. The inhibitory effect of intermittent blockade was abolished by siRNA knockdown of OGFr. Apoptosis was not affected."),
      ("Conclusions", "Intermittent opioid receptor blockade inhibits ovarian cancer cell proliferation through the OGF-OGFr axis, providing a rationale for low-dose naltrexone in ovarian cancer.")],
     dict(conditions=["cancer"], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="positive"))

case(910000026, "(+)-Naltrexone does not suppress lipopolysaccharide-induced inflammatory signalling in BV-2 microglial cells",
     "The non-opioid (+)-isomer of naltrexone has been proposed to act as a Toll-like receptor 4 (TLR4) antagonist, a mechanism frequently cited to explain the effects of low-dose naltrexone in chronic pain and fibromyalgia. We tested whether (+)-naltrexone and (-)-naltrexone (1-100 µM) inhibit LPS-induced TLR4 signalling in murine BV-2 microglia. Neither enantiomer significantly reduced LPS-induced nitric oxide production, TNF-alpha or IL-1beta release, or NF-kB nuclear translocation at any concentration tested, whereas a reference TLR4 inhibitor abolished these responses. Our results do not support direct TLR4 antagonism by naltrexone in microglia.",
     dict(conditions=[], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
          finding="null"))

case(910000027, "Low-dose naltrexone for complex regional pain syndrome: protocol for a multicentre, randomised, double-blind, placebo-controlled trial",
     [("Introduction", "Complex regional pain syndrome (CRPS) causes severe, persistent limb pain and disability. Low-dose naltrexone (LDN) may reduce neuroinflammation via glial modulation, but no adequately powered trial has been conducted."),
      ("Methods and analysis", "This is a parallel-group, double-blind, placebo-controlled trial in adults with CRPS of at least 6 months' duration. A total of 120 participants will be randomised 1:1 to LDN 4.5 mg or placebo once daily for 16 weeks, following a 2-week titration from 1.5 mg. The primary outcome is average pain intensity over the last 7 days of treatment (0-10 NRS). Secondary outcomes include the CRPS Severity Score, physical function, sleep, global impression of change and adverse events. Analysis will follow the intention-to-treat principle."),
      ("Ethics and dissemination", "Ethical approval has been obtained. Results will be published in peer-reviewed journals and presented at scientific meetings.")],
     dict(conditions=["crps"], design="protocol", population="human", sample_size=None, dose_class="low",
          finding=None),
     pub_types=["Clinical Trial Protocol", "Journal Article"])

case(910000028, "Expression of concern: Low-dose naltrexone for moderate plaque psoriasis: a randomized controlled trial",
     "The Editors are issuing this expression of concern to alert readers to concerns regarding the above article. After publication, questions were raised about the integrity of the data, including identical baseline values reported for several participants and discrepancies between the numbers of randomised patients reported in the text and the tables. The authors have been contacted and an institutional investigation has been requested. The Editors will update readers when further information becomes available.",
     dict(conditions=["psoriasis"], design="other", population="none", sample_size=None, dose_class=None,
          finding=None),
     pub_types=["Expression of Concern"])

case(910000029, "Naltrexone versus placebo for heavy drinking in adults with alcohol use disorder and co-occurring depressive symptoms: a randomized clinical trial",
     [("IMPORTANCE", "Depressive symptoms are common in alcohol use disorder (AUD) and may reduce response to pharmacotherapy."),
      ("OBJECTIVE", "To determine whether oral naltrexone reduces heavy drinking in adults with AUD and co-occurring depressive symptoms."),
      ("DESIGN, SETTING, AND PARTICIPANTS", "This 16-week double-blind randomized clinical trial was conducted at 3 outpatient addiction clinics. Adults with DSM-5 moderate-to-severe AUD and a Patient Health Questionnaire-9 score of 10 or higher were eligible; 160 participants were randomized."),
      ("INTERVENTIONS", "Naltrexone, 50 mg/d, or matching placebo, both with weekly medical management."),
      ("MAIN OUTCOMES AND MEASURES", "Percentage of heavy drinking days (PHDD) during weeks 5 to 16."),
      ("RESULTS", "Of the 160 participants (mean [SD] age, 44.8 [11.2] years; 62 [39%] women), 129 (81%) completed treatment. PHDD did not differ between naltrexone and placebo (22.4% vs 24.9%; difference, -2.5 percentage points; 95% CI, -9.8 to 4.8). Secondary outcomes, including drinks per drinking day, gamma-glutamyltransferase level, and depressive symptoms, also did not differ. Nausea was more common with naltrexone (21% vs 8%)."),
      ("CONCLUSIONS AND RELEVANCE", "In adults with AUD and depressive symptoms, naltrexone did not reduce heavy drinking compared with placebo.")],
     dict(conditions=["alcohol_use_disorder"], design="rct", population="human", sample_size=160,
          dose_class="standard", finding="null"),
     pub_types=["Randomized Controlled Trial", "Journal Article", "Multicenter Study"],
     mesh=["Alcoholism", "Naltrexone", "Alcohol Drinking", "Depression", "Humans"])

case(910000030, "Oral naltrexone initiation after inpatient opioid withdrawal and subsequent readmission: a retrospective cohort study",
     "We conducted a retrospective cohort study using the records of a regional addiction treatment service to examine whether starting oral naltrexone before discharge from inpatient opioid withdrawal management is associated with readmission. Of 412 patients with opioid use disorder discharged between 2016 and 2021, 214 commenced naltrexone 50 mg daily before discharge and 198 did not. Only 31% of those started on naltrexone were still collecting prescriptions at 90 days. Nonetheless, naltrexone initiation was associated with a lower risk of readmission for opioid withdrawal or overdose within 12 months (adjusted hazard ratio 0.71; 95% CI 0.54-0.93). Non-fatal overdose occurred in 7 patients in the naltrexone group and 15 in the comparison group. Naltrexone initiation at discharge was associated with fewer readmissions despite poor adherence.",
     dict(conditions=["opioid_use_disorder"], design="cohort_or_retrospective", population="human",
          sample_size=412, dose_class="standard", finding="positive"),
     mesh=["Opioid-Related Disorders", "Naltrexone", "Patient Readmission", "Retrospective Studies"])
