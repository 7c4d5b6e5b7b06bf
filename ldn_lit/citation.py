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
# Identifiers inside a longer text (a reference that ends "PMID: 20695007" or "doi:10.1002/ana.22006")
PMID_IN = re.compile(r"\bPMID\s*:?\s*(\d{1,9})\b", re.I)
PMCID_IN = re.compile(r"\b(?:PMCID\s*:?\s*)?(PMC\d{3,9})\b", re.I)
YEAR = r"(?:19|20)\d\d"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter)[a-z]*\.?"
PAGES = r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—]\s*[A-Za-z]?\d+[A-Za-z]?)?"
SURNAME = (r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Ll]a|[Ll]e|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]os|[Tt]er|[Tt]en)\s)*"
           r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]+)?")
INITIALS = r"[A-Z](?:\.?\s?-?[A-Z])*\.?"
V_AUTHOR = rf"{SURNAME}\s+{INITIALS}(?:\s(?:Jr|Sr|II|III|IV)\.?)?"  # Vancouver/AMA: "Cree BA", "van der Berg JH"
# "Cree BA, Goodin DS." or "Cree BA, et al." at the start of a Vancouver/AMA reference
V_AUTHORS = re.compile(rf"^(?P<authors>{V_AUTHOR}(?:\s*,\s*{V_AUTHOR})*(?:\s*,?\s*(?:et al|and others)\.?)?)"
                       r"\s*[.:]\s+")
# APA/Harvard: "Cree, B. A., Kornyeyeva, E., & Goodin, D. S. (2010)." or "Cree, B.A. et al., 2010."
NAMED_YEAR = re.compile(rf"^(?P<authors>.+?),?\s*(?:\((?P<year>{YEAR})[a-z]?(?:,\s*[A-Za-z]+(?:\s+\d+)?)?\)"
                        rf"|,\s*(?P<year2>{YEAR})[a-z]?)\s*[.,:]?\s+(?P<rest>.+)$")
AUTHOR_START = re.compile(rf"^\s*(?:{V_AUTHOR}|{SURNAME},\s*{INITIALS}|{INITIALS}\s+{SURNAME})"
                          r"\s*(?:[,&;.]|and\b|et\b|$)")
# Vancouver/AMA source at the end: "Ann Neurol. 2010;68(2):145-50" "2010 Aug 3;68(2):e145" "2010." "2010;68:145"
V_SOURCE = re.compile(
    rf"(?:^|[.,;]?\s+)(?P<year>{YEAR})[a-z]?(?:\s+{MONTH}(?:\s*\d{{1,2}})?(?:\s*[-/]\s*{MONTH}(?:\s*\d{{1,2}})?)?)?"
    rf"(?:\s*;\s*(?P<volume>\d+[A-Za-z]?)?\s*(?:\((?P<issue>[^)]*)\))?(?:\s*Suppl\s*\d*)?"
    rf"(?:\s*:\s*(?P<pages>{PAGES}))?)?[\s.]*$")
# APA/Harvard source after the title: "Annals of Neurology, 68(2), 145–150" "Ann Neurol 68:145-50" "J, 68, pp. 1-9"
A_SOURCE = re.compile(
    rf"^(?P<journal>.+?)[,.]?\s+(?P<volume>\d+[A-Za-z]?)\s*(?:\((?P<issue>[^)]*)\))?"
    rf"(?:\s*[,:]\s*(?:pp?\.?\s*)?(?P<pages>{PAGES}))?[\s.]*$")
# Parts of a pasted reference that say nothing about the study: where it was read, when, links
NOISE = re.compile(
    r"https?://\S+|\[(?:Internet|cited[^\]]*|Epub[^\]]*|PubMed[^\]]*|Google Scholar|CrossRef|Abstract)\]|"
    r"\b(?:Available (?:from|at|online)|Retrieved from|Accessed|Epub(?: ahead of print)?)\b:?.*?(?:\.(?=\s|$)|;|$)|"
    r"\(Accessed[^)]*\)|\bdoi\s*:?\s*10\.\S+|\b10\.\d{4,9}/\S+|\bPMID\s*:?\s*\d+\.?|"
    r"\bPMCID\s*:?\s*PMC\d+\.?|\bPMC\d{3,9}\.?", re.I)
