"""The gap between what was registered and what was reported, per condition (and outcome).

Definitions (docs/trials.md, "The gap"):
  registered   trials on the condition in the registry (found by its search or tagged with it)
  completed    overall status COMPLETED
  reported     results posted in the registry, or a strong link to a paper (registry RESULT/DERIVED
               reference, NCT number in the PubMed DataBank list or abstract)
  unreported   completed more than two years ago (completion date, else primary completion date)
               and not reported; a title/date match to a paper is shown beside it, never counted
  stopped      TERMINATED, WITHDRAWN or SUSPENDED, with the registry's reason (whyStopped)
Pure functions over a TrialData snapshot, so the digest, `trials gap` and the claim verdicts share them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from .config import Config
from .models import Trial
from .store import Store
from .vocabulary import DESIGNS, HUMAN_POPULATIONS

UNREPORTED_AFTER_YEARS = 2
STOPPED = ("TERMINATED", "WITHDRAWN", "SUSPENDED")
STRONG = "strong"
# PubMed designs that report a trial in people (the "published" side of registered versus published):
# the vocabulary's human designs named "... trial" (randomised, crossover, non-randomised, open-label)
TRIAL_DESIGNS = tuple(d.id for d in DESIGNS if d.group == "human" and d.label.endswith(" trial"))


DEFINITION = (f"Unreported: completed more than {UNREPORTED_AFTER_YEARS} years before {{as_of}} with no results "
              "posted and no linked paper (registry RESULT/DERIVED reference, or the NCT number in a PubMed record). "
              "A title match to a paper is shown but not counted as a report.")


@dataclass
class TrialSummary:
    nct_id: str
    title: str
    status: str | None
    why_stopped: str | None
    phases: list[str]
    enrollment: int | None
    enrollment_type: str | None
    start_date: str | None
    completion_date: str | None
    has_results: bool
    sponsor: str | None
    registry_url: str
    papers: list[str] = field(default_factory=list)  # PMIDs strongly linked (reports of this trial)
    possible_papers: list[str] = field(default_factory=list)  # PMIDs linked only by a title/date match

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ConditionGap:
    condition_id: str
    label: str
    registered: int = 0
    completed: int = 0
    reported: int = 0  # completed trials with results posted or a linked paper
    unreported: list[TrialSummary] = field(default_factory=list)
    stopped: list[TrialSummary] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)  # when the gap is for a claim's outcomes

    @property
    def unreported_participants(self) -> int:
        return sum(t.enrollment or 0 for t in self.unreported)

    def sentence(self) -> str:
        """One line for a reader: "3 completed trials with 240 participants have reported nothing"."""
        n = len(self.unreported)
        if not self.registered:
            return "no registered trial on this in the stored registry data"
        if not n:
            return (f"{self.registered} registered trial(s), {self.completed} completed; none completed more than "
                    f"{UNREPORTED_AFTER_YEARS} years ago is unreported")
        who = f" with {self.unreported_participants} participants" if self.unreported_participants else ""
        return (f"{n} completed trial{'s' if n != 1 else ''}{who} {'have' if n != 1 else 'has'} reported nothing "
                f"(no results posted, no linked paper, completed over {UNREPORTED_AFTER_YEARS} years ago: "
                f"{', '.join(t.nct_id for t in self.unreported[:6])}{' …' if n > 6 else ''})")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"unreported_participants": self.unreported_participants, "summary": self.sentence()}


@dataclass
class TrialData:
    """What the gap needs from the database, read once."""

    trials: dict[str, Trial]
    conditions: dict[str, set[str]]  # nct_id -> condition ids
    outcomes: dict[str, list[str]]  # nct_id -> outcome domains of its primary outcomes
    links: dict[str, list[tuple[str, str]]]  # nct_id -> [(pmid, strength)]


def load_trial_data(store: Store) -> TrialData:
    from .trials import trial_outcomes

    trials = {t.nct_id: t for t in store.get_trials()}
    conds: dict[str, set[str]] = {}
    for nct, rows in store.trial_condition_rows().items():
        conds[nct] = {cid for cid, _, _ in rows}
    links: dict[str, list[tuple[str, str]]] = {}
    for x in sorted(store.trial_links(), key=lambda x: (x["nct_id"], x["pmid"])):
        links.setdefault(x["nct_id"], []).append((x["pmid"], x["strength"]))
    return TrialData(trials, conds, {n: trial_outcomes(t) for n, t in trials.items()}, links)


def _latest(d: str | None) -> str | None:
    """A registry date (YYYY, YYYY-MM or YYYY-MM-DD) as the latest day it can mean, for comparisons."""
    if not d:
        return None
    return d + "-12-31"[len(d) - 4:] if len(d) < 10 else d


def summary(t: Trial, links: list[tuple[str, str]]) -> TrialSummary:
    return TrialSummary(t.nct_id, t.title, t.overall_status, t.why_stopped, t.phases, t.enrollment, t.enrollment_type,
                        t.start_date, t.completion_date or t.primary_completion_date, t.has_results, t.sponsor, t.url,
                        sorted({p for p, s in links if s == STRONG}, key=int),
                        sorted({p for p, s in links if s == "weak"}, key=int))


def condition_gap(data: TrialData, condition_id: str, label: str, today: date,
                  outcomes: list[str] | None = None) -> ConditionGap:
    """The gap for one condition ("any": every trial); with outcomes, only trials whose primary outcomes
    measure one of them."""
    cutoff = today.replace(year=today.year - UNREPORTED_AFTER_YEARS).isoformat()
    gap = ConditionGap(condition_id, label, outcomes=list(outcomes or []))
    for nct in sorted(data.trials):
        t = data.trials[nct]
        if condition_id != "any" and condition_id not in data.conditions.get(nct, set()):
            continue
        if outcomes and not set(outcomes) & set(data.outcomes.get(nct, [])):
            continue
        links = data.links.get(nct, [])
        gap.registered += 1
        s = summary(t, links)
        if t.overall_status in STOPPED:
            gap.stopped.append(s)
        if t.overall_status != "COMPLETED":
            continue
        gap.completed += 1
        if t.has_results or s.papers:
            gap.reported += 1
            continue
        done = _latest(t.completion_date or t.primary_completion_date)
        if done and done < cutoff:
            gap.unreported.append(s)
    return gap


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
        """The reported/unreported split for a reader, e.g. "4 registered trials on pain: 3 completed, 1 reported
        (results or a paper); 2 completed trials with 240 participants have reported nothing (…)"."""
        g = self.gap
        on = f" on {' / '.join(o.replace('_', ' ') for o in g.outcomes)}" if g.outcomes else ""
        if not g.registered:
            return f"no registered trial{on} in the stored registry data"
        parts = [(f"{g.registered} registered trial{'s' if g.registered != 1 else ''}{on}: {g.completed} completed, "
                  f"{g.reported} reported (results or a paper)")]
        if g.unreported:
            parts.append(g.sentence())
        if g.stopped:
            why = ", ".join(f"{t.nct_id}: {t.why_stopped or 'no reason given'}" for t in g.stopped[:3])
            parts.append(f"{len(g.stopped)} stopped ({why}{' …' if len(g.stopped) > 3 else ''})")
        return "; ".join(parts) + (f". Certainty lowered for {self.reason}" if self.publication_bias else "")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"gap": self.gap.to_dict(), "note": self.note()}


