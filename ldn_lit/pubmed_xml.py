"""Parse PubMed XML (efetch output, or a file saved from PubMed) into Article records.

Streams with ElementTree.iterparse and frees each record once parsed, so a large file never has
to fit in memory (Bio.Entrez.read builds the whole document; see benchmarks/parse_store.py).
"""

from __future__ import annotations

import dataclasses
import gzip
import html
import io
import re
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import LdnLitError
from .models import AbstractSection, Article, Author, CommentCorrection, MeshHeading

NCT_RE = re.compile(r"\bNCT\d{8}\b")
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WS_RE = re.compile(r"\s+")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
# "Cites" links are the reference list (often 100+ per record) and say nothing about the
# record's own status: they are not kept as links, only their PMIDs in Article.cited_pmids.
_SKIPPED_REF_TYPES = {"Cites"}


# A field longer than this is cut (with a warning): real abstracts stay under 10,000 characters, and a
# hostile 50 MB field would otherwise cost minutes and a gigabyte in tagging and full-text indexing.
MAX_FIELD_CHARS = 100_000
# Decompressed bytes: one record (the largest real PubMed records, thousands of authors, are a few MB)
# and one file (a PubMed baseline file is about 200 MB). Past either, reading stops: a gzip bomb (1 MB
# that inflates to 1 GB) is refused while streaming, before a field is ever whole in memory.
MAX_RECORD_BYTES = 32 * 2**20
MAX_FILE_BYTES = 2**30


class PubmedParseError(LdnLitError, ValueError):
    """The input is not (complete, well-formed) PubMed XML."""


@dataclass
class ParseNotes:
    """What a parse saw besides records: warnings naming the PMID (a malformed field stored as
    null, a field cut to MAX_FIELD_CHARS) and the PMIDs of <DeleteCitation> entries."""

    warnings: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def check_pmid(pmid: str, where: str = "") -> str:
    """A PMID is digits; anything else is a broken record, named in the error."""
    if not pmid.isdigit() or not pmid.isascii():
        raise PubmedParseError(f"record{where} has PMID {pmid[:40]!r}, which is not a number")
    return pmid


_ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article)]
_AUTHOR_FIELDS = [f.name for f in dataclasses.fields(Author)]


def cap_fields(art: Article, notes: ParseNotes | None) -> Article:
    """Cut every text field of `art` longer than MAX_FIELD_CHARS, with a warning naming the PMID."""
    def cut(name: str, value: str) -> str:
        if len(value) <= MAX_FIELD_CHARS:
            return value
        if notes is not None:
            notes.warnings.append(f"PMID {art.pmid}: {name} of {len(value):,} characters cut to "
                                  f"{MAX_FIELD_CHARS:,}")
        return value[:MAX_FIELD_CHARS]

    def too_long(v: object) -> bool:
        return isinstance(v, str) and len(v) > MAX_FIELD_CHARS

    for name in _ARTICLE_FIELDS:
        if too_long(v := getattr(art, name)):
            setattr(art, name, cut(name, v))
    for sec in art.abstract_sections:
        if len(sec.text) > MAX_FIELD_CHARS:
            sec.text = cut("abstract", sec.text)
        if sec.label and len(sec.label) > MAX_FIELD_CHARS:
            sec.label = cut("abstract label", sec.label)
    for au in art.authors:
        for name in _AUTHOR_FIELDS:
            if too_long(v := getattr(au, name)):
                setattr(au, name, cut(f"author {name}", v))
        if any(len(x) > MAX_FIELD_CHARS for x in au.affiliations):
            au.affiliations = [cut("author affiliation", x) for x in au.affiliations]
    return art


def read_head(path: str | Path, n: int = 4096) -> bytes:
    """The first n bytes of a file (decompressed when gzip), for sniffing its format."""
    try:
        with open_maybe_gzip(path) as f:
            return f.read(n)
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise PubmedParseError(f"broken gzip file ({e or 'it ends too early'})") from None


