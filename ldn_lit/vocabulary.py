"""The evidence vocabulary: every tag value, verdict and their attributes, as data, checked once at import.

This is the one place that says what a design is (its label, whether it is controlled, its evidence
group, how strongly it ranks, its chart colour, the PubMed publication types that mean it), which
populations, notices, outcomes (with the phrases that name them), findings, dose and size classes
exist, and how each verdict is labelled and coloured. The tagger, the claim rules, the digest, the
export and the CLI read it; none of them lists these values again. The ids are part of the export
format and of queries.toml: change them only with the docs.

Add a design: one `Design(...)` entry below (its publication types and MeSH headings already make the
tagger assign it; to find it in the words too, its phrases in ldn_lit/tagging/phrases/design.toml, its
row in design.DESIGN_RULES, and a labelled example in tests/labelled/development.jsonl).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Design:
    """One study design.

    controlled: a controlled comparison whose result can support or contradict a claim on its own
                (randomised trials and systematic reviews); everything else is "uncontrolled" in
                the verdict rules, whatever its population.
    randomised: a randomised trial (counted as "human RCT" when done in people).
    group:      where the evidence table counts it when the population does not decide
                ("review", "preclinical", "human", "none": notices, comments, protocols).
    rank:       strength when listing evidence, 0 first.
    publication_types: PubMed publication types that by themselves mean this design.
    mesh_headings: MeSH design headings that by themselves mean this design (read after the publication
                types; "Cross-Over Studies" makes a randomised crossover only with a random allocation).
    """

    id: str
    label: str
    group: str
    rank: int
    colour: str
    controlled: bool = False
    randomised: bool = False
    publication_types: tuple[str, ...] = ()
    mesh_headings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Population:
    id: str
    label: str
    human: bool  # people were studied (alone or with animals/cells)


@dataclass(frozen=True)
class Notice:
    """A published notice about another record, and the flag the corrected record carries.

    notice_type: the publication type of the notice itself (a notice is tagged design "other").
    ref_type:    the CommentsCorrections link on the corrected record that sets the flag.
    flag_type:   a publication type of the corrected record that also sets it, if any.
    """

    id: str  # the Tags flag: retracted, erratum, expression_of_concern
    label: str
    notice_type: str
    ref_type: str
    flag_type: str | None = None


@dataclass(frozen=True)
class Outcome:
    """An outcome domain and the phrases that name it (whole words; short acronyms case-sensitively).

    subjective: a participant reports it or a clinician rates it by judgment, so knowing the treatment biases it
                (an open-label trial on it is a risk-of-bias concern, claims.trial_bias).
    improved:   how plain language says it got better ("relapses fell"), for the animal-only line of a claim;
                unset, the line says "<label> improved".
    mechanism:  a measure of how LDN might act (immune cells, markers, endorphins), not a clinical outcome: a claim
                about the immune system or endorphins asks about these (claim_text).
    """

    id: str
    phrases: tuple[str, ...]
    subjective: bool = False
    improved: str | None = None
    mechanism: bool = False


@dataclass(frozen=True)
class Verdict:
    id: str
    label: str
    colour: str | None  # HTML colour of the digest's verdict cell
    terminal: str | None  # rich style in the terminal
    kind: str  # "claim": from the rules over the literature; "citation": from `check`/`audit` only


@dataclass(frozen=True)
class EvidenceGroup:
    """A column of the evidence table (claims.evidence_table), and how prose names it."""

    id: str
    label: str


# Listed in the order the digest's chart stacks them and its legend lists them.
DESIGNS: tuple[Design, ...] = (
    Design("rct", "randomised controlled trial", "human", 1, "#1b5e20", controlled=True, randomised=True,
           publication_types=("Randomized Controlled Trial",), mesh_headings=("Random Allocation",)),
    Design("crossover_rct", "randomised crossover trial", "human", 1, "#2e7d32", controlled=True, randomised=True,
           mesh_headings=("Cross-Over Studies",)),
    Design("systematic_review_or_meta_analysis", "systematic review or meta-analysis", "review", 0, "#004d7a",
           controlled=True, publication_types=("Systematic Review", "Meta-Analysis")),
    Design("nonrandomized_trial", "non-randomised controlled trial", "human", 2, "#558b2f",
           publication_types=("Non-Randomized Controlled Trial", "Controlled Clinical Trial")),
    Design("open_label_single_arm", "open-label or single-arm trial", "human", 3, "#9e9d24",
           publication_types=("Clinical Trial", "Clinical Trial, Phase I", "Clinical Trial, Phase II")),
    Design("cohort_or_retrospective", "cohort or retrospective study", "human", 3, "#f9a825",
           publication_types=("Observational Study",),
           mesh_headings=("Retrospective Studies", "Cohort Studies", "Case-Control Studies")),
    Design("case_series", "case series", "human", 3, "#ef6c00"),
    Design("case_report", "case report", "human", 3, "#e65100", publication_types=("Case Reports",)),
    Design("cross_sectional_or_survey", "cross-sectional study or survey", "human", 3, "#8d6e63",
           mesh_headings=("Cross-Sectional Studies",)),
    Design("narrative_review", "narrative review", "review", 3, "#5c6bc0", publication_types=("Review",)),
    Design("animal_study", "animal study", "preclinical", 3, "#ad1457"),
    Design("in_vitro", "in-vitro study", "preclinical", 3, "#6a1b9a"),
    Design("protocol", "trial protocol", "none", 3, "#90a4ae", publication_types=("Clinical Trial Protocol",)),
    Design("other", "other (notice, comment, editorial)", "none", 3, "#bdbdbd"),
)

POPULATIONS: tuple[Population, ...] = (
    Population("human", "people", True),
    Population("animal", "animals", False),
    Population("in_vitro", "cells", False),
    Population("mixed", "people and animals or cells", True),
    Population("none", "no study population", False),
)

NOTICES: tuple[Notice, ...] = (
    Notice("retracted", "RETRACTED", "Retraction of Publication", "RetractionIn", "Retracted Publication"),
    Notice("erratum", "erratum", "Published Erratum", "ErratumIn"),
    Notice("expression_of_concern", "expression of concern", "Expression of Concern", "ExpressionOfConcernIn"),
)

OUTCOMES: tuple[Outcome, ...] = (
    Outcome("pain", ("pain", "pain intensity", "pain scores", "Brief Pain Inventory", "BPI", "McGill", "analgesia",
                     "analgesic effect", "hyperalgesia", "allodynia", "VAS", "NRS", "NPSI",
                     "withdrawal threshold", "withdrawal thresholds", "antinociception", "antinociceptive",
                     "tail-flick", "hot-plate", "antiallodynic", "nociceptive"),
            subjective=True, improved="pain fell"),
    Outcome("fatigue", ("fatigue", "MFIS", "FSS", "tiredness", "exhaustion", "energy levels", "FACIT-F",
                         "more energy", "less energy", "low energy", "lack of energy", "increased energy"),
            subjective=True, improved="fatigue fell"),
    Outcome("quality_of_life", ("quality of life", "QoL", "HRQoL", "SF-36", "SF-12", "MSQOL-54", "MSQoL", "EQ-5D",
                                "IBDQ", "well-being", "wellbeing", "DLQI", "EQ5D",
                                "Dermatology Life Quality Index", "ThyPRO", "LupusQoL", "IBS-QOL",
                                "IBD Questionnaire", "Inflammatory Bowel Disease Questionnaire", "WHOQOL-BREF",
                                "WHOQOL", "Skindex", "Skindex-10", "Skindex-29", "Q-LES-Q", "MSIS-29"),
            subjective=True),
    Outcome("relapse_rate", ("relapse", "relapses", "relapse rate", "annualized relapse rate", "ARR", "exacerbation",
                             "exacerbations", "flare", "flares", "return to heavy drinking", "first heavy drinking day",
                             "return to opioid use", "return to regular opioid use", "return to regular heroin use",
                             "return to use", "relapse-like", "returned to opioid use",
                             "returned to daily opioid use", "returned to heroin use",
                             "returned to daily heroin use", "relapsed", "return to opiate use",
                             "returns to opiate use", "free of heroin use", "free of opioid use", "free of opiate use",
                             "opiate-free", "time to first drink", "returned to heavy drinking"),
            improved="relapses fell"),
    Outcome("disability_progression", ("EDSS", "disability", "disability progression", "disease progression",
                                       "progression of disability", "neurological disability"),
            improved="disability progression slowed"),
    Outcome("spasticity", ("spasticity", "muscle spasms", "spasms"), subjective=True),
    Outcome("disease_activity_index", ("disease activity", "CDAI", "Crohn's Disease Activity Index", "DAS28", "SLEDAI",
                                       "Mayo score", "activity index", "Harvey-Bradshaw", "HBI", "disease severity",
                                       "clinical score", "clinical scores", "damage score", "arthritis score",
                                       "arthritis scores", "PCDAI", "PUCAI", "BASDAI", "ESSDAI", "CDASI",
                                       "Cutaneous Dermatomyositis Disease Area and Severity Index", "activity score",
                                       "activity scores", "damage scores", "arthritis index", "arthritis indices",
                                       "Localized Scleroderma Cutaneous Assessment Tool", "clinical response", "LPPAI"),
            subjective=True, improved="disease activity fell"),
    Outcome("symptom_severity", ("symptom severity", "symptom scores", "symptom score", "FIQ", "FIQR",
                                 "Fibromyalgia Impact Questionnaire", "symptoms improved", "improvement in symptoms",
                                 "general symptoms", "symptom burden", "ESSPRI",
                                 "CRPS Severity Score", "post-exertional malaise", "PEM", "global improvement",
                                 "Patient Global Impression", "PGIC", "global impression", "global relief",
                                 "symptom relief", "gastrointestinal symptoms", "GI symptoms", "GIT 2.0", "bloating",
                                 "dryness", "dry eye symptoms", "OSDI", "Ocular Surface Disease Index", "swelling",
                                 # the addiction trials' own measures of the disorder (a return to it is relapse_rate)
                                 "craving", "cravings", "urge", "urges", "reinforced responding", "withdrawal jumps",
                                 "Aberrant Behavior Checklist", "Conners", "heavy drinking days", "drinking days",
                                 "drinks per drinking day", "days abstinent", "abstinence", "abstinent",
                                 "opioid-negative urine", "opiate-negative urine", "urine tests", "urine samples",
                                 "urine toxicology", "methamphetamine-negative", "cocaine-negative",
                                 "amphetamine-negative", "withdrawal severity", "withdrawal scores", "withdrawal score",
                                 "Opiate Withdrawal Scale", "Opioid Withdrawal Scale", "COWS", "SOWS", "PG-YBOCS",
                                 "gambling severity", "binge-eating frequency", "binge frequency", "binge episodes",
                                 "self-injury", "self-injurious behaviour", "self-injurious behavior",
                                 "YGTSS", "tic severity", "tic score", "tic scores", "ICPI", "ICSI",
                                 "CAPS-5", "CAPS", "Dissociative Experiences Scale", "DES", "CMAI",
                                 "Cohen-Mansfield Agitation Inventory", "NPI", "Neuropsychiatric Inventory", "UDysRS",
                                 "dyskinesia", "seizure frequency", "head-banging", "skin picking", "CGI-I", "CGI-S",
                                 "Cambridge Depersonalisation Scale", "Cambridge Depersonalization Scale",
                                 "drinks per week", "drinks per day", "binge drinking days", "binge-eating days",
                                 "ethanol intake", "alcohol intake", "ethanol consumption", "cigarettes per day",
                                 "PCL-5", "PTSD Checklist", "K-SAS", "Kleptomania Symptom Assessment Scale", "MGH-HPS",
                                 "hair pulling", "hair-pulling", "ethanol self-administration",
                                 "alcohol self-administration", "heroin self-administration", "drug liking",
                                 "Gambling Symptom Assessment Scale", "G-SAS", "days of opioid use",
                                 # psychiatry's and behaviour's own scales and counts
                                 "PANSS", "Positive and Negative Syndrome Scale", "ABC Irritability", "ABC-I",
                                 "Cambridge Depersonalization Scale", "Cambridge Depersonalisation Scale",
                                 "Dissociation-Tension Scale", "flashbacks", "self-harm", "binge days", "binge-day",
                                 "IBS-SSS", "IBS Symptom Severity Score", "amphetamine-positive",
                                 "methamphetamine-positive", "cocaine-positive", "heroin seeking", "heroin-seeking"),
            subjective=True),
    Outcome("remission", ("remission", "remissions")),
    Outcome("endoscopic_healing", ("mucosal healing", "endoscopic", "endoscopy", "histological healing",
                                   "colonoscopy", "colonoscopic")),
    Outcome("mood", ("depression", "depressive symptoms", "mood", "anxiety", "Beck Depression Inventory", "HADS",
                     "BDI-II", "PHQ-9", "HAM-D", "Hamilton Depression Rating Scale", "MADRS", "GAD-7"),
            subjective=True),
    Outcome("sleep", ("sleep", "insomnia", "sleep quality", "sleeping", "slept", "PSQI",
                      "Pittsburgh Sleep Quality Index", "CSHQ", "Children's Sleep Habits Questionnaire"),
            subjective=True),
    Outcome("cognition", ("cognition", "cognitive", "brain fog", "memory", "concentration", "clearer thinking",
                          "digit symbol", "SDMT", "Symbol Digit Modalities Test", "MoCA",
                          "Montreal Cognitive Assessment"), subjective=True),
    Outcome("inflammatory_markers", ("CRP", "C-reactive protein", "ESR", "erythrocyte sedimentation rate", "cytokine",
                                     "cytokines", "IL-6", "IL-17", "TNF", "TNF-alpha", "interleukin",
                                     "inflammatory markers", "calprotectin", "myeloperoxidase", "IL-1β", "IL-1beta",
                                     "IL-1", "interferon", "IFN-α", "tumour necrosis factor", "tumor necrosis factor"),
            improved="inflammatory markers fell", mechanism=True),
    Outcome("immune_cells", ("T cells", "T-cell", "lymphocytes", "NK cells", "NK cell", "natural killer", "Treg",
                             "regulatory T",
                             "microglia", "macrophages", "immune cells", "microglial activation", "microglial",
                             "neutrophils", "neutrophil", "infiltrates", "infiltration", "Iba1", "Iba-1", "CD3",
                             "mononuclear cells", "PBMCs", "CD4 count", "CD4 counts", "CD4 cell count",
                             "CD4 cell counts"), mechanism=True),
    Outcome("endorphins", ("endorphin", "endorphins", "beta-endorphin", "met-enkephalin", "enkephalin",
                           "opioid growth factor", "OGF", "opioid receptor", "opioid receptors", "TLR4",
                           "toll-like receptor 4"), mechanism=True),
    Outcome("thyroid_antibodies", ("thyroid peroxidase", "anti-TPO", "TPO antibodies", "TPOAb",
                                   "thyroglobulin antibodies", "TgAb", "TPO antibody",
                                   "thyroid antibodies", "thyroid antibody")),
    Outcome("skin_lesions", ("PASI", "Psoriasis Area and Severity Index", "skin lesions", "lesions", "plaques",
                             "skin thickness", "mRSS", "rash", "Rodnan skin score", "Rodnan skin scores",
                             "skin thickening", "eruption", "erosions", "erythema", "lesion extent", "EASI",
                             "Eczema Area and Severity Index")),
    Outcome("pruritus", ("pruritus", "itch", "itching"), subjective=True),
    Outcome("tumor_growth", ("tumor growth", "tumour growth", "tumor volume", "tumour volume", "tumor size",
                             "tumour size", "proliferation", "cell proliferation", "metastasis", "metastases",
                             "cell number", "cell numbers", "tumour response", "tumor response", "tumour regression",
                             "tumor regression", "stable disease", "tumour weight", "tumor weight",
                             "tumour burden", "tumor burden", "objective response"),
            improved="tumour growth slowed"),
    Outcome("survival", ("survival", "overall survival", "mortality", "progression-free survival", "all-cause death",
                         "deaths from any cause", "overdose deaths", "died", "lived longer",
                         "fatal overdose", "fatal overdoses", "now survived",
                         "survived longer", "death from any cause", "death within", "has survived")),
    Outcome("function", ("physical function", "functional status", "daily functioning", "function scores",
                         "limb function", "Health Assessment Questionnaire", "HAQ", "HAQ-DI", "Oswestry", "step count",
                         "steps per day", "six-minute walk", "6-minute walk", "6MWD", "6MWT", "timed walk",
                         "walking distance",
                         "return to work", "returned to work", "returned to school", "return to school", "able to work",
                         "part-time work", "days off work", "returned to full-time", "returned to part-time",
                         "went back to work", "went back to school", "went back to university", "attended school",
                         "kept working", "resumed work", "resumed working", "part-time study", "full-time study",
                         "resumed her studies", "resumed his studies", "Karnofsky",
                         "Roland-Morris", "RMDQ", "grip strength", "grip", "muscle strength", "DASH", "walking speed",
                         "timed 25-foot walk", "mobility", "WOMAC", "weight bearing", "activity counts",
                         "daily activity", "physical activity", "functioning", "Sheehan Disability Scale",
                         "step counts", "without crutches", "full-time work", "back at school", "Pain Disability Index",
                         "pain interference", "better function", "improved function"),
            subjective=True),
    Outcome("safety_tolerability", ("adverse events", "adverse event", "side effects", "side effect", "tolerability",
                                    "well tolerated", "well-tolerated", "safety", "tolerated", "adverse effects",
                                    "adverse reactions", "toxicity", "nausea", "vivid dreams",
                                    "injection-site reactions", "adverse effect", "malformations", "birth defects",
                                    "liver injury", "hepatotoxicity", "hepatic events", "injection-site",
                                    "miscarriage", "miscarriages", "congenital anomalies", "liver enzyme elevations",
                                    "implant-site", "times the upper limit", "twice the upper limit",
                                    "grade 3 or higher", "grade 3 or 4", "grade 3 or above")),
)

# Groups of conditions a claim may name as its condition ("autoimmune disease" is these, not any condition).
CONDITION_SCOPES: dict[str, tuple[str, ...]] = {
    "autoimmune": ("multiple_sclerosis", "crohns_disease", "ulcerative_colitis", "rheumatoid_arthritis",
                   "hashimotos_thyroiditis", "psoriasis", "sjogrens", "sle_lupus", "systemic_sclerosis",
                   "dermatomyositis"),
}


def scope_conditions(condition: str) -> tuple[str, ...]:
    """The conditions a claim's condition stands for: a group's ('autoimmune'), or the one it names."""
    return CONDITION_SCOPES.get(condition, (condition,))

# How a per-outcome result was compared (OutcomeFinding.comparison).
COMPARISONS = ("between_arm", "within_arm", "none")
FINDINGS = ("positive", "null", "mixed", "safety_only", "descriptive", "negative")
# Size classes by the number of people: (id, largest n in the class); the last class has no bound.
SIZE_CLASS_BOUNDS: tuple[tuple[str, int | None], ...] = (("case", 1), ("series", 9), ("small", 49), ("medium", 199),
                                                         ("large", None))
SIZE_CLASSES = tuple(c for c, _ in SIZE_CLASS_BOUNDS)
# Dose classes by the largest daily dose in mg: (id, lowest mg, highest mg), both ends included (doses are kept to
# six decimals, so 0.000999999 is 'below 1 microgram'); between 5 and 25 mg a dose is neither LDN nor the licensed
# 50 mg and has no class.
DOSE_CLASS_BOUNDS: tuple[tuple[str, float, float], ...] = (
    ("ultra_low", 0.0, 0.000999999), ("very_low", 0.001, 0.999999), ("low", 1.0, 5.0), ("standard", 25.0, float("inf")))
DOSE_CLASSES = tuple(c for c, _, _ in DOSE_CLASS_BOUNDS)
LOW_DOSE_CLASSES = DOSE_CLASSES[:3]  # what a verdict about low-dose naltrexone counts
STANDARD_DOSE_MG = DOSE_CLASS_BOUNDS[-1][1]  # from here on naltrexone is not low-dose (50 mg is the licensed dose)

VERDICTS: tuple[Verdict, ...] = (
    Verdict("supported", "supported", "#1b5e20", "green", "claim"),
    Verdict("partly_supported", "partly supported", "#8d6e00", "yellow", "claim"),
    Verdict("conflicting", "conflicting", "#e65100", "dark_orange", "claim"),
    Verdict("contradicted", "contradicted", "#b71c1c", "red", "claim"),
    Verdict("not_studied_in_humans", "not studied in humans", "#6a1b9a", "magenta", "claim"),
    Verdict("no_evidence", "no evidence", "#555", "dim", "claim"),
    Verdict("descriptive", "descriptive (no verdict)", "#37474f", "cyan", "claim"),
    Verdict("not_found", "not found", None, None, "citation"),
    Verdict("citation_mismatch", "citation mismatch", None, None, "citation"),
    Verdict("found", "found", None, None, "citation"),
    Verdict("ambiguous", "ambiguous: several records match", None, None, "citation"),
    Verdict("retracted", "retracted", None, None, "citation"),
)

EVIDENCE_GROUPS: tuple[EvidenceGroup, ...] = (
    EvidenceGroup("human_rct", "human RCT"),
    EvidenceGroup("other_human", "other human"),
    EvidenceGroup("animal", "animal"),
    EvidenceGroup("in_vitro", "cell"),
    EvidenceGroup("review", "review"),
)


@dataclass(frozen=True)
class ChartGroup:
    """A kind of study as the digest's chart stacks it: fourteen designs are too many colours to tell apart."""

    label: str
    colour: str
    designs: tuple[str, ...]


