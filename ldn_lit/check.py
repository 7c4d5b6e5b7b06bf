"""`ldn-lit check`: one citation or claim, checked against the database first, then PubMed.

Identifiers and references resolve to one record: is it real, do its details match the citation,
what kind of evidence is it, is it retracted. A claim sentence is read (condition, outcome,
direction, cited journal) and judged with the same rules as the digest (ldn_lit/claims.py), plus
two citation-level verdicts: not_found (nothing matches the cited source) and citation_mismatch
(the cited journal holds records on the condition, but none is a human study of the claimed outcome).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .citation import Reference, Understood, parse_input
from .config import Claim, Config
from .errors import EXIT_AMBIGUOUS, EntrezError, LdnLitError, NoEvidenceBase
from .journals import matches_any
from .models import Article
from .resolve import Resolution, compare_reference, differences, resolve
from .store import Store
from .vocabulary import CONDITION_SCOPES, CONTROLLED

if TYPE_CHECKING:
    from .claims import EvidenceRow

# The claim judgment (ldn_lit/claims.py) is imported where a claim is judged: a PMID, DOI or reference
# checked from the database starts without it (issue 10's start-up target).

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
    reference: dict[str, Any] | None = None  # the fields read from a pasted reference (citation.Reference)
    found_via: str = ""  # identifier, database, ECitMatch, PubMed title search
    field_matches: dict[str, dict[str, Any]] = field(default_factory=dict)
    differences: list[str] = field(default_factory=list)  # "PubMed says 2009, the reference says 2012"
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
    candidates: list[dict[str, Any]] = field(default_factory=list)  # a claim's records, best fit first
    # a reference's candidate records, best first, with why (title similarity, details that match or differ)
    citation_candidates: list[dict[str, Any]] = field(default_factory=list)
    pubmed_asked: list[str] = field(default_factory=list)  # for a reference: ECitMatch, the [ti] search
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

    def begin(self) -> None:
        """A new input of a batch: its own status, the same client (one rate limit for the whole batch)."""
        if not self.status.startswith("unreachable"):
            self.status = "offline" if self.offline else "not needed"

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


def check_all(texts: Iterable[str], store: Store, config: Config, client_factory: ClientFactory | None = None,
              offline: bool = False) -> Iterator[CheckResult]:
    """check() each input in turn with one E-utilities client (one rate limit); once PubMed has failed, the
    rest are answered from the database."""
    remote = Remote(client_factory, offline)
    try:
        for text in texts:
            remote.begin()
            yield check(text, store, config, remote=remote)
    finally:
        remote.close()


def check(text: str, store: Store, config: Config, client_factory: ClientFactory | None = None,
          offline: bool = False, remote: Remote | None = None) -> CheckResult:
    """One input checked. `remote`: a batch's shared client (check_all), left open."""
    u = parse_input(text)
    shown = text if len(text) <= 300 else text[:300] + f"… ({len(text):,} characters)"
    res = CheckResult(input=shown, understood=u.describe(), kind=u.kind, hint=u.hint,
                      reference=asdict(u.reference) if u.reference and u.kind != "claim" else None)
    if u.kind in ("empty", "garbage"):
        res.exit_code, res.why = EXIT_NOT_UNDERSTOOD, f"input not understood: {u.hint}"
        return res
    own = remote is None
    remote = remote or Remote(client_factory, offline)
    try:
        try:
            if u.kind == "claim":
                if not _check_title(u, res, store, config, remote):
                    _check_claim(u, res, store, config, remote)
            elif u.kind == "title":
                res.understood = "a title, looked up as a reference"
                _check_citation(u, res, store, config, remote)
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
        except LdnLitError as e:  # e.g. no verdict on an empty database: this input's answer, not the batch's end
            res.exit_code, res.why = e.exit_code, str(e)
    finally:
        if own:
            remote.close()
    res.network = remote.status
    return res


