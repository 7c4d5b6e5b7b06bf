"""How one result was compared, and its effect estimate exactly as written, for the Summary of Findings.

comparison(): "between_arm" (LDN against placebo, a control group, another dose: phrases/finding.toml
[between_arm]), "within_arm" (before/after in the treated group: [within_arm]; verdicts discount it), or
"none" (no comparison stated). Without a cue the design decides: a controlled design compares arms, a
single-arm study, case or register study compares before with after.

effect(): the estimate with its CI and p-value as the abstract writes them ("MD –0·86, 95% CI –1·20 to
–0·51, p<0·001", "88% vs 40%", "25% decrease ... (P = .02)", "p=0·03"): one span of the text, so it is
quoted, never rewritten. Read on fold()ed text, where "·" is "." and "–"/"−" are "-".
"""

from __future__ import annotations

from ..vocabulary import DESIGNS
from . import phrases
from .rule_cache import regex
from .rule_words import found
from .text import Prefiltered, fold, words_of

BETWEEN = phrases.rule("finding", "between_arm")
WITHIN = phrases.rule("finding", "within_arm")
CHANGED_VS = phrases.rule("finding", "changed_vs")
TRIAL_NAMED = phrases.rule("finding", "trial_named")
# Trials whose result is the difference between arms (a non-randomised controlled trial has arms too).
CONTROLLED_TRIALS = frozenset({d.id for d in DESIGNS if d.group == "human" and d.controlled} | {"nonrandomized_trial"})
# Designs whose results compare arms unless a sentence says it compares before with after: controlled trials, pooled
# trials, and experiments against untreated animals or cells; the other human designs compare before with after.
BETWEEN_DESIGNS = CONTROLLED_TRIALS | {d.id for d in DESIGNS if d.controlled or d.group == "preclinical"}
# (a survey's "felt their fatigue had improved" is each respondent's own before and after: within_arm, as every
# labelled set reads it)
WITHIN_DESIGNS = frozenset({d.id for d in DESIGNS if d.group == "human"} - BETWEEN_DESIGNS)
# Designs with one group of people: two figures set against each other are its before and after (a cohort's may be its
# two groups)
ONE_ARM = frozenset({"open_label_single_arm", "case_series", "case_report"})
FIGURES_VS = regex(r"\d[\d.,]*\s*%?\s*(?:vs\.?|versus)\s*-?\d")

_NUM = r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)"
_UNIT = r"(?:\s?%|\s?percent|\s(?:points?|mg|kg|days?|weeks?|months?|participants|patients)\b)?"
_SD = rf"(?:\s?(?:±|\+/-)\s?{_NUM})?"  # "4.1 ± 1.2 vs 5.3 ± 1.4": a mean with its SD
_CI_LABEL = r"(?:\d+\s?%\s?)?(?:confidence interval|ci)(?:\s?[\[(]ci[\])])?\s?(?:[:=,]\s?)?"  # "95% CI", "CI:"
_CI = rf"{_CI_LABEL}{_NUM}\s?(?:to|,|-)\s?{_NUM}"
_P = r"\bp\s?(?:[<=>≤≥]=?|value (?:of|was|=))\s?(?:0?\.\d+|1(?:\.0+)?)"
_LABEL = (r"(?:(?:between-group |mean |pooled |adjusted )?difference|w?md|smd|(?:weighted |standardi[sz]ed )?mean "
          r"difference|odds ratio|risk ratio|relative risk|hazard ratio|rate ratio|effect size|cohen's d|"
          r"\bor|\brr|\bhr|\birr|\baor|\bahr)")
# An estimate: a labelled difference or ratio, two figures set against each other, a relative change, or a CI.
# (Prefiltered: rewritten by fastre to skip through the clause; about half the time of the plain regex.)
ESTIMATE = Prefiltered(
    rf"{_LABEL}\s?(?:was |of |[:=,]\s?)?{_NUM}{_UNIT}|"
    rf"(?<![\w.]){_NUM}{_SD}{_UNIT}\s(?:(?:with|in|on|for) [\w-]+\s)?(?:vs\.?|versus)\s{_NUM}{_SD}{_UNIT}|"
    rf"(?<![\w.]){_NUM}\s?(?:%|percent)\s(?:relative )?(?:decrease|reduction|increase|improvement|lower|higher|fewer|"
    rf"greater|less|more)\b|"
    rf"\bfrom (?:a mean of |a median of )?{_NUM}{_UNIT} (?:\w+ ){{0,3}}?to {_NUM}{_UNIT}|"
    rf"{_CI}")
# A stated CI's bounds, and the labels of estimates (the nearest before a CI says whether it is a ratio's).
_CI_BOUNDS = regex(rf"{_CI_LABEL}(?P<lo>{_NUM})\s?(?:to|,|-)\s?(?P<hi>{_NUM})")  # _CI, its bounds named
_RATIO = regex(r"(?:odds|risk|hazard|rate) ratio|relative risk|\b(?:or|rr|hr|irr|aor|ahr)\b")
_LABELLED = regex(_LABEL)