# Seven colours a reader tells apart (Okabe-Ito, safe for colour-blind readers), stacked from the bottom.
CHART_GROUPS: tuple[ChartGroup, ...] = (
    ChartGroup("randomised trials", "#0072b2", ("rct", "crossover_rct")),
    ChartGroup("systematic reviews", "#56b4e9", ("systematic_review_or_meta_analysis",)),
    ChartGroup("other clinical studies", "#009e73", ("nonrandomized_trial", "open_label_single_arm",
                                                     "cohort_or_retrospective", "cross_sectional_or_survey")),
    ChartGroup("case reports and series", "#e69f00", ("case_series", "case_report")),
    ChartGroup("narrative reviews", "#cc79a7", ("narrative_review",)),
    ChartGroup("animal and cell studies", "#d55e00", ("animal_study", "in_vitro")),
    ChartGroup("other (protocols, notices, comments)", "#999999", ("protocol", "other")),
)

# The verdict rules of claims.py (docs/claims.md) in words: a digest or table names a rule this way, never by its code.
RULE_LABELS: dict[str, str] = {
    "controlled-positive": "controlled studies report benefit",
    "controlled-disagree": "controlled studies disagree",
    "controlled-null": "controlled studies found no benefit",
    "controlled-mixed": "controlled studies report mixed results",
    "uncontrolled-only": "only uncontrolled studies report benefit",
    "some-outcomes": "holds for some of the outcomes only",
    "no-human-benefit": "no human study reported a benefit",
    "preclinical-only": "only animal or cell studies",
    "no-human-finding": "no human study reported a finding",
    "dose-range": "the doses low-dose studies used",
    "small-but-significant": "the size and results of randomised low-dose trials",
    "mechanism-cap": "mechanism measures are not clinical benefit",
}


