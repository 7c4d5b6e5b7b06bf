"""HELD-OUT sets of synthetic abstracts (describing no real study; fake PMIDs 901000001+), written
after the rules. benchmarks/tag_accuracy.py reports them separately from the development set; no test
asserts them.

HELDOUT_V1 was measured once, then used to fix general gaps in the rules (so it is development data
now). Its first measurement, before any fix: conditions 11/12, design 10/12, population 11/12,
sample_size 11/12, dose_class 7/7, finding 6/12. HELDOUT_V2 was written after those fixes and has
not been used to change any rule: it is the current estimate on unseen text."""

from __future__ import annotations

from tagging_cases import _article

HELDOUT: list = []  # v1, see above
HELDOUT_V2: list = []


def case(pmid, title, abstract, expected, into=None, **kw):
    (HELDOUT if into is None else into).append((_article(str(pmid), title, abstract, **kw), expected))


case(901000001, "Effect of low dose naltrexone on quality of life in Crohn's disease: a double-blind trial",
     "Patients with mild to moderate Crohn's disease (n=44) were assigned at random to naltrexone 4.5 mg or "
     "matching placebo. IBDQ scores rose by 18 points on naltrexone and 9 on placebo (P=0.04). Naltrexone "
     "improved quality of life.",
     dict(conditions=["crohns_disease"], design="rct", population="human", sample_size=44, dose_class="low",
          finding="positive"))
case(901000002, "LDN for painful diabetic neuropathy compared with amitriptyline",
     "In a randomised, double-blind crossover trial, 67 patients with painful diabetic neuropathy received LDN 2 mg "
     "and amitriptyline 10 mg for 6 weeks each. Pain relief was equivalent, and LDN caused fewer adverse events.",
     dict(conditions=["diabetic_neuropathy"], design="crossover_rct", population="human", sample_size=67,
          dose_class="low", finding="null"))
case(901000003, "Naltrexone in the management of hidradenitis suppurativa: three cases",
     "Three women with hidradenitis suppurativa received naltrexone 4.5 mg daily. All reported fewer flares.",
     dict(conditions=[], design="case_series", population="human", sample_size=3, dose_class="low",
          finding="positive"))
case(901000004, "Opioid antagonism and T-cell proliferation in vitro",
     "Jurkat cells were incubated with naltrexone at increasing concentrations. Proliferation decreased at high "
     "concentrations only.",
     dict(conditions=[], design="in_vitro", population="in_vitro", sample_size=None, finding="positive"))
case(901000005, "Low-dose naltrexone use and fatigue in long COVID: an observational cohort",
     "We followed 52 consecutive outpatients with post-COVID syndrome who chose to start LDN. Fatigue scores "
     "improved over 3 months, but no control group was available.",
     dict(conditions=["long_covid"], design="cohort_or_retrospective", population="human", sample_size=52,
          finding="positive"))
case(901000006, "Low dose naltrexone in multiple sclerosis: a review of clinical evidence",
     "Five clinical trials of LDN in MS are reviewed. Effects on quality of life were inconsistent and no trial "
     "showed an effect on relapses.",
     dict(conditions=["multiple_sclerosis"], design="narrative_review", population="none", sample_size=None,
          finding="descriptive"))
case(901000007, "Randomised trial of naltrexone for pruritus in primary biliary cholangitis",
     "Thirty-two patients with cholestatic pruritus were randomised to naltrexone 50 mg or placebo. Itch scores "
     "fell by 54% with naltrexone and 8% with placebo.",
     dict(conditions=[], design="rct", population="human", sample_size=32, dose_class="standard",
          finding="positive"))
case(901000008, "Survey of prescribers of low-dose naltrexone",
     "A national survey was sent to 1,500 pharmacists; 412 responded. Most had dispensed LDN for fibromyalgia or "
     "multiple sclerosis.",
     dict(conditions=[], design="cross_sectional_or_survey", population="human", sample_size=412,
          finding="descriptive"))
case(901000009, "Low-dose naltrexone in rats with collagen-induced arthritis",
     "Collagen-induced arthritis was produced in 30 Lewis rats. Naltrexone did not reduce paw swelling compared "
     "with vehicle.",
     dict(conditions=["rheumatoid_arthritis"], design="animal_study", population="animal", sample_size=None,
          finding="null"))
case(901000010, "Naltrexone implants for heroin dependence: randomized trial",
     "Seventy heroin-dependent adults were randomized to naltrexone implant or oral naltrexone 50 mg. Retention "
     "in treatment was significantly longer with the implant.",
     dict(conditions=["opioid_use_disorder"], design="rct", population="human", sample_size=70,
          dose_class="standard", finding="positive"))
case(901000011, "Low-dose naltrexone for Hashimoto's thyroiditis: our experience",
     "Between 2015 and 2020, 27 patients with Hashimoto's thyroiditis at our clinic were treated with LDN 1.5-4.5 mg. "
     "Thyroid antibody levels were unchanged.",
     dict(conditions=["hashimotos_thyroiditis"], design="other", population="human", sample_size=27,
          dose_class="low", finding="null"))
case(901000012, "Low-dose naltrexone for chronic pain in veterans: a pragmatic randomized trial protocol",
     "We describe the design of a trial that will randomize 300 veterans with chronic pain to LDN or placebo.",
     dict(conditions=["chronic_pain"], design="protocol", population="human", sample_size=None, dose_class=None,
          finding=None))