def cis_span_no_effect(folded: str, differences: bool = False) -> bool:
    """Whether the text states a ratio's CI and every CI it states is a ratio's that holds 1 ("HR 0.97 (95% CI
    0.84-1.12)"): a result shown not significant, though no p-value is given. With `differences`, a labelled
    difference's CI that holds 0 counts too ("SMD -0.09 (95% CI -0.35 to 0.17)"); the caller leaves it out where the
    text speaks of non-inferiority, for which a difference holding 0 is the result hoped for."""
    spans = _cis_hold_no_effect(folded, differences)
    return bool(spans) and all(spans)


def cis_exclude_no_effect(folded: str, differences: bool = False) -> bool:
    """Whether the text states a ratio's CI and no CI it states holds 1 ("hazard ratio 0.72, 95% CI 0.55-0.94"): a
    difference shown significant, though no p-value is given. With `differences`, a labelled difference's CI that
    excludes 0 counts too ("mean difference -0.9, 95% CI -1.5 to -0.3")."""
    spans = _cis_hold_no_effect(folded, differences)
    return bool(spans) and not any(spans)


def _cis_hold_no_effect(folded: str, differences: bool = False) -> list[bool]:
    """For each CI the text states, whether it holds its no-effect value (1 for a ratio's, 0 for a labelled
    difference's when `differences`); [] when one of them is of another kind."""
    spans = []
    for m in _CI_BOUNDS.finditer(folded):
        labels = list(_LABELLED.finditer(folded, 0, m.start()))  # the nearest label before it names its kind
        if not labels:
            return []
        ratio = _RATIO.search(labels[-1].group(0)) is not None
        if not ratio and not differences:
            return []
        lo, hi = float(m.group("lo")), float(m.group("hi"))
        spans.append(min(lo, hi) <= (1.0 if ratio else 0.0) <= max(lo, hi))
    return spans


FOLLOW = Prefiltered(rf"(?P<ci>{_CI})|(?P<p>{_P})")
P_VALUE = Prefiltered(_P)
# Between an estimate and its CI or p-value: brackets, commas, "; " and a few words, never a new clause.
_DIGIT = regex(r"\d")  # as _NUM's \d reads a digit: any Unicode digit
_EACH_ARM = regex(r"\b(?:both|each|all)\W*$")
_NEW_CLAUSE = regex(r"\b(?:and|but|whereas|while|although)\b|;.*[a-z]")


def comparison(clause: str, design: str, directional: bool) -> str:
    """between_arm, within_arm or none for one result clause of a study of this design."""
    low = fold(clause)
    words = words_of(low)
    if "v" in low and (design in ONE_ARM or design in WITHIN_DESIGNS and CHANGED_VS.rx.found(low)):
        # "did not change (22.4 vs 21.9; p = 0.66)" in a study with one arm: its figures before and after, not two arms
        # (in a cohort, which may have two groups, only where the figures follow a change of the measure)
        low = FIGURES_VS.sub(" ", low)
    if "controlled" in low:  # "…, supporting a randomised placebo-controlled trial": a kind of study, no comparator
        low = TRIAL_NAMED.blank_folded(low)
    between, within = BETWEEN.rx.found(low), design != "in_vitro" and found(WITHIN, low, words)
    # (cells in a dish have no before and after of their own: "from 18% to 27%" is treated against untreated wells)
    if between and not (within and design in WITHIN_DESIGNS):
        return "between_arm"
    if within:
        return "within_arm"
    if not directional:
        return "none"
    return "between_arm" if design in BETWEEN_DESIGNS else "within_arm" if design in WITHIN_DESIGNS else "none"


def effect(clause: str) -> str | None:
    """The first effect estimate of the clause with the CI and p-value that follow it, as written; else its first
    p-value; else None."""
    low = fold(clause)
    if _DIGIT.search(low) is None:  # every estimate and every p-value holds a figure: most clauses without one end here
        return None
    m = ESTIMATE.search(low)
    if not m:
        p = P_VALUE.search(low)
        # "(LDN -1.3, placebo -1.1; both p < 0.01), with no difference between groups (p = 0.47)": a p-value of
        # each arm against its own baseline is not the comparison's when another p-value follows
        while p and _EACH_ARM.search(low, max(0, p.start() - 6), p.start()) and (q := P_VALUE.search(low, p.end())):
            p = q
        return clause[p.start():p.end()] if p else None
    end = m.end()
    while True:  # take the CI and p-value that follow, across brackets and a few words
        nxt = FOLLOW.search(low, end)
        if not nxt or nxt.start() - end > 60 or _NEW_CLAUSE.search(low[end:nxt.start()]):
            break
        end = nxt.end()
    span = clause[m.start():end]
    for opening, closing in ("()", "[]"):  # "(p=0·03" is written "(p=0·03)"
        if span.count(opening) > span.count(closing) and clause[end:end + 1] == closing:
            span, end = span + closing, end + 1
    return span
