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
_KEYS: frozenset[str] = frozenset()


def tag_outcomes(article: Article, words: frozenset[str] | None = None) -> tuple[list[str], list[TagReason]]:
    """`words`: the record's words (rule_words.record_words), when the caller has them: they gate which lists are
    asked (a word set that holds the texts' words, as the whole record's does, gates alike)."""
    texts = [article.title] + [s.text for s in sentences(article) if s.section != "background"]
    joined = " \n ".join(texts)
    folded = fold(joined)
    found = _found(joined, folded, words if words is not None else words_of(folded))
    return [d for d, _ in found], [TagReason("outcome_phrase", f"{d}: {m}") for d, m in found]


def domains_in(text: str, folded: str | None = None) -> list[tuple[str, str]]:
    """(domain, phrase as written) for every outcome domain one sentence or clause names."""
    low = folded if folded is not None else fold(text)
    return _found(text, low, words_of(low))


def _found(text: str, low: str, words: frozenset[str]) -> list[tuple[str, str]]:
    """(domain, phrase as written) for each domain `text` names, in vocabulary order: only the lists with a phrase
    keyed by one of `words` are asked."""
    global _KEYS
    if not _BY_KEY:
        for d, matcher in _MATCHERS.items():
            for key in matcher.keys:
                _BY_KEY.setdefault(key, []).append(d)
        _KEYS = frozenset(_BY_KEY)
    asked = set()
    for key in _KEYS & words:  # a frozenset: & walks the smaller side (dict.keys() & words walks every word)
        asked.update(_BY_KEY[key])
    return [(d, m) for d, matcher in _MATCHERS.items() if d in asked and (m := matcher.search(text, low, words))]
