"""Ask PubMed for each trial before calling it unreported (the TrialsTracker's rule).

A finished trial with no results posted and no results paper among the stored records may still have
one that no condition search of `ldn-lit update` fetched. For those trials, PubMed is searched for
`NCT…[si] OR NCT…[tiab]` (the NCT number in the record's secondary source ids, i.e. its DataBank
list, or written in its title or abstract), NCT_PER_SEARCH trials to one esearch; the records found
that are not stored, or are stored without the NCT number (PubMed added it later), are fetched with
the registry's own reference PMIDs of those trials, tagged and stored like any record, and the links
are recomputed. A handful of requests, through the polite Entrez client; asked again when the registry
search brought new or changed studies, or RECHECK_DAYS after the last time (PubMed adds papers on its own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .config import Config
from .entrez import ESEARCH_WINDOW, EntrezClient
from .ingest import store_batch
from .store import Store
from .trial_gap import clocks, load_trial_data, summary

NCT_PER_SEARCH = 100  # ~3,400 characters of term: sent as POST, well inside what esearch takes
CHECK_ID = "pubmed: NCT numbers of unreported trials"  # its row in trial_query_state
RECHECK_DAYS = 7


@dataclass
class PubmedCheck:
    trials: list[str] = field(default_factory=list)  # the trials PubMed was asked about
    found: list[str] = field(default_factory=list)  # PMIDs whose record names one of them
    fetched: int = 0  # records fetched (new, or stored without the NCT number, or registry references)
    new: int = 0
    requests: int = 0
    last_asked: str | None = None  # when not asked this time: the day PubMed was last asked


def nct_term(nct_ids: list[str]) -> str:
    """One esearch term for these trials: each NCT number as a secondary source id or in the title/abstract."""
    return " OR ".join(f"{n}[si] OR {n}[tiab]" for n in nct_ids)


def unreported_candidates(store: Store, today: date) -> tuple[list[str], list[str]]:
    """(NCT ids of finished trials with no results posted and no results paper, the registry's reference
    PMIDs of those trials that are not stored)."""
    data = load_trial_data(store)
    ncts, refs = [], []
    for nct, t in sorted(data.trials.items()):
        if not clocks(t, today).due or summary(t, data, today).state in ("results_posted", "published"):
            continue
        ncts.append(nct)
        refs += [r.pmid for r in t.references if r.pmid and r.pmid.isdigit() and r.pmid not in data.papers
                 and (r.type or "").upper() != "BACKGROUND"]
    stored = store.fetched_on(refs)
    return ncts, sorted({p for p in refs if p not in stored}, key=int)


def check_pubmed(store: Store, config: Config, client: EntrezClient, today: date, *, changed: bool = True,
                 run_id: int = 0) -> PubmedCheck:
    """Search PubMed for the candidates' NCT numbers, store what is missing; the links are the caller's to
    recompute (trials.refresh_links). Not asked when nothing `changed` in the registry and PubMed was asked
    less than RECHECK_DAYS ago (PubmedCheck.last_asked says when)."""
    before = client.requests_made
    report = PubmedCheck()
    prev = store.trial_query_state().get(CHECK_ID)
    if not changed and prev and date.fromisoformat(prev["last_success_date"]) > today - timedelta(days=RECHECK_DAYS):
        report.last_asked = prev["last_success_date"]
        return report
    report.trials, to_fetch = unreported_candidates(store, today)
    for i in range(0, len(report.trials), NCT_PER_SEARCH):
        batch = report.trials[i:i + NCT_PER_SEARCH]
        found = client.esearch(nct_term(batch), retmax=ESEARCH_WINDOW, usehistory=False).ids
        report.found += found
        mentions = _mentions(store, found)
        to_fetch += [p for p in found if not mentions.get(p, set()) & set(batch)]
    to_fetch = list(dict.fromkeys(to_fetch))
    for got in client.fetch_articles(to_fetch):
        result = store_batch(store, config, got.articles, source="trials", fetched_on=today.isoformat())
        report.fetched += len(got.articles)
        report.new += len(result.new)
    report.requests = client.requests_made - before
    store.set_trial_query_state(CHECK_ID, "NCT…[si] OR NCT…[tiab]", today.isoformat(), len(report.found), run_id)
    return report


def _mentions(store: Store, pmids: list[str]) -> dict[str, set[str]]:
    """pmid -> the NCT numbers its stored copy carries (DataBank list, abstract, title); absent when not stored."""
    from .ctgov import NCT_RE

    return {a.pmid: set(a.nct_ids) | set(NCT_RE.findall(a.title)) for a in store.get_articles(pmids)}
