"""`ldn-lit trials update` and trial <-> paper links: the registry beside the literature.

Update. One registry search for naltrexone, every page: GET /studies with query.intr=naltrexone (the
registry's intervention search also finds "low dose naltrexone"). Each study's conditions are assigned
here, by the PubMed condition rules over its condition names, keywords, condition MeSH terms and title
with the config's labels, MeSH terms and synonyms; studies of no tracked condition are stored and
counted too. After the first search, the next ones add filter.advanced=AREA[LastUpdatePostDate]RANGE[
<day of the last successful search minus OVERLAP_DAYS>,MAX]: the registry's post dates are US days,
refreshed during the UTC afternoon, so a study posted late on the day of a run would otherwise fall
between two runs for good; studies seen again are skipped by their content hash. A no-change update is
that one request. Every REFRESH_DAYS (and with full=True, or when the query changed) the search is made
in full and the stored studies it no longer returns (their intervention was renamed, say) are fetched by
NCT id (filter.ids), so a study that leaves the search is still brought up to date. The search state is
saved only after all pages are stored, so an interrupted run repeats the search.

Links, each with how it was made (recomputed from both sides after every update):
  registry_reference  the registry lists the PMID among the trial's references (type RESULT or
                      DERIVED: strong; BACKGROUND: the paper is background, not a report of the trial)
  pubmed_databank     the PubMed record lists the NCT number in its DataBank list (strong)
  abstract_text       the NCT number is written in the PubMed title or abstract (strong)
  title_match         the titles share most of their words and the paper is not older than the
                      trial's start (weak: shown as a possible match, never counted as a report)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from .config import Condition, Config
from .ctgov import NCT_RE, CtgovClient, Trial, parse_studies
from .models import AbstractSection, Article, MeshHeading
from .store import Store
from .tagging.conditions import tag_conditions
from .tagging.dose import tag_dose
from .tagging.text import fold

DRUG_INTERVENTION = "naltrexone"  # query.intr: the registry's intervention search covers "low dose naltrexone"
REPORTING_REFERENCE_TYPES = ("RESULT", "DERIVED")


SEARCH_ID = "naltrexone"  # the search's row in trial_query_state
REFRESH_ID = "naltrexone: full refresh"  # when the search was last made in full, leavers fetched by id
OVERLAP_DAYS = 2
REFRESH_DAYS = 30
IDS_PER_REQUEST = 200  # NCT ids per filter.ids request (about 2.6 kB of URL)


@dataclass
class TrialQueryOutcome:
    condition_id: str  # what was asked: SEARCH_ID, or "stored ids" (studies that left the search)
    mode: str  # "full", "since YYYY-MM-DD" or "by id"
    count: int = 0  # studies the search returned
    pages: int = 0
    new: int = 0
    revised: int = 0


@dataclass
class TrialsReport:
    run_id: int
    queries: list[TrialQueryOutcome] = field(default_factory=list)
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    links: int = 0
    requests: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # studies skipped as malformed, each named
    by_condition: dict[str, int] = field(default_factory=dict)  # stored trials per tracked condition
    untracked: int = 0  # stored trials on no tracked condition (kept: naltrexone studies all the same)
    gone: list[str] = field(default_factory=list)  # stored, but the registry returned them neither way


def search_query() -> str:
    """The registry search as text (kept in the search state: a change means a full search)."""
    return f"query.intr={DRUG_INTERVENTION}"


def search_params(since: str | None = None) -> dict[str, str]:
    from .ctgov import FIELDS

    params = {"query.intr": DRUG_INTERVENTION, "fields": ",".join(FIELDS)}
    if since:
        params["filter.advanced"] = f"AREA[LastUpdatePostDate]RANGE[{since},MAX]"
    return params


def _as_article(t: Trial) -> Article:
    """The trial's own words in the shape the PubMed taggers read (title, keywords, MeSH, outcomes)."""
    return Article(pmid=t.nct_id, title=t.official_title or t.title,
                   keywords=[*t.conditions, *t.keywords],
                   mesh=[MeshHeading(m) for m in t.condition_mesh],
                   abstract_sections=[AbstractSection("PRIMARY OUTCOMES", ". ".join(t.primary_outcomes), "METHODS")]
                   if t.primary_outcomes else [])


