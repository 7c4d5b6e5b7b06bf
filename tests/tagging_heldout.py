"""HELD-OUT sets of synthetic abstracts (describing no real study; fake PMIDs 901000001+), written
after the rules. benchmarks/tag_accuracy.py reports them separately from the development set; no test
asserts them.

Each set was written before it was first run, measured once (the figures are in its commit message and
the README), then used to fix general gaps in the rules, which makes it development data; the next set
was written after those fixes. First measurements (conditions, design, population, sample_size,
dose_class, finding): v1 11/12 10/12 11/12 11/12 7/7 6/12; v2 12/12 10/12 12/12 12/12 11/11 7/12;
v3 19/20 18/20 20/20 19/20 19/20 12/20; v4 13/16 14/16 16/16 16/16 16/16 10/16;
v5 15/16 13/16 16/16 16/16 16/16 11/16. A label changed after measuring says why beside it."""

from __future__ import annotations

from functools import partial

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
v2 = partial(case, into=HELDOUT_V2)


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


# ---- v3: written at the start of session 2, before the rule fixes made for v2's failures; measured once ----
HELDOUT_V3: list = []


v3 = partial(case, into=HELDOUT_V3)


v3(903000001, "Low-dose naltrexone for chronic low back pain: a randomised, placebo-controlled pilot study",
   [("BACKGROUND", "Chronic low back pain is a leading cause of disability; opioids are often prescribed."),
    ("METHODS", "Forty-two adults with chronic low back pain were randomised to LDN 4.5 mg (n=21) or placebo (n=21) "
                "for 8 weeks. The primary outcome was the change in average pain intensity."),
    ("RESULTS", "Pain intensity fell by 1.9 points with LDN and 1.2 points with placebo; the difference was not "
                "statistically significant (p=0.21). Sleep quality improved more with LDN (p=0.03)."),
    ("CONCLUSIONS", "LDN did not reduce pain more than placebo in this pilot study.")],
   dict(conditions=["chronic_pain"], design="rct", population="human", sample_size=42, dose_class="low",
        finding="null"))  # relabelled: issue 8 - the primary outcome (pain, null) decides
v3(903000002, "Naltrexone at low dose in refractory pruritus of cholestasis: report of two cases",
   "We describe two patients with primary biliary cholangitis and refractory itch who were given naltrexone "
   "6 mg daily. Both reported marked relief of pruritus within two weeks.",
   dict(conditions=[], design="case_series", population="human", sample_size=2, dose_class=None,
        finding="positive"))  # dose label corrected after measuring: 6 mg is outside every documented class
v3(903000003, "Low-dose naltrexone attenuates neuroinflammation in a rat model of neuropathic pain",
   "Male Sprague-Dawley rats underwent chronic constriction injury of the sciatic nerve and were treated with "
   "naltrexone (0.1 mg/kg/day) for 14 days. Mechanical allodynia was reduced and spinal microglial activation "
   "was attenuated compared with vehicle.",
   dict(conditions=[], design="animal_study", population="animal", sample_size=None, dose_class=None,
        finding="positive"))
v3(903000004, "Long-term use of low-dose naltrexone in multiple sclerosis: a nationwide prescription-register study",
   "Using national prescription registers, we identified 1,573 persons with MS who filled at least one LDN "
   "prescription and 6,292 matched non-users. The rate of dispensed relapse treatment did not differ between "
   "users and non-users (hazard ratio 0.97, 95% CI 0.85-1.10).",
   dict(conditions=["multiple_sclerosis"], design="cohort_or_retrospective", population="human",
        sample_size=7865, dose_class=None, finding="null"))
v3(903000005, "Effect of naltrexone on proliferation of ovarian cancer cells",
   "SKOV-3 and OVCAR-3 ovarian cancer cell lines were exposed to naltrexone (10^-6 M) intermittently or "
   "continuously. Intermittent exposure reduced cell number by 20%, whereas continuous exposure increased it.",
   dict(conditions=["cancer"], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
        finding="mixed"))
