"""Parse MEDLINE text (PubMed's "Save -> PubMed format", .nbib) into Article records.

Bio.Medline does the tag/continuation-line parsing; this module maps its fields onto Article.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from Bio import Medline

from .models import AbstractSection, Article, Author, CommentCorrection, MeshHeading
from .pubmed_xml import (
    MAX_FIELD_CHARS,
    NCT_RE,
    YEAR_RE,
    ParseNotes,
    PubmedParseError,
    cap_fields,
    check_pmid,
    open_maybe_gzip,
)

# MEDLINE comment/correction tags -> the CommentsCorrections RefType used in PubMed XML.
_CC_TAGS = {
    "CIN": "CommentIn", "CON": "CommentOn", "EIN": "ErratumIn", "EFR": "ErratumFor",
    "RIN": "RetractionIn", "ROF": "RetractionOf", "ECI": "ExpressionOfConcernIn",
    "ECF": "ExpressionOfConcernFor", "UIN": "UpdateIn", "UOF": "UpdateOf",
    "RPI": "RepublishedIn", "RPF": "RepublishedFrom", "CRI": "CorrectedandRepublishedIn",
    "CRF": "CorrectedandRepublishedFrom", "RRI": "RetractedandRepublishedIn",
    "RRF": "RetractedandRepublishedFrom",
}
# Structured abstracts come as "BACKGROUND: ... METHODS: ..." in one AB field.
# A label starts the text or follows a sentence end (". ", "? ", "! ", or one closed by a quote or a
# bracket: '." ', '.) '); real labels reach 60+ characters ("PARTICIPANTS, SETTING, AND MAIN OUTCOME MEASURES").
_LABEL_RE = re.compile(r"(?:(?<=^)|(?<=[.?!] )|(?<=[.?!][\"'\u201d\u2019)\]] ))([A-Z][A-Z ,&/()-]{2,80}): ")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")  # zero-width characters hide a label from the regex
_PMID_IN_CC = re.compile(r"PMID:\s*(\d+)")


def _sections(ab: str) -> list[AbstractSection]:
    ab = re.sub(r"\s+", " ", _INVISIBLE.sub("", ab)).strip()
    if not ab:
        return []
    marks = list(_LABEL_RE.finditer(ab))
    if not marks or marks[0].start() != 0:
        return [AbstractSection(None, ab)]
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(ab)
        out.append(AbstractSection(m.group(1).strip(), ab[m.end():end].strip()))
    return out


def _ymd(value: str | None) -> str | None:
    """'2002/09/17 10:00' or '20041117' -> '2002-09-17'."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)[:8]
    if len(digits) < 8:
        return None
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def _one(rec: dict, key: str) -> str | None:
    v = rec.get(key)
    if isinstance(v, list):
        v = " ".join(v) if v else None
    return v.strip() if isinstance(v, str) and v.strip() else None


def record_to_article(rec: dict, notes: ParseNotes | None = None) -> Article:
    pmid = _one(rec, "PMID")
    if not pmid:
        raise PubmedParseError("MEDLINE record without a PMID line")
    check_pmid(pmid, f" {(_one(rec, 'TI') or '')[:60]!r}")
    fau = rec.get("FAU") or []
    au = rec.get("AU") or []
    authors = []
    for i, short in enumerate(au):
        full = fau[i] if i < len(fau) else ""
        last, _, fore = full.partition(", ")
        initials = short.rsplit(" ", 1)[1] if " " in short else None
        authors.append(Author(last_name=last or short.rsplit(" ", 1)[0], fore_name=fore or None,
                              initials=initials))
    for cn in rec.get("CN") or []:
        authors.append(Author(collective_name=cn))
    doi = None
    for aid in rec.get("AID") or []:
        if aid.endswith("[doi]"):
            doi = aid[: -len("[doi]")].strip()
            break
    mesh = [MeshHeading.parse(mh) for mh in rec.get("MH") or []]
    ccs = []
    for tag, ref_type in _CC_TAGS.items():
        for value in rec.get(tag) or []:
            m = _PMID_IN_CC.search(value)
            ccs.append(CommentCorrection(ref_type, m.group(1) if m else None,
                                         _PMID_IN_CC.sub("", value).strip() or None))
    dp = _one(rec, "DP")
    ym = YEAR_RE.search(dp or "")
    art = Article(
        pmid=pmid,
        title=_one(rec, "TI") or _one(rec, "BTI") or "",
        abstract_sections=_sections(_one(rec, "AB") or ""),
        journal=_one(rec, "JT"),
        journal_iso=_one(rec, "TA"),
        medline_ta=_one(rec, "TA"),
        issn=(rec.get("IS") or [None])[0].split(" ")[0] if rec.get("IS") else None,
        volume=_one(rec, "VI"),
        issue=_one(rec, "IP"),
        pages=_one(rec, "PG"),
        year=int(ym.group(1)) if ym else None,
        pub_date=dp,
        authors=authors,
        doi=doi,
        pmcid=_one(rec, "PMC"),
        publication_types=list(rec.get("PT") or []),
        mesh=mesh,
        keywords=list(rec.get("OT") or []),
        comments_corrections=ccs,
        languages=list(rec.get("LA") or []),
        entrez_date=_ymd(_one(rec, "EDAT")),
        revised_date=_ymd(_one(rec, "LR")),
        status=_one(rec, "STAT"),
        kind="book" if rec.get("BTI") and not rec.get("TA") else "article",
    )
    nct = [m for si in rec.get("SI") or [] for m in NCT_RE.findall(si)]
    art.nct_ids = list(dict.fromkeys(nct + NCT_RE.findall(art.abstract)))
    return cap_fields(art, notes)


