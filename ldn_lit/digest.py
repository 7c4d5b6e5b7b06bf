"""Weekly digests: what is new in a window, and where the evidence stands on an article's claims.

build_digest() gathers plain data (and stores the run's verdicts, so that the next digest can say
which verdicts changed); render() turns it into Markdown, HTML (one self-contained file with an
inline SVG chart), JSON, CSV or Atom. A page starts with what changed (new records, verdict changes,
registry changes, conditions no search tracks), then the claims, then the records. Pages a person
reads use words (plain.py); JSON and CSV keep the ids. The same database and window give the same
bytes apart from the generated-at line, so digests can be diffed and archived.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta, timezone
from typing import Any

from . import json_text, trial_digest
from .claims import ClaimVerdict, evaluate_claims
from .config import Claim, Config
from .errors import LdnLitError
from .journals import source_line
from .plain import plain, population
from .safe_output import csv_cell, doi_url, xml_text
from .store import Store
from .summary_of_findings import certainty_text, html_section, md_section
from .trial_digest import TrialsDigest, build_trials_digest
from .vocabulary import CHART_GROUPS, DESIGN, NOTICE_TYPES, NOTICES, VERDICT_LABELS, VERDICTS

DIGEST_VERSION = 2  # 2: article_url, notice, this_week, verdict_changes, untracked_conditions
FORMATS = ("md", "html", "json", "csv", "atom")
NOTICE = ("Not medical advice; a reading aid. ldn-lit sorts PubMed records by rules anyone can check; "
          "talk to a doctor before starting or changing a treatment.")


def _design(design: str | None) -> str:
    d = DESIGN.get(design or "")
    return d.label if d else (design or "not tagged")


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
class VerdictChange:
    """A claim whose verdict (or its certainty) differs from the previous digest's, and the records that
    entered or left the studies behind it."""

    claim_id: str
    claim: str
    before: str
    after: str
    certainty_before: str
    certainty_after: str
    records_added: list[str]
    records_removed: list[str]


@dataclass
class UntrackedCondition:
    """A condition studied in the window's records that no search of queries.toml tracks."""

    condition: str
    records: int
    pmids: list[str]


@dataclass
class Digest:
    version: int
    generated_at: str
    window: dict[str, str]
    article: str  # the title of the article whose claims are judged (or the --article file's name)
    article_url: str | None
    notice: str
    database_records: int
    new_records: list[NewRecord]
    sections: list[tuple[str, list[str]]]  # (heading, PMIDs), notices first
    claims: list[ClaimVerdict]
    per_year: dict[str, dict[str, int]] = field(default_factory=dict)  # year -> design -> records
    trials: TrialsDigest | None = None  # the registry part (None: no trials stored)
    verdict_changes: list[VerdictChange] = field(default_factory=list)
    compared_with: dict[str, str] | None = None  # the earlier digest verdict_changes are against
    untracked_conditions: list[UntrackedCondition] = field(default_factory=list)
    condition_labels: dict[str, str] = field(default_factory=dict)

    @property
    def this_week(self) -> dict[str, int]:
        """The counts a reader sees first."""
        return {"new_records": len(self.new_records), "verdict_changes": len(self.verdict_changes),
                "registry_changes": len(self.trials.new_trials) if self.trials else 0,
                "untracked_conditions": len(self.untracked_conditions)}

    def to_dict(self) -> dict[str, Any]:
        """The JSON digest's fields; the records and claims in it stay dataclasses (json_text writes them as
        asdict would, without copying them first)."""
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "condition_labels"}
        d["sections"] = [{"heading": h, "pmids": p} for h, p in self.sections]
        d["trials"] = self.trials.to_dict() if self.trials else None
        d["this_week"] = self.this_week
        return d


