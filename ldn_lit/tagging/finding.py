"""Finding direction, and the one abstract sentence that decided it (quoted exactly).

Decided as a reader decides (_decide): the conclusion sets the direction; mixed only when it points two
ways or the primary outcome's result disagrees with it; without a conclusion the primary outcome, then
every result sentence. Only results and conclusion sentences are read (aims, background, methods never),
each classified by the phrase lists of phrases/finding.toml: null phrases first, because "no significant
improvement" contains "significant improvement". Reviews and records with no result statement ->
descriptive; protocols, notices, no abstract -> None. Per outcome, effect.py adds how the result was
compared and its effect estimate as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..models import Article, OutcomeFinding, TagReason
from ..vocabulary import NOT_A_STUDY_TYPES, NOTICE_TYPES
from . import phrases
from .effect import CONTROLLED_TRIALS, WITHIN_DESIGNS, cis_exclude_no_effect, cis_span_no_effect, comparison, effect
from .outcomes import ADVERSE_SYMPTOM, harm_report
from .outcomes import names as outcome_names
from .rule_cache import regex
from .rule_words import found, may_match, search
from .text import Rule, Sentence, fold, sentences, words_of

_rx = Rule


def _phrase(name: str) -> Rule:
    return phrases.rule("finding", name)


# The word lists and patterns are data: phrases/finding.toml, each entry with what it is for and its examples.
NULL = _phrase("null")
WEAK_NULL = _phrase("weak_null")
ASIDE_NULL = _phrase("aside_null")  # "without a change in ...": weak, and never a conclusion's null half
SECONDARY_FINDING = _phrase("secondary_finding")  # "... was a secondary finding": not the conclusion's direction
QUALIFIED = _phrase("qualified")
NOT_A_RESULT = _phrase("not_a_result")
NOT_THE_DRUGS_RESULT = (_phrase("other_comparison"), _phrase("explanation"), _phrase("harm_course"),
                        _phrase("minority_unchanged"))
BETWEEN_NULL = _phrase("between_null")
IN_BOTH_ARMS = _phrase("in_both_arms")
BOTH_ARMS = _phrase("both_arms_changed")  # each arm's change side by side, with a CI: null unless significant
MIXED = _phrase("mixed")
POSITIVE = _phrase("positive")
NEGATIVE = _phrase("negative")
SAFETY = _phrase("safety")
DECHALLENGE = _phrase("dechallenge")
RESULT_CUE = _phrase("result_cue")
HARM_TITLE = _phrase("harm_title")
AIM = _phrase("aim")
# A result whose every p-value is 0.05 or more ("fell by 0.9 on LDN and 0.4 on placebo (p = 0.08)") is not shown.
P_VALUE = _rx(r"\bp\s*(?P<op>[=<>≤≥]=?)\s*(?P<v>0?\.\d+|1(?:\.0+)?)\b")
DIRECTIONS = {"null", "weak_null", "positive", "negative"}
NO_FINDING_DESIGNS = {"protocol"}
PRESCRIBER_SURVEY = _phrase("prescriber_survey")
FEASIBLE = _phrase("feasible")
NOT_A_STUDY = phrases.rule("design", "not_a_study")  # design's words for a hypothesis paper or a model
DESCRIPTIVE_DESIGNS = {"narrative_review"}


def _named(text: str, low: str | None = None) -> list[str]:
    """The outcome domains a sentence or clause names (outcomes.domains_in without the words that name them)."""
    low = low if low is not None else fold(text)
    return outcome_names(text, low, words_of(low))


def _candidates(sents: tuple[Sentence, ...]) -> list[Sentence]:
    """Results and conclusions; in an unstructured abstract also any result-like sentence after the first."""
    out = []
    for s in sents:
        low = fold(s.text)
        words = words_of(low)
        if (s.section in ("results", "conclusions") or s.section == "other" and s.index > 0 and
                RESULT_CUE.rx.found(low)) and not found(AIM, low, words):
            out.append(s)
    return out


def _classify(text: str, differences: bool = False) -> set[str]:
    """The kinds of one sentence or clause. `differences`: a labelled difference's CI holding 0 with no p-value is a
    null result ("SMD -0.09 (95% CI -0.35 to 0.17)"), as it is where the abstract speaks of no non-inferiority."""
    # once: the rules' .rx run on folded text directly; statements that are not results are blanked first. A rule
    # none of whose ways has all its words among the text's words is not run (rule_words: a set test, not a scan).
    low = fold(text)
    words = words_of(low)
    text = NOT_A_RESULT.blank(low) if may_match(NOT_A_RESULT, words) else low
    for rule in NOT_THE_DRUGS_RESULT:  # (dose against dose, drug against drug, a reason given: no result either)
        if may_match(rule, words):
            text = rule.blank(text)
    words = words if text == low else words_of(text)
    ps = _p_values(text)
    ci = "ci" in words or "interval" in words
    if QUALIFIED.rx.found(text) or found(BETWEEN_NULL, text, words) and not _contrast(text) or \
            _only_nonsignificant(ps) or ci and found(BOTH_ARMS, text, words) and not _significant(ps) and not (
                not ps and cis_exclude_no_effect(text, differences)) or \
            not ps and ci and cis_span_no_effect(text, differences):
        return _tolerability({"null"}, text, words)
    if found(MIXED, text, words):
        return {"null", "positive"}
    kinds = set()
    stripped, left = NULL.blank(text) if may_match(NULL, words) else text, words
    if stripped != text:
        # (not where every null phrase is a harm said not to follow the drug, "and was not associated with liver
        # injury": reassurance, not a null result)
        safe = SAFETY.blank_folded(text) if may_match(SAFETY, words) else text
        if safe == text or NULL.blank_folded(safe) != safe:
            kinds.add("null")
        left = words_of(stripped)
    if found(DECHALLENGE, stripped, left):
        kinds.add("negative")
        stripped = DECHALLENGE.blank(stripped)
        left = words_of(stripped)
    if found(NEGATIVE, stripped, left):
        kinds.add("negative")
    # a difference: shown significant; without a p-value, ratio CIs excluding 1 in a sentence about the drug ("longer
    # with naltrexone (HR 0.72, 95% CI 0.55-0.94)", not a subgroup); with neither, told of the treated arm
    # (outside a null clause, the last also beside it: "did not induce remission, although more patients given LDN had
    # mucosal healing")
    positive = found(POSITIVE, stripped, left)
    if positive and "null" in kinds and may_match(FEASIBLE, left) and (unfeasible := FEASIBLE.blank(stripped)) != \
            stripped and not found(POSITIVE, unfeasible, words_of(unfeasible)):
        positive = False  # "was feasible but did not reduce self-injury": feasibility is no benefit beside the null
    if positive or found(CHANGE, stripped, left) and (
            not kinds and (_significant(ps) or not ps and ci and cis_exclude_no_effect(text, differences)
                           and found(DRUG_ARM, text, words))
            or not ps and not ci and "negative" not in kinds and found(TREATED_ARM, stripped, left)
            and not _harm_changed(stripped)):  # ("transaminases rose in three women taking naltrexone")
        kinds.add("positive")
    elif found(WEAK_NULL, stripped, left) or found(ASIDE_NULL, stripped, left):
        kinds.add("weak_null")
    if not kinds and (_significant(ps) or not ps and ci and cis_exclude_no_effect(text, differences)) and (
            found(ARMS_NAMED, text, words) or FIGURES_VS.search(text)):
        # "Remission: 18/40 (45%) vs 8/41 (20%); RR 2.31 (95% CI 1.13-4.71)": a difference between arms shown
        # significant in figures alone, as trials report their primary result
        kinds.add("positive")
    if found(SAFETY, text, words):
        kinds.add("safety")
    return _tolerability(kinds, text, words)


def _harm_changed(text: str) -> bool:
    """A clause whose change is a symptom of harm ("transaminases rose …"); not a symptom named in another clause, an
    outcome that did not differ ("QoL was better with LDN, whereas fatigue did not differ")."""
    return any(ADVERSE_SYMPTOM.search(part) and CHANGE.rx.search(part) for part in CONTRAST.rx.split(text))


_NOT_BENEFIT = {"null", "negative", "weak_null"}


def _tolerability(kinds: set[str], text: str, words: frozenset[str]) -> set[str]:
    """"Withdrawals due to adverse events did not differ", "two discontinued owing to worsening colitis", "liver
    injury was recorded in 4 users and 22 non-users (OR 0.87, 95% CI 0.29-2.60)": what a sentence about harms and
    dropouts (and no other outcome) says is tolerability, not whether the drug worked."""
    if kinds & _NOT_BENEFIT and "positive" not in kinds:
        harm = harm_report(text)
        if (harm is not None or found(ADVERSE_CONTEXT, text, words)) and \
                all(d == "safety_tolerability" for d in _named(harm or text, harm or text)):
            return (kinds - _NOT_BENEFIT) | {"safety"}
    return kinds


ADVERSE_CONTEXT = _phrase("adverse_context")


# "lower mean withdrawal scores (8.1 vs 11.6; p = 0.002)", "closed faster than vehicle (p < 0.01)": a
# difference shown significant is a result, whichever words describe it.
CHANGE = _phrase("change")


def _p_values(folded: str) -> list[tuple[str, float]]:
    # every p-value holds a sign of comparison, which most sentences lack (the regex would try each "p" of the text)
    if "=" not in folded and "<" not in folded and ">" not in folded and "≤" not in folded and "≥" not in folded:
        return []
    return [(m.group("op"), float(m.group("v"))) for m in P_VALUE.rx.finditer(folded)]


def _significant(ps: list[tuple[str, float]]) -> bool:
    return any(op[0] in "<≤" and v <= 0.05 or op == "=" and v < 0.05 for op, v in ps)


def _only_nonsignificant(ps: list[tuple[str, float]]) -> bool:
    return bool(ps) and all(op[0] in ">≥" or op[0] == "=" and v >= 0.05 for op, v in ps)


_CONTRAST = r"[;,]? (?:but|whereas|while|although|however)\b"
CONTRAST = _rx(_CONTRAST)


def _contrast(text: str) -> bool:
    """A null clause and a separate positive clause ("did not differ, but nausea was less frequent")."""
    parts = CONTRAST.rx.split(fold(text), maxsplit=1)
    return len(parts) == 2 and bool(POSITIVE.search(NULL.blank(parts[1])) or POSITIVE.search(NULL.blank(parts[0]))
                                    and BETWEEN_NULL.search(parts[1]))


# "The primary outcome was change in pain intensity": the outcome that decides a trial's finding.
PRIMARY = _phrase("primary")
SECONDARY = _phrase("secondary")
# A sentence that only names the outcome ("The primary outcome was the proportion whose pain improved") is
# no result, whatever words it uses; one with a p-value or a comparison verb is.
DEFINITION = _phrase("definition")
DEFINITION_RESULT = _phrase("definition_result")
_CLAUSE_BREAK = r";|,? (?:but|whereas|while|although|however)\b"
CLAUSE_SPLIT = _rx(_CLAUSE_BREAK)
# ", and calprotectin fell more with LDN (p = 0.04)": in a sentence pointing two ways, a clause of its own too
# (_clauses joins back the pieces of a list: "pain, fatigue, and sleep improved")
AND_CLAUSE = _rx(rf"{_CLAUSE_BREAK}|, and\b")
SECTION_RANK = {"results": 0, "other": 1, "conclusions": 2}


def _direction(kinds: set[str]) -> str | None:
    """One finding from the kinds of evidence seen for a study or an outcome."""
    if {"positive", "negative"} <= kinds or {"positive", "null"} <= kinds:
        return "mixed"
    for kind, finding in (("negative", "negative"), ("positive", "positive"), ("null", "null"),
                          ("weak_null", "null")):
        if kind in kinds:
            return finding
    return None


def _is_definition(s: Sentence) -> bool:
    low = fold(s.text)
    return found(DEFINITION, low, words_of(low)) and not found(DEFINITION_RESULT, low, words_of(low))


# "The primary outcome was X" and "The primary outcome, X, ..." name X after it; "X was the primary outcome",
# "X, the primary outcome, was measured ..." name it before.
NAMED_AFTER = _rx(r"\s*(?:was|were|is|are|included|comprised|will be|:)\s")
CLAUSE_END = _rx(r";|\. (?=[A-Z])")


def _primary_part(text: str, low: str) -> str | None:
    """The words naming the primary outcome in one sentence (cut at any secondary outcome and at ';')."""
    m = search(PRIMARY, low, words_of(low))
    if not m:
        return None
    part = _named_by(text, low, m)
    # "MAIN OUTCOMES AND MEASURES The primary outcome was ...": a label naming nothing, then the sentence that does
    later = PRIMARY.rx.search(low, m.end()) if not part.strip() else None
    return _named_by(text, low, later) if later else part


def _named_by(text: str, low: str, m: re.Match[str]) -> str:
    """The words naming the primary outcome around one PRIMARY match."""
    if NAMED_AFTER.rx.match(low, m.end()):
        sec = SECONDARY.rx.search(low, m.end())
        end = CLAUSE_END.rx.search(text, m.end())
        stop = min(x.start() for x in (sec, end) if x) if sec or end else len(text)
        return text[m.start():stop]
    start = max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
    if low.startswith(", ", m.end()) and low[start:m.start()].strip() in ("", "the", "our", "its", "the study's"):
        comma = text.find(",", m.end() + 2)  # "The primary outcome, change in pain score, did not differ"
        return text[m.start():comma if comma > 0 else len(text)]
    return text[start:m.start()]


SECONDARY_CUE = regex(r"secondary|exploratory|other (?:outcome|end ?point|measure)", re.I)  # cheap pre-check


def _secondary_cue(text: str) -> bool:
    """Whether SECONDARY_CUE is in the text; the regex (~3 us: re.I has no fast scan) runs only where the text's fold
    holds "cond", "plorat" or "other", one of which every match holds (letters that re.I matches only as their own
    capitals, unlike s and i, which it also matches as "ſ", "ı" and "İ")."""
    low = fold(text)
    return ("cond" in low or "plorat" in low or "other" in low) and SECONDARY_CUE.search(text) is not None


def _secondary_domains(sents: tuple[Sentence, ...]) -> list[str]:
    """Outcome domains named as secondary ("Secondary outcomes were fatigue, sleep and mood"), so that "none of
    the secondary outcomes differed" is a result for each of them."""
    out: list[str] = []
    for s in sents:
        if not _secondary_cue(s.text):
            continue
        low = fold(s.text)
        for m in SECONDARY.rx.finditer(low):
            if s.section != "background" and NAMED_AFTER.rx.match(low, m.end()):
                end = CLAUSE_END.rx.search(s.text, m.end())
                out += [d for d in _named(s.text[m.end():end.start() if end else len(s.text)]) if d not in out]
    return out


