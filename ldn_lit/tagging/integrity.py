"""Retraction, erratum and expression-of-concern flags, from CommentsCorrections and publication types.

The flags mark the record that was retracted/corrected (RetractionIn, ErratumIn,
ExpressionOfConcernIn, or publication type "Retracted Publication"). The notices themselves
(RetractionOf, ErratumFor, ...) are not flagged: they are tagged design "other" by design.py.
"""

from __future__ import annotations

from ..models import Article, TagReason
from ..vocabulary import NOTICES


def tag_integrity(article: Article) -> dict[str, tuple[bool, list[TagReason]]]:
    refs: dict[str, list[str]] = {}
    for cc in article.comments_corrections:
        refs.setdefault(cc.ref_type, []).append(cc.pmid or cc.ref_source or "")
    out = {}
    for tag, ref_type, pubtype in ((n.id, n.ref_type, n.flag_type) for n in NOTICES):
        reasons = [TagReason("comments_corrections", f"{ref_type} {p}") for p in refs.get(ref_type, [])]
        if pubtype and pubtype in article.publication_types:
            reasons.append(TagReason("pubtype", pubtype))
        out[tag] = (bool(reasons), reasons)
    return out