v3(903000006, "Low-dose naltrexone in long COVID: an open-label study of fatigue and cognition",
   [("METHODS", "Fifty-two patients with post-COVID-19 condition received naltrexone titrated to 4.5 mg for two "
                "months. Fatigue (FSS), cognition and quality of life were assessed at baseline and at 2 months."),
    ("RESULTS", "Fatigue scores improved from 5.9 to 4.6 (p<0.001); cognitive scores were unchanged. Two "
                "patients stopped because of insomnia."),
    ("CONCLUSION", "LDN was associated with less fatigue in long COVID. Controlled trials are needed.")],
   dict(conditions=["long_covid"], design="open_label_single_arm", population="human", sample_size=52,
        dose_class="low", finding="positive"))
v3(903000007, "Low dose naltrexone: a review of its use in dermatology",
   "Low dose naltrexone has been reported in lichen planopilaris, Hailey-Hailey disease, psoriasis and "
   "pruritus. This review summarises the mechanisms proposed and the published case reports and small studies.",
   dict(conditions=["psoriasis"], design="narrative_review", population="none", sample_size=None,
        dose_class=None, finding="descriptive"), pub_types=["Journal Article", "Review"])
v3(903000008, "Low-dose naltrexone versus placebo for complex regional pain syndrome: a double-blind "
   "randomized crossover trial",
   "Thirty-four patients with CRPS type 1 received LDN 4.5 mg and placebo, each for 8 weeks, in random order. "
   "Pain (NRS) was 6.1 during LDN and 6.3 during placebo (p=0.52). Adverse events were similar.",
   dict(conditions=["crps"], design="crossover_rct", population="human", sample_size=34, dose_class="low",
        finding="null"))
v3(903000009, "Reversal of hair loss in alopecia areata with low-dose naltrexone",
   "A 34-year-old man with alopecia areata unresponsive to topical steroids began naltrexone 3 mg at night. "
   "Regrowth was seen at 3 months and was nearly complete at 9 months.",
   dict(conditions=[], design="case_report", population="human", sample_size=1, dose_class="low",
        finding="positive"))
v3(903000010, "Patient-reported use of low-dose naltrexone in Hashimoto's thyroiditis: an online survey",
   "An online questionnaire was completed by 312 respondents with Hashimoto's thyroiditis who had taken LDN. "
   "Of these, 58% reported improved energy, and 12% reported vivid dreams.",
   dict(conditions=["hashimotos_thyroiditis"], design="cross_sectional_or_survey", population="human",
        sample_size=312, dose_class=None, finding="positive"))
v3(903000011, "Naltrexone 50 mg and alcohol consumption in heavy drinkers with depression",
   "In this randomized placebo-controlled trial, 138 heavy drinkers with major depression received naltrexone "
   "50 mg/day or placebo for 12 weeks. Heavy drinking days decreased in both groups with no significant "
   "difference between groups.",
   dict(conditions=["alcohol_use_disorder"], design="rct", population="human", sample_size=138,
        dose_class="standard", finding="null"))
v3(903000012, "Low-dose naltrexone in ulcerative colitis and Crohn's disease: a systematic review",
   "We searched MEDLINE, Embase and CENTRAL to March 2024. Nine studies (two RCTs, seven observational) with "
   "492 patients were included. Evidence was of low certainty; clinical response rates ranged from 25% to 80%.",
   dict(conditions=["crohns_disease", "ulcerative_colitis"], design="systematic_review_or_meta_analysis",
        population="none", sample_size=None, included_studies=9, dose_class=None, finding="descriptive"))
v3(903000013, "Opioid growth factor receptor expression after naltrexone in human pancreatic cancer xenografts",
   "Nude mice bearing human pancreatic cancer xenografts received naltrexone 0.1 mg/kg or saline. Tumour "
   "volume did not differ between groups, but OGFr expression was upregulated.",
   dict(conditions=["cancer"], design="animal_study", population="animal", sample_size=None, dose_class=None,
        finding="null"))
v3(903000014, "Low-dose naltrexone in systemic sclerosis: a retrospective case series",
   "Medical records of nine patients with systemic sclerosis treated with LDN at our clinic were reviewed. "
   "Pruritus improved in seven patients; modified Rodnan skin score did not change. No serious adverse events "
   "were recorded.",
   dict(conditions=["systemic_sclerosis"], design="case_series", population="human", sample_size=9,
        dose_class=None, finding="positive"))
v3(903000015, "Retraction: Low-dose naltrexone improves fatigue in chronic fatigue syndrome",
   "This article has been retracted at the request of the editors because of concerns about data integrity.",
   dict(conditions=["me_cfs"], design="other", population="none", sample_size=None, dose_class=None,
        finding=None), pub_types=["Retraction of Publication"])