# ---- lookups (built once) ---------------------------------------------------------------------------
DESIGN = {d.id: d for d in DESIGNS}
POPULATION = {p.id: p for p in POPULATIONS}
OUTCOME = {o.id: o for o in OUTCOMES}
VERDICT = {v.id: v for v in VERDICTS}
NOTICE = {n.id: n for n in NOTICES}

DESIGN_IDS = tuple(DESIGN)
POPULATION_IDS = tuple(POPULATION)
OUTCOME_IDS = tuple(OUTCOME)
CLAIM_VERDICT_IDS = tuple(v.id for v in VERDICTS if v.kind == "claim")
CONTROLLED = frozenset(d.id for d in DESIGNS if d.controlled)
RANDOMISED = frozenset(d.id for d in DESIGNS if d.randomised)
REVIEWS = frozenset(d.id for d in DESIGNS if d.group == "review")
SYSTEMATIC_REVIEW = DESIGN["systematic_review_or_meta_analysis"].id  # the review that may pool trials
PRECLINICAL = frozenset(d.id for d in DESIGNS if d.group == "preclinical")
NOT_EVIDENCE = frozenset(d.id for d in DESIGNS if d.group == "none")  # no results of their own
HUMAN_POPULATIONS = frozenset(p.id for p in POPULATIONS if p.human)
NOTICE_TYPES = tuple(n.notice_type for n in NOTICES)
# Publication types of papers that are neither studies nor reviews (design other, finding descriptive): an editorial
# tells of another paper's trial, a guideline or consensus statement recommends.
NOT_A_STUDY_TYPES = frozenset({"Editorial", "Practice Guideline", "Guideline", "Consensus Development Conference",
                               "Consensus Development Conference, NIH"})
