"""Attrition: who was lost between randomisation (or enrolment) and the end of a trial, from the abstract's counts.

Shapes (phrases/attrition.toml has the verbs): "of 60 randomised, 47 completed", "47 of 60 (78%) completed",
"12 patients withdrew", "31 did not complete the course (14 LDN, 17 placebo)", "a dropout rate of 20%",
"20% dropped out", "retention was 80%". The randomised count is stated, else the sample size
(tagging/sample_size.py reads the enrolled or randomised), unless it was read from a count of completers.
The share lost is stated or computed from two counts; the arms lost unequally
(`differential`) when the losses stated per arm differ twofold (and by 3 people or more), or their stated
rates by 10 percentage points or more. Trials only (randomised, non-randomised and single-arm): elsewhere
"completed" is a survey's or a course's.
"""

from __future__ import annotations

from ..models import Article, Attrition, TagReason
from ..vocabulary import RANDOMISED
from . import phrases
from .blinding import FUTURE
from .rule_cache import regex
from .rule_words import may_match
from .sample_size import NUMBER, matches_at, number_starts, parse_number
from .text import Prefiltered, fold, sentences

_P = phrases.load("attrition")


TRIALS = RANDOMISED | {"nonrandomized_trial", "open_label_single_arm"}
COMPLETED, LOST, RATE, RETENTION = (phrases.alternation("attrition", n)
                                    for n in ("completed", "lost", "rate", "retention"))
_SHARE = r"(?: \(\d+(?:\.\d+)?\s?%\))?"  # "47 (78%) completed"
_VERB = rf"(?:(?P<done>{COMPLETED})|(?P<lost>{LOST}))"
# "Of 60 randomised patients, 47 completed", "of the 60 enrolled, 12 withdrew" ("of " first, then that no word
# character stands before it: \bof written so that re skips to each "of " instead of trying every position)
OF_M = regex(rf"of (?<!\wof )(?:the |all )?(?P<m>{NUMBER})(?: [\w-]+){{0,3}}?,? (?:(?:only|a total of) )?"
             rf"(?P<n>{NUMBER}){_SHARE}(?: [\w-]+){{0,2}}? (?:(?:had|have|were) )?{_VERB}")
# "47 of 60 (78%) completed", "12 of the 60 patients withdrew"
N_OF_M = regex(rf"(?<![\w.,-])(?P<n>{NUMBER}) (?:of|out of) (?:the |all )?(?P<m>{NUMBER}){_SHARE}"
               rf"(?: [\w-]+){{0,3}}?{_SHARE} (?:(?:had|have|were) )?{_VERB}")
# "12 patients withdrew", "31 participants did not complete"; not a subgroup's count ("and 5 with morphea completed",
# "3 in the placebo group withdrew")
N_VERB = regex(rf"(?<![\w.,%-])(?P<n>{NUMBER})(?!\s?%|\s?percent){_SHARE}"
               rf"(?: (?!with\b|in\b|on\b|from\b)[\w-]+){{0,3}}? (?:(?:had|have|were|was) )?{_VERB}")
# "a dropout rate of 20%", "attrition was 15% and 30%", "retention was 80%"
# (both behind their words, text.Prefiltered: most sentences with a share hold none of them; ~10 us a sentence each)
RATE_RE = Prefiltered(rf"(?:(?P<rate>{RATE})|(?P<kept>{RETENTION}))(?: (?:was|were|of|reached|amounted to))?[: =]*"
                     rf"(?:[\w-]+ ){{0,2}}?(?P<pct>\d+(?:\.\d+)?)\s?%(?:\s?(?:and|vs\.?|versus|,|to|in the [\w-]+ "
                     rf"(?:group|arm) and)\s?(?P<pct2>\d+(?:\.\d+)?)\s?%)?")
# "20% dropped out", "22% of participants withdrew"
PCT_LOST = Prefiltered(rf"(?P<pct>\d+(?:\.\d+)?)\s?%(?: of (?:the )?[\w-]+)? (?:(?:had|have|were) )?(?P<lost>{LOST})")
# right after a count lost: "(17 naltrexone, 23 placebo)", "(12 in the LDN group and 3 in the placebo group)"
ARMS = regex(rf"^[^().;]{{0,40}}?\((?P<a>{NUMBER})\b[^,;()\d]{{0,40}}(?:[,;]|\band\b) (?P<b>{NUMBER})\b"
             rf"[^()\d]{{0,40}}\)")
_KEYS = ("complet", "withdr", "drop", "discontinu", "lost", "attrition", "analy", "retention", "remained", "finished",
         "left the")
