"""Plain data passed between the parser, the store, the tagger and the CLI.

Everything here is a dataclass of plain values so that any module can build one from
XML, MEDLINE text or a database row without knowing where the others came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from . import vocabulary


@dataclass
class Author:
    last_name: str | None = None
    fore_name: str | None = None
    initials: str | None = None
    collective_name: str | None = None
    affiliation: str | None = None  # the first of `affiliations`
    affiliations: list[str] = field(default_factory=list)  # every <AffiliationInfo> of the author, in order

    @property
    def display(self) -> str:
        """'Cree BA' style, as PubMed prints it in citations."""
        if self.collective_name:
            return self.collective_name
        return " ".join(p for p in (self.last_name, self.initials) if p)


@dataclass
class MeshHeading:
    descriptor: str
    ui: str | None = None
    major_topic: bool = False
    qualifiers: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> MeshHeading:
        """A heading as PubMed writes it in text: MEDLINE's "*Psoriasis/drug therapy" or the web page's "Psoriasis /
        drug therapy*" (a star marks a major topic, on the descriptor or a qualifier)."""
        parts = [p.strip() for p in text.split("/")]
        major = any(p.startswith("*") or p.endswith("*") for p in parts)
        return cls(descriptor=parts[0].strip("*"), major_topic=major, qualifiers=[q.strip("*") for q in parts[1:]])


def merge_mesh(headings: list[MeshHeading]) -> list[MeshHeading]:
    """Headings of one descriptor as one, in first-seen order: qualifiers joined, major if any of them is."""
    merged: dict[str, MeshHeading] = {}
    for m in headings:
        seen = merged.get(m.descriptor)
        if seen is None:
            merged[m.descriptor] = MeshHeading(m.descriptor, m.ui, m.major_topic, list(m.qualifiers))
        else:
            seen.ui = seen.ui or m.ui
            seen.major_topic = seen.major_topic or m.major_topic
            seen.qualifiers += [q for q in m.qualifiers if q not in seen.qualifiers]
    return list(merged.values())


@dataclass
class CommentCorrection:
    """One CommentsCorrections link: e.g. RetractionIn -> the retraction notice's PMID."""

    ref_type: str
    pmid: str | None = None
    ref_source: str | None = None


@dataclass
class AbstractSection:
    label: str | None
    text: str
    # NLM's normalised kind of a labelled section (BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS,
    # UNASSIGNED): "MAIN OUTCOMES AND MEASURES" is METHODS whatever its words suggest.
    category: str | None = None


@dataclass
class Article:
    """One PubMed record (PubmedArticle or PubmedBookArticle), parsed."""

    pmid: str
    title: str = ""
    abstract_sections: list[AbstractSection] = field(default_factory=list)
    journal: str | None = None
    journal_iso: str | None = None
    medline_ta: str | None = None
    issn: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    year: int | None = None
    pub_date: str | None = None
    authors: list[Author] = field(default_factory=list)
    doi: str | None = None
    pmcid: str | None = None
    publication_types: list[str] = field(default_factory=list)
    mesh: list[MeshHeading] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    nct_ids: list[str] = field(default_factory=list)
    comments_corrections: list[CommentCorrection] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    entrez_date: str | None = None  # YYYY-MM-DD
    revised_date: str | None = None  # YYYY-MM-DD
    status: str | None = None  # MEDLINE, PubMed-not-MEDLINE, In-Process, Publisher...
    kind: str = "article"  # "article" or "book"
    version: int = 1  # <PMID Version>: a few journals publish versions of one record under one PMID
    # The PMIDs the record cites (PubmedData/ReferenceList, then MEDLINE's "Cites" links): a review's
    # reference list, so claims can link it to the trials it cites.
    cited_pmids: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # One heading a descriptor and one entry a publication type, as the store keeps them (its keys): some
        # exports repeat a descriptor once for each qualifier, and a record tagged at import must be the record
        # that retag reads back.
        if len({m.descriptor for m in self.mesh}) < len(self.mesh):
            self.mesh = merge_mesh(self.mesh)
        if len(set(self.publication_types)) < len(self.publication_types):
            self.publication_types = list(dict.fromkeys(self.publication_types))

    @property
    def abstract(self) -> str:
        """Abstract as one text, structured sections kept as 'LABEL: text' paragraphs."""
        return "\n".join(
            f"{s.label}: {s.text}" if s.label else s.text for s in self.abstract_sections
        )

    @property
    def first_author(self) -> str | None:
        return self.authors[0].display if self.authors else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["abstract"] = self.abstract
        return d