# ---- identifiers and references ---------------------------------------------------------------
def _by_identifier(u: Understood, store: Store, config: Config, remote: Remote) -> tuple[list[str], str]:
    """(PMIDs, where from) for a PMID, PMCID or DOI: the database, else PubMed (stored, check-only)."""
    pmids = store.find_pmids(**{u.kind: u.value})
    if pmids:
        return pmids, "database"
    client = remote()
    if client is None:
        return [], "none"
    ids = [u.value] if u.kind == "pmid" else client.esearch(
        f'"{u.value}"[doi]' if u.kind == "doi" else f"{u.value}[pmc]", usehistory=False).ids[:3]
    return [a.pmid for a in _fetch_and_store(remote, store, config, ids)], "pubmed"


def _fetch(remote: Remote) -> Callable[[list[str]], list[Article]]:
    """Read records from PubMed without storing them (candidates; only the one found is stored)."""
    from .pubmed_xml import iter_articles

    def fetch(pmids: list[str]) -> list[Article]:
        client = remote()
        return [a for _, body in client.efetch_batches(pmids) for a in iter_articles(body)] if client else []

    return fetch


def _resolve(ref: Reference, res: CheckResult, store: Store, config: Config, remote: Remote,
             ask_pubmed: bool = True) -> Resolution:
    """Find the reference's record; the one found (if from PubMed) is stored, marked check-only."""
    from .ingest import store_batch

    r = resolve(ref, store, remote() if ask_pubmed else None, _fetch(remote))
    res.pubmed_asked = r.asked
    res.citation_candidates = [c.to_dict() for c in r.ranked[:8]]
    keep = [c.article for c in (r.ambiguous or ([r.best] if r.best else [])) if c.via != "database"]
    if keep:
        store_batch(store, config, keep, source="check")
    return r


def _check_citation(u: Understood, res: CheckResult, store: Store, config: Config, remote: Remote) -> None:
    ref = u.reference
    if u.kind in ("pmid", "pmcid", "doi"):
        pmids, source = _by_identifier(u, store, config, remote)
        if not pmids:
            if remote.offline or remote.factory is None:
                res.verdict, res.exit_code = "not_found", EXIT_NETWORK
                res.why = "not in the local database, and --offline was given: run without --offline to ask PubMed"
                return
            res.verdict, res.exit_code = "not_found", EXIT_NOT_UNDERSTOOD
            res.why = {"pmid": f"PMID {u.value} is not in PubMed; check the number",
                       "pmcid": f"{u.value} matches no PubMed record; check the PMCID",
                       "doi": f"DOI {u.value} matches no PubMed record; check it, or the work may not be indexed "
                              "in PubMed"}[u.kind]
            return
        best = store.get_articles(pmids)[0]
        _report(res, best, ref, store, source, "identifier")
        return
    assert ref is not None  # a reference or a title
    r = _resolve(ref, res, store, config, remote)
    _conclude(r, ref, res, store, remote)


def _conclude(r: Resolution, ref: Reference, res: CheckResult, store: Store, remote: Remote) -> None:
    """found / citation_mismatch / retracted, ambiguous (exit 3) or not_found, from a resolution."""
    if r.ambiguous:
        res.verdict, res.exit_code = "ambiguous", EXIT_AMBIGUOUS
        res.why = (f"{len(r.ambiguous)} records match this reference and its details do not tell them apart: "
                   + "; ".join(f"PMID {c.pmid} ({c.article.year}, {c.article.journal_iso or c.article.journal}: "
                               f"{c.why})" for c in r.ambiguous)
                   + ". Add the year, journal, first author, volume or pages, or check a PMID")
        return
    if r.best is None:
        res.verdict = "not_found"
        if remote.offline or remote.factory is None:
            res.exit_code = EXIT_NETWORK
            res.why = "not in the local database, and --offline was given: run without --offline to ask PubMed"
            return
        near = r.ranked[0] if r.ranked else None
        res.why = ("no PubMed record has this title" if ref.title else
                   "no PubMed record has this journal, volume and first page") + (
            f" ({', '.join(r.asked)})" if r.asked else "") + (
            f"; closest: PMID {near.pmid}, {near.why}" if near else "") + (
            "; check the title as written in the article" if ref.title else
            "; check the journal, year, volume and first page")
        return
    best = r.best
    source = "database" if best.via == "database" else "pubmed"
    _report(res, best.article, ref, store, source, best.via)


