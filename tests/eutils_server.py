"""A loopback stand-in for NCBI E-utilities: a real HTTP server on 127.0.0.1 for the tests.

It speaks enough of the protocol for ldn-lit: esearch (XML or JSON; retstart/retmax with PubMed's 10,000-id
window; datetype with mindate/maxdate, inclusive days, applied only when both are given as the E-utilities
documentation requires; the history server: usehistory=y stores the result under a new query key, in the
WebEnv passed (appended, as NCBI does) or in a new one, and `#N` in the term or query_key=N combine an earlier
result of that WebEnv with AND; a term of `NCT…[si]` / `NCT…[tiab]` parts joined by OR is answered from the
records' DataBank accession numbers and title/abstract words; a term of field-tagged words ([ti] title words,
phrases and word*, [au]/[1au] authors, [dp] years, [doi], [pmc], [uid]) with AND/OR/NOT is evaluated on the
records' fields as PubMed does, and sort=relevance puts the records matching the most words first), efetch by
GET or POST (ids, or WebEnv + query_key), and ecitmatch (plain text). Faults are scripted per test: 429 with
NCBI's JSON body, 5xx, an <ERROR> or a truncated/HTML body inside a 200, slow or trickling replies, an esearch
whose Count disagrees with its IdList, or a permanent 429 storm. Records can be left out of efetch replies
(`omit`: short replies), served as <DeleteCitation> (`deleted`), or be poison (`poison()`: a non-numeric
date). Every request is logged with its time so tests can count and pace them.

All records it serves are SYNTHETIC test data built with make_article_xml().
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

XML_HEAD = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n')
RATE_LIMIT_BODY = '{"error":"API rate limit exceeded","api-key":"%s","count":"4","limit":"3"}\n'


def make_article_xml(
    pmid: str,
    title: str = "Synthetic test record",
    abstract: str | list[tuple[str | None, str]] = "This abstract is synthetic test data.",
    *,
    year: int = 2024,
    journal: str = "Journal of synthetic tests",
    journal_iso: str = "J Synth Tests",
    volume: str = "1",
    issue: str = "1",
    pages: str = "1-9",
    authors: list[tuple[str, str]] = (("Testperson", "A"),),
    pub_types: list[str] = ("Journal Article",),
    mesh: list[str] = (),
    doi: str | None = None,
    pmcid: str | None = None,
    revised: tuple[int, int, int] = (2025, 1, 1),
    entrez: tuple[int, int, int] | None = None,
    comments_corrections: list[tuple[str, str]] = (),
    databanks: list[tuple[str, list[str]]] = (),  # (DataBankName, accession numbers), e.g. registrations
) -> str:
    """A PubmedArticle element in real efetch format. Text is whatever the test passes: keep it
    obviously synthetic (fake PMIDs, placeholder names)."""
    sections = [(None, abstract)] if isinstance(abstract, str) else abstract
    abstract_xml = "".join(
        f'<AbstractText{f" Label={chr(34)}{escape(lbl)}{chr(34)}" if lbl else ""}>{escape(txt)}</AbstractText>'
        for lbl, txt in sections if txt)
    ey, em, ed = entrez or (year, 1, 1)
    ids = f'<ArticleId IdType="pubmed">{pmid}</ArticleId>'
    if doi:
        ids += f'<ArticleId IdType="doi">{escape(doi)}</ArticleId>'
    if pmcid:
        ids += f'<ArticleId IdType="pmc">{escape(pmcid)}</ArticleId>'
    cc = "".join(
        f'<CommentsCorrections RefType="{t}"><RefSource>Synthetic notice</RefSource><PMID Version="1">{p}</PMID>'
        "</CommentsCorrections>" for t, p in comments_corrections)
    return (
        f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>'
        f"<DateRevised><Year>{revised[0]}</Year><Month>{revised[1]:02d}</Month><Day>{revised[2]:02d}</Day></DateRevised>"
        '<Article PubModel="Print"><Journal><JournalIssue CitedMedium="Print">'
        f"<Volume>{escape(volume)}</Volume><Issue>{escape(issue)}</Issue><PubDate><Year>{year}</Year></PubDate>"
        f"</JournalIssue><Title>{escape(journal)}</Title><ISOAbbreviation>{escape(journal_iso)}</ISOAbbreviation>"
        f"</Journal><ArticleTitle>{escape(title)}</ArticleTitle><Pagination><MedlinePgn>{escape(pages)}"
        f"</MedlinePgn></Pagination>{f'<Abstract>{abstract_xml}</Abstract>' if abstract_xml else ''}"
        "<AuthorList>" + "".join(
            f"<Author ValidYN=\"Y\"><LastName>{escape(last)}</LastName><Initials>{escape(ini)}</Initials></Author>"
            for last, ini in authors) + "</AuthorList><Language>eng</Language>"
        + (("<DataBankList CompleteYN=\"Y\">" + "".join(
            f"<DataBank><DataBankName>{escape(name)}</DataBankName><AccessionNumberList>"
            + "".join(f"<AccessionNumber>{escape(n)}</AccessionNumber>" for n in numbers)
            + "</AccessionNumberList></DataBank>" for name, numbers in databanks) + "</DataBankList>")
           if databanks else "")
        + "<PublicationTypeList>"
        + "".join(f"<PublicationType>{escape(p)}</PublicationType>" for p in pub_types)
        + f"</PublicationTypeList></Article><MedlineJournalInfo><MedlineTA>{escape(journal_iso)}</MedlineTA>"
        "</MedlineJournalInfo>"
        + (("<MeshHeadingList>" + "".join(
            f'<MeshHeading><DescriptorName MajorTopicYN="N">{escape(m)}</DescriptorName></MeshHeading>'
            for m in mesh) + "</MeshHeadingList>") if mesh else "")
        + (f"<CommentsCorrectionsList>{cc}</CommentsCorrectionsList>" if cc else "")
        + f'</MedlineCitation><PubmedData><History><PubMedPubDate PubStatus="entrez"><Year>{ey}</Year>'
        f"<Month>{em}</Month><Day>{ed}</Day></PubMedPubDate></History><ArticleIdList>{ids}</ArticleIdList>"
        "</PubmedData></PubmedArticle>\n")


@dataclass
class Record:
    pmid: str
    xml: str
    edat: str  # YYYY/MM/DD
    mdat: str
    pdat: str
    # A search term matches this record when one of these occurs in its text (the term without its
    # `#N` history references), or when every AND-part of that text names the drug ("naltrexone"):
    # every record the stand-in serves is a naltrexone record, so the drug query alone finds them all.
    # A term made only of field-tagged words ([ti], [au], [1au], [dp], [doi], [pmc], [uid]) is instead
    # evaluated against the record's fields below, as PubMed does (see _Query).
    keys: set[str]
    title: str = "Synthetic test record"
    authors: tuple[tuple[str, str], ...] = (("Testperson", "A"),)
    year: int = 2024
    doi: str | None = None
    pmcid: str | None = None


@dataclass
class Fault:
    """What to do instead of answering one request."""

    kind: str  # "429", "500", "502", "503", "error_in_200", "json_error_in_200", "truncated", "html", "slow",
    # "body", "trickle" (the real reply, a byte every `seconds`), "count_mismatch" (esearch: true Count, no ids)
    retry_after: str | None = None
    seconds: float = 0.0  # for "slow" and "trickle"
    body: bytes = b""  # for "body": answer 200 with exactly these bytes (e.g. a real NCBI sample)
    release: threading.Event | None = None  # for "slow": answer as soon as the test sets it (at most `seconds`)


@dataclass
class Request:
    t: float
    method: str
    path: str
    params: dict[str, str]


@dataclass
class EutilsStandIn:
    records: dict[str, Record] = field(default_factory=dict)
    faults: deque = field(default_factory=deque)
    storm: bool = False  # every request answers 429
    requests: list[Request] = field(default_factory=list)
    histories: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (WebEnv, query_key) -> ids
    citations: dict[tuple[str, str, str, str], str] = field(default_factory=dict)  # (journal, year, volume, page)
    fault_paths: tuple[str, ...] = ()  # restrict scripted faults to these endpoints (empty: all)
    omit: dict[str, int] = field(default_factory=dict)  # pmid -> how many more efetch replies leave it out
    deleted: set[str] = field(default_factory=set)  # efetch answers these with <DeleteCitation>
    url: str = ""

    # ---- corpus ---------------------------------------------------------------------------------
    def add(self, pmid: str, *, keys: set[str] | list[str], edat: str = "2024/01/01", mdat: str | None = None,
            pdat: str | None = None, **article) -> Record:
        """Add (or replace, i.e. revise) a synthetic record; make_article_xml() takes **article."""
        fields = {k: article[k] for k in ("title", "year", "doi", "pmcid") if k in article}
        if "authors" in article:
            fields["authors"] = tuple(tuple(x) for x in article["authors"])
        rec = Record(str(pmid), make_article_xml(str(pmid), **article), edat, mdat or edat, pdat or edat,
                     set(keys), **fields)
        self.records[rec.pmid] = rec
        return rec

    def poison(self, pmid: str, year: str = "20x5") -> None:
        """Give a stored record a date whose year is not a number, as seen in real files."""
        rec = self.records[str(pmid)]
        rec.xml = re.sub(r"(<DateRevised><Year>)\d+(</Year>)", rf"\g<1>{year}\g<2>", rec.xml)

    def add_many_ids(self, n: int, key: str, start: int = 1, edat_span_days: int = 3650) -> None:
        """n cheap records (for window/date-splitting tests); their XML is minimal."""
        base = date(2010, 1, 1).toordinal()
        for i in range(n):
            d = date.fromordinal(base + (i * edat_span_days) // n).strftime("%Y/%m/%d")
            pmid = str(start + i)
            self.records[pmid] = Record(pmid, make_article_xml(pmid), d, d, d, {key})

    def search(self, term: str, datetype: str | None, mindate: str | None, maxdate: str | None,
               within: set[str] | None = None, sort: str | None = None) -> list[str]:
        """PMIDs matching `term` (its `#N` references already resolved into `within`), newest first, or with
        sort=relevance the records matching more of the term's words first (PubMed's Best Match puts the
        records that match the most query terms on top; ties newest first).
        mindate/maxdate limit by the `datetype` date (PubMed's default: pdat) only as a pair."""
        text = " AND ".join(p for p in _and_parts(term) if not _HISTORY_REF.fullmatch(p))
        registrations = _registration_terms(text)
        if registrations is not None:  # NCT…[si] OR NCT…[tiab]: answered from the records' fields, as PubMed does
            return sorted((r.pmid for r in self.records.values() if (within is None or r.pmid in within)
                           and _names_registration(r.xml, registrations)), key=int, reverse=True)
        drug_only = bool(text) and all("naltrexone" in p.lower() for p in _and_parts(text))
        query = _Query.parse(text)
        dated = bool(mindate and maxdate)
        hits: list[tuple[int, str]] = []
        for rec in self.records.values():
            if within is not None and rec.pmid not in within:
                continue
            score = 0
            if query is not None:
                score = query.score(rec)
                if not score:
                    continue
            elif text and not drug_only and not any(k in text for k in rec.keys):
                continue
            if dated:
                d = getattr(rec, (datetype or "pdat").lower(), rec.pdat)
                if not _norm(mindate) <= d <= _norm(maxdate, end=True):
                    continue
            hits.append((score, rec.pmid))
        newest = sorted(hits, key=lambda h: int(h[1]), reverse=True)  # PubMed's default order: newest first
        if sort == "relevance":
            newest.sort(key=lambda h: -h[0])
        return [p for _, p in newest]

    # ---- stats for tests --------------------------------------------------------------------------
    def count(self, endpoint: str | None = None) -> int:
        return sum(1 for r in self.requests if endpoint is None or r.path.endswith(endpoint))

    def max_per_second(self) -> int:
        """Most requests that arrived within any one-second window."""
        times = sorted(r.t for r in self.requests)
        best, j = 0, 0
        for i, t in enumerate(times):
            while times[j] < t - 1.0 + 1e-9:
                j += 1
            best = max(best, i - j + 1)
        return best


_HISTORY_REF = re.compile(r"\(?\s*#(\d+)\s*\)?")
_REGISTRATION = re.compile(r"\(?\s*(NCT\d{8})\[(si|tiab)\]\s*\)?", re.I)


def _registration_terms(text: str) -> list[tuple[str, str]] | None:
    """A term made only of `NCT…[si]` / `NCT…[tiab]` parts joined by OR, as (number, field); else None."""
    found = [_REGISTRATION.fullmatch(p.strip()) for p in re.split(r"\s+OR\s+", text.strip())]
    return [(m.group(1).lower(), m.group(2).lower()) for m in found if m] if found and all(found) else None


def _names_registration(xml: str, terms: list[tuple[str, str]]) -> bool:
    """[si]: a secondary source id (a DataBank accession number); [tiab]: a word of the title or abstract."""
    si = {x.lower() for x in re.findall(r"<AccessionNumber>([^<]+)</AccessionNumber>", xml)}
    text = " ".join(re.findall(r"<(?:ArticleTitle|AbstractText)[^>]*>([^<]*)<", xml)).lower()
    words = set(re.findall(r"[a-z0-9]+", text))
    return any(n in si if f == "si" else n in words for n, f in terms)


def _and_parts(term: str) -> list[str]:
    """The term split at its top-level ANDs (outside parentheses and quotes)."""
    parts, depth, quoted, start = [], 0, False, 0
    i = 0
    while i < len(term):
        ch = term[i]
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and term[i:i + 5] == " AND ":
            parts.append(term[start:i].strip())
            start = i = i + 5
            continue
        i += 1
    parts.append(term[start:].strip())
    return [p for p in parts if p]


_WORD = re.compile(r"[a-z0-9]+")
_ATOM = re.compile(r'\(|\)|\b(?:AND|OR|NOT)\b|"[^"]*"(?:\[\w+\])?'
                   r'|(?:(?!(?:AND|OR|NOT)\b)[^\s()"\[]+\s+)*[^\s()"\[]+\[\w+\]|[^\s()"]+')
_TAGGED = re.compile(r'^(?P<text>"[^"]*"|[^\[]+)\[(?P<tag>\w+)\]$')
FIELDS = ("ti", "au", "1au", "dp", "doi", "pmc", "pmcid", "uid", "pmid")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass
class _Query:
    """A term of field-tagged words, AND/OR/NOT and parentheses, evaluated on a record's fields.

    As PubMed reads them: word[ti] is a word of the title (word* any word it begins), "a phrase"[ti]
    (or a-hyphenated[ti]) those words in a row; "Surname AB"[au] an author (surname, optionally the
    initials' start), [1au] the first author; 2010[dp] or 2009:2011[dp] the publication year; [doi],
    [pmc], [uid] the identifiers. A bare word or another tag ([tiab], [mesh], [ta]...) is not modelled:
    such terms are matched by the records' `keys` instead."""

    op: str  # "and", "or", "not", "atom"
    parts: list[_Query] = field(default_factory=list)
    tag: str = ""
    text: str = ""

    @staticmethod
    def parse(term: str) -> _Query | None:
        tokens = _ATOM.findall(term)
        if not tokens:
            return None
        pos = 0

        def expr() -> _Query | None:
            nonlocal pos
            left = unit()
            while left is not None and pos < len(tokens) and tokens[pos] in ("AND", "OR", "NOT"):
                op = tokens[pos].lower()
                pos += 1
                right = unit()
                if right is None:
                    return None
                left = _Query(op, [left, right])
            return left

        def unit() -> _Query | None:
            nonlocal pos
            if pos >= len(tokens):
                return None
            tok = tokens[pos]
            pos += 1
            if tok == "(":
                inner = expr()
                if pos >= len(tokens) or tokens[pos] != ")":
                    return None
                pos += 1
                return inner
            m = _TAGGED.match(tok)
            if not m or m.group("tag").lower() not in FIELDS:
                return None
            return _Query("atom", tag=m.group("tag").lower(), text=m.group("text").strip('"'))

        q = expr()
        return q if q is not None and pos == len(tokens) else None

    def score(self, rec: Record) -> int:
        """How many of the term's words the record matches; 0 when the term as a whole does not match."""
        if self.op == "atom":
            return int(self._atom(rec))
        a, b = (p.score(rec) for p in self.parts)
        if self.op == "and":
            return a + b if a and b else 0
        if self.op == "or":
            return a + b
        return a if a and not b else 0  # NOT

    def _atom(self, rec: Record) -> bool:
        t = self.text
        if self.tag == "ti":
            title, want = _words(rec.title), _words(t)
            if t.endswith("*") and len(want) == 1:
                return any(w.startswith(want[0]) for w in title)
            return bool(want) and any(title[i:i + len(want)] == want for i in range(len(title)))
        if self.tag in ("au", "1au"):
            want = _words(t)
            names = rec.authors[:1] if self.tag == "1au" else rec.authors
            return bool(want) and any(
                _words(last) == want[:len(_words(last))] and
                (len(want) == len(_words(last)) or ini.lower().startswith(want[-1]))
                for last, ini in names)
        if self.tag == "dp":
            lo, _, hi = t.partition(":")
            return int(lo[:4]) <= rec.year <= int((hi or lo)[:4])
        if self.tag == "doi":
            return (rec.doi or "").lower() == t.lower()
        if self.tag in ("pmc", "pmcid"):
            return (rec.pmcid or "").upper() == t.upper()
        return rec.pmid == t  # uid, pmid


def _norm(d: str, end: bool = False) -> str:
    parts = re.split(r"[/-]", d)
    y = parts[0]
    m = parts[1] if len(parts) > 1 else ("12" if end else "01")
    dd = parts[2] if len(parts) > 2 else ("31" if end else "01")
    return f"{int(y):04d}/{int(m):02d}/{int(dd):02d}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._handle("GET", parse_qs(urlparse(self.path).query))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        params = parse_qs(urlparse(self.path).query)
        params.update(parse_qs(body, keep_blank_values=True))
        self._handle("POST", params)

    trickle = 0.0  # seconds between bytes of the next reply (a "trickle" fault)

    def _send(self, status: int, body: str | bytes, ctype: str = "text/xml", headers: dict | None = None) -> None:
        data = body.encode() if isinstance(body, str) else body
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.trickle:
                for i in range(len(data)):
                    self.wfile.write(data[i:i + 1])
                    self.wfile.flush()
                    time.sleep(self.trickle)
            else:
                self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _handle(self, method: str, raw: dict[str, list[str]]) -> None:
        st: EutilsStandIn = self.server.state
        path = urlparse(self.path).path
        params = {k: v[-1] for k, v in raw.items()}
        st.requests.append(Request(time.monotonic(), method, path, params))
        if st.storm:
            return self._send(429, RATE_LIMIT_BODY % params.get("api_key", ""), "application/json",
                              {"Retry-After": "0"})
        mismatch, self.trickle = False, 0.0
        if st.faults and (not st.fault_paths or any(path.endswith(p) for p in st.fault_paths)):
            fault = st.faults.popleft()
            if fault.kind == "trickle":
                self.trickle = fault.seconds
            elif fault.kind == "count_mismatch":
                mismatch = True
            elif fault.kind == "slow" and fault.release is not None:
                fault.release.wait(fault.seconds)
            elif fault.kind == "slow":
                time.sleep(fault.seconds)
            elif fault.kind == "429":
                return self._send(429, RATE_LIMIT_BODY % params.get("api_key", ""), "application/json",
                                  {"Retry-After": fault.retry_after} if fault.retry_after else None)
            elif fault.kind in ("500", "502", "503"):
                return self._send(int(fault.kind), "<html><body>Server error</body></html>", "text/html")
            elif fault.kind == "error_in_200":
                return self._send(200, '<?xml version="1.0"?><eSearchResult><ERROR>Invalid query syntax'
                                       "</ERROR></eSearchResult>")
            elif fault.kind == "json_error_in_200":
                return self._send(200, '{"error":"Search Backend failed: something went wrong"}', "application/json")
            elif fault.kind == "truncated":
                return self._send(200, XML_HEAD + "<PubmedArticle><MedlineCitation><PMID>1</PMID>")
            elif fault.kind == "body":
                return self._send(200, fault.body)
            elif fault.kind == "html":
                return self._send(200, "<!DOCTYPE html><html><body><h1>Temporarily unavailable</h1></body></html>",
                                  "text/html")
        if path.endswith("esearch.fcgi"):
            return self._esearch(st, params, mismatch)
        if path.endswith("efetch.fcgi"):
            return self._efetch(st, params)
        if path.endswith("ecitmatch.cgi"):
            return self._ecitmatch(st, params)
        self._send(404, "<html><body>Not found</body></html>", "text/html")

    def _esearch(self, st: EutilsStandIn, p: dict[str, str], mismatch: bool = False) -> None:
        if p.get("db") != "pubmed" or not p.get("term"):
            return self._send(200, '<?xml version="1.0"?><eSearchResult><ERROR>Empty term and query_key - '
                                   "nothing todo</ERROR></eSearchResult>")
        webenv = p.get("WebEnv") or ""
        # Earlier results of this WebEnv that the search is ANDed with: `#N` in the term, and query_key=N.
        keys = [m.group(1) for part in _and_parts(p["term"]) if (m := _HISTORY_REF.fullmatch(part))]
        keys += [p["query_key"]] if p.get("query_key") else []
        within: set[str] | None = None
        for k in keys:
            if (webenv, k) not in st.histories:
                return self._send(200, f'<?xml version="1.0"?><eSearchResult><ERROR>Unable to obtain query #{k}'
                                       "</ERROR></eSearchResult>")
            found = set(st.histories[(webenv, k)])
            within = found if within is None else within & found
        ids = st.search(p["term"], p.get("datetype"), p.get("mindate"), p.get("maxdate"), within, p.get("sort"))
        retstart, retmax = int(p.get("retstart", 0)), int(p.get("retmax", 20))
        if retstart + retmax > 10_000 and retstart > 0 or retmax > 10_000:
            msg = ("Search Backend failed: Exception: 'retstart' cannot be larger than 9998. For PubMed, "
                   "ESearch can only retrieve the first 9,999 records matching the query.")
            return self._send(200, f'<?xml version="1.0"?><eSearchResult><ERROR>{msg}</ERROR></eSearchResult>')
        window = ids[:10_000][retstart:retstart + retmax]
        if mismatch:  # PubMed under load: the true Count, an empty IdList
            window = []
        qk = ""
        if p.get("usehistory") == "y":  # stored under the next query key of the WebEnv passed, or of a new one
            if not webenv:
                webenv = f"MCID_{uuid.uuid4().hex[:24]}"
            qk = str(1 + sum(1 for env, _ in st.histories if env == webenv))
            st.histories[(webenv, qk)] = ids
        else:
            webenv = ""
        if p.get("retmode") == "json":
            return self._send(200, json.dumps({"header": {"type": "esearch", "version": "0.3"}, "esearchresult": {
                "count": str(len(ids)), "retmax": str(len(window)), "retstart": str(retstart),
                "querykey": qk, "webenv": webenv, "idlist": window, "translationset": [],
                "querytranslation": p["term"]}}), "application/json")
        hist = f"<QueryKey>{qk}</QueryKey><WebEnv>{webenv}</WebEnv>" if webenv else ""
        if not window:
            body = (f"<eSearchResult><Count>{len(ids)}</Count><RetMax>0</RetMax><RetStart>0</RetStart>{hist}<IdList/>"
                    f"<TranslationSet/><QueryTranslation>{escape(p['term'])}</QueryTranslation>"
                    + ("" if ids else "<WarningList><OutputMessage>No items found.</OutputMessage></WarningList>")
                    + "</eSearchResult>")
        else:
            body = (f"<eSearchResult><Count>{len(ids)}</Count><RetMax>{len(window)}</RetMax>"
                    f"<RetStart>{retstart}</RetStart>{hist}<IdList>\n"
                    + "".join(f"<Id>{i}</Id>\n" for i in window)
                    + f"</IdList><TranslationSet/><QueryTranslation>{escape(p['term'])}</QueryTranslation>"
                    "</eSearchResult>")
        self._send(200, '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD '
                        'esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
                   + body)

    def _efetch(self, st: EutilsStandIn, p: dict[str, str]) -> None:
        if "WebEnv" in p:
            ids = st.histories.get((p["WebEnv"], p.get("query_key", "1")))
            if ids is None:
                return self._send(200, '<?xml version="1.0"?><eFetchResult><ERROR>Unable to obtain query #1'
                                       "</ERROR></eFetchResult>")
            start, n = int(p.get("retstart", 0)), int(p.get("retmax", 20))
            ids = ids[start:start + n]
        else:
            ids = [i.strip() for i in p.get("id", "").split(",") if i.strip()]
        served = []
        for i in ids:
            if st.omit.get(i):
                st.omit[i] -= 1  # a short reply: this record left out
            elif i in st.deleted:
                served.append(f'<DeleteCitation><PMID Version="1">{i}</PMID></DeleteCitation>\n')
            elif i in st.records:
                served.append(st.records[i].xml)
        self._send(200, XML_HEAD + "".join(served) + "</PubmedArticleSet>\n")

    def _ecitmatch(self, st: EutilsStandIn, p: dict[str, str]) -> None:
        lines = []
        for q in re.split(r"[\r\n]+", p.get("bdata", "")):
            if not q.strip():
                continue
            f = (q.split("|") + [""] * 7)[:6]
            journal, year, volume, page = (x.strip().lower() for x in f[:4])
            pmid = st.citations.get((journal, year, volume, page), "NOT_FOUND")
            lines.append("|".join(f) + "|" + pmid)
        self._send(200, "\n".join(lines) + "\n", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: EutilsStandIn


def start(state: EutilsStandIn | None = None) -> tuple[EutilsStandIn, _Server]:
    state = state or EutilsStandIn()
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = state
    state.url = f"http://127.0.0.1:{server.server_address[1]}/entrez/eutils/"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    return state, server


def main() -> None:
    """Serve SYNTHETIC records that match the default queries, for trying `ldn-lit update` by hand:

        python tests/eutils_server.py [--port 8765] [--records 200]
        LDN_LIT_EUTILS_URL=http://127.0.0.1:8765/entrez/eutils/ ldn-lit update
    """
    import argparse
    from pathlib import Path

    from ldn_lit.config import load_config

    ap = argparse.ArgumentParser(description=main.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--records", type=int, default=200)
    args = ap.parse_args()
    cfg = load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml")
    state = EutilsStandIn()
    for i in range(args.records):
        cond = cfg.conditions[i % len(cfg.conditions)]
        state.add(str(990000000 + i), keys={cond.query[:40]},
                  title=f"Synthetic stand-in record {i}: low-dose naltrexone in {cond.label.lower()}",
                  abstract=[("METHODS", f"SYNTHETIC test data. Twenty adults with {cond.synonyms[0]} were randomized "
                                        "to naltrexone 4.5 mg or placebo."),
                            ("RESULTS", "Pain did not differ from placebo.")],
                  mesh=cond.mesh[:1], pub_types=["Randomized Controlled Trial"], year=2000 + i % 26,
                  edat=f"{2000 + i % 26}/01/01")
    server = _Server(("127.0.0.1", args.port), _Handler)
    server.state = state
    print(f"E-utilities stand-in with {args.records} synthetic records on "
          f"http://127.0.0.1:{args.port}/entrez/eutils/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