def open_maybe_gzip(path: str | Path) -> IO[bytes]:
    """The file, decompressed on the fly when it is gzip (PubMed's baseline files are .xml.gz), and
    capped (CappedReader)."""
    f = open(path, "rb")
    if f.peek(2)[:2] == b"\x1f\x8b":
        return capped(gzip.GzipFile(fileobj=f))
    return capped(f)


def capped(stream: IO[bytes] | gzip.GzipFile) -> IO[bytes]:
    return io.BufferedReader(CappedReader(stream))


class _Over(io.RawIOBase):
    """A readable byte stream over another, closed with it."""

    def __init__(self, inner: IO[bytes] | gzip.GzipFile):
        self.inner = inner

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.inner.close()
        super().close()


class CappedReader(_Over):
    """A (decompressed) byte stream that raises PubmedParseError past MAX_FILE_BYTES in all, or past
    MAX_RECORD_BYTES since the end of the last record (an XML record's end tag, or the next MEDLINE
    'PMID- ' line). Counted chunk by chunk as the parser reads, so nothing larger is ever held."""

    _ENDS = (b"</PubmedArticle>", b"</PubmedBookArticle>", b"</DeleteCitation>", b"\nPMID-")
    _CHUNK = 2**20

    def __init__(self, inner: IO[bytes] | gzip.GzipFile):
        super().__init__(inner)
        self.total = self.since = 0
        self.tail = b""

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(min(len(buffer), self._CHUNK))
        self.total += len(data)
        if self.total > MAX_FILE_BYTES:
            raise PubmedParseError(f"more than {MAX_FILE_BYTES:,} bytes once decompressed, far more than any "
                                   "PubMed export (a gzip bomb?); split the file into smaller ones")
        seen = self.tail + data
        end = -1
        for m in self._ENDS:  # each end marker searched only after the last one found (most chunks hold one)
            at = seen.rfind(m, end + 1)
            if at >= 0:
                end = at + len(m)
        self.since = len(seen) - end if end >= 0 else self.since + len(data)
        if self.since > MAX_RECORD_BYTES:
            raise PubmedParseError(
                f"a record (near decompressed byte {self.total - self.since:,}) is over "
                f"{MAX_RECORD_BYTES // 2**20} MB once decompressed, larger than any PubMed record "
                "(a gzip bomb or a broken file)")
        self.tail = seen[-32:]
        buffer[:len(data)] = data
        return len(data)