NUMBERING = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)]\s)\s*")
_JOURNAL_WORD = re.compile(r"^(?:[A-Z][\w'&-]*\.?|of|and|the|for|in|&|[a-z]{1,3}\.)$")
_ABBREV_SEGMENT = re.compile(r"^(?:[A-Z][a-z]{0,8}\.?\s?){1,3}$")


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
    pmid: str = ""
    pmcid: str = ""
    style: str = ""  # how it was read: vancouver (also AMA, NLM), apa (also Harvard), title

    @property
    def has_source(self) -> bool:
        """Enough for ECitMatch: journal, volume and first page."""
        return bool(self.journal and self.volume and self.first_page)


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
            "title": "a title",
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
    first = re.split(r",|;|\s&\s|\band\b|\bet al\b", authors.strip(), maxsplit=1)[0].strip()
    # "Cree BA" -> "Cree"; "Cree, B. A." -> "Cree" (split above); "van der Berg JH" -> "van der Berg"
    m = re.match(rf"^({INITIALS})\s+({SURNAME})$", first)
    if m and not re.fullmatch(SURNAME, first):  # "B. A. Cree" (initials first)
        return m.group(2)
    return re.sub(rf"\s+{INITIALS}(?:\s(?:Jr|Sr|II|III|IV)\.?)?$", "", first).strip()


def _pages(pages: str | None) -> str:
    return re.sub(r"\s+", "", (pages or "").replace("–", "-").replace("—", "-"))


def _identifiers(text: str) -> tuple[str, str, str]:
    """(PMID, PMCID, DOI) written anywhere in the text, '' for each that is not."""
    pmid = PMID_IN.search(text) or PUBMED_URL_RE.search(text)
    pmcid = PMCID_IN.search(text) or PMC_URL_RE.search(text)
    doi = DOI_RE.search(text)
    return (pmid.group(1) if pmid else "", pmcid.group(1).upper() if pmcid else "",
            doi.group(1).rstrip(".,;)]").lower() if doi else "")


def _split_title_journal(head: str, journal_expected: bool) -> tuple[str, str]:
    """'Title. Journal' -> (title, journal). The journal is the last sentence: always when a year or volume
    follows (`journal_expected`, Vancouver order), else only when it reads like a journal name (capitalised
    words, at most 8) after a title of at least 4 words. Abbreviations with full stops ('J. Neurol. Sci.')
    stay one journal."""
    segments = [x for x in re.split(r"(?<=[.?!])\s+", head.strip()) if x]
    if len(segments) < 2:
        return head.strip().rstrip("."), ""
    journal = [segments.pop()]
    while len(segments) > 1 and _ABBREV_SEGMENT.match(segments[-1]):
        journal.insert(0, segments.pop())
    title, name = " ".join(segments), " ".join(journal).rstrip(".").strip()
    words = name.split()
    if not journal_expected and not (1 <= len(words) <= 8 and all(_JOURNAL_WORD.match(w) for w in words)
                                     and len(title.split()) >= 4):
        return head.strip().rstrip("."), ""
    return title.rstrip(".").strip(), name


def _source_apa(rest: str, ref: Reference) -> None:
    """Title and source after an APA/Harvard '(year).': quoted title, or the first sentence."""
    q = re.match(r"^\s*['‘\"“](?P<title>.+?)['’\"”](?=[,.]?\s|$)[,.]?\s*(?P<source>.*)$", rest)
    if q:
        title, source = q.group("title"), q.group("source")
    else:
        m = re.match(r"^(?P<title>.+?[.?!])\s+(?P<source>(?:In:?\s)?[A-Z].*)$", rest)
        title, source = (m.group("title"), m.group("source")) if m else (rest, "")
    ref.title = title.strip().rstrip(".").strip()
    source = re.sub(r"^(?:In:?\s+)", "", source.strip())
    m = A_SOURCE.match(source)
    if m:
        ref.journal, ref.volume, ref.issue = m.group("journal").strip(" ,."), m.group("volume"), m.group("issue") or ""
        ref.pages = _pages(m.group("pages"))
    else:
        ref.journal = source.strip(" ,.")


