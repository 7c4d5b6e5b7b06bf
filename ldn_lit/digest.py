"""Weekly digests: what is new in a window, and where the evidence stands on an article's claims.

build_digest() gathers plain data; render() turns it into Markdown, HTML (one self-contained
file with an inline SVG chart), JSON, CSV or Atom. The same database and window give the same
bytes apart from the generated-at line, so digests can be diffed and archived.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from . import trial_digest
from .citation import source_line
from .claims import ClaimVerdict, evaluate_claims
from .config import Claim, Config
from .errors import LdnLitError
from .safe_output import csv_cell, doi_url, xml_text
from .store import Store
from .summary_of_findings import certainty_text, html_section, md_section
from .trial_digest import TrialsDigest, build_trials_digest
from .vocabulary import DESIGNS, NOTICE_TYPES, NOTICES, VERDICT_LABELS, VERDICTS

DIGEST_VERSION = 1
FORMATS = ("md", "html", "json", "csv", "atom")

class DigestError(LdnLitError):
    exit_code = 1


@dataclass
class Window:
    start: date
    end: date

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"



def _ended(title: str) -> str:
    """A title as a citation needs it: ending in a full stop (PubMed titles usually do, not always)."""
    return title if not title or title[-1] in ".?!" else title + "."

def parse_window(since: str | None = None, week: str | None = None, from_: str | None = None,
                 to: str | None = None, today: date | None = None) -> Window:
    """--since 7d | --week 2026-W47 | --from DATE --to DATE (default: --since 7d)."""
    today = today or datetime.now(timezone.utc).date()
    given = [x for x in (since, week, from_ or to) if x]
    if len(given) > 1:
        raise DigestError("give only one of --since, --week, or --from/--to")
    if week:
        m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", week.strip(), re.I)
        try:
            start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else None
        except ValueError:
            start = None
        if start is None:
            raise DigestError(f"bad --week '{week}'; use an ISO week like 2026-W47")
        return Window(start, start + timedelta(days=6))
    if from_ or to:
        start = _date(from_, "--from") if from_ else date(1800, 1, 1)
        end = _date(to, "--to") if to else today
        if end < start:
            raise DigestError(f"--to {end} is before --from {start}")
        return Window(start, end)
    m = re.fullmatch(r"(\d+)\s*([dw])", (since or "7d").strip().lower())
    if not m:
        raise DigestError(f"bad --since '{since}'; use a number of days or weeks like 7d or 2w")
    days = int(m.group(1)) * (7 if m.group(2) == "w" else 1)
    return Window(today - timedelta(days=days), today)


def _date(s: str, opt: str) -> date:
    try:
        return date.fromisoformat(s.strip())
    except ValueError:
        raise DigestError(f"bad {opt} '{s}'; use a date like 2026-11-16") from None


@dataclass
class NewRecord:
    pmid: str
    title: str
    authors: str  # "Testperson A, Fixture BC, et al"
    source: str  # "J Synth Tests. 2024;1(1):1-9."
    citation: str
    journal: str | None
    year: int | None
    entrez_date: str | None
    pubmed_url: str
    doi: str | None
    doi_url: str | None
    conditions: list[str]
    design: str | None
    population: str | None
    sample_size: int | None
    dose_mg: list[float]
    dose_class: str | None
    finding: str | None
    evidence: str | None
    retracted: bool
    erratum: bool
    expression_of_concern: bool
    notice: bool  # a retraction/erratum/concern notice, or a record so flagged
    other_conditions: list[str] = field(default_factory=list)  # what it is about when no condition matched


@dataclass
class Digest:
    version: int
    generated_at: str
    window: dict[str, str]
    article: str
    database_records: int
    new_records: list[NewRecord]
    sections: list[tuple[str, list[str]]]  # (heading, PMIDs), notices first
    claims: list[ClaimVerdict]
    per_year: dict[str, dict[str, int]] = field(default_factory=dict)  # year -> design -> records
    trials: TrialsDigest | None = None  # the registry part (None: no trials stored)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["sections"] = [{"heading": h, "pmids": p} for h, p in self.sections]
        d["trials"] = self.trials.to_dict() if self.trials else None
        return d


def build_digest(store: Store, config: Config, window: Window, claims: list[Claim] | None = None,
                 article: str = "seed article (queries.toml [[claims]])") -> Digest:
    rows = store.records_entered(window.start.isoformat(), window.end.isoformat())
    authors = store.first_authors([r["pmid"] for r in rows], 4)
    new = []
    for r in rows:
        pts = r["publication_types"]
        names = authors.get(r["pmid"], [])
        who = ", ".join(names[:3]) + (", et al" if len(names) > 3 else "")
        src = source_line(r["journal_iso"] or r["journal"], r["year"], r["volume"], r["issue"], r["pages"]) + "."
        flags = [r["retracted"], r["erratum"], r["expression_of_concern"]]
        new.append(NewRecord(
            pmid=r["pmid"], title=r["title"] or "", authors=who, source=src,
            citation=f"{who + '. ' if who else ''}{_ended(r['title'] or '')} {src}",
            journal=r["journal_iso"] or r["journal"], year=r["year"], entrez_date=r["entrez_date"],
            pubmed_url=f"https://pubmed.ncbi.nlm.nih.gov/{r['pmid']}/", doi=r["doi"],
            doi_url=doi_url(r["doi"]),
            conditions=r["conditions"], design=r["design"], population=r["population"],
            sample_size=r["sample_size"], dose_mg=r["dose_mg"], dose_class=r["dose_class"],
            finding=r["finding"], evidence=r["evidence"], retracted=flags[0], erratum=flags[1],
            expression_of_concern=flags[2], notice=any(flags) or any(p in NOTICE_TYPES for p in pts),
            other_conditions=[x.matched for x in (r.get("tag_reasons") or {}).get("other_conditions", [])]))
    labels = {c.id: c.label for c in config.all_conditions}
    sections: list[tuple[str, list[str]]] = []
    notices = [n.pmid for n in new if n.notice]
    if notices:
        sections.append(("Retractions, errata and expressions of concern", notices))
    for c in config.all_conditions:
        pm = [n.pmid for n in new if not n.notice and c.id in n.conditions]
        if pm:
            sections.append((labels[c.id], pm))
    other = [n.pmid for n in new if not n.notice and not set(n.conditions) & set(labels)]
    if other:
        sections.append(("Other conditions (none of the configured ones)", other))
    per_year: dict[str, dict[str, int]] = {}
    tracked = {c.id for c in config.conditions}
    for r in store.tagged_by_year(window.end.isoformat()):
        year, design = r["year"], r["design"]
        if set(r["conditions"]) & tracked:
            per_year.setdefault(str(year), {}).setdefault(design, 0)
            per_year[str(year)][design] += 1
    return Digest(
        version=DIGEST_VERSION,
        generated_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        window={"from": window.start.isoformat(), "to": window.end.isoformat()},
        article=article,
        database_records=store.count_entered(window.end.isoformat()),
        new_records=new,
        sections=sections,
        claims=evaluate_claims(store, config, claims if claims is not None else config.claims,
                               until=window.end.isoformat()),
        per_year=dict(sorted((y, dict(sorted(d.items()))) for y, d in per_year.items())),
        trials=build_trials_digest(store, config, window.start, window.end),
    )


# ---- renderers --------------------------------------------------------------------------------
def render(d: Digest, fmt: str, self_href: str | None = None) -> str:
    """The digest in one format; self_href is where an Atom feed will live (its rel="self" link)."""
    if fmt == "atom":
        return render_atom(d, self_href)
    try:
        return {"md": render_md, "html": render_html, "json": render_json, "csv": render_csv}[fmt](d)
    except KeyError:
        raise DigestError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}") from None


def _facts(n: NewRecord) -> str:
    parts = [n.design or "untagged", n.population or "?"]
    if n.sample_size:
        parts.append(f"n={n.sample_size}")
    if n.dose_mg:
        parts.append(f"{'/'.join(f'{x:g}' for x in n.dose_mg)} mg" + (f" ({n.dose_class})" if n.dose_class else ""))
    parts.append(f"finding: {n.finding or 'not stated'}")
    if n.other_conditions:
        parts.insert(0, f"about: {'; '.join(n.other_conditions)}")
    flags = [x.label for x in NOTICES if getattr(n, x.id)]
    return " · ".join(flags + parts)


def _md_escape(s: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", s)


def render_md(d: Digest) -> str:
    by = {n.pmid: n for n in d.new_records}
    out = [f"# ldn-lit digest: {d.window['from']} to {d.window['to']}", "",
           f"Generated {d.generated_at}", "",
           f"Database: {d.database_records} PubMed records on naltrexone; {len(d.new_records)} entered PubMed in "
           "this window. Verdicts use only records that entered PubMed by the window's end.", "",
           f"## Where the evidence stands: {_md_escape(d.article)}", "",
           "| claim | verdict | certainty | why |", "|---|---|---|---|"]
    for v in d.claims:
        out.append(f"| {_md_escape(v.claim.claim)} | **{VERDICT_LABELS[v.verdict]}** | "
                   f"{v.certainty.replace('_', ' ')} | {_md_escape(v.why)} |")
    for v in d.claims:  # each claim's Summary of Findings (summary_of_findings.py)
        t = v.evidence_table
        out += ["", *md_section(v, 3),
                *([f"Registered trials: {_md_escape(v.registry_note)}", ""] if v.registry_note else []),
                f"Evidence on {v.claim.condition}: {t.get('human_rct', 0)} human RCTs, {t.get('other_human', 0)} other "
                f"human studies, {t.get('animal', 0)} animal, {t.get('in_vitro', 0)} in-vitro, {t.get('review', 0)} "
                f"reviews; largest human n = {t.get('human_largest_n') or '-'}, total human n = "
                f"{t.get('human_total_n') or 0}; findings: "
                + (", ".join(f"{k} {n}" for k, n in t.get("findings", {}).items()) or "none")]
        if v.cited_journal_summary:
            out += ["", f"Cited journal: {_md_escape(v.cited_journal_summary)}"]
    out += trial_digest.render_md(d.trials, _md_escape)
    out += ["", f"## New records ({len(d.new_records)})", ""]
    if not d.new_records:
        out.append(f"No new records between {d.window['from']} and {d.window['to']}.")
    for heading, pmids in d.sections:
        out += [f"### {_md_escape(heading)} ({len(pmids)})", ""]
        for p in pmids:
            n = by[p]
            links = f"[PubMed]({n.pubmed_url})" + (f" · [DOI]({n.doi_url})" if n.doi_url else "")
            who = f"{_md_escape(n.authors)}. " if n.authors else ""
            out.append(f"- **{_md_escape(n.title)}** {who}{_md_escape(n.source)} {links}")
            out.append(f"  {_facts(n)}" + (f": \"{_md_escape(n.evidence)}\"" if n.evidence else ""))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_json(d: Digest) -> str:
    return json.dumps(d.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


CSV_FIELDS = ["pmid", "entrez_date", "year", "journal", "title", "citation", "pubmed_url", "doi_url", "conditions",
              "design", "population", "sample_size", "dose_mg", "dose_class", "finding", "evidence", "retracted",
              "erratum", "expression_of_concern", "other_conditions"]
# One row per claim of the article after the record rows: where the evidence stands, with its certainty.
CLAIM_CSV_FIELDS = ["claim_id", "claim", "verdict", "certainty", "certainty_reasons", "why"]


def render_csv(d: Digest) -> str:
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS + trial_digest.CSV_FIELDS + CLAIM_CSV_FIELDS, extrasaction="ignore")
    w.writeheader()
    for n in d.new_records:
        row = asdict(n)
        row["conditions"] = "; ".join(n.conditions)
        row["dose_mg"] = "; ".join(f"{x:g}" for x in n.dose_mg)
        row["other_conditions"] = "; ".join(n.other_conditions)
        for k in ("retracted", "erratum", "expression_of_concern"):
            row[k] = int(row[k])
        w.writerow({k: csv_cell(v) for k, v in row.items()})
    # the trials the digest names, with their registry links
    w.writerows({k: csv_cell(v) for k, v in r.items()} for r in trial_digest.csv_rows(d.trials))
    for v in d.claims:
        w.writerow({k: csv_cell(x) for k, x in (("claim_id", v.claim.id), ("claim", v.claim.claim),
                                                  ("verdict", v.verdict), ("certainty", v.certainty),
                                                  ("certainty_reasons", "; ".join(v.certainty_reasons)),
                                                  ("why", v.why))})
    return buf.getvalue()


ATOM = "http://www.w3.org/2005/Atom"


def render_atom(d: Digest, self_href: str | None = None) -> str:
    ET.register_namespace("", ATOM)
    # A feed is never updated in the future: a window that ends after today was last updated today.
    as_of = min(d.window["to"], d.generated_at[:10])

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", "urn:ldn-lit:digest:new-records")
    sub(feed, "title", "ldn-lit: new PubMed records on low-dose naltrexone")
    sub(feed, "subtitle", f"{d.window['from']} to {d.window['to']}")
    sub(feed, "updated", f"{as_of}T00:00:00Z")
    if self_href:
        sub(feed, "link", href=self_href, rel="self")
    sub(sub(feed, "author"), "name", "ldn-lit")
    sub(feed, "generator", "ldn-lit")
    for n in d.new_records:
        e = sub(feed, "entry")
        sub(e, "id", n.pubmed_url)
        sub(e, "title", ("[RETRACTED] " if n.retracted else "") + n.title)
        sub(e, "link", href=n.pubmed_url, rel="alternate")
        if n.doi_url:
            sub(e, "link", href=n.doi_url, rel="related")
        sub(e, "updated", f"{n.entrez_date or as_of}T00:00:00Z")
        summary = f"{n.citation} {_facts(n)}" + (f': "{n.evidence}"' if n.evidence else "")
        sub(e, "summary", summary)
        for c in n.conditions:
            sub(e, "category", term=c)
    trial_digest.atom_entries(d.trials, feed, sub, as_of)
    for v in d.claims:  # where the evidence stands on each claim, as of the window's end
        e = sub(feed, "entry")
        sub(e, "id", f"urn:ldn-lit:claim:{v.claim.id}")
        sub(e, "title", f"[{VERDICT_LABELS[v.verdict]}, certainty {v.certainty.replace('_', ' ')}] {v.claim.claim}")
        sub(e, "updated", f"{as_of}T00:00:00Z")
        sub(e, "summary", f"{v.why} Certainty: {certainty_text(v)}.")
        sub(e, "category", term="claim")
    ET.indent(feed)
    return xml_text('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n")


DESIGN_COLORS = {d.id: d.colour for d in DESIGNS}  # the chart stacks designs in the vocabulary's order


def _chart(per_year: dict[str, dict[str, int]]) -> str:
    if not per_year:
        return "<p>No records to chart.</p>"
    years = sorted(per_year)
    top = max(sum(v.values()) for v in per_year.values())
    bar, gap, height = 14, 4, 160
    width = len(years) * (bar + gap) + 40
    parts = [f'<svg role="img" aria-label="Records per year by design" viewBox="0 0 {width} {height + 40}" '
             f'width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">']
    for i, y in enumerate(years):
        x, base = 30 + i * (bar + gap), float(height)
        for design in DESIGN_COLORS:
            n = per_year[y].get(design, 0)
            if not n:
                continue
            h = n / top * (height - 10)
            base -= h
            parts.append(f'<rect x="{x}" y="{base:.1f}" width="{bar}" height="{h:.1f}" fill="{DESIGN_COLORS[design]}">'
                         f"<title>{html.escape(y)}: {n} {html.escape(design)}</title></rect>")
        if i % max(1, len(years) // 8) == 0:
            parts.append(f'<text x="{x}" y="{height + 14}" font-size="9">{html.escape(y)}</text>')
    parts.append(f'<text x="0" y="10" font-size="9">{top}</text><text x="0" y="{height}" font-size="9">0</text></svg>')
    legend = "".join(f'<span class="key"><i style="background:{c}"></i>{html.escape(d)}</span>'
                     for d, c in DESIGN_COLORS.items() if any(d in v for v in per_year.values()))
    return "".join(parts) + f'<div class="legend">{legend}</div>'


CSS = """
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;\
margin:0 auto;max-width:52rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.4rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}\
td,th{border:1px solid #ddd;padding:.35rem;vertical-align:top;text-align:left}
.v{font-weight:600;white-space:nowrap}
.rec{margin:.6rem 0 1rem}.facts{font-size:.85rem;color:#333}.flag{color:#b71c1c;font-weight:700}
blockquote{margin:.3rem 0 .3rem .8rem;padding-left:.6rem;border-left:3px solid #ccc;color:#333;font-size:.9rem}
.legend{font-size:.75rem}.key{display:inline-block;margin-right:.7rem}\
.key i{display:inline-block;width:.7rem;height:.7rem;margin-right:.25rem}
.meta{color:#555;font-size:.85rem}\
@media(max-width:40rem){table,tbody,tr,td{display:block;width:auto}th{display:none}\
td{border:0;padding:.15rem 0}tr{border-bottom:1px solid #ddd;padding:.4rem 0}}
"""
# Verdict colours come from the vocabulary.
CSS += "".join(f".{v.id}{{color:{v.colour}}}" for v in VERDICTS if v.colour) + "\n"


def render_html(d: Digest) -> str:
    e = html.escape
    by = {n.pmid: n for n in d.new_records}
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>ldn-lit digest {e(d.window['from'])} to {e(d.window['to'])}</title>"
           f"<style>{CSS}</style></head><body>",
           f"<h1>ldn-lit digest: {e(d.window['from'])} to {e(d.window['to'])}</h1>",
           f'<p class="meta">Generated {e(d.generated_at)}. {d.database_records} PubMed records on naltrexone; '
           f"{len(d.new_records)} entered PubMed in this window.</p>",
           f"<h2>Where the evidence stands: {e(d.article)}</h2>",
           "<table><thead><tr><th>claim</th><th>verdict</th><th>certainty</th><th>why</th></tr></thead><tbody>"]
    for v in d.claims:
        out.append(f'<tr><td>{e(v.claim.claim)}</td><td class="v {e(v.verdict)}">{e(VERDICT_LABELS[v.verdict])}</td>'
                   f"<td>{e(certainty_text(v))}</td><td>{e(v.why)}</td></tr>")
    out.append("</tbody></table>")
    for v in d.claims:  # each claim's Summary of Findings (summary_of_findings.py)
        out.append(html_section(v))
        if v.registry_note:
            out.append(f"<p>Registered trials: {e(v.registry_note)}</p>")
        if v.cited_journal_summary:
            out.append(f"<p>Cited journal: {e(v.cited_journal_summary)}</p>")
    out.append("<h2>Records per year by design (tracked conditions)</h2>")
    out.append(_chart(d.per_year))
    out += trial_digest.render_html(d.trials)
    out.append(f"<h2>New records ({len(d.new_records)})</h2>")
    if not d.new_records:
        out.append(f"<p>No new records between {e(d.window['from'])} and {e(d.window['to'])}.</p>")
    for heading, pmids in d.sections:
        out.append(f"<h3>{e(heading)} ({len(pmids)})</h3>")
        for p in pmids:
            n = by[p]
            links = f'<a href="{e(n.pubmed_url)}">PubMed</a>'
            if n.doi_url:
                links += f' · <a href="{e(n.doi_url)}">DOI</a>'
            out.append(f'<div class="rec"><b>{e(n.title)}</b><br>{e(n.citation)} {links}<br>'
                       f'<span class="facts{" flag" if n.retracted else ""}">{e(_facts(n))}</span>'
                       + (f"<blockquote>{e(n.evidence)}</blockquote>" if n.evidence else "") + "</div>")
    out.append("</body></html>")
    return xml_text("\n".join(out) + "\n")  # the inline SVG is XML; and no browser shows control characters
