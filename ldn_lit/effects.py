"""What a quoted result sentence states, for a Summary-of-Findings line: whether its confidence interval
includes no effect, the comparator (when the record's tag names none), the measured direction of an immune
measure, and whether the "outcome" is drug dispensing. How long a study ran is the record's `duration` tag.

The effect estimate and the comparison are the tagger's (OutcomeFinding.effect / .comparison, read by
tagging/effect.py); for a record tagged before it stored them, the same reader is asked here. Decimals
written "0·03" and minus signs written "−" or "–" (before a number) are read as "0.03" and "-".
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUM = r"-?\d+(?:\.\d+)?"
# an estimate with its interval: "SMD -0.42; 95% CI -0.80, -0.04", "OR 2.1 (95% CI 1.1 to 4.0)"
ESTIMATE_RE = re.compile(
    rf"\b(?P<kind>SMD|WMD|MD|OR|RR|HR|mean difference|difference|odds ratio|risk ratio|hazard ratio)\b"
    rf"[\s:=,]*(?P<est>{_NUM})\s*%?[\s;,(\[]*95\s*%\s*(?:CI|confidence interval)[\s:,=]*"
    rf"(?P<lo>{_NUM})\s*%?\s*(?:,|to|-|–)\s*(?P<hi>{_NUM})\s*%?\s*[)\]]?", re.I)
CI_RE = re.compile(rf"95\s*%\s*(?:CI|confidence interval)[\s:,=]*(?P<lo>{_NUM})\s*%?\s*(?:,|to|-|–)\s*"
                   rf"(?P<hi>{_NUM})\s*%?\s*[)\]]?", re.I)
RATIO = ("or", "rr", "hr", "odds ratio", "risk ratio", "hazard ratio")

DISPENSING_RE = re.compile(r"\b(?:dispens\w*|prescriptions?|prescribed|filled|drug use|use of (?:other )?"
                           r"(?:drugs|medications?)|purchases?)\b", re.I)
UP_RE = re.compile(r"\b(?:increas\w*|rais\w*|rose|rise[sn]?|elevat\w*|higher|enhanc\w*|boost\w*|upregulat\w*|"
                   r"up-regulat\w*|stimulat\w*|restor\w*|augment\w*)\b", re.I)
DOWN_RE = re.compile(r"\b(?:decreas\w*|reduc\w*|lower\w*|suppress\w*|inhibit\w*|downregulat\w*|down-regulat\w*|"
                     r"fell|declin\w*|attenuat\w*|diminish\w*|dampen\w*)\b", re.I)


def normalise(text: str) -> str:
    """'0·03' -> '0.03'; '−0.6' and '(–1.1' -> '-0.6', '(-1.1' (a dash between two numbers stays a range)."""
    text = re.sub(r"(?<=\d)·(?=\d)", ".", text).replace("−", "-")
    return re.sub(r"(?:(?<=^)|(?<=[\s(\[,;=:]))–(?=\d)", "-", text)


@lru_cache(maxsize=1 << 16)  # the same sentence is quoted by each claim and outcome that lists its record
def stated_effect(sentence: str | None) -> str | None:
    """The estimate with its CI or p as written, read by the tagger's own reader (tagging/effect.py), for a
    record tagged before the tagger stored it; None when the sentence states none."""
    from .tagging.effect import effect

    return effect(sentence) if sentence else None


def ci_includes_no_effect(effect: str | None) -> bool | None:
    """True when a stated 95% CI spans no effect (0 for differences, 1 for ratios), False when it excludes
    it, None when no interval is stated."""
    if not effect:
        return None
    effect = normalise(effect)  # the tagger quotes "–0·86 (95% CI –1·20 to –0·51)" as written
    found = None
    for m in ESTIMATE_RE.finditer(effect):
        null = 1.0 if m.group("kind").lower() in RATIO else 0.0
        spans = float(m.group("lo")) <= null <= float(m.group("hi"))
        found = spans if found is None else found and spans  # any interval excluding no effect counts
        if not spans:
            return False
    if found is None:
        for m in CI_RE.finditer(effect):
            return float(m.group("lo")) <= 0.0 <= float(m.group("hi"))
    return found


def comparison(sentence: str | None, tagged: str | None) -> str | None:
    """between_arm / within_arm / none as tagged; else read from the sentence with the tagger's phrases
    (phrases/finding.toml between_arm, within_arm); None: not stated."""
    if tagged:
        return tagged
    from .tagging.effect import BETWEEN, WITHIN

    if BETWEEN.search(sentence or ""):
        return "between_arm"
    if WITHIN.search(sentence or ""):
        return "within_arm"
    return None


def comparator(kind: str | None, sentence: str | None, title: str) -> str:
    if kind == "between_arm":
        return "placebo" if re.search(r"placebo", f"{sentence} {title}", re.I) else "control arm"
    if kind == "within_arm":
        return "own baseline (before/after)"
    return "none" if kind == "none" else "not stated"


@lru_cache(maxsize=1 << 16)  # the same sentence is read by each claim and outcome that lists its record
def is_dispensing(sentence: str | None) -> bool:
    """The 'outcome' is drug dispensing or prescribing: a surrogate, not a clinical or immune measure."""
    return bool(sentence and DISPENSING_RE.search(sentence))


def measured_direction(sentence: str | None, finding: str | None, outcome: str | None) -> str:
    """What an immune or endorphin measurement did: boosted, suppressed or unchanged (or 'not stated').
    Lower inflammatory markers are immune suppression, whatever the sentence calls them."""
    if finding in ("null",):
        return "unchanged"
    s = sentence or ""
    up, down = bool(UP_RE.search(s)), bool(DOWN_RE.search(s))
    if up == down:
        return "not stated"
    if outcome == "inflammatory_markers":
        return "suppressed" if down else "boosted"
    return "boosted" if up else "suppressed"
