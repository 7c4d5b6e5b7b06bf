"""Which conditions a record is about: MeSH, title, keywords, and the study's own sentences.

Never the query that found the record. A condition named only in the background of a long
abstract, or in a list of three or more conditions ("used in MS, Crohn's and fibromyalgia"), is
not what the study is about and is not tagged from that sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..config import Condition
from ..models import Article, TagReason
from .text import PhraseMatcher, fold, sentences, words_of


@lru_cache(maxsize=64)
def _compiled(conditions: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]):
    return [(cid, {m.lower() for m in mesh}, PhraseMatcher(list(syn))) for cid, mesh, syn in conditions]


def _key(conditions: list[Condition]):
    return tuple((c.id, tuple(c.mesh), tuple(c.synonyms or [c.label])) for c in conditions)


def tag_conditions(article: Article, conditions: list[Condition]) -> tuple[list[str], list[TagReason]]:
    compiled = _compiled(_key(conditions))
    mesh = {m.descriptor.lower(): m.descriptor for m in article.mesh}
    keywords = " ; ".join(article.keywords)
    sents = [s for s in sentences(article) if s.section != "background"]
    body = "\n".join(s.text for s in sents)
    words = words_of(fold(f"{article.title} {keywords} {body}"))
    found: dict[str, TagReason] = {}
    for cid, mesh_terms, rx in compiled:
        hit = next((mesh[m] for m in mesh if m in mesh_terms), None)
        if hit:
            found[cid] = TagReason("mesh", hit)
            continue
        if rx.keys.isdisjoint(words):
            continue
        m = rx.search(article.title)
        if m:
            found[cid] = TagReason("title", m)
            continue
        m = rx.search(keywords)
        if m:
            found[cid] = TagReason("keyword", m)
            continue
        if not rx.search(body):
            continue
        for s in sents:
            m = rx.search(s.text)
            if m and not _negated(m, s.text) and not _is_list_mention(s.text, compiled):
                found[cid] = TagReason("abstract", f"{m} (in: {s.text[:120]})")
                break
    order = [c.id for c in conditions]
    ids = sorted(found, key=order.index)
    return ids, [TagReason(found[c].rule, f"{c}: {found[c].matched}") for c in ids]


def _negated(phrase: str, text: str) -> bool:
    """"without underlying malignancy", "no evidence of cancer": the condition is ruled out, not studied."""
    p = re.escape(phrase)
    return re.search(rf"\b(?:without|no evidence of|no|excluding|free of|ruled out)\s+(?:[\w-]+\s+){{0,2}}{p}|"
                     rf"{p}\b[^.;]{{0,40}}\b(?:were|was) excluded", text, re.I) is not None


def _is_list_mention(text: str, compiled) -> bool:
    """A sentence naming three or more conditions is an enumeration, not the study's subject."""
    low = fold(text)
    words = words_of(low)
    maybe = [rx for _, _, rx in compiled if not rx.keys.isdisjoint(words)]  # cheap test first
    return len(maybe) >= 3 and sum(1 for rx in maybe if rx.search(text, low, words)) >= 3