def build_digest(store: Store, config: Config, window: Window, claims: list[Claim] | None = None,
                 article: str | None = None, article_url: str | None = None, remember: bool = True) -> Digest:
    """The digest of a window; with remember, its verdicts are stored for the next digest to compare with
    (without: a database on read-only media)."""
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
            conditions=r["conditions"] or [], design=r["design"], population=r["population"],
            sample_size=r["sample_size"], dose_mg=r["dose_mg"] or [], dose_class=r["dose_class"],
            finding=r["finding"], evidence=r["evidence"], retracted=bool(flags[0]), erratum=bool(flags[1]),
            expression_of_concern=bool(flags[2]), notice=any(flags) or any(p in NOTICE_TYPES for p in pts),
            other_conditions=r["other_conditions"]))
    labels = config.condition_labels
    sections: list[tuple[str, list[str]]] = []
    notices: list[str] = []
    on: dict[str, list[str]] = {c.id: [] for c in config.all_conditions}
    other: list[str] = []
    for n in new:  # one pass: a record under each configured condition it is on, in the window's order
        if n.notice:
            notices.append(n.pmid)
            continue
        for c in dict.fromkeys(n.conditions):
            if c in on:
                on[c].append(n.pmid)
        if not any(c in labels for c in n.conditions):
            other.append(n.pmid)
    if notices:
        sections.append(("Retractions, errata and expressions of concern", notices))
    sections += [(labels[c], pm) for c, pm in on.items() if pm]
    if other:
        sections.append(("Other conditions (none of the configured ones)", other))
    # The chart counts the records the claims are judged on: those with a year, on a tracked condition, by year and
    # design (from the counts the store keeps at every write).
    per_year: dict[str, dict[str, int]] = {}
    for year, design, records in store.evidence_by_year(window.end.isoformat(), [c.id for c in config.conditions]):
        per_year.setdefault(str(year), {})[design] = records
    if article is None:
        article = config.article.title if config.article else "the claims of queries.toml"
        article_url = config.article.url if config.article and config.article.url else None
    d = Digest(
        version=DIGEST_VERSION,
        generated_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        window={"from": window.start.isoformat(), "to": window.end.isoformat()},
        article=article,
        article_url=article_url,
        notice=NOTICE,
        database_records=store.count_entered(window.end.isoformat()),
        new_records=new,
        sections=sections,
        claims=evaluate_claims(store, config, claims if claims is not None else config.claims,
                               until=window.end.isoformat()),
        per_year=dict(sorted((y, dict(sorted(d.items()))) for y, d in per_year.items())),
        trials=build_trials_digest(store, config, window.start, window.end),
        untracked_conditions=untracked_conditions(new, config),
        condition_labels=labels,
    )
    d.verdict_changes, d.compared_with = _compare_and_store(store, d, remember)
    return d


def untracked_conditions(new: list[NewRecord], config: Config) -> list[UntrackedCondition]:
    """Conditions the window's records study that no [[conditions]] search tracks, most records first:
    the recognised-but-not-searched ones ([[other_conditions]]) by label, the rest by their MeSH heading
    or title words."""
    others = {c.id: c.label for c in config.other_conditions}
    found: dict[str, list[str]] = {}
    for n in new:
        terms = [others[c] for c in n.conditions if c in others] + n.other_conditions
        for term in dict.fromkeys(terms):
            found.setdefault(term, []).append(n.pmid)
    return [UntrackedCondition(t, len(p), p) for t, p in sorted(found.items(), key=lambda x: (-len(x[1]), x[0]))]


def _evidence_pmids(v: ClaimVerdict) -> list[str]:
    rows = v.favouring + v.against + v.supporting + v.outcome_measured + v.retracted
    return sorted({r.pmid for r in rows}, key=lambda p: (len(p), p))


def _compare_and_store(store: Store, d: Digest, remember: bool
                       ) -> tuple[list[VerdictChange], dict[str, str] | None]:
    """What changed since the previous digest of this article: the latest stored run whose window ended
    by this one's and that gave other verdicts; and (remember) store this run's verdicts. Running the
    same digest again replaces its own stored run, so it prints the same changes."""
    by_id: dict[str, dict[str, Any]] = {}  # claims read from an article's prose may share an id: the first counts
    for cv in d.claims:
        by_id.setdefault(cv.claim.id, {"claim_id": cv.claim.id, "claim": cv.claim.claim, "verdict": cv.verdict,
                                       "certainty": cv.certainty, "pmids": _evidence_pmids(cv)})
    verdicts = list(by_id.values())
    fingerprint = hashlib.sha256(json.dumps(verdicts, sort_keys=True).encode()).hexdigest()[:16]
    previous = store.previous_digest_run(d.article, d.window["to"], fingerprint)
    if remember:
        store.save_digest_run({"article": d.article, "window_from": d.window["from"], "window_to": d.window["to"],
                               "generated_at": d.generated_at, "fingerprint": fingerprint}, verdicts)
    if previous is None:
        return [], None
    run, before = previous
    changes = []
    for v in verdicts:
        b = before.get(v["claim_id"])
        if b is None or (b["verdict"], b["certainty"]) == (v["verdict"], v["certainty"]):
            continue
        was, now = set(b["pmids"]), set(v["pmids"])
        changes.append(VerdictChange(v["claim_id"], v["claim"], b["verdict"], v["verdict"], b["certainty"],
                                     v["certainty"], [p for p in v["pmids"] if p not in was],
                                     [p for p in b["pmids"] if p not in now]))
    return changes, {"window_from": run["window_from"], "window_to": run["window_to"],
                     "generated_at": run["generated_at"]}


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
    """'randomised controlled trial · people · n=20 · 4.5 mg (low) · finding: positive', in words."""
    parts = [_design(n.design), population(n.population)]
    if n.sample_size:
        parts.append(f"n={n.sample_size}")
    if n.dose_mg:
        parts.append(f"{'/'.join(f'{x:g}' for x in n.dose_mg)} mg"
                     + (f" ({plain(n.dose_class)})" if n.dose_class else ""))
    parts.append(f"finding: {plain(n.finding) or 'not stated'}")
    if n.other_conditions:
        parts.insert(0, f"about: {'; '.join(n.other_conditions)}")
    flags = [x.label for x in NOTICES if getattr(n, x.id)]
    return " · ".join(flags + parts)


