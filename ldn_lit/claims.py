"""Set a claim against the stored evidence the way a systematic reviewer would: one judgment function.

evaluate_claim() is THE judgment: `ldn-lit claims`, the digest, `check` and `audit` all call it with the
same rows and get the same verdict (tests/test_one_judgment.py holds them together). It is pure: Evidence
rows in, ClaimVerdict out. The rules, with thresholds, are the table in docs (README "Verdict rules"):

  about     only low-dose records (< 25 mg, or no dose stated but described as low-dose) on the claim's
            condition count; standard-dose ones (>= 25 mg) are listed apart as "not LDN"; retracted never count
  outcome   a record counts for an outcome only through its per-outcome finding (Tags.outcome_findings); a
            record without any falls back to its overall finding when that sentence names the outcome;
            background, aims and hypotheses are never evidence
  weight    controlled = systematic review/meta-analysis and randomised trials, weighed by design then number
            randomised; a pilot (< 20) does not count against a larger trial pointing the other way; the most
            recent review is one voice beside the trials (its pooled trials are not added to it)
Certainty follows GRADE: start high, step down for risk of bias, imprecision, inconsistency and
indirectness (each step names its reason); callers may pass extra downgrades (e.g. publication bias).
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import itertools
import json
import re
import statistics
import weakref
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import lru_cache
from operator import attrgetter
from typing import Any, ClassVar

from . import effects
from .config import Claim, Config
from .errors import LdnLitError, NoEvidenceBase
from .journals import matches_any
from .models import Attrition, OutcomeFinding
from .store import Store
from .vocabulary import (
    CLAIM_VERDICT_IDS,
    CONTROLLED,
    EVIDENCE_GROUPS,
    HUMAN_POPULATIONS,
    LOW_DOSE_CLASSES,
    NOT_EVIDENCE,
    OUTCOME,
    OUTCOMES,
    PRECLINICAL,
    RANDOMISED,
    REVIEWS,
    STANDARD_DOSE_MG,
    SYSTEMATIC_REVIEW,
    design_rank,
    scope_conditions,
)

VERDICTS = CLAIM_VERDICT_IDS
CERTAINTY = ("high", "moderate", "low", "very_low")
META = SYSTEMATIC_REVIEW  # the design whose conclusion is one voice beside its trials
ADDICTION = {"alcohol_use_disorder", "opioid_use_disorder"}
LDN_BAND = (0.5, 5.0)  # the usual low-dose band; a decisive study outside it (microgram add-ons, 6+ mg) is indirect
PILOT_N = 20  # a trial smaller than this cannot outweigh a larger trial pointing the other way
FEW_PEOPLE, VERY_FEW_PEOPLE = 400, 100  # imprecision: total people in the decisive studies (GRADE's rule of thumb)
MAX_ROWS = 25
POSITIVE, AGAINST = {"positive"}, {"null", "negative"}
NO_COMPARATOR = {"open_label_single_arm", "case_report", "case_series", "cross_sectional_or_survey"}
# No data of their own: hypothesis papers, narrative reviews, editorials, protocols, "other". Listed as context,
# never deciding, whatever population a tagger guessed for them.
NO_DATA = NOT_EVIDENCE | {"narrative_review"}
# A systematic review counts as controlled evidence only when it pooled randomised trials.
POOLED_RE = re.compile(r"meta-?analy|\bpooled\b|randomi[sz]ed|\bRCTs?\b|placebo|\bSMD\b|\bWMD\b|"
                       r"controlled (?:clinical )?trials", re.I)
_NOT_A_HUMAN_STUDY = REVIEWS | PRECLINICAL | NO_DATA  # Evidence.human: a study in people with data of its own
NOT_GRADED = "not_graded"  # descriptive claims get an answer, not a GRADE certainty
DIRECTION = {"positive": "benefit", "null": "no difference", "negative": "harm", "mixed": "mixed",
             "safety_only": "safety only", "descriptive": "descriptive"}

# Sentences that state what others found, what a study aims at, or what it supposes: never a result.
NOT_A_RESULT = re.compile(
    r"\b(?:we\s+(?:hypothesi[sz]ed|aimed|aim|sought|set out|propose)|hypothes[ie]s|hypothesi[sz]e[sd]?|"
    r"(?:the\s+)?(?:aims?|objectives?|purpose|goals?)\s+(?:of\s+(?:this|the\s+present|our)|was|were|is)|"
    r"(?:is|are)\s+(?:thought|believed|proposed|postulated)\s+to|(?:has|have)\s+been\s+(?:proposed|suggested|"
    r"reported|postulated|hypothesi[sz]ed)|previous(?:ly)?\s+(?:studies|reports|work|trials)|earlier\s+(?:studies|"
    r"reports|work)|a\s+few\s+(?:small\s+)?studies|this\s+(?:trial|study)\s+will|will\s+be\s+(?:randomi[sz]ed|"
    r"assessed|enrolled|measured))\b", re.I)


class _Facts:
    """What every claim reads of each record, from its design, population, dose and conditions: computed once
    per record (Evidence) or per bundle of records alike in them (Bundle)."""

    design: str
    population: str
    dose_mg: list[float]
    dose_class: str | None
    says_low_dose: bool
    conditions: list[str]

    def _derive(self) -> None:
        # Read by every claim for every record: computed once here (plain attributes, not properties).
        self.human = self.population in HUMAN_POPULATIONS and self.design not in _NOT_A_HUMAN_STUDY
        self.preclinical = self.design in PRECLINICAL or self.population in ("animal", "in_vitro")
        self.dose_kind = self._dose_kind()
        # LDN evidence: a low dose, or a preclinical study that states no dose (a claim's `ldn` records)
        self.low_dose = self.dose_kind == "ldn" or (self.preclinical and self.dose_kind == "unstated")
        self.group = self._group()
        # not a record about nothing (a hypothesis, editorial or protocol paper on no study population)
        self.listed = not (self.design in NOT_EVIDENCE and self.population == "none")
        # about the addiction literature alone (standard-dose naltrexone): claims on any condition leave it out
        self.addiction_only = bool(self.conditions) and ADDICTION.issuperset(self.conditions)

    def _group(self) -> str:
        if self.design in REVIEWS:
            return "review"
        if self.design in RANDOMISED and self.population in HUMAN_POPULATIONS:
            return "human_rct"
        if self.design == "animal_study" or self.population == "animal":
            return "animal"
        if self.design == "in_vitro" or self.population == "in_vitro":
            return "in_vitro"
        return "other_human" if self.population in HUMAN_POPULATIONS else "other"

    def _dose_kind(self) -> str:
        """'ldn', 'standard' (>= 25 mg: not LDN) or 'unstated' (no dose, not described as low-dose)."""
        if self.dose_mg:
            low = [d for d in self.dose_mg if d < STANDARD_DOSE_MG]
            if not low or (max(self.dose_mg) >= STANDARD_DOSE_MG and not self.says_low_dose):
                return "standard"
            return "ldn"
        if self.dose_class == "standard":
            return "standard"
        return "ldn" if self.says_low_dose or self.dose_class in LOW_DOSE_CLASSES else "unstated"


class Bundle(_Facts):
    """`n` stored records that a claim counts but never shows or reads, alike in every tag it counts by (one row of
    Store.evidence_facts' records grouped): the records of a claim on 40,000 records, but for the few it lists, as
    a few thousand bundles. A systematic review is never bundled (its text says whether it pooled trials)."""

    full = False  # no text: never shown, never read for an outcome

    def __init__(self, n: int, design: str, population: str, sample_size: int | None, dose_mg: list[float],
                 dose_class: str | None, says_low_dose: bool, outcomes: list[str], finding: str | None,
                 retracted: bool, conditions: list[str]):
        self.n, self.design, self.population, self.sample_size = n, design, population, sample_size
        self.dose_mg, self.dose_class, self.says_low_dose, self.outcomes = dose_mg, dose_class, says_low_dose, outcomes
        self.finding, self.retracted, self.conditions = finding, retracted, conditions
        self._derive()
        self.has_data = self.design not in NO_DATA and self.design != META


@dataclass
class Evidence(_Facts):
    """One stored record with the tags the rules need."""

    full: ClassVar[bool] = True  # its text is here: it can be shown and read
    n: ClassVar[int] = 1  # one record (a Bundle counts several)

    pmid: str
    year: int | None
    title: str
    journal: str | None
    journal_iso: str | None
    medline_ta: str | None
    entrez_date: str | None
    conditions: list[str]
    design: str
    population: str
    sample_size: int | None
    dose_mg: list[float]
    outcomes: list[str]
    finding: str | None
    evidence: str | None
    retracted: bool
    dose_class: str | None = None
    says_low_dose: bool = False  # title or abstract says "low-dose naltrexone" or "LDN"
    outcome_findings: list[OutcomeFinding] = field(default_factory=list)
    findings_json: str | None = None  # as stored: decoded (once) only when a claim reads this record's findings
    # How the study was run (m014; None: not stated), for risk of bias and the SoF's study lines
    blinding: str | None = None
    attrition_json: str | None = None  # as stored: decoded only for the rows a claim shows
    duration: str | None = None
    comparator: str | None = None
    comparator_drug: str | None = None
    cited_json: str | None = None  # a review's cited PMIDs as stored (m013; null for every other design)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Evidence:
        """A row of Store.evidence_rows (a column per field) as Evidence, the row itself its attributes: the
        generated __init__ with its 26 arguments took most of the loading time of 100,000 records."""
        e = cls.__new__(cls)
        for name, make in _FACTORIES:  # a field with a plain default the query did not give reads the class's
            if name not in row:
                row[name] = make()
        e.__dict__ = row
        e.__post_init__()
        return e

    def __post_init__(self) -> None:
        self._derive()
        # the strongest first: design, then number randomised, newer, PMID (_ev_key)
        self.rank = (design_rank(self.design), -(self.sample_size or 0), -(self.year or 0),
                     _pmid_number(self.pmid), self.pmid)
        self._findings: list[OutcomeFinding] | None = None
        self._safety_primary: bool | None = None
        self._pools_trials: bool | None = None
        # data of its own: a study, or a systematic review that pooled randomised trials
        self.has_data = self.design not in NO_DATA and (self.design != META or self.pools_trials)

    @property
    def findings(self) -> list[OutcomeFinding]:
        """The per-outcome findings: outcome_findings, or findings_json decoded on first use (once)."""
        if self.findings_json is None:
            return self.outcome_findings
        if self._findings is None:
            self._findings = [OutcomeFinding(**x) for x in json.loads(self.findings_json or "[]")]
        return self._findings

    @property
    def safety_primary(self) -> bool:
        """Its primary outcome was safety or tolerability (a finding says so, or the title is about safety, not
        efficacy): read once however many rows show it."""
        if self._safety_primary is None:
            title = self.title.casefold()  # the regex is read only for a title naming safety or tolerability
            self._safety_primary = (any(x.primary and x.outcome == "safety_tolerability" for x in self.findings)
                                    or (("safety" in title or "tolerability" in title)
                                        and bool(SAFETY_TITLE.search(self.title))))
        return self._safety_primary

    @property
    def attrition(self) -> Attrition | None:
        return Attrition(**json.loads(self.attrition_json)) if self.attrition_json else None

    @property
    def cited_pmids(self) -> list[str]:
        """The PMIDs a review cites in its reference list (PubMed's ReferenceList): the trials it pooled are among
        them. Empty when PubMed gave none, or the record was stored before m013."""
        return json.loads(self.cited_json) if self.cited_json else []

    def lacks_finding_on(self, outcome: str) -> bool:
        """It has per-outcome findings and none is on this outcome: told from the stored JSON without decoding
        it (the outcome's id, quoted, is not in it), so a claim reads only the findings of records that may
        report on its outcomes."""
        stored = self.findings_json
        return (self._findings is None and stored is not None and stored not in ("", "[]")
                and f'"{outcome}"' not in stored)

    @property
    def pools_trials(self) -> bool:
        """A systematic review that pooled randomised trials (its title or a result sentence says so)."""
        if self._pools_trials is None:
            self._pools_trials = bool(POOLED_RE.search(" ".join([self.title, self.evidence or ""] +
                                                                [f.evidence for f in self.findings])))
        return self._pools_trials


# The comparator tag (tagging/comparator.py) as a study line says it.
COMPARATOR_LABEL = {"placebo": "placebo", "active": "active: {drug}", "other_dose": "another dose of LDN",
                    "usual_care": "usual care", "no_treatment": "no treatment", "single_arm": "none (single arm)"}


@dataclass
class EvidenceRow:
    """One study as a verdict shows it: design, n, dose and the sentence it is judged on."""

    pmid: str
    year: int | None
    journal: str | None
    design: str
    population: str
    sample_size: int | None
    finding: str | None  # on the claimed outcome (basis says how it was read)
    evidence: str | None  # the quoted sentence
    retracted: bool
    title: str
    dose_mg: list[float] = field(default_factory=list)
    outcome: str | None = None
    basis: str = "overall finding"  # "per-outcome finding", "overall finding", "not LDN", ...
    # The Summary-of-Findings line (ldn_lit/effects.py reads what the tagger left unfilled; None: not stated)
    comparison: str | None = None  # between_arm, within_arm, none
    effect: str | None = None  # the estimate with its CI or p as written
    primary: bool | None = None  # the abstract names this outcome as its primary one
    duration: str = "not stated"
    comparator: str = "not stated"
    direction: str = ""  # benefit / no difference / harm / mixed; boosted / suppressed / unchanged (mechanism)
    role: str = ""  # why it decides or does not: "decisive", "context: within-arm comparison", ...
    pooled_in: str | None = None  # the PMID of the review that pooled this trial (linked, never counted twice)
    pooled_by: str = ""  # how it was linked: "its reference list" or "condition, outcome and years"
    surrogate: bool = False  # the "outcome" is drug dispensing or prescribing
    blinding: str | None = None  # double_blind, single_blind, open_label; None: not stated
    attrition: Attrition | None = None
    cites: list[str] = field(default_factory=list)  # a review's cited PMIDs (to link the trials it pooled)
    safety_primary: bool = False  # the study's primary outcome was safety/tolerability: efficacy came second

    def __post_init__(self) -> None:
        self._strength = _strength_of(self)  # the key every list sorts its rows by (_strength), computed once a row

    @classmethod
    def of(cls, e: Evidence, outcome: str | None = None, finding: str | None = None, sentence: str | None = None,
           basis: str = "overall finding", f: OutcomeFinding | None = None) -> EvidenceRow:
        sent = e.evidence if sentence is None else sentence
        fin = e.finding if finding is None else finding
        kind = effects.comparison(sent, f.comparison if f else None)
        return cls(e.pmid, e.year, e.journal_iso or e.journal, e.design, e.population, e.sample_size, fin, sent,
                   e.retracted, e.title, list(e.dose_mg), outcome, basis, kind,
                   (f.effect if f and f.effect else effects.stated_effect(sent)), f.primary if f else None,
                   e.duration or "not stated",
                   COMPARATOR_LABEL.get(e.comparator or "", "").format(drug=e.comparator_drug or "drug named")
                   or effects.comparator(kind, sent, e.title),
                   DIRECTION.get(fin or "", ""), surrogate=effects.is_dispensing(sent), blinding=e.blinding,
                   attrition=e.attrition, cites=e.cited_pmids if e.design == META else [],
                   safety_primary=e.safety_primary)

    @property
    def controlled(self) -> bool:
        """A controlled comparison on this outcome: a randomised trial or a pooling review, compared between
        arms (a before/after change within the treated arm is not), on a clinical outcome (not dispensing)."""
        return self.design in CONTROLLED and self.comparison != "within_arm" and not self.surrogate

    @property
    def dose(self) -> str:
        return "/".join(f"{d:g}" for d in self.dose_mg) + " mg" if self.dose_mg else "dose not stated"


class IndexedRow(EvidenceRow):
    """A study row built from a record's indexed facts (Indexed): everything a verdict and its certainty read, not the
    text of its SoF line (journal, title, quote, duration, comparator). `claims --json` writes such a row with the
    fields the index holds (__json_fields__); a row a format shows is read in full first (hydrate), and becomes an
    EvidenceRow."""

    # what a reader of a study it is not shown needs to place it (its risk-of-bias facts are in the verdict's reasons;
    # every field with --format csv): 21 fields wrote 10.7 MiB at 100,000 records, these 7.6 MiB, 0.19 -> 0.11 s
    __json_fields__: ClassVar[tuple[str, ...]] = (
        "pmid", "year", "design", "population", "sample_size", "dose_mg", "outcome", "finding", "direction",
        "comparison", "primary", "effect", "role", "pooled_in")
    key: str | None  # the outcome it was read for (None: any outcome), to read it again in full
    measured: str  # the measured direction of an immune measure (effects.measured_direction of its sentence)

    def fill(self, e: Evidence) -> None:
        """The whole SoF line, from the record read in full: the fields a read of it gives; the judgment's (role, the
        review it was pooled in, the mechanism's direction) stay."""
        full = read_outcome(e, self.key)
        if full is None:  # the stored read and the record disagree: a record changed under a running command
            raise LdnLitError(f"PMID {self.pmid} changed while it was read; run the command again")
        for name in _ROW_FIELDS:
            setattr(self, name, getattr(full, name))
        self._strength = full._strength
        self.__class__ = EvidenceRow  # type: ignore[assignment]  # a full line now: written with every field


class Indexed(_Facts):
    """The records of one bundle that a claim reads for an outcome but does not show, judged from their indexed facts
    (the bundle's tags, and per record its year and Store.outcome_reads: what read_outcome gives it on each outcome,
    and how it was run), their text never read (issue 16): counted like a bundle (`n`), read record by record
    (`rows`)."""

    full = False  # no text: a row it gives is an IndexedRow until hydrate reads it
    sample_size: int | None
    outcomes: list[str]
    finding: str | None
    retracted: bool
    has_data: bool

    def __init__(self, b: Bundle, members: list[tuple[str, int | None, dict[str, tuple]]],
                 read: Callable[[list[str]], list[Evidence]]):
        self.__dict__.update(b.__dict__)  # the facts every claim reads, derived once for the bundle
        self.members = members  # (pmid, year, {outcome: stored read}) of each record
        self._rank = (design_rank(self.design), -(self.sample_size or 0))  # how its rows rank (_strength_of)
        self.n = len(members)
        self._read = read  # how to read them in full
        self._full: dict[str, Evidence] | None = None  # once read: by PMID
        self._by_key: dict[str, list[tuple[str, int | None, tuple]]] = {}  # _reading

    def reporting(self, outcomes: Sequence[str | None]) -> Indexed | None:
        """Its records that report on one of these outcomes (a read on it, or their tags name it), or None."""
        if not set(self.outcomes).isdisjoint(outcomes):
            return self
        keys = [o or "" for o in outcomes]
        mine = [m for m in self.members if any(k in m[2] for k in keys)]
        if not mine:
            return None
        part = Indexed.__new__(Indexed)
        part.__dict__.update(self.__dict__)
        part.members, part.n, part._by_key = mine, len(mine), {}
        return part

    def in_full(self) -> list[Evidence]:
        """Its records read in full (once): an animal line quotes their titles and sentences."""
        if self._full is None:
            self._full = {e.pmid: e for e in self._read([m[0] for m in self.members])}
        return [self._full[m[0]] for m in self.members]

    def rows(self, outcome: str | tuple[str, ...] | None) -> list[IndexedRow]:
        """read_outcome of each of its records on one outcome (None: any outcome; a tuple: the first of them each
        record reports on), from the stored reads, in PMID order."""
        if not isinstance(outcome, tuple):
            return [self._row(pmid, year, outcome, stored) for pmid, year, stored in self._reading(outcome or "")]
        out = []
        for pmid, year, reads in self.members:
            for key in outcome:
                stored = reads.get(key or "")
                if stored is not None:
                    out.append(self._row(pmid, year, key, stored))
                    break
        return out

    def _reading(self, key: str) -> list[tuple[str, int | None, tuple]]:
        """(pmid, year, its stored read) of the records with a read on this outcome, in PMID order: found once an
        outcome (each claim and outcome group asks again; 18,000 asks at 100,000 records)."""
        found = self._by_key.get(key)
        if found is None:
            found = self._by_key[key] = [(pmid, year, reads[key]) for pmid, year, reads in self.members if key in reads]
        return found

    def _row(self, pmid: str, year: int | None, key: str | None, stored: tuple) -> IndexedRow:
        (row_outcome, finding, basis, comparison, effect, primary, surrogate, measured, blinding, attrition,
         comparator, safety) = stored
        r = IndexedRow.__new__(IndexedRow)  # as EvidenceRow.of builds it, without its 26 arguments
        r.__dict__ = {
            "pmid": pmid, "year": year, "journal": None, "design": self.design, "population": self.population,
            "sample_size": self.sample_size, "finding": finding, "evidence": None, "retracted": self.retracted,
            "title": "", "dose_mg": list(self.dose_mg), "outcome": row_outcome, "basis": basis,
            "comparison": comparison, "effect": effect, "primary": None if primary is None else primary == 1,
            "duration": "not stated",
            "comparator": COMPARATOR_LABEL["other_dose"] if comparator == "other_dose" else "not stated",
            "direction": DIRECTION.get(finding or "", ""), "role": "", "pooled_in": None, "pooled_by": "",
            "surrogate": surrogate == 1, "blinding": blinding,
            "attrition": _attrition(attrition) if attrition else None, "cites": [],
            "safety_primary": safety == 1, "key": key, "measured": measured,
            "_strength": (*self._rank, -(year or 0), _pmid_number(pmid), pmid, row_outcome or "")}  # _strength_of
        return r


@lru_cache(maxsize=4096)
def _attrition(stored: str) -> Attrition:
    """A stored attrition (JSON) as Attrition, decoded once a text: rows only read it."""
    return Attrition(**json.loads(stored))


def _reporting(e: Evidence | Indexed, outcomes: tuple[str, ...] | None) -> Evidence | Indexed | None:
    """The record (or an Indexed's records) if it reports on one of the outcomes: a read on it, or its tags name it."""
    if isinstance(e, Indexed):
        return e.reporting(outcomes or (None,))
    reports = any(read_outcome(e, o) is not None or o in e.outcomes for o in outcomes) if outcomes else \
        read_outcome(e, None) is not None
    return e if reports else None


def in_full(records: Sequence[Evidence | Indexed]) -> list[Evidence]:
    """These records read in full, in PMID order (an Indexed's read now, once)."""
    return sorted((x for e in records for x in (e.in_full() if isinstance(e, Indexed) else [e])),
                  key=lambda e: _pmid_number(e.pmid))


def rows_read(e: Evidence | Indexed, outcome: str | tuple[str, ...] | None) -> Iterator[EvidenceRow]:
    """What each record reports on one outcome (read_outcome): one row, or none, a record; a record read in full, or
    each record of an Indexed."""
    if isinstance(e, Indexed):
        yield from e.rows(outcome)
    elif (r := read_outcome(e, outcome)) is not None:
        yield r


Record = Evidence | Indexed | Bundle  # what load_evidence gives: read in full, judged from the index, or counted


@dataclass
class Downgrade:
    """One step (or more) down in certainty, with the GRADE domain and the reason a reader sees."""

    domain: str  # risk_of_bias, imprecision, inconsistency, indirectness, publication_bias
    reason: str
    steps: int = 1

    def text(self) -> str:
        return f"{self.domain.replace('_', ' ')}: {self.reason}" + (f" (-{self.steps})" if self.steps > 1 else "")


@dataclass
class Domain:
    """One GRADE domain judged for one outcome: not serious / serious / very serious, and why."""

    domain: str
    judgment: str
    reason: str
    steps: int = 0


DOMAINS = ("risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias")
JUDGMENT = ("not serious", "serious", "very serious")
NOT_SERIOUS = {
    "risk_of_bias": "randomised between-arm comparisons, fewer than half the decisive trials at risk of bias",
    "inconsistency": "the decisive studies point one way",
    "indirectness": "people with the condition, at a low dose, on the claimed outcome",
    "imprecision": "enough people, and no stated 95% CI includes no effect",
    "publication_bias": "no unreported completed registered trials outweigh the published ones "
                        "(or no registry data stored)",
}


# Risk of bias of one randomised trial, as its abstract states how it was run (thresholds in docs/claims.md).
ATTRITION_PCT = 20.0  # more than this share lost is a concern
# Outcomes a participant reports or a clinician rates by judgment: knowing the treatment biases them.
SUBJECTIVE = frozenset(o.id for o in OUTCOMES if o.subjective)  # vocabulary.Outcome.subjective says why
BIAS_CONCERNS = ("pilot under n=%d" % PILOT_N, "safety the primary outcome", "open-label with a subjective outcome",
                 "attrition over %g%%" % ATTRITION_PCT, "attrition unequal between arms")
# A title about safety, not efficacy ("A pilot study of the safety and tolerability of LDN in children with ...").
SAFETY_TITLE = re.compile(r"^(?!.*\befficacy\b).*\b(?:safety|tolerability)\b", re.I)


def trial_bias(rows: Sequence[EvidenceRow]) -> dict[str, list[str]]:
    """PMID -> the risk-of-bias concerns of each randomised trial among the rows that has any: a pilot (n < 20),
    safety as its primary outcome (judged here on an efficacy outcome), open-label (the blinding tag, which reads
    the title too) on a subjective or unnamed outcome, more than 20% lost, losses unequal between arms. Not stated is
    no concern (conduct_summary says what was not stated)."""
    out: dict[str, list[str]] = {}
    for r in rows:
        if r.design not in RANDOMISED:
            continue
        open_label = r.blinding == "open_label"
        lost = r.attrition.percent if r.attrition else None
        safety_first = r.safety_primary and r.outcome != "safety_tolerability" and not r.primary
        flags = [(r.sample_size or 0) < PILOT_N, safety_first,
                 open_label and (r.outcome is None or r.outcome in SUBJECTIVE),
                 lost is not None and lost > ATTRITION_PCT, bool(r.attrition and r.attrition.differential)]
        concerns = [c for c, flag in zip(BIAS_CONCERNS, flags, strict=True) if flag]
        if concerns:
            out[r.pmid] = concerns
    return out


def conduct_summary(rows: Sequence[EvidenceRow]) -> str:
    """'blinding: 2 double-blind, 1 not stated; attrition: 12% (PMID 4), not stated in 2' over the decisive trials."""
    trials = [r for r in rows if r.design in RANDOMISED]
    if not trials:
        return "a pooled review: its trials' blinding and attrition are not read"
    kinds = [(r.blinding or "not stated").replace("_", "-") for r in trials]
    blinding = ", ".join(f"{kinds.count(k)} {k}" for k in sorted(set(kinds)))
    stated = [r for r in trials if r.attrition and r.attrition.percent is not None]
    attrition = ", ".join(f"{r.attrition.percent:g}% lost (PMID {r.pmid})" for r in stated if r.attrition)
    missing = len(trials) - len(stated)
    attrition = "; ".join(x for x in (attrition, f"not stated in {missing}" if missing else "") if x)
    return f"blinding: {blinding}; attrition: {attrition}"


def grade(decisive: Sequence[EvidenceRow], disagree: bool = False,
          extra: Sequence[Downgrade] = ()) -> tuple[str, list[str]]:
    """GRADE-like certainty of the evidence behind a verdict: start high, step down per named reason."""
    certainty, reasons, _ = grade_domains(decisive, disagree, extra)
    return certainty, reasons


def grade_domains(decisive: Sequence[EvidenceRow], disagree: bool = False, extra: Sequence[Downgrade] = (),
                  mechanism: bool = False) -> tuple[str, list[str], list[Domain]]:
    """Certainty, the named steps down, and each of the five GRADE domains judged (thresholds in docs/claims.md)."""
    if not decisive:
        return "very_low", ["no human study reported a finding on it"] + [d.text() for d in extra], []
    downs: list[Downgrade] = []
    designs = {r.design for r in decisive}
    if not designs & CONTROLLED or not any(r.controlled for r in decisive):
        best = min(designs, key=design_rank)
        if designs <= NO_COMPARATOR:
            downs.append(Downgrade("risk_of_bias", f"no comparator group (best design: {best})", 3))
        elif designs & CONTROLLED:
            downs.append(Downgrade("risk_of_bias", "compared only before/after within the treated arm", 2))
        else:
            downs.append(Downgrade("risk_of_bias", f"not randomised (best design: {best})", 2))
    else:
        bias = trial_bias(decisive)
        weak = [r for r in decisive if r.pmid in bias]
        if weak and len(weak) * 2 >= len(decisive):
            concerns = sorted({c for cs in bias.values() for c in cs}, key=BIAS_CONCERNS.index)
            which = "; ".join(f"{c} ({_pmids([r for r in weak if c in bias[r.pmid]], 3)})" for c in concerns)
            downs.append(Downgrade("risk_of_bias", f"{len(weak)} of {len(decisive)} decisive studies at risk of bias: "
                                                   f"{which}"))
    if disagree:
        downs.append(Downgrade("inconsistency", "controlled studies disagree"))
    mixed = [r for r in decisive if r.population == "mixed"]
    if mixed:
        downs.append(Downgrade("indirectness", f"{len(mixed)} decisive stud(ies) mix human with animal or cell work"))
    surrogate = [r for r in decisive if r.surrogate]
    if surrogate:
        downs.append(Downgrade("indirectness", f"surrogate outcome: drug dispensing or prescribing "
                                               f"({_pmids(surrogate, 3)})", 2))
    off_band = [r for r in decisive if r.dose_mg and not all(LDN_BAND[0] <= d <= LDN_BAND[1] for d in r.dose_mg)]
    if off_band and len(off_band) * 2 >= len(decisive):
        downs.append(Downgrade("indirectness", f"dose outside {LDN_BAND[0]:g}-{LDN_BAND[1]:g} mg/day in "
                                               f"{len(off_band)} of {len(decisive)} decisive studies "
                                               f"({_pmids(off_band, 3)})"))
    doses = [r for r in decisive if r.comparator == COMPARATOR_LABEL["other_dose"]]
    if doses and len(doses) * 2 >= len(decisive):
        downs.append(Downgrade("indirectness", f"doses of LDN compared with each other, not LDN against none, "
                                               f"in {len(doses)} of {len(decisive)} decisive studies "
                                               f"({_pmids(doses, 3)})"))
    if mechanism:
        downs.append(Downgrade("indirectness", "a mechanism measurement, not a clinical outcome"))
    trials = [r for r in decisive if r.design != META]
    total = sum(r.sample_size or 0 for r in trials)
    total = max([total] + [r.sample_size or 0 for r in decisive if r.design == META])
    spans = [r for r in decisive if effects.ci_includes_no_effect(r.effect)]
    if total < VERY_FEW_PEOPLE:
        downs.append(Downgrade("imprecision", f"{total or 'an unknown number of'} people in total "
                                              f"(< {VERY_FEW_PEOPLE})", 2))
    elif total < FEW_PEOPLE:
        downs.append(Downgrade("imprecision", f"{total} people in total (< {FEW_PEOPLE})"))
    elif spans:
        downs.append(Downgrade("imprecision", f"the 95% CI includes no effect ({_pmids(spans, 3)})"))
    downs += list(extra)
    domains = []
    for name in DOMAINS:
        mine = [d for d in downs if d.domain == name]
        steps = sum(d.steps for d in mine)
        reason = "; ".join(d.reason for d in mine) or NOT_SERIOUS[name]
        if name == "risk_of_bias" and any(r.controlled for r in decisive):
            reason += f"; {conduct_summary(decisive)}"
        domains.append(Domain(name, JUDGMENT[min(steps, 2)], reason, steps))
    level = min(sum(d.steps for d in downs), len(CERTAINTY) - 1)
    return CERTAINTY[level], [d.text() for d in downs], domains


@dataclass
class OutcomeJudgment:
    """The verdict on one claimed outcome, with both sides listed largest first."""

    outcome: str
    verdict: str
    rule: str
    why: str
    certainty: str
    certainty_reasons: list[str]
    favouring: list[EvidenceRow] = field(default_factory=list)
    against: list[EvidenceRow] = field(default_factory=list)
    uncontrolled: list[EvidenceRow] = field(default_factory=list)
    latest_review: EvidenceRow | None = None
    domains: list[Domain] = field(default_factory=list)  # the five GRADE domains, each judged with its reason
    plain: str = ""  # the plain-language line: "pain: benefit in pooled small trials, not confirmed by ... (low)"
    animal: list[EvidenceRow] = field(default_factory=list)  # animal/cell rows when no human study measured it
    not_deciding: list[EvidenceRow] = field(default_factory=list)  # controlled but outweighed (pilots): listed
    index_only: int = 0  # of its studies, how many are given without their full SoF line (IndexedRow; hydrate)


@dataclass
class ClaimVerdict:
    claim: Claim
    verdict: str
    why: str  # ends with "(rule: …)", the rule of the docs' table that decided it
    rule: str = ""
    certainty: str = "very_low"
    certainty_reasons: list[str] = field(default_factory=list)
    evidence_table: dict[str, Any] = field(default_factory=dict)
    per_outcome: list[OutcomeJudgment] = field(default_factory=list)
    favouring: list[EvidenceRow] = field(default_factory=list)  # largest first
    against: list[EvidenceRow] = field(default_factory=list)  # largest first
    outcome_measured: list[EvidenceRow] = field(default_factory=list)
    not_ldn: list[EvidenceRow] = field(default_factory=list)  # standard-dose records: listed, never deciding
    cited_journal_records: list[EvidenceRow] = field(default_factory=list)
    cited_journal_summary: str | None = None
    cited_journal_status: str | None = None  # found, not_found, citation_mismatch (None: no journal named)
    supporting: list[EvidenceRow] = field(default_factory=list)  # the decisive studies, strongest first
    supporting_total: int = 0
    retracted: list[EvidenceRow] = field(default_factory=list)
    # registered trials on the claim's condition and outcome (ldn-lit trials update; trial_gap.ClaimTrialGap)
    registry: dict[str, Any] | None = None
    registry_note: str = ""
    kind: str = ""  # efficacy, mechanism, descriptive, small_but_significant (KINDS)
    question: dict[str, Any] = field(default_factory=dict)  # condition, dose band, comparator, outcomes, words
    plain_language: list[str] = field(default_factory=list)  # one line per outcome
    dose_not_stated: list[EvidenceRow] = field(default_factory=list)  # human studies on it with no dose: listed
    context: list[EvidenceRow] = field(default_factory=list)  # no data of their own: listed, never deciding

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_evidence(store: Store, until: str | None = None, claims: Sequence[Claim] | None = None, *,
                  pool: bool = False) -> list[Record]:
    """The counted tagged records (entered PubMed on or before `until`, YYYY-MM-DD, when given): those on the
    conditions of `claims` when given (every record when one is about any condition). With `pool` (and claims),
    only the records the claims show or read are read in full (_read_in_full); the others, which they only count,
    come as bundles of records alike in what is counted (their tags, no text): the verdicts are those of every
    record read in full, without reading 100,000 records. An unchanged database is read once: the same arguments
    give the same rows without a second query."""
    conditions = claim_conditions(claims) if claims is not None else None
    pooled = pool and claims is not None
    key = (until, conditions, store.data_version(), repr(claims) if pooled else None)
    cached = _LOADED.get(store)
    if cached is None or cached[0] != key:
        with collector_paused():  # 100,000 records and their lists, none garbage: the collector's passes took a third
            if pooled and claims is not None:
                records = _pooled(store, until, conditions, claims)
            else:
                records = _evidence(store.evidence_rows(until, conditions))
            cached = _LOADED[store] = (key, records)
    return cached[1]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while records and verdicts are built: tens of thousands of objects, none
    garbage, that its full passes walked again and again (a third of `claims --json`'s CPU at 100,000 records)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _evidence(rows: list[dict[str, Any]]) -> list[Record]:
    if rows and (missing := _REQUIRED - rows[0].keys()):
        raise LdnLitError(f"the evidence query gave no {', '.join(sorted(missing))}")
    return [Evidence.from_row(r) for r in rows]


def _pooled(store: Store, until: str | None, conditions: tuple[str, ...] | None,
            claims: Sequence[Claim]) -> list[Record]:
    """The records the claims show or read, in full (by PMID), then the rest as bundles."""
    groups = store.evidence_groups(until, conditions)
    lists: dict[str | None, list[Any]] = {}

    def decoded(text: str | None) -> list[Any]:
        if text not in lists:
            lists[text] = json.loads(text or "[]")
        return lists[text]

    bundles = [Bundle(len(members), design, population, size, decoded(dose), dose_class, low == 1, decoded(outs),
                      finding, retracted == 1, decoded(conds))
               for design, population, size, dose, dose_class, low, outs, finding, retracted, conds, _, members
               in groups]
    members = [g[-1] for g in groups]
    full, indexed, whole = _read_in_full(store, bundles, [set(decoded(g[10])) for g in groups], members, claims)
    names = store.journal_names() if any(c.cited_journal for c in claims) else []
    for c in claims:  # a cited journal's records on the claim's condition (or group, or any condition)
        if c.cited_journal and (cited := [n for n in names if matches_any(c.cited_journal, n)]):
            full.update(store.journal_pmids(cited, until, None if c.condition == "any" else
                                            scope_conditions(c.condition)))
    judged: list[Record] = _evidence(store.evidence_rows(until, conditions, pmids=sorted(full)))
    indexed -= full

    def read(pmids: list[str]) -> list[Evidence]:
        return full_records(_evidence(store.evidence_rows(until, conditions, pmids=pmids)))

    in_order = sorted(indexed, key=_pmid_number)
    reads = store.outcome_reads(in_order, sorted({o for c in claims for o in c.outcomes}))
    if whole := whole - full:  # their primary or overall finding too (a claim on any outcome reads them)
        for pmid, (year, overall) in store.outcome_reads(sorted(whole, key=_pmid_number), [""]).items():
            if overall:
                reads[pmid] = (year, reads[pmid][1] | overall)
    # each bundle's records judged from their reads, in PMID order (one pass over them in that order)
    bundle_of = {pmid: i for i, pmids in enumerate(members) if not indexed.isdisjoint(pmids) for pmid in pmids}
    mine: dict[int, list[tuple]] = {}
    for pmid in in_order:
        mine.setdefault(bundle_of[pmid], []).append((pmid, *reads[pmid]))
    for i, (b, pmids) in enumerate(zip(bundles, members, strict=True)):
        if i in mine:
            judged.append(Indexed(b, mine[i], read))
        b.n -= len(full.intersection(pmids)) + len(mine.get(i, ()))
    return judged + [b for b in bundles if b.n]


ANY_SCOPE = "*"  # the records a claim on any condition is about (listed, not the addiction literature alone)


def _read_in_full(store: Store, bundles: list[Bundle], named: list[set[str]], members: list[list[str]],
                  claims: Sequence[Claim]) -> tuple[set[str], set[str], set[str]]:
    """The PMIDs of the records that a claim shows or reads, whatever the other records (grouped as bundles, with
    their members' PMIDs): every systematic review (whether it pooled trials is in its text); on each condition (and
    on any condition), the MAX_ROWS strongest and the 3 first (by PMID) of each list a verdict shows (retracted, not
    LDN, dose not stated, context) and of what a descriptive claim lists; and each record a claim reads for an
    outcome (one whose findings (`named`) or outcomes name a claimed outcome; every human or animal record when the
    claim names none) or for its randomised trials: a human study a claim only reads for an outcome is judged from
    its indexed reads (the second set: Indexed; the third, those of them a claim reads on any outcome), unless a list
    shows it. tests/test_evidence_loading.py holds the pooled verdicts to those of every record read in full."""
    full: set[str] = set()
    indexed: set[str] = set()
    whole: set[str] = set()
    ranked: dict[tuple, list[int]] = {}
    first: dict[tuple, list[tuple[int, str]]] = {}
    scopes = {x for c in claims for x in ((ANY_SCOPE,) if c.condition == "any" else
                                         scope_conditions(c.condition))}
    for i, (b, mask, pmids) in enumerate(zip(bundles, named, members, strict=True)):
        read, index, top, firsts = _plan(b, mask, claims, scopes)
        if read:
            full.update(pmids)
            continue
        if index:  # and its strongest still shown where a list ranks it (below)
            indexed.update(pmids)
            if index == ANY_OUTCOME:
                whole.update(pmids)
        for k in top:
            ranked.setdefault(k, []).append(i)
        if firsts:
            by_pmid = heapq.nsmallest(3, ((_pmid_number(pmid), pmid) for pmid in pmids))
            for k in firsts:
                first.setdefault(k, []).extend(by_pmid)
    # The strongest MAX_ROWS of a list: design and size are the bundle's, so whole bundles are in until the one
    # (or the tie of bundles) where the count passes MAX_ROWS; in that one, newer then PMID decide (years read).
    undecided: list[tuple[list[str], int]] = []

    def strength(i: int) -> tuple[int, int]:  # a bundle's design and size: the head of its rows' _strength_of
        return design_rank(bundles[i].design), -(bundles[i].sample_size or 0)

    for idx in ranked.values():
        need = MAX_ROWS
        idx.sort(key=strength)
        for _, tie in itertools.groupby(idx, key=strength):
            pmids = [p for i in tie for p in members[i]]
            if len(pmids) > need:
                undecided.append((pmids, need))
                break
            full.update(pmids)
            need -= len(pmids)
            if not need:
                break
    for pmids, need in undecided:
        full.update(store.newest(pmids, need))
    for candidates in first.values():
        full.update(p for _, p in heapq.nsmallest(3, candidates))
    return full, indexed, whole


ANY_OUTCOME = 2  # _plan: read from the index, on any outcome too (its primary or overall finding)


def _plan(f: Bundle, named: set[str], claims: Sequence[Claim],
          scopes: set[str]) -> tuple[bool, int, list[tuple], list[tuple]]:
    """For records alike in these facts: read in full whatever the others (a review), read from the index (a study a
    claim reads for an outcome: 1, or ANY_OUTCOME when a claim reads it on any outcome), and the lists they compete
    in for the strongest MAX_ROWS and for the first 3."""
    if f.design == META:
        return True, 0, [], []
    if not f.listed:
        return False, 0, [], []
    on = [c for c in f.conditions if c in scopes] + ([ANY_SCOPE] if ANY_SCOPE in scopes and not f.addiction_only
                                                    else [])
    part = ("retracted" if f.retracted else "not_ldn" if f.dose_kind == "standard" else
            "unstated" if f.dose_kind == "unstated" and f.human else
            "context" if f.dose_kind == "ldn" and not f.preclinical and not f.has_data else None)
    top: list[tuple] = [(s, part) for s in on] if part else []
    firsts = [(s, part) for s in on] if part in ("retracted", "unstated") else []
    read, index = False, 0
    if f.retracted or not f.has_data or not f.low_dose:  # evaluate_claim hands a kind's rule none of them
        return read, index, top, firsts
    for i, c in enumerate(claims):
        kind = KINDS.get(c.direction)
        if kind is None or not _in_scope(f, _scope(c)):
            continue
        if kind.rule in (_outcomes, _mechanism):
            reads = not c.outcomes or not named.isdisjoint(c.outcomes) or not set(f.outcomes).isdisjoint(c.outcomes)
            if (f.human or f.preclinical) and reads:  # an animal line reads its records in full then
                index = max(index, 1 if c.outcomes else ANY_OUTCOME)
        elif kind.rule is _small_but_significant:
            if f.human and f.design in RANDOMISED:
                index = ANY_OUTCOME
        elif kind.rule is _doses_seen:
            lo, hi = dose_range(c)
            if f.human and f.dose_mg and all(lo <= d <= hi for d in f.dose_mg):
                top.append(("doses", i))
        elif kind.rule is _studies_found:
            top += [("found", i, x) for x in c.scope or [c.condition] if f.human and (x == "any" or x in f.conditions)]
        else:  # a kind this function does not know: read every record it could judge
            read = True
    return read, index, top, firsts


def _pmid_number(pmid: str) -> int:
    """A PMID as the evidence query orders records (cast as integer)."""
    return int(pmid) if pmid.isdigit() else 0


_LOADED: weakref.WeakKeyDictionary[Store, tuple[tuple, list[Record]]] = weakref.WeakKeyDictionary()
_ROW_FIELDS = [f.name for f in fields(EvidenceRow) if f.name not in ("role", "pooled_in", "pooled_by", "direction")]
_EVIDENCE_FIELDS = [f.name for f in fields(Evidence) if f.name != "outcome_findings"]
_REQUIRED = {f.name for f in fields(Evidence) if f.default is MISSING and f.default_factory is MISSING}
_FACTORIES = [(f.name, f.default_factory) for f in fields(Evidence) if f.default_factory is not MISSING]


def claim_conditions(claims: Sequence[Claim]) -> tuple[str, ...] | None:
    """The conditions whose records these claims read (a group is its conditions); None: every record."""
    if any(c.condition == "any" for c in claims):
        return None
    return tuple(sorted({x for c in claims for x in scope_conditions(c.condition)}))


def evidence_table(records: Sequence[Record]) -> dict[str, Any]:
    groups = {g.id: 0 for g in EVIDENCE_GROUPS}
    findings: dict[str, int] = {}
    sizes: list[int] = []
    for e in records:
        if not e.listed:
            continue
        if e.group in groups:
            groups[e.group] += e.n
        if e.finding:
            findings[e.finding] = findings.get(e.finding, 0) + e.n
        if e.human and e.sample_size:
            sizes += [e.sample_size] * e.n
    return {**groups, "human_total_n": sum(sizes), "human_largest_n": max(sizes, default=None),
            "human_median_n": statistics.median(sizes) if sizes else None, "findings": dict(sorted(findings.items()))}


def _describe(rows: Sequence[Record]) -> str:
    parts = []
    for g in EVIDENCE_GROUPS:
        n = sum(e.n for e in rows if e.group == g.id)
        if n:
            parts.append(f"{n} {g.label}")
    return ", ".join(parts) or "none"


def _pmids(rows: Sequence[Evidence] | Sequence[EvidenceRow], n: int = 6) -> str:
    return ", ".join(f"PMID {e.pmid}" for e in rows[:n]) + (" …" if len(rows) > n else "")


def _count(records: Sequence[Record]) -> int:
    """How many records, a bundle counting as its records."""
    return sum(e.n for e in records)


def _first_pmids(records: Sequence[Record], n: int) -> str:
    """_pmids of the first n records in their order (those are read in full: load_evidence), … when there are
    more."""
    full = full_records(records)[:n]
    return ", ".join(f"PMID {e.pmid}" for e in full) + (" …" if _count(records) > n else "")


def _about(records: Sequence[Record], claim: Claim) -> list[Record]:
    """The records a claim is about, in their order."""
    scope = _scope(claim)
    return [e for e in records if e.listed and _in_scope(e, scope)]


def _scope(claim: Claim) -> frozenset[str] | None:
    """The conditions a claim is about (a group, "autoimmune disease", is its conditions, not any); None: any."""
    return None if claim.condition == "any" else frozenset(scope_conditions(claim.condition))


def _in_scope(e: Record, scope: frozenset[str] | None) -> bool:
    """Whether a record is on a claim's conditions (_scope); LDN claims on any condition take everything but the
    addiction literature."""
    return not e.addiction_only if scope is None else not scope.isdisjoint(e.conditions)


def _strength_of(r: EvidenceRow) -> tuple:
    """Reviews of trials, then randomised trials by number randomised, then the rest; newer, then PMID, break ties."""
    return (design_rank(r.design), -(r.sample_size or 0), -(r.year or 0), _pmid_number(r.pmid), r.pmid, r.outcome or "")


# The sort key of a study row (_strength_of), read from the row: each row's is computed once, when it is made (its rows
# are sorted again by each list that shows them: 41,000 calls of a key function at 100,000 records).
_strength = attrgetter("_strength")


@lru_cache(maxsize=1 << 17)  # a record's sentences are read again by each claim and outcome on its condition
def is_result(sentence: str | None) -> bool:
    """A sentence that reports this study's own result (not background, an aim or a hypothesis)."""
    return bool(sentence) and not NOT_A_RESULT.search(sentence or "")


@lru_cache(maxsize=4096)
def _names_outcome(sentence: str, outcome: str) -> bool:
    from .models import Article
    from .tagging.outcomes import tag_outcomes

    return outcome in tag_outcomes(Article(pmid="sentence", title=sentence))[0]


# Outcome domains a claim word covers together: "symptoms" are measured as symptom scores or as a disease
# activity index, so a claim naming both is judged on either, as one outcome.
ONE_OUTCOME = (("symptom_severity", "disease_activity_index"),)


def outcome_groups(outcomes: Sequence[str]) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    for o in outcomes:
        together = next((g for g in ONE_OUTCOME if o in g and set(g) <= set(outcomes)), (o,))
        if together not in groups:
            groups.append(together)
    return groups


def read_outcome(e: Evidence, outcome: str | tuple[str, ...] | None) -> EvidenceRow | None:
    """What the record reports for one claimed outcome (None: any outcome), or None when it reports
    nothing usable on it. Per-outcome findings decide; without any, the overall finding counts only when its
    sentence names the outcome (basis 'overall finding'); a background/aim/hypothesis sentence never counts."""
    if isinstance(outcome, tuple):
        return next((r for o in outcome if (r := read_outcome(e, o)) is not None), None)
    if outcome and e.lacks_finding_on(outcome):  # the same answer as below, without decoding its findings
        return None
    if findings := e.findings:
        picks = [f for f in findings if f.outcome == outcome] if outcome else \
            ([f for f in findings if f.primary] or findings)
        picks = [f for f in picks if is_result(f.evidence)]
        if not picks:
            return None
        # a null primary outcome makes the study null, whatever its secondary outcomes did
        f = picks[0]
        if outcome is None and f.primary:
            f = next((x for x in picks if x.finding in AGAINST), f)
        return EvidenceRow.of(e, f.outcome, f.finding, f.evidence, "per-outcome finding", f)
    if not e.finding or not is_result(e.evidence):
        return None
    if outcome and not (outcome in e.outcomes and _names_outcome(e.evidence or "", outcome)):
        return None
    return EvidenceRow.of(e, outcome, e.finding, e.evidence, "overall finding")


# ---- the judgment -------------------------------------------------------------------------------
def _ev_key(e: Evidence) -> tuple:
    return e.rank


def read_records(records: Sequence[Record]) -> list[Evidence | Indexed]:
    """The records a claim can read for an outcome, in their order: read in full, or from their indexed reads."""
    return [e for e in records if not isinstance(e, Bundle)]


# The version of what outcome_reads gives: stored reads made by other rules are not read (Store.outcome_reads computes
# them afresh until `ldn-lit retag` stores them again). Bump it with any change to read_outcome, outcome_reads, or
# what they read (Evidence, effects.measured_direction).
READS_VERSION = "1"


def outcome_reads(row: dict[str, Any]) -> list[tuple[str, tuple]]:
    """What read_outcome gives a record (a row of Store.evidence_rows' columns) on each outcome it may report on ('' for
    any outcome), with how its study was run: Store's outcome_reads rows (m016), which Indexed reads back. The one
    definition of both: a record judged from its reads is judged as if read in full (tests/test_evidence_loading.py)."""
    e = Evidence.from_row(row)
    conduct = (e.blinding, e.attrition_json, e.comparator, int(e.safety_primary))
    out = []
    for key in [None, *sorted({f.outcome for f in e.findings} | set(e.outcomes))]:
        if (r := read_outcome(e, key)) is not None:
            out.append((key or "", (r.outcome, r.finding, r.basis, r.comparison, r.effect,
                                    None if r.primary is None else int(r.primary), int(r.surrogate),
                                    effects.measured_direction(r.evidence, r.finding, r.outcome), *conduct)))
    return out


def full_records(records: Sequence[Record]) -> list[Evidence]:
    """The records read in full, in their order (a bundle is only counted; load_evidence without `pool` gives
    only records read in full)."""
    return [e for e in records if isinstance(e, Evidence)]


def _rows(records: Sequence[Record], basis: str = "overall finding", role: str = "") -> list[EvidenceRow]:
    """The strongest MAX_ROWS records as listed rows (only those are read for their SoF line; load_evidence reads
    them in full)."""
    out = [EvidenceRow.of(e, basis=basis) for e in heapq.nsmallest(MAX_ROWS, full_records(records), key=_ev_key)]
    for r in out:
        r.role = role
    return out


# What the question calls a claim's condition when it is not one condition of queries.toml.
_SCOPE_WORDS = {"any": "any condition", "autoimmune": "autoimmune disease"}


def question(claim: Claim) -> dict[str, Any]:
    """The SoF question: who, what dose against what comparator, which outcomes, in the claim's own words."""
    m = _RANGE_RE.search(claim.claim)
    condition = claim.condition_label or _SCOPE_WORDS.get(claim.condition, claim.condition.replace("_", " "))
    return {"condition": condition, "scope": list(claim.scope),
            "dose": f"{m.group(1)}-{m.group(2)} mg/day" if m else f"low dose (< {STANDARD_DOSE_MG:g} mg/day)",
            "comparator": "placebo or no LDN", "outcomes": list(claim.outcomes) or ["any outcome"],
            "claim": claim.claim}


def evaluate_claim(records: Sequence[Record], claim: Claim,
                   downgrades: Sequence[Downgrade] = ()) -> ClaimVerdict:
    """The verdict for one claim over the given evidence rows (the one judgment every command uses): records, or
    (load_evidence(pool=True)) the records it shows or reads and bundles of those it only counts.
    `downgrades` are extra certainty steps a caller knows about (e.g. suspected publication bias)."""
    about = _about(records, claim)
    retracted: list[Record] = []
    not_ldn: list[Record] = []  # standard dose
    ldn: list[Record] = []  # low dose, or preclinical with no dose stated
    unstated: list[Record] = []  # human, no dose stated
    for e in about:  # one pass, each list in the records' order (a claim on any condition reads every record)
        if e.retracted:
            retracted.append(e)
            continue
        k = e.dose_kind
        if k == "standard":
            not_ldn.append(e)
        if e.low_dose:
            ldn.append(e)
        if k == "unstated" and e.human:
            unstated.append(e)
    kind = KINDS.get(claim.direction)
    if kind is None:
        raise LdnLitError(f"claim '{claim.id}': no rule for the kind '{claim.direction}' "
                          f"(use one of {', '.join(KINDS)})")
    v = ClaimVerdict(claim, "no_evidence", "", evidence_table=evidence_table(ldn), retracted=_rows(retracted),
                     not_ldn=_rows(not_ldn, "not LDN", "not LDN: standard dose"), kind=kind.name,
                     question=question(claim))
    v.evidence_table["not_ldn"] = _count(not_ldn)
    v.evidence_table["dose_not_stated"] = _count(unstated)
    v.dose_not_stated = _rows(unstated, role="dose not stated: listed, not counted")
    v.context = _rows([e for e in ldn + unstated if not e.has_data and not e.preclinical],
                      role="context: no data of its own")
    kind.rule(v, [e for e in ldn if e.has_data], claim, downgrades)
    if unstated:
        v.why += (f"; {_count(unstated)} human stud(ies) with no dose stated listed apart "
                  f"({_first_pmids(unstated, 3)})")
    if not_ldn:
        v.why += f"; {_count(not_ldn)} standard-dose record(s) (>= {STANDARD_DOSE_MG:g} mg) listed apart as not LDN"
    if retracted:
        v.why += f"; {_count(retracted)} retracted record(s) not counted: {_first_pmids(retracted, 3)}"
    v.why += f" (rule: {v.rule})"
    _cited_journal(v, about, claim)
    v.supporting_total = len(v.supporting)
    v.supporting = sorted(v.supporting, key=_strength)[:MAX_ROWS]
    v.favouring = sorted(v.favouring, key=_strength)[:MAX_ROWS]
    v.against = sorted(v.against, key=_strength)[:MAX_ROWS]
    v.outcome_measured = sorted(v.outcome_measured, key=_strength)[:MAX_ROWS]
    v.cited_journal_records = v.cited_journal_records[:MAX_ROWS]
    return v


def _cited_journal(v: ClaimVerdict, records: Sequence[Record], claim: Claim) -> None:
    """What the journal the article cites holds on this: found (a human study of the claimed outcome),
    citation_mismatch (records on the condition, none such), not_found (nothing on the condition). The cited
    journal's records are read in full (load_evidence): bundles are of other journals."""
    if not claim.cited_journal:
        return
    about = full_records(records)
    names = {(e.journal, e.journal_iso, e.medline_ta) for e in about}  # each distinct journal compared once
    cited = {n for n in names if matches_any(claim.cited_journal, n)}
    in_journal = [e for e in about if (e.journal, e.journal_iso, e.medline_ta) in cited]
    v.cited_journal_records = [EvidenceRow.of(e) for e in in_journal]
    usable = [e for e in in_journal if not e.retracted]
    measured = {r.pmid for r in v.outcome_measured}
    human = [e for e in usable if e.population in HUMAN_POPULATIONS and (e.pmid in measured or not claim.outcomes)]
    if not usable:
        v.cited_journal_status = "not_found"
        v.cited_journal_summary = (f"{claim.cited_journal}: none of the stored naltrexone records on this condition "
                                   "is from it")
    elif not human:
        v.cited_journal_status = "citation_mismatch"
        what = ("its records on this are " + ", ".join(sorted({e.design for e in usable}))
                if all(e.preclinical for e in usable) else
                f"its {len(usable)} record(s) on this measured other outcomes")
        v.cited_journal_summary = (f"{claim.cited_journal}: {len(usable)} stored record(s) on this "
                                   f"({_describe(usable)}), none a human study of "
                                   f"{' / '.join(claim.outcomes) or 'the claimed outcome'}: {what}")
    else:
        v.cited_journal_status = "found"
        v.cited_journal_summary = (f"{claim.cited_journal}: {len(usable)} stored record(s) on this "
                                   f"({_describe(usable)}); "
                                   f"{len(human)} human stud(ies) of the claimed outcome ({_pmids(human, 3)})")


LINK_CITED, LINK_YEARS = "its reference list", "condition, outcome and years"


def pooled_link(review: EvidenceRow, trial: EvidenceRow) -> str:
    """How a trial is linked to the review that pooled it: by the review's reference list when PubMed gives one
    (a trial it does not cite is not among its trials, whatever its year), else by condition and outcome (both
    rows are on the claim's) and years (published by the review's year); "" when not linked."""
    if review.cites:
        return LINK_CITED if trial.pmid in review.cites else ""
    return LINK_YEARS if (trial.year or 0) <= (review.year or 0) else ""


def _side(rows: list[EvidenceRow], largest: set[str]) -> str:
    """'the latest review (PMID 5, 2023) and 2 RCTs (n=31, 12)' / 'the 2 largest RCTs (n=99, 58)'"""
    rows = sorted(rows, key=_strength)
    reviews = [r for r in rows if r.design == META]
    trials = [r for r in rows if r.design != META]
    parts = [f"the latest review (PMID {r.pmid}, {r.year or '?'})" for r in reviews[:1]]
    if trials:
        top = [r for r in trials if r.pmid in largest]
        lead = f"the {len(trials)} largest" if len(top) == len(trials) and len(trials) > 1 else \
            ("the largest" if top and len(trials) == 1 else str(len(trials)))
        sizes = ", ".join(str(r.sample_size or "?") for r in trials[:5]) + (", …" if len(trials) > 5 else "")
        parts.append(f"{lead} randomised trial{'s' if len(trials) > 1 else ''} (n={sizes}: {_pmids(trials, 3)})")
    return " and ".join(parts)


def _who(rows: list[EvidenceRow]) -> str:
    """'pooled trials (PMID 5)', 'the 2 largest trials (n=99, 58)', 'a small trial (n=40)' for a plain line."""
    reviews = [r for r in rows if r.design == META]
    trials = [r for r in rows if r.design != META]
    parts = [f"pooled trials (PMID {r.pmid})" for r in reviews[:1]]
    if trials:
        sizes = ", ".join(str(r.sample_size or "?") for r in trials[:4]) + (", …" if len(trials) > 4 else "")
        small = "small " if all((r.sample_size or 0) < VERY_FEW_PEOPLE for r in trials) else ""
        parts.append(f"{'a' if len(trials) == 1 else len(trials)} {small}"
                     f"{'trial' if len(trials) == 1 else 'trials'} (n={sizes})")
    return " and ".join(parts)


def _improved(outcome: str, label: str) -> str:
    """'relapses fell': the outcome's own words (vocabulary.Outcome.improved), else '<label> improved'."""
    o = OUTCOME.get(outcome)
    return o.improved if o and o.improved else f"{label} improved"


def animal_line(label: str, outcome: str, rows: list[EvidenceRow]) -> str:
    """'relapse rate: not studied in humans; in mice (EAE), relapses fell (PMID 1, PMID 2)'."""
    text = " ".join(f"{r.title} {r.evidence or ''}" for r in rows)
    who = ("mice" if re.search(r"\b(?:mice|mouse|murine)\b", text, re.I) else
           "rats" if re.search(r"\brats?\b", text, re.I) else
           "cells" if all(r.design == "in_vitro" or r.population == "in_vitro" for r in rows) else "animals")
    model = next((m for m, rx in (("EAE", r"\bEAE\b|experimental autoimmune encephalomyelitis"),
                                  ("collagen-induced arthritis", r"collagen-induced arthritis"),
                                  ("colitis", r"\bcolitis\b")) if re.search(rx, text, re.I)), "")
    findings = [r.finding for r in rows if r.finding]
    top = max(sorted(set(findings)), key=findings.count) if findings else None
    what = (_improved(outcome, label) if top == "positive" else
            f"{label} did not change" if top == "null" else f"{label}: {top or 'measured'}")
    return (f"{label}: not studied in humans; in {who}{f' ({model})' if model else ''}, {what} "
            f"({_pmids(rows, 3)})")


def plain_line(j: OutcomeJudgment, label: str) -> str:
    cert = f" ({j.certainty.replace('_', ' ')})"
    if j.verdict == "supported":
        return f"{label}: benefit in {_who(j.favouring)}; no controlled study against{cert}"
    if j.verdict == "conflicting":
        return f"{label}: benefit in {_who(j.favouring)}, not confirmed by {_who(j.against)}{cert}"
    if j.verdict == "contradicted":
        return f"{label}: no benefit in {_who(j.against)}{cert}"
    if j.rule == "controlled-mixed":
        return f"{label}: mixed results in {_who(j.favouring)}{cert}"
    if j.rule == "uncontrolled-only":
        return (f"{label}: benefit reported only without a control group ({len(j.favouring)} "
                f"stud{'y' if len(j.favouring) == 1 else 'ies'}){cert}")
    if j.verdict == "not_studied_in_humans":
        return animal_line(label, j.outcome.split(" / ")[0], j.animal)
    if j.rule == "no-human-benefit":
        return f"{label}: only uncontrolled reports, none a benefit"
    return f"{label}: not studied in people"


def judge_outcome(rows: Sequence[tuple[Evidence | Indexed, EvidenceRow]], preclinical: Sequence[Evidence | Indexed],
                  measured_elsewhere: list[str], outcome: str, downgrades: Sequence[Downgrade] = ()) -> OutcomeJudgment:
    """The verdict on one outcome from the human records that report a finding on it."""
    label = outcome.replace("_", " ")
    controlled = [r for e, r in rows if r.controlled]
    trials = sorted((r for r in controlled if r.design in RANDOMISED), key=_strength)
    reviews = sorted((r for r in controlled if r.design == META), key=lambda r: (-(r.year or 0), r.pmid))
    latest = reviews[0] if reviews else None
    for r in trials:  # linked to the review that pooled it: one voice, not two
        link = pooled_link(latest, r) if latest else ""
        if latest and link:
            r.pooled_in, r.pooled_by = latest.pmid, link
    pos = [r for r in trials if r.finding in POSITIVE]
    neg = [r for r in trials if r.finding in AGAINST]
    mixed = [r for r in trials if r.finding == "mixed"]
    notes = []
    # A pilot cannot outweigh a larger trial pointing the other way.
    biggest_neg = max((r.sample_size or 0 for r in neg), default=0)
    biggest_pos = max((r.sample_size or 0 for r in pos), default=0)
    pilots_pos = [r for r in pos if (r.sample_size or 0) < PILOT_N and biggest_neg > (r.sample_size or 0)]
    pilots_neg = [r for r in neg if (r.sample_size or 0) < PILOT_N and biggest_pos > (r.sample_size or 0)]
    for p, side in ((pilots_pos, "null"), (pilots_neg, "positive")):
        if p:
            notes.append(f"{len(p)} pilot trial(s) under n={PILOT_N} ({_pmids(p, 3)}) do not outweigh the larger "
                         f"{side} trial")
    # by identity: the pilots are picked by their values, so a row equal to a pilot is one (and == is slow)
    pilot_ids = {id(r) for r in pilots_pos + pilots_neg}
    favouring = [r for r in pos if id(r) not in pilot_ids] + ([latest] if latest and latest.finding in POSITIVE
                                                               else [])
    against = [r for r in neg if id(r) not in pilot_ids] + ([latest] if latest and latest.finding in AGAINST else [])
    uncontrolled = sorted((r for e, r in rows if not r.controlled), key=_strength)
    within = [r for r in uncontrolled if r.design in CONTROLLED]
    if within:
        notes.append(f"{len(within)} controlled stud(ies) compared it only within the treated arm or on a "
                     f"surrogate ({_pmids(within, 3)}): not counted as controlled evidence")
    unc_pos = [r for r in uncontrolled if r.finding in POSITIVE | {"mixed"}]
    unc_neg = [r for r in uncontrolled if r.finding in AGAINST]
    largest = {r.pmid for r in trials[:2]}
    j = OutcomeJudgment(outcome, "no_evidence", "", "", "very_low", [], latest_review=latest)
    if favouring and against:
        j.verdict, j.rule = "conflicting", "controlled-disagree"
        j.why = (f"{label}: conflicting: {_side(favouring, largest)} reported benefit; "
                 f"{_side(against, largest)} found none")
    elif favouring:
        j.verdict, j.rule = "supported", "controlled-positive"
        j.why = f"{label}: {_side(favouring, largest)} reported benefit; no controlled study points the other way"
    elif against:
        j.verdict, j.rule = "contradicted", "controlled-null"
        j.why = f"{label}: {_side(against, largest)} found no benefit; no controlled study reports one"
    elif mixed or (latest and latest.finding == "mixed"):
        j.verdict, j.rule = "partly_supported", "controlled-mixed"
        both = mixed + ([latest] if latest and latest.finding == "mixed" else [])
        j.why = f"{label}: controlled evidence has mixed findings ({_side(both, largest)})"
    elif unc_pos:
        j.verdict, j.rule = "partly_supported", "uncontrolled-only"
        j.why = (f"{label}: no controlled study; only uncontrolled human studies report benefit ({len(unc_pos)}, "
                 f"largest n={unc_pos[0].sample_size or '?'}: {_pmids(unc_pos, 3)})")
    elif uncontrolled:
        j.rule = "no-human-benefit"
        j.why = f"{label}: {len(uncontrolled)} uncontrolled human record(s) reported on it, none a benefit"
    elif preclinical:
        j.verdict, j.rule = "not_studied_in_humans", "preclinical-only"
        j.animal = sorted((read_outcome(e, tuple(outcome.split(" / "))) or EvidenceRow.of(e)
                           for e in in_full(preclinical)),
                          key=_strength)
        j.why = animal_line(label, outcome.split(" / ")[0], j.animal)
    else:
        j.rule = "no-human-finding"
        elsewhere = ", ".join(measured_elsewhere[:6]).replace("_", " ")
        j.why = f"{label}: no human study reported a finding on it" + (
            f" (human studies measured {elsewhere})" if elsewhere else "")
    if j.verdict in ("supported", "contradicted", "conflicting", "partly_supported") and j.rule != "uncontrolled-only":
        j.favouring, j.against = sorted(favouring, key=_strength), sorted(against, key=_strength)
        if j.rule == "controlled-mixed":
            j.favouring = sorted(mixed, key=_strength)
        weaker = unc_neg if j.verdict == "supported" else unc_pos if j.verdict == "contradicted" else []
        if weaker:
            notes.append(f"{len(weaker)} uncontrolled human stud(ies) point the other way ({_pmids(weaker, 3)}), "
                         "which does not outweigh them")
        decisive = j.favouring + j.against
    elif j.rule == "uncontrolled-only":
        j.favouring, decisive = unc_pos, unc_pos
    else:
        decisive = []
    for r in decisive:
        r.role = "decisive"
    for r in uncontrolled:
        r.role = r.role or ("context: within-arm comparison" if r.comparison == "within_arm" and
                            r.design in CONTROLLED else "context: drug dispensing, a surrogate" if r.surrogate
                            else "uncontrolled: listed")
    for r in pilots_pos + pilots_neg:
        r.role = "pilot: does not outweigh a larger trial"
    j.not_deciding = sorted(pilots_pos + pilots_neg, key=_strength)
    j.uncontrolled = uncontrolled
    if latest and latest not in decisive:
        notes.append(f"latest review PMID {latest.pmid} ({latest.year or '?'}): {latest.finding}")
    pooled = [r for r in trials if r.pooled_in]
    if pooled:
        notes.append(f"{len(pooled)} trial(s) linked to review PMID {pooled[0].pooled_in} by {pooled[0].pooled_by} "
                     f"({_pmids(pooled, 3)}): their people are not added to the review's")
    overall = [r for r in decisive if r.basis == "overall finding"]
    if overall:
        notes.append(f"{len(overall)} of them judged on the overall finding, its sentence naming {label} "
                     "(no per-outcome findings tagged)")
    if notes:
        j.why += "; " + "; ".join(notes)
    j.certainty, j.certainty_reasons, j.domains = grade_domains(decisive, disagree=j.verdict == "conflicting",
                                                                extra=downgrades)
    j.plain = plain_line(j, label)
    return j


_COMBINE = ("conflicting", "supported", "partly_supported", "contradicted", "not_studied_in_humans", "no_evidence")


def _outcomes(v: ClaimVerdict, ldn: list[Record], claim: Claim, downgrades: Sequence[Downgrade]) -> None:
    """Efficacy: one judgment per claimed outcome, the claim's verdict derived from them (rule named)."""
    counted = [e for e in ldn if e.human or (e.design == META and not e.preclinical)]
    human, preclinical = read_records(counted), [e for e in read_records(ldn) if e.preclinical]
    studies: Counter[str] = Counter()  # how many human records measured each
    for e in counted:
        for o in set(e.outcomes):
            studies[o] += e.n
    measured_any = sorted({o for o in studies if o not in claim.outcomes and o != "safety_tolerability"},
                          key=lambda o: (-studies[o], o))
    judgments = []
    groups: list[tuple[str, ...] | None] = list(outcome_groups(claim.outcomes)) or [None]
    for group in groups:
        pairs = [(e, r) for e in human for r in rows_read(e, group)]
        pre = [x for e in preclinical if (x := _reporting(e, group)) is not None]
        judgments.append(judge_outcome(pairs, pre, measured_any, " / ".join(group) if group else "any outcome",
                                       downgrades))
        measured = {x.pmid for x in v.outcome_measured}
        v.outcome_measured += [r for _, r in pairs if r.pmid not in measured]
    v.per_outcome = judgments
    v.plain_language = [j.plain for j in judgments]
    verdicts = {j.verdict for j in judgments}
    if len(verdicts) == 1:
        v.verdict, v.rule = judgments[0].verdict, judgments[0].rule
    else:
        first = min(verdicts, key=_COMBINE.index)
        v.verdict = "partly_supported" if first == "supported" else first
        v.rule = "some-outcomes" if first in ("supported", "partly_supported", "conflicting") else \
            next(j.rule for j in judgments if j.verdict == first)
    v.why = "; ".join(j.why for j in judgments)
    seen: set[str] = set()
    for j in judgments:
        v.favouring += [r for r in j.favouring if r.pmid not in seen]
        v.against += [r for r in j.against if r.pmid not in seen]
        seen |= {r.pmid for r in j.favouring + j.against}
    v.supporting = v.favouring + v.against
    if not v.supporting:  # nothing decisive: show what there is (preclinical, or uncontrolled null reports)
        v.supporting = [r for j in judgments for r in j.uncontrolled] or [r for j in judgments for r in j.animal]
    with_evidence = [j for j in judgments if j.verdict not in ("no_evidence", "not_studied_in_humans")] or judgments
    worst = max(with_evidence, key=lambda j: CERTAINTY.index(j.certainty))
    v.certainty = worst.certainty
    v.certainty_reasons = [(f"{worst.outcome.replace('_', ' ')}: " if len(judgments) > 1 else "") + r
                           for r in worst.certainty_reasons]


BOOST_RE = re.compile(r"\b(?:boost\w*|enhanc\w*|stimulat\w*|strengthen\w*|activat\w*)\b", re.I)
SUPPRESS_RE = re.compile(r"\b(?:suppress\w*|dampen\w*|calm\w*|reduc\w* inflammation|inhibit\w*)\b", re.I)
OPPOSITE = {"boosted": "suppressed", "suppressed": "boosted"}


def _mechanism(v: ClaimVerdict, ldn: list[Record], claim: Claim, downgrades: Sequence[Downgrade]) -> None:
    """A mechanism claim is judged on the measured direction (boosted / suppressed / unchanged) of the named
    measures in people, never on clinical benefit and never on a dispensing record; at most partly supported."""
    what = " / ".join(claim.outcomes) or "any outcome"
    wanted = "boosted" if BOOST_RE.search(claim.claim) else "suppressed" if SUPPRESS_RE.search(claim.claim) else None
    human, preclinical = [e for e in read_records(ldn) if e.human], [e for e in read_records(ldn) if e.preclinical]
    wanted_outcomes: list[str | None] = list(claim.outcomes) or [None]
    rows = [r for e in human for o in wanted_outcomes for r in rows_read(e, o)]
    rows = sorted({r.pmid: r for r in reversed(rows)}.values(), key=_strength)
    for r in rows:  # an indexed row's direction was read from its sentence when it was stored
        r.direction = r.measured if isinstance(r, IndexedRow) else effects.measured_direction(r.evidence, r.finding,
                                                                                              r.outcome)
    surrogate = [r for r in rows if r.surrogate]
    for r in surrogate:
        r.role = "context: drug dispensing, not an immune measure"
    measured = [r for r in rows if not r.surrogate]
    v.outcome_measured = measured
    if wanted:
        fav = [r for r in measured if r.direction == wanted]
        against = [r for r in measured if r.direction in (OPPOSITE[wanted], "unchanged")]
    else:
        fav = [r for r in measured if r.finding in POSITIVE | {"mixed"}]
        against = [r for r in measured if r.finding in AGAINST]
    for r in fav + against:
        r.role = "decisive"
    counts = ", ".join(f"{d} in {n}" for d in ("boosted", "suppressed", "unchanged", "not stated")
                       if (n := sum(r.direction == d for r in measured)))
    claimed = f"the claim says {wanted}" if wanted else "the claim names no direction"
    if fav and against:
        v.verdict, v.rule = "conflicting", "mechanism-direction"
    elif fav:
        v.verdict, v.rule = "partly_supported", "mechanism-cap"
    elif against:
        v.verdict, v.rule = "contradicted", "mechanism-direction"
    v.favouring, v.against, v.supporting = fav, against, fav + against
    if measured:
        v.why = (f"{what} measured in {len(measured)} human stud(ies): {counts} ({_pmids(measured)}); {claimed}; "
                 "a mechanism measurement is not clinical benefit")
        if not (fav or against):
            v.rule = "mechanism-direction"
            v.supporting = measured
    else:
        pre = in_full([x for e in preclinical if (x := _reporting(e, tuple(claim.outcomes))) is not None]
                      if claim.outcomes else [])
        if pre:
            v.verdict, v.rule = "not_studied_in_humans", "preclinical-only"
            v.supporting = _rows(pre)
            v.why = f"{what} reported only in animal or cell studies ({_describe(pre)}: {_pmids(pre)})"
        else:
            v.rule, v.why = "no-human-finding", f"no human study reported a finding on {what}"
    if surrogate:
        v.why += f"; {len(surrogate)} drug-dispensing record(s) not read as immune measures ({_pmids(surrogate, 3)})"
    v.certainty, v.certainty_reasons, domains = grade_domains(fav + against, disagree=bool(fav and against),
                                                              extra=downgrades, mechanism=True)
    j = OutcomeJudgment(what, v.verdict, v.rule, v.why, v.certainty, v.certainty_reasons, fav, against,
                        surrogate + [r for r in measured if r not in fav + against], domains=domains)
    j.plain = (f"{what}: {counts or 'not measured in people'}; {claimed} ({v.certainty.replace('_', ' ')})"
               if measured else v.why)
    v.per_outcome, v.plain_language = [j], [j.plain]


_RANGE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:mg)?\s*(?:-|–|to|and)\s*(\d+(?:\.\d+)?)\s*mg", re.I)


def _descriptive(v: ClaimVerdict, why: str, rule: str) -> None:
    v.verdict, v.rule, v.why = "descriptive", rule, why
    v.certainty, v.certainty_reasons = NOT_GRADED, ["a descriptive claim: answered with what was found, not graded"]
    v.plain_language = [why]


def dose_range(claim: Claim) -> tuple[float, float]:
    """The dose range a dose claim states (1-5 mg/day when it states none)."""
    m = _RANGE_RE.search(claim.claim)
    return (float(m.group(1)), float(m.group(2))) if m else (1.0, 5.0)


def _doses_seen(v: ClaimVerdict, ldn: list[Record], claim: Claim, downgrades: Sequence[Downgrade]) -> None:
    """A dose range is descriptive: the doses human studies used, and how many fall in the claimed range."""
    lo, hi = dose_range(claim)
    human = [e for e in ldn if e.human and e.dose_mg]
    inside = [e for e in human if all(lo <= d <= hi for d in e.dose_mg)]
    controlled_inside = [e for e in inside if e.design in CONTROLLED]
    v.supporting = _rows(inside)
    v.evidence_table["doses_mg"] = sorted({d for e in human for d in e.dose_mg})
    if not human:
        _descriptive(v, "doses seen: no stored human study states a low naltrexone dose", "doses-seen")
        return
    _descriptive(v, f"doses seen in {_count(human)} human low-dose studies stating one: "
                    f"{', '.join(f'{d:g}' for d in v.evidence_table['doses_mg'])} mg/day; {_count(inside)} of "
                    f"{_count(human)} used {lo:g}-{hi:g} mg ({_count(controlled_inside)} controlled)", "doses-seen")


def _studies_found(v: ClaimVerdict, ldn: list[Record], claim: Claim,
                   downgrades: Sequence[Downgrade]) -> None:
    """'There have been several studies on X, Y and Z': the studies found on each, not an efficacy verdict."""
    parts = []
    for c in claim.scope or [claim.condition]:
        on = [e for e in ldn if e.human and (c == "any" or c in e.conditions)]
        n_on, rcts = _count(on), _count([e for e in on if e.design in RANDOMISED])
        largest = max((e.sample_size or 0 for e in on), default=0)
        parts.append(f"{c}: {n_on} human low-dose stud{'y' if n_on == 1 else 'ies'} "
                     f"({rcts} randomised" + (f", largest n={largest}" if largest else "") + ")")
        v.supporting += _rows(on)
    _descriptive(v, "studies found: " + "; ".join(parts), "studies-found")


def _small_but_significant(v: ClaimVerdict, ldn: list[Record], claim: Claim,
                           downgrades: Sequence[Downgrade]) -> None:
    """Both halves, on the claim's scope (its condition or group, e.g. autoimmune disease): are the studies small
    (median n < 100), and are the randomised trials' results significant (their primary or overall finding
    positive)? Only low-dose randomised trials count as trials."""
    human = [e for e in ldn if e.human]
    v.rule = "small-but-significant"
    if not human:
        v.why = "no stored human study of low-dose naltrexone"
        v.certainty, v.certainty_reasons = grade([], extra=downgrades)
        return
    sizes = [size for e in human if (size := e.sample_size) for _ in range(e.n)]
    median = statistics.median(sizes) if sizes else None
    trials = sorted((r for e in read_records(human) if e.design in RANDOMISED for r in rows_read(e, None)),
                    key=_strength)
    pos = [r for r in trials if r.finding in POSITIVE]
    small = median is not None and median < 100
    share = len(pos) / len(trials) if trials else None
    # "Significant" is the half that matters: fewer than a quarter of the randomised trials positive contradicts
    # the claim however small the studies are.
    if share is None:
        v.verdict = "no_evidence"
    elif share < 0.25:
        v.verdict = "contradicted"
    elif share >= 0.5 and small:
        v.verdict = "supported"
    else:
        v.verdict = "partly_supported"
    v.supporting, v.favouring, v.against = trials, pos, [r for r in trials if r.finding in AGAINST]
    for r in trials:
        r.role = "decisive"
    scope = _SCOPE_WORDS.get(claim.condition, claim.condition)  # a condition id: pages name it by its label
    v.why = (f"{_count(human)} human low-dose studies on {scope}, median n={median if median is not None else '?'}, "
             f"largest n={max(sizes, default='?')}; {len(pos)} of {len(trials)} randomised trials positive on their "
             "primary or overall finding")
    v.certainty, v.certainty_reasons, domains = grade_domains(trials, disagree=bool(pos and v.against),
                                                              extra=downgrades)
    j = OutcomeJudgment("primary or overall finding", v.verdict, v.rule, v.why, v.certainty, v.certainty_reasons,
                        pos, v.against, domains=domains)
    j.plain = (f"{scope}: {len(trials)} randomised trial(s), {len(pos)} positive; median n="
               f"{median if median is not None else '?'} ({v.certainty.replace('_', ' ')})")
    v.per_outcome, v.plain_language = [j], [j.plain]


@dataclass(frozen=True)
class Kind:
    """A claim kind: its name and the rule that judges it (keyed by the claim's `direction` in queries.toml)."""

    name: str
    rule: Callable[[ClaimVerdict, list[Record], Claim, Sequence[Downgrade]], None]


# The registry of claim kinds: a new kind is one entry here and its rule above.
KINDS: dict[str, Kind] = {
    "positive": Kind("efficacy", _outcomes),
    "null": Kind("efficacy", _outcomes),
    "negative": Kind("efficacy", _outcomes),
    "mechanism": Kind("mechanism", _mechanism),
    "dose": Kind("descriptive", _doses_seen),
    "descriptive": Kind("descriptive", _studies_found),
    "any": Kind("small_but_significant", _small_but_significant),
}


def require_evidence_base(store: Store) -> None:
    if not store.has_evidence_base():
        raise NoEvidenceBase("no verdict: the database holds no records from a successful search or import; "
                             "run `ldn-lit update` (or `ldn-lit import FILE`) first")


def evaluate_claims(store: Store, config: Config, claims: list[Claim] | None = None, until: str | None = None,
                    downgrades: Mapping[str, Sequence[Downgrade]] | None = None, *,
                    every_line: bool = False) -> list[ClaimVerdict]:
    """Every claim judged over one load of the database; `downgrades` maps a claim id to extra certainty steps;
    `every_line`: every study row with its full SoF line (hydrate), not only those a format shows."""
    require_evidence_base(store)
    claims = claims if claims is not None else config.claims
    return judge_claims(store, load_evidence(store, until, claims, pool=True), claims, until, downgrades,
                        every_line=every_line)


def judge_claims(store: Store, records: Sequence[Record], claims: Sequence[Claim],
                 until: str | None = None, downgrades: Mapping[str, Sequence[Downgrade]] | None = None, *,
                 every_line: bool = False) -> list[ClaimVerdict]:
    """evaluate_claim for each claim, with what the stored registry adds (the one judgment for claims,
    digest, check and audit): the unreported trials on its condition and outcome, and a publication-bias
    step down in certainty when they outweigh the published trials (trial_gap.registry_gaps). The rows a format
    shows get their full SoF line (every row with `every_line`: hydrate)."""
    with collector_paused():
        verdicts = _judge_claims(store, records, claims, until, downgrades)
        hydrate(store, verdicts, every_line)
        return verdicts


# A person reads at most this many study lines per outcome (text, Markdown, HTML); JSON lists every study, the others
# with the fields the index holds (IndexedRow), CSV every study with its full line.
SHOWN_STUDIES = 15


def outcome_studies(j: OutcomeJudgment) -> list[EvidenceRow]:
    """The studies of one outcome row: decisive first (for, then against), then the rest, each once."""
    rows = [*j.favouring, *j.against, *j.not_deciding, *j.uncontrolled, *j.animal]
    keys = list(map(_STUDY, rows))
    if len(set(keys)) == len(keys):  # each study once, as usual: told in C (13,000 rows at 100,000 records)
        return rows
    first: dict[tuple[str, str | None], EvidenceRow] = {}
    for key, r in zip(keys, rows, strict=True):
        first.setdefault(key, r)
    return list(first.values())


_STUDY = attrgetter("pmid", "outcome")  # a study on one outcome: listed once


def hydrate(store: Store, verdicts: Sequence[ClaimVerdict], every_line: bool = False) -> None:
    """Give the rows a format shows their full SoF line (quote, journal, effect, duration, comparator), reading their
    records in full by PMID, once: each outcome's first SHOWN_STUDIES studies and the rows each claim lists (at most
    MAX_ROWS each); every row with `every_line`. The rest stay IndexedRows, counted in index_only."""
    rows = []
    listed: list[tuple[OutcomeJudgment, list[EvidenceRow]]] = []  # each outcome's studies, listed once (the same rows
    for v in verdicts:                                             # after they are read in full)
        for r in itertools.chain(v.favouring, v.against, v.supporting, v.outcome_measured, v.cited_journal_records,
                                 v.retracted, v.not_ldn, v.dose_not_stated, v.context):
            if type(r) is IndexedRow:
                rows.append(r)
        for j in v.per_outcome:
            studies = outcome_studies(j)
            listed.append((j, studies))
            shown = studies if every_line else studies[:SHOWN_STUDIES]
            rows += [r for r in shown if type(r) is IndexedRow]
            if every_line:  # and the rows outcome_studies lists once (the same study twice on one outcome)
                rows += [r for r in itertools.chain(j.favouring, j.against, j.not_deciding, j.uncontrolled)
                         if type(r) is IndexedRow]
    if rows:
        full = {e.pmid: e for e in full_records(_evidence(store.evidence_rows(pmids=sorted({r.pmid for r in rows}))))}
        for r in rows:
            if type(r) is IndexedRow:  # a row listed twice is filled once
                r.fill(full[r.pmid])
    for j, studies in listed:
        j.index_only = sum(type(r) is IndexedRow for r in studies)


def _judge_claims(store: Store, records: Sequence[Record], claims: Sequence[Claim], until: str | None,
                  downgrades: Mapping[str, Sequence[Downgrade]] | None) -> list[ClaimVerdict]:
    from .trial_gap import registry_gaps

    gaps = registry_gaps(store, records, claims, until)  # {} when no registered trial is stored
    by_condition: dict[str, list[Record]] = {}
    for e in records:  # each claim reads only the records on its condition (or group): one pass, not one per claim
        for cond in e.conditions:
            by_condition.setdefault(cond, []).append(e)

    def on(condition: str) -> list[Record]:
        wanted = scope_conditions(condition)
        if len(wanted) == 1:
            return by_condition.get(wanted[0], [])
        return list({id(e): e for c in wanted for e in by_condition.get(c, [])}.values())  # one object a record

    out = []
    for c in claims:
        extra = list((downgrades or {}).get(c.id, ()))
        gap = gaps.get(c.id)
        if gap and gap.publication_bias:  # unreported completed trials outweigh the published ones
            extra.append(Downgrade("publication_bias", gap.reason.removeprefix("suspected publication bias: ")))
        v = evaluate_claim(records if c.condition == "any" else on(c.condition), c, extra)
        if gap:
            v.registry, v.registry_note = gap.to_dict(), gap.note()
        out.append(v)
    return out
