"""`ldn-lit update`: search PubMed for each condition, fetch only new or revised records, store them.

Incremental rule. The first search for a condition (or any search after its query text changed,
or with full=True) asks for every matching PMID. Later searches ask only for records PubMed
created or modified since the day of the last successful search (esearch datetype=mdat,
mindate=that day), which finds both new and revised records in one request. Of those, a record
is fetched when it is not stored, or when it was last fetched on or before that day: PubMed's
dates have day resolution, so a record modified on that day may have changed after our fetch and
is fetched once more (the content hash then tells whether it really changed). A no-change update
therefore costs one esearch per condition and nothing else, unless records were modified on the
day of the previous update, which are fetched once more.

Query state is saved only after all fetches succeed, so an interrupted run repeats its searches
next time and fetches what is still missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from .config import Condition, Config
from .entrez import EntrezClient
from .ingest import store_batch
from .pubmed_xml import iter_articles
from .store import Store


@dataclass
class QueryOutcome:
    condition_id: str
    mode: str  # "full" or "since YYYY/MM/DD"
    count: int = 0  # PMIDs esearch returned
    new: int = 0
    revised: int = 0


@dataclass
class UpdateReport:
    run_id: int
    queries: list[QueryOutcome] = field(default_factory=list)
    fetched: int = 0
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    missing: list[str] = field(default_factory=list)  # PMIDs esearch listed but efetch did not return
    requests: int = 0
    seconds: float = 0.0


# progress(event, **info): events "search" (condition_id), "fetch_start" (total), "fetched" (n)
Progress = Callable[..., None]


def _noop(*_: object, **__: object) -> None:
    pass


def run_update(
    store: Store,
    config: Config,
    client: EntrezClient,
    *,
    conditions: list[Condition] | None = None,
    full: bool = False,
    batch_size: int | None = None,
    today: date | None = None,
    progress: Progress = _noop,
) -> UpdateReport:
    started = time.monotonic()
    today = today or datetime.now(timezone.utc).date()
    day = today.strftime("%Y/%m/%d")
    conditions = conditions or config.conditions
    requests_before = client.requests_made
    run_id = store.start_run("update", [c.id for c in conditions])
    report = UpdateReport(run_id=run_id)
    try:
        state = store.query_state()
        matches: dict[str, set[str]] = {}
        to_fetch: dict[str, None] = {}  # ordered set
        outcome_of: dict[str, list[QueryOutcome]] = {}
        for cond in conditions:
            term = config.search_term(cond)
            prev = state.get(cond.id)
            since = prev["last_success_date"] if prev and prev["term"] == term and not full else None
            progress("search", condition_id=cond.id)
            if since:
                res = client.search_all_ids(term, datetype="mdat", mindate=since, maxdate="3000")
            else:
                res = client.search_all_ids(term)
            outcome = QueryOutcome(cond.id, f"since {since}" if since else "full", count=len(res.ids))
            report.queries.append(outcome)
            fetched_on = store.fetched_on(res.ids)
            since_iso = since.replace("/", "-") if since else None
            for pmid in res.ids:
                matches.setdefault(pmid, set()).add(cond.id)
                outcome_of.setdefault(pmid, []).append(outcome)
                stored = pmid in fetched_on
                if full or not stored:
                    to_fetch[pmid] = None
                elif since_iso and (fetched_on[pmid] or "") <= since_iso:
                    to_fetch[pmid] = None  # modified in PubMed since (or on the day) we last fetched it

        ids = list(to_fetch)
        progress("fetch_start", total=len(ids))
        fetched: set[str] = set()
        for batch_ids, body in client.efetch_batches(ids, batch_size=batch_size):
            articles = list(iter_articles(body))
            batch_matches = {a.pmid: matches.get(a.pmid, set()) for a in articles}
            result = store_batch(store, config, articles, source="pubmed", matches=batch_matches,
                                 run_id=run_id, fetched_on=today.isoformat())
            for pmid in result.new:
                for o in outcome_of.get(pmid, []):
                    o.new += 1
            for pmid in result.revised:
                for o in outcome_of.get(pmid, []):
                    o.revised += 1
            report.new += len(result.new)
            report.revised += len(result.revised)
            report.unchanged += len(result.unchanged)
            fetched.update(a.pmid for a in articles)
            report.fetched += len(articles)
            progress("fetched", n=len(batch_ids))
        report.missing = [p for p in ids if p not in fetched]

        # Matches for records that were already stored and not refetched.
        rest = {p: c for p, c in matches.items() if p not in fetched and p not in report.missing}
        with store.atomic():
            store.add_matches(rest, run_id)
        for cond in conditions:
            store.set_query_state(cond.id, config.search_term(cond), day,
                                  next(o.count for o in report.queries if o.condition_id == cond.id), run_id)
    except BaseException as e:
        report.requests = client.requests_made - requests_before
        status = "interrupted" if isinstance(e, KeyboardInterrupt) else "failed"
        store.finish_run(run_id, status, requests=report.requests, new=report.new,
                         revised=report.revised, unchanged=report.unchanged, error=str(e)[:500])
        raise
    report.requests = client.requests_made - requests_before
    report.seconds = time.monotonic() - started
    store.finish_run(run_id, "ok", requests=report.requests, new=report.new,
                     revised=report.revised, unchanged=report.unchanged)
    return report
