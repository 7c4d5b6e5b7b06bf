"""`ldn-lit check`: one citation or claim, checked against the database first, then PubMed.

Identifiers and references resolve to one record: is it real, do its details match the citation,
what kind of evidence is it, is it retracted. A claim sentence is read (condition, outcome,
direction, cited journal) and judged with the same rules as the digest (ldn_lit/claims.py), plus
two citation-level verdicts: not_found (nothing matches the cited source) and citation_mismatch
(the cited journal holds records on the condition, but none is a human study of the claimed outcome).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from .citation import Reference, Understood, parse_input
from .claims import (
    EvidenceRow,
    NoEvidenceBase,
    evaluate_claim,
    judge_claims,
    load_evidence,
    require_evidence_base,
)
from .config import Claim, Config
from .errors import EntrezError
from .journals import matches_any
from .models import Article
from .store import Store
from .vocabulary import CONTROLLED

EXIT_OK, EXIT_NOT_UNDERSTOOD, EXIT_NETWORK = 0, 1, 2


@dataclass
class CheckResult:
    input: str
    understood: str  # Understood.describe()
    kind: str
    found: bool = False
    source: str = "none"  # "database", "pubmed", "none"
    network: str = "not needed"  # "not needed", "used", "unreachable: ...", "offline"
    record: dict[str, Any] | None = None
    field_matches: dict[str, dict[str, Any]] = field(default_factory=dict)
    claim: dict[str, Any] | None = None
    verdict: str | None = None
    why: str = ""
    certainty: str | None = None
    certainty_reasons: list[str] = field(default_factory=list)
    cited_journal_status: str | None = None  # a claim's cited journal: found, not_found, citation_mismatch
    cited_journal_summary: str | None = None
    pubmed_search: str = ""  # for a claim: what PubMed was asked (the condition's query, the cited journal) or why not
    title_search: str = ""  # a title tried as a reference before being read as a claim
    evidence: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    hint: str = ""
    exit_code: int = EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ClientFactory = Callable[[], Any]


def _record_dict(a: Article, store: Store) -> dict[str, Any]:
    t = store.get_tags([a.pmid]).get(a.pmid)
    d: dict[str, Any] = {
         "pmid": a.pmid, "title": a.title, "journal": a.journal, "journal_iso": a.journal_iso, "year": a.year,
         "volume": a.volume, "issue": a.issue, "pages": a.pages, "first_author": a.first_author, "doi": a.doi,
         "pmcid": a.pmcid, "publication_types": a.publication_types,
         "pubmed_url": f"https://pubmed.ncbi.nlm.nih.gov/{a.pmid}/"}
    if t:
        d["tags"] = {k: v for k, v in t.to_dict().items() if k not in ("pmid",)}
    d["counted"] = a.pmid not in store.check_only([a.pmid])
    d["counted_why"] = COUNTED_WHY[d["counted"]]
    return d


COUNTED_WHY = {
    True: "counted in verdicts and digests (a tracked search or an import brought it in)",
    False: "fetched only by `check`: stored, but not counted in verdicts and digests until a tracked search "
           "finds it (`ldn-lit update` then takes it in)",
}


class Remote:
    """Lazily opened E-utilities client; remembers whether the network could be used."""

    def __init__(self, factory: ClientFactory | None, offline: bool):
        self.factory, self.offline = factory, offline
        self.client = None
        self.status = "offline" if offline else "not needed"

    def __call__(self):
        if self.offline or self.factory is None:
            return None
        if self.client is None:
            self.client = self.factory()
            self.status = "used"
        return self.client

    def failed(self, e: Exception) -> None:
        """The network could not be used: say why, and ask it nothing more."""
        self.status = f"unreachable: {e}"
        self.offline = True

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


def _fetch_and_store(remote: Remote, store: Store, config: Config, pmids: list[str],
                     condition: str | None = None) -> list[Article]:
    """Fetch, tag and store records. Stored as `check`'s only (out of verdicts and digests) unless they
    were found by a condition's tracked query (`condition`), which is what `update` would have asked."""
    from .ingest import store_batch
    from .pubmed_xml import iter_articles

    client = remote()
    if client is None or not pmids:
        return []
    arts: list[Article] = []
    for _, body in client.efetch_batches(pmids):
        batch = list(iter_articles(body))
        if batch:
            store_batch(store, config, batch, source="check",
                        matches={a.pmid: {condition} for a in batch} if condition else None)
        arts += batch
    return arts


