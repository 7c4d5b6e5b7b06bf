"""Blinding: who knew which treatment a participant got (double_blind, single_blind, open_label, or None: not stated).

PubMed's MeSH Double-Blind Method / Single-Blind Method decide first; then the words of the title and the
study's own sentences (phrases/blinding.toml), never the background or a call for future trials ("a larger,
double-blind trial is justified"). Reviews are not tagged: their words describe the trials they pooled. The
most blinded statement wins: an open-label extension of a double-blind trial is a double-blind trial; an open-label
co-treatment ("open-label transdermal nicotine", another drug named right after) says nothing of the trial's blinding.
"""

from __future__ import annotations

from typing import cast

from ..models import Article, TagReason
from ..vocabulary import REVIEWS
from . import phrases
from .rule_words import may_match
from .text import Sentence, fold, fold_lines, sentences

_P = phrases.load("blinding")
LEVELS = tuple(_P)  # double_blind, single_blind, open_label: the most blinded first
_RULES = {name: phrases.rule(entry) for name, entry in _P.items()}
_MESH = {str(h): name for name, entry in _P.items() for h in cast(list[str], entry.extra.get("mesh", []))}
FUTURE = phrases.rule("design", "recommendation")
OTHER_DRUG = phrases.rule("dose", "other_drug")
# Every pattern holds one of these: most abstracts hold none, and are not read further.
_KEYS = ("blind", "mask", "open", "unaware")


def own_text(article: Article, words: frozenset[str] | None = None) -> str:
    """The title and the study's own sentences (not the background, not calls for future trials), one per line
    (built once for the blinding, duration and comparator taggers). `words`: rule_words.record_words(article),
    when the caller has them."""
    return _own_text(article.title, sentences(article), words is None or may_match(FUTURE, words))


def _own_text(title: str, sents: tuple[Sentence, ...], future: bool = True) -> str:
    """`future`: whether a call for future trials may be there at all (a sentence is searched for one only then).
    Not cached: tag_article builds it once and hands it on, and a key of the sentences costs a hash of each."""
    global _last_own
    lines = [title] + [s.text for s in sents if s.section != "background" and not (future and FUTURE.search(s.text))]
    text = "\n".join(lines)
    _last_own = (text, fold_lines(lines))
    return text


_last_own = ("", "")  # the text own_text built last, and its fold


def fold_own(text: str) -> str:
    """fold(text); for the text own_text built last (the very string), its fold made from its sentences' folds
    (text.fold_lines), which design, blinding, duration and comparator all read."""
    return _last_own[1] if text is _last_own[0] else fold(text)


def tag_blinding(article: Article, design: str, own: str | None = None) -> tuple[str | None, list[TagReason]]:
    """`own`: own_text(article), when the caller has it."""
    if design in REVIEWS:
        return None, []
    for heading in article.mesh:
        if heading.descriptor in _MESH:
            return _MESH[heading.descriptor], [TagReason("mesh", heading.descriptor)]
    text = own_text(article) if own is None else own
    low = fold_own(text)
    if not any(k in low for k in _KEYS):
        return None, []
    for name in LEVELS:
        for m in _RULES[name].rx.finditer(low):
            drug = OTHER_DRUG.rx.search(low[m.end():m.end() + 30])
            if name == "open_label" and drug and drug.group(0) != "placebo" and drug.start() < 15:
                continue  # "open-label transdermal nicotine" beside naltrexone or placebo: the co-treatment is open
            return name, [TagReason(f"{name}_phrase", text[m.start():m.end()])]
    return None, []

