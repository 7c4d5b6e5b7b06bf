"""Tag and store parsed records: the one path by which records enter the database.

`update` (from E-utilities), `import` (from saved files) and `check` (candidates fetched for a
citation) all go through `store_batch`, so every stored record has tags computed by the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .models import Article
from .store import SaveResult, Store


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


def import_file(store: Store, config: Config, path: Path, *, batch_size: int = 500) -> ImportReport:
    """Import a saved PubMed XML or MEDLINE (.nbib) file, all or nothing.

    The whole file is one transaction: a malformed record at the end leaves the database as it was.
    """
    from .medline import iter_medline, looks_like_medline
    from .pubmed_xml import iter_articles

    with open(path, "rb") as f:
        head = f.read(4096)
    fmt = "medline" if looks_like_medline(head) else "xml"
    articles = iter_medline(path) if fmt == "medline" else iter_articles(path)
    report = ImportReport(path=path, format=fmt)
    with store.atomic():
        for batch in chunked(articles, batch_size):
            r = store_batch(store, config, batch, source=f"import:{path.name}")
            report.records += len(batch)
            report.new += len(r.new)
            report.revised += len(r.revised)
            report.unchanged += len(r.unchanged)
    return report
