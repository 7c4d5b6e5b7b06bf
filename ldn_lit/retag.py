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
    with Tagger(config.all_conditions, jobs) as tagger, few_collections():
        for batch, new in tagger.stream(store.tagger_pages(batch_size)):
            with store.atomic():
                changed += store.save_tags(new, TAGGER_VERSION, only_changed=True)
            total += len(batch)
    store.mark_reads_current()  # every record's outcome_reads are current: saved again with its tags, or unchanged
    return total, changed