@dataclass
class _Primary:
    """What the abstract says its primary outcome is."""

    domains: dict[str, str]  # outcome domain -> the sentence that names it as primary
    terms: list[str]  # the words a result names a primary outcome that is no domain by ("withdrawal (SOWS)")
    aliases: dict[str, list[str]]  # an abbreviation defined with a primary that is a domain ("(PHDD)") -> its domains
    own_terms: list[str]  # the words of a primary that is a domain: "heavy drinking" is not all of symptom_severity


def _primary_domains(sents: tuple[Sentence, ...]) -> _Primary:
    """The primary outcome as the sentences that name it name it (_Primary)."""
    out: dict[str, str] = {}
    terms: list[str] = []
    own_terms: list[str] = []
    aliases: dict[str, list[str]] = {}
    for s in sents:
        if s.section == "background":
            continue
        part = _primary_part(s.text, fold(s.text))
        if part is None:
            continue
        named = _named(part)
        for domain in named:
            out.setdefault(domain, s.text)
        if not named:
            terms += _primary_terms(part)
            continue
        own_terms += _primary_terms(part)
        for abbr in ABBREVIATION.findall(part):
            if not _named(abbr):
                aliases[abbr] = named
    return _Primary(out, terms, aliases, own_terms)


def _named_as(text: str, low: str, aliases: dict[str, list[str]] | None) -> list[str]:
    """_named, and the primary outcome's domains where the text names it by its own abbreviation ("PHDD fell ...")."""
    if not aliases:
        return _named(text, low)
    named = list(_named(text, low))
    for abbr, domains in aliases.items():
        if abbr in text and re.search(rf"\b{re.escape(abbr)}\b", text):
            named += [d for d in domains if d not in named]
    return named