def _period(d: Digest) -> str:
    days = (date.fromisoformat(d.window["to"]) - date.fromisoformat(d.window["from"])).days
    return "This week" if days <= 7 else "In this window"


def _change_text(d: Digest, c: VerdictChange) -> str:
    """'LDN improves pain …: partly supported → supported (certainty low → moderate); moved by PMID 1, 2'."""
    certainty = (f" (certainty {c.certainty_before.replace('_', ' ')} \u2192 {c.certainty_after.replace('_', ' ')})"
                 if c.certainty_before != c.certainty_after else "")
    moved = [f"PMID {p}" for p in c.records_added] + [f"PMID {p} (no longer counted)" for p in c.records_removed]
    return (f"{c.claim} {VERDICT_LABELS[c.before]} \u2192 {VERDICT_LABELS[c.after]}{certainty}"
            + (f"; moved by {', '.join(moved)}" if moved else ""))


def _summary_lines(d: Digest) -> list[str]:
    """The 'this week' lines, plain text (each renderer escapes them)."""
    w = d.this_week
    by_condition = [(h, len(p)) for h, p in d.sections]
    lines = [f"{w['new_records']} new record{'s' if w['new_records'] != 1 else ''} in PubMed"
             + (": " + ", ".join(f"{h} {n}" for h, n in by_condition) if by_condition else "") + "."]
    if d.compared_with is None:
        lines.append("Verdict changes: none recorded (no earlier digest of this article to compare with).")
    elif not d.verdict_changes:
        lines.append(f"Verdict changes: none since the digest up to {d.compared_with['window_to']}.")
    else:
        lines.append(f"Verdict changes since the digest up to {d.compared_with['window_to']}: "
                     + "; ".join(_change_text(d, c) for c in d.verdict_changes))
    lines.append(f"Registry changes: {w['registry_changes']} trial(s) first posted or updated on ClinicalTrials.gov."
                 if d.trials else "Registry changes: no registry data stored (run ldn-lit trials update).")
    if d.untracked_conditions:
        lines.append("Studied but not tracked by any search: " + ", ".join(
            f"{u.condition} ({u.records})" for u in d.untracked_conditions) + ".")
    return lines


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md_escape(s: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", s)


def _plain_md(d: Digest, text: str | None) -> str:
    return _md_escape(plain(text, d.condition_labels))


def claims_md(d: Digest) -> list[str]:
    """Where the evidence stands on each claim, in Markdown: a table, then each claim's Summary of Findings
    (summary_of_findings.md_section) in words."""
    out = ["| claim | verdict | certainty | why |", "|---|---|---|---|"]
    for v in d.claims:
        out.append(f"| {_md_escape(v.claim.claim)} | **{VERDICT_LABELS[v.verdict]}** | "
                   f"{v.certainty.replace('_', ' ')} | {_plain_md(d, v.why)} |")
    for v in d.claims:
        t = v.evidence_table
        on = d.condition_labels.get(v.claim.condition, "any condition")
        out += ["", *md_section(v, 3, d.condition_labels),
                *([f"Registered trials: {_plain_md(d, v.registry_note)}", ""] if v.registry_note else []),
                f"Evidence on {_md_escape(on)}: {t.get('human_rct', 0)} human randomised trials, "
                f"{t.get('other_human', 0)} other human studies, {t.get('animal', 0)} animal, "
                f"{t.get('in_vitro', 0)} cell, {t.get('review', 0)} reviews; largest human n = "
                f"{t.get('human_largest_n') or '-'}, total human n = {t.get('human_total_n') or 0}; findings: "
                + (", ".join(f"{plain(k)} {n}" for k, n in t.get("findings", {}).items()) or "none")]
        if v.cited_journal_summary:
            out += ["", f"Cited journal: {_plain_md(d, v.cited_journal_summary)}"]
    return out


def render_md(d: Digest) -> str:
    by = {n.pmid: n for n in d.new_records}
    source = f"[{_md_escape(d.article)}]({d.article_url})" if d.article_url else _md_escape(d.article)
    out = [f"# ldn-lit digest: the claims of {_md_escape(_quoted(d.article))}, {d.window['from']} to {d.window['to']}",
           "", f"*{_md_escape(d.notice)}*", "",
           f"Article: {source}. Database: {d.database_records} PubMed records on naltrexone. Verdicts use only "
           "records that entered PubMed by the window's end.", "",
           f"## {_period(d)}", ""]
    out += [f"- {_plain_md(d, line)}" for line in _summary_lines(d)]
    out += ["", f"## Where the evidence stands on {_md_escape(_quoted(d.article))}", ""]
    out += claims_md(d)
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
            out.append(f"  {_md_escape(_facts(n))}" + (f": \"{_md_escape(n.evidence)}\"" if n.evidence else ""))
        out.append("")
    out += ["", f"Generated {d.generated_at}"]
    return "\n".join(out).rstrip() + "\n"


def _quoted(title: str) -> str:
    return f"\u201c{title}\u201d"


def render_json(d: Digest) -> str:
    return json_text.dumps(d.to_dict()) + "\n"


CSV_FIELDS = ["pmid", "entrez_date", "year", "journal", "title", "citation", "pubmed_url", "doi_url", "conditions",
              "design", "population", "sample_size", "dose_mg", "dose_class", "finding", "evidence", "retracted",
              "erratum", "expression_of_concern", "other_conditions"]
# One row per claim of the article after the record rows: where the evidence stands, with its certainty.
CLAIM_CSV_FIELDS = ["claim_id", "claim", "verdict", "certainty", "certainty_reasons", "why"]
# A verdict change fills claim_id and these; an untracked condition these; the first row carries the notice.
CHANGE_CSV_FIELDS = ["verdict_before", "verdict_after", "records_added", "records_removed"]
UNTRACKED_CSV_FIELDS = ["untracked_condition", "untracked_records"]


def render_csv(d: Digest) -> str:
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=["notice", *CSV_FIELDS, *trial_digest.CSV_FIELDS, *CLAIM_CSV_FIELDS,
                                        *CHANGE_CSV_FIELDS, *UNTRACKED_CSV_FIELDS], extrasaction="ignore")
    w.writeheader()
    w.writerow({"notice": csv_cell(f"{d.notice} Article: {d.article}"
                                   + (f" ({d.article_url})" if d.article_url else ""))})
    names = [f.name for f in fields(NewRecord)]
    for n in d.new_records:
        row = {k: getattr(n, k) for k in names}  # its lists are joined below: no copy of them needed (asdict's)
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
    for c in d.verdict_changes:
        w.writerow({k: csv_cell(x) for k, x in (("claim_id", c.claim_id), ("claim", c.claim),
                                                  ("verdict_before", c.before), ("verdict_after", c.after),
                                                  ("records_added", "; ".join(c.records_added)),
                                                  ("records_removed", "; ".join(c.records_removed)))})
    for u in d.untracked_conditions:
        w.writerow({"untracked_condition": csv_cell(u.condition), "untracked_records": u.records,
                    "pmid": csv_cell("; ".join(u.pmids))})
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
    sub(feed, "title", f"ldn-lit: new PubMed records on low-dose naltrexone and the claims of {_quoted(d.article)}")
    sub(feed, "subtitle", f"{d.window['from']} to {d.window['to']}. {d.notice}")
    sub(feed, "updated", f"{as_of}T00:00:00Z")
    if self_href:
        sub(feed, "link", href=self_href, rel="self")
    sub(sub(feed, "author"), "name", "ldn-lit")
    sub(feed, "generator", "ldn-lit")
    e = sub(feed, "entry")  # the summary first, as on every page
    sub(e, "id", f"urn:ldn-lit:summary:{d.window['from']}:{d.window['to']}")
    sub(e, "title", f"{_period(d)}: {d.window['from']} to {d.window['to']}")
    sub(e, "updated", f"{as_of}T00:00:00Z")
    sub(e, "summary", plain(" ".join(_summary_lines(d)), d.condition_labels) + " " + d.notice)
    sub(e, "category", term="summary")
    for n in d.new_records:
        e = sub(feed, "entry")
        sub(e, "id", n.pubmed_url)
        sub(e, "title", ("[RETRACTED] " if n.retracted else "") + n.title)
        sub(e, "link", href=n.pubmed_url, rel="alternate")
        if n.doi_url:
            sub(e, "link", href=n.doi_url, rel="related")
        sub(e, "updated", f"{n.entrez_date or as_of}T00:00:00Z")
        who = f"{n.authors}. " if n.authors else ""  # the title is the entry's title: not repeated here
        summary = f"{who}{n.source} {_facts(n)}" + (f': "{n.evidence}"' if n.evidence else "")
        sub(e, "summary", summary)
        for c in n.conditions:
            sub(e, "category", term=c)
    trial_digest.atom_entries(d.trials, feed, sub, as_of)
    for v in d.claims:  # where the evidence stands on each claim, as of the window's end
        e = sub(feed, "entry")
        sub(e, "id", f"urn:ldn-lit:claim:{v.claim.id}")
        sub(e, "title", f"[{VERDICT_LABELS[v.verdict]}, certainty {v.certainty.replace('_', ' ')}] {v.claim.claim}")
        sub(e, "updated", f"{as_of}T00:00:00Z")
        sub(e, "summary", plain(f"{v.why} Certainty: {certainty_text(v)}.", d.condition_labels))
        sub(e, "category", term="claim")
    ET.indent(feed)
    return xml_text('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n")


_GROUP_OF = {design: g.label for g in CHART_GROUPS for design in g.designs}


def _chart(per_year: dict[str, dict[str, int]]) -> str:
    """Records per year as stacked bars on a real year axis: every year from the first to the last has
    its place, so a gap shows as a gap. Sized for a phone's width (the SVG scales to the page)."""
    if not per_year:
        return "<p>No records to chart.</p>"
    first, last = int(min(per_year)), int(max(per_year))
    years = list(range(first, last + 1))
    counts: dict[int, Counter[str]] = {y: Counter() for y in years}
    for year, by_design in per_year.items():
        for design, n in by_design.items():
            counts[int(year)][_GROUP_OF.get(design, CHART_GROUPS[-1].label)] += n
    top = max(sum(c.values()) for c in counts.values()) or 1
    width, height, left, bottom = 600, 230, 34, 30
    slot = (width - left - 6) / len(years)
    bar = max(1.0, slot * 0.8)
    plot = height - bottom - 8
    step = next(s for s in (1, 2, 5, 10, 20, 50) if len(years) / s <= 8)
    parts = [f'<svg role="img" aria-label="Records per year by kind of study, {first} to {last}" '
             f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg" '
             'font-family="system-ui,sans-serif">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}" stroke="#888"/>',
             f'<text x="{left - 4}" y="16" font-size="18" text-anchor="end">{top}</text>',
             f'<text x="{left - 4}" y="{height - bottom}" font-size="18" text-anchor="end">0</text>']
    for i, y in enumerate(years):
        x = left + i * slot + (slot - bar) / 2
        base = float(height - bottom)
        for g in CHART_GROUPS:
            label, colour = g.label, g.colour
            n = counts[y][label]
            if not n:
                continue
            h = n / top * plot
            base -= h
            parts.append(f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                         f"<title>{y}: {n} {html.escape(label)}</title></rect>")
        # the first and last years, and every step-th year not crowding them
        anchor = "start" if y == first and last > first else "end" if y == last and last > first else "middle"
        if y in (first, last) or (y % step == 0 and min(y - first, last - y) * 2 > step):
            parts.append(f'<line x1="{x + bar / 2:.1f}" y1="{height - bottom}" x2="{x + bar / 2:.1f}" '
                         f'y2="{height - bottom + 4}" stroke="#888"/>'
                         f'<text x="{x + bar / 2:.1f}" y="{height - 6}" font-size="18" '
                         f'text-anchor="{anchor}">{y}</text>')
    parts.append("</svg>")
    used = {g for c in counts.values() for g in c}
    legend = "".join(f'<span class="key"><i style="background:{g.colour}"></i>{html.escape(g.label)}</span>'
                     for g in CHART_GROUPS if g.label in used)
    return "".join(parts) + f'<div class="legend">{legend}</div>'


CSS = """
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;\
margin:0 auto;max-width:52rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.4rem;margin-bottom:.3rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;margin-top:2rem}\
h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}\
td,th{border:1px solid #ddd;padding:.35rem;vertical-align:top;text-align:left}
.v{font-weight:600}
.rec{margin:.6rem 0 1rem}.facts{font-size:.85rem;color:#333}.flag{color:#b71c1c;font-weight:700}
blockquote{margin:.3rem 0 .3rem .8rem;padding-left:.6rem;border-left:3px solid #ccc;color:#333;font-size:.9rem}
.legend{font-size:.85rem}.key{display:inline-block;margin-right:.8rem}\
.key i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.05rem}
.meta{color:#555;font-size:.85rem}.notice{background:#fff8e1;border-left:4px solid #ffb300;padding:.4rem .7rem}
.summary li{margin:.2rem 0}
.wide{overflow-x:auto;width:min(80rem,calc(100vw - 3rem));margin-left:50%;transform:translateX(-50%)}
.studies{font-size:.78rem}.studies .quote td{border-top:0;color:#333;font-style:italic}\
@media(max-width:40rem){table,tbody,tr,td{display:block;width:auto}thead{display:none}\
td{border:0;padding:.15rem 0}tr{border-bottom:1px solid #ddd;padding:.4rem 0}}
"""
# Verdict colours come from the vocabulary.
CSS += "".join(f".{v.id}{{color:{v.colour}}}" for v in VERDICTS if v.colour) + "\n"


def claims_html(d: Digest) -> list[str]:
    """Where the evidence stands on each claim, in HTML: a table, then each claim's Summary of Findings
    (summary_of_findings.html_section) in words."""
    e = html.escape

    def words(text: str | None) -> str:
        return e(plain(text, d.condition_labels))

    out = ["<table><thead><tr><th>claim</th><th>verdict</th><th>certainty</th><th>why</th></tr></thead><tbody>"]
    for v in d.claims:
        out.append(f'<tr><td>{e(v.claim.claim)}</td><td class="v {e(v.verdict)}">{e(VERDICT_LABELS[v.verdict])}</td>'
                   f"<td>{words(certainty_text(v))}</td><td>{words(v.why)}</td></tr>")
    out.append("</tbody></table>")
    for v in d.claims:
        out.append(html_section(v, d.condition_labels))
        if v.registry_note:
            out.append(f"<p>Registered trials: {words(v.registry_note)}</p>")
        if v.cited_journal_summary:
            out.append(f"<p>Cited journal: {words(v.cited_journal_summary)}</p>")
    return out


def render_html(d: Digest) -> str:
    e = html.escape
    by = {n.pmid: n for n in d.new_records}
    article = (f'<a href="{e(d.article_url)}">{e(_quoted(d.article))}</a>' if d.article_url
               else e(_quoted(d.article)))
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>ldn-lit digest: {e(_quoted(d.article))}, {e(d.window['from'])} to {e(d.window['to'])}</title>"
           f"<style>{CSS}</style></head><body>",
           f"<h1>What PubMed holds on the claims of {article}</h1>",
           f'<p class="meta">ldn-lit digest, {e(d.window["from"])} to {e(d.window["to"])}. '
           f"{d.database_records} PubMed records on naltrexone; verdicts use only records that entered PubMed "
           "by the window's end.</p>",
           f'<p class="notice">{e(d.notice)}</p>',
           f"<h2>{_period(d)}</h2>", '<ul class="summary">']
    out += [f"<li>{e(plain(line, d.condition_labels))}</li>" for line in _summary_lines(d)]
    out.append("</ul>")
    out.append(f"<h2>Where the evidence stands on {article}</h2>")
    out += claims_html(d)
    out.append("<h2>Records per year by kind of study (tracked conditions)</h2>")
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
            who = f"{e(n.authors)}. " if n.authors else ""
            out.append(f'<div class="rec"><b>{e(n.title)}</b><br>{who}{e(n.source)} {links}<br>'
                       f'<span class="facts{" flag" if n.retracted else ""}">{e(_facts(n))}</span>'
                       + (f"<blockquote>{e(n.evidence)}</blockquote>" if n.evidence else "") + "</div>")
    out.append(f'<p class="meta">Generated {e(d.generated_at)} by ldn-lit.</p>')
    out.append("</body></html>")
    return xml_text("\n".join(out) + "\n")  # the inline SVG is XML; and no browser shows control characters