def parse_reference(text: str) -> Reference | None:
    """The fields of a pasted reference in Vancouver/NLM, AMA, APA or Harvard style, with or without
    authors, 'et al.', volume, issue, pages; a PMID, PMCID or DOI anywhere is kept (it wins in check).
    None when no title or source can be read."""
    pmid, pmcid, doi = _identifiers(text)
    t = NUMBERING.sub("", NOISE.sub(" ", text))
    t = re.sub(r"\s+([.,;:])", r"\1", re.sub(r"\s+", " ", t)).strip(" ,;")
    ref = Reference(doi=doi, pmid=pmid, pmcid=pmcid)
    m = NAMED_YEAR.match(t)
    if m and AUTHOR_START.match(m.group("authors")) and len(m.group("authors")) < 600:
        ref.style, ref.authors, ref.year = "apa", m.group("authors").strip(" ,"), m.group("year") or m.group("year2")
        _source_apa(m.group("rest"), ref)
    else:
        ref.style = "vancouver"
        a = V_AUTHORS.match(t)
        if a:
            ref.authors, t = a.group("authors").strip(" ,."), t[a.end():]
        src = V_SOURCE.search(t)
        head = t
        if src and src.start() > 0:
            head = t[:src.start()]
            ref.year, ref.volume, ref.issue = src.group("year"), src.group("volume") or "", src.group("issue") or ""
            ref.pages = _pages(src.group("pages"))
        else:  # no year: "Title. Journal 68:145-50" or a title
            s2 = re.search(rf"[.,]?\s+(?P<volume>\d+[A-Za-z]?)\s*(?:\((?P<issue>[^)]*)\))?\s*:\s*(?P<pages>{PAGES})"
                           r"[\s.]*$", t)
            if s2:
                head, ref.volume, ref.issue = t[:s2.start()], s2.group("volume"), s2.group("issue") or ""
                ref.pages = _pages(s2.group("pages"))
        ref.title, ref.journal = _split_title_journal(head, bool(ref.year or ref.volume))
        if not ref.authors and not ref.journal and not ref.year:
            ref.style = "title"
    ref.first_author = _surname(ref.authors) if ref.authors else ""
    ref.first_page = ref.pages.split("-")[0]
    if len(re.findall(r"[A-Za-z]{2,}", ref.title)) < 2 and not ref.has_source:
        ref.title = ""
    if not ref.title and not ref.has_source:
        return None
    return ref


_CLAIM_WORDS = re.compile(
    r"\b(ldn|naltrexone|found|showed|shown|study|studies|trial|effective|improv\w*|reduc\w*|help\w*|works?|"
    r"treat\w*|benefit\w*|relaps\w*|pain|fatigue|symptoms?|disease|patients)\b", re.I)


def _title_shaped(text: str) -> bool:
    """Words a title could be made of (at least three, real-looking, mostly letters), not random keys."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", text)
    lower = {w.lower() for w in words}
    return (len(words) >= 3 and len(lower) >= 3 and sum(len(w) for w in words) > 0.6 * len(text.replace(" ", ""))
            and sum(bool(re.search(r"[aeiouy]", w, re.I)) for w in words) >= 0.8 * len(words)
            and any(len(w) >= 5 for w in words))


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
        m = rx.fullmatch(re.sub(r"^https?://(?:www\.)?|/$", "", text))
        if m:
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
    pmid, pmcid, doi = _identifiers(text)
    if pmid or pmcid or doi:  # an identifier in a reference decides; the rest is compared with its record
        kind, value = ("pmid", pmid) if pmid else ("pmcid", pmcid) if pmcid else ("doi", doi)
        return Understood(kind, value, reference=ref, notes=[f"the {kind.upper()} in the text decides"])
    # A title with only a journal or year may be a claim sentence: it is tried as a title first (check.py)
    claim_shaped = _claim_shaped(text)
    if ref and (ref.has_source or (ref.title and ref.authors)
                or (ref.title and (ref.journal or ref.year) and not claim_shaped)):
        return Understood("reference", text, reference=ref)
    if claim_shaped:
        return Understood("claim", text, reference=ref if ref and ref.title else None)
    if ref and ref.title and _title_shaped(ref.title):
        return Understood("title", text, reference=ref)
    return Understood("garbage", hint="give a PMID (e.g. 20695007), a DOI (10.xxxx/...), a reference "
                                      "('Author AB, et al. Title. Journal. Year;Vol(Issue):Pages.'), a title, or a "
                                      "sentence about LDN and a condition")


def _claim_shaped(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", text)
    return (len(words) >= 4 and len(_CLAIM_WORDS.findall(text)) >= 2
            and sum(len(w) for w in words) > 0.5 * len(text.replace(" ", "")))
