"""ClinicalTrials.gov API v2 client (GET /api/v2/studies) and the parsing of its study JSON.

Built for the real service: `query.intr`/`query.cond`, `fields` to keep replies small, `pageSize` up to
1000, paging by `nextPageToken` (every later page repeats the first page's parameters, as the API
requires), a modest request rate, retries with backoff on 429/5xx/timeouts (honouring `Retry-After`),
and a 200 reply that is not a complete study page (an "error"/"message" object, HTML, truncated JSON)
treated as a failure, never as "no studies". The study JSON follows the published v2 data structure
(protocolSection.identificationModule.nctId, statusModule.overallStatus, designModule, ...).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import LdnLitError
from .models import REGISTRY_URL, Trial, TrialIntervention, TrialReference  # noqa: F401 (the parser builds these)
from .polite import PoliteClient, Retry
from .polite import short as _short

DEFAULT_BASE_URL = "https://clinicaltrials.gov/api/v2"
PAGE_SIZE = 1000  # the API's maximum
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


def parse_study(study: dict[str, Any]) -> Trial:
    """One element of the `studies` list of a v2 reply -> Trial. Missing modules are simply empty."""
    if not isinstance(study, dict):
        raise CtgovError("ClinicalTrials.gov reply has a study that is not a JSON object; try again later")
    ps = study.get("protocolSection") or {}
    ident = ps.get("identificationModule") or {}
    nct = ident.get("nctId")
    if not nct or not NCT_RE.fullmatch(str(nct)):
        raise CtgovError(f"ClinicalTrials.gov reply has a study without a valid nctId ({nct!r}); try again later")
    status = ps.get("statusModule") or {}
    sponsor = (ps.get("sponsorCollaboratorsModule") or {}).get("leadSponsor") or {}
    conds = ps.get("conditionsModule") or {}
    design = ps.get("designModule") or {}
    info = design.get("designInfo") or {}
    enrol = design.get("enrollmentInfo") or {}
    arms = ps.get("armsInterventionsModule") or {}
    outcomes = ps.get("outcomesModule") or {}
    refs = ps.get("referencesModule") or {}
    browse = (study.get("derivedSection") or {}).get("conditionBrowseModule") or {}

    def date_of(key: str) -> str | None:
        return (status.get(key) or {}).get("date")

    count = enrol.get("count")
    return Trial(
        nct_id=nct,
        title=ident.get("briefTitle") or ident.get("officialTitle") or "",
        official_title=ident.get("officialTitle"),
        acronym=ident.get("acronym"),
        overall_status=status.get("overallStatus"),
        why_stopped=status.get("whyStopped"),
        study_type=design.get("studyType"),
        phases=list(design.get("phases") or []),
        allocation=info.get("allocation"),
        masking=(info.get("maskingInfo") or {}).get("masking"),
        enrollment=_count(count),
        enrollment_type=enrol.get("type"),
        start_date=date_of("startDateStruct"),
        primary_completion_date=date_of("primaryCompletionDateStruct"),
        completion_date=date_of("completionDateStruct"),
        completion_date_type=(status.get("completionDateStruct") or {}).get("type"),
        first_post_date=date_of("studyFirstPostDateStruct"),
        last_update_post_date=date_of("lastUpdatePostDateStruct"),
        results_first_post_date=date_of("resultsFirstPostDateStruct"),
        results_first_submit_date=status.get("resultsFirstSubmitDate"),
        disp_first_submit_date=status.get("dispFirstSubmitDate"),
        has_results=bool(study.get("hasResults")),
        sponsor=sponsor.get("name"),
        sponsor_class=sponsor.get("class"),
        conditions=list(conds.get("conditions") or []),
        keywords=list(conds.get("keywords") or []),
        condition_mesh=[m["term"] for m in browse.get("meshes") or [] if m.get("term")],
        primary_outcomes=[o["measure"] for o in outcomes.get("primaryOutcomes") or [] if o.get("measure")],
        interventions=[TrialIntervention(i.get("type"), i.get("name") or "", i.get("description"),
                                         list(i.get("otherNames") or []))
                       for i in arms.get("interventions") or []],
        references=[TrialReference(str(r["pmid"]) if r.get("pmid") else None, r.get("type"), r.get("citation"))
                    for r in refs.get("references") or []],
    )


def _count(v: Any) -> int | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return int(v)
    return int(v) if isinstance(v, str) and v.isdigit() else None


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
    ):
        base = base_url or os.environ.get("LDN_LIT_CTGOV_URL") or DEFAULT_BASE_URL
        super().__init__(base.rstrip("/"), per_second=per_second, timeout=timeout, max_retries=max_retries,
                         backoff=backoff, max_backoff=max_backoff, sleep=sleep or (lambda s: _sleep(s)),
                         headers={"Accept": "application/json"})

    def studies_page(self, params: dict[str, str]) -> Page:
        """One GET /studies, rate-limited and retried; a 200 that is not a study page is retried too."""

        def accept(resp: httpx.Response) -> Page:
            if resp.status_code >= 400:
                raise CtgovError(f"ClinicalTrials.gov refused the search (HTTP {resp.status_code}): "
                                 f"{_short(resp.text)}; check LDN_LIT_CTGOV_URL and the query")
            return _page(resp.content)

        return self.politely(lambda: self.http.get(f"{self.base_url}/studies", params=params), accept)

    def give_up(self, problem: str, tries: int) -> CtgovError:
        hint = ("wait a minute and run again" if "429" in problem
                else "check the network and LDN_LIT_CTGOV_URL, then run again")
        return CtgovError(f"{problem} after {tries} tries; {hint}")

    def iter_studies(self, params: dict[str, str]) -> Iterator[Page]:
        """Every page of a search: the same parameters each time, plus the previous page's token."""
        params = {"format": "json", "pageSize": str(PAGE_SIZE), "countTotal": "true", **params}
        seen: set[str] = set()
        while True:
            page = self.studies_page(params)
            yield page
            token = page.next_page_token
            if not token:
                return
            if token in seen:
                raise CtgovError("ClinicalTrials.gov repeated a page token (endless paging); try again later")
            seen.add(token)
            params = {k: v for k, v in params.items() if k != "countTotal"} | {"pageToken": token}


def _page(body: bytes) -> Page:
    """A complete study page; anything else is worth another try (Retry says what is wrong)."""
    head = body[:512].lstrip().lower()
    if head.startswith(b"<"):
        raise Retry(f"ClinicalTrials.gov answered with a web page instead of JSON ({_short(body)})")
    try:
        data = json.loads(body)
    except ValueError:
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
    token = data.get("nextPageToken")
    total = data.get("totalCount")
    return Page(studies, str(token) if token else None, total if isinstance(total, int) else None)
