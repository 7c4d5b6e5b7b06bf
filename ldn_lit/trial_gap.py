"""The gap between what was registered and what was reported, per condition (and outcome).

Two clocks per trial (docs/trials.md, "The gap", says where each rule comes from), both anchored on the
primary completion date (the completion date when there is none; a month or a year is read as its last day):
  registry results due   anchor + 12 months (FDAAA 801, 42 CFR 11.44; WHO 2015 for the registry)
  publication due        anchor + 24 months (WHO 2015; the TrialsTracker counts the same way)
The clocks run for COMPLETED trials, TERMINATED ones that enrolled people (actual enrolment > 0) and
UNKNOWN ones past their dates; never for WITHDRAWN ones, nor for trials still running.
A trial is in the first of these states that holds:
  results posted       the registry shows results
  published            a strong link to a stored paper that is a results report: not a protocol, design
                       paper, review or notice, and entered PubMed no earlier than REPORT_MARGIN_DAYS before
                       the anchor; other linked papers are "linked, not a results report"
  results submitted    results sent to the registry, still in its quality control (not posted yet)
  delay certified      a certificate of delay / extension request is on the registry
  unreported           publication due date passed with none of the above
  registry overdue     registry results due date passed (publication not yet due)
  not yet due          the clocks run but neither date has passed
  not due              the clocks do not run (status)
Enrolment: 99999999 (the registry's "unknown") and estimated counts of finished trials are "participants
unknown", never summed. Pure functions over a TrialData snapshot, so the digest, `trials gap` and the claim
verdicts share them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .config import Config
from .models import Trial
from .store import Store
from .vocabulary import DESIGNS, HUMAN_POPULATIONS

REGISTRY_DUE_MONTHS = 12
PUBLICATION_DUE_MONTHS = 24
REPORT_MARGIN_DAYS = 90  # a results paper may enter PubMed a little before the registry's (often rounded) date
UNKNOWN_ENROLMENT = 99999999  # what the registry shows when the count is not known
FINISHED = ("COMPLETED", "TERMINATED", "UNKNOWN")
STOPPED = ("TERMINATED", "WITHDRAWN", "SUSPENDED")
STRONG = "strong"
STATES = ("results_posted", "published", "results_submitted", "delay_certified", "unreported", "registry_overdue",
          "not_yet_due", "not_due")
# PubMed designs that report a trial in people (the "published" side of registered versus published):
# the vocabulary's human designs named "... trial" (randomised, crossover, non-randomised, open-label)
TRIAL_DESIGNS = tuple(d.id for d in DESIGNS if d.group == "human" and d.label.endswith(" trial"))
# A linked paper with one of these designs or publication types is not a report of the trial's results.
NOT_REPORT_DESIGNS = {"protocol": "a protocol", "systematic_review_or_meta_analysis": "a review",
                      "narrative_review": "a review", "other": "a notice, comment or editorial",
                      "animal_study": "an animal study", "in_vitro": "an in-vitro study"}
NOT_REPORT_TYPES = {"Clinical Trial Protocol": "a protocol", "Review": "a review", "Systematic Review": "a review",
                    "Meta-Analysis": "a review", "Comment": "a comment", "Editorial": "an editorial"}
DESIGN_PAPER = re.compile(r"\b(rationale and design|design and rationale|study design|protocol)\b", re.I)

DEFINITION = (f"Unreported: finished (completed; terminated after enrolling people; status unknown past its dates), "
              f"more than {PUBLICATION_DUE_MONTHS} months past primary completion by {{as_of}}, with no results "
              "posted or submitted, no certificate of delay and no linked results paper (a protocol, design paper "
              "or review, or a paper from before completion, is not a results report). Registry overdue: more than "
              f"{REGISTRY_DUE_MONTHS} months past primary completion without registry results. Title matches are "
              "shown, never counted; participants are summed only where the registry gives an actual count.")


def today_utc() -> date:
    """The day the gap is taken on when none is given (tests pin it, e.g. to 29 February)."""
    return datetime.now(UTC).date()


def registry_day(d: str | None, *, last: bool = True) -> date | None:
    """A registry date (YYYY, YYYY-MM or YYYY-MM-DD) as the last (or first) day it can mean; None if unreadable."""
    if not d:
        return None
    try:
        parts = [int(x) for x in d.strip()[:10].split("-")]
        year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
        day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1] if last else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def add_months(d: date, months: int) -> date:
    """d plus (or minus) whole months; a day the target month lacks becomes its last (29 February + 12 months =
    28 February): no date arithmetic here fails on a leap day."""
    year, month = divmod(d.month - 1 + months, 12)
    year += d.year
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def participants(t: Trial) -> int | None:
    """The number enrolled, or None when unknown: no count, the registry's 99999999, or an estimate on a finished
    trial (the estimate made at registration, not who took part)."""
    n = t.enrollment
    if n is None or n < 0 or n >= UNKNOWN_ENROLMENT:
        return None
    if (t.enrollment_type or "").upper() == "ESTIMATED" and t.overall_status in FINISHED:
        return None
    return n


@dataclass
class Clocks:
    anchor: date | None  # primary completion (completion when absent), as its last possible day
    anchor_from: str  # "primary completion", "completion" or "no date"
    due: bool  # whether the clocks run for this trial's status
    registry_due: date | None
    publication_due: date | None


def clocks(t: Trial, today: date) -> Clocks:
    field_, given = (("primary completion", t.primary_completion_date) if t.primary_completion_date
                     else ("completion", t.completion_date) if t.completion_date else ("no date", None))
    anchor = registry_day(given)
    status = t.overall_status
    n = t.enrollment if t.enrollment is not None and t.enrollment < UNKNOWN_ENROLMENT else None
    due = (status == "COMPLETED"
           or status == "TERMINATED" and bool(n) and (t.enrollment_type or "ACTUAL").upper() == "ACTUAL"
           or status == "UNKNOWN" and anchor is not None and anchor < today)
    return Clocks(anchor, field_, due, add_months(anchor, REGISTRY_DUE_MONTHS) if anchor else None,
                  add_months(anchor, PUBLICATION_DUE_MONTHS) if anchor else None)


def paper_is_report(paper: dict[str, Any] | None, anchor_first: date | None) -> tuple[bool, str]:
    """Whether a linked, stored PubMed record is a report of the trial's results, and why (or why not)."""
    if paper is None:
        return False, "paper not stored (`ldn-lit trials update` fetches it)"
    design = paper.get("design")
    if design in NOT_REPORT_DESIGNS:
        return False, f"{NOT_REPORT_DESIGNS[design]} (design tag)"
    kind = next((NOT_REPORT_TYPES[p] for p in paper.get("publication_types") or [] if p in NOT_REPORT_TYPES), None)
    if kind:
        return False, f"{kind} (publication type)"
    if DESIGN_PAPER.search(paper.get("title") or "") and design not in TRIAL_DESIGNS:
        return False, "a design paper (title)"
    entered = (date.fromisoformat(paper["entrez_date"]) if paper.get("entrez_date")
               else registry_day(str(paper["year"])) if paper.get("year") else None)
    if anchor_first and entered and entered < anchor_first - timedelta(days=REPORT_MARGIN_DAYS):
        return False, f"published {entered.isoformat()}, before the trial's primary completion"
    return True, f"{design or 'untagged'} paper, published {entered.isoformat() if entered else 'date unknown'}"


