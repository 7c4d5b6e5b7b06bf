"""Real-size and hostile conditions (issue 18): batch writers over many batches, SQLite's own "locked"
told apart from another process. Records are SYNTHETIC (tests/fixtures/synthetic_pubmed.xml, renumbered)."""

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from ldn_lit import store as store_module
from ldn_lit.config import load_config
from ldn_lit.pubmed_xml import parse_articles
from ldn_lit.retag import retag_all
from ldn_lit.store import Store, StoreError

FIXTURES = Path(__file__).parent / "fixtures"


def _many(n: int) -> list:
    base = parse_articles(FIXTURES / "synthetic_pubmed.xml")
    return [dataclasses.replace(base[i % len(base)], pmid=str(980000000 + i)) for i in range(n)]


def test_retag_writes_between_batches_of_its_own_reading(tmp_path):
    """retag reads a batch, then writes its tags: with 7 records in batches of 2 it writes four times
    while more records remain to be read (it failed as 'locked by another process' past one batch)."""
    s = Store(tmp_path / "r.db")
    s.save_articles(_many(7), source="test")  # stored without tags
    s.close()
    s = Store(tmp_path / "r.db")  # opened as retag opens it: sqlite-utils' first upsert probes with DDL
    assert s.get_tags() == {}
    total, changed = retag_all(s, load_config(), batch_size=2)
    assert (total, changed) == (7, 7)
    assert sorted(s.get_tags()) == [str(980000000 + i) for i in range(7)]
    assert retag_all(s, load_config(), batch_size=2) == (7, 0)
    s.close()


def test_another_connection_holding_the_write_lock_is_reported_as_such(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.1)
    path = tmp_path / "b.db"
    s = Store(path)
    other = sqlite3.connect(path)
    other.execute("begin immediate")  # another program (sqlite3, Datasette...) writing
    try:
        s2 = Store(path)
        with pytest.raises(StoreError, match="another process is writing to it"):
            s2.save_articles(_many(1), source="test")
        s2.close()
    finally:
        other.rollback()
        other.close()
    s.close()


def test_sqlites_own_locked_error_is_not_blamed_on_another_process(tmp_path):
    """SQLITE_LOCKED comes from this connection (a write under its own open read): never 'another process'."""
    s = Store(tmp_path / "l.db")
    s.save_articles(_many(3), source="test")
    cursor = s.db.execute("select pmid from articles")
    cursor.fetchone()  # a read still open on this connection
    with pytest.raises(StoreError) as e:
        with s.atomic():
            s.db.execute("drop table runs")  # DDL under an open read: SQLite says "database table is locked"
    assert "writing to it" not in str(e.value) and "This is a bug in ldn-lit" in str(e.value)
    cursor.close()
    s.close()
