"""Design and population: PubMed's indexing first, the text second, one ordered rule table (issue 8 items 1-2).
Every abstract here is SYNTHETIC, written for these tests in the shape of real PubMed text."""

import pytest

from ldn_lit import vocabulary
from ldn_lit.models import AbstractSection, Article, MeshHeading
from ldn_lit.tagging.design import DESIGN_RULES, POPULATION_RULES, tag_design


def art(abstract="", title="Synthetic", pub_types=("Journal Article",), mesh=()):
    return Article(pmid="1", title=title, abstract_sections=[AbstractSection(None, abstract)] if abstract else [],
                   publication_types=list(pub_types), mesh=[MeshHeading(m) for m in mesh])


def test_the_rule_table_is_data_with_a_name_a_test_and_an_example_per_row():
    names = [r.name for r in DESIGN_RULES]
    assert len(names) == len(set(names)) and DESIGN_RULES[-1].name == "no_rule"
    assert all(r.example and callable(r.test) and r.design in vocabulary.DESIGN for r in DESIGN_RULES)
    assert {r.design for r in DESIGN_RULES} == set(vocabulary.DESIGN_IDS)  # every design has a rule
    # PubMed's indexing comes before the words: the first publication-type rules precede every phrase rule
    # that could contradict them.
    assert names.index("rct_pubtype") < names.index("randomised_phrase")
    assert names.index("case_report_pubtype") < names.index("open_label_phrase")
    pop = [r.name for r in POPULATION_RULES]
    assert len(pop) == len(set(pop)) and all(r.example for r in POPULATION_RULES)
    assert max(i for i, n in enumerate(pop) if n.startswith("mesh")) < min(i for i, n in enumerate(pop)
                                                                            if not n.startswith("mesh"))


TRIAL_TEXT = ("Forty adults with fibromyalgia took LDN 4.5 mg in an open-label study; in earlier work, mice given "
              "naltrexone showed less hyperalgesia. Pain improved.")


def test_mesh_check_tags_decide_the_population_and_show_says_so():
    design, population, reasons = tag_design(art(TRIAL_TEXT, mesh=["Fibromyalgia", "Humans", "Female"]))
    assert (design, population) == ("open_label_single_arm", "human")
    assert reasons["population"][0].rule == "mesh" and "Humans" in reasons["population"][0].matched
    # the same text without indexing: the words decide (people and mice named: mixed)
    design, population, reasons = tag_design(art(TRIAL_TEXT))
    assert population == "mixed" and reasons["population"][0].rule == "abstract_phrase"


def test_animal_check_tags_make_an_animal_study_even_when_the_text_names_no_species():
    text = "Naltrexone was given daily for 28 days after induction of colitis. Weight loss was attenuated."
    design, population, reasons = tag_design(art(text, mesh=["Animals", "Mice", "Colitis", "Naltrexone"]))
    assert (design, population) == ("animal_study", "animal") and reasons["population"][0].rule == "mesh"
    assert tag_design(art(text))[:2] == ("other", "none")  # nothing to go on without the tags


def test_human_cells_indexed_humans_are_still_an_in_vitro_study():
    text = "Jurkat cells were incubated with naltrexone in vitro. Proliferation fell."
    assert tag_design(art(text, mesh=["Humans", "Cell Line, Tumor"]))[:2] == ("in_vitro", "in_vitro")


def test_publication_type_decides_the_design_and_show_says_so():
    text = "Sixty adults with fibromyalgia took LDN or placebo for 12 weeks. Pain fell more with LDN (p = 0.02)."
    design, _, reasons = tag_design(art(text, pub_types=["Journal Article", "Randomized Controlled Trial"]))
    assert design == "rct" and reasons["design"][0].rule == "pubtype"
    design, _, reasons = tag_design(art(text))  # not indexed yet: the words decide (no randomisation stated)
    assert design == "nonrandomized_trial" and reasons["design"][0].rule == "abstract_phrase"


