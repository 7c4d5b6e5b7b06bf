"""ClinicalTrials.gov API v2 client (GET /api/v2/studies) and the parsing of its study JSON.

Built for the real service: `query.intr`/`query.cond`, `fields` to keep replies small, `pageSize` up to
1000, paging by `nextPageToken` (every later page repeats the first page's parameters, as the API
requires), a modest request rate, retries with backoff on 429/5xx/timeouts (honouring `Retry-After`),
and a 200 reply that is not a complete study page (an "error"/"message" object, HTML, truncated JSON)
treated as a failure, never as "no studies". The study JSON follows the published v2 data structure
(protocolSection.identificationModule.nctId, statusModule.overallStatus, designModule, ...).
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx

from .errors import LdnLitError
from .models import REGISTRY_URL, Trial, TrialIntervention, TrialReference  # noqa: F401 (the parser builds these)
from .polite import PoliteClient, Retry
from .polite import short as _short

DEFAULT_BASE_URL = "https://clinicaltrials.gov/api/v2"
PAGE_SIZE = 1000  # the API's maximum
MAX_PAGES = 1000  # no search pages further, whatever totalCount says (1,000,000 studies at PAGE_SIZE)
MAX_REPLY_BYTES = 200 * 2**20  # a full page of the fields asked for is a few MB; more is a fault (or a gzip bomb)
THROTTLE_BUDGET = 90.0  # seconds of waiting out 429s before giving up: peak-hour throttling lasts about a minute
# Piece names of the v2 data structure: the modules ldn-lit stores, nothing else (no locations, no results).
FIELDS = ("IdentificationModule", "StatusModule", "SponsorCollaboratorsModule", "ConditionsModule",
          "DesignModule", "ArmsInterventionsModule", "OutcomesModule", "ReferencesModule",
          "ConditionBrowseModule", "HasResults")
REQUESTS_PER_SECOND = 0.8  # under the ~50 requests a minute reported as the API's limit (no key exists)
NCT_RE = re.compile(r"\bNCT\d{8}\b")


class CtgovError(LdnLitError):
    """ClinicalTrials.gov failed (network, rate limit, an error reply); the message is for the user."""

    exit_code = 2


def _sleep(seconds: float) -> None:  # module level so that tests inject zero delays
    time.sleep(seconds)


class BadStudy(CtgovError):
    """One study of a reply that cannot be stored as it is (a field of the wrong type or form); the
    message names the study. The caller skips it with a warning, the rest of the reply is stored."""


MAX_ENROLLMENT = 10**9  # more people than any trial could enrol (99999999, the registry's "unknown", is below)
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PMID = re.compile(r"\d{1,10}")
_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "true/false", int: "a number",
               float: "a number", type(None): "null"}


class _Fields:
    """Typed reads from one study's JSON: a value of the wrong JSON type or form raises BadStudy naming
    the study and the field (`path`, else its key), so that a study is stored whole or not at all.
    Absent (or null) is empty."""

    def __init__(self, name: str):
        self.name = name

    def bad(self, path: str, value: Any, want: str) -> BadStudy:
        got = _JSON_TYPES.get(type(value), type(value).__name__)
        shown = f" ({_short(json.dumps(value, ensure_ascii=True, default=str), 40)})" if not isinstance(
            value, (dict, list)) else ""
        return BadStudy(f"{self.name}: {path} is {got}{shown}, not {want}")

    def obj(self, d: dict[str, Any], key: str, path: str = "") -> dict[str, Any]:
        v = d.get(key)
        if v is None:
            return {}
        if not isinstance(v, dict):
            raise self.bad(path or key, v, "an object")
        return v

    def objs(self, d: dict[str, Any], key: str, path: str = "") -> list[dict[str, Any]]:
        v = d.get(key)
        if v is None:
            return []
        if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
            raise self.bad(path or key, v, "a list of objects")
        return v

    def text(self, d: dict[str, Any], key: str, path: str = "") -> str | None:
        v = d.get(key)
        if v is None or isinstance(v, str):
            return v
        raise self.bad(path or key, v, "a string")

    def texts(self, d: dict[str, Any], key: str, path: str = "") -> list[str]:
        v = d.get(key)
        if v is None:
            return []
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise self.bad(path or key, v, "a list of strings")
        return list(v)

    def day(self, d: dict[str, Any], key: str, path: str = "") -> str | None:
        """A registry date: YYYY, YYYY-MM or YYYY-MM-DD, and a real day of the calendar."""
        v = self.text(d, key, path)
        if v is None:
            return None
        m = _DATE.fullmatch(v)
        try:
            if not m:
                raise ValueError
            y, mo, dd = m.groups()
            date(int(y), int(mo or 1), int(dd or 1))
        except ValueError:
            raise self.bad(path or key, v, "a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
        return v

    def count(self, d: dict[str, Any], key: str, path: str = "") -> int | None:
        """A number of participants: a whole number from 0 to MAX_ENROLLMENT (not 1e999, -3, 2.5 or true)."""
        v = d.get(key)
        if v is None:
            return None
        n = v if isinstance(v, int) and not isinstance(v, bool) else (
            int(v) if isinstance(v, float) and v.is_integer() else (
                int(v) if isinstance(v, str) and v.isascii() and v.isdigit() and len(v) < 12 else None))
        if n is None or not 0 <= n <= MAX_ENROLLMENT:
            raise self.bad(path or key, v, f"a whole number of participants (0 to {MAX_ENROLLMENT:,})")
        return n

    def flag(self, d: dict[str, Any], key: str, path: str = "") -> bool:
        """true/false; the strings "true"/"false" mean what they say (never "any non-empty string is true")."""
        v = d.get(key)
        if v is None or isinstance(v, bool):
            return bool(v)
        if isinstance(v, str) and v.strip().lower() in ("true", "false"):
            return v.strip().lower() == "true"
        raise self.bad(path or key, v, "true or false")

    def pmid(self, d: dict[str, Any], key: str, path: str = "") -> str | None:
        v = d.get(key)
        if v is None or v == "":
            return None
        text = str(v).strip() if isinstance(v, (str, int)) and not isinstance(v, bool) else None
        if text is None or not _PMID.fullmatch(text) or text.lstrip("0") == "":
            raise self.bad(path or key, v, "a PMID (digits)")
        return text


def study_name(study: Any, position: int | None = None) -> str:
    """How a warning names a study: its NCT id when it has a valid one, else its place in the reply."""
    try:
        nct = study["protocolSection"]["identificationModule"]["nctId"]
        if isinstance(nct, str) and NCT_RE.fullmatch(nct):
            return nct
    except (TypeError, KeyError, IndexError):
        pass
    return "a study without a valid nctId" if position is None else f"study {position} of the reply (no valid nctId)"


def parse_study(study: Any, position: int | None = None) -> Trial:
    """One element of the `studies` list of a v2 reply -> Trial, every field checked for its JSON type
    and form (BadStudy names the study and the field). Missing modules are simply empty."""
    f = _Fields(study_name(study, position))
    if not isinstance(study, dict):
        raise f.bad("the study", study, "an object")
    ps = f.obj(study, "protocolSection")
    ident = f.obj(ps, "identificationModule")
    nct = ident.get("nctId")
    if not isinstance(nct, str) or not NCT_RE.fullmatch(nct):
        raise f.bad("identificationModule.nctId", nct, "an NCT number (NCT and 8 digits)")
    status = f.obj(ps, "statusModule")
    sponsor = f.obj(f.obj(ps, "sponsorCollaboratorsModule"), "leadSponsor",
                    "sponsorCollaboratorsModule.leadSponsor")
    conds = f.obj(ps, "conditionsModule")
    design = f.obj(ps, "designModule")
    info = f.obj(design, "designInfo", "designModule.designInfo")
    enrol = f.obj(design, "enrollmentInfo", "designModule.enrollmentInfo")
    arms = f.obj(ps, "armsInterventionsModule")
    outcomes = f.obj(ps, "outcomesModule")
    refs = f.obj(ps, "referencesModule")
    browse = f.obj(f.obj(study, "derivedSection"), "conditionBrowseModule", "conditionBrowseModule")

    def date_of(key: str) -> str | None:
        return f.day(f.obj(status, key, f"statusModule.{key}"), "date", f"statusModule.{key}.date")

    def listed(items: list[dict[str, Any]], key: str, path: str) -> list[str]:
        return [x for x in (f.text(i, key, path) for i in items) if x]

    return Trial(
        nct_id=nct,
        title=f.text(ident, "briefTitle") or f.text(ident, "officialTitle") or "",
        official_title=f.text(ident, "officialTitle"),
        acronym=f.text(ident, "acronym"),
        overall_status=f.text(status, "overallStatus"),
        why_stopped=f.text(status, "whyStopped"),
        study_type=f.text(design, "studyType"),
        phases=f.texts(design, "phases"),
        allocation=f.text(info, "allocation", "designInfo.allocation"),
        masking=f.text(f.obj(info, "maskingInfo", "designInfo.maskingInfo"), "masking", "maskingInfo.masking"),
        enrollment=f.count(enrol, "count", "enrollmentInfo.count"),
        enrollment_type=f.text(enrol, "type", "enrollmentInfo.type"),
        start_date=date_of("startDateStruct"),
        primary_completion_date=date_of("primaryCompletionDateStruct"),
        completion_date=date_of("completionDateStruct"),
        completion_date_type=f.text(f.obj(status, "completionDateStruct"), "type",
                                    "completionDateStruct.type"),
        first_post_date=date_of("studyFirstPostDateStruct"),
        last_update_post_date=date_of("lastUpdatePostDateStruct"),
        results_first_post_date=date_of("resultsFirstPostDateStruct"),
        results_first_submit_date=f.day(status, "resultsFirstSubmitDate", "statusModule.resultsFirstSubmitDate"),
        disp_first_submit_date=f.day(status, "dispFirstSubmitDate", "statusModule.dispFirstSubmitDate"),
        has_results=f.flag(study, "hasResults"),
        sponsor=f.text(sponsor, "name", "leadSponsor.name"),
        sponsor_class=f.text(sponsor, "class", "leadSponsor.class"),
        conditions=f.texts(conds, "conditions"),
        keywords=f.texts(conds, "keywords"),
        condition_mesh=listed(f.objs(browse, "meshes", "conditionBrowseModule.meshes"), "term", "meshes.term"),
        primary_outcomes=listed(f.objs(outcomes, "primaryOutcomes"), "measure",
                                "primaryOutcomes.measure"),
        interventions=[TrialIntervention(f.text(i, "type", "interventions.type"),
                                         f.text(i, "name", "interventions.name") or "",
                                         f.text(i, "description", "interventions.description"),
                                         f.texts(i, "otherNames", "interventions.otherNames"))
                       for i in f.objs(arms, "interventions", "armsInterventionsModule.interventions")],
        references=[TrialReference(f.pmid(r, "pmid", "references.pmid"), f.text(r, "type", "references.type"),
                                   f.text(r, "citation", "references.citation"))
                    for r in f.objs(refs, "references", "referencesModule.references")],
    )


@dataclass
class ParsedStudies:
    """The studies of one reply that can be stored, and one warning per study that cannot."""

    trials: list[Trial]
    skipped: list[str]
    duplicates: int = 0


def parse_studies(studies: list[Any], seen: set[str] | None = None) -> ParsedStudies:
    """Each study of a reply checked on its own: a bad one is skipped with a warning naming it, the others
    kept; a study listed twice (in this reply, or in `seen`: the search's earlier pages) is kept once."""
    seen = set() if seen is None else seen
    out = ParsedStudies([], [])
    for i, s in enumerate(studies, 1):
        try:
            t = parse_study(s, i)
        except BadStudy as e:
            out.skipped.append(f"skipped a registry study: {e}")
            continue
        if t.nct_id in seen:
            out.duplicates += 1
            continue
        seen.add(t.nct_id)
        out.trials.append(t)
    return out


@dataclass
class Page:
    studies: list[dict[str, Any]]
    next_page_token: str | None
    total_count: int | None


class CtgovClient(PoliteClient):
    rate_limited = "ClinicalTrials.gov rate limit exceeded"
    server_error = "ClinicalTrials.gov server error"

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float = 30.0,
        max_retries: int = 5,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        per_second: float = REQUESTS_PER_SECOND,
        sleep: Callable[[float], None] | None = None,
        deadline: float = 180.0,
        throttle_budget: float = THROTTLE_BUDGET,
        note: Callable[[str], None] | None = None,
    ):
        base = base_url or os.environ.get("LDN_LIT_CTGOV_URL") or DEFAULT_BASE_URL
        super().__init__(base.rstrip("/"), per_second=per_second, timeout=timeout, max_retries=max_retries,
                         backoff=backoff, max_backoff=max_backoff, sleep=sleep or (lambda s: _sleep(s)),
                         headers={"Accept": "application/json"}, deadline=deadline,
                         throttle_budget=throttle_budget, note=note, max_bytes=MAX_REPLY_BYTES,
                         keep_alive=False)  # a connection per request (1.4 s apart): the deadline's watchdog sees it

    def studies_page(self, params: dict[str, str]) -> Page:
        """One GET /studies, rate-limited and retried; a 200 that is not a study page is retried too."""

        def accept(resp: httpx.Response) -> Page:
            if resp.status_code in (400, 404, 410) and "pageToken" in params:
                raise PageTokenRejected(f"ClinicalTrials.gov refused its own page token (HTTP {resp.status_code}: "
                                        f"{_short(resp.text, 80)})")
            if resp.status_code >= 400:
                raise CtgovError(f"ClinicalTrials.gov refused the search (HTTP {resp.status_code}): "
                                 f"{_short(resp.text)}; check LDN_LIT_CTGOV_URL and the query")
            return _page(resp.content)

        return self.politely(lambda: self.receive("GET", f"{self.base_url}/studies", params=params), accept)

    def give_up(self, problem: str, tries: int) -> CtgovError:
        hint = ("wait a few minutes and run again" if "429" in problem
                else "check the network and LDN_LIT_CTGOV_URL, then run again")
        return CtgovError(f"{problem} after {tries} tries; {hint}")

    def iter_studies(self, params: dict[str, str]) -> Iterator[Page]:
        """Every page of a search: the same parameters each time, plus the previous page's token. A page
        token the registry no longer accepts (expired) starts the search again, once. Paging that runs
        away, or fewer studies than totalCount promised, stops the run (CtgovError, exit 2) after the
        pages already yielded: the caller must not mark the search as done."""
        params = {"format": "json", "pageSize": str(PAGE_SIZE), "countTotal": "true", **params}
        try:
            yield from self._pages(params)
        except PageTokenRejected as e:
            self.note(f"{e}: starting the search again")
            try:
                yield from self._pages(params)
            except PageTokenRejected as again:
                raise CtgovError(f"{again}, also after starting the search again; run again later") from None

    def _pages(self, params: dict[str, str]) -> Iterator[Page]:
        tokens: set[str] = set()
        delivered: set[str] = set()  # NCT ids (a study without a valid one counts by its place)
        total, limit = None, MAX_PAGES
        for number in itertools.count(1):
            page = self.studies_page(params)
            before = len(delivered)
            delivered.update(_study_key(x, f"{number}.{i}") for i, x in enumerate(page.studies))
            if number == 1 and page.total_count is not None:
                total = page.total_count  # pages of the size the registry chose, and one spare
                limit = min(MAX_PAGES, math.ceil(total / max(1, len(page.studies))) + 1)
            yield page
            token = page.next_page_token
            if not token:
                break
            if token in tokens or number >= limit or len(delivered) == before:
                why = ("the same token twice" if token in tokens else "a page with no study not seen before"
                       if len(delivered) == before else
                       f"{number} pages for {'an unknown number of' if total is None else total} studies")
                raise CtgovError(f"ClinicalTrials.gov kept handing out page tokens ({why}); stopped, and the "
                                 "search is not marked as done: run again later")
            tokens.add(token)
            params = {k: v for k, v in params.items() if k != "countTotal"} | {"pageToken": token}
        if total is not None and len(delivered) < total:
            raise CtgovError(f"ClinicalTrials.gov promised {total} studies but delivered {len(delivered)}; "
                             "the search is not marked as done: run again later")