v3(903000016, "Low-dose naltrexone for rheumatoid arthritis: a prescription cohort",
   "From a national register we identified 412 patients with RA who started LDN. Use of NSAIDs and "
   "disease-modifying drugs decreased significantly in the year after LDN was started.",
   dict(conditions=["rheumatoid_arthritis"], design="cohort_or_retrospective", population="human",
        sample_size=412, dose_class=None, finding="positive"))
v3(903000017, "Sublingual ultra-low-dose naltrexone added to oxycodone after surgery",
   "Patients undergoing knee arthroplasty (n = 120) were randomly assigned to oxycodone plus naltrexone "
   "0.0001 mg or oxycodone alone. Opioid consumption and pain scores did not differ, but nausea was less "
   "frequent with naltrexone.",
   dict(conditions=[], design="rct", population="human", sample_size=120, dose_class="ultra_low",
        finding="mixed"))
v3(903000018, "Low-dose naltrexone in dermatomyositis-associated skin disease",
   "Five patients with refractory cutaneous dermatomyositis took LDN 4.5 mg daily. Cutaneous disease activity "
   "(CDASI) fell in four of five patients, and itch improved in all.",
   dict(conditions=["dermatomyositis"], design="case_series", population="human", sample_size=5,
        dose_class="low", finding="positive"))
v3(903000019, "Low-dose naltrexone in painful diabetic neuropathy: a randomized, active-comparator trial",
   "A total of 78 patients were randomized to LDN 2 mg or amitriptyline 10 mg for 6 weeks. LDN was "
   "non-inferior to amitriptyline for pain and caused less somnolence.",
   dict(conditions=["diabetic_neuropathy"], design="rct", population="human", sample_size=78, dose_class="low",
        finding="positive"))
v3(903000020, "Low-dose naltrexone and thyroid autoantibodies: a prospective observational study",
   "Sixty women with Hashimoto's thyroiditis on levothyroxine were followed for six months after starting LDN "
   "4.5 mg. Anti-TPO antibody titres fell significantly (p=0.002), whereas TSH did not change.",
   dict(conditions=["hashimotos_thyroiditis"], design="cohort_or_retrospective", population="human",
        sample_size=60, dose_class="low", finding="positive"))


# ---- v4: written after the session-2 fixes (driven by v2 and v3); measured once, never tuned on -----------
HELDOUT_V4: list = []


v4 = partial(case, into=HELDOUT_V4)


v4(904000001, "Low-dose naltrexone for pain in Ehlers-Danlos syndrome: a retrospective chart review",
   "We reviewed the charts of 35 adults with hypermobile Ehlers-Danlos syndrome prescribed LDN (1.5-4.5 mg). "
   "Twenty reported reduced pain at follow-up, nine reported no change and six stopped because of headache or "
   "insomnia.",
   dict(conditions=["chronic_pain"], design="cohort_or_retrospective", population="human", sample_size=35,
        dose_class="low", finding="mixed"))
v4(904000002, "Effect of low-dose naltrexone on disability in secondary progressive multiple sclerosis",
   [("OBJECTIVE", "To assess whether LDN slows disability progression in SPMS."),
    ("METHODS", "In this double-blind trial, 96 participants were randomly assigned to LDN 4.5 mg or placebo and "
                "followed for two years."),
    ("RESULTS", "EDSS progression occurred in 21% of the LDN group and 23% of the placebo group (hazard ratio "
                "0.91; 95% CI 0.52-1.59)."),
    ("CONCLUSIONS", "LDN did not slow disability progression in secondary progressive MS.")],
   dict(conditions=["multiple_sclerosis"], design="rct", population="human", sample_size=96, dose_class="low",
        finding="null"), pub_types=["Journal Article", "Randomized Controlled Trial"])
v4(904000003, "Naltrexone modulates TLR4 signalling in human microglial cells",
   "Human microglial cells (HMC3) were stimulated with lipopolysaccharide in the presence of naltrexone. "
   "Naltrexone inhibited IL-1beta and TNF release in a concentration-dependent manner.",
   dict(conditions=[], design="in_vitro", population="in_vitro", sample_size=None, dose_class=None,
        finding="positive"))
