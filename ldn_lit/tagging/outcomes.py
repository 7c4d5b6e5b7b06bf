"""Outcome domains a record measured, from a fixed vocabulary (ldn_lit/vocabulary.py: domain -> phrases).

Matched in the title and the study's own sentences (not the background), whole words; short
acronyms (EDSS, CDAI, PASI...) case-sensitively. Each domain keeps the phrase that matched.
"""

from __future__ import annotations

from ..models import Article, TagReason
from ..vocabulary import OUTCOMES
from .text import PhraseMatcher, fold, sentences, words_of

# domain -> phrases, from the one evidence vocabulary
VOCABULARY: dict[str, tuple[str, ...]] = {o.id: o.phrases for o in OUTCOMES}
_MATCHERS = {domain: PhraseMatcher(list(phrases)) for domain, phrases in VOCABULARY.items()}
# key word (the longest word of a phrase, PhraseMatcher.keys) -> the domains with a phrase keyed by it, so that a
# clause asks only the few lists that can match it rather than all of them
_BY_KEY: dict[str, list[str]] = {}


def tag_outcomes(article: Article) -> tuple[list[str], list[TagReason]]:
    texts = [article.title] + [s.text for s in sentences(article) if s.section != "background"]
    joined = " \n ".join(texts)
    folded = fold(joined)
    words = words_of(folded)
    found, reasons = [], []
    for domain, matcher in _MATCHERS.items():
        m = matcher.search(joined, folded, words)
        if m:
            found.append(domain)
            reasons.append(TagReason("outcome_phrase", f"{domain}: {m}"))
    return found, reasons


def domains_in(text: str, folded: str | None = None) -> list[tuple[str, str]]:
    """(domain, phrase as written) for every outcome domain one sentence or clause names."""
    low = folded if folded is not None else fold(text)
    words = words_of(low)
    if not _BY_KEY:
        for d, matcher in _MATCHERS.items():
            for key in matcher.keys:
                _BY_KEY.setdefault(key, []).append(d)
    asked = {d for key in words & _BY_KEY.keys() for d in _BY_KEY[key]}
    return [(d, m) for d, matcher in _MATCHERS.items() if d in asked and (m := matcher.search(text, low, words))]