class ReferenceLists(_Over):
    """The XML stream with each <ReferenceList> (with what it nests) cut to one empty element that carries its
    cited PMIDs, before ElementTree builds it: the citations and their id lists are half the elements of a real
    record, and nothing but these PMIDs is read from them. Line numbers stay as they were (the list's line
    breaks are kept), so a parse error still names its line. A list not closed within its record is left as
    it is, for the parser to judge (a truncated file stays an error)."""

    _OPEN, _CLOSE = b"<ReferenceList", b"</ReferenceList>"
    _PMID = re.compile(rb"<ArticleId\s+IdType\s*=\s*[\"']pubmed[\"']\s*>([^<]*)</ArticleId\s*>")
    _READ = 2**16

    def __init__(self, inner: IO[bytes]):
        super().__init__(inner)
        self.out, self.at = b"", 0  # filtered bytes not yet read, and how many of them were
        self.pending = b""  # read from `inner`, not yet filtered (may end inside a list)
        self.eof = False

    def readinto(self, buffer: Any) -> int:
        while self.at == len(self.out) and not (self.eof and not self.pending):
            self._fill()
        n = min(len(buffer), len(self.out) - self.at)
        buffer[:n] = memoryview(self.out)[self.at:self.at + n]
        self.at += n
        return n

    def _fill(self) -> None:
        data = self.inner.read(self._READ)
        buf = self.pending + data
        if not data:
            self.eof, self.out, self.at, self.pending = True, buf, 0, b""
            return
        out, pos = [], 0
        while True:
            i = buf.find(self._OPEN, pos)
            if i < 0:  # keep a tail that may be the start of "<ReferenceList"
                keep = max(pos, len(buf) - len(self._OPEN) + 1)
                out.append(buf[pos:keep])
                self.pending = buf[keep:]
                break
            end = self._end(buf, i)
            if end == 0:  # not whole yet: read on
                out.append(buf[pos:i])
                self.pending = buf[i:]
                break
            out.append(buf[pos:i])
            if end < 0:  # no list to cut (<ReferenceListX>, <ReferenceList/>, or open at the record's end)
                out.append(buf[i:i + len(self._OPEN)])
                pos = i + len(self._OPEN)
                continue
            span = buf[i:end]
            pmids = b" ".join(p for p in (m.strip() for m in self._PMID.findall(span)) if p.isdigit())
            out.append(b'<ReferenceList ldn-lit-pmids="%s">%s</ReferenceList>' % (pmids, b"\n" * span.count(b"\n")))
            pos = end
        self.out, self.at = b"".join(out), 0

    def _end(self, buf: bytes, i: int) -> int:
        """Where the list opening at i ends (after its end tag); 0: not in `buf` yet; -1: nothing to cut.
        (bytes.find throughout: a regex would try a match at every '<' of the list.)"""
        gt = buf.find(b">", i)
        if gt < 0:
            return 0
        if buf[i + len(self._OPEN):gt].strip():
            return -1  # <ReferenceListX>, <ReferenceList/> or attributes: left to the parser
        stop = buf.find(b"</PubmedData>", gt)
        if stop < 0:
            stop = buf.find(b"</PubmedBookData>", gt)
        end = len(buf) if stop < 0 else stop
        depth, pos = 1, gt + 1
        while depth:
            close = buf.find(self._CLOSE, pos, end)
            if close < 0:
                return 0 if stop < 0 else -1
            nested = buf.find(self._OPEN, pos, close)
            if nested >= 0 and buf[nested + len(self._OPEN):nested + len(self._OPEN) + 1] in (b">", b" ", b"\n"):
                depth, pos = depth + 1, nested + len(self._OPEN)
            else:
                depth, pos = depth - 1, close + len(self._CLOSE)
        return pos


def text_of(el: ET.Element | None) -> str:
    """All text inside an element, inline markup (<i>, <sup>, MathML) flattened, whitespace folded.

    PubMed double-escapes some characters ('&amp;lt;'), so one more HTML unescape is applied.
    """
    if el is None:
        return ""
    t = (el.text or "") if len(el) == 0 else "".join(el.itertext())
    if "  " in t or "\n" in t or "\t" in t:
        t = _WS_RE.sub(" ", t)
    t = t.strip()
    return html.unescape(t) if "&" in t else t


def _grandchildren(el: ET.Element, child: str, tag: str) -> list[ET.Element]:
    """el.findall("child/tag") without ElementPath: plain tag lookups run in C, paths in Python."""
    return [g for c in el.findall(child) for g in c.findall(tag)]


def _grandchild_text(el: ET.Element, child: str, tag: str) -> str | None:
    """el.findtext("child/tag"), the same way."""
    c = el.find(child)
    return None if c is None else c.findtext(tag)


def _date(el: ET.Element | None, pmid: str = "?", notes: ParseNotes | None = None) -> str | None:
    """YYYY-MM-DD; a date whose year is not a number is null, with a warning (one bad field must
    not lose the record)."""
    if el is None:
        return None
    y = (el.findtext("Year") or "").strip()
    if not y:
        return None
    if not (y.isdigit() and y.isascii() and len(y) == 4):
        if notes is not None:
            notes.warnings.append(f"PMID {pmid}: <{el.tag}> has year {y[:20]!r}, not a number; stored as null")
        return None
    m = (el.findtext("Month") or "1").strip()
    month = int(m) if m.isdigit() and m.isascii() and 1 <= int(m) <= 12 else _MONTHS.get(m[:3].lower(), 1)
    d = (el.findtext("Day") or "1").strip()
    day = int(d) if d.isdigit() and d.isascii() and 1 <= int(d) <= 31 else 1
    return f"{int(y):04d}-{month:02d}-{day:02d}"