def _report(res: CheckResult, best: Article, ref: Reference | None, store: Store, source: str, via: str) -> None:
    res.found, res.source, res.found_via = True, source, via
    res.record = _record_dict(best, store)
    res.field_matches = compare_reference(ref, best) if ref else {}
    res.differences = differences(res.field_matches)
    tags = res.record.get("tags", {})
    flags = [f for f in ("retracted", "erratum", "expression_of_concern") if tags.get(f)]
    res.verdict = "retracted" if tags.get("retracted") else ("citation_mismatch" if res.differences else "found")
    res.why = ((f"found, but {'; '.join(res.differences)}. " if res.differences else "")
               + f"PMID {best.pmid}: {tags.get('design', '?')}, {tags.get('population', '?')}, "
               f"n={tags.get('sample_size') or '?'}, finding {tags.get('finding') or 'not stated'}"
               + ("; RETRACTED" if "retracted" in flags else "")
               + "".join(f"; {x}" for x in [", ".join(f for f in flags if f != "retracted")] if x))
    if tags.get("evidence"):
        res.evidence = [{"pmid": best.pmid, "sentence": tags["evidence"]}]


# ---- titles -------------------------------------------------------------------------------------
def _may_ask_pubmed_title(text: str, ref: Reference, store: Store, config: Config) -> bool:
    """PubMed's title search is asked when the input names a journal or year (then it is plainly a reference),
    or when the claim it would otherwise be does not name a tracked condition or needs PubMed anyway (an empty
    database answers nothing); never for a claim the database answers."""
    from .claim_text import extract_claim

    if ref.journal or ref.year:
        return True
    claim = extract_claim(text, config)
    if claim is None or claim.condition == "any":
        return True
    try:
        return search_plan(claim, config, store)[0] is not None
    except NoEvidenceBase:
        return True


def _check_title(u: Understood, res: CheckResult, store: Store, config: Config, remote: Remote) -> bool:
    """A claim-shaped input may be a pasted title: look it up by title (database, then PubMed) before reading
    it as a claim. True when a record with that title was found (or several were) and reported."""
    ref = u.reference
    if ref is None or len(ref.title.split()) < 4:
        return False
    r = _resolve(ref, res, store, config, remote, ask_pubmed=_may_ask_pubmed_title(u.value, ref, store, config))
    if r.best is None:
        res.citation_candidates = []
        res.title_search = ("tried as a title first: no record in the database" +
                            (" or PubMed" if remote.status == "used" else "") +
                            " has this title, so it is read as a claim")
        return False
    res.kind, res.understood = "title", f"a title{' with its journal' if ref.journal else ''}, looked up as a reference"
    res.title_search = ("found by title in the " +
                        ("database" if r.best.via == "database" else "PubMed title search"))
    _conclude(r, ref, res, store, remote)
    return True


# ---- claims --------------------------------------------------------------------------------------
def search_plan(claim: Claim, config: Config, store: Store) -> tuple[str | None, str]:
    """(PubMed term or None, what it covers or why PubMed is not needed) for a claim.

    PubMed is asked only when the database holds too little: `ldn-lit update` has not searched the claim's
    condition, and no stored human low-dose study reports on a claimed outcome. Then it is asked the
    condition's query (all of it: a verdict on the first 200 would be a sample). When the outcome is covered
    but the cited journal holds nothing stored on the condition, only that journal's records on it are asked for."""
    if claim.condition == "any":
        return None, "not asked: the claim names no condition"
    if claim.condition in CONDITION_SCOPES:  # "autoimmune disease": a group, each of its conditions searched by update
        return None, (f"not asked: the claim is about a group of conditions ({claim.condition}); `ldn-lit update` "
                      "searches each of them")
    cond = config.condition(claim.condition)
    if claim.condition in store.query_state():
        return None, (f"not asked: `ldn-lit update` has searched {cond.label}, so the database holds what PubMed "
                      "has on it")
    from .claims import evaluate_claim, load_evidence

    v = evaluate_claim(load_evidence(store, claims=[claim]), claim)
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
    from .claims import EvidenceRow, full_records, judge_claims, load_evidence, require_evidence_base

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
    records = full_records(load_evidence(store, claims=[claim]))  # read once: search_plan's load, when nothing fetched
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
