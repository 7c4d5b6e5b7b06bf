"""Set a claim against the stored evidence: a verdict from a small, documented rule set.

Verdicts (docs/claims.md):
  supported              controlled human evidence (RCT, crossover RCT, systematic review) on the claimed
                         condition and outcome is positive, and no controlled study found it null/negative
  partly_supported       controlled evidence is mixed, or only uncontrolled/small human studies are positive
  contradicted           controlled human evidence on the claimed outcome is null or negative
  not_studied_in_humans  only animal or cell studies address it
  no_evidence            nothing stored addresses it (or human studies exist but none measured the outcome)
Retracted records never count, and are listed. Every verdict carries one line of why and the
PMIDs and quoted sentences behind it. evaluate_claim() is a pure function over Evidence rows, so
the digest, `ldn-lit claims` and `ldn-lit check` share it exactly.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .config import Claim, Config
from .journals import matches_any
from .store import Store
from .vocabulary import (CLAIM_VERDICT_IDS, CONTROLLED, EVIDENCE_GROUPS, HUMAN_POPULATIONS, NOT_EVIDENCE, PRECLINICAL,
                         RANDOMISED, REVIEWS, design_rank)

VERDICTS = CLAIM_VERDICT_IDS
ADDICTION = {"alcohol_use_disorder", "opioid_use_disorder"}


@dataclass
class Evidence:
    """One stored record with the tags the rules need."""

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

    @property
    def human(self) -> bool:
        return self.population in HUMAN_POPULATIONS and self.design not in REVIEWS | PRECLINICAL

    @property
    def group(self) -> str:
        if self.design in REVIEWS:
            return "review"
        if self.design in RANDOMISED and self.population in HUMAN_POPULATIONS:
            return "human_rct"
        if self.design == "animal_study" or self.population == "animal":
            return "animal"
        if self.design == "in_vitro" or self.population == "in_vitro":
            return "in_vitro"
        return "other_human" if self.population in HUMAN_POPULATIONS else "other"


@dataclass
class EvidenceRow:
    pmid: str
    year: int | None
    journal: str | None
    design: str
    population: str
    sample_size: int | None
    finding: str | None
    evidence: str | None
    retracted: bool
    title: str

    @classmethod
    def of(cls, e: Evidence) -> EvidenceRow:
        return cls(e.pmid, e.year, e.journal_iso or e.journal, e.design, e.population, e.sample_size,
                   e.finding, e.evidence, e.retracted, e.title)


@dataclass
class ClaimVerdict:
    claim: Claim
    verdict: str
    why: str
    evidence_table: dict[str, Any] = field(default_factory=dict)
    outcome_measured: list[EvidenceRow] = field(default_factory=list)
    cited_journal_records: list[EvidenceRow] = field(default_factory=list)
    cited_journal_summary: str | None = None
    supporting: list[EvidenceRow] = field(default_factory=list)  # the strongest MAX_ROWS, see supporting_total
    supporting_total: int = 0
    retracted: list[EvidenceRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_evidence(store: Store, until: str | None = None) -> list[Evidence]:
    """All tagged records (entered PubMed on or before `until`, YYYY-MM-DD, when given), one query."""
    return [Evidence(**{k: r[k] for k in _EVIDENCE_FIELDS} | {"title": r["title"] or ""})
            for r in store.evidence_rows(until)]


_EVIDENCE_FIELDS = [f.name for f in fields(Evidence)]


def evidence_table(records: list[Evidence]) -> dict[str, Any]:
    groups = {g.id: 0 for g in EVIDENCE_GROUPS}
    findings: dict[str, int] = {}
    sizes = []
    for e in records:
        if e.design in NOT_EVIDENCE and e.population == "none":
            continue
        if e.group in groups:
            groups[e.group] += 1
        if e.finding:
            findings[e.finding] = findings.get(e.finding, 0) + 1
        if e.human and e.sample_size:
            sizes.append(e.sample_size)
    return {**groups, "human_total_n": sum(sizes), "human_largest_n": max(sizes, default=None),
            "human_median_n": statistics.median(sizes) if sizes else None, "findings": dict(sorted(findings.items()))}


def _describe(rows: list[Evidence]) -> str:
    parts = []
    for g in EVIDENCE_GROUPS:
        n = sum(1 for e in rows if e.group == g.id)
        if n:
            parts.append(f"{n} {g.label}")
    return ", ".join(parts) or "none"


def _pmids(rows: list[Evidence], n: int = 6) -> str:
    return ", ".join(f"PMID {e.pmid}" for e in rows[:n]) + (" …" if len(rows) > n else "")


def _is_about(e: Evidence, claim: Claim) -> bool:
    if e.design in NOT_EVIDENCE and e.population == "none":
        return False
    if claim.condition == "any":  # LDN claims: everything but the addiction literature
        return not (e.conditions and set(e.conditions) <= ADDICTION)
    return claim.condition in e.conditions


def evaluate_claim(records: list[Evidence], claim: Claim) -> ClaimVerdict:
    """The verdict for one claim over the given evidence rows."""
    about = [e for e in records if _is_about(e, claim)]
    retracted = [e for e in about if e.retracted]
    usable = [e for e in about if not e.retracted]
    v = ClaimVerdict(claim, "no_evidence", "", evidence_table=evidence_table(usable),
                     retracted=[EvidenceRow.of(e) for e in retracted])
    if claim.cited_journal:
        in_journal = [e for e in about if matches_any(claim.cited_journal, (e.journal, e.journal_iso, e.medline_ta))]
        v.cited_journal_records = [EvidenceRow.of(e) for e in in_journal]
        v.cited_journal_summary = (
            f"{claim.cited_journal}: {len(in_journal)} stored record(s) on this ({_describe(in_journal)})"
            if in_journal else f"{claim.cited_journal}: no stored naltrexone record on this condition")
    if claim.direction == "dose":
        _dose(v, usable, claim)
    elif claim.direction == "any":
        _small_but_significant(v, usable)
    else:
        _outcome(v, usable, claim, mechanism=claim.direction == "mechanism")
    if retracted:
        v.why += f" ({len(retracted)} retracted record(s) not counted: {_pmids(retracted, 3)})"
    v.supporting_total = len(v.supporting)
    v.supporting = sorted(v.supporting, key=_strength)[:MAX_ROWS]
    v.outcome_measured = sorted(v.outcome_measured, key=_strength)[:MAX_ROWS]
    v.cited_journal_records = v.cited_journal_records[:MAX_ROWS]
    return v


MAX_ROWS = 25


def _strength(r: EvidenceRow) -> tuple:
    """Controlled designs first, then larger studies, then newer; PMID breaks ties (reproducible)."""
    return (design_rank(r.design), -(r.sample_size or 0), -(r.year or 0), int(r.pmid) if r.pmid.isdigit() else 0)


def _measured(rows: list[Evidence], outcomes: list[str]) -> list[Evidence]:
    return [e for e in rows if not outcomes or set(outcomes) & set(e.outcomes)]


def _outcome(v: ClaimVerdict, usable: list[Evidence], claim: Claim, mechanism: bool) -> None:
    what = " / ".join(claim.outcomes) or "any outcome"
    human = [e for e in usable if e.human or e.design == "systematic_review_or_meta_analysis"]
    preclinical = [e for e in usable if e.group in ("animal", "in_vitro")]
    measured = _measured(human, claim.outcomes)
    v.outcome_measured = [EvidenceRow.of(e) for e in measured]
    if not measured:
        pre = _measured(preclinical, claim.outcomes)
        if pre:
            v.verdict = "not_studied_in_humans"
            v.supporting = [EvidenceRow.of(e) for e in pre]
            v.why = f"{what} measured only in animal or cell studies ({_describe(pre)}: {_pmids(pre)})"
        elif human:
            v.why = f"{len(human)} human record(s) on this, none measured {what}"
        else:
            v.why = "no stored record addresses this"
        return
    controlled = [e for e in measured if e.design in CONTROLLED]
    pos = [e for e in controlled if e.finding == "positive"]
    neg = [e for e in controlled if e.finding in ("null", "negative")]
    mixed = [e for e in controlled if e.finding == "mixed"]
    uncontrolled_pos = [e for e in measured if e.design not in CONTROLLED and e.finding in ("positive", "mixed")]
    uncontrolled_null = [e for e in measured if e.design not in CONTROLLED and e.finding in ("null", "negative")]
    if mechanism:
        if pos or mixed or uncontrolled_pos:
            v.verdict, v.supporting = "partly_supported", [EvidenceRow.of(e) for e in (pos + mixed + uncontrolled_pos)]
            v.why = (f"{len(measured)} human record(s) measured {what}; mechanism measurements are not clinical "
                     f"benefit ({_pmids(pos + mixed + uncontrolled_pos)})")
        else:
            v.verdict, v.supporting = "no_evidence", [EvidenceRow.of(e) for e in measured]
            v.why = f"{len(measured)} human record(s) measured {what}, none reported the claimed effect"
        return
    if pos and not neg and not mixed:
        v.verdict, v.supporting = "supported", [EvidenceRow.of(e) for e in pos + uncontrolled_null]
        v.why = f"{len(pos)} controlled human study(ies) positive on {what}, none null ({_pmids(pos)})"
        v.why += _weaker_against(uncontrolled_null, "found no benefit")
    elif controlled and not pos and not mixed:
        v.verdict, v.supporting = "contradicted", [EvidenceRow.of(e) for e in neg + uncontrolled_pos]
        v.why = f"{len(neg)} controlled human study(ies) on {what} found no benefit ({_pmids(neg)})"
        v.why += _weaker_against(uncontrolled_pos, "report benefit")
    elif controlled:
        v.verdict, v.supporting = "partly_supported", [EvidenceRow.of(e) for e in pos + mixed + neg]
        v.why = (f"controlled human evidence on {what} is mixed: {len(pos)} positive, {len(mixed)} mixed, "
                 f"{len(neg)} null/negative ({_pmids(pos + mixed + neg)})")
    elif uncontrolled_pos:
        largest = max((e.sample_size or 0 for e in uncontrolled_pos), default=0)
        v.verdict, v.supporting = "partly_supported", [EvidenceRow.of(e) for e in uncontrolled_pos]
        v.why = (f"only uncontrolled human studies report benefit on {what} ({len(uncontrolled_pos)}, largest "
                 f"n={largest or '?'}: {_pmids(uncontrolled_pos)})")
    else:
        v.verdict, v.supporting = "no_evidence", [EvidenceRow.of(e) for e in measured]
        v.why = f"{len(measured)} uncontrolled human record(s) measured {what}, none reported benefit"


def _weaker_against(rows: list[Evidence], what: str) -> str:
    """Uncontrolled studies pointing the other way do not change a verdict from controlled ones, but a
    reader should see them (they are listed with the rest, after the controlled studies)."""
    if not rows:
        return ""
    return f"; {len(rows)} uncontrolled human study(ies) {what} ({_pmids(rows, 3)}), which does not outweigh them"


_RANGE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:mg)?\s*(?:-|–|to|and)\s*(\d+(?:\.\d+)?)\s*mg", re.I)


def _dose(v: ClaimVerdict, usable: list[Evidence], claim: Claim) -> None:
    m = _RANGE_RE.search(claim.claim)
    lo, hi = (float(m.group(1)), float(m.group(2))) if m else (1.0, 5.0)
    human = [e for e in usable if e.human and e.dose_mg and max(e.dose_mg) < 25]
    inside = [e for e in human if all(lo <= d <= hi for d in e.dose_mg)]
    controlled_inside = [e for e in inside if e.design in CONTROLLED]
    v.supporting = [EvidenceRow.of(e) for e in inside]
    v.evidence_table["doses_mg"] = sorted({d for e in human for d in e.dose_mg})
    if not human:
        v.why = "no stored human study states a low naltrexone dose"
        return
    share = len(inside) / len(human)
    v.verdict = "supported" if share >= 0.8 and controlled_inside else "partly_supported"
    v.why = (f"{len(inside)} of {len(human)} human studies stating a low dose used {lo:g}-{hi:g} mg/day "
             f"({len(controlled_inside)} controlled); doses seen: {', '.join(f'{d:g}' for d in v.evidence_table['doses_mg'])} mg")


def _small_but_significant(v: ClaimVerdict, usable: list[Evidence]) -> None:
    human = [e for e in usable if e.human]
    controlled = [e for e in human if e.design in RANDOMISED]
    sizes = [e.sample_size for e in human if e.sample_size]
    if not human:
        v.why = "no stored human study"
        return
    median = statistics.median(sizes) if sizes else None
    pos = [e for e in controlled if e.finding == "positive"]
    small = median is not None and median < 100
    share = len(pos) / len(controlled) if controlled else None
    # "Significant" is the half that matters: when fewer than a quarter of the randomised trials are
    # positive the claim is contradicted, however small the studies are.
    if share is None:
        v.verdict = "no_evidence"
    elif share < 0.25:
        v.verdict = "contradicted"
    elif share >= 0.5 and small:
        v.verdict = "supported"
    else:
        v.verdict = "partly_supported"
    v.supporting = [EvidenceRow.of(e) for e in controlled]
    v.why = (f"{len(human)} human studies, median n={median if median is not None else '?'}, largest "
             f"n={max(sizes, default='?')}; {len(pos)} of {len(controlled)} randomised trials positive")


def evaluate_claims(store: Store, config: Config, claims: list[Claim] | None = None,
                    until: str | None = None) -> list[ClaimVerdict]:
    records = load_evidence(store, until)
    return [evaluate_claim(records, c) for c in (claims if claims is not None else config.claims)]