def check(text: str, store: Store, config: Config, client_factory: ClientFactory | None = None,
          offline: bool = False) -> CheckResult:
    u = parse_input(text)
    shown = text if len(text) <= 300 else text[:300] + f"… ({len(text):,} characters)"
    res = CheckResult(input=shown, understood=u.describe(), kind=u.kind, hint=u.hint)
    if u.kind in ("empty", "garbage"):
        res.exit_code, res.why = EXIT_NOT_UNDERSTOOD, f"input not understood: {u.hint}"
        return res
    remote = Remote(client_factory, offline)
    try:
        try:
            if u.kind == "claim":
                if not _check_title(u, res, store, config, remote):
                    _check_claim(u, res, store, config, remote)
            else:
                _check_citation(u, res, store, config, remote)
        except EntrezError as e:  # only PubMed's failures are "PubMed could not be asked"
            remote.failed(e)
            if u.kind == "claim":  # answer from what is stored, if anything is
                try:
                    _check_claim(u, res, store, config, Remote(None, True))
                except NoEvidenceBase:
                    res.candidates = []
                if res.claim and not res.candidates:
                    res.exit_code = EXIT_NETWORK
                    res.why = f"the local database holds nothing on this, and PubMed could not be asked: {e}"
            elif not res.found:
                res.exit_code, res.why = EXIT_NETWORK, f"not in the local database, and PubMed could not be asked: {e}"
    finally:
        remote.close()
    res.network = remote.status
    return res


# ---- identifiers and references ---------------------------------------------------------------
def _lookup_local(u: Understood, store: Store) -> list[str]:
    if u.kind in ("pmid", "doi", "pmcid"):
        return store.find_pmids(**{u.kind: u.value})
    ref = u.reference
    assert ref is not None  # every other kind returned above
    if ref.doi:
        hit = store.find_pmids(doi=ref.doi)
        if hit:
            return hit
    rows = store.citation_fields(int(ref.year))
    return [r["pmid"] for r in rows if matches_any(ref.journal, (r["journal"], r["journal_iso"], r["medline_ta"])) and
            (not ref.volume or r["volume"] == ref.volume)
            and (not ref.first_page or _first_page(r["pages"]) == ref.first_page)]


def _first_page(pages: str | None) -> str:
    return re.split(r"[-–]", pages or "")[0].strip()


def _remote_ids(u: Understood, remote: Remote) -> list[str]:
    client = remote()
    if client is None:
        return []
    if u.kind == "pmid":
        return [u.value]
    if u.kind == "doi":
        return client.esearch(f'"{u.value}"[doi]', usehistory=False).ids[:3]
    if u.kind == "pmcid":
        return client.esearch(f"{u.value}[pmc]", usehistory=False).ids[:3]
    ref = u.reference
    assert ref is not None  # every other kind returned above
    if ref.doi:
        ids = client.esearch(f'"{ref.doi}"[doi]', usehistory=False).ids
        if ids:
            return ids[:3]
    found = client.ecitmatch([ref])
    if found and found[0]:
        return [found[0]]
    words = [w for w in re.findall(r"[A-Za-z]{4,}", ref.title) if w.lower() not in _STOP][:6]
    term = " AND ".join([f"{w}[ti]" for w in words] + [f"{ref.year}[dp]"] +
                        ([f"{ref.first_author}[1au]"] if ref.first_author else []))
    return client.esearch(term, usehistory=False).ids[:5]