def tag_trial(t: Trial, conditions: list[Condition]) -> list[tuple[str, str, str]]:
    """Condition ids from the trial's conditions/keywords (as keywords), condition MeSH and title, with the
    same rules as PubMed records; and the doses each intervention states (filled into the trial)."""
    for x in t.interventions:
        x.dose_mg = tag_dose(Article(pmid=t.nct_id, title=x.name, abstract_sections=[
            AbstractSection(None, x.description or "")]))[0]
    ids, reasons = tag_conditions(_as_article(t), conditions)
    return [(cid, r.rule, r.matched.split(": ", 1)[-1]) for cid, r in zip(ids, reasons, strict=True)]


def trial_outcomes(t: Trial) -> list[str]:
    """Outcome domains of the trial's primary outcome measures (the PubMed outcome vocabulary)."""
    from .tagging.outcomes import tag_outcomes

    if not t.primary_outcomes:
        return []
    section = AbstractSection("PRIMARY OUTCOMES", ". ".join(t.primary_outcomes), "METHODS")
    return tag_outcomes(Article(pmid=t.nct_id, abstract_sections=[section]))[0]


Progress = Callable[..., None]


def _noop(*_: object, **__: object) -> None:
    pass


def run_trials_update(store: Store, config: Config, client: CtgovClient, *, full: bool = False,
                      today: date | None = None, progress: Progress = _noop) -> TrialsReport:
    started = time.monotonic()
    today = today or datetime.now(UTC).date()
    before = client.requests_made
    run_id = store.start_run("trials update", [SEARCH_ID])
    report = TrialsReport(run_id=run_id)
    try:
        state = store.trial_query_state()
        prev, refreshed = state.get(SEARCH_ID), state.get(REFRESH_ID)
        since = None
        if prev and prev["query"] == search_query() and not full:
            since = (date.fromisoformat(prev["last_success_date"]) - timedelta(days=OVERLAP_DAYS)).isoformat()
        refresh = since is None or not refreshed or \
            date.fromisoformat(refreshed["last_success_date"]) <= today - timedelta(days=REFRESH_DAYS)
        if refresh:
            since = None
        outcome = TrialQueryOutcome(SEARCH_ID, f"since {since}" if since else "full")
        report.queries.append(outcome)
        progress("search", condition_id=SEARCH_ID)
        seen: set[str] = set()
        for page in client.iter_studies(search_params(since)):
            _save_page(store, config, page.studies, today, outcome, report, seen)
        if refresh:
            left = sorted(set(store.trial_ids()) - seen)
            if left:
                by_id = TrialQueryOutcome("stored ids", "by id")
                report.queries.append(by_id)
                for i in range(0, len(left), IDS_PER_REQUEST):
                    ids = left[i:i + IDS_PER_REQUEST]
                    params = {"filter.ids": ",".join(ids), "fields": search_params()["fields"]}
                    for page in client.iter_studies(params):
                        _save_page(store, config, page.studies, today, by_id, report, seen)
                report.gone = [n for n in left if n not in seen]
        report.links = refresh_links(store)
        store.set_trial_query_state(SEARCH_ID, search_query(), today.isoformat(), outcome.count, run_id)
        if refresh:
            store.set_trial_query_state(REFRESH_ID, search_query(), today.isoformat(), len(seen), run_id)
        report.by_condition, report.untracked = condition_counts(store, config)
    except BaseException as e:
        report.requests = client.requests_made - before
        status = "interrupted" if isinstance(e, KeyboardInterrupt) else "failed"
        store.finish_run(run_id, status, requests=report.requests, new=report.new, revised=report.revised,
                         unchanged=report.unchanged, error=str(e)[:500])
        raise
    report.requests = client.requests_made - before
    report.seconds = time.monotonic() - started
    store.finish_run(run_id, "ok", requests=report.requests, new=report.new, revised=report.revised,
                     unchanged=report.unchanged)
    return report


def _save_page(store: Store, config: Config, studies: list[dict], today: date, outcome: TrialQueryOutcome,
               report: TrialsReport, seen: set[str]) -> None:
    """Check, tag (conditions assigned here) and store one page; its NCT ids join `seen` (a study listed again
    is stored once, a malformed one skipped with a warning)."""
    outcome.pages += 1
    parsed = parse_studies(studies, seen)
    report.warnings += [w for w in parsed.skipped if w not in report.warnings]
    trials = parsed.trials
    rows = {t.nct_id: tag_trial(t, config.all_conditions) for t in trials}
    result = store.save_trials(trials, rows, fetched_on=today.isoformat())
    outcome.count += len(trials)
    outcome.new += len(result.new)
    outcome.revised += len(result.revised)
    report.new += len(result.new)
    report.revised += len(result.revised)
    report.unchanged += len(result.unchanged)