VERDICT_LABELS = {v.id: v.label for v in VERDICTS}


def design_rank(design: str) -> int:
    """0 for the strongest designs; unknown designs last."""
    d = DESIGN.get(design)
    return d.rank if d else max(x.rank for x in DESIGNS)


def verdict_label(verdict: str | None) -> str:
    """The words for a verdict id ("partly supported"); an unknown id is shown as it is."""
    return VERDICT_LABELS.get(verdict or "", verdict or "")


def _validate() -> None:
    """Run once at import: a typo here would silently change verdicts, so it stops everything."""
    id_re = re.compile(r"^[a-z][a-z0-9_]*$")
    colour_re = re.compile(r"^#(?:[0-9a-f]{3}|[0-9a-f]{6})$")
    for name, items in (("design", DESIGNS), ("population", POPULATIONS), ("notice", NOTICES),
                        ("outcome", OUTCOMES), ("verdict", VERDICTS), ("evidence group", EVIDENCE_GROUPS)):
        ids = [x.id for x in items]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"vocabulary: duplicate {name} id(s) {sorted(dup)}")
        bad = [i for i in ids if not id_re.match(i)]
        if bad:
            raise ValueError(f"vocabulary: {name} id(s) {bad} must be snake_case")
    for d in DESIGNS:
        if d.group not in ("human", "review", "preclinical", "none"):
            raise ValueError(f"vocabulary: design {d.id} has unknown group {d.group!r}")
        if not colour_re.match(d.colour):
            raise ValueError(f"vocabulary: design {d.id} colour {d.colour!r} is not #rgb or #rrggbb")
        if d.randomised and not d.controlled:
            raise ValueError(f"vocabulary: design {d.id} is randomised but not controlled")
    charted = [x for g in CHART_GROUPS for x in g.designs]
    if sorted(charted) != sorted(d.id for d in DESIGNS):
        raise ValueError("vocabulary: every design must be in exactly one CHART_GROUPS entry")
    pubtypes = [pt for d in DESIGNS for pt in d.publication_types]
    if len(pubtypes) != len(set(pubtypes)):
        raise ValueError("vocabulary: a publication type means two designs")
    headings = [h for d in DESIGNS for h in d.mesh_headings]
    if len(headings) != len(set(headings)):
        raise ValueError("vocabulary: a MeSH heading means two designs")
    for v in VERDICTS:
        if v.kind not in ("claim", "citation") or v.colour and not colour_re.match(v.colour):
            raise ValueError(f"vocabulary: verdict {v.id} has a bad kind or colour")
    for o in OUTCOMES:
        if not o.phrases:
            raise ValueError(f"vocabulary: outcome {o.id} has no phrases")
    for cls in (FINDINGS, SIZE_CLASSES, DOSE_CLASSES):
        if len(cls) != len(set(cls)):
            raise ValueError(f"vocabulary: duplicate value in {cls}")


_validate()