_STOP = {"with", "from", "that", "this", "their", "into", "trial", "study", "versus", "after", "during", "among"}


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _pages_match(given: str, found: str | None) -> bool:
    """'145-50' = '145-150'."""
    g, f = [p.strip() for p in re.split(r"[-–]", given)], [p.strip() for p in re.split(r"[-–]", found or "")]
    if g[0] != f[0]:
        return False
    if len(g) > 1 and len(f) > 1 and g[1] and f[1]:
        full = lambda a, b: b if len(b) >= len(a) else a[: len(a) - len(b)] + b  # noqa: E731
        return full(g[0], g[1]) == full(f[0], f[1])
    return True


def compare_reference(ref: Reference, a: Article) -> dict[str, dict[str, Any]]:
    """Each field of the citation against the record: given, found, match."""
    out: dict[str, dict[str, Any]] = {}

    def put(name: str, given: str, found: Any, ok: bool) -> None:
        if given:
            out[name] = {"given": given, "found": found, "match": ok}

    gw, fw = set(_norm(ref.title).split()), set(_norm(a.title).split())
    put("title", ref.title, a.title, bool(gw) and len(gw & fw) / len(gw) >= 0.8)
    put("year", ref.year, a.year, str(a.year) == ref.year)
    put("journal", ref.journal, a.journal_iso or a.journal,
        matches_any(ref.journal, (a.journal, a.journal_iso, a.medline_ta)))
    put("volume", ref.volume, a.volume, (a.volume or "") == ref.volume)
    put("pages", ref.pages, a.pages, _pages_match(ref.pages, a.pages))
    first = a.authors[0].last_name or a.authors[0].collective_name if a.authors else None
    put("first_author", ref.first_author, first, _norm(first) == _norm(ref.first_author))
    put("doi", ref.doi, a.doi, (a.doi or "").lower() == ref.doi.lower())
    return out


# ---- titles -------------------------------------------------------------------------------------
_YEAR_TAIL = re.compile(r"[\s.,;]*\(?((?:19|20)\d\d)\)?[.\s]*$")
_JOURNAL_WORD = re.compile(r"^(?:[A-Z][\w'&-]*\.?|of|and|the|for|in|&)$")


def split_title(text: str) -> Reference | None:
    """'Title. Journal. Year.' (journal and year optional) as a reference to look up by title; None when the
    text is too short to be a title."""
    year = ""
    m = _YEAR_TAIL.search(text)
    if m and m.start() > 0:
        year, text = m.group(1), text[:m.start()]
    title, journal = text.strip().rstrip("."), ""
    head, sep, tail = title.rpartition(". ")
    tail_words = tail.split()
    if sep and 1 <= len(tail_words) <= 8 and all(_JOURNAL_WORD.match(w) for w in tail_words) and len(head.split()) >= 4:
        title, journal = head, tail.rstrip(".")
    if len(re.findall(r"[A-Za-z]{2,}", title)) < 4:
        return None
    return Reference(title=title.strip(), journal=journal, year=year)


def _same_title(given: str, found: str) -> bool:
    """Nearly every word of the given title is in the record's, and it is most of the record's (a subtitle
    may be left out of a pasted title)."""
    g, f = set(_norm(given).split()), set(_norm(found).split())
    return bool(g) and len(g & f) / len(g) >= 0.9 and len(g & f) / max(len(f), 1) >= 0.6


def _may_ask_pubmed_title(text: str, ref: Reference, store: Store, config: Config) -> bool:
    """PubMed's title search is asked when the input names a journal or year (then it is plainly a reference),
    or when the claim it would otherwise be needs PubMed anyway; never for a claim the database answers."""
    from .claim_text import extract_claim

    if ref.journal or ref.year:
        return True
    claim = extract_claim(text, config)
    return claim is None or search_plan(claim, config, store)[0] is not None