@pytest.mark.parametrize("text, pub_types, design, population", [
    # prescription-register studies are cohort studies, not non-randomised trials
    ("This quasi-experimental before-and-after study based on the national prescription database followed 3 210 "
     "patients who collected LDN.", (), "cohort_or_retrospective", "human"),
    ("This series of three case reports describes women whose ulcers healed on LDN.", ("Case Reports",),
     "case_series", "human"),
    ("This mini-review gathers what is known about LDN in autoimmunity; preclinical studies on mice with EAE "
     "revealed fewer relapses.", (), "narrative_review", "none"),
    ("We performed a systematic literature review of LDN in chronic pain.", (), "systematic_review_or_meta_analysis",
     "none"),
    # randomised needs this study's own random allocation, not other people's trials
    ("Randomized controlled trials have shown benefit of LDN in pain. All 24 patients were treated with LDN plus "
     "a magnesium supplement, and we assessed whether fatigue changed.", (), "open_label_single_arm", "human"),
    # a fixed placebo-first order is not a randomised crossover
    ("In this single-blind pilot, all 12 patients took placebo first for four weeks and then LDN for eight weeks "
     "in a fixed order, a crossover design.", (), "open_label_single_arm", "human"),
    ("Adults with long COVID will be randomised to LDN or placebo; this trial will measure fatigue.", (),
     "protocol", "human"),
    ("In this hypothesis paper we propose that LDN acts on glial cells.", (), "other", "none"),
    # a trial announced for later, and the follow-up of an earlier trial's patients, are not this study's design
    ("Twenty patients received LDN escalated to 4.5 mg for ten weeks. A randomised trial of efficacy is under way.",
     (), "open_label_single_arm", "human"),
    ("We followed 47 patients who continued LDN after an open-label trial for a median of three years.", (),
     "cohort_or_retrospective", "human"),
    # synthetic (session 19): cancer cells exposed or transfected; treated mice whose tissue was homogenised
    ("We exposed BxPC-3 human pancreatic cancer cells to naltrexone for 6 h a day. Cell numbers fell by 25% (p < "
     "0.01).", (), "in_vitro", "in_vitro"),
    ("U251 glioblastoma cells were transfected with OGFr siRNA and exposed to naltrexone for 6 h daily. Cell numbers "
     "fell by 30% (p < 0.001).", (), "in_vitro", "in_vitro"),
    ("We gave BALB/c mice naltrexone 0.1 mg/kg or saline daily after inducing dermatitis (n = 8 per group). IL-17A was "
     "measured in skin homogenates and was lower with naltrexone (p < 0.05).", (), "animal_study", "animal"),
    # synthetic (session 22): tissue cultured "with or without" the drug
    ("Colonic biopsies of 14 patients with ulcerative colitis, none of whom took naltrexone, were cultured for 24 h "
     "with or without naltrexone. IL-6 release fell by a fifth (p = 0.01).", (), "in_vitro", "in_vitro"),
    # an open study that says it had no placebo
    ("We enrolled 30 adults in a single-arm open-label study of LDN. Fatigue improved (p < 0.001). Without placebo "
     "control these results need cautious interpretation.", (), "open_label_single_arm", "human"),
])
def test_real_text_shapes(text, pub_types, design, population):
    got = tag_design(art(text, pub_types=("Journal Article", *pub_types)))
    assert got[:2] == (design, population), got[2]


def test_earlier_studies_in_an_unstructured_first_sentence_are_background_not_this_trials_design():
    """Synthetic: 'Small open studies have suggested ...' describes earlier work: a crossover named there does not
    make this parallel-group trial a crossover."""
    text = ("Small crossover studies have suggested that LDN eases itch in psoriasis. We tested this in a larger "
            "parallel-group trial. Eighty adults were randomly assigned to LDN 4.5 mg or placebo for 12 weeks. "
            "Itch did not differ between groups (p = 0.51). LDN was not superior to placebo.")
    assert tag_design(art(text))[0] == "rct"
    # the same words about this study's own design still make it a crossover
    own = text.replace("Small crossover studies have suggested that LDN eases itch in psoriasis. We tested this in "
                       "a larger parallel-group trial.", "We ran a randomised crossover trial of LDN for itch.")
    assert tag_design(art(own))[0] == "crossover_rct"