# Tag values: ids only, from the one evidence vocabulary (ldn_lit/vocabulary.py has their attributes).
# The ids are part of the export format: change them only with docs/tags.md.
DESIGNS = vocabulary.DESIGN_IDS
POPULATIONS = vocabulary.POPULATION_IDS
FINDINGS = vocabulary.FINDINGS
SIZE_CLASSES = vocabulary.SIZE_CLASSES
DOSE_CLASSES = vocabulary.DOSE_CLASSES


@dataclass
class TagReason:
    """Why a tag has its value: the rule that fired and the text or MeSH term it matched."""

    rule: str
    matched: str


@dataclass
class OutcomeFinding:
    """What one abstract reports for one outcome: a claim about pain is judged on this, not on the study's
    overall finding or on another outcome's sentence."""

    outcome: str  # an outcome id (ldn_lit.vocabulary.OUTCOMES), e.g. "pain"
    finding: str  # one of FINDINGS
    evidence: str  # the sentence that supports it, quoted from the abstract
    primary: bool = False  # the abstract names this as its primary outcome
    # How the result was compared (vocabulary.COMPARISONS): "between_arm" (LDN against placebo or another
    # arm), "within_arm" (before/after in the treated group), "none" (no comparison stated); None: not read.
    comparison: str | None = None
    # The effect estimate exactly as written, with its CI or p ("88% vs 40%, p=0·03", "MD -1.2 (95% CI
    # -2.0 to -0.4)"); None when the sentence states none.
    effect: str | None = None


@dataclass
class Attrition:
    """Who was lost between randomisation (or enrolment) and the end, as the abstract states it."""

    randomised: int | None = None  # randomised or enrolled
    completed: int | None = None  # completed or analysed (not an intention-to-treat count)
    lost: int | None = None  # withdrew, dropped out, did not complete, lost to follow-up
    percent: float | None = None  # lost as a share of the randomised: stated, or from two of the counts above
    differential: bool = False  # the arms lost unequally (stated per arm: see docs/tags.md for the threshold)

    def text(self) -> str:
        """'13 of 60 lost (21.7%), unequal between arms', '47 completed', '14% lost'."""
        if self.lost is not None:
            words = f"{self.lost} of {self.randomised} lost" if self.randomised else f"{self.lost} lost"
        elif self.completed is not None:
            words = f"{self.completed} of {self.randomised} completed" if self.randomised else \
                f"{self.completed} completed"
        else:
            words = f"{self.percent:g}% lost" if self.percent is not None else "not stated"
        if self.percent is not None and (self.lost is not None or self.completed is not None):
            words += f" ({self.percent:g}%)"
        return words + (", unequal between arms" if self.differential else "")