ABBREVIATION = regex(r"\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)")
_FILLER = {"the", "a", "an", "change", "changes", "in", "of", "mean", "total", "percentage", "proportion", "number",
           "from", "baseline", "primary", "main", "outcome", "outcomes", "endpoint", "was", "were", "is", "score",
           "scores", "rate", "rates", "on", "at", "by", "and", "efficacy", "measure", "end", "point", "to", "week",
           "weeks", "daily", "average", "with", "time", "first", "day", "days", "until", "per", "month", "months"}


def _primary_terms(part: str) -> list[str]:
    """An abbreviation defined with the primary outcome ("(PHDD)"), else its first two content words
    ("withdrawal severity"), else its first content word when it is specific enough (6 letters or more)."""
    abbr = ABBREVIATION.findall(part)
    if abbr:
        return abbr
    words = [w for w in re.findall(r"[a-z][a-z-]+", fold(part)) if w not in _FILLER]
    return [" ".join(words[:2])] + ([words[0]] if len(words) > 1 and len(words[0]) >= 6 else []) if words else []


def _term_results(cands: list[Sentence], kinds_of: _Kinds, terms: list[str]) -> list[tuple[str, Sentence]]:
    """Directions of the result clauses that name the primary outcome by its own words (best section only)."""
    if not terms:
        return []
    rx = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(t) for t in terms), re.I)
    hits: list[tuple[int, str, Sentence]] = []
    for s in cands:
        if not rx.search(s.text) or not (kinds := kinds_of(s)) & DIRECTIONS:
            continue
        low = fold(s.text)
        parts = CLAUSE_SPLIT.rx.split(low) if len(kinds & DIRECTIONS) > 1 else [low]
        for part in parts:
            direction = _direction(kinds if len(parts) == 1 else _classify(part))
            if direction and rx.search(part):
                hits.append((SECTION_RANK.get(s.section, 1), direction, s))
    best = min((r for r, _, _ in hits), default=None)
    return [(d, s) for r, d, s in hits if r == best]


