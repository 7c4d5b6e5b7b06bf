"""A claim's verdict as a reviewer's Summary of Findings (Cochrane/GRADE style), in every format.

One table per claim: the question (condition, dose band, comparator, outcomes, the claim's own words), then
per claimed outcome its verdict, certainty and each GRADE domain judged with its reason, a plain-language
line, and each study on one line (design as conducted, n, dose, duration, comparator, comparison type,
primary or secondary outcome, effect as stated, direction, role, quote). Records that never decide are
listed under the claim (dose not stated, no data of their own, not LDN), so nothing vanishes.

Pure functions of claims.ClaimVerdict: `ldn-lit claims --format` and the digest call them. What a person reads
(text, Markdown, HTML) says ids in words (plain.plain, condition ids by their queries.toml labels), except the
quoted sentences, which stay as the abstract wrote them; JSON and CSV keep the ids.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Mapping, Sequence

from . import json_text
from .claims import SHOWN_STUDIES, ClaimVerdict, EvidenceRow, OutcomeJudgment, outcome_studies
from .plain import plain
from .safe_output import csv_cell
from .vocabulary import DESIGN, RANDOMISED, verdict_label

FORMATS = ("text", "md", "html", "json", "csv")
STUDY_COLUMNS = ("pmid", "year", "design", "n", "dose", "duration", "comparator", "blinding", "attrition",
                 "comparison", "outcome_role", "effect", "direction", "role", "quote")
CSV_FIELDS = ["claim_id", "claim", "verdict", "certainty", "outcome", "outcome_verdict", "outcome_certainty",
              "plain_language", *STUDY_COLUMNS]


def certainty_text(v: ClaimVerdict) -> str:
    """'low (imprecision: 62 people in total (< 100) (-2))': the certainty with every step down named."""
    return v.certainty.replace("_", " ") + (f" ({'; '.join(v.certainty_reasons)})" if v.certainty_reasons else "")


def study(r: EvidenceRow) -> dict[str, str]:
    """One study as an SoF line: every column filled, 'not stated' where the record does not say."""
    within = r.comparison == "within_arm" and r.design in RANDOMISED
    design = DESIGN[r.design].label if r.design in DESIGN else r.design
    design += " (within-arm comparison)" if within else ""
    return {"pmid": r.pmid, "year": str(r.year or "?"), "design": design, "n": str(r.sample_size or "not stated"),
            "dose": r.dose, "duration": r.duration, "comparator": r.comparator,
            "comparison": (r.comparison or "not stated").replace("_", " "),
            "outcome_role": "not stated" if r.primary is None else "primary" if r.primary else "not named primary",
            "effect": r.effect or "not stated", "direction": r.direction or r.finding or "not stated",
            "blinding": (r.blinding or "not stated").replace("_", "-"),
            "attrition": r.attrition.text() if r.attrition else "not stated",
            "role": r.role + (f" (pooled in PMID {r.pooled_in}, linked by {r.pooled_by})" if r.pooled_in else ""),
            "quote": r.evidence or ""}


def shown(rows: list[EvidenceRow]) -> tuple[list[EvidenceRow], str]:
    """The first SHOWN_STUDIES study lines (decisive first), and a line saying how many more there are."""
    more = len(rows) - SHOWN_STUDIES
    return (rows, "") if more <= 0 else (rows[:SHOWN_STUDIES], f"… and {more} more studies (all in --json or "
                                                                   "--format csv)")


def _listed(v: ClaimVerdict) -> list[tuple[str, list[EvidenceRow]]]:
    return [(h, rows) for h, rows in (("Dose not stated (listed, not counted)", v.dose_not_stated),
                                      ("Context: no data of their own (never decide)", v.context),
                                      ("Not LDN: standard dose (listed, never decide)", v.not_ldn),
                                      ("Retracted (not counted)", v.retracted)) if rows]


def _listed_study(r: EvidenceRow) -> str:
    design = DESIGN[r.design].label if r.design in DESIGN else r.design
    return f"PMID {r.pmid} ({design}, n={r.sample_size or '?'})"


def _words(row: dict[str, str], labels: Mapping[str, str] | None) -> dict[str, str]:
    """A study line's cells in words, its quote as written."""
    return {c: x if c == "quote" else plain(x, labels) for c, x in row.items()}


