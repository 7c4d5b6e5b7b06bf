"""Duration: how long the treatment ran, as the abstract states it ("12 weeks", "6 months", "2-6 months").

First a period written as the study's own course ("a 12-week randomised trial", "a 9-month, assessor-blinded
study", "across the 10-week treatment phase", "a 16-wk crossover"), in the title or the study's own sentences;
then "for / over / during N weeks" in a sentence that gives the drug ("received LDN for 8 weeks", "taken for
20weeks"). A period that is a history, an inclusion criterion, a washout or a follow-up ("pain for at least 3
months", "at 12-month follow-up", "a 4-week washout"), or years called a period ("charts reviewed over a 5-year
period": the time the records cover) is not the treatment's length. Words: phrases/duration.toml.
"""

from __future__ import annotations

import re

from ..models import Article, TagReason
from . import phrases
from .blinding import fold_own, own_text
from .rule_cache import regex
from .sample_size import NUMBER_WORDS, parse_number
from .text import Rule

_P = phrases.load("duration")
UNIT, COURSE_WORD, LEAD_WORD = (phrases.alternation("duration", n) for n in ("unit", "course", "lead"))


NUM = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORDS})"
# "12-week", "16 wk", "20weeks", "5 consecutive weeks", "2-6 months", "2 to 6 months"
SPAN = (rf"(?<![\w.,-])(?P<num>{NUM})(?:\s*(?:-|–|to)\s*(?P<num2>{NUM}))?(?:[- ]?|\s+consecutive\s+)"
        rf"(?P<unit>{UNIT})\b")
# up to two words between the period and the course word, none a clause's ("10 years, the patients were randomised")
_GAP = r"(?:(?!(?:the|a|an|were|was|is|are|and|or|of|in|with|from|to|at)\b)[\w-]+,? ){0,2}?"
COURSE = Rule(rf"{SPAN}(?:[- ]long)?,? {_GAP}{COURSE_WORD}")
LEAD = Rule(rf"{LEAD_WORD} {SPAN}")
TREATED = phrases.rule(_P["treated"])
NOT_BEFORE = regex(_P["not_treatment"].patterns[0])
NOT_AFTER = regex(_P["not_treatment"].patterns[1])
WINDOW = regex(_P["window"].patterns[0])
UNIT_AT = regex(rf"{UNIT}\b")
_UNIT = {"wk": "week", "mo": "month"}
_KEYS = ("week", "wk", "month", "mo", "day", "year")  # every period holds one; most abstracts hold one too


def _normal(m: re.Match[str]) -> str | None:
    a = parse_number(m.group("num")) if not re.match(r"\d+\.\d", m.group("num")) else float(m.group("num"))
    b = parse_number(m.group("num2")) if m.group("num2") else None
    if not a or (m.group("num2") and not b):
        return None
    unit = m.group("unit").lower().rstrip("s")
    unit = _UNIT.get(unit, unit)
    plural = "" if (b or a) == 1 else "s"
    return f"{a:g}-{b:g} {unit}{plural}" if b else f"{a:g} {unit}{plural}"


def _first_period(rule: Rule, text: str, low: str, treated_only: bool) -> tuple[str, str] | None:
    """(the period normalised, its words) of the first period the rule reads as the treatment's length; the units after
    it are not tried."""
    seen = set()
    for u in UNIT_AT.finditer(low):
        # the period's regex is tried only around each unit: run over the whole text it cost 10x more
        m = rule.rx.rx.search(low, max(0, u.start() - 30), u.end() + 80)
        if not m or m.start() in seen:
            continue
        seen.add(m.start())
        start = m.start("num")
        after = low[m.end("unit"):m.end("unit") + 40]
        if NOT_BEFORE.search(low[max(0, start - 20):start]) or NOT_AFTER.match(after) or (
                m.group("unit").startswith("year") and WINDOW.match(after)):
            continue
        if treated_only:
            line_start = max(low.rfind("\n", 0, start), low.rfind(". ", 0, start)) + 1
            line_end = min((i for i in (low.find("\n", start), low.find(". ", start)) if i >= 0), default=len(low))
            if not TREATED.rx.search(low[line_start:line_end]):
                continue
        value = _normal(m)
        if value:
            return value, text[m.start():m.end()]
    return None


def tag_duration(article: Article, own: str | None = None) -> tuple[str | None, list[TagReason]]:
    """`own`: own_text(article), when the caller has it."""
    text = own_text(article) if own is None else own
    low = fold_own(text)
    if not any(k in low for k in _KEYS):
        return None, []
    for rule, name, treated_only in ((COURSE, "course_phrase", False), (LEAD, "treated_for_phrase", True)):
        found = _first_period(rule, text, low, treated_only)
        if found:
            return found[0], [TagReason(name, found[1])]
    return None, []
