"""Naltrexone daily dose(s) stated in the abstract, and the dose class.

A dose counts only when it is attached to naltrexone/LDN ("4.5 mg naltrexone", "LDN 4.5 mg/day",
"naltrexone (1.5 to 4.5 mg)"), so "methotrexate 15 mg" is ignored. Per-kilogram doses (animal
studies) are not human daily doses and are left out, with a reason.

Classes (by the largest dose): ultra_low < 0.001 mg; very_low < 1 mg; low 1-5 mg (the "LDN"
range, up to 5 mg inclusive); standard >= 25 mg (50 mg is the licensed dose). Doses above 5 and
below 25 mg belong to neither and give dose_class null (the reason says so).
"""

from __future__ import annotations

import re
import re._parser as parser  # type: ignore[import-not-found]
from collections.abc import Iterator
from functools import cache

from ..models import Article, TagReason
from ..vocabulary import DOSE_CLASS_BOUNDS
from . import phrases
from .rule_cache import regex
from .text import Rule, fold, section_kind, spellings

_P = phrases.load("dose")


def _alternation(name: str) -> str:
    """An entry's patterns as one group, to build the dose shapes around (phrases/dose.toml)."""
    return "(?:" + "|".join(f"(?:{p})" for p in _P[name].patterns) + ")"


DRUG = _alternation("drug")
# "4.5", "0.125", and the decimal comma of "4,5 mg" (one or two digits: "1,000 mg" is a thousand)
FRACTION = r"(?:\.\d+|,\d{1,2}(?!\d))?"
NUM = rf"\d+{FRACTION}"
UNIT = _alternation("unit")
# "4.5 mg", "4.5-mg", "4.5mg", "3-4.5 mg", "1.5 to 4.5 mg", "0.002 vs 0.004 mg"
# The first digit comes first and the test of the character before it after it ((?<![\d.,]\d): the same as
# (?<![\d.,]) before it): a pattern that starts with a digit class lets re skip to the next digit instead of trying
# the pattern at every character (BEFORE_DRUG, which starts with the dose, ran 6x slower).
# (not a name's digits: the cell line "U87-MG" is no 87 mg); thousands with a space or comma, "1 000 mg", "1,800 mg"
LED_NUM = rf"\d(?<![\d.,A-Za-z]\d)(?:\d{{0,2}}(?:[ ,]\d{{3}})+(?![\d,])|\d*{FRACTION})"
THOUSANDS = regex(r"\d{1,3}(?:[ ,]\d{3})+")
RANGE = r"(?:to|-|–|—|or|and|vs\.?|versus)"
# (a plasma level, "1 ng/mL", and a lab value, "6.4 mg/L", "90 mg/dL", are no dose; a solution's "0.6 µg/mL" for PCA is
# the dose given)
DOSE = (rf"(?P<a>{LED_NUM})(?:\s*{UNIT})?(?:\s*{RANGE}\s*(?P<b>{NUM}))?"
        rf"(?:\s*|-)(?P<unit>{UNIT})(?P<perkg>\s*/\s*kg|\s+per\s+kg)?(?!(?:\s*/\s*|\s+per\s+)d?l\b)"
        rf"(?!(?<=ng)(?:\s*/\s*|\s+per\s+)ml\b)")
# "0.1 mg/kg nightly (3 mg)", "0.5 to 1 mg/kg daily (25 to 50 mg)": a per-kg dose told in mg after it
PER_KG_IN_MG = regex(rf"(?:\s*(?:daily|nightly|at night|a day|per day|/\s*day))?\s*\(\s*(?:about |approximately "
                     rf"|up to |a maximum of |maximum |max\.? )?(?P<a>{NUM})(?:\s*{RANGE}\s*(?P<b>{NUM}))?\s*"
                     rf"(?P<unit>mg)\s*(?:/\s*d(?:ay)?|daily|a day)?\s*\)")
# "4.5 mg naltrexone", "4.5-mg naltrexone", "4.5 mg of LDN", "4.5 mg/day naltrexone", "the 4.5 mg dose of naltrexone"
# ("a 380 mg injection of extended-release naltrexone", "a 1 000 mg implant of naltrexone", "4.5 mg capsules of LDN",
# "her first 1.5 mg capsule of compounded LDN")
BEFORE_DRUG = Rule(rf"{DOSE}(?:\s*(?:/\s*d(?:ay)?|daily|per day|at night|nightly|once daily))?"
                   rf"\s*(?:(?:daily |nightly )?dose\s+)?(?:(?:monthly |single )?(?:injections?|implants?)\s+)?"
                   rf"(?:(?:tablets?|capsules?|pills?)\s+)?(?:of\s+)?"
                   rf"(?:(?:oral|extended-release|depot|injectable|long-acting|sustained-release|compounded)\s+)?{DRUG}")