# ---- v2: written after the v1 fixes; not used to change any rule ------------------------------------
def v2(pmid, title, abstract, expected, **kw):
    case(pmid, title, abstract, expected, into=HELDOUT_V2, **kw)


v2(902000001, "Low-dose naltrexone in Gulf War illness: a randomized controlled trial",
   "Sixty-five veterans with Gulf War illness were randomly allocated to LDN 4.5 mg/d or placebo for 12 weeks. "
   "The proportion reporting global improvement did not differ significantly between arms (32% vs 25%).",
   dict(conditions=[], design="rct", population="human", sample_size=65, dose_class="low", finding="null"))
v2(902000002, "Tolerability of low-dose naltrexone in children with inflammatory bowel disease: a retrospective study",
   "Charts of 23 children with Crohn's disease or ulcerative colitis who received LDN between 2012 and 2019 were "
   "reviewed. Adverse effects occurred in 4 children and were mild.",
   dict(conditions=["crohns_disease", "ulcerative_colitis"], design="cohort_or_retrospective", population="human",
        sample_size=23, dose_class=None, finding="safety_only"))
v2(902000003, "Low-dose naltrexone for psoriatic arthritis-related fatigue: an open-label, single-centre pilot",
   "Fifteen adults with psoriatic arthritis took LDN 4.5 mg nightly for 12 weeks. Fatigue decreased significantly "
   "from baseline (p=0.03), whereas joint counts did not change.",
   dict(conditions=["psoriasis"], design="open_label_single_arm", population="human", sample_size=15,
        dose_class="low", finding="positive"))
v2(902000004, "Effects of naltrexone on tumour growth in a mouse model of colon cancer",
   "BALB/c mice bearing CT26 tumours received naltrexone 0.1 mg/kg or saline daily. Tumour volume was 40% smaller "
   "in treated mice (P<0.01).",
   dict(conditions=["cancer"], design="animal_study", population="animal", sample_size=None, dose_class=None,
        finding="positive"))
v2(902000005, "Low-dose naltrexone and Sjögren's syndrome: a randomised double-blind crossover trial",
   "Twenty-four patients with primary Sjögren's syndrome received LDN 4.5 mg and placebo for 8 weeks each in "
   "random order. Fatigue and dryness scores were not significantly different between periods.",
   dict(conditions=["sjogrens"], design="crossover_rct", population="human", sample_size=24, dose_class="low",
        finding="null"))
v2(902000006, "A meta-analysis of low-dose naltrexone for fibromyalgia",
   "Six randomised trials with 520 participants were pooled. LDN reduced pain compared with placebo "
   "(standardised mean difference -0.31), with low certainty.",
   dict(conditions=["fibromyalgia"], design="systematic_review_or_meta_analysis", population="none",
        sample_size=None, included_studies=6, finding="positive"))
v2(902000007, "Low-dose naltrexone in a patient with lichen planopilaris",
   "A 62-year-old woman with biopsy-proven lichen planopilaris was treated with naltrexone 3 mg daily. After 6 "
   "months, scalp inflammation and itch had resolved.",
   dict(conditions=[], design="case_report", population="human", sample_size=1, dose_class="low",
        finding="positive"))
v2(902000008, "Immune effects of low-dose naltrexone in healthy volunteers",
   "Thirty healthy volunteers took LDN 4.5 mg for 10 days. Serum IL-6 and TNF-alpha were unchanged, while "
   "beta-endorphin rose significantly.",
   dict(conditions=[], design="open_label_single_arm", population="human", sample_size=30, dose_class="low",
        finding="mixed"))
v2(902000009, "Naltrexone for self-injurious behaviour in adults with intellectual disability",
   "In a double-blind, placebo-controlled crossover study, 26 adults with intellectual disability received "
   "naltrexone 50 mg daily. Self-injury fell by 30% on naltrexone compared with placebo.",
   dict(conditions=[], design="crossover_rct", population="human", sample_size=26, dose_class="standard",
        finding="positive"))
v2(902000010, "Low-dose naltrexone in systemic lupus erythematosus: a cohort from a tertiary centre",
   "We identified 41 patients with SLE who were prescribed LDN. Disease activity (SLEDAI) improved in 12 and "
   "worsened in 3.",
   dict(conditions=["sle_lupus"], design="cohort_or_retrospective", population="human", sample_size=41,
        dose_class=None, finding="mixed"))
v2(902000011, "Study protocol: low-dose naltrexone for fatigue in multiple sclerosis (LDN-FAT)",
   "This study protocol describes a randomized trial in which participants with MS will receive LDN or placebo.",
   dict(conditions=["multiple_sclerosis"], design="protocol", population="human", sample_size=None,
        dose_class=None, finding=None))
v2(902000012, "Low-dose naltrexone in ulcerative colitis: a prospective open trial",
   "Twenty patients with active ulcerative colitis received 4.5 mg LDN for 12 weeks. Clinical remission was "
   "achieved in 35% and the Mayo score fell significantly.",
   dict(conditions=["ulcerative_colitis"], design="open_label_single_arm", population="human", sample_size=20,
        dose_class="low", finding="positive"))
