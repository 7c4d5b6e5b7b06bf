"""Naltrexone daily dose(s) stated in the abstract, and the dose class.

A dose counts only when it is attached to naltrexone/LDN ("4.5 mg naltrexone", "LDN 4.5 mg/day",
"naltrexone (1.5 to 4.5 mg)"), so "methotrexate 15 mg" is ignored. Per-kilogram doses (animal
studies) are not human daily doses and are left out, with a reason.

Classes (by the largest dose): ultra_low < 0.001 mg; very_low < 1 mg; low 1-5 mg (the "LDN"
range, up to 5 mg inclusive); standard >= 25 mg (50 mg is the licensed dose). Doses above 5 and
below 25 mg belong to neither and give dose_class null (the reason says so).
"""

from __future__ import annotations

from ..models import Article, TagReason
from .text import Rule, fold

DRUG = r"(?:low[- ]dose naltrexone|naltrexone(?: hydrochloride)?|LDN)"
NUM = r"\d+(?:\.\d+)?"
UNIT = r"(?:mg|milligrams?|µg|μg|mcg|micrograms?|ng|nanograms?)"
DOSE = rf"(?P<a>{NUM})(?:\s*(?:to|-|–|—|or|and)\s*(?P<b>{NUM}))?\s*(?P<unit>{UNIT})(?P<perkg>\s*/\s*kg|\s+per\s+kg)?"
# "4.5 mg naltrexone", "4.5 mg of LDN", "4.5 mg/day naltrexone"
BEFORE_DRUG = Rule(rf"{DOSE}(?:\s*(?:/\s*d(?:ay)?|daily|per day|at night|nightly|once daily))?\s*(?:of\s+)?(?:oral\s+)?{DRUG}")
# "naltrexone 4.5 mg", "LDN (4.5 mg)", "naltrexone at a dose of 1.5-4.5 mg", "LDN, 3 mg/day"
AFTER_DRUG = Rule(rf"{DRUG}[^.;:]{{0,40}}?(?<![\d.]){DOSE}")
_TO_MG = {"mg": 1.0, "milligram": 1.0, "µg": 0.001, "μg": 0.001, "mcg": 0.001, "microgram": 0.001,
          "ng": 1e-6, "nanogram": 1e-6}


def _mg(value: str, unit: str) -> float:
    u = unit.lower().rstrip("s")
    return round(float(value) * _TO_MG.get(u, 1.0), 6)


def tag_dose(article: Article) -> tuple[list[float], str | None, list[TagReason]]:
    text = f"{article.title} {article.abstract}"
    folded = fold(text)
    doses: set[float] = set()
    reasons: list[TagReason] = []
    for rx in (BEFORE_DRUG, AFTER_DRUG):
        for m in rx.rx.finditer(folded):
            phrase = text[m.start():m.end()]
            if m.group("perkg"):
                reasons.append(TagReason("per_kg_dose_ignored", phrase))
                continue
            values = [m.group("a")] + ([m.group("b")] if m.group("b") else [])
            got = [_mg(v, m.group("unit")) for v in values]
            if any(g > 1000 for g in got):
                continue
            doses.update(got)
            reasons.append(TagReason("dose_phrase", phrase))
    if not doses:
        return [], None, reasons
    top = max(doses)
    cls = dose_class(top)
    if cls is None:
        reasons.append(TagReason("dose_class", f"{top:g} mg is neither low (1-5 mg) nor standard (>= 25 mg)"))
    else:
        reasons.append(TagReason("dose_class", f"largest dose {top:g} mg"))
    return sorted(doses), cls, reasons


def dose_class(mg: float) -> str | None:
    if mg < 0.001:
        return "ultra_low"
    if mg < 1:
        return "very_low"
    if mg <= 5:
        return "low"
    if mg >= 25:
        return "standard"
    return None
