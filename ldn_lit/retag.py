"""Recompute every stored record's tags (after a rule change or a queries.toml edit); no network."""

from __future__ import annotations

from .config import Config
from .store import Store


def retag_all(store: Store, config: Config, *, batch_size: int = 1000, jobs: int | None = None) -> tuple[int, int]:
    """Returns (records retagged, records whose tags changed), tagging with `jobs` processes (default:
    every core; 1: in this process). Each batch is read in full (only the fields the tagger reads), then its changed
    tags written in one transaction (Store.tagger_pages: no read cursor stays open across a write)."""
    from .ingest import few_collections
    from .tag_pool import Tagger
    from .tagging import TAGGER_VERSION

    total = changed = 0
    # stored by other claims rules (claims.READS_VERSION): every record's outcome_reads are written again
    every_read = not store.reads_current()
    pages = ((page, store.stored_tags([r[0] for r in page])) for page in store.tagger_pages(batch_size))
    with Tagger(config.all_conditions, jobs) as tagger, few_collections():
        # the workers compare each record's new tags with its stored ones and send back only what is to be written
        for (page, _), results in tagger.retag(pages, TAGGER_VERSION, every_read):
            store.write_tags([row for row, _, _ in results if row is not None], TAGGER_VERSION,
                             {r[0]: reads for r, (_, reads, _) in zip(page, results, strict=True) if reads is not None})
            changed += sum(c for _, _, c in results)
            total += len(page)
    store.mark_reads_current()  # every record's outcome_reads are current: saved again with its tags, or unchanged
    return total, changed