# "naltrexone 1.5 mg, 3 mg and 4.5 mg": the doses listed after the first one
# ("two were increased to 4.5 mg and one to 6 mg daily": the "one to")
MORE_DOSES = Rule(rf"\s*(?:,\s*(?:and|or)?|and|or)\s*(?:(?:one|two|three|four|five|\d+) (?:to|at) )?(?P<a>{NUM})"
                  rf"(?:\s*|-)(?P<unit>{UNIT})(?!\s*/\s*kg)")
# "naltrexone 4.5 mg", "LDN (4.5 mg)", "naltrexone at a dose of 1.5-4.5 mg", "LDN, 3 mg/day"
AFTER_GAP = r"(?:[^.;:]|;(?=[^();]{0,40}\)))" + "{0,40}?"  # (a ';' inside brackets: "naltrexone (LDN; 1.5 mg)")
AFTER_DRUG = Rule(rf"(?P<drug>{DRUG}){AFTER_GAP}{DOSE}")
# "the dose was titrated from 1.5 mg to 4.5 mg", "at doses of 1 to 5 mg": in a record about naltrexone, a
# dose that names no drug is naltrexone's ...
DOSE_WORD_GAP = r"[^.;:]{0,50}?"
DOSE_WORD = Rule(rf"{_alternation('dose_word')}{DOSE_WORD_GAP}{DOSE}")
# "benefit at 4.5 mg nightly", "most treated with 4.5 mg at bedtime": a dose taken at night, LDN's schedule, is
# naltrexone's in a record about it, like a dose word's; so is one told as a dose, a capsule or an injection ("her
# first 1.5 mg dose", "in 4.5 mg capsules prepared with three fillers", "offered a first 380 mg injection"), not the
# standard one LDN is set against ("the standard 50 mg dose", "differently from the 50 mg dose": SET_AGAINST; "the
# 50 mg dose used in alcohol dependence") ...
NIGHTLY = Rule(rf"{DOSE}\s*(?:nightly|at night|at bedtime|each night|every night|before bed|capsules?|injections?|"
               rf"doses?(?!\s+(?:used|approved|licensed|given) (?:in|for)\b))\b")
# ... unless another drug is named near it ("prednisolone 40 mg", "LDN was stopped and methotrexate 15 mg ...").
# Drugs are recognised by name or by stems that only drug names have.
OTHER_DRUG = phrases.rule(_P["other_drug"])
SET_AGAINST = phrases.rule(_P["set_against"])
_DRUG_AFTER = regex(r"\s*(?:/\s*d(?:ay)?\s*)?(?:of\s+)?(?:(?:oral|intravenous|subcutaneous|iv)\s+)?")
# "lower with the naltrexone combination (median 18.5 mg vs 27.0 mg)": amounts of another drug used, not doses
AMOUNT_USED = phrases.rule(_P["amount_used"])


# "naltrexone/bupropion (titrated to 32/360 mg per day)", "NB 16/180 mg": a pair of doses in one tablet, naltrexone's
# the smaller (phrases/dose.toml [combination])
COMBINATION = Rule(rf"{_alternation('combination')}[^.;]{{0,40}}?(?<![\d.,])(?P<a>{NUM})\s*/\s*(?P<b>{NUM})\s*"
                   rf"(?P<unit>mg)\b")
AND_THEN = regex(r",? and ")  # (what stands between a drug's name and the next arm's figure)
_TO_MG = {"mg": 1.0, "milligram": 1.0, "µg": 0.001, "μg": 0.001, "ug": 0.001, "mcg": 0.001, "microgram": 0.001,
          "ng": 1e-6, "nanogram": 1e-6}


# What starts a match of AFTER_DRUG and DOSE_WORD, and the gap after it, before its dose (BEFORE_DRUG starts with
# the dose's number)
_LEADS = {AFTER_DRUG: (Rule(DRUG), AFTER_GAP), DOSE_WORD: (Rule(_alternation("dose_word")), DOSE_WORD_GAP)}