@dataclass
class TrialSummary:
    nct_id: str
    title: str
    status: str | None
    why_stopped: str | None
    phases: list[str]
    enrollment: int | None  # as the registry gives it
    enrollment_type: str | None
    participants: int | None  # what is counted: None = participants unknown (see participants())
    start_date: str | None
    primary_completion_date: str | None
    completion_date: str | None
    has_results: bool
    sponsor: str | None
    registry_url: str
    state: str = "not_due"  # one of STATES
    registry_due: str | None = None  # YYYY-MM-DD, when the clocks run
    publication_due: str | None = None
    results_submitted: str | None = None  # the day results reached the registry (not posted yet)
    delay_certified: str | None = None  # the day a certificate of delay reached the registry
    papers: list[str] = field(default_factory=list)  # PMIDs of results reports of this trial
    linked_not_reports: list[str] = field(default_factory=list)  # "PMID: why it is not a results report"
    possible_papers: list[str] = field(default_factory=list)  # PMIDs linked only by a title/date match

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ConditionGap:
    condition_id: str
    label: str
    registered: int = 0
    finished: int = 0  # trials whose clocks run (completed; terminated with people; unknown past its dates)
    reported: int = 0  # finished trials with results posted or a results paper
    unreported: list[TrialSummary] = field(default_factory=list)
    registry_overdue: list[TrialSummary] = field(default_factory=list)
    results_submitted: list[TrialSummary] = field(default_factory=list)
    delay_certified: list[TrialSummary] = field(default_factory=list)
    stopped: list[TrialSummary] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)  # when the gap is for a claim's outcomes

    @property
    def unreported_participants(self) -> int:
        return sum(t.participants or 0 for t in self.unreported)

    @property
    def participants_unknown(self) -> int:
        """Unreported trials whose number of participants is not known (never summed)."""
        return sum(1 for t in self.unreported if t.participants is None)

    def sentence(self) -> str:
        """One line for a reader: "3 finished trials with 240 participants have reported nothing"."""
        n = len(self.unreported)
        if not self.registered:
            return "no registered trial on this in the stored registry data"
        if not n:
            return (f"{self.registered} registered trial(s), {self.finished} finished; none more than "
                    f"{PUBLICATION_DUE_MONTHS} months past primary completion is unreported")
        who = f" with {self.unreported_participants} participants" if self.unreported_participants else ""
        if self.participants_unknown:
            who += f" ({self.participants_unknown} with participants unknown)"
        return (f"{n} finished trial{'s' if n != 1 else ''}{who} {'have' if n != 1 else 'has'} reported nothing "
                f"(no results posted, no results paper, over {PUBLICATION_DUE_MONTHS} months past primary completion: "
                f"{', '.join(t.nct_id for t in self.unreported[:6])}{' …' if n > 6 else ''})")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"unreported_participants": self.unreported_participants,
                               "participants_unknown": self.participants_unknown, "summary": self.sentence()}