def claim_trial_gap(data: TrialData, condition: str, outcomes: list[str], today: date, *,
                    published_trials: int, published_participants: int, label: str = "") -> ClaimTrialGap:
    """The gap for a claim. Publication bias is suspected when the unreported completed trials outweigh the
    published trials: more participants unreported than in the published trials (when both are known),
    else more unreported trials than published ones."""
    gap = condition_gap(data, condition, label or condition, today, outcomes)
    n, people = len(gap.unreported), gap.unreported_participants
    if people and published_participants:
        bias = people > published_participants
        basis = f"{people} participants in unreported trials against {published_participants} in published trials"
    else:
        bias = n > published_trials
        basis = f"{n} unreported completed trial(s) against {published_trials} published trial(s)"
    reason = (f"suspected publication bias: {basis}" if bias and n else basis) if n else ""
    return ClaimTrialGap(gap, published_trials, published_participants, bias and n > 0, reason)


def published_trials(records: Sequence[Any], condition: str, outcomes: Sequence[str]) -> tuple[int, int]:
    """(count, participants) of the published human trials on a condition ("any": all) measuring one of the
    outcomes (all outcomes when none is given); `records` are the claims module's Evidence rows."""
    rows = [e for e in records if not e.retracted and e.design in TRIAL_DESIGNS and e.population in HUMAN_POPULATIONS
            and (condition == "any" or condition in e.conditions)
            and (not outcomes or set(outcomes) & set(e.outcomes))]
    return len(rows), sum(e.sample_size or 0 for e in rows)


def registry_gaps(store: Store, records: Sequence[Any], claims: Sequence[Any], until: str | None = None,
                  today: date | None = None) -> dict[str, ClaimTrialGap]:
    """claim id -> what the registry adds to its verdict ({} when no trial is stored). The gap is taken as
    of `until` (a digest's window end) or today."""
    if not claims or not store.count_trials():
        return {}
    as_of = date.fromisoformat(until) if until else (today or datetime.now(UTC).date())
    data = load_trial_data(store)
    out = {}
    for c in claims:
        n, people = published_trials(records, c.condition, c.outcomes)
        out[c.id] = claim_trial_gap(data, c.condition, list(c.outcomes), as_of, published_trials=n,
                                    published_participants=people)
    return out