def test_what_is_known_in_a_protocols_background_does_not_make_its_population_mixed():
    """Synthetic: cell work named in a background sentence ('is widely used by patients', 'has not been tested')
    is earlier work: the protocol will enrol people, so its population is human."""
    text = ("Psoriasis is common and often relapses. Naltrexone calms keratinocytes in vitro and is widely used by "
            "patients, but it has not been tested against placebo. We describe the design of a trial in which 60 "
            "adults with psoriasis will be randomly assigned to naltrexone 4.5 mg or placebo. The primary endpoint "
            "is the change in PASI. Recruitment starts in 2027.")
    design, population, _ = tag_design(art(text))
    assert (design, population) == ("protocol", "human")


def test_a_survey_of_a_registers_members_is_a_survey_not_a_register_study():
    """Synthetic (session 10): a questionnaire sent to everyone in a national register is a survey; the same register
    mined for prescriptions is a register study."""
    text = "A questionnaire was sent to all 2 800 members of the national MS register; 1,377 responded."
    got = tag_design(art(text, title="Fatigue among users of LDN: a cross-sectional survey of a national register"))
    assert got[0] == "cross_sectional_or_survey" and "survey" in got[2]["design"][0].matched
    mined = tag_design(art("We used the national prescription register to follow 1,200 LDN users for two years."))
    assert mined[0] == "cohort_or_retrospective"


@pytest.mark.parametrize("text, population", [
    # Synthetic (session 11): people named only in the opening statement or in the conclusion's hope for them
    ("Nerve pain limits cisplatin dosing in many patients. Female Wistar rats received cisplatin and then naltrexone "
     "0.1 mg/kg or saline (n = 8 per group). Withdrawal thresholds rose with naltrexone (P < 0.01). These results "
     "justify a trial of low-dose naltrexone in patients treated with cisplatin.", "animal"),
    ("Two glioma cell lines were exposed to naltrexone for 6 h a day. Intermittent exposure slowed DNA synthesis by "
     "18%. The schedule may matter for women and men with glioma.", "in_vitro"),
    # synthetic (session 13): animals named only in a cell study's call for future work, its cells cultured
    ("We cultured SW480 and HT-29 cells with naltrexone for 6 h a day and counted them at 72 h. Cell number fell to "
     "64% of control (p < 0.01). Intermittent naltrexone should now be tested in animal models of colon cancer.",
     "in_vitro"),
    # synthetic (session 13): people's cells cultured with the drug, no one given it: cells
    ("Peripheral blood mononuclear cells were isolated from 16 patients with SLE and 10 healthy donors and cultured "
     "with naltrexone for 24 h. IL-6 release fell (p = 0.01).", "in_vitro"),
    # ... but people given the drug whose cells are then studied: both
    ("Sixteen patients with SLE took LDN for 8 weeks; their peripheral blood mononuclear cells were then cultured. "
     "IL-6 release fell (p = 0.01).", "mixed"),
    # people studied beside the animals, named mid-abstract: both
    ("Serum enkephalin was measured in 24 patients with MS. In a second experiment, EAE mice received naltrexone. "
     "Levels were low in both.", "mixed"),
    # an opening sentence that counts its own people is the study's
    ("We measured cytokines in 15 women with fibromyalgia and in DSS-treated mice given naltrexone. Both fell.",
     "mixed"),
])
def test_people_named_only_around_an_animal_or_cell_study_are_not_its_population(text, population):
    assert tag_design(art(text))[1] == population


@pytest.mark.parametrize("text", [
    # synthetic (session 11): people enrolled and followed, no comparison and no design word
    "Thirty-six adults with long COVID were enrolled; four were lost to follow-up. Fatigue improved (p = 0.01).",
    "Of the 80 patients who enrolled, 72 completed the 16-week study. DAS28 fell from 5.1 to 4.3 (p = 0.002).",
])
def test_people_enrolled_and_followed_without_a_design_word_are_a_single_arm_study(text):
    got = tag_design(art(text))
    assert got[0] == "open_label_single_arm" and got[2]["design"][0].matched.startswith("enrolled_followed")