class PageTokenRejected(CtgovError):
    """The registry refused a nextPageToken it had handed out (expired): the search must start again."""


def _study_key(study: Any, place: str) -> str:
    name = study_name(study)
    return name if NCT_RE.fullmatch(name) else f"#{place}"


def _page(body: bytes) -> Page:
    """A complete study page; anything else is worth another try (Retry says what is wrong)."""
    head = body[:512].lstrip().lower()
    if head.startswith(b"<"):
        raise Retry(f"ClinicalTrials.gov answered with a web page instead of JSON ({_short(body)})")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python's parser goes
        raise Retry("ClinicalTrials.gov reply was truncated or not JSON") from None
    if not isinstance(data, dict):
        raise Retry(f"ClinicalTrials.gov reply is not a study page: {_short(body)}")
    error = data.get("error") or data.get("errors") or (data.get("message") if "studies" not in data else None)
    if error:
        detail = error if isinstance(error, str) else json.dumps(error)
        raise Retry(f"ClinicalTrials.gov reported an error: {_short(detail)}")
    studies = data.get("studies")
    if not isinstance(studies, list):
        raise Retry(f"ClinicalTrials.gov reply has no studies list: {_short(body)}")
    token, total = data.get("nextPageToken"), data.get("totalCount")
    if token is not None and not (isinstance(token, str) and len(token) <= 2048):
        raise Retry(f"ClinicalTrials.gov reply has a page token that is not a short string: {_short(str(token), 60)}")
    if total is not None and not (isinstance(total, int) and not isinstance(total, bool) and total >= 0):
        raise Retry(f"ClinicalTrials.gov reply has a totalCount that is not a count: {_short(str(total), 60)}")
    return Page(studies, token or None, total)