@dataclass
class TrialData:
    """What the gap needs from the database, read once."""

    trials: dict[str, Trial]
    conditions: dict[str, set[str]]  # nct_id -> condition ids
    outcomes: dict[str, list[str]]  # nct_id -> outcome domains of its primary outcomes
    links: dict[str, list[tuple[str, str, str]]]  # nct_id -> [(pmid, strength, detail)]
    papers: dict[str, dict[str, Any]] = field(default_factory=dict)  # pmid -> store.linked_papers() row


def load_trial_data(store: Store) -> TrialData:
    from .trials import trial_outcomes

    trials = {t.nct_id: t for t in store.get_trials()}
    conds: dict[str, set[str]] = {}
    for nct, rows in store.trial_condition_rows().items():
        conds[nct] = {cid for cid, _, _ in rows}
    links: dict[str, list[tuple[str, str, str]]] = {}
    for x in sorted(store.trial_links(), key=lambda x: (x["nct_id"], x["pmid"], x["method"])):
        links.setdefault(x["nct_id"], []).append((x["pmid"], x["strength"], x["detail"]))
    pmids = sorted({p for rows in links.values() for p, s, _ in rows if s != "weak"})
    return TrialData(trials, conds, {n: trial_outcomes(t) for n, t in trials.items()}, links,
                     store.linked_papers(pmids))


def summary(t: Trial, data: TrialData, today: date) -> TrialSummary:
    """One trial's state on `today`, with its clocks and which linked papers report it (and why the others not)."""
    c = clocks(t, today)
    anchor_first = registry_day(t.primary_completion_date or t.completion_date, last=False)
    links = data.links.get(t.nct_id, [])
    papers: set[str] = set()
    others: dict[str, str] = {}
    for pmid, strength, detail in links:
        if strength == "weak":
            continue
        if strength != STRONG:
            others.setdefault(pmid, detail)
            continue
        ok, why = paper_is_report(data.papers.get(pmid), anchor_first)
        if ok:
            papers.add(pmid)
        else:
            others.setdefault(pmid, why)
    s = TrialSummary(
        t.nct_id, t.title, t.overall_status, t.why_stopped, t.phases, t.enrollment, t.enrollment_type,
        participants(t), t.start_date, t.primary_completion_date, t.completion_date, t.has_results, t.sponsor, t.url,
        registry_due=c.registry_due.isoformat() if c.due and c.registry_due else None,
        publication_due=c.publication_due.isoformat() if c.due and c.publication_due else None,
        results_submitted=t.results_first_submit_date if not t.has_results else None,
        delay_certified=t.disp_first_submit_date,
        papers=sorted(papers, key=int),
        linked_not_reports=[f"{p}: {why}" for p, why in sorted(others.items(), key=lambda x: int(x[0]))
                            if p not in papers],
        possible_papers=sorted({p for p, s, _ in links if s == "weak"}, key=int))
    s.state = _state(s, c, today)
    return s