@dataclass
class Tags:
    """Evidence tags computed from one stored Article (see ldn_lit.tagging)."""

    pmid: str
    conditions: list[str] = field(default_factory=list)
    design: str = "other"
    population: str = "none"
    sample_size: int | None = None
    sample_size_source: str | None = None
    size_class: str | None = None
    included_studies: int | None = None
    dose_mg: list[float] = field(default_factory=list)
    dose_class: str | None = None
    outcomes: list[str] = field(default_factory=list)
    finding: str | None = None
    evidence: str | None = None
    outcome_findings: list[OutcomeFinding] = field(default_factory=list)
    retracted: bool = False
    erratum: bool = False
    expression_of_concern: bool = False
    # tag name -> reasons, e.g. {"design": [TagReason("pubtype", "Randomized Controlled Trial")]}
    tag_reasons: dict[str, list[TagReason]] = field(default_factory=dict)
    # the title or abstract names low-dose naltrexone or LDN: a record with no stated dose is LDN evidence only
    # then (stored at tagging time so verdicts need not read abstracts)
    says_low_dose: bool = False
    # How the study was run (tagging/blinding.py, attrition.py, duration.py, comparator.py); None: not stated.
    blinding: str | None = None  # double_blind, single_blind, open_label
    attrition: Attrition | None = None
    duration: str | None = None  # "12 weeks", "6 months", as the treatment period the abstract states
    comparator: str | None = None  # placebo, active, other_dose, usual_care, no_treatment, single_arm
    comparator_drug: str | None = None  # the active comparator's name ("amitriptyline") when named

    def to_dict(self) -> dict[str, Any]:
        """What dataclasses.asdict(self) gives, written out: asdict copies value by value through
        copy.deepcopy and took a third of the time of saving tags (tests/test_tags_dict.py checks they agree)."""
        d = dict(vars(self))
        for key in ("conditions", "dose_mg", "outcomes"):
            d[key] = list(d[key])
        d["outcome_findings"] = [dict(vars(o)) for o in self.outcome_findings]
        d["tag_reasons"] = {k: [dict(vars(r)) for r in v] for k, v in self.tag_reasons.items()}
        d["attrition"] = dict(vars(self.attrition)) if self.attrition else None
        return d


# ---- registered trials (ClinicalTrials.gov; parsed by ctgov.py, stored by store.py) ------------------
REGISTRY_URL = "https://clinicaltrials.gov/study/{}"


@dataclass
class TrialIntervention:
    type: str | None
    name: str
    description: str | None = None
    other_names: list[str] = field(default_factory=list)
    dose_mg: list[float] = field(default_factory=list)  # doses stated in the name/description


@dataclass
class TrialReference:
    pmid: str | None
    type: str | None  # BACKGROUND, RESULT or DERIVED (the registry's reference types)
    citation: str | None


@dataclass
class Trial:
    """One registered study as the registry describes it (only what ldn-lit uses)."""

    nct_id: str
    title: str
    official_title: str | None = None
    acronym: str | None = None
    overall_status: str | None = None  # COMPLETED, TERMINATED, WITHDRAWN, RECRUITING, ...
    why_stopped: str | None = None
    study_type: str | None = None
    phases: list[str] = field(default_factory=list)
    allocation: str | None = None
    masking: str | None = None
    enrollment: int | None = None
    enrollment_type: str | None = None  # ACTUAL or ESTIMATED
    start_date: str | None = None
    primary_completion_date: str | None = None
    completion_date: str | None = None
    completion_date_type: str | None = None
    first_post_date: str | None = None
    last_update_post_date: str | None = None
    results_first_post_date: str | None = None
    results_first_submit_date: str | None = None  # results sent to the registry (in its QC until posted)
    disp_first_submit_date: str | None = None  # a certification/extension request (certificate of delay)
    has_results: bool = False
    sponsor: str | None = None
    sponsor_class: str | None = None
    conditions: list[str] = field(default_factory=list)  # the registry's own condition names
    keywords: list[str] = field(default_factory=list)
    condition_mesh: list[str] = field(default_factory=list)
    primary_outcomes: list[str] = field(default_factory=list)
    interventions: list[TrialIntervention] = field(default_factory=list)
    references: list[TrialReference] = field(default_factory=list)

    @property
    def url(self) -> str:
        return REGISTRY_URL.format(self.nct_id)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"registry_url": self.url}
