"""An article's reference list: where it starts, its entries, and which entries each sentence cites.

`audit` reads the article's text without its reference list (a reference's title is not the article's
claim), checks every entry as `check` would, and links each claim to the studies it cites: numbered
markers ("[3]", "[2, 5]", "[4-6]", "^3") and author-year ones ("(Cree et al., 2010)", "Cree and
Goodin (2010)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .citation import Reference, html_to_text, looks_like_html, parse_reference

if TYPE_CHECKING:
    from .check import ClientFactory
    from .config import Config
    from .store import Store

HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?(?:references?|bibliography|works cited|literature cited|"
                     r"sources|citations|notes and references|reference list)(?:\*\*)?[ \t]*:?[ \t]*$", re.I | re.M)
MARKER = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)]\s|\^(\d{1,4})\s)\s*")
NUMBERS = re.compile(r"\[(\d{1,4}(?:\s*[-–,]\s*\d{1,4})*)\]|\^(\d{1,4}(?:[-–,]\d{1,4})*)")
AUTHOR_YEAR = re.compile(r"(?P<surname>[A-Z][\w'’-]+)(?:\s+(?:et al\.?|and|&)\s*(?:[A-Z][\w'’-]+)?)?,?\s*"
                         r"\(?(?P<year>(?:19|20)\d\d)[a-z]?\)?")


@dataclass
class Entry:
    number: int  # as the list numbers it, else its position (1-based)
    text: str
    reference: Reference | None  # its fields, None when it is not a reference ldn-lit can read


def split_article(text: str) -> tuple[str, list[Entry]]:
    """(the article before its reference list, the list's entries). No heading: (text, [])."""
    if looks_like_html(text):
        text = html_to_text(text)
    heads = list(HEADING.finditer(text))
    if not heads:
        return text, []
    body, tail = text[:heads[-1].start()], text[heads[-1].end():]
    entries: list[tuple[int, str]] = []
    numbered = bool(MARKER.match(next((x for x in tail.splitlines() if x.strip()), "")))
    for line in tail.splitlines():
        if not line.strip():
            continue
        m = MARKER.match(line)
        if m:
            entries.append((int(next(g for g in m.groups() if g)), line[m.end():].strip()))
        elif numbered and entries:
            entries[-1] = (entries[-1][0], f"{entries[-1][1]} {line.strip()}")  # a wrapped entry
        else:
            entries.append((len(entries) + 1, re.sub(r"^\s*[*-]\s+", "", line).strip()))
    return body, [Entry(n, t, parse_reference(t)) for n, t in entries if t]


def _numbers(group: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"\s*,\s*", group):
        lo, _, hi = part.partition("-") if "-" in part else part.partition("–")
        if lo.strip().isdigit():
            a = int(lo)
            b = int(hi) if hi.strip().isdigit() else a
            out += list(range(a, b + 1)) if 0 <= b - a < 50 else [a]
    return out


def cited_entries(sentence: str, entries: list[Entry]) -> list[int]:
    """The numbers of the entries a sentence cites, in the order it cites them."""
    known = {e.number for e in entries}
    cited = [n for m in NUMBERS.finditer(sentence) for n in _numbers(m.group(1) or m.group(2)) if n in known]
    for m in AUTHOR_YEAR.finditer(sentence):
        surname, year = m.group("surname").lower(), m.group("year")
        cited += [e.number for e in entries if e.reference and e.reference.year == year
                  and e.reference.first_author.lower().split()[-1:] == [surname]]
    return list(dict.fromkeys(cited))


@dataclass
class ReferenceRow:
    """One entry of the list, checked: what `check` says of it."""

    number: int
    text: str
    verdict: str
    pmid: str | None
    title: str | None
    why: str
    differences: list[str]
    cited_by: list[int]  # the audit rows (1-based) whose sentence cites it


def check_reference_list(entries: list[Entry], store: Store, config: Config,
                         client_factory: ClientFactory | None = None, offline: bool = False) -> list[ReferenceRow]:
    """Every entry checked as `check` checks a pasted reference (database first, then PubMed, one client)."""
    from .check import check_all

    rows = []
    for e, r in zip(entries, check_all([e.text for e in entries], store, config, client_factory, offline),
                    strict=True):
        rec = r.record or {}
        verdict = r.verdict or ("not_checked" if r.exit_code == 1 else "not_found")
        rows.append(ReferenceRow(e.number, e.text, verdict, rec.get("pmid"), rec.get("title"), r.why,
                                 r.differences, []))
    return rows


def link(sentences: list[str], entries: list[Entry], checked: list[ReferenceRow]) -> list[list[dict[str, Any]]]:
    """For each sentence, the entries it cites: number, PMID and verdict; each entry learns which rows cite it."""
    by_number = {r.number: r for r in checked}
    out = []
    for i, s in enumerate(sentences, 1):
        cites = []
        for n in cited_entries(s, entries):
            r = by_number[n]
            r.cited_by.append(i)
            cites.append({"number": n, "pmid": r.pmid, "verdict": r.verdict})
        out.append(cites)
    return out
