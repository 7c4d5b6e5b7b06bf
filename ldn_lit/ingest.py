"""Tag and store parsed records: the one path by which records enter the database.

`update` (from E-utilities), `import` (from saved files) and `check` (candidates fetched for a
citation) all go through `store_batch`, so every stored record has tags computed by the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .models import Article
from .store import SaveResult, Store
from .textinput import shown


def newest_copies(articles: list[Article]) -> list[Article]:
    """One copy per PMID, the newest (later revision date, then higher <PMID Version>, then the
    later one in the file): a file may hold two versions of a record, or two exports concatenated."""
    best: dict[str, Article] = {}
    for a in articles:
        old = best.get(a.pmid)
        if old is None or (a.revised_date or "", a.version) >= (old.revised_date or "", old.version):
            best[a.pmid] = a
    return list(best.values()) if len(best) < len(articles) else articles


def store_batch(
    store: Store,
    config: Config,
    articles: list[Article],
    *,
    source: str,
    matches: dict[str, set[str]] | None = None,
    run_id: int | None = None,
    fetched_on: str | None = None,
) -> SaveResult:
    """Tag `articles` and save them (with their query matches) in one transaction."""
    from .tagging import TAGGER_VERSION, tag_article

    conditions = config.all_conditions
    articles = newest_copies(articles)
    tags = [tag_article(a, conditions) for a in articles]
    return store.save_articles(
        articles, source=source, tags=tags, tagger_version=TAGGER_VERSION,
        matches=matches, run_id=run_id, fetched_on=fetched_on,
    )


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class ImportReport:
    path: Path
    format: str
    records: int = 0
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    older: int = 0  # copies older than the stored record (or than another copy in the file): skipped
    deleted: int = 0  # stored records the file's <DeleteCitation> entries withdraw (marked, kept)
    warnings: list[str] = field(default_factory=list)


def import_file(store: Store, config: Config, path: Path, *, batch_size: int = 500) -> ImportReport:
    """Import a saved PubMed XML or MEDLINE (.nbib) file, all or nothing.

    The whole file is one transaction: a malformed record at the end leaves the database as it was.
    """
    from .export import looks_like_export
    from .medline import iter_medline, looks_like_medline
    from .pubmed_xml import ParseNotes, iter_articles, read_head

    head = read_head(path)
    if looks_like_export(head):
        return _import_export(store, config, path, batch_size)
    fmt = "medline" if looks_like_medline(head) else "xml"
    notes = ParseNotes()
    articles = iter_medline(path, notes) if fmt == "medline" else iter_articles(path, notes)
    report = ImportReport(path=path, format=fmt, warnings=notes.warnings)
    with store.atomic():
        for batch in chunked(articles, batch_size):
            r = store_batch(store, config, batch, source=f"import:{shown(path.name)}")
            report.records += len(batch)
            report.new += len(r.new)
            report.revised += len(r.revised)
            report.unchanged += len(r.unchanged)
            report.older += len(batch) - len(r.new) - len(r.revised) - len(r.unchanged)
        if notes.deleted:
            from datetime import date

            report.deleted = len(store.mark_deleted(list(dict.fromkeys(notes.deleted)), date.today().isoformat()))
    return report


def _import_export(store: Store, config: Config, path: Path, batch_size: int) -> ImportReport:
    """Import ldn-lit's own JSON or JSON Lines export, all or nothing: the records with the searches that
    found them and their withdrawal by PubMed; tags are recomputed by the current rules."""
    from .export import read_export

    report = ImportReport(path=path, format="ldn-lit export")
    deleted: dict[str, list[str]] = {}
    with store.atomic():
        records = read_export(path)
        while batch := [r for _, r in zip(range(batch_size), records, strict=False)]:
            matches = {r.article.pmid: set(r.matched_queries) for r in batch if r.matched_queries}
            saved = store_batch(store, config, [r.article for r in batch], source=f"import:{path.name}",
                                matches=matches)
            report.records += len(batch)
            report.new += len(saved.new)
            report.revised += len(saved.revised)
            report.unchanged += len(saved.unchanged)
            report.older += len(batch) - len(saved.new) - len(saved.revised) - len(saved.unchanged)
            for r in batch:
                if r.deleted_on:
                    deleted.setdefault(r.deleted_on, []).append(r.article.pmid)
        for day, pmids in sorted(deleted.items()):
            report.deleted += len(store.mark_deleted(pmids, day))
    return report
