"""What a quoted result sentence states, for a Summary-of-Findings line: the effect estimate with its CI or
p as written, whether its confidence interval includes no effect, how the result was compared, how long
the study ran, the measured direction of an immune measure, and whether the "outcome" is drug dispensing.

The tagger's OutcomeFinding.comparison / .effect win when filled (tags-finding); these readings fill the
gap for records tagged before them, and say "not stated" rather than guess. Decimals written "0·03" and
minus signs written "−" or "–" (before a number) are read as "0.03" and "-".
"""

from __future__ import annotations

import re

_NUM = r"-?\d+(?:\.\d+)?"
# an estimate with its interval: "SMD -0.61; 95% CI -1.14, -0.08", "OR 2.1 (95% CI 1.1 to 4.0)"
ESTIMATE_RE = re.compile(
    rf"\b(?P<kind>SMD|WMD|MD|OR|RR|HR|mean difference|difference|odds ratio|risk ratio|hazard ratio)\b"
    rf"[\s:=,]*(?P<est>{_NUM})\s*%?[\s;,(\[]*95\s*%\s*(?:CI|confidence interval)[\s:,=]*"
    rf"(?P<lo>{_NUM})\s*%?\s*(?:,|to|-|–)\s*(?P<hi>{_NUM})\s*%?\s*[)\]]?", re.I)
CI_RE = re.compile(rf"95\s*%\s*(?:CI|confidence interval)[\s:,=]*(?P<lo>{_NUM})\s*%?\s*(?:,|to|-|–)\s*"
                   rf"(?P<hi>{_NUM})\s*%?\s*[)\]]?", re.I)
VERSUS_RE = re.compile(r"\b\d+(?:\.\d+)?\s*%\s*(?:\([^)]*\)\s*|(?:with|in|for|on)\s+[\w-]+\s*)?"
                       r"(?:vs\.?|versus|compared with|and)\s*"
                       r"\d+(?:\.\d+)?\s*%", re.I)
P_RE = re.compile(r"\bp\s*(?:[<=>≤≥]|&lt;|&gt;)\s*0?\.\d+", re.I)
RATIO = ("or", "rr", "hr", "odds ratio", "risk ratio", "hazard ratio")

BETWEEN_RE = re.compile(r"\b(?:placebo|control (?:group|arm)|controls\b|between (?:the )?(?:two )?(?:groups|arms)|"
                        r"than (?:with )?(?:the )?(?:placebo|control)|(?:vs\.?|versus) (?:placebo|control)|"
                        r"compared (?:with|to) (?:the )?(?:placebo|control|usual care|sham))", re.I)
WITHIN_RE = re.compile(r"\b(?:from baseline|(?:compared (?:with|to)|versus|vs\.?|relative to) baseline|"
                       r"before and after|pre-? ?(?:to|and|vs\.?) ?post|after (?:\d+|one|two|three|six|twelve) "
                       r"(?:weeks?|months?) of (?:treatment|therapy|LDN)|at baseline)\b", re.I)
DURATION_RE = re.compile(r"\b(\d+|one|two|three|four|five|six|eight|ten|twelve|sixteen|twenty-four)[- ]"
                         r"(week|month|day|year)s?\b", re.I)
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


def stated_effect(sentence: str | None) -> str | None:
    """The estimates, intervals and p values the sentence states, as written (normalised), or None."""
    if not sentence:
        return None
    s = normalise(sentence)
    parts: list[str] = []
    for rx in (ESTIMATE_RE, VERSUS_RE, P_RE):
        for m in rx.finditer(s):
            got = m.group(0).strip(" ;,")
            got = got.rstrip(")]") if got.count(")") + got.count("]") > got.count("(") + got.count("[") else got
            if not any(got in p or p in got for p in parts):
                parts.append(got)
    if not any(ESTIMATE_RE.search(p) for p in parts):
        parts += [f"95% CI {m.group('lo')} to {m.group('hi')}" for m in CI_RE.finditer(s)]
    return "; ".join(parts) or None


def ci_includes_no_effect(effect: str | None) -> bool | None:
    """True when a stated 95% CI spans no effect (0 for differences, 1 for ratios), False when it excludes
    it, None when no interval is stated."""
    if not effect:
        return None
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
    """between_arm / within_arm / none as tagged; else read from the sentence; None: not stated."""
    if tagged:
        return tagged
    s = sentence or ""
    if BETWEEN_RE.search(s):
        return "between_arm"
    if WITHIN_RE.search(s):
        return "within_arm"
    return None


def comparator(kind: str | None, sentence: str | None, title: str) -> str:
    if kind == "between_arm":
        return "placebo" if re.search(r"placebo", f"{sentence} {title}", re.I) else "control arm"
    if kind == "within_arm":
        return "own baseline (before/after)"
    return "none" if kind == "none" else "not stated"


def duration(sentence: str | None, title: str) -> str:
    m = DURATION_RE.search(f"{title} {sentence or ''}")
    return f"{m.group(1).lower()} {m.group(2).lower()}s" if m else "not stated"


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