def _pub_year_and_date(pubdate: ET.Element | None) -> tuple[int | None, str | None]:
    if pubdate is None:
        return None, None
    year = pubdate.findtext("Year")
    if year and year.strip().isdigit():
        parts = [year.strip()] + [
            (pubdate.findtext(k) or "").strip() for k in ("Season", "Month", "Day")
        ]
        return int(year), " ".join(p for p in parts if p)
    medline = (pubdate.findtext("MedlineDate") or "").strip()
    m = YEAR_RE.search(medline)
    return (int(m.group(1)) if m else None), (medline or None)


def _authors(author_list: ET.Element | None) -> list[Author]:
    """One pass over each author's children (ElementPath lookups per field cost a third of parsing)."""
    out: list[Author] = []
    if author_list is None:
        return out
    for a in author_list:
        if a.tag != "Author" or a.get("ValidYN", "Y") != "Y":
            continue
        f = {c.tag: c for c in a}  # one of each tag, except AffiliationInfo, which repeats
        affiliations = [t for t in (text_of(c.find("Affiliation")) for c in a if c.tag == "AffiliationInfo") if t]
        out.append(
            Author(
                last_name=_own_text(f.get("LastName")),
                fore_name=_own_text(f.get("ForeName")),
                initials=_own_text(f.get("Initials")),
                collective_name=text_of(f.get("CollectiveName")) or None,
                affiliation=affiliations[0] if affiliations else None,
                affiliations=affiliations,
            )
        )
    return out


def _own_text(el: ET.Element | None) -> str | None:
    """Like Element.findtext: None when the element is missing, "" when it is empty."""
    return None if el is None else (el.text or "")


def _abstract(abstract: ET.Element | None) -> list[AbstractSection]:
    if abstract is None:
        return []
    sections = []
    for at in abstract.findall("AbstractText"):
        text = text_of(at)
        if text:
            sections.append(AbstractSection(label=at.get("Label") or None, text=text,
                                            category=at.get("NlmCategory") or None))
    return sections


def _article_ids(id_list: ET.Element | None) -> dict[str, str]:
    ids: dict[str, str] = {}
    if id_list is not None:
        for aid in id_list.findall("ArticleId"):
            kind = aid.get("IdType", "")
            if kind and aid.text and kind not in ids:
                ids[kind] = aid.text.strip()
    return ids


def _history_date(history: ET.Element | None, status: str, pmid: str = "?",
                  notes: ParseNotes | None = None) -> str | None:
    if history is None:
        return None
    for d in history.findall("PubMedPubDate"):
        if d.get("PubStatus") == status:
            return _date(d, pmid, notes)
    return None


def _nct_ids(art: Article, databanks: ET.Element | None) -> list[str]:
    found: list[str] = []
    if databanks is not None:
        for bank in databanks.findall("DataBank"):
            if (bank.findtext("DataBankName") or "").strip().lower() == "clinicaltrials.gov":
                found += [a.text.strip() for a in bank.iter("AccessionNumber") if a.text]
    found += NCT_RE.findall(art.abstract)
    return list(dict.fromkeys(found))


