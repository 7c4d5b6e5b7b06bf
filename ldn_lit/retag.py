"""Recompute every stored record's tags (after a rule change or a queries.toml edit); no network."""

from __future__ import annotations

from .config import Config
from .store import Store


def retag_all(store: Store, config: Config, *, batch_size: int = 1000) -> tuple[int, int]:
    """Returns (records retagged, records whose tags changed). Each batch is read in full, then
    written in one transaction (Store.article_pages: no read cursor stays open across a write)."""
    from .tagging import TAGGER_VERSION, tag_article

    conditions = config.all_conditions
    total = changed = 0
    for batch in store.article_pages(batch_size):
        old = store.get_tags([a.pmid for a in batch])
        new = [tag_article(a, conditions) for a in batch]
        changed += sum(1 for t in new if old.get(t.pmid) != t)
        with store.atomic():
            store.save_tags(new, TAGGER_VERSION)
        total += len(batch)
    return total, changed