@cache
def _unit_finders() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], dict[Rule, tuple[re.Pattern[str], int]]]:
    """What _doses reads: (a unit after a number, as the reversed text spells it: the unit reversed, then what may
    stand between them, then the number's last digit, one regex for each letter the reversed units start with (a regex
    led by one literal letter skips to it; one led by 'g', 'm' or 'n' tried a match at every such letter, ~12 us an
    abstract); the characters that may stand between a dose's first digit
    and its unit, any number of them (digits, spaces, '.', ',', the letters of the units and of RANGE); for each
    shape led by words, that lead and how far before the dose's first digit a match can start)."""
    units, ranges = spellings(UNIT), spellings(RANGE)
    assert units and ranges, "the units and the range words are literal words"
    # (longest first; in one order, not the set's, so the regex is the same text, and rule_cache's key, in every run)
    starts = sorted((u for u in units if not any(v != u and u.startswith(v) for v in units)),
                    key=lambda u: (-len(u), u))
    by_letter: dict[str, list[str]] = {}
    for u in starts:
        by_letter.setdefault(u[-1], []).append(re.escape(u[::-1]))
    after = tuple(regex("(?P<u>" + "|".join(us) + r")(?:\s*|-)\d") for us in by_letter.values())
    between = regex(r"[\d\s.," + re.escape("".join(sorted({c for w in units | ranges for c in w}))) + "]*")
    leads = {}
    for rule, (lead, gap) in _LEADS.items():
        reach = parser.parse(f"(?:{lead.rx.pattern}){gap}").getwidth()[1]
        assert reach < 1000, "a lead of bounded length"
        leads[rule] = (regex(lead.rx.pattern), reach)
    return after, between, leads


@cache
def _drug_needles() -> frozenset[str] | None:
    """Strings one of which every name of the drug (DRUG) holds: 'naltrexone', 'ldn', 'ntx', 'vivitrol'."""
    return Rule(DRUG).rx.needles


def _doses(rule: Rule, low: str, units: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """rule.rx.finditer(low), tried only where a match can start: every match holds a number, then a unit (`units`:
    where such a unit starts, and the first of the characters a dose can hold before it), so a match starts at a digit
    of that stretch (BEFORE_DRUG) or at a lead (a drug's name, a dose word) at most `reach` characters before it.
    A scan of a whole abstract tries the pattern at every digit or word (~30 us each shape); these few anchored
    matches cost ~1 us each. The same matches, in the same order."""
    lead = _unit_finders()[2].get(rule)
    starts: set[int] = set()
    if lead is None:
        # BEFORE_DRUG ends with the drug's name: no match starts after the last place one of its needles is (NIGHTLY,
        # led by its dose too, names no drug)
        last = max(low.rfind(needle) for needle in needles) if rule is BEFORE_DRUG and \
            (needles := _drug_needles()) is not None else len(low)
        for first, unit in units:
            starts.update(i for i in range(first, min(unit, last + 1)) if low[i].isdecimal())  # \d: Unicode digits
    else:
        rx, reach = lead
        at = 0
        for first, unit in units:  # windows in order (`first` only grows): each character searched once
            at = max(at, first - reach)
            while (m := rx.search(low, at, unit)) is not None:
                starts.add(m.start())
                at = m.start() + 1
            at = max(at, unit)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := rule.rx.match(low, start)) is not None:
            yield m
            end = m.end()


def _units(low: str) -> list[tuple[int, int]]:
    """(where the stretch of a dose's number ends on the left, where its unit starts) for each unit after a number,
    in the order of the text."""
    after, between, _ = _unit_finders()
    rev, n = low[::-1], len(low)
    out = []
    for rx in after:  # (no match of one holds a match of another: a unit holds no digit, and no unit another's start)
        for m in rx.finditer(rev):
            unit = n - m.end("u")
            stretch = between.match(rev, n - unit)  # the characters before the unit, read leftwards
            out.append((unit - (stretch.end() - stretch.start() if stretch else 0), unit))
    return sorted(out, key=lambda u: u[1]) if len(after) > 1 else out[::-1]


def _mg(value: str, unit: str) -> float:
    u = unit.lower().rstrip("s")
    number = value.replace(" ", "").replace(",", "") if THOUSANDS.fullmatch(value) else value.replace(",", ".")
    return round(float(number) * _TO_MG.get(u, 1.0), 6)