JA = ("Journal Article",)


@pytest.mark.parametrize("text, title, pub_types, design", [
    # synthetic (session 11): shapes of real records the rules once missed, each with the design a reviewer gives it
    ("Forty men and women who had finished detoxification were offered naltrexone 50 mg daily. Twelve stayed in "
     "treatment for three months.", "Synthetic", JA, "open_label_single_arm"),
    ("We describe three women with lichen planus who took LDN 4.5 mg. Itch eased in two.", "Synthetic", JA,
     "case_series"),
    # two to nine people told one by one, measured before and after or not
    ("We describe three women with Hashimoto's thyroiditis who started LDN. Antibody titres measured before and "
     "after 6 months fell in two.", "Synthetic", JA, "case_series"),
    ("We searched a national adverse event reporting system for reports naming naltrexone and computed reporting odds "
     "ratios for hepatic events.", "Synthetic", JA, "cohort_or_retrospective"),
    ("We analysed dispensing records from 900 pharmacies and counted people dispensed LDN each year.", "Synthetic",
     JA, "cohort_or_retrospective"),
    ("A randomised trial in this issue found no benefit of LDN in fibromyalgia. We discuss why earlier open studies "
     "were hopeful.", "Synthetic", ("Editorial",), "other"),
    # the trial it calls feasible, or that its results support, is the next one
    ("Twenty-four adults with long COVID started LDN; 22 completed 8 weeks. Adherence was 90% and no serious "
     "adverse events occurred. A randomised controlled trial is feasible.", "Synthetic", JA, "open_label_single_arm"),
    ("We reviewed the charts of 80 patients given LDN. Half reported meaningful relief. These results, "
     "supporting a randomised trial, need confirmation.", "Synthetic", JA, "cohort_or_retrospective"),
    ("Five adults each completed three pairs of 2-week periods, LDN or placebo in random order within each "
     "pair. Two responded.", "Randomised N-of-1 trials of LDN for itch", JA, "crossover_rct"),
    ("Seventy patients were randomly divided into an observation group (n=35) and a control group (n=35) by the "
     "random number table method. Pain scores were lower in the observation group (P<0.05).", "Synthetic", JA, "rct"),
    # docs/tags.md: "this chapter summarizes" is a narrative review, and so is "in this chapter we outline ..."
    ("LDN is used widely in MS. In this chapter we outline its proposed mechanisms and summarise the small "
     "trials. Practical advice on dosing closes it.", "Synthetic", ("Book Chapter",), "narrative_review"),
    # synthetic (session 12): "This chapter outlines ..." reviews, whatever trials it tells of
    ("This chapter outlines why an opioid antagonist might help colitis. A small placebo-controlled trial reported "
     "remission in some adults, and blockade reduces colitis in rodents.", "Synthetic", ("Book Chapter",),
     "narrative_review"),
    # synthetic (session 12): a protocol told in the present tense; a model; a guideline; an open-label extension
    ("Forty adults with CRPS are being recruited at two centres. Each is to receive LDN and placebo in random order.",
     "Low-dose naltrexone for CRPS: a randomised crossover trial", JA, "protocol"),
    ("A Markov model followed a hypothetical cohort of 10,000 adults over ten years. LDN was cost-effective.",
     "Synthetic", JA, "other"),
    ("We recommend against LDN outside trials. The panel rated the evidence as very low certainty.", "Synthetic",
     ("Practice Guideline",), "other"),
    ("All completers were offered open-label LDN. Itch improved further (p = 0.01).",
     "Open-label extension of a randomized trial of low-dose naltrexone in psoriasis", JA, "open_label_single_arm"),
    ("Participants were randomised to LDN or placebo for 12 weeks, followed by an open-label extension.", "Synthetic",
     JA, "rct"),
    ("We docked both enantiomers into the receptor pocket and ran molecular dynamics simulations. Binding was weak.",
     "Synthetic", JA, "other"),
    # synthetic (session 12): a comparison read from records is a cohort, whatever share of it took the drug
    ("A clinic began offering LDN in 2020. Using clinic and pharmacy records, we compared patients first seen before "
     "the change (n = 150) with those seen after it (n = 170). After the change, 70% started LDN.", "Synthetic", JA,
     "cohort_or_retrospective"),
    # synthetic (session 12): a publisher's page with no abstract and a question for a title is commentary
    ("", "Low-dose naltrexone for fatigue: is the placebo response being underestimated?", JA, "other"),
    # a case series that calls for a randomised trial is not one
    ("We describe four patients with CRPS who took LDN. Pain fell in three. The response in three of four patients "
     "justifies a randomised trial.", "Synthetic", JA, "case_series"),
    # synthetic (session 12): a letter with no abstract titled with the handful of patients it reports
    ("", "Low-dose naltrexone for Darier disease: no benefit in three patients", ("Letter",), "case_series"),
    ("", "Re: Low-dose naltrexone for Darier disease in three patients", ("Letter",), "other"),
    ("", "Low-dose naltrexone for Darier disease: lessons from thirty patients", ("Letter",), "other"),
    # synthetic (session 13): ... or with its patients alone after the colon
    ("", "Low-dose naltrexone for itch in scleroderma: four patients", ("Letter",), "case_series"),
    # synthetic (session 19): a chart review that calls itself "this review"; an umbrella review with no publication
    # type
    ("We reviewed the records of all patients with lichen planus given LDN at one clinic from 2018 to 2025. Twenty-"
     "two patients had itch scores recorded before and after 3 months. Itch fell from 7.1 to 4.0 (p < 0.001). This "
     "review suggests that LDN relieves itch in some patients.", "LDN in lichen planus: a retrospective review", JA,
     "cohort_or_retrospective"),
    ("We gave naltrexone 4.5 mg nightly to three patients with painful neuropathy. A 58-year-old man and a 66-year-old "
     "woman reported less pain. The third stopped the drug.", "LDN in neuropathy: three patients", ("Letter",),
     "case_series"),
    ("Twenty-four adults with ulcerative colitis took LDN 4.5 mg nightly for 12 weeks in this open-label, single-arm "
     "pilot. Fourteen had a clinical response, justifying a placebo-controlled trial.", "Synthetic", JA,
     "open_label_single_arm"),
    ("We conducted an umbrella review of systematic reviews of LDN. Nine systematic reviews were included, covering "
     "48 primary studies. Pain fell modestly in fibromyalgia.", "LDN in chronic disease: an umbrella review", JA,
     "systematic_review_or_meta_analysis"),
])
def test_design_of_shapes_the_rules_once_missed(text, title, pub_types, design):
    assert tag_design(art(text, title=title, pub_types=pub_types))[0] == design


