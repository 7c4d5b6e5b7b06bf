"""Tag and store parsed records: the one path by which records enter the database.

`update` (from E-utilities), `import` (from saved files) and `check` (candidates fetched for a
citation) all go through `store_batch`, so every stored record has tags computed by the same rules.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .config import Config
from .models import Article
from .store import Prepared, SaveResult, Store, Tagged
from .textinput import shown

if TYPE_CHECKING:
    from .tag_pool import Tagger

T = TypeVar("T")


R = TypeVar("R", Article, Prepared)


def newest_copies(articles: list[R]) -> list[R]:
    """One copy per PMID, the newest (later revision date, then higher <PMID Version>, then the
    later one in the file): a file may hold two versions of a record, or two exports concatenated."""
    best: dict[str, R] = {}
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
    tagger: Tagger | None = None,
) -> SaveResult:
    """Tag `articles` (with `tagger`'s processes, when given) and save them (with their query matches) in
    one transaction."""
    from .tag_pool import Tagger

    articles = newest_copies(articles)
    tags = (tagger or Tagger(config.all_conditions, 1)).tag(articles)
    return save_tagged(store, articles, tags, source=source, matches=matches, run_id=run_id, fetched_on=fetched_on)


def save_tagged(store: Store, articles: Sequence[Article | Prepared], tags: Sequence[Tagged], **how: Any) -> SaveResult:
    """Save records with the tags the current rules gave them (store_batch's second half)."""
    from .tagging import TAGGER_VERSION

    return store.save_articles(articles, tags=tags, tagger_version=TAGGER_VERSION, **how)


# Allocations between two runs of Python's cyclic collector while records stream through (its default is 700).
COLLECT_EVERY = 10_000


@contextmanager
def few_collections() -> Iterator[None]:
    """The collector runs every 700 net allocations and walks every young object each time; parsing, tagging and
    storing make millions of short-lived ones (elements, records, rows) that are freed by their reference counts, and
    the collector took 15-20 % of parsing's CPU. While records stream it runs every COLLECT_EVERY (restored after): a
    reference cycle is still collected, later."""
    before = gc.get_threshold()
    gc.set_threshold(COLLECT_EVERY, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
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

    def mark_deleted(self, store: Store, pmids: list[str]) -> None:
        """Mark the stored records the file's <DeleteCitation> entries withdraw, and count them."""
        if pmids:
            from datetime import date

            self.deleted = len(store.mark_deleted(list(dict.fromkeys(pmids)), date.today().isoformat()))

    def save(self, store: Store, read: int, articles: Sequence[Article | Prepared], tags: Sequence[Tagged],
             matches: dict[str, set[str]] | None = None) -> None:
        """Save one batch of the file (`read` records, `articles` their newest copies) and count it."""
        saved = save_tagged(store, articles, tags, source=f"import:{shown(self.path.name)}", matches=matches)
        self.records += read
        self.new += len(saved.new)
        self.revised += len(saved.revised)
        self.unchanged += len(saved.unchanged)
        self.older += read - len(saved.new) - len(saved.revised) - len(saved.unchanged)


def import_file(store: Store, config: Config, path: Path, *, batch_size: int = 500,
                jobs: int | None = None) -> ImportReport:
    """Import a saved PubMed XML or MEDLINE (.nbib) file, all or nothing, tagging with `jobs` processes
    (default: every core; 1: in this process).

    The whole file is one transaction: a malformed record at the end leaves the database as it was.
    """
    from .export import looks_like_export
    from .medline import iter_medline, looks_like_medline
    from .pubmed_xml import ParseNotes, Unsliced, iter_articles, read_head
    from .tag_pool import Tagger

    head = read_head(path)
    if looks_like_export(head):
        return _import_export(store, config, path, batch_size, jobs)
    fmt = "medline" if looks_like_medline(head) else "xml"
    if fmt == "xml":
        try:
            return _import_sliced(store, config, path, batch_size, jobs)
        except Unsliced:
            pass  # parsed whole below, in this process: what is wrong with the file is told as it always was
    notes = ParseNotes()
    articles = iter_medline(path, notes) if fmt == "medline" else iter_articles(path, notes)
    report = ImportReport(path=path, format=fmt, warnings=notes.warnings)
    with store.atomic(), Tagger(config.all_conditions, jobs) as tagger, few_collections():
        for (batch, newest), tags in tagger.stream_by(((b, newest_copies(b)) for b in chunked(articles, batch_size)),
                                                      lambda item: item[1]):
            report.save(store, len(batch), newest, tags)
        report.mark_deleted(store, notes.deleted)
    return report


def _import_sliced(store: Store, config: Config, path: Path, batch_size: int, jobs: int | None) -> ImportReport:
    """import_file of PubMed XML cut into records (pubmed_xml.record_slices): each record is parsed where it is tagged,
    and this process only cuts the file and stores the rows the workers send back. Raises Unsliced (after rolling
    back what it stored) when the file must be parsed whole."""
    from .pubmed_xml import ParseNotes, open_maybe_gzip, record_slices
    from .tag_pool import Tagger

    notes = ParseNotes()
    report = ImportReport(path=path, format="xml", warnings=notes.warnings)
    with store.atomic(), Tagger(config.all_conditions, jobs) as tagger, few_collections(), \
            open_maybe_gzip(path) as f:
        for batch, done in tagger.imports(chunked(record_slices(f, notes), batch_size)):
            newest = newest_copies([p for p, _, _ in done])
            chosen = {id(p) for p in newest}
            for _, _, warnings in done:
                notes.warnings += warnings
            report.save(store, len(batch), newest, [t for p, t, _ in done if id(p) in chosen])
        report.mark_deleted(store, notes.deleted)
    return report


def _import_export(store: Store, config: Config, path: Path, batch_size: int, jobs: int | None) -> ImportReport:
    """Import ldn-lit's own JSON or JSON Lines export, all or nothing: the records with the searches that
    found them and their withdrawal by PubMed; tags are recomputed by the current rules."""
    from .export import read_export
    from .tag_pool import Tagger

    report = ImportReport(path=path, format="ldn-lit export")
    deleted: dict[str, list[str]] = {}
    with store.atomic(), Tagger(config.all_conditions, jobs) as tagger, few_collections():
        records = read_export(path)
        batches = chunked(records, batch_size)
        for (batch, newest), tags in tagger.stream_by(((b, newest_copies([r.article for r in b])) for b in batches),
                                                      lambda item: item[1]):
            report.save(store, len(batch), newest, tags,
                        {r.article.pmid: set(r.matched_queries) for r in batch if r.matched_queries})
            for r in batch:
                if r.deleted_on:
                    deleted.setdefault(r.deleted_on, []).append(r.article.pmid)
        for day, pmids in sorted(deleted.items()):
            report.deleted += len(store.mark_deleted(pmids, day))
    return report
