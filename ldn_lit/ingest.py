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
    from .medline import iter_medline, looks_like_medline
    from .pubmed_xml import ParseNotes, iter_articles, read_head

    head = read_head(path)
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
