"""A labelled set of SYNTHETIC abstracts for the tagger: each is written for these tests and
describes no real study (PMIDs 900000001+ are fake; no real authors, journals or trials).

They imitate what PubMed holds on naltrexone: RCTs and crossover trials, open-label pilots,
retrospective chart reviews, case reports and series, surveys, systematic and narrative reviews,
mouse and cell studies, protocols, retraction notices, alcohol/opioid-dependence trials at
standard doses, and the traps: doses and ages that look like sample sizes, number words, per-arm
counts, background sentences naming other diseases, reviews that mention RCTs.

`expected` lists the tags a careful human reader gives each abstract. `outcomes` is the set of
domains that must be present (others may be too).
"""

from __future__ import annotations

from ldn_lit.models import AbstractSection, Article, CommentCorrection, MeshHeading


def _article(pmid, title, abstract, pub_types=("Journal Article",), mesh=(), cc=()):
    sections = ([AbstractSection(None, abstract)] if isinstance(abstract, str)
                else [AbstractSection(lbl, txt) for lbl, txt in abstract])
    return Article(pmid=pmid, title=title, abstract_sections=sections if abstract else [],
                   publication_types=list(pub_types), mesh=[MeshHeading(m) for m in mesh],
                   comments_corrections=[CommentCorrection(t, p) for t, p in cc], journal="Synthetic journal")


CASES: list[tuple[Article, dict]] = []


def case(pmid, title, abstract, expected, **kw):
    CASES.append((_article(str(pmid), title, abstract, **kw), expected))