def _cited_pmids(data: ET.Element | None, comments: list[ET.Element]) -> list[str]:
    """The PMIDs of PubmedData/ReferenceList (nested lists too), then those of "Cites" links not listed
    there; each once, in order; an id that is not a number is left out (one broken reference must not
    lose the record)."""
    found: list[str] = []
    for rl in data.findall("ReferenceList") if data is not None else []:
        if (cut := rl.get("ldn-lit-pmids")) is not None:  # cut by ReferenceLists before parsing
            found += cut.split()
            continue
        for ref in rl.iter("Reference"):
            found += [(aid.text or "").strip() for ids in ref.findall("ArticleIdList")
                      for aid in ids.findall("ArticleId") if aid.get("IdType") == "pubmed"]
    found += [(cc.findtext("PMID") or "").strip() for cc in comments if cc.get("RefType") == "Cites"]
    return [p for p in dict.fromkeys(found) if p.isdigit() and p.isascii()]


def _version(pmid_el: ET.Element | None) -> int:
    v = (pmid_el.get("Version") or "1").strip() if pmid_el is not None else "1"
    return int(v) if v.isdigit() and v.isascii() else 1


def parse_pubmed_article(el: ET.Element, notes: ParseNotes | None = None) -> Article:
    """One <PubmedArticle> element -> Article."""
    mc = el.find("MedlineCitation")
    if mc is None:
        raise PubmedParseError("PubmedArticle without MedlineCitation")
    pmid_el = mc.find("PMID")
    pmid = (pmid_el.text or "").strip() if pmid_el is not None else ""
    if not pmid:
        raise PubmedParseError("PubmedArticle without PMID")
    check_pmid(pmid)
    a = mc.find("Article")
    if a is None:
        a = ET.Element("Article")
    journal = a.find("Journal")
    ji = journal.find("JournalIssue") if journal is not None else None
    year, pub_date = _pub_year_and_date(ji.find("PubDate") if ji is not None else None)
    if year is None:  # fall back to the electronic publication date
        d = _date(a.find("ArticleDate"), pmid, notes)
        year = int(d[:4]) if d else None
    pd = el.find("PubmedData")
    ids = _article_ids(pd.find("ArticleIdList") if pd is not None else None)
    doi = ids.get("doi")
    if not doi:
        for loc in a.findall("ELocationID"):
            if loc.get("EIdType") == "doi" and loc.text:
                doi = loc.text.strip()
                break
    pages = (_grandchild_text(a, "Pagination", "MedlinePgn") or "").strip() or None
    if not pages:
        sp, ep = _grandchild_text(a, "Pagination", "StartPage"), _grandchild_text(a, "Pagination", "EndPage")
        pages = "-".join(p.strip() for p in (sp, ep) if p) or None
    history = pd.find("History") if pd is not None else None

    comments = _grandchildren(mc, "CommentsCorrectionsList", "CommentsCorrections")
    mesh = []
    for mh in _grandchildren(mc, "MeshHeadingList", "MeshHeading"):
        desc = mh.find("DescriptorName")
        if desc is None or not desc.text:
            continue
        quals = mh.findall("QualifierName")
        mesh.append(
            MeshHeading(
                descriptor=text_of(desc),
                ui=desc.get("UI"),
                major_topic=desc.get("MajorTopicYN") == "Y"
                or any(q.get("MajorTopicYN") == "Y" for q in quals),
                qualifiers=[text_of(q) for q in quals],
            )
        )

    art = Article(
        pmid=pmid,
        title=text_of(a.find("ArticleTitle")) or text_of(a.find("VernacularTitle")),
        abstract_sections=_abstract(a.find("Abstract")),
        journal=text_of(journal.find("Title")) if journal is not None else None,
        journal_iso=(journal.findtext("ISOAbbreviation") if journal is not None else None),
        medline_ta=_grandchild_text(mc, "MedlineJournalInfo", "MedlineTA"),
        issn=(journal.findtext("ISSN") if journal is not None else None),
        volume=(ji.findtext("Volume") if ji is not None else None),
        issue=(ji.findtext("Issue") if ji is not None else None),
        pages=pages,
        year=year,
        pub_date=pub_date,
        authors=_authors(a.find("AuthorList")),
        doi=doi,
        pmcid=ids.get("pmc"),
        publication_types=[text_of(p) for p in _grandchildren(a, "PublicationTypeList", "PublicationType")],
        mesh=mesh,
        keywords=[k for k in (text_of(k) for k in _grandchildren(mc, "KeywordList", "Keyword")) if k],
        comments_corrections=[
            CommentCorrection(
                ref_type=cc.get("RefType", ""),
                pmid=(cc.findtext("PMID") or "").strip() or None,
                ref_source=text_of(cc.find("RefSource")) or None,
            )
            for cc in comments
            if cc.get("RefType") not in _SKIPPED_REF_TYPES
        ],
        languages=[lang.text.strip() for lang in a.findall("Language") if lang.text],
        entrez_date=(_history_date(history, "entrez", pmid, notes)
                     or _history_date(history, "pubmed", pmid, notes)),
        revised_date=_date(mc.find("DateRevised"), pmid, notes),
        status=mc.get("Status"),
        kind="article",
        version=_version(pmid_el),
        cited_pmids=_cited_pmids(pd, comments),
    )
    art.nct_ids = _nct_ids(art, a.find("DataBankList"))
    return cap_fields(art, notes)