v4(904000004, "Low-dose naltrexone in Crohn's disease: a Cochrane systematic review",
   "Two randomised controlled trials involving 46 participants met the inclusion criteria. The evidence was "
   "insufficient to allow firm conclusions about the efficacy and safety of LDN in Crohn's disease.",
   dict(conditions=["crohns_disease"], design="systematic_review_or_meta_analysis", population="none",
        sample_size=None, included_studies=2, dose_class=None, finding="descriptive"),
   pub_types=["Journal Article", "Systematic Review"])
v4(904000005, "Low-dose naltrexone for fibromyalgia in primary care: a pragmatic randomised trial",
   "We randomised 200 patients with fibromyalgia to LDN (n = 100) or usual care (n = 100). At 12 weeks, LDN "
   "was associated with a modest reduction in pain (mean difference -0.6 points, 95% CI -1.1 to -0.1) but no "
   "difference in fatigue or function.",
   dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=200, dose_class=None,
        finding="mixed"))
v4(904000006, "A case of Hailey-Hailey disease responding to low-dose naltrexone",
   "A 58-year-old woman with long-standing Hailey-Hailey disease was started on LDN 4.5 mg. Within eight weeks "
   "the erosions healed and she remained clear at one year.",
   dict(conditions=[], design="case_report", population="human", sample_size=1, dose_class="low",
        finding="positive"))
v4(904000007, "Low-dose naltrexone in post-COVID fatigue: a randomized placebo-controlled trial",
   "One hundred and sixty adults with post-COVID fatigue were randomized to LDN 4.5 mg or placebo for 16 weeks. "
   "Fatigue scores improved in both arms, and the between-group difference was not significant (p=0.47). LDN "
   "was well tolerated.",
   dict(conditions=["long_covid"], design="rct", population="human", sample_size=160, dose_class="low",
        finding="null"))
v4(904000008, "Opioid antagonist treatment and colitis severity in IL-10 knockout mice",
   "IL-10-deficient mice were given naltrexone or saline for four weeks. Histological inflammation scores were "
   "lower in naltrexone-treated mice than in controls.",
   dict(conditions=["ulcerative_colitis", "crohns_disease"], design="animal_study", population="animal",
        sample_size=None, dose_class=None, finding="positive"))
v4(904000009, "Low-dose naltrexone use among patients with psoriasis: a cross-sectional study",
   "We conducted a cross-sectional survey of 128 patients with psoriasis attending two dermatology clinics; "
   "17 (13%) had used LDN. Users more often reported anxiety about conventional systemic therapy.",
   dict(conditions=["psoriasis"], design="cross_sectional_or_survey", population="human", sample_size=128,
        dose_class=None, finding="descriptive"))
v4(904000010, "Worsening of myasthenia gravis after starting low-dose naltrexone",
   "A 41-year-old man with myasthenia gravis developed worsening ptosis and dysphagia two weeks after starting "
   "LDN 3 mg. Symptoms resolved after discontinuation.",
   dict(conditions=[], design="case_report", population="human", sample_size=1, dose_class="low",
        finding="negative"))
v4(904000011, "Low-dose naltrexone and thyroid function in Hashimoto's thyroiditis: a pilot study",
   "Twelve women with Hashimoto's thyroiditis received LDN 4.5 mg daily for 3 months. TPO antibody levels "
   "decreased in 8 of 12 women, but the change was not statistically significant.",
   dict(conditions=["hashimotos_thyroiditis"], design="open_label_single_arm", population="human",
        sample_size=12, dose_class="low", finding="null"))
v4(904000012, "Naltrexone-bupropion and weight loss: a randomized trial",
   "A total of 1,742 adults with obesity were randomized to naltrexone 32 mg plus bupropion 360 mg or placebo. "
   "Weight loss at 56 weeks was significantly greater with naltrexone-bupropion (6.1% vs 1.3%, p<0.001).",
   dict(conditions=[], design="rct", population="human", sample_size=1742, dose_class="standard",
        finding="positive"))
v4(904000013, "Low-dose naltrexone for complex regional pain syndrome: an open-label case series",
   "Six patients with CRPS took LDN for at least 3 months. Four reported less pain and improved function; two "
   "noticed no change.",
   dict(conditions=["crps"], design="case_series", population="human", sample_size=6, dose_class=None,
        finding="positive"))