def condition_counts(store: Store, config: Config) -> tuple[dict[str, int], int]:
    """Stored trials per tracked condition, and how many are on none of them."""
    tracked = [c.id for c in config.conditions]
    rows = store.trial_condition_rows()
    on = {n: {cid for cid, _, _ in r} for n, r in rows.items()}
    counts = {cid: sum(1 for c in on.values() if cid in c) for cid in tracked}
    return counts, sum(1 for n in store.trial_ids() if not on.get(n, set()) & set(tracked))


# ---- links ------------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(["a", "an", "and", "the", "of", "in", "on", "for", "with", "to", "by", "at", "or", "as", "from",
                   "versus", "vs", "is", "are", "be", "effect", "effects", "study", "trial", "randomized",
                   "randomised", "controlled", "pilot", "phase", "clinical"])
TITLE_MATCH_MIN = 0.6  # share of the shorter title's content words found in the other


def _content_words(title: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(title)) if w not in _STOP and len(w) > 2)


def _year(d: str | None) -> int | None:
    return int(d[:4]) if d and d[:4].isdigit() else None


def compute_links(store: Store) -> list[tuple[str, str, str, str, str]]:
    """Every (nct_id, pmid, method, strength, detail) link between stored trials and PubMed records."""
    trials = {t.nct_id: t for t in store.get_trials()}
    links: dict[tuple[str, str, str], tuple[str, str]] = {}
    for t in trials.values():
        for r in t.references:
            if r.pmid:
                strong = (r.type or "").upper() in REPORTING_REFERENCE_TYPES
                links[(t.nct_id, r.pmid, "registry_reference")] = (
                    "strong" if strong else "background", f"registry reference type {r.type or 'unknown'}")
    strongly_linked = {n for (n, _, _), (s, _) in links.items() if s == "strong"}
    titles: list[tuple[str, str, int | None]] = []
    for pmid, title, abstract, nct_ids, year in store.article_texts():
        text = f"{title or ''} {abstract or ''}"
        in_text = set()
        for m in NCT_RE.finditer(text):
            nct = m.group(0)
            in_text.add(nct)
            if nct in trials:
                snippet = text[max(0, m.start() - 60):m.end() + 20].strip()
                links[(nct, pmid, "abstract_text")] = ("strong", f"NCT number in the title/abstract: …{snippet}…")
                strongly_linked.add(nct)
        # Article.nct_ids holds the DataBank list and the abstract's NCT numbers: those not in the text are
        # from the DataBank list.
        for nct in set(re.findall(r"NCT\d{8}", " ".join(nct_ids))) - in_text:
            if nct in trials:
                links[(nct, pmid, "pubmed_databank")] = ("strong", "NCT number in the PubMed record's DataBank list")
                strongly_linked.add(nct)
        titles.append((pmid, title or "", year))
    # Title/date matches only for trials with no strong link: a possible paper, shown as weaker.
    index: dict[str, list[int]] = {}
    words = []
    for i, (_, title, _) in enumerate(titles):
        w = _content_words(title)
        words.append(w)
        for x in w:
            index.setdefault(x, []).append(i)
    for t in trials.values():
        if t.nct_id in strongly_linked:
            continue
        tw = _content_words(t.official_title or t.title) | _content_words(t.title)
        if len(tw) < 3:
            continue
        counts: dict[int, int] = {}
        for x in tw:
            for i in index.get(x, ()):
                counts[i] = counts.get(i, 0) + 1
        start = _year(t.start_date)
        for i, shared in counts.items():
            pw = words[i]
            score = shared / min(len(tw), len(pw)) if pw else 0
            pmid, _, year = titles[i]
            if len(pw) >= 3 and score >= TITLE_MATCH_MIN and (start is None or year is None or year >= start):
                links[(t.nct_id, pmid, "title_match")] = (
                    "weak",
                    f"{shared} shared title words ({score:.0%}); paper {year or '?'}, trial started {start or '?'}")
    return [(n, p, m, s, d) for (n, p, m), (s, d) in sorted(links.items())]


def refresh_links(store: Store) -> int:
    links = compute_links(store)
    store.replace_trial_links(links)
    return len(links)


