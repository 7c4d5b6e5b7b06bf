"""`ldn-lit update`: search PubMed for each condition, fetch only new or revised records, store them.

Incremental rule. The first search for a condition (or any search after its query text changed,
or with full=True) asks for every matching PMID. After that, one esearch of the drug query alone
asks for the records PubMed created or modified since the day of the last successful search
(datetype=mdat, mindate=that day, maxdate=3000: both ends inclusive, day resolution; a new record's
modification date is its creation day, so new and revised records are found alike). When that
finds nothing, the update is over: one request, whatever the number of conditions. When it finds
something, its result stays on NCBI's history server and each condition is searched within it
("#1 AND (condition query)", same WebEnv), so only those records are listed per condition.

Of the records listed, one is fetched when it is not stored, or when it was last fetched on or
before that day: PubMed's dates have day resolution, so a record modified on that day may have
changed after our fetch and is fetched once more (the content hash then tells whether it really
changed). Days are PubMed's (US Eastern), taken conservatively as the UTC time less five hours,
so that a change made late in the evening in Bethesda is never dated after the day we record.

Query state is saved only after all fetches succeed, so an interrupted run repeats its searches
next time and fetches what is still missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from .config import Condition, Config
from .entrez import ESEARCH_WINDOW, EntrezClient, EntrezError
from .ingest import store_batch
from .pubmed_xml import ParseNotes
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
    found: int = 0  # distinct PMIDs over all queries: a record two conditions' searches found counts once
    fetched: int = 0
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    missing: list[str] = field(default_factory=list)  # PMIDs esearch listed but efetch did not return
    warnings: list[str] = field(default_factory=list)  # from parsing, each naming its PMID
    deleted: list[str] = field(default_factory=list)  # PMIDs PubMed answered with <DeleteCitation>
    requests: int = 0
    seconds: float = 0.0


# progress(event, **info): events "search" (condition_id), "fetch_start" (total), "fetched" (n)
Progress = Callable[..., None]


def _noop(*_: object, **__: object) -> None:
    pass


MAXDATE = "3000"  # mindate and maxdate must be given together; this one means "up to now"


def pubmed_day(now: datetime) -> date:
    """The day PubMed dates a change made at `now` (UTC) with, or the day before: NCBI's days are
    US Eastern ones, which start four or five hours after UTC's."""
    return (now - timedelta(hours=5)).date()


def search_conditions(
    client: EntrezClient,
    config: Config,
    searches: list[tuple[Condition, str | None]],
    progress: Progress = _noop,
) -> dict[str, list[str]]:
    """condition id -> PMIDs to consider, for (condition, since-day or None for a full search).

    Full searches are one search_all_ids each. The incremental ones share one esearch of the drug
    query for records modified since the earliest of their days; only when it finds something is
    each condition searched, within that result on the history server."""
    incremental = [since for _, since in searches if since]
    changed = None
    if incremental:
        changed = client.esearch(config.drug_query, datetype="mdat", mindate=min(incremental),
                                 maxdate=MAXDATE, retmax=0)
    found: dict[str, list[str]] = {}
    for cond, since in searches:
        term = config.search_term(cond)
        if since is None:
            ids = client.search_all_ids(term).ids
        elif changed is None or changed.count == 0:
            ids = []
        elif changed.webenv and changed.query_key:
            res = client.esearch(f"#{changed.query_key} AND ({cond.query})", webenv=changed.webenv)
            ids = res.ids if res.count <= ESEARCH_WINDOW else client.search_all_ids(
                term, datetype="mdat", mindate=since, maxdate=MAXDATE).ids  # too many for one reply: split
        else:  # no history server in the reply: the same question without it
            ids = client.search_all_ids(term, datetype="mdat", mindate=since, maxdate=MAXDATE).ids
        found[cond.id] = ids
        progress("search", condition_id=cond.id)
    return found


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
    jobs: int | None = None,
) -> UpdateReport:
    """Search, fetch what is new or revised, tag it (with `jobs` processes: default every core, 1 in this
    process) and store it."""
    from .tag_pool import Tagger

    started = time.monotonic()
    today = today or pubmed_day(datetime.now(timezone.utc))
    day = today.strftime("%Y/%m/%d")
    conditions = conditions or config.conditions
    requests_before = client.requests_made
    run_id = store.start_run("update", [c.id for c in conditions])
    report = UpdateReport(run_id=run_id)
    tagger = Tagger(config.all_conditions, jobs)
    try:
        state = store.query_state()
        searches: list[tuple[Condition, str | None]] = []
        for cond in conditions:
            prev = state.get(cond.id)
            same = prev is not None and prev["term"] == config.search_term(cond) and not full
            searches.append((cond, prev["last_success_date"] if prev and same else None))
        found = search_conditions(client, config, searches, progress)
        report.found = len({pmid for ids in found.values() for pmid in ids})
        matches: dict[str, set[str]] = {}
        to_fetch: dict[str, None] = {}  # ordered set
        outcome_of: dict[str, list[QueryOutcome]] = {}
        for cond, since in searches:
            ids = found[cond.id]
            outcome = QueryOutcome(cond.id, f"since {since}" if since else "full", count=len(ids))
            report.queries.append(outcome)
            fetched_on = store.fetched_on(ids)
            since_iso = since.replace("/", "-") if since else None
            for pmid in ids:
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
        notes = ParseNotes(warnings=report.warnings)
        for batch in client.fetch_articles(ids, batch_size=batch_size, notes=notes):
            articles, batch_ids = batch.articles, batch.asked
            report.missing += batch.missing
            batch_matches = {a.pmid: matches.get(a.pmid, set()) for a in articles}
            result = store_batch(store, config, articles, source="pubmed", matches=batch_matches,
                                 run_id=run_id, fetched_on=today.isoformat(), tagger=tagger)
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
        if report.missing:
            # Not saving the search state makes the next run ask for these again.
            raise EntrezError(
                f"PubMed listed {len(report.missing)} record(s) that efetch did not return after 3 tries "
                f"({', '.join(report.missing[:5])}{', …' if len(report.missing) > 5 else ''}); what was fetched "
                "is saved, and the next `ldn-lit update` asks for the rest")

        # Matches for records that were already stored and not refetched (not for deleted ones).
        report.deleted = list(dict.fromkeys(notes.deleted))
        rest = {p: c for p, c in matches.items() if p not in fetched and p not in notes.deleted}
        with store.atomic():
            store.mark_deleted(report.deleted, today.isoformat())
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
    finally:
        tagger.close()
    report.requests = client.requests_made - requests_before
    report.seconds = time.monotonic() - started
    store.finish_run(run_id, "ok", requests=report.requests, new=report.new,
                     revised=report.revised, unchanged=report.unchanged)
    return report