def test_an_indexed_rct_with_mesh_cross_over_studies_is_a_crossover():
    """Synthetic (session 12): the text says only "in random order"; PubMed's indexers say crossover."""
    text = "Twenty drinkers took naltrexone and placebo for 5 days each in random order. They drank less (p = 0.01)."
    a = art(text, pub_types=("Randomized Controlled Trial",), mesh=("Cross-Over Studies", "Humans"))
    assert tag_design(a)[0] == "crossover_rct"
    assert tag_design(art(text, pub_types=("Randomized Controlled Trial",)))[0] == "rct"
    # synthetic (session 13): "in random, double-blind order" is a random allocation of the order
    text = "Twenty drinkers took naltrexone and placebo in random, double-blind order. They drank less (p = 0.01)."
    assert tag_design(art(text, pub_types=("Clinical Trial",), mesh=("Cross-Over Studies", "Humans")))[0] == \
        "crossover_rct"


@pytest.mark.parametrize("abstract, mesh, want", [
    # synthetic (session 14), the shapes of independents 35 and 36
    ("Using linked jail, Medicaid and death records, we emulated a target trial of starting an injection before "
     "release. Of 8 100 adults released, 950 initiated it and 2 400 initiated buprenorphine.", (),
     "cohort_or_retrospective"),
    ("We describe five adults with post-COVID fatigue who took LDN. Three improved and two did not. Their course "
     "supports testing it in a randomised trial.", (), "case_series"),
    ("Washed membranes were prepared from homogenised rat forebrain, and naltrexone displaced the ligand.",
     ("Animals", "Rats", "In Vitro Techniques"), "in_vitro"),
    ("Twenty heavy drinkers completed two 4-day medication periods, naltrexone and placebo, in random order under "
     "double-blind conditions, separated by a 1-week washout.", (), "crossover_rct"),
])
def test_designs_in_the_words_fresh_records_used(abstract, mesh, want):
    assert tag_design(art(abstract, mesh=mesh))[0] == want