def describe_trial(t: Trial, condition_rows: list[tuple[str, str, str]]) -> list[str]:
    """The facts of one trial as short lines (for `show NCT...`)."""
    phases = "/".join(p.replace("PHASE", "phase ").replace("EARLY_", "early ") for p in t.phases) or "no phase"
    design = ", ".join(x.lower().replace("_", " ") for x in (t.allocation, t.masking and f"masking {t.masking}") if x)
    from .trial_gap import participants

    known = participants(t)
    enrol = (f"{known} participants ({(t.enrollment_type or '').lower() or 'type not given'})" if known is not None
             else f"participants unknown (the registry gives {t.enrollment}, {(t.enrollment_type or '?').lower()})"
             if t.enrollment is not None else "enrolment not given")
    lines = [f"Status: {(t.overall_status or '?').lower().replace('_', ' ')}"
             + (f" (why stopped: {t.why_stopped})" if t.why_stopped else ""),
             f"Design: {t.study_type or '?'}, {phases}{', ' + design if design else ''}; {enrol}",
             (f"Dates: start {t.start_date or '?'}, primary completion {t.primary_completion_date or '?'}, "
              f"completion {t.completion_date or '?'}; last update posted {t.last_update_post_date or '?'}"),
             "Results posted: " + (f"yes ({t.results_first_post_date})" if t.has_results else "no"),
             f"Sponsor: {t.sponsor or '?'}",
             f"Registry conditions: {', '.join(t.conditions) or '-'}"]
    by_cond: dict[str, list[str]] = {}
    for cid, how, detail in condition_rows:
        by_cond.setdefault(cid, []).append("registry search" if how == "search" else f"{how}: {detail}")
    lines.append("Tagged conditions: " + ("; ".join(f"{c} ({', '.join(w)})" for c, w in by_cond.items()) or "-"))
    for x in t.interventions:
        dose = f" [{'/'.join(f'{d:g}' for d in x.dose_mg)} mg]" if x.dose_mg else ""
        lines.append(f"Intervention: {x.type or '?'}: {x.name}{dose}")
    if t.primary_outcomes:
        lines.append("Primary outcomes: " + "; ".join(t.primary_outcomes))
    return lines


# ---- export -----------------------------------------------------------------------------------
TRIAL_CSV_COLUMNS = [
    "nct_id", "registry_url", "title", "official_title", "overall_status", "why_stopped", "study_type", "phases",
    "allocation", "masking", "enrollment", "enrollment_type", "start_date", "primary_completion_date",
    "completion_date", "first_post_date", "last_update_post_date", "results_first_post_date",
    "results_first_submit_date", "disp_first_submit_date", "has_results",
    "sponsor", "registry_conditions", "conditions", "interventions", "reference_pmids", "linked_pmids",
    "weak_linked_pmids", "primary_outcomes",
]


def export_trials(store: Store, condition: str | None = None) -> list[dict]:
    """Every stored trial as a dict: the registry fields, condition ids (with how), links (with method)."""
    rows = store.trial_condition_rows()
    links: dict[str, list[dict]] = {}
    for x in store.trial_links():
        links.setdefault(x["nct_id"], []).append({"pmid": x["pmid"], "method": x["method"],
                                                  "strength": x["strength"], "detail": x["detail"]})
    out = []
    for t in store.get_trials():
        conds = rows.get(t.nct_id, [])
        if condition and condition not in {c for c, _, _ in conds}:
            continue
        d = t.to_dict()
        d["registry_conditions"] = d.pop("conditions")
        d["conditions"] = sorted({c for c, _, _ in conds})
        d["condition_reasons"] = [{"condition": c, "how": how, "detail": detail} for c, how, detail in conds]
        d["links"] = links.get(t.nct_id, [])
        out.append(d)
    return out


def write_trials(records: list[dict], fmt: str, out) -> int:
    """Trials in any export format (ldn_lit/export.py's WRITERS)."""
    from .export import Flat, write_export

    return write_export(records, fmt, out, Flat(TRIAL_CSV_COLUMNS, _trial_csv_row))


def _trial_csv_row(r: dict) -> dict:
    return r | {
        "phases": "; ".join(r["phases"]), "registry_conditions": "; ".join(r["registry_conditions"]),
        "conditions": "; ".join(r["conditions"]), "has_results": int(r["has_results"]),
        "interventions": "; ".join(f"{i['type'] or '?'}: {i['name']}"
                                   + (f" ({'/'.join(f'{d:g}' for d in i['dose_mg'])} mg)" if i["dose_mg"] else "")
                                   for i in r["interventions"]),
        "reference_pmids": "; ".join(f"{x['pmid']} ({x['type']})" for x in r["references"] if x["pmid"]),
        "linked_pmids": "; ".join(sorted({x["pmid"] for x in r["links"] if x["strength"] == "strong"})),
        "weak_linked_pmids": "; ".join(sorted({x["pmid"] for x in r["links"] if x["strength"] == "weak"})),
        "primary_outcomes": "; ".join(r["primary_outcomes"])}