def _question(v: ClaimVerdict) -> str:
    q = v.question
    scope = f" ({', '.join(q['scope'])})" if q.get("scope") else ""
    return (f"{q['condition']}{scope}; LDN {q['dose']} against {q['comparator']}; outcomes: "
            f"{', '.join(o.replace('_', ' ') for o in q['outcomes'])}; the claim: \"{q['claim']}\"")


def _domains(j: OutcomeJudgment) -> str:
    return "; ".join(f"{d.domain.replace('_', ' ')}: {d.judgment} ({d.reason})" for d in j.domains)


# ---- text (the `claims` command) ---------------------------------------------------------------------
def render_text(verdicts: Sequence[ClaimVerdict], article: str, labels: Mapping[str, str] | None = None) -> str:
    out = [f"Summary of findings: {article}", ""]
    w = lambda x: plain(x, labels)  # noqa: E731
    for v in verdicts:
        out += [f"== {v.claim.claim} [{v.claim.id}]",
                f"Question: {w(_question(v))}",
                f"Verdict: {verdict_label(v.verdict)} ({v.kind}) | certainty: {w(certainty_text(v))}",
                f"Why: {w(v.why)}"]
        out += [f"In plain words: {w(line)}" for line in v.plain_language]
        if v.cited_journal_summary:
            out.append(f"Cited journal: {w(v.cited_journal_summary)}")
        if v.registry_note:
            out.append(f"Registered trials: {w(v.registry_note)}")
        for j in v.per_outcome:
            out.append(f"-- {w(j.outcome)}: {verdict_label(j.verdict)}, certainty "
                       f"{j.certainty.replace('_', ' ')} {w(f'(rule: {j.rule})')}")
            if j.domains:
                out.append(f"   GRADE: {w(_domains(j))}")
            rows, more = shown(outcome_studies(j))
            for r in rows:
                s = _words(study(r), labels)
                out.append(f"   PMID {s['pmid']} | " + " | ".join(s[c] for c in STUDY_COLUMNS[1:-1])
                           + f' | "{s["quote"]}"')
            if more:
                out.append(f"   {more}")
        for heading, rows in _listed(v):
            out.append(f"{heading}: " + ", ".join(_listed_study(r) for r in rows))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---- Markdown --------------------------------------------------------------------------------------