def parse_book_article(el: ET.Element, notes: ParseNotes | None = None) -> Article:
    """One <PubmedBookArticle> (e.g. a GeneReviews or StatPearls chapter) -> Article."""
    bd = el.find("BookDocument")
    if bd is None:
        raise PubmedParseError("PubmedBookArticle without BookDocument")
    pmid_el = bd.find("PMID")
    pmid = (pmid_el.text or "").strip() if pmid_el is not None else ""
    if not pmid:
        raise PubmedParseError("PubmedBookArticle without PMID")
    check_pmid(pmid)
    book = bd.find("Book")
    year, pub_date = _pub_year_and_date(book.find("PubDate") if book is not None else None)
    pbd = el.find("PubmedBookData")
    ids = _article_ids(pbd.find("ArticleIdList") if pbd is not None else None)
    ids.update({k: v for k, v in _article_ids(bd.find("ArticleIdList")).items() if k not in ids})
    book_title = text_of(book.find("BookTitle")) if book is not None else ""
    author_lists = bd.findall("AuthorList") or (book.findall("AuthorList") if book is not None else [])
    history = pbd.find("History") if pbd is not None else None
    art = Article(
        pmid=pmid,
        title=text_of(bd.find("ArticleTitle")) or book_title,
        abstract_sections=_abstract(bd.find("Abstract")),
        journal=book_title or None,
        journal_iso=None,
        medline_ta=None,
        year=year,
        pub_date=pub_date,
        authors=_authors(author_lists[0]) if author_lists else [],
        doi=ids.get("doi"),
        pmcid=ids.get("pmc"),
        publication_types=[text_of(p) for p in bd.findall("PublicationType")],
        keywords=[k for k in (text_of(k) for k in _grandchildren(bd, "KeywordList", "Keyword")) if k],
        languages=[lang.text.strip() for lang in bd.findall("Language") if lang.text],
        entrez_date=(_history_date(history, "entrez", pmid, notes)
                     or _history_date(history, "pubmed", pmid, notes)),
        revised_date=_date(bd.find("DateRevised"), pmid, notes),
        status="Book",
        kind="book",
        version=_version(pmid_el),
        cited_pmids=_cited_pmids(pbd, []),
    )
    art.nct_ids = _nct_ids(art, None)
    return cap_fields(art, notes)