STATE_WORDS = {"results_posted": "results posted", "published": "results paper", "not_due": "not due (status)",
               "results_submitted": "results submitted, in registry QC", "delay_certified": "certificate of delay",
               "unreported": "unreported", "registry_overdue": "registry results overdue",
               "not_yet_due": "not yet due"}


def reporting(s: TrialSummary) -> list[str]:
    """What a reader needs to see of a trial's reporting: its state, due dates and papers (digests, `show`)."""
    parts = [STATE_WORDS[s.state]]
    if s.registry_due:
        parts.append(f"registry results due {s.registry_due}, publication due {s.publication_due}")
    if s.results_submitted:
        parts.append(f"results submitted {s.results_submitted}")
    if s.delay_certified:
        parts.append(f"certificate of delay submitted {s.delay_certified}")
    if s.papers:
        parts.append("results papers: " + ", ".join(f"PMID {p}" for p in s.papers))
    if s.linked_not_reports:
        parts.append("linked, not a results report: " + "; ".join(f"PMID {p}" for p in s.linked_not_reports))
    return parts


def _state(s: TrialSummary, c: Clocks, today: date) -> str:
    if s.has_results:
        return "results_posted"
    if s.papers:
        return "published"
    if not c.due:
        return "not_due"
    if s.results_submitted:
        return "results_submitted"
    if s.delay_certified:
        return "delay_certified"
    if c.publication_due and c.publication_due < today:
        return "unreported"
    if c.registry_due and c.registry_due < today:
        return "registry_overdue"
    return "not_yet_due"


def condition_gap(data: TrialData, condition_id: str, label: str, today: date,
                  outcomes: list[str] | None = None) -> ConditionGap:
    """The gap for one condition ("any": every trial) on `today`; with outcomes, only trials whose primary
    outcomes measure one of them."""
    gap = ConditionGap(condition_id, label, outcomes=list(outcomes or []))
    for nct in sorted(data.trials):
        t = data.trials[nct]
        if condition_id != "any" and condition_id not in data.conditions.get(nct, set()):
            continue
        if outcomes and not set(outcomes) & set(data.outcomes.get(nct, [])):
            continue
        gap.registered += 1
        s = summary(t, data, today)
        if t.overall_status in STOPPED:
            gap.stopped.append(s)
        if not clocks(t, today).due:
            continue
        gap.finished += 1
        if s.state in ("results_posted", "published"):
            gap.reported += 1
        elif s.state in ("unreported", "registry_overdue", "results_submitted", "delay_certified"):
            getattr(gap, s.state).append(s)
    return gap


GAP_COLUMNS = ("condition", "registered", "finished", "reported", "results submitted / delay certified",
               f"registry overdue ({REGISTRY_DUE_MONTHS} months)", "unreported (participants)", "stopped")


def gap_row(g: ConditionGap) -> list[str]:
    """The cells of GAP_COLUMNS for one condition (`trials gap` and the digests print the same table)."""
    who = f"{g.unreported_participants}" + (f"; {g.participants_unknown} unknown" if g.participants_unknown else "")
    return [g.label, str(g.registered), str(g.finished), str(g.reported),
            f"{len(g.results_submitted)} / {len(g.delay_certified)}", str(len(g.registry_overdue)),
            f"{len(g.unreported)} ({who})", str(len(g.stopped))]


def condition_gaps(store: Store, config: Config, today: date, data: TrialData | None = None) -> list[ConditionGap]:
    data = data or load_trial_data(store)
    return [condition_gap(data, c.id, c.label, today) for c in config.conditions]


def registered_vs_published(store: Store, config: Config, data: TrialData | None = None,
                            until: str | None = None) -> dict[str, dict[str, int]]:
    """year -> {"registered": trials first posted that year, "published": PubMed trial reports that year},
    both on the tracked conditions."""
    data = data or load_trial_data(store)
    tracked = {c.id for c in config.conditions}
    out: dict[str, dict[str, int]] = {}
    for nct, t in data.trials.items():
        posted = t.first_post_date or ""
        year = posted[:4]
        if year.isdigit() and data.conditions.get(nct, set()) & tracked and (not until or posted <= until):
            out.setdefault(year, {"registered": 0, "published": 0})["registered"] += 1
    for r in store.tagged_by_year(until):
        if r["design"] in TRIAL_DESIGNS and r["population"] in HUMAN_POPULATIONS and set(r["conditions"]) & tracked:
            out.setdefault(str(r["year"]), {"registered": 0, "published": 0})["published"] += 1
    return dict(sorted(out.items()))