def _md(s: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", s)


def md_section(v: ClaimVerdict, level: int = 3, labels: Mapping[str, str] | None = None) -> list[str]:
    """The SoF of one claim as Markdown lines (a digest's claim section or `claims --format md`)."""
    h = "#" * level
    w = lambda x: _md(plain(x, labels))  # noqa: E731
    out = [f"{h} {_md(v.claim.claim)}", "", f"Question: {w(_question(v))}", "",
           f"Verdict: **{verdict_label(v.verdict)}** ({_md(v.kind)}); certainty: **{w(certainty_text(v))}**", "",
           f"Why: {w(v.why)}", ""]
    out += [f"- {w(line)}" for line in v.plain_language] + [""]
    for j in v.per_outcome:
        out += [f"{h}# {w(j.outcome)}: {verdict_label(j.verdict)}, {j.certainty.replace('_', ' ')}", ""]
        if j.domains:
            out += ["| GRADE domain | judgment | reason |", "|---|---|---|"]
            out += [f"| {d.domain.replace('_', ' ')} | {d.judgment} | {w(d.reason)} |" for d in j.domains] + [""]
        rows, more = shown(outcome_studies(j))
        if rows:
            out += ["| " + " | ".join(c.replace("_", " ") for c in STUDY_COLUMNS) + " |",
                    "|" + "---|" * len(STUDY_COLUMNS)]
            lines = (_words(study(r), labels) for r in rows)  # each row in words once, not once a column
            out += ["| " + " | ".join(_md(s[c]) for c in STUDY_COLUMNS) + " |" for s in lines] + [""]
            out += [_md(more), ""] if more else []
    for heading, rows in _listed(v):
        out += [f"{_md(heading)}: " + ", ".join(f"PMID {r.pmid}" for r in rows), ""]
    return out


def render_md(verdicts: Sequence[ClaimVerdict], article: str, labels: Mapping[str, str] | None = None) -> str:
    out = [f"# Summary of findings: {_md(article)}", ""]
    for v in verdicts:
        out += md_section(v, 2, labels)
    return "\n".join(out).rstrip() + "\n"


# ---- HTML ------------------------------------------------------------------------------------------
def html_section(v: ClaimVerdict, labels: Mapping[str, str] | None = None) -> str:
    """The SoF of one claim as an HTML fragment (escaped; the digest's page supplies the styles)."""
    e = html.escape
    w = lambda x: e(plain(x, labels))  # noqa: E731
    out = [f'<section class="sof"><h3>{e(v.claim.claim)}</h3><p>Question: {w(_question(v))}</p>',
           f'<p>Verdict: <span class="v {e(v.verdict)}">{e(verdict_label(v.verdict))}</span> ({e(v.kind)}); '
           f"certainty: {w(certainty_text(v))}</p>",
           "<ul>" + "".join(f"<li>{w(line)}</li>" for line in v.plain_language) + "</ul>"]
    for j in v.per_outcome:
        out.append(f"<h4>{w(j.outcome)}: {e(verdict_label(j.verdict))}, "
                   f"{e(j.certainty.replace('_', ' '))}</h4>")
        if j.domains:
            out.append("<table><tr><th>GRADE domain</th><th>judgment</th><th>reason</th></tr>" + "".join(
                f"<tr><td>{e(d.domain.replace('_', ' '))}</td><td>{e(d.judgment)}</td><td>{w(d.reason)}</td></tr>"
                for d in j.domains) + "</table>")
        rows, more = shown(outcome_studies(j))
        if rows:
            # the quote gets a full-width row under its study: fourteen narrow columns and a sentence do not fit
            facts = STUDY_COLUMNS[:-1]
            lines = []
            for r in rows:
                s = _words(study(r), labels)
                lines.append("<tr>" + "".join(f"<td>{e(s[c])}</td>" for c in facts) + "</tr>"
                             + f'<tr class="quote"><td colspan="{len(facts)}">\u201c{e(s["quote"])}\u201d</td></tr>')
            out.append('<div class="wide"><table class="studies"><tr>'
                       + "".join(f"<th>{e(c.replace('_', ' '))}</th>" for c in facts) + "</tr>" + "".join(lines)
                       + "</table></div>" + (f"<p>{e(more)}</p>" if more else ""))
    for heading, rows in _listed(v):
        out.append(f"<p>{e(heading)}: " + ", ".join(
            f'<a href="https://pubmed.ncbi.nlm.nih.gov/{e(r.pmid)}/">PMID {e(r.pmid)}</a>' for r in rows) + "</p>")
    return "\n".join(out) + "</section>"


def render_html(verdicts: Sequence[ClaimVerdict], article: str, labels: Mapping[str, str] | None = None) -> str:
    e = html.escape
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Summary of findings</title></head>'
            f"<body><h1>Summary of findings: {e(article)}</h1>\n"
            + "\n".join(html_section(v, labels) for v in verdicts) + "\n</body></html>\n")


# ---- JSON and CSV ---------------------------------------------------------------------------------
def render_json(verdicts: Sequence[ClaimVerdict], article: str = "", labels: Mapping[str, str] | None = None) -> str:
    """Today's keys (claim, verdict, certainty, per_outcome[], favouring[]/against[], ...) and the SoF's."""
    return render_json_utf8(verdicts).decode()


def render_json_utf8(verdicts: Sequence[ClaimVerdict]) -> bytes:
    """render_json's text encoded as UTF-8, as `claims --json` writes it (cli.write_utf8)."""
    return json_text.dumps_utf8(verdicts) + b"\n"


def csv_rows(verdicts: Sequence[ClaimVerdict]) -> list[dict[str, str]]:
    """One row per study per claimed outcome (an outcome with no study: one row saying so)."""
    rows = []
    for v in verdicts:
        head = {"claim_id": v.claim.id, "claim": v.claim.claim, "verdict": v.verdict, "certainty": v.certainty}
        judgments: list[OutcomeJudgment | None] = list(v.per_outcome) or [None]
        for j in judgments:
            part = head | ({"outcome": j.outcome, "outcome_verdict": j.verdict, "outcome_certainty": j.certainty,
                            "plain_language": j.plain} if j else {"plain_language": "; ".join(v.plain_language)})
            studies = outcome_studies(j) if j else []
            rows += [part | study(r) for r in studies] or [part]
    return rows


def render_csv(verdicts: Sequence[ClaimVerdict], article: str = "", labels: Mapping[str, str] | None = None) -> str:
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore")
    w.writeheader()
    w.writerows({k: csv_cell(x) for k, x in r.items()} for r in csv_rows(verdicts))
    return buf.getvalue()


RENDERERS = {"text": render_text, "md": render_md, "html": render_html, "json": render_json, "csv": render_csv}
