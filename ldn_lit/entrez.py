"""NCBI E-utilities client (esearch, efetch, ecitmatch) over httpx.

Built for the real service and its rules: `tool`/`email` on every call, at most 3 requests/s
without an API key and 10 with one (one limiter for the whole client), retries with backoff on
429/5xx/timeouts/dropped connections, and an error inside an HTTP 200 body (`<ERROR>`, a JSON
"error", a truncated or HTML page) treated as a failure, never as "0 results".
"""

from __future__ import annotations

import json
import math
import os
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import httpx

from .citation import Reference
from .config import EntrezSettings
from .errors import EntrezError
from .models import Article
from .polite import PoliteClient, Retry
from .polite import short as _short
from .pubmed_xml import ParseNotes, iter_articles

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
ESEARCH_WINDOW = 10_000  # PubMed's esearch returns at most the first 10,000 ids of a search
EFETCH_MAX_BATCH = 5_000  # records per efetch POST: few requests, bounded memory and transaction size
_LONG_QUERY = 1_500  # characters of parameters past which a request is sent as POST


_DNS_FAILURE = re.compile(r"Name or service not known|nodename nor servname|name resolution|getaddrinfo",
                          re.I)


def check_base_url(url: str) -> None:
    """A malformed or non-HTTP LDN_LIT_EUTILS_URL is a configuration error, said at once."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as e:
        raise EntrezError(f"LDN_LIT_EUTILS_URL {url!r} is not a valid URL ({e}); "
                          f"unset it to use {DEFAULT_BASE_URL}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise EntrezError(f"LDN_LIT_EUTILS_URL {url!r} is not an http(s) URL with a host; "
                          f"unset it to use {DEFAULT_BASE_URL}")


@dataclass
class SearchResult:
    count: int
    ids: list[str] = field(default_factory=list)
    webenv: str | None = None
    query_key: str | None = None
    query_translation: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class FetchedBatch:
    asked: list[str]
    articles: list[Article]
    missing: list[str]  # asked for, and neither returned nor deleted, after the retries


def _sleep(seconds: float) -> None:  # module level so that tests inject zero delays (tests/conftest.py)
    time.sleep(seconds)


def redact(text: str, secret: str | None) -> str:
    text = re.sub(r"(api_key=)[^&\s'\"]+", r"\1***", text)
    return text.replace(secret, "***") if secret else text


class EntrezClient(PoliteClient):
    rate_limited = "NCBI rate limit exceeded"
    server_error = "E-utilities server error"

    def __init__(
        self,
        settings: EntrezSettings,
        base_url: str | None = None,
        *,
        timeout: float = 30.0,
        deadline: float = 300.0,
        max_retries: int = 5,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        sleep: Callable[[float], None] | None = None,
    ):
        self.settings = settings
        base = base_url or os.environ.get("LDN_LIT_EUTILS_URL") or DEFAULT_BASE_URL
        check_base_url(base)
        super().__init__(base if base.endswith("/") else base + "/", per_second=10 if settings.api_key else 3,
                         timeout=timeout, max_retries=max_retries, backoff=backoff, max_backoff=max_backoff,
                         sleep=sleep or (lambda s: _sleep(s)), deadline=deadline)

    # ---- transport ---------------------------------------------------------------------------
    def _params(self, params: Mapping[str, str | None]) -> dict[str, str]:
        p = {"tool": self.settings.tool or "ldn-lit"}
        if self.settings.email:
            p["email"] = self.settings.email
        if self.settings.api_key:
            p["api_key"] = self.settings.api_key
        p.update({k: v for k, v in params.items() if v is not None})
        return p

    def _fail(self, message: str) -> EntrezError:
        return EntrezError(redact(message, self.settings.api_key))

    def request(self, endpoint: str, params: Mapping[str, str | None], *, post: bool | None = None,
                validate: Callable[[bytes], object] | None = None) -> httpx.Response:
        """One E-utilities call, rate-limited and retried; returns a 2xx response.

        Retried: 429, 5xx, timeouts (per read, and `deadline` for the whole reply), dropped
        connections, and a 200 reply that `validate` rejects with Retry. Not retried: a host
        that does not resolve, a 4xx, an error message inside a 200 reply.
        """
        url = self.base_url + endpoint
        sent = self._params(params)
        if post is None:
            post = sum(len(k) + len(str(v)) + 2 for k, v in sent.items()) > _LONG_QUERY

        def accept(resp: httpx.Response) -> httpx.Response:
            if resp.status_code >= 400:
                raise self._fail(
                    f"E-utilities refused {endpoint} (HTTP {resp.status_code}): {_short(resp.text)}; "
                    "check LDN_LIT_EUTILS_URL and the query")
            if validate is not None:
                validate(resp.content)
            return resp

        return self.politely(lambda: self._send(url, sent, post), accept)

    def give_up(self, problem: str, tries: int) -> EntrezError:
        if "429" not in problem:
            hint = "check the network and LDN_LIT_EUTILS_URL, then run again"
        elif self.settings.api_key:
            hint = "wait a minute and run again (NCBI_API_KEY is set: 10 requests/s is the most NCBI allows)"
        else:
            hint = "wait a minute, or set NCBI_API_KEY for 10 requests/s"
        return self._fail(f"{problem} after {tries} tries; {hint}")

    def _send(self, url: str, params: dict[str, str], post: bool) -> httpx.Response:
        """One HTTP exchange within the deadline (PoliteClient.receive). A host that does not resolve
        is a configuration error, not worth another try."""
        kw = {"data": params} if post else {"params": params}
        try:
            return self.receive("POST" if post else "GET", url, **kw)
        except httpx.ConnectError as e:
            if _DNS_FAILURE.search(str(e)):
                raise self._fail(f"cannot resolve the host of {self.base_url} ({_short(str(e))}); "
                                 "check LDN_LIT_EUTILS_URL and the network") from None
            raise

    # ---- esearch ------------------------------------------------------------------------------
    def esearch(
        self,
        term: str,
        *,
        datetype: str | None = None,
        mindate: str | None = None,
        maxdate: str | None = None,
        retstart: int = 0,
        retmax: int = ESEARCH_WINDOW,
        usehistory: bool = True,
        webenv: str | None = None,
        sort: str | None = None,
    ) -> SearchResult:
        """One esearch. With `webenv` (history server), the result is appended to that environment and
        the term may name its earlier results as `#N` (e.g. "#1 AND fibromyalgia[tiab]")."""
        params = {"db": "pubmed", "term": term, "retstart": str(retstart), "retmax": str(retmax),
                  "usehistory": "y" if usehistory or webenv else None, "WebEnv": webenv,
                  "datetype": datetype, "mindate": mindate, "maxdate": maxdate, "sort": sort}
        parsed: list[SearchResult] = []

        def complete(body: bytes) -> None:
            res = self._parse_esearch(body)
            listed = max(0, min(min(res.count, ESEARCH_WINDOW) - retstart, retmax))
            if len(res.ids) != listed:
                raise Retry(f"esearch reply says Count {res.count} but lists {len(res.ids)} ids "
                             f"(expected {listed}); PubMed gave an incomplete answer")
            parsed.append(res)

        self.request("esearch.fcgi", params, validate=complete)
        return parsed[-1]

    def _parse_esearch(self, body: bytes) -> SearchResult:
        root = self._xml_root(body, "eSearchResult", "esearch")
        count = root.findtext("Count")
        if count is None or not count.strip().isdigit():
            raise self._fail("esearch reply has no Count; the service may be having problems, try again later")
        warnings = [f"{el.tag}: {el.text}" for path in ("ErrorList", "WarningList")
                    for el in root.findall(f"{path}/*") if el.text]
        return SearchResult(
            count=int(count),
            ids=[i.text.strip() for i in root.findall("IdList/Id") if i.text],
            webenv=root.findtext("WebEnv"),
            query_key=root.findtext("QueryKey"),
            query_translation=root.findtext("QueryTranslation"),
            warnings=warnings,
        )

    def search_all_ids(
        self,
        term: str,
        *,
        datetype: str | None = None,
        mindate: str | None = None,
        maxdate: str | None = None,
        today: date | None = None,
    ) -> SearchResult:
        """Every PMID matching `term`: one esearch when it has <= 10,000 hits; otherwise the date
        range is split in halves until each part fits PubMed's 10,000-id window."""
        first = self.esearch(term, datetype=datetype, mindate=mindate, maxdate=maxdate)
        if first.count <= ESEARCH_WINDOW:
            return first
        dt = datetype or "edat"
        lo = _parse_date(mindate) if mindate else date(1800, 1, 1)
        hi_text = maxdate if maxdate and maxdate != "3000" else None
        hi = _parse_date(hi_text) if hi_text else (today or date.today()) + timedelta(days=1)
        ids: dict[str, None] = {}
        pending = [(lo, hi)]
        while pending:
            a, b = pending.pop()
            res = self.esearch(term, datetype=dt, mindate=_fmt(a), maxdate=_fmt(b), usehistory=False)
            if res.count <= ESEARCH_WINDOW:
                ids.update(dict.fromkeys(res.ids))
            elif a >= b:
                raise self._fail(f"more than {ESEARCH_WINDOW} records on {_fmt(a)} alone; narrow the query")
            else:
                mid = a + (b - a) // 2
                pending += [(mid + timedelta(days=1), b), (a, mid)]
        first.ids = list(ids)
        first.count = max(first.count, len(ids))
        return first

    # ---- efetch -------------------------------------------------------------------------------
    def efetch(self, ids: list[str]) -> bytes:
        """PubMed XML for these PMIDs (POST), checked to be a complete PubmedArticleSet."""
        body = self.request("efetch.fcgi", {"db": "pubmed", "retmode": "xml", "id": ",".join(ids)},
                            post=True).content
        self.check_efetch_xml(body)
        return body

    def efetch_history(self, webenv: str, query_key: str, retstart: int, retmax: int) -> bytes:
        body = self.request("efetch.fcgi", {"db": "pubmed", "retmode": "xml", "WebEnv": webenv,
                                            "query_key": query_key, "retstart": str(retstart),
                                            "retmax": str(retmax)}, post=True).content
        self.check_efetch_xml(body)
        return body

    def efetch_batches(self, ids: list[str], batch_size: int | None = None) -> Iterator[tuple[list[str], bytes]]:
        """(ids, XML) per POST. Batches are as large as allowed and evenly sized, so the request
        count is the minimum for EFETCH_MAX_BATCH."""
        if not ids:
            return
        size = batch_size or math.ceil(len(ids) / math.ceil(len(ids) / EFETCH_MAX_BATCH))
        for i in range(0, len(ids), size):
            chunk = ids[i:i + size]
            yield chunk, self.efetch(chunk)

    def fetch_articles(self, ids: list[str], batch_size: int | None = None, notes: ParseNotes | None = None,
                       tries: int = 3) -> Iterator[FetchedBatch]:
        """Parsed records per efetch batch. A reply with fewer records than asked for (PubMed does
        that under load) is asked again for the missing ones, up to `tries` requests in all; what is
        still missing is in FetchedBatch.missing for the caller to fail on. A <DeleteCitation> for
        an id counts as its answer (it goes to notes.deleted)."""
        notes = notes if notes is not None else ParseNotes()
        for chunk, body in self.efetch_batches(ids, batch_size):
            articles = list(iter_articles(body, notes))
            missing = _missing(chunk, articles, notes)
            for attempt in range(tries - 1):
                if not missing:
                    break
                self.sleep(self._delay(attempt, None))
                articles += iter_articles(self.efetch(missing), notes)
                missing = _missing(chunk, articles, notes)
            yield FetchedBatch(chunk, articles, missing)

    def check_efetch_xml(self, body: bytes) -> None:
        """Cheap completeness check; the parser does the full one."""
        head, tail = body[:2048].lstrip(), body[-256:].rstrip()
        if head.startswith(b"{"):
            self._json_error(body, "efetch")
        if b"<ERROR>" in head:
            m = re.search(rb"<ERROR>(.*?)</ERROR>", body[:4096], re.S)
            raise self._fail(f"efetch failed: {_short(m.group(1)) if m else 'error reply'}")
        if b"<PubmedArticleSet" not in head:
            raise self._fail(f"efetch returned something other than PubMed XML: {_short(body)}; try again later")
        if not (tail.endswith(b"</PubmedArticleSet>") or tail.endswith(b"<PubmedArticleSet/>")):
            raise self._fail("efetch reply was truncated (incomplete XML); run again")

    # ---- ecitmatch ----------------------------------------------------------------------------
    def ecitmatch(self, citations: list[Reference]) -> list[str | None]:
        """PMIDs for references (None where NCBI answers NOT_FOUND or AMBIGUOUS), in input order. ECitMatch
        reads journal, year, volume, first page and first author (any may be empty); a key per line
        ("q0", "q1"...) is echoed back to pair the answers."""
        if not citations:
            return []
        keys = [f"q{i}" for i in range(len(citations))]
        bdata = "\r".join(
            "|".join(_clean(x) for x in (c.journal, c.year, c.volume, c.first_page, c.first_author, k)) + "|"
            for c, k in zip(citations, keys, strict=True))
        text = self.request("ecitmatch.cgi", {"db": "pubmed", "retmode": "xml", "bdata": bdata}).text
        if text.lstrip().startswith("{"):
            self._json_error(text.encode(), "ecitmatch")
        if "<ERROR>" in text or "<html" in text.lower():
            raise self._fail(f"ecitmatch failed: {_short(text)}")
        found: dict[str, str | None] = {}
        for line in text.splitlines():
            parts = line.strip().split("|")
            if len(parts) < 7:
                continue
            answer = parts[6].strip()
            found[parts[5].strip()] = answer if answer.isdigit() else None
        return [found.get(k) for k in keys]

    # ---- title search ------------------------------------------------------------------------
    def title_search(self, words: list[str], retmax: int = 20) -> tuple[str, list[str]]:
        """(term, PMIDs) of the records whose titles have these words, in PubMed's relevance order: every
        word in [ti] (separate words, not one quoted phrase, so word order and punctuation do not matter);
        when no record has them all (a misspelt or changed word), any of them, the records with the most
        first. Year and author are left out on purpose: a wrong year must not hide the study."""
        if not words:
            return "", []
        term = " AND ".join(f"{w}[ti]" for w in words)
        ids = self.esearch(term, usehistory=False, retmax=retmax, sort="relevance").ids
        if not ids and len(words) > 1:
            term = " OR ".join(f"{w}[ti]" for w in words)
            ids = self.esearch(term, usehistory=False, retmax=retmax, sort="relevance").ids
        return term, ids

    # ---- helpers ------------------------------------------------------------------------------
    def _xml_root(self, body: bytes, expected: str, what: str) -> ET.Element:
        stripped = body.lstrip()
        if stripped.startswith(b"{"):
            self._json_error(body, what)
        try:
            root = ET.fromstring(body)
        except ET.ParseError:
            raise self._fail(f"{what} reply is not complete XML (truncated or an error page): "
                             f"{_short(body)}; try again later") from None
        error = root.findtext("ERROR")
        if error:
            raise self._fail(f"{what} failed: {_short(error)}")
        if root.tag != expected:
            raise self._fail(f"{what} reply is <{root.tag}>, not <{expected}>; check LDN_LIT_EUTILS_URL")
        return root

    def _json_error(self, body: bytes, what: str) -> None:
        try:
            data = json.loads(body)
        except ValueError:
            raise self._fail(f"{what} reply is broken JSON: {_short(body)}") from None
        error = data.get("error") if isinstance(data, dict) else None
        if error is None and isinstance(data, dict):
            error = (data.get("esearchresult") or {}).get("ERROR")
        raise self._fail(f"{what} failed: {_short(str(error)) if error else _short(body)}")


def _missing(asked: list[str], articles: list[Article], notes: ParseNotes) -> list[str]:
    answered = {a.pmid for a in articles} | set(notes.deleted)
    return [p for p in asked if p not in answered]


def _clean(s: str) -> str:
    return re.sub(r"[|\r\n]", " ", s or "").strip()


def _parse_date(s: str) -> date:
    parts = [int(p) for p in re.split(r"[/-]", s) if p]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _fmt(d: date) -> str:
    return d.strftime("%Y/%m/%d")
