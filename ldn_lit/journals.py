"""Journal names: 'Journal of Neuroimmunology' = 'J Neuroimmunol' = 'J. Neuroimmunol.'.

Articles and citations name journals by full title, ISO abbreviation or MedlineTA. NLM
abbreviations are built by truncating title words and dropping small words, so a name matches
another when, after normalising, each word of the shorter is a prefix of the corresponding
word of the longer, in order. A record's source is written as journals cite it: source_line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_STOP = {"of", "the", "and", "for", "in", "on", "de", "la", "le", "der", "und", "a", "an", "to"}
_WORD_RE = re.compile(r"[a-z0-9]+")


def journal_words(name: str) -> list[str]:
    """Lower-cased words without accents, subtitles ('Title : subtitle'), '&' or small words."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.split(r"\s:\s|\s=\s", name, maxsplit=1)[0]
    name = re.sub(r"\([^)]*\)", " ", name)  # "(Bellingham)", "(London, England)"
    return [w for w in _WORD_RE.findall(name.lower()) if w not in _STOP]


def same_journal(a: str | None, b: str | None) -> bool:
    """True when two journal names (full, ISO or MedlineTA, any case/punctuation) denote the same journal."""
    if not a or not b:
        return False
    wa, wb = journal_words(a), journal_words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if len(wa) != len(wb):
        return False
    return all(x.startswith(y) or y.startswith(x) for x, y in zip(wa, wb, strict=True))


def matches_any(cited: str, names: Iterable[str | None]) -> bool:
    """Does a cited journal name match any of an article's names (journal, journal_iso, medline_ta)?"""
    return any(same_journal(cited, n) for n in names if n)


def source_line(journal: str | None, year: int | str | None, volume: str | None, issue: str | None,
                pages: str | None) -> str:
    """'Ann Neurol. 2010;68(2):145-50', with only the parts PubMed gives (never '68():' or ';():')."""
    return (f"{journal or ''}. {year or ''}" + (f";{volume}" if volume else "") + (f"({issue})" if issue else "")
            + (f":{pages}" if pages else "")).strip(". ")
