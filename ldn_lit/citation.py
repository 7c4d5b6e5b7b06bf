"""What did the user give us? A PMID, PMCID, DOI, PubMed/DOI URL, a formatted reference, or a claim.

parse_input() never raises: anything it cannot read is kind "garbage" (or "empty"), with a hint.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser
from typing import Any

MAX_INPUT = 5_000  # characters: one reference or one sentence; a whole article is `ldn-lit audit`

PMID_RE = re.compile(r"^(?:PMID\s*:?\s*)?(\d{1,9})$", re.I)
PMCID_RE = re.compile(r"^(?:PMCID\s*:?\s*)?(PMC\d{3,9})$", re.I)
DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.I)
PUBMED_URL_RE = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{1,9})", re.I)
PMC_URL_RE = re.compile(r"(?:ncbi\.nlm\.nih\.gov/pmc/articles/|pmc\.ncbi\.nlm\.nih\.gov/articles/)(PMC\d+)", re.I)
YEAR = r"(?:19|20)\d\d"
# Vancouver / AMA source: "Ann Neurol. 2010;68(2):145-50." or "2010 Aug;68(2):145-150"
VANCOUVER_SOURCE = re.compile(
    rf"(?P<year>{YEAR})(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?\s*;\s*(?P<volume>[\w-]+)?\s*(?:\((?P<issue>[^)]*)\))?"
    rf"\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")
APA_RE = re.compile(
    rf"^(?P<authors>.+?)\s*\((?P<year>{YEAR})[a-z]?\)\.\s*(?P<title>.+?[.?!])\s+(?P<journal>[^,.]+(?:\.[^,.]+)*?),\s*"
    rf"(?P<volume>\d+)\s*(?:\((?P<issue>[^)]*)\))?,\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")


@dataclass
class Reference:
    """A formatted citation as read from the user's text; also what ECitMatch is asked (entrez.ecitmatch
    sends journal, year, volume, first_page, first_author)."""

    authors: str = ""
    first_author: str = ""  # surname only
    title: str = ""
    journal: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    first_page: str = ""
    pages: str = ""
    doi: str = ""


@dataclass
class Understood:
    kind: str  # pmid, pmcid, doi, reference, claim, empty, garbage
    value: str = ""  # the PMID, PMCID, DOI, or the (cleaned) text
    reference: Reference | None = None
    hint: str = ""
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return {
            "pmid": f"a PubMed ID (PMID {self.value})",
            "pmcid": f"a PubMed Central ID ({self.value})",
            "doi": f"a DOI ({self.value})",
            "reference": "a formatted reference" + (
                f" ({self.reference.first_author} {self.reference.year}, {self.reference.journal})"
                if self.reference else ""),
            "claim": "a claim sentence",
            "empty": "nothing (empty input)",
            "garbage": "nothing I can check",
        }[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Text(HTMLParser):
    """Text of an HTML fragment; script, style and similar content dropped."""

    SKIP = {"script", "style", "noscript", "template", "head", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def source_line(journal: str | None, year: int | str | None, volume: str | None, issue: str | None,
                pages: str | None) -> str:
    """'Ann Neurol. 2010;68(2):145-50', with only the parts PubMed gives (never '68():' or ';():')."""
    return (f"{journal or ''}. {year or ''}" + (f";{volume}" if volume else "") + (f"({issue})" if issue else "")
            + (f":{pages}" if pages else "")).strip(". ")


def html_to_text(text: str) -> str:
    p = _Text()
    p.feed(text)
    p.close()
    return re.sub(r"[ \t]+", " ", "".join(p.parts))


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:html|body|p|div|script|span|a|h[1-6]|br)\b[^>]*>", text, re.I))


def clean(text: str) -> str:
    if looks_like_html(text):
        text = html_to_text(text)
    text = unicodedata.normalize("NFC", html.unescape(text))
    return re.sub(r"\s+", " ", text).strip()


def _surname(authors: str) -> str:
    first = re.split(r",|;|\s&\s|\band\b", authors.strip(), maxsplit=1)[0].strip()
    # "Cree BA" -> "Cree"; "Cree, B. A." -> "Cree" (split above); "van der Berg JH" -> "van der Berg"
    return re.sub(r"\s+[A-Z]{1,3}$", "", first).strip()


def parse_reference(text: str) -> Reference | None:
    doi = DOI_RE.search(text)
    doi_s = doi.group(1).rstrip(".,;)") if doi else ""
    m = APA_RE.search(text)
    if m:
        pages = m.group("pages").replace("–", "-").replace(" ", "")
        return Reference(authors=m.group("authors"), first_author=_surname(m.group("authors")),
                         title=m.group("title").rstrip("."), journal=m.group("journal").strip(), year=m.group("year"),
                         volume=m.group("volume"), issue=m.group("issue") or "", first_page=pages.split("-")[0],
                         pages=pages, doi=doi_s)
    src = VANCOUVER_SOURCE.search(text)
    if not src:
        return None
    head = text[: src.start()].strip().rstrip(".").strip()
    parts = [p.strip() for p in re.split(r"(?<=[\w)\]?!])\.\s+", head) if p.strip()]
    if len(parts) < 2:
        return None
    journal = parts[-1]
    authors = parts[0] if len(parts) >= 3 else ""
    title = ". ".join(parts[1:-1]) if len(parts) >= 3 else parts[0]
    pages = (src.group("pages") or "").replace("–", "-").replace(" ", "")
    return Reference(authors=authors, first_author=_surname(authors) if authors else "", title=title.rstrip("."),
                     journal=journal.rstrip("."), year=src.group("year"), volume=src.group("volume") or "",
                     issue=src.group("issue") or "", first_page=pages.split("-")[0], pages=pages, doi=doi_s)


_CLAIM_WORDS = re.compile(
    r"\b(ldn|naltrexone|found|showed|shown|study|studies|trial|effective|improv\w*|reduc\w*|help\w*|works?|"
    r"treat\w*|benefit\w*|relaps\w*|pain|fatigue|symptoms?|disease|patients)\b", re.I)


def parse_input(raw: str) -> Understood:
    if raw is None or not raw.strip():
        return Understood("empty", hint="give a PMID, DOI, PMCID, PubMed URL, a reference, or a claim sentence")
    if len(raw) > MAX_INPUT:
        return Understood("garbage", hint=f"the input is {len(raw):,} characters; `check` takes one citation or one "
                                          "sentence; for a whole article use `ldn-lit audit FILE`")
    text = clean(raw)
    if not text:
        return Understood("empty", hint="the input has no text once markup is removed")
    for rx, kind in ((PUBMED_URL_RE, "pmid"), (PMC_URL_RE, "pmcid")):
        m = rx.search(text)
        if m and len(text) < 300:
            return Understood(kind, m.group(1).upper() if kind == "pmcid" else m.group(1), notes=["from a URL"])
    m = PMID_RE.match(text)
    if m:
        return Understood("pmid", str(int(m.group(1))))
    m = PMCID_RE.match(text)
    if m:
        return Understood("pmcid", m.group(1).upper())
    bare = re.sub(r"^(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)", "", text, flags=re.I).strip()
    m = DOI_RE.fullmatch(bare.rstrip("."))
    if m:
        return Understood("doi", m.group(1).rstrip(".,;)").lower())
    ref = parse_reference(text)
    if ref and ref.journal and ref.year:
        return Understood("reference", text, reference=ref)
    words = re.findall(r"[A-Za-z]{2,}", text)
    if (len(words) >= 4 and len(_CLAIM_WORDS.findall(text)) >= 2
            and sum(len(w) for w in words) > 0.5 * len(text.replace(" ", ""))):
        return Understood("claim", text)
    return Understood("garbage", hint="give a PMID (e.g. 20695007), a DOI (10.xxxx/...), a reference "
                                      "('Author AB, et al. Title. Journal. Year;Vol(Issue):Pages.') or a sentence "
                                      "about LDN and a condition")