def _check_title(u: Understood, res: CheckResult, store: Store, config: Config, remote: Remote) -> bool:
    """A claim-shaped input may be a pasted title: look it up by title (database, then a PubMed [ti] search)
    before reading it as a claim. True when a record with that title was found and reported."""
    ref = split_title(u.value)
    if ref is None:
        return False
    pmids = [p for p, t in store.titles(int(ref.year) if ref.year else None) if _same_title(ref.title, t)]
    source = "database"
    if not pmids and _may_ask_pubmed_title(u.value, ref, store, config):
        client = remote()
        if client is not None:
            from .ingest import store_batch
            from .pubmed_xml import iter_articles

            term = f'"{ref.title}"[ti]' + (f" AND {ref.year}[dp]" if ref.year else "")
            ids = client.esearch(term, usehistory=False, retmax=5).ids[:5]
            arts = [a for _, body in (client.efetch_batches(ids) if ids else []) for a in iter_articles(body)
                    if _same_title(ref.title, a.title)]
            if arts:
                store_batch(store, config, arts, source="check")
            pmids, source = [a.pmid for a in arts], "pubmed"
    if not pmids:
        res.title_search = ("tried as a title first: no record in the database" +
                            (" or PubMed" if remote.status == "used" else "") +
                            " has this title, so it is read as a claim")
        return False
    res.kind, res.understood = "title", f"a title{' with its journal' if ref.journal else ''}, looked up as a reference"
    res.title_search = f"found by title in the {source if source == 'database' else 'PubMed title search'}"
    _check_citation(Understood("reference", u.value, reference=ref), res, store, config, remote, pmids, source)
    return True


def _check_citation(u: Understood, res: CheckResult, store: Store, config: Config, remote: Remote,
                    pmids: list[str] | None = None, source: str = "database") -> None:
    pmids = pmids or _lookup_local(u, store)
    if not pmids:
        ids = _remote_ids(u, remote)
        arts = _fetch_and_store(remote, store, config, ids)
        pmids, source = [a.pmid for a in arts], "pubmed"
        if remote.offline or remote.factory is None:
            res.exit_code = EXIT_NETWORK
            res.why = "not in the local database, and --offline was given: run without --offline to ask PubMed"
            res.verdict = "not_found"
            return
    articles = store.get_articles(pmids)
    if not articles:
        res.verdict = "not_found"
        res.exit_code = EXIT_NOT_UNDERSTOOD if u.kind in ("pmid", "pmcid", "doi") else EXIT_OK
        res.why = {"pmid": f"PMID {u.value} is not in PubMed; check the number",
                   "pmcid": f"{u.value} matches no PubMed record; check the PMCID",
                   "doi": f"DOI {u.value} matches no PubMed record; check it, or the work may not be indexed in PubMed",
                   }.get(u.kind, "no PubMed record matches this reference (ECitMatch and a title/author search found "
                                 "nothing); check the journal, year, volume and first page")
        return
    if u.kind == "reference" and u.reference is not None:
        ref = u.reference
        scored = sorted(((sum(m["match"] for m in compare_reference(ref, a).values()), a) for a in articles),
                        key=lambda x: -x[0])
        best = scored[0][1]
        res.field_matches = compare_reference(ref, best)
    else:
        best = articles[0]
    res.found, res.source = True, source
    res.record = _record_dict(best, store)
    tags = res.record.get("tags", {})
    mismatched = [k for k, m in res.field_matches.items() if not m["match"]]
    flags = [f for f in ("retracted", "erratum", "expression_of_concern") if tags.get(f)]
    res.verdict = "retracted" if tags.get("retracted") else ("citation_mismatch" if mismatched else "found")
    res.why = (f"PMID {best.pmid}: {tags.get('design', '?')}, {tags.get('population', '?')}, "
               f"n={tags.get('sample_size') or '?'}, finding {tags.get('finding') or 'not stated'}"
               + ("; RETRACTED" if "retracted" in flags else "")
               + "".join(f"; {x}" for x in [", ".join(f for f in flags if f != "retracted")] if x)
               + (f"; details that do not match: {', '.join(mismatched)}" if mismatched else ""))
    if tags.get("evidence"):
        res.evidence = [{"pmid": best.pmid, "sentence": tags["evidence"]}]