@pytest.mark.parametrize("sections", [
    # synthetic: a review with Cochrane's headings run into its text, and one PubMed labels by JAMA's headings
    [(None, "Objectives: To assess LDN for inducing remission in adults with IBD. Selection criteria: Randomised "
            "trials comparing LDN with placebo. Data collection and analysis: Two authors extracted data. Main "
            "results: LDN increased remission (RR 2.0, 95% CI 1.1 to 3.9).")],
    [("DATA SOURCES", "Four bibliographic databases to March 2025."),
     ("STUDY SELECTION", "Randomised trials of naltrexone in adults with a gambling disorder."),
     ("RESULTS", "Naltrexone reduced gambling urges (SMD -0.5, 95% CI -0.8 to -0.2).")],
])
def test_a_review_told_by_its_headings_alone_is_systematic(sections):
    a = Article(pmid="1", title="Naltrexone for a synthetic condition",
                abstract_sections=[AbstractSection(label, text) for label, text in sections])
    design, population, reasons = tag_design(a)
    assert design == "systematic_review_or_meta_analysis" and population == "none"
    assert reasons["design"][0].rule == "abstract_phrase"


def test_a_review_told_by_narrative_headings_is_a_narrative_review_whatever_animals_its_findings_name():
    # synthetic (session 19): Current Opinion's headings as PubMed labels them
    a = Article(pmid="1", title="Low-dose naltrexone in inflammatory bowel disease", abstract_sections=[
        AbstractSection("Purpose of review", "Interest in LDN for IBD has grown."),
        AbstractSection("Recent findings", "Work in mice with experimental colitis suggests that LDN restores the "
                                           "epithelial barrier."),
        AbstractSection("Summary", "Adequately powered randomised trials are needed.")])
    assert tag_design(a)[:2] == ("narrative_review", "none")


