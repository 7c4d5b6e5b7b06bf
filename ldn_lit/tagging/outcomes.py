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
    return [(d, m) for d, matcher in _MATCHERS.items() if (m := matcher.search(text, low, words))]