@dataclass
class ClaimTrialGap:
    """What the registry adds to one claim's verdict: the unreported trials on its condition and outcome,
    and whether they outweigh the published trials (suspected publication bias)."""

    gap: ConditionGap
    published_trials: int
    published_participants: int
    publication_bias: bool
    reason: str

    def note(self) -> str:
        """The reported/unreported split for a reader, e.g. "4 registered trials on pain: 3 finished, 1 reported
        (results or a results paper); 2 finished trials with 240 participants have reported nothing (…)"."""
        g = self.gap
        on = f" on {' / '.join(o.replace('_', ' ') for o in g.outcomes)}" if g.outcomes else ""
        if not g.registered:
            return f"no registered trial{on} in the stored registry data"
        parts = [(f"{g.registered} registered trial{'s' if g.registered != 1 else ''}{on}: {g.finished} finished, "
                  f"{g.reported} reported (results or a results paper)")]
        if g.unreported:
            parts.append(g.sentence())
        if g.results_submitted or g.delay_certified:
            parts.append(f"{len(g.results_submitted)} with results submitted to the registry (in its quality control), "
                         f"{len(g.delay_certified)} with a certificate of delay")
        if g.stopped:
            why = ", ".join(f"{t.nct_id}: {t.why_stopped or 'no reason given'}" for t in g.stopped[:3])
            parts.append(f"{len(g.stopped)} stopped ({why}{' …' if len(g.stopped) > 3 else ''})")
        return "; ".join(parts) + (f". Certainty lowered for {self.reason}" if self.publication_bias else "")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"gap": self.gap.to_dict(), "note": self.note()}


def claim_trial_gap(data: TrialData, condition: str, outcomes: list[str], today: date, *,
                    published_trials: int, published_participants: int, label: str = "") -> ClaimTrialGap:
    """The gap for a claim. Publication bias is suspected when the unreported finished trials outweigh the
    published trials: more participants unreported than in the published trials (when both are known),
    else more unreported trials than published ones."""
    gap = condition_gap(data, condition, label or condition, today, outcomes)
    n, people = len(gap.unreported), gap.unreported_participants
    if people and published_participants:
        bias = people > published_participants
        basis = f"{people} participants in unreported trials against {published_participants} in published trials"
    else:
        bias = n > published_trials
        basis = f"{n} unreported finished trial(s) against {published_trials} published trial(s)"
    reason = (f"suspected publication bias: {basis}" if bias and n else basis) if n else ""
    return ClaimTrialGap(gap, published_trials, published_participants, bias and n > 0, reason)


def published_trials(records: Sequence[Any], condition: str, outcomes: Sequence[str]) -> tuple[int, int]:
    """(count, participants) of the published human trials on a condition ("any": all) measuring one of the
    outcomes (all outcomes when none is given); `records` are the claims module's Evidence rows (or Bundles of
    `n` records alike)."""
    rows = [e for e in records if not e.retracted and e.design in TRIAL_DESIGNS and e.population in HUMAN_POPULATIONS
            and (condition == "any" or condition in e.conditions)
            and (not outcomes or set(outcomes) & set(e.outcomes))]
    return sum(e.n for e in rows), sum((e.sample_size or 0) * e.n for e in rows)


def registry_gaps(store: Store, records: Sequence[Any], claims: Sequence[Any], until: str | None = None,
                  today: date | None = None) -> dict[str, ClaimTrialGap]:
    """claim id -> what the registry adds to its verdict ({} when no trial is stored). The gap is taken as
    of `until` (a digest's window end) or today."""
    if not claims or not store.count_trials():
        return {}
    as_of = date.fromisoformat(until) if until else (today or today_utc())
    data = load_trial_data(store)
    out = {}
    for c in claims:
        n, people = published_trials(records, c.condition, c.outcomes)
        out[c.id] = claim_trial_gap(data, c.condition, list(c.outcomes), as_of, published_trials=n,
                                    published_participants=people)
    return out