v4(904000014, "Endorphin and enkephalin levels during low-dose naltrexone in MS",
   "Serum beta-endorphin and met-enkephalin were measured in 40 patients with relapsing MS before and after 3 "
   "months of LDN 4.5 mg. Both increased significantly (p<0.01).",
   dict(conditions=["multiple_sclerosis"], design="open_label_single_arm", population="human", sample_size=40,
        dose_class="low", finding="positive"))
v4(904000015, "Low-dose naltrexone in juvenile idiopathic arthritis: protocol for a randomised crossover trial",
   "Children aged 6 to 16 years will be randomised to LDN or placebo in two 8-week periods.",
   dict(conditions=[], design="protocol", population="human", sample_size=None, dose_class=None, finding=None))
v4(904000016, "Comment on: low-dose naltrexone for fibromyalgia",
   "", dict(conditions=["fibromyalgia"], design="other", population="none", sample_size=None, dose_class=None,
            finding=None), pub_types=["Comment", "Letter"])


# ---- v5: written after the v4-driven fixes; measured once, never tuned on --------------------------------
HELDOUT_V5: list = []


v5 = partial(case, into=HELDOUT_V5)


v5(905000001, "Low-dose naltrexone in interstitial cystitis/bladder pain syndrome: a retrospective review",
   [("INTRODUCTION", "Few oral therapies help interstitial cystitis; LDN has been used off label."),
    ("METHODS", "We retrospectively reviewed 54 women treated with LDN 4.5 mg at a tertiary pelvic pain clinic."),
    ("RESULTS", "Thirty-two (59%) reported moderate or marked improvement on the global response assessment. "
                "Sleep disturbance was the most common side effect."),
    ("CONCLUSIONS", "LDN may be a useful adjunct for bladder pain syndrome.")],
   dict(conditions=[], design="cohort_or_retrospective", population="human", sample_size=54, dose_class="low",
        finding="positive"))
v5(905000002, "Naltrexone, 4.5 mg, and gut microbiota in Crohn's disease: a randomized crossover study",
   "Eighteen patients with quiescent Crohn's disease received LDN and placebo for 6 weeks each in random "
   "order, separated by a 4-week washout. Microbial diversity was similar during both periods, and faecal "
   "calprotectin showed a non-significant trend toward lower values on LDN.",
   dict(conditions=["crohns_disease"], design="crossover_rct", population="human", sample_size=18,
        dose_class="low", finding="null"))
v5(905000003, "The opioid growth factor axis in head and neck cancer: an immunohistochemical study",
   "Tumour specimens from 86 patients with head and neck squamous cell carcinoma were stained for OGF and "
   "OGFr. Low OGFr expression was associated with shorter survival.",
   dict(conditions=["cancer"], design="cohort_or_retrospective", population="human", sample_size=86,
        dose_class=None, finding="descriptive"))
v5(905000004, "Efficacy of low-dose naltrexone in the treatment of lichen planopilaris: a series of 14 patients",
   "Fourteen patients with lichen planopilaris were treated with LDN 3 mg daily as add-on therapy. After six "
   "months, 11 showed decreased perifollicular erythema and scaling, and none had new areas of hair loss.",
   dict(conditions=[], design="case_series", population="human", sample_size=14, dose_class="low",
        finding="positive"))
v5(905000005, "Low dose naltrexone for treatment of pain in patients with fibromyalgia: a randomized, "
   "double-blind, placebo-controlled, parallel-group trial",
   [("BACKGROUND", "Pilot studies suggested benefit of LDN for fibromyalgia pain."),
    ("METHODS", "Ninety-nine women aged 18-64 years were randomised to LDN 4.5 mg or placebo for 12 weeks."),
    ("RESULTS", "The difference in pain intensity between LDN and placebo was -0.1 points (95% CI -0.6 to 0.4). "
                "No significant differences were found for fatigue, sleep or quality of life."),
    ("CONCLUSIONS", "LDN was not better than placebo for pain in women with fibromyalgia.")],
   dict(conditions=["fibromyalgia"], design="rct", population="human", sample_size=99, dose_class="low",
        finding="null"), pub_types=["Journal Article", "Randomized Controlled Trial"])