def _background_spans(article: Article) -> list[tuple[int, int]]:
    """Where the background sections lie in f"{title} {abstract}": the doses earlier work used ("naltrexone has been
    given at 25-100 mg/day") are not this study's."""
    spans, at = [], len(article.title) + 1
    for s in article.abstract_sections:
        width = len(s.label) + 2 + len(s.text) if s.label else len(s.text)  # of f"{s.label}: {s.text}", unbuilt
        if section_kind(s.label, s.category) == "background":
            spans.append((at, at + width))
        at += width + 1
    return spans


def tag_dose(article: Article, text: str | None = None) -> tuple[list[float], str | None, list[TagReason]]:
    """`text`: f"{article.title} {article.abstract}", when the caller has it. A dose stated only in a background
    section counts when the record states no other; beside one the study gave, it is left out, with a reason."""
    text = f"{article.title} {article.abstract}" if text is None else text
    folded = fold(text)
    doses: set[float] = set()
    reasons: list[TagReason] = []
    background = _background_spans(article)
    earlier: list[tuple[list[float], str]] = []  # doses of background sections: (doses, phrase)
    about_naltrexone = "naltrexone" in folded or "ldn" in folded
    units = _units(folded)
    read: set[int] = set()  # where the numbers of the doses found start (NIGHTLY's match of one adds nothing)
    for rx in (BEFORE_DRUG, AFTER_DRUG, DOSE_WORD, NIGHTLY) if units else ():
        if rx in (DOSE_WORD, NIGHTLY) and not about_naltrexone:
            continue
        for m in _doses(rx, folded, units):
            if rx is NIGHTLY and (m.start("a") in read or SET_AGAINST.rx.search(folded, max(0, m.start() - 30),
                                                                                    m.start())):
                continue
            read.add(m.start("a"))
            phrase = text[m.start():m.end()]
            # the words between naltrexone (or "dose") and the number must not name another drug
            gap = (folded[m.end("drug"):m.start("a")] if rx is AFTER_DRUG
                   else folded[max(0, m.start() - 60):m.start("a")])
            gap = gap[gap.rfind(". ") + 1:]  # (its own sentence's: "The median age was 44. Most took 3 mg")
            if rx is not BEFORE_DRUG and (OTHER_DRUG.rx.search(gap) or AMOUNT_USED.rx.search(gap)):
                continue
            if rx is AFTER_DRUG and AND_THEN.fullmatch(folded, m.end("drug"), m.start("a")) and \
                    AMOUNT_USED.rx.search(folded, max(0, m.start() - 80), m.start()):
                continue  # "morphine consumption was 46 mg with naltrexone and 49 mg with placebo": an arm's amount
            if rx is not BEFORE_DRUG and (lead := _DRUG_AFTER.match(folded, m.end())) and \
                    OTHER_DRUG.rx.match(folded, lead.end()):
                continue  # "took at least 50 mg of oral morphine equivalent a day": the dose names its drug after it
            if m.group("perkg"):
                in_mg = PER_KG_IN_MG.match(folded, m.end())
                if in_mg is None:
                    reasons.append(TagReason("per_kg_dose_ignored", phrase))
                    continue
                m, phrase = in_mg, text[in_mg.start("a"):in_mg.end()]  # the dose in mg told after the per-kg one
            got = [_mg(v, m.group("unit")) for v in [m.group("a")] + ([m.group("b")] if m.group("b") else [])]
            more = MORE_DOSES.rx.match(folded, m.end())
            while more:
                got.append(_mg(more.group("a"), more.group("unit")))
                phrase = text[m.start():more.end()]
                more = MORE_DOSES.rx.match(folded, more.end())
            if any(g > 2000 for g in got):  # (an implant holds up to 1 800 mg)
                continue
            if any(a <= m.start() < b for a, b in background):
                earlier.append((got, phrase))
                continue
            doses.update(got)
            reasons.append(TagReason("dose_phrase", phrase))
    for m in COMBINATION.rx.finditer(folded) if "/" in folded and units else ():
        if not any(a <= m.start() < b for a, b in background):
            doses.add(min(_mg(m.group("a"), "mg"), _mg(m.group("b"), "mg")))
            reasons.append(TagReason("dose_phrase", text[m.start():m.end()]))
    for _, phrase in earlier:
        if doses:
            reasons.append(TagReason("background_dose_ignored", phrase))
        else:
            reasons.append(TagReason("dose_phrase", phrase))
    if not doses:
        doses.update(g for got, _ in earlier for g in got)
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
    """The class (vocabulary.DOSE_CLASS_BOUNDS) of a daily dose in mg; None between 5 and 25 mg."""
    return next((c for c, low, high in DOSE_CLASS_BOUNDS if low <= mg <= high), None)