@pytest.mark.parametrize("abstract, pub_types, design", [
    # synthetic (session 15): a letter with an abstract whose authors treated a handful themselves
    ("Itch is common in this disease. We treated four women with refractory itch with naltrexone 4.5 mg nightly. In "
     "three, itch fell within a month.", ("Letter",), "case_series"),
    # a child's age in months; volunteers taking drug and placebo on two occasions in random order
    ("A previously healthy 19-month-old boy was brought to hospital after swallowing capsules. He vomited once and "
     "was sent home after 6 hours.", ("Journal Article",), "case_report"),
    ("Twelve healthy men took naltrexone 50 mg or placebo on two occasions one week apart, in random order and under "
     "double-blind conditions. Cortisol rose after naltrexone (p < 0.05).", ("Clinical Trial",), "crossover_rct"),
    # indexed Case Reports, but a handful of patients told together
    ("Four patients with primary progressive MS took naltrexone 4.5 mg nightly. Spasticity eased in three.",
     ("Case Reports",), "case_series"),
    # volunteers given drug and placebo in random order, a week apart; a letter's treated adolescents
    ("Ten men took naltrexone and placebo in random order under double-blind conditions, one week apart. Cortisol "
     "rose after naltrexone (p < 0.05).", ("Journal Article",), "crossover_rct"),
    ("We treated three autistic adolescents with naltrexone. Self-injury fell in all three.", ("Case Reports",),
     "case_series"),
    ("A 34-year-old teacher remained unable to work a year after COVID-19. LDN was started; her fatigue eased.",
     ("Journal Article",), "case_report"),
    # a case report's patient named by occupation
    ("Introduction: CRPS rarely remits. Case presentation: A 47-year-old nurse developed CRPS of the foot. LDN was "
     "started; her pain fell. Conclusion: LDN may help.", ("Journal Article",), "case_report"),
    # a questionnaire handed out once is a survey, whatever else the abstract calls it
    ("A paper questionnaire on off-label treatments was handed to 900 consecutive clinic attenders. In all, 702 "
     "questionnaires were returned; 51 respondents had taken LDN.", ("Journal Article",), "cross_sectional_or_survey"),
    # synthetic (session 16): a handful measured before and after; residents; sessions in random order with a
    # washout; a case series that calls for a randomised trial
    ("Six patients with progressive MS took LDN 4.5 mg nightly. We report their fatigue scores before and after 12 "
     "months. In five the score fell.", ("Letter",), "case_series"),
    ("Three residents of a care home whose self-injury persisted received naltrexone 50 mg daily. Episodes fell in "
     "two.", ("Case Reports",), "case_series"),
    ("Twenty drinkers took naltrexone 50 mg or placebo before each of two sessions, in counterbalanced random order "
     "under double-blind conditions, with a 1-week washout between them. They drank less after naltrexone (p = 0.01).",
     ("Journal Article",), "crossover_rct"),
    ("Using register data, we compared 300 LDN users with 1 200 matched non-users. Titres fell more in users. This "
     "observational finding needs testing in a randomised trial.", ("Journal Article",), "cohort_or_retrospective"),
    # a protocol in its own words; cells isolated from patients none of whom took the drug
    ("Methods: We will conduct a series of randomised, double-blind n-of-1 trials. We aim to recruit 30 adults.",
     ("Journal Article",), "protocol"),
    ("Methods: NK cells were isolated from 14 patients and 14 controls, none of whom took naltrexone, and incubated "
     "with naltrexone. Results: Cytotoxicity rose by 25% (p = 0.01).", ("Journal Article",), "in_vitro"),
    ("We describe three adolescents, aged 12, 14 and 17 years, with Crohn's disease who received LDN. The first "
     "remitted.", ("Journal Article",), "case_series"),
    ("We gave naltrexone 50 mg daily for six weeks to four dialysis patients with itch. Itch fell in three.",
     ("Case Reports",), "case_series"),
    ("Three patients with painful neuropathy whose pain had not responded to at least two first-line drugs were given "
     "LDN in our clinic. Patient 1 improved. Patient 2 improved.", ("Letter",), "case_series"),
    ("Methods: In this case series, five women who took LDN were reviewed. Conclusion: Fatigue fell in four, and a "
     "randomised trial would be worthwhile.", ("Journal Article",), "case_series"),
    # synthetic (session 18): a single-arm study whose conclusion says what a randomised trial must still show
    ("Methods: Open-label, single-arm pilot in two clinics. Results: Of 40 referred, 31 started LDN and 27 completed "
     "12 weeks. Conclusions: LDN was acceptable; whether it lowers pain must be tested in a randomised trial.",
     ("Journal Article",), "open_label_single_arm"),
    ("Methods: Social drinkers (n = 20) completed two cue-exposure sessions a week apart, after 4 days of naltrexone "
     "25 mg or placebo, in random, double-blind order. Results: Urge ratings were lower after naltrexone (p = 0.02).",
     ("Journal Article",), "crossover_rct"),
    ("Methods: Single-arm feasibility study. Results: Twenty-two adults started XR-NTX. Conclusion: Its effect on "
     "relapse remains to be established in a randomised trial.", ("Journal Article",), "open_label_single_arm"),
])
def test_designs_told_in_the_words_of_letters_case_reports_and_volunteer_studies(abstract, pub_types, design):
    assert tag_design(art(abstract, pub_types=pub_types))[0] == design


