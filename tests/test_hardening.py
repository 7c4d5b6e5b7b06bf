"""Real-size and hostile conditions (issue 18): batch writers over many batches, SQLite's own "locked"
told apart from another process, another program's SQLite file, a read-only database.
Records are SYNTHETIC (tests/fixtures/synthetic_pubmed.xml, renumbered)."""

import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ldn_lit import store as store_module
from ldn_lit.cli import app
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


# ---- another program's SQLite file; a read-only database (item 6) ----------------------------------
runner = CliRunner()


def _foreign(path: Path, journal: str = "delete") -> bytes:
    c = sqlite3.connect(path)
    c.execute(f"pragma journal_mode = {journal}")
    c.execute("create table notes (id integer primary key, body text)")
    c.execute("insert into notes (body) values ('a synthetic note of another program')")
    c.commit()
    c.close()
    return path.read_bytes()


@pytest.mark.parametrize("args", [["stats"], ["search", "pain"], ["export"], ["show", "1"], ["retag"],
                                  ["digest"], ["claims"], ["check", "--offline", "12345678"],
                                  ["import", str(FIXTURES / "synthetic_pubmed.xml")]])
@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_foreign_sqlite_file_is_refused_and_left_byte_identical(tmp_path, monkeypatch, args, journal):
    """Nothing written to it, nothing left beside it (no -wal, -shm or -journal), whatever its journal mode."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    path = tmp_path / "other.db"
    before = _foreign(path, journal)
    r = runner.invoke(app, ["--db", str(path), *args])
    assert r.exit_code == 2, r.output
    assert "not an ldn-lit database" in r.output and "notes" in r.output and len(r.output.splitlines()) == 1
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_database_of_an_older_ldn_lit_is_read_without_writing(tmp_path):
    """Read-only, a database whose schema is behind is upgraded in memory, never on disk."""
    path = tmp_path / "old.db"
    s = Store(path)
    s.save_articles(_many(3), source="test")
    s.db.execute("alter table articles drop column pmid_version")
    s.db.execute("delete from _sqlite_migrations where name = 'm007_pmid_version'")
    s.close()
    before = path.read_bytes()
    r = Store(path, readonly=True)
    assert r.upgraded_in_memory and r.count_articles() == 3 and r.get_article("980000001").version == 1
    r.close()
    assert path.read_bytes() == before
    w = Store(path)  # a write command upgrades the file
    assert not w.upgraded_in_memory and "pmid_version" in w.db["articles"].columns_dict
    w.close()


def _reader_run(db: Path, *args: str) -> subprocess.CompletedProcess:
    """ldn-lit in a child process that cannot write to `db` or its folder. As root, chmod does not stop
    writes, so the child keeps root's identity (it must still read root's Python and its packages, which
    a switch to nobody cannot) but loses the capabilities that override file permissions (setpriv)."""
    cmd = [sys.executable, "-c", "from ldn_lit.cli import main; main()", "--db", str(db), *args]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *cmd]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent), "HOME": str(db.parent)}
    env.pop("LDN_LIT_CONFIG", None)
    return subprocess.run(cmd, capture_output=True, text=True, cwd=db.parent, env=env, timeout=120)


@pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv")
def test_a_read_only_database_on_read_only_media_is_readable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    folder = Path(tempfile.mkdtemp(prefix="ldn-ro-"))  # outside tmp_path: pytest's folders are private to root
    db = folder / "ldn.db"
    try:
        assert runner.invoke(app, ["--db", str(db), "import", str(FIXTURES / "synthetic_pubmed.xml")]).exit_code == 0
        before = db.read_bytes()
        db.chmod(0o444)
        folder.chmod(0o555)
        for args in (["stats"], ["search", "naltrexone"], ["show", "970000001"], ["export", "-f", "csv"],
                     ["claims"], ["digest", "--from", "2000-01-01"], ["check", "--offline", "970000001"]):
            r = _reader_run(db, *args)
            assert r.returncode == 0, (args, r.stderr)
            assert "Traceback" not in r.stderr
        assert "3 records" in _reader_run(db, "stats").stdout
        r = _reader_run(db, "retag")  # a write command says what is wrong, in one line
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "read-only" in r.stderr
        assert db.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["ldn.db"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


# ---- arguments and files in the wrong encoding (item 7) ---------------------------------------------
LATIN1 = "LDN reduced fibromyalgia pain in a synthetic caf\u00e9 trial.\n".encode("latin-1")


def _one_line_error(r, *words: str) -> None:
    assert r.exit_code == 1, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.output, r.output
    for w in words:
        assert w in r.stderr, r.stderr


@pytest.fixture
def imported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    db = tmp_path / "ldn.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(FIXTURES / "synthetic_pubmed.xml")]).exit_code == 0
    return db


@pytest.mark.parametrize("args", [["search", "caf\udce9"], ["check", "--offline", "caf\udce9 trial"],
                                  ["show", "97000000\udce9"]])
def test_an_argument_that_is_not_utf8_is_one_line(imported, args):
    """What Python makes of the bytes 'caf\\xe9' typed in a Latin-1 terminal (surrogateescape)."""
    r = runner.invoke(app, ["-q", "--db", str(imported), *args])
    _one_line_error(r, "is not valid UTF-8 (byte 0xe9)", "caf\\xe9" if "caf" in args[-1] else "\\xe9")


@pytest.mark.parametrize("name,args", [("claims.toml", ["claims", "--article"]),
                                       ("article.txt", ["claims", "--article"]),
                                       ("article.txt", ["digest", "--article"]),
                                       ("article.txt", ["audit", "--offline"])])
def test_a_latin1_file_is_one_line(imported, tmp_path, name, args):
    f = tmp_path / name
    f.write_bytes(b'[[claims]]\nid = "x"\nclaim = "' + LATIN1.strip() + b'"\n' if name.endswith(".toml") else LATIN1)
    r = runner.invoke(app, ["-q", "--db", str(imported), *args, str(f)])
    _one_line_error(r, f"{f}: not UTF-8 text (byte 0xe9 on line", "Save it as UTF-8")


def test_standard_input_that_is_not_utf8_is_one_line(imported):
    r = runner.invoke(app, ["-q", "--db", str(imported), "check", "--offline", "-"], input=b"970000001\ncaf\xe9\n")
    _one_line_error(r, "not UTF-8")


def test_a_file_name_that_is_not_utf8_is_still_a_file_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    name = "r\udce9cords.xml"  # the file name b"r\xe9cords.xml", as Python shows it
    (tmp_path / name).write_bytes((FIXTURES / "synthetic_pubmed.xml").read_bytes())
    r = runner.invoke(app, ["--db", str(tmp_path / "ldn.db"), "import", name])
    assert r.exit_code == 0 and "3 records" in r.stdout, r.output


def test_an_export_whose_file_name_is_not_utf8_imports_too(tmp_path, monkeypatch):
    """ldn-lit's own export goes through the same import: its file name is stored as shown, not as raw bytes."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    assert runner.invoke(app, ["--db", "a.db", "import", str(FIXTURES / "synthetic_pubmed.xml")]).exit_code == 0
    r = runner.invoke(app, ["--db", "a.db", "export", "--format", "jsonl", "-o", "export.jsonl"])
    assert r.exit_code == 0, r.output
    name = "exp\udce9rt.jsonl"  # the file name b"exp\xe9rt.jsonl", as Python shows it
    (tmp_path / "export.jsonl").rename(tmp_path / name)
    r = runner.invoke(app, ["--db", "b.db", "import", name])
    assert r.exit_code == 0 and "3 records" in r.stdout, r.output
