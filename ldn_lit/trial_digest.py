"""The registry part of a digest: the gap per condition, the trials named, and registered versus
published trials per year (an inline SVG chart in HTML). Built from plain data; digest.py calls
these pieces for each format, so every format carries the trials with their registry links."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .config import Config
from .store import Store
from .trial_gap import (
    DEFINITION,
    GAP_COLUMNS,
    ConditionGap,
    TrialSummary,
    condition_gaps,
    gap_row,
    load_trial_data,
    registered_vs_published,
    reporting,
    summary,
)


@dataclass
class TrialsDigest:
    as_of: str
    stored_trials: int
    gaps: list[ConditionGap]
    new_trials: list[TrialSummary]  # first posted or updated in the registry within the window
    per_year: dict[str, dict[str, int]] = field(default_factory=dict)  # year -> registered / published

    def to_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of, "stored_trials": self.stored_trials,
                "gaps": [g.to_dict() for g in self.gaps], "new_trials": [asdict(t) for t in self.new_trials],
                "registered_vs_published_per_year": self.per_year}


def build_trials_digest(store: Store, config: Config, start: date, end: date) -> TrialsDigest | None:
    """None when no trial is stored (`ldn-lit trials update` was never run)."""
    if not store.count_trials():
        return None
    data = load_trial_data(store)
    s, e = start.isoformat(), end.isoformat()
    new = [summary(t, data, end) for n, t in sorted(data.trials.items())
           if any(d and s <= d <= e for d in (t.first_post_date, t.last_update_post_date))]
    return TrialsDigest(e, len(data.trials), condition_gaps(store, config, end, data), new,
                        registered_vs_published(store, config, data, until=e))


def _status(t: TrialSummary) -> str:
    return (t.status or "?").lower().replace("_", " ")


def _facts(t: TrialSummary) -> str:
    parts = [_status(t), "/".join(t.phases) or "no phase"]
    if t.participants is not None:
        parts.append(f"{t.participants} participants")
    elif t.enrollment is not None:
        parts.append(f"participants unknown (registry: {t.enrollment}, {(t.enrollment_type or '?').lower()})")
    parts.append(f"primary completion {t.primary_completion_date or '?'}, completion {t.completion_date or '?'}")
    parts += reporting(t)
    if t.possible_papers:
        parts.append("possible paper (title match, weaker): " + ", ".join(f"PMID {p}" for p in t.possible_papers))
    if t.why_stopped:
        parts.append(f"why stopped: {t.why_stopped}")
    return " · ".join(parts)


def _named(g: ConditionGap) -> list[tuple[str, TrialSummary]]:
    """The trials a digest names under a condition, each with what it is."""
    return ([("Unreported", t) for t in g.unreported] + [("Registry results overdue", t) for t in g.registry_overdue]
            + [("Results submitted, in registry QC", t) for t in g.results_submitted]
            + [("Certificate of delay", t) for t in g.delay_certified] + [("Stopped", t) for t in g.stopped])


# ---- Markdown ----------------------------------------------------------------------------------
def render_md(td: TrialsDigest | None, esc: Callable[[str], str]) -> list[str]:
    out = ["", "## Registered trials (ClinicalTrials.gov)", ""]
    if td is None:
        return [*out, "No registry data stored: run `ldn-lit trials update`."]
    out += [f"{td.stored_trials} registered naltrexone trials stored. " + DEFINITION.format(as_of=td.as_of), "",
            "| " + " | ".join(GAP_COLUMNS) + " |", "|" + "---|" * len(GAP_COLUMNS)]
    out += ["| " + " | ".join(esc(c) for c in gap_row(g)) + " |" for g in td.gaps]
    for g in td.gaps:
        named = _named(g)
        if not named:
            continue
        out += ["", f"### {esc(g.label)}: {esc(g.sentence())}", ""]
        out += [f"- {kind}: **{esc(t.title)}** [{t.nct_id}]({t.registry_url}) {esc(_facts(t))}" for kind, t in named]
    out += ["", f"### Trials first posted or updated in this window ({len(td.new_trials)})", ""]
    out += [f"- **{esc(t.title)}** [{t.nct_id}]({t.registry_url}) {esc(_facts(t))}" for t in td.new_trials] or ["None."]
    if td.per_year:
        out += ["", "Registered versus published trials per year (tracked conditions): "
                + ", ".join(f"{y} {v['registered']}/{v['published']}" for y, v in td.per_year.items())
                + " (registered/published)."]
    return out


# ---- HTML --------------------------------------------------------------------------------------
def chart_svg(per_year: dict[str, dict[str, int]]) -> str:
    """Registered (first posted) versus published (PubMed trial reports) per year: paired bars, inline SVG."""
    if not per_year:
        return "<p>No trials to chart.</p>"
    first, last = int(min(per_year)), int(max(per_year))
    years = [str(y) for y in range(first, last + 1)]  # every year, so that empty years show as gaps
    per_year = {y: per_year.get(y, {"registered": 0, "published": 0}) for y in years}
    top = max(max(v["registered"], v["published"]) for v in per_year.values()) or 1
    bar, gap, height = 10, 8, 140
    width = len(years) * (2 * bar + gap) + 40
    colors = {"registered": "#7b5e57", "published": "#00796b"}  # not design colours: this is another axis
    parts = [(f'<svg role="img" aria-label="Registered versus published trials per year" viewBox="0 0 {width} '
              f'{height + 30}" width="100%" style="max-width:{width * 3}px" preserveAspectRatio="xMinYMin meet" '
              'xmlns="http://www.w3.org/2000/svg">')]
    for i, y in enumerate(years):
        x = 30 + i * (2 * bar + gap)
        for j, kind in enumerate(("registered", "published")):
            n = per_year[y][kind]
            h = n / top * (height - 10)
            parts.append(f'<rect x="{x + j * bar}" y="{height - h:.1f}" width="{bar}" height="{h:.1f}" '
                         f'fill="{colors[kind]}"><title>{html.escape(y)}: {n} {kind}</title></rect>')
        if i % max(1, len(years) // 8) == 0:
            parts.append(f'<text x="{x}" y="{height + 14}" font-size="8">{html.escape(y)}</text>')
    parts.append(f'<text x="0" y="10" font-size="9">{top}</text><text x="0" y="{height}" font-size="9">0</text></svg>')
    names = {"registered": "registered (year first posted)", "published": "published trial reports (PubMed, year)"}
    legend = "".join(f'<span class="key"><i style="background:{c}"></i>{names[k]}</span>' for k, c in colors.items())
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def render_html(td: TrialsDigest | None) -> list[str]:
    e = html.escape
    out = ["<h2>Registered trials (ClinicalTrials.gov)</h2>"]
    if td is None:
        return [*out, "<p>No registry data stored: run <code>ldn-lit trials update</code>.</p>"]
    out += [f"<p>{td.stored_trials} registered naltrexone trials stored. {e(DEFINITION.format(as_of=td.as_of))}</p>",
            "<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in GAP_COLUMNS) + "</tr></thead><tbody>"]
    out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in gap_row(g)) + "</tr>" for g in td.gaps]
    out.append("</tbody></table>")

    def row(kind: str, t: TrialSummary) -> str:
        return (f'<div class="rec">{kind}: <b>{e(t.title)}</b> <a href="{e(t.registry_url)}">{e(t.nct_id)}</a><br>'
                f'<span class="facts">{e(_facts(t))}</span></div>')

    for g in td.gaps:
        named = _named(g)
        if named:
            out.append(f"<h3>{e(g.label)}: {e(g.sentence())}</h3>")
            out += [row(kind, t) for kind, t in named]
    out.append("<h3>Registered versus published trials per year (tracked conditions)</h3>")
    out.append(chart_svg(td.per_year))
    out.append(f"<h3>Trials first posted or updated in this window ({len(td.new_trials)})</h3>")
    out += [row("Trial", t) for t in td.new_trials] or ["<p>None.</p>"]
    return out


# ---- CSV and Atom ------------------------------------------------------------------------------
CSV_FIELDS = ["nct_id", "registry_url", "trial_group", "status", "why_stopped", "enrollment", "participants",
              "trial_state", "publication_due", "has_results", "linked_pmids"]


def csv_rows(td: TrialsDigest | None) -> list[dict[str, Any]]:
    """One row per trial the digest names (new in the window; unreported, overdue, submitted, delayed or stopped
    on a condition), beside the paper rows. `participants` is empty when unknown; `enrollment` is the registry's."""
    if td is None:
        return []
    named: dict[tuple[str, str], tuple[TrialSummary, str]] = {}
    for t in td.new_trials:
        named[(t.nct_id, "")] = (t, "new or updated in window")
    for g in td.gaps:
        for kind, t in _named(g):
            named[(t.nct_id, g.condition_id)] = (t, f"{kind.lower()}: {g.condition_id}")
    rows = []
    for t, group in named.values():
        rows.append({"nct_id": t.nct_id, "registry_url": t.registry_url, "trial_group": group, "title": t.title,
                     "status": t.status, "why_stopped": t.why_stopped, "enrollment": t.enrollment,
                     "participants": t.participants, "trial_state": t.state, "publication_due": t.publication_due,
                     "has_results": int(t.has_results), "linked_pmids": "; ".join(t.papers),
                     "year": (t.start_date or "")[:4]})
    return rows


def atom_entries(td: TrialsDigest | None, feed: ET.Element, sub: Callable[..., ET.Element], updated: str) -> None:
    """An entry per trial first posted or updated in the window, linking to the registry."""
    for t in td.new_trials if td else []:
        en = sub(feed, "entry")
        sub(en, "id", t.registry_url)
        sub(en, "title", f"[{t.nct_id}] {t.title}")
        sub(en, "link", href=t.registry_url, rel="alternate")
        sub(en, "updated", f"{updated}T00:00:00Z")
        sub(en, "summary", f"Registered trial: {_facts(t)}")
        sub(en, "category", term="registered_trial")