# ---- randomised trials --------------------------------------------------------------------------
case(900000001, "Low-dose naltrexone for fibromyalgia: a randomized, double-blind, placebo-controlled crossover trial",
     [("BACKGROUND", "Fibromyalgia is a chronic pain condition with few effective treatments."),
      ("METHODS", "Thirty-one women with fibromyalgia were randomized to 4.5 mg naltrexone or placebo for 12 weeks each, in random order."),
      ("RESULTS", "Pain scores were significantly reduced during naltrexone compared with placebo (p = 0.016). Fatigue and sleep did not differ."),
      ("CONCLUSIONS", "Low-dose naltrexone reduced pain in women with fibromyalgia.")],
     dict(conditions=["fibromyalgia"], design="crossover_rct", population="human", sample_size=31, size_class="small",
          dose_class="low", outcomes={"pain", "fatigue", "sleep"}, finding="mixed", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"], mesh=["Fibromyalgia", "Naltrexone", "Humans", "Female"])
case(900000002, "Naltrexone 4.5 mg in active Crohn's disease: a randomized placebo-controlled trial",
     [("METHODS", "Adults with moderately active Crohn's disease were randomised to LDN (n = 18) or placebo (n = 16) for 12 weeks. The primary outcome was a 70-point fall in CDAI."),
      ("RESULTS", "A CDAI response occurred in 88% on LDN and 40% on placebo (p = 0.009). Mucosal healing was more frequent with LDN."),
      ("CONCLUSIONS", "LDN significantly improved disease activity in Crohn's disease and was well tolerated.")],
     dict(conditions=["crohns_disease"], design="rct", population="human", sample_size=34, size_class="small",
          dose_class="low", outcomes={"disease_activity_index", "endoscopic_healing"}, finding="positive", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"], mesh=["Crohn Disease", "Naltrexone"])
case(900000003, "A randomized trial of low-dose naltrexone for fatigue in multiple sclerosis",
     "Fatigue is the most common symptom of multiple sclerosis. We randomized 60 patients with relapsing-remitting MS "
     "to naltrexone 4.5 mg nightly or placebo for 16 weeks. Fatigue severity (MFIS) did not differ between groups "
     "(p = 0.41), and there was no significant difference in quality of life. Naltrexone was not superior to placebo "
     "for MS-related fatigue.",
     dict(conditions=["multiple_sclerosis"], design="rct", population="human", sample_size=60, size_class="medium",
          dose_class="low", outcomes={"fatigue", "quality_of_life"}, finding="null", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"], mesh=["Multiple Sclerosis"])
case(900000004, "Low-dose naltrexone and relapse rate in relapsing MS: a multicentre randomised controlled trial",
     [("OBJECTIVE", "To test whether low-dose naltrexone reduces relapses in multiple sclerosis."),
      ("METHODS", "A total of 240 participants were randomised 1:1 to naltrexone 4.5 mg/day or placebo for 48 weeks."),
      ("RESULTS", "The annualized relapse rate was 0.41 with naltrexone and 0.44 with placebo (rate ratio 0.93, 95% CI 0.70 to 1.24). Disability progression on the EDSS did not differ."),
      ("CONCLUSIONS", "Low-dose naltrexone did not reduce relapses or disability progression in relapsing MS.")],
     dict(conditions=["multiple_sclerosis"], design="rct", population="human", sample_size=240, size_class="large",
          dose_class="low", outcomes={"relapse_rate", "disability_progression"}, finding="null", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial", "Multicenter Study"], mesh=["Multiple Sclerosis, Relapsing-Remitting"])
case(900000005, "Low-dose naltrexone for long COVID fatigue: a pilot randomized trial",
     "In this double-blind trial, 80 adults with post-COVID-19 condition were randomly assigned to LDN 1 mg titrated to "
     "4.5 mg or placebo. Fatigue improved in both groups; the difference was not statistically significant. Secondary "
     "outcomes of cognition and sleep improved significantly with LDN compared with placebo. LDN had mixed effects in "
     "long COVID and larger trials are needed.",
     dict(conditions=["long_covid"], design="rct", population="human", sample_size=80, size_class="medium",
          dose_class="low", outcomes={"fatigue", "cognition", "sleep"}, finding="mixed", retracted=False),
     pub_types=["Journal Article"])
case(900000006, "Naltrexone for alcohol dependence: a randomized placebo-controlled trial",
     [("METHODS", "We randomized 312 alcohol-dependent outpatients to naltrexone 50 mg daily or placebo for 12 weeks."),
      ("RESULTS", "Naltrexone significantly reduced heavy drinking days compared with placebo (p < 0.01)."),
      ("CONCLUSIONS", "Naltrexone 50 mg is effective for alcohol dependence.")],
     dict(conditions=["alcohol_use_disorder"], design="rct", population="human", sample_size=312, size_class="large",
          dose_class="standard", outcomes=set(), finding="positive", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"], mesh=["Alcoholism", "Naltrexone"])
case(900000007, "Extended-release naltrexone for opioid use disorder after release from prison: randomized trial",
     "Two hundred and eight adults with opioid use disorder leaving prison were randomized to extended-release "
     "naltrexone 380 mg monthly or treatment as usual. Relapse to opioid use was significantly lower with naltrexone "
     "at 24 weeks.",
     dict(conditions=["opioid_use_disorder"], design="rct", population="human", sample_size=208, size_class="large",
          dose_class="standard", outcomes={"relapse_rate"}, finding="positive", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"])
case(900000008, "Low-dose naltrexone versus placebo in rheumatoid arthritis: randomised crossover study",
     [("METHODS", "Forty-four patients with rheumatoid arthritis received naltrexone 4.5 mg and placebo for 8 weeks each in a randomised cross-over design."),
      ("RESULTS", "DAS28 did not differ between treatment periods. Pain was not significantly reduced."),
      ("CONCLUSIONS", "LDN was well tolerated but showed no benefit in rheumatoid arthritis.")],
     dict(conditions=["rheumatoid_arthritis"], design="crossover_rct", population="human", sample_size=44, size_class="small",
          dose_class="low", outcomes={"disease_activity_index", "pain", "safety_tolerability"}, finding="null", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"], mesh=["Arthritis, Rheumatoid"])
case(900000009, "Naltrexone in psoriasis: randomised controlled trial of low-dose treatment",
     "Sixty-two patients with chronic plaque psoriasis were randomised to naltrexone 4.5 mg or placebo. PASI fell "
     "by 31% with naltrexone and 12% with placebo (p = 0.03). Itch also improved. Low-dose naltrexone significantly "
     "reduced psoriasis severity.",
     dict(conditions=["psoriasis"], design="rct", population="human", sample_size=62, size_class="medium",
          dose_class="low", outcomes={"skin_lesions", "pruritus"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000010, "Very low-dose naltrexone added to opioid analgesia after surgery: randomized trial",
     "One hundred and twenty patients undergoing hip replacement were randomized to oral naltrexone 0.001 mg or "
     "placebo added to morphine. Morphine consumption and pain scores were similar between groups.",
     dict(conditions=[], design="rct", population="human", sample_size=120, size_class="medium",
          dose_class="very_low", outcomes={"pain"}, finding="null", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"])

# ---- non-randomised and single-arm trials -----------------------------------------------------------
case(900000011, "Open-label low-dose naltrexone in Crohn's disease: a pilot study",
     "Seventeen patients with active Crohn's disease took 4.5 mg naltrexone nightly for 12 weeks in an open-label "
     "pilot study. CDAI scores decreased significantly from baseline (p = 0.01) and 67% achieved remission. "
     "LDN appears to be a promising therapy for Crohn's disease.",
     dict(conditions=["crohns_disease"], design="open_label_single_arm", population="human", sample_size=17, size_class="small",
          dose_class="low", outcomes={"disease_activity_index", "remission"}, finding="positive", retracted=False),
     pub_types=["Journal Article", "Clinical Trial"], mesh=["Crohn Disease"])
case(900000012, "Low-dose naltrexone for complex regional pain syndrome: single-arm trial",
     [("METHODS", "In this single-arm trial, 12 patients with CRPS received naltrexone 1.5 to 4.5 mg daily for 10 weeks."),
      ("RESULTS", "Pain intensity decreased compared with baseline in nine of 12 patients. Adverse events were mild."),
      ("CONCLUSIONS", "LDN may be useful for CRPS pain; controlled trials are warranted.")],
     dict(conditions=["crps"], design="open_label_single_arm", population="human", sample_size=12, size_class="small",
          dose_class="low", outcomes={"pain", "safety_tolerability"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000013, "Non-randomized comparison of low-dose naltrexone and standard care in Hashimoto's thyroiditis",
     "In this non-randomized controlled study, 46 women with Hashimoto's thyroiditis chose LDN 3 mg or standard care. "
     "Thyroid peroxidase antibodies fell significantly more with LDN (p = 0.02).",
     dict(conditions=["hashimotos_thyroiditis"], design="nonrandomized_trial", population="human", sample_size=46,
          size_class="small", dose_class="low", outcomes={"thyroid_antibodies"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000014, "Low-dose naltrexone in systemic sclerosis: an open-label study of pruritus",
     "Nine patients with systemic sclerosis and refractory pruritus received low-dose naltrexone (4.5 mg/day). Itch "
     "scores improved in 6 of 9 patients and skin thickness was unchanged. Treatment was well tolerated.",
     dict(conditions=["systemic_sclerosis"], design="open_label_single_arm", population="human", sample_size=9,
          size_class="series", dose_class="low", outcomes={"pruritus", "skin_lesions"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000015, "Low-dose naltrexone in Sjögren's disease fatigue: a phase 2 single-group study",
     "Twenty-five patients with primary Sjögren's syndrome received naltrexone 4.5 mg for 12 weeks. Fatigue did not "
     "change significantly (p = 0.32). LDN was safe but did not reduce fatigue.",
     dict(conditions=["sjogrens"], design="open_label_single_arm", population="human", sample_size=25, size_class="small",
          dose_class="low", outcomes={"fatigue"}, finding="null", retracted=False),
     pub_types=["Journal Article", "Clinical Trial, Phase II"])

# ---- observational -------------------------------------------------------------------------------
case(900000016, "Low-dose naltrexone prescriptions in multiple sclerosis: a retrospective chart review",
     "We retrospectively reviewed the medical records of 229 patients with MS prescribed LDN at a university clinic. "
     "Relapse rates before and after LDN were similar. Adverse effects, mostly vivid dreams, occurred in 15%.",
     dict(conditions=["multiple_sclerosis"], design="cohort_or_retrospective", population="human", sample_size=229,
          size_class="large", dose_class=None, outcomes={"relapse_rate", "safety_tolerability"}, finding="null", retracted=False),
     pub_types=["Journal Article"], mesh=["Multiple Sclerosis"])
case(900000017, "Dispensing of low-dose naltrexone and use of other drugs in fibromyalgia: a registry cohort study",
     "In this national registry cohort, 1,234 women with fibromyalgia who started LDN were followed for two years. "
     "Use of opioids and NSAIDs decreased significantly after LDN initiation.",
     dict(conditions=["fibromyalgia"], design="cohort_or_retrospective", population="human", sample_size=1234,
          size_class="large", dose_class=None, outcomes=set(), finding="positive", retracted=False),
     pub_types=["Journal Article", "Observational Study"])
case(900000018, "Patient-reported experience with low-dose naltrexone: an online survey",
     "An online questionnaire was completed by 874 respondents taking LDN for chronic pain or autoimmune disease. "
     "Most reported improved pain and sleep; 12% stopped because of side effects.",
     dict(conditions=["chronic_pain"], design="cross_sectional_or_survey", population="human", sample_size=874,
          size_class="large", dose_class=None, outcomes={"pain", "sleep", "safety_tolerability"}, finding="positive",
          retracted=False),
     pub_types=["Journal Article"])
case(900000019, "Cross-sectional study of low-dose naltrexone use among people with ME/CFS",
     "This cross-sectional study surveyed 412 people with myalgic encephalomyelitis/chronic fatigue syndrome about "
     "treatments tried. LDN was reported as helpful by 38%, with fatigue and brain fog the symptoms most often "
     "improved.",
     dict(conditions=["me_cfs"], design="cross_sectional_or_survey", population="human", sample_size=412,
          size_class="large", dose_class=None, outcomes={"fatigue", "cognition"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000020, "Low-dose naltrexone and survival in glioblastoma: a retrospective cohort",
     "Records of 96 patients with glioblastoma treated at one centre were analysed retrospectively; 30 had taken LDN "
     "3 mg. Overall survival did not differ between LDN users and non-users.",
     dict(conditions=["cancer"], design="cohort_or_retrospective", population="human", sample_size=96,
          size_class="medium", dose_class="low", outcomes={"survival"}, finding="null", retracted=False),
     pub_types=["Journal Article"])

# ---- case reports and series -----------------------------------------------------------------------
case(900000021, "Remission of refractory Crohn's disease with low-dose naltrexone: a case report",
     "We report a 34-year-old woman with Crohn's disease refractory to biologics who started naltrexone 4.5 mg. "
     "Within three months her symptoms resolved and colonoscopy showed mucosal healing.",
     dict(conditions=["crohns_disease"], design="case_report", population="human", sample_size=1, size_class="case",
          dose_class="low", outcomes={"endoscopic_healing", "remission"}, finding="positive", retracted=False),
     pub_types=["Case Reports"])
case(900000022, "Low-dose naltrexone for dermatomyositis itch",
     "A 58-year-old man with dermatomyositis had severe pruritus despite immunosuppression. Naltrexone 4.5 mg daily "
     "was added. Itch improved within two weeks and the rash was unchanged.",
     dict(conditions=["dermatomyositis"], design="case_report", population="human", sample_size=1, size_class="case",
          dose_class="low", outcomes={"pruritus", "skin_lesions"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000023, "Low-dose naltrexone in three patients with Hailey-Hailey disease: a case series",
     "We describe a case series of three patients with Hailey-Hailey disease treated with naltrexone 3 to 5 mg daily. "
     "Skin lesions improved in all three.",
     dict(conditions=[], design="case_series", population="human", sample_size=3, size_class="series",
          dose_class="low", outcomes={"skin_lesions"}, finding="positive", retracted=False),
     pub_types=["Case Reports"])
case(900000024, "Worsening of lupus after low-dose naltrexone",
     "We report the case of a 41-year-old woman with systemic lupus erythematosus whose disease activity worsened "
     "after starting LDN 4.5 mg; SLEDAI rose from 4 to 12 and improved after stopping.",
     dict(conditions=["sle_lupus"], design="case_report", population="human", sample_size=1, size_class="case",
          dose_class="low", outcomes={"disease_activity_index"}, finding="negative", retracted=False),
     pub_types=["Case Reports"], mesh=["Lupus Erythematosus, Systemic"])
case(900000025, "Low-dose naltrexone in diabetic neuropathy: report of seven cases",
     "Seven patients with painful diabetic neuropathy who took naltrexone 4.5 mg at night are described. Five "
     "reported less pain; two stopped because of insomnia.",
     dict(conditions=["diabetic_neuropathy"], design="case_series", population="human", sample_size=7, size_class="series",
          dose_class="low", outcomes={"pain", "sleep"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])

# ---- reviews --------------------------------------------------------------------------------------
case(900000026, "Low-dose naltrexone for chronic pain: a systematic review and meta-analysis",
     [("METHODS", "We searched MEDLINE, Embase and CENTRAL to June 2024 for trials of naltrexone at 1 to 5 mg."),
      ("RESULTS", "Eight randomized trials (n = 412) were included. Pooled pain reduction favoured LDN (SMD -0.35, 95% CI -0.61 to -0.09)."),
      ("CONCLUSIONS", "Low-certainty evidence suggests LDN reduces chronic pain.")],
     dict(conditions=["chronic_pain"], design="systematic_review_or_meta_analysis", population="none", sample_size=None,
          size_class=None, included_studies=8, dose_class="low", outcomes={"pain"}, finding="positive", retracted=False),
     pub_types=["Journal Article", "Systematic Review", "Meta-Analysis"])
case(900000027, "Naltrexone in autoimmune disease: a narrative review",
     "This review summarises the proposed mechanisms of low-dose naltrexone, including transient opioid receptor "
     "blockade, increased endorphins and TLR4 antagonism on microglia. Two randomized trials in Crohn's disease and "
     "small crossover trials in fibromyalgia and multiple sclerosis are discussed.",
     dict(conditions=[], design="narrative_review", population="none", sample_size=None, size_class=None,
          dose_class=None, finding="descriptive", retracted=False),
     pub_types=["Journal Article", "Review"])
case(900000028, "Low-dose naltrexone in dermatology: what do we know?",
     "Here we review the evidence for low-dose naltrexone in skin disease. Randomized evidence is lacking; most "
     "reports are case reports in pruritus, Hailey-Hailey disease and lichen planopilaris.",
     dict(conditions=[], design="narrative_review", population="none", sample_size=None, size_class=None,
          dose_class=None, finding="descriptive", retracted=False),
     pub_types=["Journal Article"])
case(900000029, "Efficacy of naltrexone in multiple sclerosis: systematic review of randomized controlled trials",
     "We systematically searched five databases. Four RCTs with 329 participants were eligible. Quality of life "
     "improved in one trial; fatigue, disability and relapse outcomes did not differ from placebo. Evidence for LDN "
     "in MS remains insufficient.",
     dict(conditions=["multiple_sclerosis"], design="systematic_review_or_meta_analysis", population="none",
          sample_size=None, size_class=None, included_studies=4, outcomes={"quality_of_life", "fatigue"},
          finding="mixed", retracted=False),
     pub_types=["Journal Article"])
case(900000030, "Low-dose naltrexone: a scoping review of registered trials",
     "This scoping review identified 41 registered trials of LDN. Most were small, single-centre and in chronic pain "
     "conditions.",
     dict(conditions=["chronic_pain"], design="systematic_review_or_meta_analysis", population="none", sample_size=None,
          size_class=None, included_studies=41, finding="descriptive", retracted=False),
     pub_types=["Journal Article", "Review"])

# ---- animal and cell studies ------------------------------------------------------------------------
case(900000031, "Low-dose naltrexone attenuates experimental autoimmune encephalomyelitis in mice",
     "C57BL/6 mice with EAE received naltrexone 0.1 mg/kg daily. Clinical scores were significantly reduced and "
     "spinal cord inflammation decreased compared with vehicle-treated mice.",
     dict(conditions=["multiple_sclerosis"], design="animal_study", population="animal", sample_size=None,
          size_class=None, dose_class=None, outcomes=set(),
          finding="positive", retracted=False),
     pub_types=["Journal Article"], mesh=["Encephalomyelitis, Autoimmune, Experimental", "Mice"])
case(900000032, "Opioid growth factor and naltrexone in human pancreatic cancer cell lines",
     "Human pancreatic cancer cell lines were exposed to naltrexone in vitro for 72 hours. Cell proliferation was "
     "inhibited by intermittent but not continuous naltrexone exposure.",
     dict(conditions=["cancer"], design="in_vitro", population="in_vitro", sample_size=None, size_class=None,
          dose_class=None, outcomes={"tumor_growth"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000033, "Naltrexone reduces colitis in rats",
     "Colitis was induced with dextran sulfate in 40 Wistar rats, which then received naltrexone or saline. Twenty "
     "rats per group were studied. Naltrexone significantly lowered histological inflammation scores.",
     dict(conditions=[], design="animal_study", population="animal", sample_size=None, size_class=None,
          dose_class=None, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000034, "Low-dose naltrexone modulates microglia in a mouse model of fibromyalgia-like pain and in cultured cells",
     "In a mouse model of widespread pain, LDN reduced mechanical allodynia. In cultured microglial cells, naltrexone "
     "decreased TLR4-dependent cytokine release.",
     dict(conditions=["fibromyalgia"], design="animal_study", population="mixed", sample_size=None, size_class=None,
          dose_class=None, outcomes={"pain", "inflammatory_markers"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000035, "Tumour growth in xenografted mice treated with low-dose naltrexone",
     "Nude mice bearing human ovarian cancer xenografts received naltrexone 0.1 mg/kg. Tumor volume did not differ "
     "from controls after 40 days.",
     dict(conditions=["cancer"], design="animal_study", population="animal", sample_size=None, size_class=None,
          dose_class=None, outcomes={"tumor_growth"}, finding="null", retracted=False),
     pub_types=["Journal Article"])

# ---- protocols, notices, no abstract -----------------------------------------------------------------
case(900000036, "Low-dose naltrexone for long COVID: protocol for a randomised controlled trial",
     "This protocol describes a trial in which 160 adults with long COVID will be randomised to LDN 4.5 mg or placebo. "
     "The primary outcome is fatigue at 12 weeks.",
     dict(conditions=["long_covid"], design="protocol", population="human", sample_size=None, size_class=None,
          dose_class="low", outcomes={"fatigue"}, finding=None, retracted=False),
     pub_types=["Journal Article"])
case(900000037, "Retraction notice: Low-dose naltrexone in Crohn's disease",
     "This article has been retracted at the request of the editor because of concerns about data integrity.",
     dict(conditions=["crohns_disease"], design="other", population="none", sample_size=None, size_class=None,
          finding=None, retracted=False),
     pub_types=["Retraction of Publication"], cc=[("RetractionOf", "900000038")])
case(900000038, "Low-dose naltrexone induces remission in Crohn's disease: a randomized trial",
     "Forty patients with Crohn's disease were randomized to LDN or placebo. Remission was significantly more frequent "
     "with LDN (p = 0.01).",
     dict(conditions=["crohns_disease"], design="rct", population="human", sample_size=40, size_class="small",
          dose_class=None, outcomes={"remission"}, finding="positive", retracted=True),
     pub_types=["Journal Article", "Randomized Controlled Trial", "Retracted Publication"],
     cc=[("RetractionIn", "900000037")])
case(900000039, "Low-dose naltrexone in fibromyalgia: erratum", "",
     dict(conditions=["fibromyalgia"], design="other", population="none", sample_size=None, finding=None,
          retracted=False),
     pub_types=["Published Erratum"], cc=[("ErratumFor", "900000001")])
case(900000040, "Naltrexone for chronic pain", "",
     dict(conditions=["chronic_pain"], design="other", population="none", sample_size=None, finding=None,
          retracted=False),
     pub_types=["Letter"])

# ---- traps: numbers that are not sample sizes ---------------------------------------------------------
case(900000041, "Low-dose naltrexone 4.5 mg for 12 weeks in 50-year-old women with fibromyalgia",
     "Women aged 30 to 65 years took naltrexone 4.5 mg for 12 weeks; 75% completed follow-up. Pain improved "
     "significantly compared with baseline (p < 0.001).",
     dict(conditions=["fibromyalgia"], design="open_label_single_arm", population="human", sample_size=None, size_class=None,
          dose_class="low", outcomes={"pain"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000042, "Twelve-week low-dose naltrexone in Crohn's disease: an open-label study",
     "Nineteen patients received 4.5 mg LDN daily for 12 weeks. The mean age was 38 years. At week 12, 12 of 19 "
     "patients had a clinical response and the CDAI fell significantly (p = 0.002).",
     dict(conditions=["crohns_disease"], design="open_label_single_arm", population="human", sample_size=19,
          size_class="small", dose_class="low", outcomes={"disease_activity_index"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000043, "Naltrexone and methotrexate in rheumatoid arthritis",
     "Thirty-six patients on methotrexate 15 mg weekly were randomized to add LDN 4.5 mg or placebo for 16 weeks. "
     "DAS28 improved significantly more with LDN.",
     dict(conditions=["rheumatoid_arthritis"], design="rct", population="human", sample_size=36, size_class="small",
          dose_class="low", outcomes={"disease_activity_index"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000044, "LDN in 2019 and 2020: prescribing to 300 patients with multiple sclerosis at one clinic",
     "A retrospective review identified 300 patients with MS prescribed LDN between 2019 and 2020, of whom 56% "
     "continued for more than 6 months. Reasons for stopping included insomnia.",
     dict(conditions=["multiple_sclerosis"], design="cohort_or_retrospective", population="human", sample_size=300,
          size_class="large", dose_class=None, outcomes={"sleep"}, finding="descriptive", retracted=False),
     pub_types=["Journal Article"])
case(900000045, "Low-dose naltrexone in fibromyalgia: ten women followed for 8 weeks",
     "Ten women with fibromyalgia took LDN. Pain and fatigue decreased; the reduction in pain was not statistically "
     "significant (p = 0.09).",
     dict(conditions=["fibromyalgia"], design="open_label_single_arm", population="human", sample_size=10, size_class="small",
          dose_class=None, outcomes={"pain", "fatigue"}, finding="null", retracted=False),
     pub_types=["Journal Article"])
case(900000046, "Per-arm counts in a trial of LDN for chronic low back pain",
     "Participants with chronic low back pain were randomized to naltrexone 3 mg (n = 25), naltrexone 1 mg (n = 24) "
     "or placebo (n = 26). Pain did not differ across arms at 8 weeks.",
     dict(conditions=["chronic_pain"], design="rct", population="human", sample_size=75, size_class="medium",
          dose_class="low", outcomes={"pain"}, finding="null", retracted=False),
     pub_types=["Journal Article"])
case(900000047, "A large pragmatic trial of LDN in fibromyalgia",
     [("METHODS", "In a randomized, placebo-controlled trial, N = 1,005 adults with fibromyalgia received naltrexone 6 mg or placebo."),
      ("RESULTS", "Pain improved by 0.4 points more with naltrexone (95% CI 0.1 to 0.7)."),
      ("CONCLUSIONS", "Naltrexone 6 mg produced a small but significant improvement in fibromyalgia pain.")],
     dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=1005, size_class="large",
          dose_class=None, outcomes={"pain"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])

# ---- traps: background and mentions -----------------------------------------------------------------------
case(900000048, "Low-dose naltrexone in complex regional pain syndrome: open-label study",
     [("BACKGROUND", "Low-dose naltrexone has been used in multiple sclerosis, Crohn's disease and fibromyalgia. In mice, it reduces glial activation."),
      ("METHODS", "Fourteen patients with CRPS took naltrexone 4.5 mg daily in an open-label study."),
      ("RESULTS", "Pain decreased significantly (p = 0.03)."),
      ("CONCLUSIONS", "LDN may reduce CRPS pain.")],
     dict(conditions=["crps"], design="open_label_single_arm", population="human", sample_size=14, size_class="small",
          dose_class="low", outcomes={"pain"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000049, "Naltrexone and fatigue in ME/CFS",
     "Low-dose naltrexone is used off-label for fatigue in many conditions, including multiple sclerosis, long COVID "
     "and fibromyalgia. In this retrospective study of 218 patients with ME/CFS, 73.9% reported a positive treatment "
     "response.",
     dict(conditions=["me_cfs"], design="cohort_or_retrospective", population="human", sample_size=218,
          size_class="large", dose_class=None, outcomes={"fatigue"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000050, "Ulcerative colitis and low-dose naltrexone: a retrospective cohort",
     "Forty-seven patients with ulcerative colitis started LDN. Endoscopic improvement was seen in 25 patients and "
     "clinical remission in 18.",
     dict(conditions=["ulcerative_colitis"], design="cohort_or_retrospective", population="human", sample_size=47, size_class="small",
          dose_class=None, outcomes={"endoscopic_healing", "remission"}, finding="positive", retracted=False),
     pub_types=["Journal Article"], mesh=["Colitis, Ulcerative"])

# ---- more designs and populations -------------------------------------------------------------------------
case(900000051, "Low-dose naltrexone for Hashimoto's thyroiditis: a randomised trial",
     "Fifty-two patients with Hashimoto's thyroiditis were randomised to LDN 4.5 mg or placebo for 6 months. "
     "Anti-TPO antibodies did not differ between groups.",
     dict(conditions=["hashimotos_thyroiditis"], design="rct", population="human", sample_size=52, size_class="medium",
          dose_class="low", outcomes={"thyroid_antibodies"}, finding="null", retracted=False),
     pub_types=["Journal Article"], mesh=["Hashimoto Disease"])
case(900000052, "Ultra-low-dose naltrexone with oxycodone: randomized trial of analgesia",
     "Patients with chronic low back pain (n = 360) were randomized to oxycodone plus naltrexone 0.0001 mg or oxycodone "
     "alone. Pain relief was similar, and opioid side effects did not differ.",
     dict(conditions=["chronic_pain"], design="rct", population="human", sample_size=360, size_class="large",
          dose_class="ultra_low", outcomes={"pain", "safety_tolerability"}, finding="null", retracted=False),
     pub_types=["Journal Article", "Randomized Controlled Trial"])
case(900000053, "Low-dose naltrexone in lupus: effect on cytokines in patient cells",
     "Peripheral blood mononuclear cells from 20 patients with SLE were cultured with naltrexone in vitro. IL-6 "
     "release was significantly reduced.",
     dict(conditions=["sle_lupus"], design="in_vitro", population="mixed", sample_size=20, size_class="small",
          dose_class=None, outcomes={"inflammatory_markers"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000054, "Naltrexone in diabetic neuropathic pain in rats",
     "Streptozotocin-diabetic rats received naltrexone. Mechanical allodynia was attenuated significantly.",
     dict(conditions=["diabetic_neuropathy"], design="animal_study", population="animal", sample_size=None,
          size_class=None, dose_class=None, outcomes={"pain"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000055, "Low-dose naltrexone in long COVID: a case series of 59 patients",
     "We present a case series of 59 patients with post-COVID fatigue treated with LDN 1 to 4.5 mg. Fatigue improved "
     "in 52% and was well tolerated.",
     dict(conditions=["long_covid"], design="case_series", population="human", sample_size=59, size_class="medium",
          dose_class="low", outcomes={"fatigue", "safety_tolerability"}, finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000056, "Safety of low-dose naltrexone in children with Crohn's disease",
     "Fourteen children with moderate to severe Crohn's disease received naltrexone 0.1 mg/kg in an open-label "
     "study. No serious adverse events occurred and naltrexone was well tolerated.",
     dict(conditions=["crohns_disease"], design="open_label_single_arm", population="human", sample_size=14,
          size_class="small", dose_class=None, outcomes={"safety_tolerability"}, finding="safety_only", retracted=False),
     pub_types=["Journal Article", "Clinical Trial"])
case(900000057, "Expression of concern about a low-dose naltrexone trial in fibromyalgia",
     "The editors are issuing an expression of concern about this trial's data.",
     dict(conditions=["fibromyalgia"], design="other", population="none", sample_size=None, finding=None, retracted=False),
     pub_types=["Expression of Concern"], cc=[("ExpressionOfConcernFor", "900000058")])
case(900000058, "Low-dose naltrexone improves fibromyalgia pain: a randomized trial",
     "Sixty-five women with fibromyalgia were randomized to LDN or placebo. Pain improved significantly with LDN.",
     dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=65, size_class="medium",
          dose_class=None, outcomes={"pain"}, finding="positive", retracted=False, expression_of_concern=True),
     pub_types=["Journal Article"], cc=[("ExpressionOfConcernIn", "900000057")])
case(900000059, "Naltrexone for binge drinking in young adults",
     "One hundred twenty-eight young adult heavy drinkers were randomized to naltrexone 25 mg daily plus targeted "
     "dosing or placebo. Drinks per drinking day were significantly lower with naltrexone.",
     dict(conditions=["alcohol_use_disorder"], design="rct", population="human", sample_size=128, size_class="medium",
          dose_class="standard", outcomes=set(), finding="positive", retracted=False),
     pub_types=["Journal Article"])
case(900000060, "Low-dose naltrexone and quality of life in multiple sclerosis: a crossover pilot",
     [("METHODS", "Eighty patients with multiple sclerosis completed a double-blind, placebo-controlled crossover study of 8 weeks of LDN 4.5 mg and 8 weeks of placebo."),
      ("RESULTS", "Mental health quality of life improved significantly with LDN (p = 0.04); physical quality of life, pain and fatigue did not differ."),
      ("CONCLUSIONS", "LDN significantly improved mental health quality of life in MS.")],
     dict(conditions=["multiple_sclerosis"], design="crossover_rct", population="human", sample_size=80,
          size_class="medium", dose_class="low", outcomes={"quality_of_life", "pain", "fatigue"}, finding="mixed",
          retracted=False),
     pub_types=["Journal Article", "Clinical Trial"])
case(900000061, "Low-dose naltrexone in melanoma: a randomized phase II trial",
     "Ninety-one patients with stage III melanoma were randomized to LDN 4.5 mg or observation after surgery. "
     "Progression-free survival did not differ (HR 0.96).",
     dict(conditions=["cancer"], design="rct", population="human", sample_size=91, size_class="medium",
          dose_class="low", outcomes={"survival"}, finding="null", retracted=False),
     pub_types=["Journal Article"])
case(900000062, "Opioid receptor expression in synovial tissue of patients with rheumatoid arthritis",
     "Synovial biopsies from 24 patients with rheumatoid arthritis were analysed. Mu-opioid receptor expression was "
     "higher in inflamed tissue.",
     dict(conditions=["rheumatoid_arthritis"], design="other", population="human", sample_size=24, size_class="small",
          dose_class=None, outcomes={"endorphins"}, finding="descriptive", retracted=False),
     pub_types=["Journal Article"])

TAGS = ("conditions", "design", "population", "sample_size", "size_class", "included_studies", "dose_class",
        "outcomes", "finding", "retracted", "expression_of_concern")