def iter_articles(source: bytes | str | Path | IO[bytes], notes: ParseNotes | None = None) -> Iterator[Article]:
    """Stream Articles out of a PubmedArticleSet (a file may be gzip-compressed).

    Raises PubmedParseError for malformed or truncated XML, for a document that is not a
    PubmedArticleSet (an HTML error page, an eSearchResult), and for a record without a PMID or
    with one that is not a number. Warnings and <DeleteCitation> PMIDs go to `notes`.
    """
    if isinstance(source, bytes):
        body = io.BytesIO(source)
        source = capped(gzip.GzipFile(fileobj=body) if source[:2] == b"\x1f\x8b" else body)
    elif isinstance(source, (str, Path)):
        with open_maybe_gzip(source) as f:
            yield from iter_articles(f, notes)
        return
    context = ET.iterparse(io.BufferedReader(ReferenceLists(source)), events=("end",))
    seen_any, last = False, None
    try:
        for _, el in context:
            seen_any, last = True, el
            tag = el.tag
            if tag == "PubmedArticle":
                yield parse_pubmed_article(el, notes)
                el.clear()
            elif tag == "PubmedBookArticle":
                yield parse_book_article(el, notes)
                el.clear()
            elif tag == "DeleteCitation":
                ids = [check_pmid((p.text or "").strip(), " in DeleteCitation") for p in el.findall("PMID")]
                if notes is not None:
                    notes.deleted += ids
                el.clear()
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise PubmedParseError(f"broken gzip file ({e or 'it ends too early'})") from None
    except ET.ParseError as e:
        line, col = e.position
        if not seen_any and (line, col) == (1, 0):  # nothing read: an empty file, or text that is not XML
            raise PubmedParseError("empty document or not XML: no PubmedArticleSet found") from None
        raise PubmedParseError(f"malformed or truncated XML at line {line}, column {col} ({e})") from None
    root_tag = last.tag if last is not None else None  # the root element ends last
    if root_tag not in ("PubmedArticleSet", "PubmedBookArticleSet"):
        raise PubmedParseError(f"expected PubMed XML (<PubmedArticleSet>), found <{root_tag}>")


class Unsliced(Exception):
    """record_slices cannot cut this file into records with certainty, or a record it cut does not parse: the file is
    parsed whole (iter_articles), which tells what is wrong as it always has."""


_RECORD_TAGS = {b"<PubmedArticle>": b"</PubmedArticle>", b"<PubmedBookArticle>": b"</PubmedBookArticle>"}
_SLICE_READ = 2**20


def record_slices(stream: IO[bytes], notes: ParseNotes) -> Iterator[bytes]:
    """The <PubmedArticle> and <PubmedBookArticle> elements of a PubmedArticleSet as the bytes of each, cut by byte
    search and parsed where they are tagged (parse_record: a tagging worker parses its own records). What lies
    between them (the root, <DeleteCitation>s, whose PMIDs go to `notes`) is parsed here as iter_articles parses it.

    Raises Unsliced whenever the records parsed one by one might not be what iter_articles makes of the whole file: a
    file that is not UTF-8, comments, CDATA, processing instructions or a DTD subset between records, a record tag
    with attributes or inside another, a broken or unfinished document, or one whose root is not a PubMed set (and
    parse_record when a record does not parse alone). The caller then parses the file whole, in one transaction
    with what it stored from here, so the outcome and every error message are iter_articles'."""
    try:
        yield from _slices(stream, _Between(notes))
    except (PubmedParseError, ET.ParseError, EOFError, gzip.BadGzipFile, zlib.error):
        raise Unsliced from None


# What may lie between records (record_slices), each byte of it: text and whole tags, whose attribute values hold no
# '<' (XML allows none); before the first record also the XML declaration, comments and a DOCTYPE without a subset.
# A record can then start only in content, never inside markup, and anything else (a comment, CDATA or a processing
# instruction between records) is parsed whole. One character or one tag at a time: no nested repeats to backtrack.
_TAG = rb"</?[A-Za-z_][\w.:-]*(?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))*\s*/?>"
_BETWEEN = re.compile(rb"(?:[^<]|" + _TAG + rb")*")
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?xml(?P<decl>[^<>?]*)\?>)?"
                     rb"(?:\s|<!--(?:[^-]|-(?!-))*-->|<!DOCTYPE[^<>\[\]]*>)*(?:[^<]|" + _TAG + rb")*")
