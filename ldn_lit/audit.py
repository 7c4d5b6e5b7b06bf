"""`ldn-lit audit FILE`: every claim and cited source of an article, checked, in one table."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from .check import ClientFactory, Remote, search_claim
from .claim_text import extract_claims
from .claims import judge_claims, load_evidence, require_evidence_base
from .config import Config
from .errors import LdnLitError
from .plain import plain
from .references import ReferenceRow, check_reference_list, link, split_article
from .store import Store
from .vocabulary import EVIDENCE_GROUPS, verdict_label


@dataclass
class AuditRow:
    sentence: str
    claim_id: str | None
    cited_source: str | None
    pubmed_holds: str
    verdict: str
    why: str
    pmids: list[str] = field(default_factory=list)
    # How the sentence was read: condition id (or "any"), outcome domains, direction. None when not a claim.
    condition: str | None = None
    outcomes: list[str] = field(default_factory=list)
    direction: str | None = None
    certainty: str | None = None
    certainty_reasons: list[str] = field(default_factory=list)
    cited_journal_status: str | None = None  # found, not_found, citation_mismatch
    cited_journal_summary: str | None = None
    # what PubMed was asked for this claim (the condition's query, the cited journal), or why not
    pubmed_search: str = ""
    # the entries of the article's reference list this sentence cites: number, PMID, verdict (references.py)
    cites: list[dict[str, Any]] = field(default_factory=list)

    @property
    def reading(self) -> str:
        if self.direction is None:
            return "-"
        return f"{self.condition}; {', '.join(self.outcomes) or 'any outcome'}; {self.direction}"


@dataclass
class AuditReport:
    source: str
    network: str
    rows: list[AuditRow]
    references: list[ReferenceRow] = field(default_factory=list)  # the article's reference list, each checked

    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, **asdict(self)}


def _holds(table: dict[str, Any]) -> str:
    parts = [f"{table[g.id]} {g.label}" for g in EVIDENCE_GROUPS if table.get(g.id)]
    if table.get("human_largest_n"):
        parts.append(f"largest human n={table['human_largest_n']}")
    return ", ".join(parts) or "nothing stored"


def audit(text: str, source: str, store: Store, config: Config, client_factory: ClientFactory | None = None,
          offline: bool = False) -> AuditReport:
    text, entries = split_article(text)  # a reference's title is not the article's claim
    found = extract_claims(text, config)
    remote = Remote(client_factory, offline)
    searched: dict[int, str] = {}
    try:
        for i, x in enumerate(found):
            if x.claim is not None:
                try:
                    searched[i] = search_claim(x.claim, config, store, remote)
                except LdnLitError as e:
                    if getattr(e, "exit_code", 1) != 2:
                        raise
                    remote.failed(e)  # the remaining claims are answered from the database
                    searched[i] = f"not asked: {remote.status}"
    finally:
        remote.close()
    if not any(s.startswith("asked") for s in searched.values()):
        require_evidence_base(store)  # no verdict on nothing (an empty database, searches never succeeded)
    claims = [x.claim for x in found if x.claim is not None]
    judged = iter(judge_claims(store, load_evidence(store, claims=claims, pool=True), claims))
    rows = []
    for i, x in enumerate(found):
        if x.claim is None:
            rows.append(AuditRow(x.sentence, None, x.cited_journal, "-", "not_checked",
                                 "names a source but makes no claim we can check"))
            continue
        v = next(judged)  # the one judgment: the same as `claims`, `digest` and `check`
        rows.append(AuditRow(x.sentence, x.claim.id, x.claim.cited_journal, _holds(v.evidence_table), v.verdict, v.why,
                             [r.pmid for r in (v.supporting or v.outcome_measured)[:6]], x.claim.condition,
                             list(x.claim.outcomes), x.claim.direction, v.certainty, v.certainty_reasons,
                             v.cited_journal_status, v.cited_journal_summary, searched.get(i, "")))
    checked = check_reference_list(entries, store, config, client_factory, offline)
    for row, cites in zip(rows, link([r.sentence for r in rows], entries, checked), strict=True):
        row.cites = cites
    return AuditReport(source, remote.status, rows, checked)


def render_md(r: AuditReport, labels: Mapping[str, str] | None = None) -> str:
    """The audit as one Markdown table; ids in words (condition ids by `labels`), as in every page people read."""
    esc = lambda s: (s or "").replace("|", "\\|")  # noqa: E731
    w = lambda s: esc(plain(s, labels))  # noqa: E731
    out = [f"# Audit of {esc(r.source)}", "", f"PubMed: {esc(r.network)}. {len(r.rows)} claims and citations.", "",
           "| # | claim | read as (condition; outcomes; direction) | cited source | what PubMed holds | verdict | "
           "certainty | why |",
           "|---|---|---|---|---|---|---|---|"]
    for i, row in enumerate(r.rows, 1):
        cited = esc(row.cited_source) or "-"
        if row.cited_journal_status:
            cited += f" ({verdict_label(row.cited_journal_status)})"
        if row.cites:
            cited = ("" if cited == "-" else cited + "; ") + ", ".join(
                f"[{c['number']}] " + (f"PMID {c['pmid']}" if c["pmid"] else verdict_label(c["verdict"]))
                for c in row.cites)
        certainty = f"{(row.certainty or '-').replace('_', ' ')}" + (
            f": {w('; '.join(row.certainty_reasons))}" if row.certainty_reasons else "")
        out.append(f"| {i} | {esc(row.sentence)} | {w(row.reading)} | {cited} | "
                   f"{esc(row.pubmed_holds)} | **{verdict_label(row.verdict)}** | {certainty} | "
                   f"{w(row.why)} |")
    if r.references:
        out += ["", f"## References ({len(r.references)})", "", "| # | reference | verdict | PMID | cited by | why |",
                "|---|---|---|---|---|---|"]
        for ref in r.references:
            out.append(f"| {ref.number} | {esc(ref.text)} | **{verdict_label(ref.verdict)}** | {ref.pmid or '-'} | "
                       f"{', '.join(f'#{i}' for i in ref.cited_by) or '-'} | {esc(ref.why)} |")
    return "\n".join(out) + "\n"


def render_json(r: AuditReport) -> str:
    return json.dumps(r.to_dict(), ensure_ascii=False, indent=2) + "\n"