def iter_medline(source: str | Path | bytes, notes: ParseNotes | None = None) -> Iterator[Article]:
    """Stream Articles from MEDLINE text (a file may be gzip-compressed). Raises PubmedParseError
    if no record is found, or for a record whose PMID is not a number."""
    if isinstance(source, bytes):
        handle: io.TextIOBase = io.StringIO(source.decode("utf-8", errors="replace"))
    else:
        handle = io.TextIOWrapper(open_maybe_gzip(source), encoding="utf-8-sig")
    n = 0
    lines = _Recorder(handle)
    with handle:
        try:
            for rec in Medline.parse(lines):
                raw, lines.seen = lines.seen, []
                if not rec:
                    continue
                if n == 0 and "PMID" not in rec:
                    break
                n += 1
                art = record_to_article(rec, notes)
                for author, affs in zip(art.authors, _affiliations(raw), strict=False):  # CN groups have no AU line
                    author.affiliations = [a[:MAX_FIELD_CHARS] for a in affs]
                    author.affiliation = affs[0][:MAX_FIELD_CHARS] if affs else None
                yield art
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise PubmedParseError(f"broken gzip file ({e or 'it ends too early'})") from None
        except UnicodeDecodeError:  # PubMed writes UTF-8: another encoding would be stored garbled
            assert not isinstance(source, bytes)  # bytes are decoded above, with replacement
            raise PubmedParseError(_not_utf8(source)) from None
    if n == 0:
        raise PubmedParseError("no MEDLINE records found (expected lines like 'PMID- 12345')")


def _not_utf8(source: str | Path) -> str:
    """Where a MEDLINE file stops being UTF-8: its line, the record it is in, the byte."""
    pmid = None
    with open_maybe_gzip(source) as f:
        for number, line in enumerate(f, 1):
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as e:
                record = f"in the record of PMID {pmid}" if pmid else "before the first PMID line"
                return (f"not UTF-8 text (byte 0x{line[e.start]:02x} on line {number}, {record}; Latin-1 or "
                        "Windows-1252?); save it as UTF-8, or export it from PubMed again")
            if text.startswith("PMID-"):
                pmid = text[5:].strip()
    return "not UTF-8 text; save it as UTF-8, or export it from PubMed again"


class _Recorder:
    """The lines of a handle, as Bio.Medline reads them, kept per record: Bio.Medline merges every
    author's AD lines into one list, so which affiliation belongs to whom is read from the lines."""

    def __init__(self, handle: Iterable[str]):
        self.handle = iter(handle)
        self.seen: list[str] = []

    def __iter__(self) -> _Recorder:
        return self

    def __next__(self) -> str:
        line = next(self.handle)
        self.seen.append(line)
        return line


def _affiliations(raw: list[str]) -> list[list[str]]:
    """Per author (in FAU/AU order) the AD values that follow it. An AD before any author (older
    records carry one, the first author's) goes to the first author."""
    out: list[list[str]] = []
    before: list[str] = []
    tag, last_tag = "", ""
    for line in raw:
        if line.startswith("      ") and tag == "AD":  # continuation of an AD line
            (out[-1] if out else before)[-1] += " " + line.strip()
            continue
        if len(line) < 5 or line[4] != "-":
            continue
        tag, value = line[:4].strip(), line[6:].strip()
        if tag == "FAU" or (tag == "AU" and last_tag != "FAU"):
            out.append([])
        elif tag == "AD" and value:
            (out[-1] if out else before).append(value)
        if tag in ("FAU", "AU", "AD", "AUID"):
            last_tag = tag if tag != "AU" or last_tag != "FAU" else "AU"
    if before and out and not out[0]:
        out[0] = before
    return out


def looks_like_medline(head: bytes) -> bool:
    """Sniff the first bytes of a file: MEDLINE text starts with a 'PMID- ' line."""
    return bool(re.search(rb"^PMID- ?\d", head.lstrip(b"\xef\xbb\xbf\r\n "), re.M))