_ENCODING = re.compile(rb"encoding\s*=\s*[\"']([^\"']*)")


class _Between:
    """What lies between the records (record_slices): checked (_PROLOG, _BETWEEN), then parsed as iter_articles
    parses it."""

    def __init__(self, notes: ParseNotes):
        self.parser: Any = ET.XMLPullParser(events=("end",))
        self.notes, self.pending, self.first, self.last = notes, [b""], True, ""

    def add(self, piece: bytes) -> None:
        self.pending.append(piece)

    def flush(self) -> None:
        """Check and parse what was added since the last record."""
        text = b"".join(self.pending)
        self.pending = []
        if self.first:
            self.first = False
            m = _PROLOG.fullmatch(text)
            encoding = m and m.group("decl") is not None and _ENCODING.search(m.group("decl"))
            if not m or (encoding and encoding.group(1).lower() not in (b"utf-8", b"utf8")):
                raise Unsliced  # the records are parsed without the declaration: only UTF-8 is cut
        elif not _BETWEEN.fullmatch(text):
            raise Unsliced
        self.parser.feed(text)
        self._read()

    def _read(self) -> None:
        for _, el in self.parser.read_events():
            self.last = el.tag
            if el.tag in ("PubmedArticle", "PubmedBookArticle"):
                raise Unsliced
            if el.tag == "DeleteCitation":
                self.notes.deleted += [check_pmid((p.text or "").strip(), " in DeleteCitation")
                                       for p in el.findall("PMID")]
                el.clear()

    def close(self) -> None:
        self.flush()
        self.parser.close()
        self._read()
        if self.last not in ("PubmedArticleSet", "PubmedBookArticleSet"):
            raise Unsliced


def _slices(stream: IO[bytes], between: _Between) -> Iterator[bytes]:
    longest = max(map(len, _RECORD_TAGS))
    buf, pos, at, eof = b"", 0, 0, False
    while True:
        i = buf.find(b"<Pubmed", at)
        whole = i >= 0 and (eof or len(buf) - i >= longest)
        open_tag = next((t for t in _RECORD_TAGS if buf.startswith(t, i)), None) if whole else None
        if whole and open_tag is None:  # <PubmedArticleSet>, <PubmedData>...: not a record
            at = i + 1
            continue
        if open_tag is not None:
            end = buf.find(_RECORD_TAGS[open_tag], i)
            if end >= 0:
                between.add(buf[pos:i])
                between.flush()
                end += len(_RECORD_TAGS[open_tag])
                record = buf[i:end]
                if record.find(b"<PubmedArticle", 1) >= 0 or record.find(b"<PubmedBookArticle", 1) >= 0:
                    raise Unsliced
                pos = at = end
                yield record
                continue
            if eof:
                raise Unsliced  # a record not closed
        if eof:
            between.add(buf[pos:])
            between.close()
            return
        keep = i if i >= 0 else max(pos, len(buf) - longest)  # from a record's start, or what may begin one
        between.add(buf[pos:keep])
        data = stream.read(_SLICE_READ)
        buf, pos, at, eof = buf[keep:] + data, 0, 0, not data


def parse_record(data: bytes, notes: ParseNotes | None = None) -> Article:
    """One record cut by record_slices -> Article, as iter_articles makes it in its file (its reference lists cut by
    ReferenceLists the same way). Raises Unsliced when it does not parse alone."""
    cut = ReferenceLists(io.BytesIO(data))
    parser = ET.XMLParser()
    try:
        while chunk := cut.read(len(data) + 1):
            parser.feed(chunk)
        el = parser.close()
        return parse_pubmed_article(el, notes) if el.tag == "PubmedArticle" else parse_book_article(el, notes)
    except (ET.ParseError, PubmedParseError):
        raise Unsliced from None


def parse_articles(source: bytes | str | Path | IO[bytes]) -> list[Article]:
    return list(iter_articles(source))
