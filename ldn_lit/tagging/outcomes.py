"""Outcome domains a record measured, from a fixed vocabulary (ldn_lit/vocabulary.py: domain -> phrases).

Matched in the title and the study's own sentences (not the background), whole words; short
acronyms (EDSS, CDAI, PASI...) case-sensitively. Each domain keeps the phrase that matched.
"""

from __future__ import annotations

from ..models import Article, TagReason
from ..vocabulary import OUTCOMES
from .text import PhraseLists, fold, fold_lines, sentences, words_of

# domain -> phrases, from the one evidence vocabulary
VOCABULARY: dict[str, tuple[str, ...]] = {o.id: o.phrases for o in OUTCOMES}
# every domain's list, searched together: a clause asks only the few lists whose words it holds
DOMAINS = PhraseLists({domain: list(phrases) for domain, phrases in VOCABULARY.items()})


def tag_outcomes(article: Article, words: frozenset[str] | None = None) -> tuple[list[str], list[TagReason]]:
    """`words`: the record's words (rule_words.record_words), when the caller has them: they gate which lists are
    asked (a word set that holds the texts' words, as the whole record's does, gates alike)."""
    texts = [article.title] + [s.text for s in sentences(article) if s.section != "background"]
    joined = " \n ".join(texts)
    folded = fold_lines(texts, " \n ")  # (from the sentences' folds, which own_text made)
    found = DOMAINS.search(joined, folded, words if words is not None else words_of(folded))
    return [d for d, _ in found], [TagReason("outcome_phrase", f"{d}: {m}") for d, m in found]


def domains_in(text: str, folded: str | None = None) -> list[tuple[str, str]]:
    """(domain, phrase as written) for every outcome domain one sentence or clause names."""
    low = folded if folded is not None else fold(text)
    return DOMAINS.search(text, low, words_of(low))