# ---- claims --------------------------------------------------------------------------------------
def search_plan(claim: Claim, config: Config, store: Store) -> tuple[str | None, str]:
    """(PubMed term or None, what it covers or why PubMed is not needed) for a claim.

    PubMed is asked only when the database holds too little: `ldn-lit update` has not searched the claim's
    condition, and no stored human low-dose study reports on a claimed outcome. Then it is asked the
    condition's query (all of it: a verdict on the first 200 would be a sample). When the outcome is covered
    but the cited journal holds nothing stored on the condition, only that journal's records on it are asked for."""
    if claim.condition == "any":
        return None, "not asked: the claim names no condition"
    cond = config.condition(claim.condition)
    if claim.condition in store.query_state():
        return None, (f"not asked: `ldn-lit update` has searched {cond.label}, so the database holds what PubMed "
                      "has on it")
    v = evaluate_claim(load_evidence(store), claim)
    if not v.outcome_measured:
        return config.search_term(cond), f"every record on {cond.label} (the condition's query)"
    if claim.cited_journal and v.cited_journal_status == "not_found":
        return (config.search_term(cond) + f' AND "{claim.cited_journal}"[ta]',
                f"{claim.cited_journal}'s records on {cond.label} (the database holds evidence on the outcome)")
    return None, "not asked: the database holds human evidence on the claimed outcome"


def search_claim(claim: Claim, config: Config, store: Store, remote: Remote) -> str:
    """Run the search plan (fetched records are stored and tagged); say what PubMed was asked, or why not."""
    term, scope = search_plan(claim, config, store)
    if term is None:
        return scope
    client = remote()
    if client is None:
        return f"not asked ({remote.status}): would have asked for {scope}"
    ids = client.search_all_ids(term).ids
    known = set(store.fetched_on(ids))
    _fetch_and_store(remote, store, config, [i for i in ids if i not in known], claim.condition)
    return f"asked for {scope}: {len(ids)} found, {len(ids) - len(known & set(ids))} new"


def _fit(row: EvidenceRow, claim: Claim, journal_pmids: set[str], outcome_pmids: set[str]) -> int:
    return (5 * (row.pmid in journal_pmids) + 2 * (row.pmid in outcome_pmids) + (row.population == "human")
            + (row.design in CONTROLLED))


def _check_claim(u: Understood, res: CheckResult, store: Store, config: Config, remote: Remote) -> None:
    from .claim_text import extract_claim

    claim = extract_claim(u.value, config)
    if claim is None:
        res.exit_code = EXIT_NOT_UNDERSTOOD
        res.why = ("input not understood: no condition, outcome or effect of LDN found in the sentence; name the "
                   "condition and what LDN did (e.g. 'LDN reduced pain in fibromyalgia')")
        return
    res.claim = asdict(claim)
    res.pubmed_search = search_claim(claim, config, store, remote)
    if not res.pubmed_search.startswith("asked"):
        require_evidence_base(store)  # no verdict on nothing (an empty database, searches never succeeded)
    records = load_evidence(store)
    v = judge_claims(store, records, [claim])[0]  # the one judgment: the same as `claims`, `digest` and `audit`
    rows = v.supporting or v.outcome_measured
    res.verdict, res.why = v.verdict, v.why
    res.certainty, res.certainty_reasons = v.certainty, v.certainty_reasons
    res.cited_journal_status, res.cited_journal_summary = v.cited_journal_status, v.cited_journal_summary
    res.found = bool(rows)
    res.source = "pubmed" if res.pubmed_search.startswith("asked") else "database"
    journal = {e.pmid for e in records if claim.cited_journal and
               matches_any(claim.cited_journal, (e.journal, e.journal_iso, e.medline_ta))}
    outcome = {r.pmid for r in v.outcome_measured}
    on_condition = [EvidenceRow.of(e) for e in records
                    if (claim.condition == "any" or claim.condition in e.conditions) and not e.retracted]
    ranked = sorted(on_condition, key=lambda r: (-_fit(r, claim, journal, outcome), int(r.pmid)))[:10]
    res.candidates = [asdict(r) | {"fit": _fit(r, claim, journal, outcome)} for r in ranked]
    res.evidence = [{"pmid": r.pmid, "sentence": r.evidence, "design": r.design, "population": r.population,
                     "sample_size": r.sample_size, "dose": r.dose, "finding": r.finding, "outcome": r.outcome,
                     "side": "against" if r in v.against else "for" if r in v.favouring else "",
                     "basis": r.basis} for r in rows[:8] if r.evidence]