def _spans(rule: Rule, low: str, maxsplit: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the pieces rule.rx.split would give, so each piece can be read as written too."""
    out, start = [], 0
    for i, m in enumerate(rule.rx.finditer(low)):
        if maxsplit and i >= maxsplit:
            break
        out.append((start, m.start()))
        start = m.end()
    return out + [(start, len(low))]


def _contrasted(low: str, kinds: set[str], named: list[str]) -> list[tuple[int, int]]:
    """"FIQR scores were lower with LDN (p = 0.03), while fatigue did not differ": a clause whose difference is
    shown significant is a result of its own, though the sentence as a whole read only as null."""
    whole = [(0, len(low))]
    if kinds & DIRECTIONS != {"null"} or len(named) < 2:
        return whole
    spans = _spans(CONTRAST, low, 1)
    if len(spans) == 2 and any(CHANGE.rx.search(p) and _significant(_p_values(p)) and not NULL.rx.search(p)
                               for p in (low[a:b] for a, b in spans)):
        return spans
    return whole


def _clauses(text: str, low: str) -> list[tuple[int, int]]:
    """The clauses of a sentence pointing two ways, as (start, end) in `low`: a piece that names no outcome
    belongs to the one before it ("remission was numerically | not significantly higher"), and a piece that states
    no direction to the one after it ("pain, fatigue | and sleep improved")."""
    spans = _spans(AND_CLAUSE, low)
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and not _named(text[a:b], low[a:b]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    out: list[tuple[int, int]] = []
    pending = None
    for a, b in merged:
        start = a if pending is None else pending
        if _direction(_classify(low[start:b])) is None and (a, b) != merged[-1]:
            pending = start
            continue
        out.append((start, b))
        pending = None
    return out


class _Hit:
    """One clause's result for one outcome. How it compares and its estimate are read when first asked for: most
    hits are outranked (another section, another comparison) and never are."""

    __slots__ = ("rank", "kinds", "sentence", "_clause", "_design", "_directional", "_comparison", "_effect")

    def __init__(self, rank: int, kinds: set[str], sentence: Sentence, clause: str, design: str, directional: bool,
                 comp: str | None):
        self.rank, self.kinds, self.sentence = rank, kinds, sentence  # rank: SECTION_RANK of its sentence
        self._clause, self._design, self._directional = clause, design, directional
        self._comparison, self._effect = comp, _UNREAD

    @property
    def comparison(self) -> str:
        if self._comparison is None:
            self._comparison = comparison(self._clause, self._design, self._directional)
        return self._comparison

    @property
    def effect(self) -> str | None:
        if self._effect is _UNREAD:
            self._effect = effect(self._clause)
        return self._effect  # type: ignore[return-value]


_UNREAD = object()
_READ = DIRECTIONS | {"safety"}  # the kinds of a sentence that _outcome_findings reads


def _outcome_findings(cands: list[Sentence], kinds_of: _Kinds, primary: dict[str, str],
                      secondary: list[str], design: str, aliases: dict[str, list[str]] | None = None
                      ) -> tuple[list[OutcomeFinding], list[tuple[str, Sentence]]]:
    """Per-outcome findings, and the results stated for "the primary outcome" by name (finding, sentence).

    A sentence is cut into clauses at "but", "whereas", ";" so that "pain improved, whereas fatigue did not
    differ" gives pain positive and fatigue null. An outcome is judged on its sentences from the best
    section available: results before unlabelled sentences before conclusions; among them a between-arm
    result before a within-arm change. Each keeps how it was compared and its effect estimate as written
    (effect.py); a within-arm change in a controlled trial is never the primary outcome's result."""
    seen: dict[str, list[_Hit]] = {}
    primary_results: list[tuple[str, Sentence]] = []
    for s in cands:
        low = fold(s.text)
        words = words_of(low)
        named = _named_as(s.text, low, aliases)
        names_primary = found(PRIMARY, low, words)
        names_secondary = bool(secondary) and found(SECONDARY, low, words)
        if not named and not names_primary and not names_secondary:
            continue
        kinds = kinds_of(s)
        if design in WITHIN_DESIGNS and not kinds & DIRECTIONS and s.section != "conclusions" and \
                found(TALLY, low, words) and not found(TALLY_FEW, low, words):  # "19 (44%) had a clinical response"
            kinds = kinds | {"positive"}
        if not kinds & _READ:
            continue
        # Only a sentence pointing two ways is cut into clauses: "fell by 1.9 and 1.2; the difference was not
        # significant" is one null result, its second clause qualifying the first. "Pain decreased, whereas
        # sleep did not change" points two ways too, though the weak null does not count for the study.
        two_ways = len(kinds & DIRECTIONS) > 1 or "positive" in kinds and found(WEAK_NULL, low, words)
        spans = _clauses(s.text, low) if two_ways and AND_CLAUSE.rx.search(low) else \
            _contrasted(low, kinds, named)
        parts = [low[a:b] for a, b in spans]
        rank = SECTION_RANK.get(s.section, 1)
        for (a, b), part in zip(spans, parts, strict=True):
            ck = kinds if len(parts) == 1 else kinds_of.classify(part)
            direction = _direction(ck)
            # the clause as written: acronyms (FIQR, EDSS) match case-sensitively
            doms = list(named) if len(parts) == 1 else _named_as(s.text[a:b], part, aliases)
            clause = s.text[a:b]
            comp = None  # how the clause compares, and its estimate: read once, only for a clause that counts
            if direction and names_primary and found(PRIMARY, part, words_of(part)):  # (a clause of the sentence)
                comp = comparison(clause, design, True)
                if not (comp == "within_arm" and design in CONTROLLED):
                    primary_results.append((direction, s))
                doms = doms or list(primary)
            elif direction and not doms and names_secondary and found(SECONDARY, part, words_of(part)):
                # "none of the secondary outcomes differed"
                doms = [d for d in secondary if d not in primary]
            if not doms or not direction and not ("safety" in ck and "safety_tolerability" in doms):
                continue
            hit = _Hit(rank, ck, s, clause, design, direction is not None, comp)
            for d in doms:
                if direction or d == "safety_tolerability":
                    seen.setdefault(d, []).append(hit)
    findings = []
    for d, hits in seen.items():
        best = min(h.rank for h in hits)
        top = [h for h in hits if h.rank == best]
        top = [h for h in top if h.comparison != "within_arm"] or top
        kinds = set().union(*(h.kinds for h in top))
        direction = _direction(kinds) or ("safety_only" if "safety" in kinds else None)
        if direction is None:
            continue
        agree = [h for h in top if _direction(h.kinds) == direction] or top
        ev = next((h for h in agree if h.effect), agree[0])
        findings.append(OutcomeFinding(d, direction, ev.sentence.text, d in primary,
                                       ev.comparison if direction != "safety_only" else "none", ev.effect))
    findings.sort(key=lambda f: (not f.primary, f.outcome))
    return findings, primary_results


# Trials whose result is the difference between arms: a change within one arm is not it.
CONTROLLED = CONTROLLED_TRIALS


CONTROL_ARM_ONLY = _phrase("control_arm_only")
DRUG_ARM = _phrase("drug_arm")
TREATED_ARM = _phrase("treated_arm")
ARMS_NAMED = _phrase("arms_named")
TALLY = _phrase("tally")
TALLY_FEW = _phrase("tally_few")
# (an abstract that speaks of these reads a difference holding 0 as the result it hoped for, not as a null one)
NON_INFERIORITY = regex(r"non-?inferior|equivalen", re.I)
FIGURES_VS = regex(r"\d%?\)?\s*(?:vs\.?|versus)\s*\d")


def _control_arm_only(s: Sentence) -> bool:
    low = fold(s.text)
    words = words_of(low)
    return found(CONTROL_ARM_ONLY, low, words) and not found(DRUG_ARM, low, words)


def _within_only(s: Sentence) -> bool:
    return s.section != "conclusions" and comparison(s.text, "other", False) == "within_arm"


class _Kinds:
    """The kinds of each candidate sentence (_classify), read when first asked for: a sentence that names no outcome
    is read only when the conclusion, the secondary outcomes' cue, the primary outcome's own words or a reading of
    every sentence (_overall) asks for it."""

    __slots__ = ("_of", "differences")

    def __init__(self, differences: bool = False) -> None:
        self._of: dict[int, set[str]] = {}
        self.differences = differences  # (_classify's: no non-inferiority or equivalence in the abstract)

    def __call__(self, s: Sentence) -> set[str]:
        k = self._of.get(s.index)
        if k is None:
            k = self._of[s.index] = _classify(s.text, self.differences)
        return k

    def classify(self, clause: str) -> set[str]:
        return _classify(clause, self.differences)


def tag_finding(article: Article, design: str) -> tuple[str | None, str | None, list[TagReason],
                                                           list[OutcomeFinding]]:
    """Returns (finding, evidence sentence, reasons, per-outcome findings)."""
    sents = sentences(article)
    if not sents:
        return None, None, [TagReason("no_abstract", "no abstract to read")], []
    if design in NO_FINDING_DESIGNS or design == "other" and set(article.publication_types) & set(NOTICE_TYPES):
        return None, None, [TagReason("design", f"{design}: no results to report")], []
    if design in DESCRIPTIVE_DESIGNS:
        return (*_review_finding(sents, design, article.title), [])
    if design == "other" and (NOT_A_STUDY_TYPES.intersection(article.publication_types)
                              or NOT_A_STUDY.search(article.abstract)):
        # an editorial, a guideline, a hypothesis paper or a model tells of others' results or of what might be
        return "descriptive", None, [TagReason("design", "other: an editorial, guideline, hypothesis or model")], []
    harm = HARM_TITLE.find(article.title) if design in ("case_report", "case_series") else None
    if harm:  # "Thyrotoxicosis after starting low-dose naltrexone": the report is of a harm
        return "negative", None, [TagReason("title_phrase", f"an adverse event reported: {harm}")], []
    cut = sents[-1] if _stops_before_result(sents[-1]) else None
    # (a conclusion that names "the primary outcome" of a trial to come is still the conclusion)
    cands = [c for s in _candidates(sents) if s.section == "conclusions" or not _is_definition(s)
             if (c := s if s is not cut else _before_cut(s, sents)) is not None]
    kinds = _Kinds(differences=not NON_INFERIORITY.search(article.abstract))
    named_primary = _primary_domains(sents)
    primary, aliases = named_primary.domains, named_primary.aliases
    # the secondary outcomes are looked up only for a result that speaks of them (it is slow)
    speaks = any(_secondary_cue(s.text) and kinds(s) & DIRECTIONS for s in cands)
    per_outcome, primary_results = _outcome_findings(cands, kinds, primary,
                                                     _secondary_domains(sents) if speaks else [], design, aliases)
    own_words = None  # the primary outcome's result by its own words, when its domain's results point two ways
    reported = per_outcome  # the per-outcome findings the record shows
    if not primary_results and not any(f.primary for f in per_outcome):
        primary_results = _term_results(cands, kinds, named_primary.terms) or _labelled_primary(article, cands, kinds)
    elif any(f.primary and f.finding == "mixed" for f in per_outcome):
        # "heavy drinking days" fell but "smoking abstinence" did not differ: both symptom_severity, and the
        # primary outcome's own words say which half of a conclusion pointing two ways it agrees with
        own = _term_results(cands, kinds, named_primary.own_terms)
        if len({d for d, _ in own}) == 1:
            own_words = _from_primary([f for f in per_outcome if not (f.primary and f.finding == "mixed")],
                                      primary_results + own)
            # ... and its domain's, as the record shows it: a reader judges "symptom severity" by the heavy drinking
            # days it was measured by (the study's finding is decided as before, from the domain's two directions)
            direction, by_words = own[0]
            how = comparison(by_words.text, design, True)
            if not (design in CONTROLLED and how == "within_arm"):
                reported = [replace(f, finding=direction, evidence=by_words.text, comparison=how,
                                    effect=effect(by_words.text)) if f.primary and f.finding == "mixed" else f
                            for f in per_outcome]
    asked = PRESCRIBER_SURVEY.find(f"{article.title}. {article.abstract}") if design == "cross_sectional_or_survey" \
        else None
    if asked:
        # "a national survey of general practitioners": what doctors prescribe or think is no result of the drug (the
        # outcomes they judged keep their findings)
        return "descriptive", None, [TagReason("design", f"a survey of prescribers: {asked}")], reported
    safety = _safety_review([(s, kinds(s)) for s in cands]) \
        if design in SAFETY_REVIEW_DESIGNS and SAFETY_TOPIC.search(article.title) and (
            design == "systematic_review_or_meta_analysis" or not EFFICACY_TOPIC.search(article.title)) else None
    if safety:
        return (*safety, reported)
    concluded = _conclusion(sents, cands, kinds)
    if design == "cohort_or_retrospective" and (said := _tolerability_alone(concluded, cands, kinds)):
        # "LDN use in early pregnancy does not appear to raise the rate of birth defects": a study of harms by its
        # conclusion, whatever figures of them its results compared
        why = f"tolerability alone: {_match(SAFETY, said.text)}"
        return "safety_only", said.text, [TagReason("conclusion", why)], reported
    # In a controlled trial "QoL improved from baseline within the LDN group" and "in the placebo group, pain did not
    # change" are no result of the trial (_trial_result). Read where _decide reads them: in the conclusions, and in
    # the other sentences only when neither a conclusion nor the primary outcome decides.
    trial = design in CONTROLLED

    def read(s: Sentence) -> set[str]:
        if trial:
            return _trial_result(s, kinds(s))
        return _cautioned(s, kinds(s)) if design in UNCONTROLLED else kinds(s)

    from_primary = _from_primary(per_outcome, primary_results)
    finding, evidence, reasons = _decide([(s, read(s)) for s in concluded], from_primary, own_words or from_primary,
                                         lambda: [(s, read(s)) for s in cands])
    if (finding == "descriptive" or finding == "null" and reasons[0].rule == "result_phrase" and
            _nulls_in_figures_only(cands, kinds)) and (called := _recommended(cands, concluded, trial)):
        shown, call = called
        why = f"a difference shown significant ({shown.text[:100]}) and the call: {RECOMMENDS.find(call.text)}"
        return "positive", call.text, [TagReason("recommended", why)], reported
    if finding == "descriptive" and not COMPLETE.search(sents[-1].text):
        # "Of 160 randomised, 148 completed. The mean change in fatigue was": the record stops before its result
        return None, None, [TagReason("cut_short", f"the abstract stops mid-sentence before any result: "
                                                   f"...{sents[-1].text[-60:]}")], reported
    return finding, evidence, reasons, reported


def _tolerability_alone(concluded: list[Sentence], cands: list[Sentence], kinds: _Kinds) -> Sentence | None:
    """The conclusion's tolerability statement, when the conclusion states nothing else (no direction, no outcome named
    but tolerability) and no result is a benefit ("a well-tolerated option" after "65% reported improvement" weighs
    the benefit, in words the rules do not read as one)."""
    if not concluded or any(kinds(s) & DIRECTIONS or any(d != "safety_tolerability" for d in _named(s.text))
                            for s in concluded) or any("positive" in kinds(s) for s in cands):
        return None
    return next((s for s in concluded if "safety" in kinds(s)), None)


def _nulls_in_figures_only(cands: list[Sentence], kinds: _Kinds) -> bool:
    """Every null result is figures alone ("5-D itch: 11.9 vs 13.2, p = 0.27"): no words of no effect anywhere, so
    results told in figures, a significant one among them, and a call to test the drug further read as _recommended."""
    for s in cands:
        if "null" in kinds(s):
            low = fold(s.text)
            words = words_of(low)
            if found(NULL, low, words) or found(BETWEEN_NULL, low, words) or found(WEAK_NULL, low, words):
                return False
    return True


def _recommended(cands: list[Sentence], concluded: list[Sentence], trial: bool) -> tuple[Sentence, Sentence] | None:
    """Results given as figures alone ("disease activity 2.1 vs 3.4, p < 0.01") state no direction in words. A
    difference shown significant (not a change within one arm of a controlled trial) that the authors follow with a
    call to use or test the drug further ("naltrexone should be evaluated as maintenance therapy") is a benefit as they
    read it: (the result, the call)."""
    call = next((s for s in concluded if RECOMMENDS.search(s.text) and DRUG_CLAIM.search(s.text)), None)
    if call is None:
        return None
    shown = next((s for s in cands if s is not call and _significant(_p_values(fold(s.text)))
                  and not (trial and _within_only(s))), None)
    return (shown, call) if shown else None


RECOMMENDS = _phrase("recommends")


PRIMARY_LABEL = regex(r"^(?:PRIMARY|MAIN) (?:OUTCOME|END ?POINT|RESULT)S?\s*$", re.I)


def _labelled_primary(article: Article, cands: list[Sentence], kinds: _Kinds) -> list[tuple[str, Sentence]]:
    """A section labelled "PRIMARY OUTCOME" that holds results: its directional sentences are the primary outcome's."""
    texts = [sec.text for sec in article.abstract_sections if sec.label and PRIMARY_LABEL.match(sec.label)]
    out = []
    for s in cands if texts else ():
        direction = _direction(kinds(s) & DIRECTIONS) if any(s.text in x for x in texts) else None
        if direction:
            out.append((direction, s))
    return out


UNCONTROLLED = {"case_report", "case_series", "open_label_single_arm"}
CAUTION = _phrase("uncontrolled_caution")


def _cautioned(s: Sentence, kinds: set[str]) -> set[str]:
    """An uncontrolled study's sentence without the null of its own caution ("these observations do not show that LDN
    alters the course ..."): the kinds of the rest of the sentence."""
    if "null" not in kinds or not CAUTION.search(s.text):
        return kinds
    return (kinds - DIRECTIONS) | (_classify(CAUTION.blank(s.text)) & DIRECTIONS)


def _trial_result(s: Sentence, kinds: set[str]) -> set[str]:
    """The kinds of a controlled trial's sentence, without its direction when it only reports a change within an arm,
    the control arm's own result, or a change of both arms at once."""
    if kinds & DIRECTIONS and (_within_only(s) or _control_arm_only(s)):
        return kinds - DIRECTIONS
    # ("decreased in both groups, with no difference between them": its null stays)
    return kinds - {"positive"} if "positive" in kinds and _both_arms_only(s) else kinds


def _both_arms_only(s: Sentence) -> bool:
    """A change told of both arms at once ("Both groups reduced their drinking"), saying no arm changed more."""
    low = fold(s.text)
    return found(IN_BOTH_ARMS, low, words_of(low)) and not _significant(_p_values(low)) and \
        not COMPARATIVE.search(low)


# (which arm changed more: "but more with naltrexone", "than with placebo")
COMPARATIVE = regex(r"\bthan\b|\b(?:more|less|greater|smaller|larger|faster|slower)(?: so)? (?:with|in|on|among) "
                    r"(?:the )?(?:ldn|naltrexone|active|treated|treatment|intervention|drug)\b")


SAFETY_TOPIC = _phrase("safety_topic")


def _review_finding(sents: tuple[Sentence, ...], design: str, title: str) -> tuple[str, str | None, list[TagReason]]:
    """A narrative review describes, unless its conclusion says plainly that LDN does not work ("LDN is not
    effective in ...": null), it says in its own words that LDN works ("LDN is a promising therapy", "could be a
    viable option": positive), or it is about tolerability (its title says so) and reports nothing else
    (safety_only). Its other directions are the studies it describes, not its own result."""
    last = [s for s in sents if s.section == "conclusions"] or list(sents[-1:])
    for s in last:
        k = _classify(s.text)
        if "null" in k and not k & {"positive", "negative"}:
            return "null", s.text, [TagReason("result_phrase", f"review concludes: {_match(NULL, s.text)}")]
    own_sents = [s for s in sents if s.section != "background"]
    endorses = next((s for s in [*last, *own_sents] if found(ENDORSES, fold(s.text), words_of(fold(s.text)))), None)
    if endorses is not None:
        why = f"review concludes: {ENDORSES.find(endorses.text)}"
        return "positive", endorses.text, [TagReason("result_phrase", why)]
    # its own sentences are classified only for a review of tolerability (it is slow)
    own = [(s, _classify(s.text)) for s in own_sents] if SAFETY_TOPIC.search(title) else []
    if own and any("safety" in k for _, k in own) and not any(k & DIRECTIONS for _, k in own):
        s = next(s for s, k in own if "safety" in k)
        return "safety_only", s.text, [TagReason("result_phrase", f"review of tolerability: {_match(SAFETY, s.text)}")]
    return "descriptive", None, [TagReason("design", design)]


# designs whose record titled with harms reports only them (_safety_review): a review of harms, and (titled with harms
# alone, not "Efficacy and safety of ...": EFFICACY_TOPIC) a dose-escalation study in volunteers, a cohort of harms
SAFETY_REVIEW_DESIGNS = {"systematic_review_or_meta_analysis", "open_label_single_arm", "cohort_or_retrospective"}
EFFICACY_TOPIC = _phrase("efficacy_topic")
ENDORSES = _phrase("review_endorses")


def _safety_review(labelled: list[tuple[Sentence, set[str]]]) -> tuple[str, str, list[TagReason]] | None:
    """A systematic review of harms ("Adverse events of LDN: a systematic review") whose results name no outcome
    but tolerability is safety_only, even where its harms "did not differ from placebo". A sentence about adverse
    events names its harms ("insomnia and headache did not differ"): those are not outcomes of efficacy."""
    if not any("safety" in k for _, k in labelled):
        return None
    for s, k in labelled:
        if k & DIRECTIONS and any(d != "safety_tolerability" for d in _named(s.text)):
            low = fold(s.text)  # ("vivid dreams were more frequent with LDN, whereas insomnia did not differ": harms)
            if not found(ADVERSE_CONTEXT, low, words_of(low)) and harm_report(low) is None:
                return None
    s = next(s for s, k in reversed(labelled) if "safety" in k)
    return "safety_only", s.text, [TagReason("result_phrase", f"review of harms: {_match(SAFETY, s.text)}")]


def _from_primary(per_outcome: list[OutcomeFinding], primary_results: list[tuple[str, Sentence]]
                  ) -> tuple[str, str, list[TagReason]] | None:
    """When the abstract names its primary outcome and reports on it, that result is the study's finding."""
    decided = [(f.finding, f.evidence, f.outcome) for f in per_outcome
               if f.primary and f.finding in ("positive", "null", "negative", "mixed")]
    decided += [(k, s.text, "primary outcome") for k, s in primary_results]
    if not decided:
        return None
    kinds = {k for k, _, _ in decided}
    finding = kinds.pop() if len(kinds) == 1 else "mixed"
    finding, evidence, outcome = next((d for d in decided if d[0] == finding), (finding, *decided[0][1:]))
    return finding, evidence, [TagReason("primary_outcome", f"{outcome}: {finding} (in: {evidence[:120]})")]


# In an unstructured abstract the last sentence concludes only when it is worded as a conclusion ("These
# results suggest ...", "LDN may ..."); otherwise it is one more result ("No effect on sleep could be shown.").
CONCLUSION_CUE = _phrase("conclusion_cue")
# A sentence cut short by the page it was read from ("Rescue analgesic use did not differ between the arm")
COMPLETE = regex(r"[.!?)\]\"'\u201d\u2019]\s*$")


# "At week 12 the mean pain score had fallen by": a last sentence the page cut right after a linking word stops before
# its result (one cut later, "... P = 0.02) for heavy drinking days, indicati", still holds it)
# where the clause a page cut short begins: a contrast or ", and" (not ";", after which "the between-group difference
# was" leaves only each arm's change)
CUT_CLAUSE = regex(rf"{_CONTRAST}|(?:,|(?<=\))) and\b")
CUT_AT_LINK = regex(r"\b(?:by|to|from|of|than|was|were|is|are|in|at|the|a|an|and|with|for|on|had|has|have|been|"
                    r"vs|versus)\s*$", re.I)


def _before_cut(s: Sentence, sents: tuple[Sentence, ...]) -> Sentence | None:
    """What a results sentence cut right after a linking word holds before its last clause: "Pain was lower with LDN
    (P = 0.03), while fatigue and FIQR totals were", "..., and the number of days spent gambling fell from 3.2 to" still
    report the result before it (quoted up to the clause it cut); so does an unstructured abstract's last sentence that
    gives figures. A conclusion cut so concludes by what is there only when no contrast word stands before the cut
    ("... slowed the growth of the xenografts and enhanced the": the clause before the last "and"); after one ("...
    lower activity scores, but its effect on") what was cut may be its other half."""
    low = fold(s.text)
    if s.section != "conclusions" or any(c.isdigit() for c in s.text) and not _structured(sents):
        ends = [m.start() for m in CUT_CLAUSE.finditer(low)]
    elif CONTRAST.rx.search(low):
        return None
    else:
        ends = [m.start() for m in AND_CUT.finditer(low)]
    return replace(s, text=s.text[:ends[-1]].rstrip()) if ends else None


AND_CUT = regex(r",? and\b")


def _stops_before_result(s: Sentence) -> bool:
    return not COMPLETE.search(s.text) and CUT_AT_LINK.search(s.text) is not None


def _conclusion(sents: tuple[Sentence, ...], cands: list[Sentence], kinds: Callable[[Sentence], set[str]]
                ) -> list[Sentence]:
    """The abstract's own conclusion: its conclusions section when it has labelled sections, else its last sentence
    when that is worded as a conclusion or claims a benefit in words alone (_claims). A sentence cut short by the page
    concludes only by what is there: a direction with no contrast word before the cut ("LDN was associated with lower
    activity scores and fewer steroid courses, and could be")."""
    structured = _structured(sents)
    return [s for s in cands if s.section == "conclusions"
            and (COMPLETE.search(s.text) or kinds(s) & DIRECTIONS and not CONTRAST.rx.search(fold(s.text)))
            and (structured or CONCLUSION_CUE.search(s.text) or _claims(s, cands, kinds))]


def _structured(sents: tuple[Sentence, ...]) -> bool:
    """Whether the abstract has labelled sections (its last sentence is then no conclusion by position alone)."""
    return any(s.section in ("results", "methods", "objective") for s in sents)


def _claims(s: Sentence, cands: list[Sentence], kinds: Callable[[Sentence], set[str]]) -> bool:
    """An unstructured abstract's last sentence concludes without a conclusion cue when it claims a benefit of the
    drug in words alone, naming what it acted on ("Intermittent NTX exerts an antiproliferative effect on liver cancer
    cells."), or that the drug did nothing ("High-dose naltrexone was not superior to placebo in bulimia nervosa."), or
    weighs the one against the other ("… did not relieve itch more than placebo, although patients slept better"): a
    result gives its figures, or is brief ("Itch fell a little on naltrexone."). Not when a result before it points the
    other way (a benefit's claim: a harm; a null's: a benefit): those are weighed by _overall."""
    own = _main_clause(s, kinds(s))[0] & DIRECTIONS  # (its concessive aside, "although retention was poor", apart)
    weighed = own == {"null", "positive"} and CONCESSION.search(s.text) is not None
    if _has_figure(s.text) or len(s.text.split()) < CLAIM_WORDS or \
            own not in ({"positive"}, {"null"}) and not weighed or not DRUG_CLAIM.search(s.text):
        return False
    if weighed:  # "Naltrexone did not relieve itch more than placebo, although patients slept better": both weighed
        return True
    against = "negative" if own == {"positive"} else "positive"
    return not any(against in kinds(c) for c in cands if c is not s)


DRUG_CLAIM = _phrase("drug_claim")
CLAIM_WORDS = 8  # a claim names the drug, its effect and on what; a bare result is shorter
# A figure of a result: a number standing alone, not part of a name ("TRPM3", "IL-6", "COVID-19") nor a dose ("4.5 mg")
_NUMBER_IN_TEXT = regex(r"(?<![\w.,·-])\d+(?:[.,·]\d+)*(?P<dose> ?(?:mg|µg|mcg)\b)?")


def _has_figure(text: str) -> bool:
    return any(not m.group("dose") for m in _NUMBER_IN_TEXT.finditer(text))


def _decide(concluded: list[tuple[Sentence, set[str]]], alone: tuple[str, str, list[TagReason]] | None,
            primary: tuple[str, str, list[TagReason]] | None,
            every: Callable[[], list[tuple[Sentence, set[str]]]]) -> tuple[str | None, str | None, list[TagReason]]:
    """As a reader decides: the conclusion sets the direction; `mixed` when the conclusion itself is mixed or the
    primary outcome's result disagrees with it. Without a directional conclusion the primary outcome decides, and
    without one every result sentence counts (_overall, of `every()`: the labelled sentences read as results).
    `concluded`: the conclusion's sentences (_conclusion) with their kinds."""
    main = {s.index: _main_clause(s, k) for s, k in concluded if k & DIRECTIONS}
    concl = [(s, main[s.index][0]) for s, k in concluded if k & DIRECTIONS]
    if len(concl) > 1:  # "The improvement in sleep was a secondary finding ...": the other conclusion sentences decide
        concl = [(s, k) for s, k in concl if not SECONDARY_FINDING.search(s.text)] or concl
    if not concl:  # (`alone`: the primary outcome's result with no conclusion to weigh it, its domain's as a whole)
        return alone or _overall(every())
    kinds = set().union(*(k for _, k in concl))
    if any("weak_null" in k or _no_change(main[s.index][1]) for s, k in concl):
        kinds.add("null")  # "fewer relapses but no change in disability": in a conclusion "no change" is null
    direction = _direction(kinds)
    assert direction is not None
    if direction == "mixed" and primary and primary[0] in kinds and primary[0] != "null" and not (
            primary[0] == "positive" and "negative" in kinds):
        # "LDN reduced pain but had no effect on fatigue" with pain the primary outcome: the conclusion agrees
        # with the primary outcome's result, the other half is about secondary outcomes. Not so a null primary:
        # "did not reduce pain, but sleep improved" weighs a benefit the study found, and is mixed; nor a harm beside
        # the primary outcome's benefit ("reduced pain but caused insomnia"): a harm is never an aside.
        direction = primary[0]
    s = next((s for s, k in concl if _direction(k) == direction), concl[0][0])
    reasons = [TagReason("conclusion", f"{direction}: {s.text[:160]}")]
    if main[s.index][1] != fold(s.text):  # its concessive aside was not read as a second result
        reasons.append(TagReason("conclusion_aside", f"an aside, not a result: {CONCESSION.find(s.text)}"))
    if primary and primary[0] != direction and primary[0] != "mixed" and not (
            direction == "negative" and primary[0] == "positive"):
        # (a primary outcome whose results point two ways is what the conclusion weighs: it does not overrule it; nor
        # does a difference read as a benefit where the conclusion says only that the drug made that outcome worse:
        # "COWS scores were higher with LDN (p = 0.01)" is what "LDN made withdrawal worse" concludes)
        return "mixed", s.text, reasons + [TagReason("primary_outcome", f"disagrees: {primary[2][0].matched}")]
    return direction, s.text, reasons + (primary[2] if primary else [])


STEADY = _phrase("steady")


def _no_change(low: str) -> bool:
    """A conclusion's "no change" (WEAK_NULL), which there is a null result: not its "remained stable" beside a benefit
    ("fatigue fell, and disability remained stable": reassurance that it did not worsen)."""
    low = STEADY.blank_folded(low) if "stable" in low else low
    return found(WEAK_NULL, low, words_of(low))


def _main_clause(s: Sentence, kinds: set[str]) -> tuple[set[str], str]:
    """A conclusion sentence's kinds, and the folded text they are read from: its main clause's when it has a
    concessive aside (CONCESSION: ", although calprotectin did not change") and the main clause states a benefit,
    the aside no harm."""
    low = fold(s.text)
    words = words_of(low)
    if not may_match(CONCESSION, words):
        return kinds, low
    rest = CONCESSION.blank_folded(low)
    if rest == low:
        return kinds, low
    own = _classify(rest) & DIRECTIONS
    if own != {"positive"} or "negative" in kinds:
        # "LDN did not reduce pain, although function improved": a null primary beside a benefit is mixed
        # (docs/tags.md), as the conclusion weighs both; "..., while continuous exposure promotes it": a harm is never
        # an aside
        return kinds, low
    return (kinds - DIRECTIONS) | own, rest


CONCESSION = _phrase("concession")


def _overall(labelled: list[tuple[Sentence, set[str]]]) -> tuple[str | None, str | None, list[TagReason]]:
    """No primary outcome result: every result and conclusion sentence counts."""
    directional = [(s, k) for s, k in labelled if k & DIRECTIONS]
    kinds = set().union(*(k for _, k in directional)) if directional else set()

    def pick(kind: str) -> Sentence:
        # Prefer a conclusions sentence that carries exactly this kind, then any sentence with it.
        for pref in (lambda s, k: s.section == "conclusions" and k & DIRECTIONS == {kind},
                     lambda s, k: kind in k and s.section == "conclusions",
                     lambda s, k: k & DIRECTIONS == {kind},
                     lambda s, k: kind in k):
            for s, k in directional:
                if pref(s, k):
                    return s
        return directional[0][0]

    if kinds >= {"positive", "negative"}:
        pos, neg = pick("positive"), pick("negative")
        s = next((x for x, k in directional if x.section == "conclusions"), pos)
        return "mixed", s.text, [TagReason("result_phrase", f"positive: {_match(POSITIVE, pos.text)}"),
                                 TagReason("result_phrase", f"harm: {_match(NEGATIVE, neg.text)}")]
    if "negative" in kinds:
        s = pick("negative")
        return "negative", s.text, [TagReason("result_phrase", _match(NEGATIVE, s.text))]
    if "positive" in kinds and "null" in kinds:
        pos, null = pick("positive"), pick("null")
        s = next((x for x, k in directional if x.section == "conclusions"), pos)
        return "mixed", s.text, [TagReason("result_phrase", f"positive: {_match(POSITIVE, pos.text)}"),
                                 TagReason("result_phrase", f"null: {_match(NULL, null.text)}")]
    if "positive" in kinds:
        s = pick("positive")
        return "positive", s.text, [TagReason("result_phrase", _match(POSITIVE, s.text, NULL.blank(s.text)))]
    if kinds & {"null", "weak_null"}:
        kind, rx = ("null", NULL) if "null" in kinds else ("weak_null", WEAK_NULL)
        s = pick(kind)
        return "null", s.text, [TagReason("result_phrase", _match(rx, s.text))]
    safety = [s for s, k in labelled if "safety" in k]
    if safety:
        s = safety[-1]
        return "safety_only", s.text, [TagReason("result_phrase", _match(SAFETY, s.text))]
    return "descriptive", None, [TagReason("no_result_phrase", "no result or conclusion states a direction")]


def _match(rx: Rule, text: str, searched: str | None = None) -> str:
    """The words that matched, as written in `text` (`searched` is text with other matches blanked out)."""
    m = rx.search(text if searched is None else searched)
    return text[m.start():m.end()] if m else text[:80]
