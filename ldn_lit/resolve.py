"""Which record is this reference? Candidates, ranked, with every difference said.

Candidates come from the database (titles sharing the reference's words, and records with its journal,
volume and first page) and, when the database has no record with this title, from PubMed: ECitMatch
when journal, volume and first page are given (its record is the answer when it has the cited title),
else the title's words in [ti] (all of them; when no record has every word, any of them, in PubMed's
relevance order). The title decides what is found;
year, journal, first author, volume and pages only rank the candidates (a wrong year never hides the
study) and each one that differs is reported. Two candidates that the reference cannot tell apart
are an ambiguity, listed best first with why.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from .citation import Reference
from .journals import matches_any
from .models import Article

if TYPE_CHECKING:
    from collections.abc import Callable

    from .entrez import EntrezClient
    from .store import Store

# Words not sent to PubMed's title search: too common to find a study by, and most are PubMed stopwords,
# which it ignores anyway (the similarity of titles counts every word)
STOP = frozenset("""a about after again all almost also although always among an and another any are as at be
because been before being between both but by can could did do does done due during each either enough
especially for found from further had has have having here how however if in into is it its itself just made
mainly make may might most mostly must nearly neither no nor not of often on or our overall perhaps quite rather
really regarding seem seen several should show showed shown shows significantly since so some such than that the
their theirs them then there therefore these they this those through thus to upon use used using various versus
very via vs was we were what when which while who whose with within without would""".split())
TITLE_MATCH = 0.85  # share of the reference's title words the record's title must have
TITLE_COVER = 0.5  # share of the record's title words the reference must have (a subtitle may be left out)
MAX_WORDS = 10  # title words sent to PubMed


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def title_words(title: str) -> list[str]:
    """The words a title is searched by: no small words, no repeats, in order; the longest MAX_WORDS."""
    words = list(dict.fromkeys(w for w in norm(title).split() if w not in STOP and len(w) > (1 if w.isdigit() else 2)))
    if len(words) > MAX_WORDS:
        keep = set(sorted(words, key=len, reverse=True)[:MAX_WORDS])
        words = [w for w in words if w in keep][:MAX_WORDS]
    return words


def title_similarity(given: str, found: str) -> tuple[float, bool]:
    """(score 0-1, same title?). Same: nearly every word of the given title is in the record's, and it is
    most of the record's (a pasted title may leave out a subtitle)."""
    g, f = set(norm(given).split()), set(norm(found).split())
    if not g or not f:
        return 0.0, False
    common = len(g & f)
    of_given, of_found = common / len(g), common / len(f)
    # word order counts too: "on pain and fatigue" is another title than "on fatigue and pain"
    in_order = SequenceMatcher(None, norm(given), norm(found), autojunk=False).ratio()
    numbers_agree = not {w for w in g - f if w.isdigit()}  # "phase 2" is not "phase 3", nor "study 7" "study 8"
    return (round(0.6 * of_given + 0.2 * of_found + 0.2 * in_order, 3),
            of_given >= TITLE_MATCH and of_found >= TITLE_COVER and numbers_agree)


def _first_page(pages: str | None) -> str:
    return re.split(r"[-–]", pages or "")[0].strip()


def pages_match(given: str, found: str | None) -> bool:
    """'145-50' = '145-150'."""
    g, f = [p.strip() for p in re.split(r"[-–]", given)], [p.strip() for p in re.split(r"[-–]", found or "")]
    if g[0] != f[0]:
        return False
    if len(g) > 1 and len(f) > 1 and g[1] and f[1]:
        full = lambda a, b: b if len(b) >= len(a) else a[: len(a) - len(b)] + b  # noqa: E731
        return full(g[0], g[1]) == full(f[0], f[1])
    return True


def first_author(a: Article) -> str | None:
    return (a.authors[0].last_name or a.authors[0].collective_name) if a.authors else None


def compare_reference(ref: Reference, a: Article) -> dict[str, dict[str, Any]]:
    """Each field the reference gives against the record: given, found, match."""
    out: dict[str, dict[str, Any]] = {}

    def put(name: str, given: str, found: Any, ok: bool) -> None:
        if given:
            out[name] = {"given": given, "found": found, "match": ok}

    put("title", ref.title, a.title, title_similarity(ref.title, a.title)[1])
    put("year", ref.year, a.year, str(a.year) == ref.year)
    put("journal", ref.journal, a.journal_iso or a.journal,
        matches_any(ref.journal, (a.journal, a.journal_iso, a.medline_ta)))
    put("volume", ref.volume, a.volume, (a.volume or "") == ref.volume)
    put("pages", ref.pages, a.pages, pages_match(ref.pages, a.pages))
    put("first_author", ref.first_author, first_author(a), norm(first_author(a)) == norm(ref.first_author))
    put("doi", ref.doi, a.doi, (a.doi or "").lower() == ref.doi.lower())
    return out


def differences(fields: dict[str, dict[str, Any]]) -> list[str]:
    """'PubMed says 2009, the reference says 2012' for the year; other fields are named."""
    out = []
    for name, m in fields.items():
        if not m["match"]:
            label = "" if name == "year" else f"{name.replace('_', ' ')}: "
            out.append(f"{label}PubMed says {m['found'] or 'nothing'}, the reference says {m['given']}")
    return out