# one of these is in every match of the five patterns above ("loss to follow-up" rate), so a sentence without is skipped
_SENTENCE_KEYS = (*_KEYS, "loss to follow")


def _holds(low: str, keys: tuple[str, ...]) -> bool:
    for k in keys:  # a plain loop: any() over a generator costs twice as much, and this runs for every sentence
        if k in low:
            return True
    return False


def _differs(a: float, b: float, rates: bool) -> bool:
    lo, hi = sorted((a, b))
    return hi - lo >= 10 if rates else hi >= 2 * lo and hi - lo >= 3


def tag_attrition(article: Article, design: str, enrolled: int | None, enrolled_phrase: str | None = None,
                  words: frozenset[str] | None = None,
                  full: str | None = None) -> tuple[Attrition | None, list[TagReason]]:
    """`enrolled`: the trial's sample size (tagging/sample_size.py counts the enrolled or randomised), with the
    phrase it was read from; not used when that phrase is itself a count of completers or of the lost.
    `words`: rule_words.record_words(article), and `full`: the title and abstract as one text (the test below reads
    it, folded once for dose, instead of the abstract alone: it only skips a record no sentence could match), when
    the caller has them."""
    if design not in TRIALS:
        return None, []
    low = fold(article.abstract if full is None else full)
    if not _holds(low, _KEYS):
        return None, []
    future = words is None or may_match(FUTURE, words)  # whether a call for future trials may be there at all
    keys = tuple(k for k in _SENTENCE_KEYS if k in low)  # a key not in the whole text is in none of its sentences
    got = Attrition(randomised=enrolled)
    reasons: list[TagReason] = []
    for s in sentences(article):
        if s.section == "background":
            continue
        low = fold(s.text)
        if not _holds(low, keys) or future and FUTURE.search(s.text):
            continue  # every count or rate the patterns read holds one of these (most sentences hold none)
        starts = number_starts(low, words)  # N_OF_M and N_VERB start with a number after a non-word character
        for rx in (OF_M, N_OF_M, N_VERB):
            for m in rx.finditer(low) if rx is OF_M else matches_at(rx, low, starts):
                n = parse_number(m.group("n"))
                total = parse_number(m.group("m")) if "m" in rx.groupindex else None
                if n is None or (total is not None and n > total):
                    continue
                if enrolled_phrase and fold(enrolled_phrase) in low[m.start():m.end()] and got.randomised == enrolled:
                    got.randomised = None  # the sample size was read from this very count: it is no total
                if total is not None and got.randomised is None:
                    got.randomised = total
                if m.group("done") and got.completed is None:
                    got.completed = n
                    reasons.append(TagReason("completed_count", s.text[m.start():m.end()]))
                elif m.group("lost") and got.lost is None:
                    got.lost = n
                    reasons.append(TagReason("lost_count", s.text[m.start():m.end()]))
                    arms = ARMS.match(low[m.end():])
                    if arms:
                        a, b = parse_number(arms.group("a")), parse_number(arms.group("b"))
                        got.differential = a is not None and b is not None and _differs(a, b, rates=False)
                        per_arm = s.text[m.end() + arms.start("a") - 1:m.end() + arms.end()]
                        reasons.append(TagReason("lost_per_arm", per_arm))
        for m in (*RATE_RE.finditer(low), *PCT_LOST.finditer(low)) if "%" in low else ():  # both read a share
            if got.percent is not None:
                break
            pct = float(m.group("pct"))
            pct2 = float(m.group("pct2")) if "pct2" in m.re.groupindex and m.group("pct2") else None
            kept = "kept" in m.re.groupindex and m.group("kept")
            if pct > 100 or (pct2 or 0) > 100:
                continue
            if pct2 is not None:
                got.differential = got.differential or _differs(pct, pct2, rates=True)
                pct = (pct + pct2) / 2
            got.percent = round(100 - pct if kept else pct, 1)
            reasons.append(TagReason("rate_phrase", s.text[m.start():m.end()]))
    if got.randomised is not None:
        if got.completed is not None and got.completed <= got.randomised:
            # "23 completed" beside "one withdrew because of insomnia": the completers tell the whole loss
            got.lost = max(got.lost or 0, got.randomised - got.completed)
        if got.lost is not None and got.lost > got.randomised:
            got.lost = None
        if got.percent is None and got.lost is not None and got.randomised:
            got.percent = round(100 * got.lost / got.randomised, 1)
    if got.completed is None and got.lost is None and got.percent is None:
        return None, []
    return got, reasons