v5(905000006, "Low-dose naltrexone in autism spectrum disorder: an open pilot",
   "Ten children with autism received LDN 0.5 mg/kg... at bedtime for 8 weeks.", dict(
       conditions=[], design="open_label_single_arm", population="human", sample_size=10, dose_class=None,
       finding="descriptive"))
v5(905000007, "Naltrexone and MOG-induced EAE in C57BL/6 mice",
   "Mice immunized with MOG35-55 received naltrexone 0.1 mg/kg daily. Clinical scores were reduced and onset "
   "was delayed compared with saline-treated mice.",
   dict(conditions=["multiple_sclerosis"], design="animal_study", population="animal", sample_size=None,
        dose_class=None, finding="positive"))
v5(905000008, "Long-term follow-up of low-dose naltrexone in Crohn's disease",
   "We followed 47 patients who continued LDN after an open-label trial for a median of 3.2 years. "
   "Thirty-one remained in clinical remission, 10 relapsed and 6 were lost to follow-up.",
   dict(conditions=["crohns_disease"], design="cohort_or_retrospective", population="human", sample_size=47,
        dose_class=None, finding="positive"))
v5(905000009, "Low-dose naltrexone for chronic fatigue syndrome: patient-reported outcomes from a Norwegian "
   "registry",
   "Data from 218 patients with ME/CFS who had used LDN were extracted from a national patient registry. "
   "Overall, 74% reported a positive effect on at least one symptom; 14% reported worsening.",
   dict(conditions=["me_cfs"], design="cohort_or_retrospective", population="human", sample_size=218,
        dose_class=None, finding="mixed"))
v5(905000010, "Naltrexone for smoking cessation in women: a randomized trial",
   "Women smokers (N = 472) were randomized to naltrexone 50 mg or placebo with nicotine patch. Abstinence at "
   "6 months did not differ by group.",
   dict(conditions=[], design="rct", population="human", sample_size=472, dose_class="standard",
        finding="null"))
v5(905000011, "Low-dose naltrexone: current evidence and future directions",
   "Low-dose naltrexone is increasingly prescribed for chronic pain and autoimmune disease. We discuss its "
   "pharmacology, the evidence from small trials, and the design of future studies.",
   dict(conditions=[], design="narrative_review", population="none", sample_size=None, dose_class=None,
        finding="descriptive"))
v5(905000012, "Low-dose naltrexone in rheumatoid arthritis: a double-blind randomised pilot trial",
   "Thirty patients with active RA despite methotrexate were randomised to LDN 4.5 mg or placebo for 12 "
   "weeks. DAS28 fell by 0.9 on LDN and 0.4 on placebo (p = 0.08).",
   dict(conditions=["rheumatoid_arthritis"], design="rct", population="human", sample_size=30, dose_class="low",
        finding="null"))
v5(905000013, "A woman with refractory Sjögren's fatigue treated with low-dose naltrexone",
   "We present a 47-year-old woman with primary Sjögren's syndrome and disabling fatigue. After LDN 4.5 mg "
   "her fatigue score improved from 8 to 4 and she returned to work.",
   dict(conditions=["sjogrens"], design="case_report", population="human", sample_size=1, dose_class="low",
        finding="positive"))
v5(905000014, "Low-dose naltrexone and lymphocyte subsets in HIV infection",
   "In this open-label study, 22 adults with HIV on antiretroviral therapy took LDN 3 mg daily for 24 weeks. "
   "CD4 counts and viral load did not change.",
   dict(conditions=[], design="open_label_single_arm", population="human", sample_size=22, dose_class="low",
        finding="null"))
v5(905000015, "Erratum: Low-dose naltrexone for psoriasis: a case series",
   "In the article, the dose in Table 1 should read 4.5 mg, not 45 mg.",
   dict(conditions=["psoriasis"], design="other", population="none", sample_size=None, dose_class=None,
        finding=None), pub_types=["Published Erratum"])
v5(905000016, "Low-dose naltrexone versus duloxetine for painful diabetic neuropathy: a randomized trial",
   "Patients with painful diabetic neuropathy (n = 64) were randomly assigned to LDN 4.5 mg or duloxetine "
   "60 mg for 12 weeks. Pain relief was greater with duloxetine (p = 0.01), and LDN had fewer side effects.",
   dict(conditions=["diabetic_neuropathy"], design="rct", population="human", sample_size=64, dose_class="low",
        finding="mixed"))