@pytest.mark.parametrize("abstract", [
    # synthetic (session 15): people's cells studied with the drug, no one given it
    "PBMCs were isolated from 20 patients with lupus and 12 healthy donors, none of whom took naltrexone, and "
    "stimulated with or without naltrexone (10 uM). IL-6 release fell by 30% (p < 0.01).",
    "We isolated monocytes from 18 people with long COVID and 15 who had recovered, and cultured them with naltrexone "
    "or medium alone. Interferon-stimulated genes fell by a third (p = 0.004).",
    # synthetic (session 19): "none of them took" it; a general "is prescribed for" in the opening; cells "purified
    # from" people's blood
    "Low-dose naltrexone is prescribed for fibromyalgia. NK cells were isolated from 14 patients and 14 controls, "
    "none of them took naltrexone, and incubated with naltrexone or medium. Cytotoxicity rose by 30% (p = 0.01).",
    "CD4+ T cells were purified from the blood of 16 people with MS and 10 healthy donors; no donor had taken "
    "naltrexone. Naltrexone added to the culture reduced proliferation by 25% (p = 0.01).",
    # synthetic (session 19): patients' tissue cultured with the drug
    "Colonic biopsies were taken during colonoscopy from 14 patients with ulcerative colitis, none of whom had taken "
    "naltrexone, and cultured for 24 h with naltrexone or medium. IL-8 release fell by 28% (p = 0.01).",
])
def test_peoples_cells_with_no_one_given_the_drug_are_in_vitro(abstract):
    design, population, _ = tag_design(art(abstract))
    assert (design, population) == ("in_vitro", "in_vitro")


def test_animals_indexed_as_a_crossover_and_letters_answering_a_review_keep_their_own_design():
    """(session 15) MeSH design headings are about people: dogs given drug and placebo in random order are an animal
    study; a letter or comment with no abstract answering a review is no review."""
    a = art("Twelve dogs with atopic dermatitis received naltrexone and placebo in random order. Licking fell "
            "(p = 0.01).", mesh=["Animals", "Dogs", "Cross-Over Studies", "Random Allocation", "Dermatitis, Atopic"])
    assert tag_design(a)[0] == "animal_study"
    letter = art("", title="Re: Low-dose naltrexone for fibromyalgia: a systematic review and meta-analysis",
                 pub_types=("Letter",))
    comment = art("", title="Naltrexone for alcohol use disorder: what the new network meta-analysis changes",
                  pub_types=("Comment",))
    assert tag_design(letter)[0] == tag_design(comment)[0] == "other"


@pytest.mark.parametrize("abstract", [
    # synthetic (session 18): horses and cats, given drug and saline on separate days in random order
    "Six stabled horses with crib-biting were given naltrexone (0.05 mg/kg) or saline on separate days, in random "
    "order. Crib-bites per hour fell after naltrexone (p = 0.02).",
    "Ten cats with psychogenic alopecia took naltrexone or placebo for 4 weeks each. Grooming time fell.",
    # synthetic (session 18): human cancer cells grown in mice are an animal study, not cells in a dish
    "Nude mice bearing subcutaneous xenografts of a human colon cancer cell line were given naltrexone or saline for "
    "30 days (12 mice per group). Tumour volume was 30% smaller with naltrexone (p = 0.01).",
    "Background. The length of blockade decides whether naltrexone inhibits cell growth in vitro. Methods. Nude mice "
    "inoculated with human ovarian cancer cells were given naltrexone or saline. Results. Tumour burden fell by 40%.",
])
def test_other_species_and_human_cells_grown_in_mice_are_animal_studies(abstract):
    assert tag_design(art(abstract))[:2] == ("animal_study", "animal")


@pytest.mark.parametrize("abstract", [
    "Precision-cut slices of ileum from surgical specimens of eight adults with Crohn's disease were cultured with "
    "naltrexone or medium. IL-8 release fell by 25% (p = 0.03).",
    "Confluent monolayers of human corneal epithelial cells were scratched and treated with naltrexone. Closure was "
    "faster than with vehicle (p < 0.01).",
])
def test_tissue_slices_and_monolayers_are_in_vitro(abstract):
    assert tag_design(art(abstract))[:2] == ("in_vitro", "in_vitro")