@dataclass
class Candidate:
    article: Article
    via: str  # database, ECitMatch, PubMed title search, identifier
    fields: dict[str, dict[str, Any]]
    title_score: float
    matched: bool  # this is the cited study: the title matched (or, for a reference without title, its source)

    @property
    def pmid(self) -> str:
        return self.article.pmid

    @property
    def year_gap(self) -> int:
        """Years between the reference's year and the record's (0 when either has none)."""
        given = self.fields.get("year", {}).get("given")
        return abs(int(given) - self.article.year) if given and self.article.year else 0

    @property
    def details(self) -> int:
        """How many of the reference's details other than the title match."""
        return sum(m["match"] for k, m in self.fields.items() if k != "title")

    @property
    def why(self) -> str:
        title = self.fields.get("title")
        parts = [f"title {'matches' if title['match'] else 'differs'} ({self.title_score:.2f})"] if title else []
        same = [k.replace("_", " ") for k, m in self.fields.items() if k != "title" and m["match"]]
        if same:
            parts.append("same " + ", ".join(same))
        return "; ".join(parts + differences({k: m for k, m in self.fields.items() if k != "title"}))

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {"pmid": a.pmid, "title": a.title, "journal": a.journal_iso or a.journal, "year": a.year,
                "volume": a.volume, "pages": a.pages, "first_author": first_author(a), "via": self.via,
                "matched": self.matched, "title_similarity": self.title_score, "details_matching": self.details,
                "differences": differences(self.fields), "why": self.why}


def rank(ref: Reference, found: Iterable[tuple[Article, str]]) -> list[Candidate]:
    """Candidates best first: the matched ones, then by how many details match, title similarity,
    nearness of the year, PMID."""
    out: dict[str, Candidate] = {}
    for a, via in found:
        if a.pmid in out:
            continue
        fields = compare_reference(ref, a)
        score, same = title_similarity(ref.title, a.title) if ref.title else (0.0, False)
        source_ok = all(fields[k]["match"] for k in ("journal", "volume", "pages") if k in fields)
        matched = same if ref.title else (via in ("ECitMatch", "identifier") or (ref.has_source and source_ok))
        out[a.pmid] = Candidate(a, via, fields, score, matched)

    return sorted(out.values(), key=lambda c: (not c.matched, -c.details, -c.title_score, c.year_gap,
                                               int(c.pmid) if c.pmid.isdigit() else 0))


def tied(ranked: list[Candidate]) -> list[Candidate]:
    """The matched candidates the reference cannot tell apart from the best one (empty when it can): as
    many details match, the titles are as alike, the years as near."""
    if len(ranked) < 2 or not ranked[1].matched:
        return []
    best = ranked[0]
    same = [c for c in ranked if c.matched and c.details == best.details
            and abs(c.title_score - best.title_score) < 0.005 and c.year_gap == best.year_gap]
    return same if len(same) > 1 else []


@dataclass
class Resolution:
    ranked: list[Candidate] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)  # what PubMed was asked, in order

    @property
    def best(self) -> Candidate | None:
        return self.ranked[0] if self.ranked and self.ranked[0].matched else None

    @property
    def ambiguous(self) -> list[Candidate]:
        return tied(self.ranked)


def local_candidates(ref: Reference, store: Store) -> list[Article]:
    """Stored records sharing the title's words, and those with the reference's journal, volume and first page."""
    ids = store.title_candidates(title_words(ref.title)) if ref.title else []
    if ref.has_source:
        ids += [r["pmid"] for r in store.citation_fields(volume=ref.volume)
                if _first_page(r["pages"]) == ref.first_page
                and matches_any(ref.journal, (r["journal"], r["journal_iso"], r["medline_ta"]))]
    return store.get_articles(list(dict.fromkeys(ids)))


def resolve(ref: Reference, store: Store, client: EntrezClient | None,
            fetch: Callable[[list[str]], list[Article]]) -> Resolution:
    """The database first; PubMed (`client`, None when offline) only when no stored record matches.
    `fetch(pmids) -> list[Article]` reads records from PubMed without storing them."""
    res = Resolution(rank(ref, [(a, "database") for a in local_candidates(ref, store)]))
    if res.best is not None or client is None:
        return res
    found: list[tuple[Article, str]] = [(c.article, c.via) for c in res.ranked]
    if ref.has_source:
        res.asked.append("ECitMatch")
        pmid = client.ecitmatch([ref])[0]
        if pmid:
            found += [(a, "ECitMatch") for a in fetch([pmid])]
            res.ranked = rank(ref, found)
            if res.best is not None and not res.ambiguous:  # its title matches: no title search needed
                return res
    ids: dict[str, str] = {}
    if ref.title:
        term, hits = client.title_search(title_words(ref.title))
        res.asked.append(f"esearch {term}")
        for pmid in hits:
            ids.setdefault(pmid, "PubMed title search")
    known = {a.pmid for a, _ in found}
    new = [p for p in ids if p not in known]
    found += [(a, ids[a.pmid]) for a in (fetch(new) if new else [])]
    res.ranked = rank(ref, found)
    return res
