"""The SQLite database (through sqlite-utils): tables a person can open in Datasette.

This is the only module that knows the schema: other modules call its named queries (evidence rows,
records entered in a window, lookups by PMID/DOI/PMCID or citation fields, what is stored on a
condition) and get plain values back. Tables: articles (+ articles_fts), authors, mesh,
publication_types, comments_corrections, article_queries (which condition search found which
PMID), tags, runs, query_state, meta. The schema is built and upgraded by the ordered MIGRATIONS
below (sqlite-utils' Migrations; applied ones are listed in _sqlite_migrations). Every write of a
batch happens in one transaction (Store.atomic), the database runs in WAL mode with a busy timeout,
so a killed update leaves it consistent and readers never block.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

import orjson

from ._sqlite_utils import load as load_sqlite_utils  # without numpy, when something writes or migrates

if TYPE_CHECKING:
    import sqlite_utils
from .errors import LdnLitError
from .models import (
    AbstractSection,
    Article,
    Attrition,
    Author,
    CommentCorrection,
    MeshHeading,
    OutcomeFinding,
    TagReason,
    Tags,
    Trial,
    TrialIntervention,
    TrialReference,
)
from .vocabulary import SYSTEMATIC_REVIEW

SCHEMA_VERSION = 19  # the number of MIGRATIONS; meta.schema_version says which one a database has reached


class StoreError(LdnLitError):
    """A database problem phrased for the user (one line, with what to do)."""

    exit_code = 2


# Store.newest: from this many records on, read the newest-first index (m019) rather than seek each record and sort
NEWEST_SCAN = 1000
BUSY_TIMEOUT_S = 30.0  # how long a write waits for another connection's write to end before giving up


def _explain(path: Path, e: sqlite3.Error) -> StoreError | None:
    """The user's one line for a SQLite failure we can name (disk full, busy, locked), else None.

    SQLITE_BUSY: another connection (another process) held its write lock past the busy timeout; our
    update lock file says whether that is an `ldn-lit update`. SQLITE_LOCKED ("database table is
    locked"): a conflict inside this connection, i.e. a bug here, never another process."""
    from .locking import update_lock_held

    code = getattr(e, "sqlite_errorcode", 0) & 0xFF
    if code == 13 or "full" in str(e):  # SQLITE_FULL
        return StoreError(f"{path}: disk full while writing; nothing from this batch was saved. "
                          "Free some space and run the command again")
    if code == 5 or (code == 0 and "database is locked" in str(e)):  # SQLITE_BUSY
        who = ("another `ldn-lit update` is writing to it" if update_lock_held(path)
               else "another process is writing to it (an ldn-lit command, sqlite3, Datasette...)")
        return StoreError(f"{path}: database is busy: {who}; nothing from this batch was saved. "
                          "Wait for it to finish and run the command again")
    if code == 8:  # SQLITE_READONLY
        return StoreError(f"{path}: the database or its folder is read-only, and this command writes to it; "
                          "copy it somewhere writable, or use a read command (stats, search, show, export)")
    if code == 6:  # SQLITE_LOCKED
        return StoreError(f"{path}: SQLite refused a write inside this process ({e}); nothing from this batch "
                          "was saved. This is a bug in ldn-lit, not another process: please report it")
    return None


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json(v: Any) -> str:
    return _encode(v) if v else "[]" if isinstance(v, list) else _encode(v)


def _text_json(v: Any) -> str:
    """_json's text of a value without floats (strings, integers, booleans, None, in lists and dicts with string keys),
    through orjson, which writes those byte for byte as _json does, several times faster: the texts of every stored
    record (its sections, lists and tags). orjson writes floats under 1e-4 and NaN otherwise (so a value with floats
    goes to _json), and refuses integers beyond 64 bits, other keys and lone surrogates (those go to _json too)."""
    try:
        return orjson.dumps(v).decode()
    except TypeError:
        return _json(v)


@dataclass
class SaveResult:
    new: list[str]
    revised: list[str]
    unchanged: list[str]
    older: list[str] = field(default_factory=list)  # copies older than the stored one: not saved


def _article_row(a: Article) -> dict[str, Any]:
    """The articles-table columns parsed from the record (no bookkeeping columns)."""
    return {
        "pmid": a.pmid, "title": a.title, "abstract": a.abstract,
        "abstract_sections": _text_json([[s.label, s.text] for s in a.abstract_sections]),
        "journal": a.journal, "journal_iso": a.journal_iso, "medline_ta": a.medline_ta,
        "issn": a.issn, "volume": a.volume, "issue": a.issue, "pages": a.pages,
        "year": a.year, "pub_date": a.pub_date, "first_author": a.first_author,
        "doi": a.doi, "pmcid": a.pmcid, "publication_types": _text_json(a.publication_types),
        "keywords": _text_json(a.keywords), "nct_ids": _text_json(a.nct_ids),
        "languages": _text_json(a.languages), "entrez_date": a.entrez_date,
        "revised_date": a.revised_date, "status": a.status, "kind": a.kind,
    }


class Prepared(NamedTuple):
    """What save_articles stores of a record, made from its Article (prepare) where it is parsed: a tagging worker
    (tag_pool) sends this back, and the process that stores it builds no Article."""

    pmid: str
    revised_date: str | None
    version: int
    row: dict[str, Any]  # _article_row
    children: tuple[list[tuple], ...]  # _Children's lists
    content_hash: str
    categories: str | None  # the sections' NLM categories as stored (null when none)
    cited: str  # cited_pmids as stored


def prepare(a: Article) -> Prepared:
    row, kids = _article_row(a), _Children.of(a)
    # Hash of everything parsed from the record: a change means PubMed revised it.
    h = hashlib.sha1(repr((row, kids.tuples())).encode()).hexdigest()
    # NLM's section categories are kept beside the sections, outside the content hash: they are derived from the
    # labels, and databases stored before they were kept stay unchanged. <PMID Version> (Prepared.version) and the
    # reference list are kept outside the hash too, so records stored before they were kept stay unchanged.
    cats = [s.category for s in a.abstract_sections]
    return Prepared(a.pmid, a.revised_date, a.version, row, (kids.authors, kids.mesh, kids.pubtypes, kids.ccs), h,
                    _text_json(cats) if any(cats) else None, _text_json(a.cited_pmids))


@dataclass
class _Children:
    """Rows of the child tables (authors, mesh, publication_types, comments_corrections)."""

    authors: list[tuple] = field(default_factory=list)
    mesh: list[tuple] = field(default_factory=list)
    pubtypes: list[tuple] = field(default_factory=list)
    ccs: list[tuple] = field(default_factory=list)

    @classmethod
    def of(cls, a: Article) -> _Children:
        return cls(
            [(a.pmid, i, x.last_name, x.fore_name, x.initials, x.collective_name, x.affiliation,
              _text_json(x.affiliations) if len(x.affiliations) > 1 else None)
             for i, x in enumerate(a.authors, 1)],
            [(a.pmid, m.descriptor, m.ui, int(m.major_topic), _text_json(m.qualifiers)) for m in a.mesh],
            [(a.pmid, pt) for pt in a.publication_types],
            [(a.pmid, c.ref_type, c.pmid, c.ref_source) for c in a.comments_corrections],
        )

    def tuples(self) -> tuple:
        """What the content hash covers. An author's list of affiliations (kept only when there are
        several) counts only then, so the hash of every other stored record stays as it was."""
        authors = [t if t[7] is not None else t[:7] for t in self.authors]
        return (authors, self.mesh, self.pubtypes, self.ccs)

    def extend(self, other: _Children) -> None:
        self.authors += other.authors
        self.mesh += other.mesh
        self.pubtypes += other.pubtypes
        self.ccs += other.ccs


_ARTICLE_COLS = {
    "pmid": str, "title": str, "abstract": str, "abstract_sections": str, "journal": str,
    "journal_iso": str, "medline_ta": str, "issn": str, "volume": str, "issue": str,
    "pages": str, "year": int, "pub_date": str, "first_author": str, "doi": str, "pmcid": str,
    "publication_types": str, "keywords": str, "nct_ids": str, "languages": str,
    "entrez_date": str, "revised_date": str, "status": str, "kind": str, "source": str,
    "content_hash": str, "first_stored_at": str, "updated_at": str, "fetched_on": str,
}  # + abstract_categories (migration 2)
_TAG_COLS = {
    "pmid": str, "conditions": str, "design": str, "population": str, "sample_size": int,
    "sample_size_source": str, "size_class": str, "included_studies": int, "dose_mg": str,
    "dose_class": str, "outcomes": str, "finding": str, "evidence": str, "retracted": int,
    "erratum": int, "expression_of_concern": int, "tag_reasons": str, "tagger_version": str,
    "tagged_at": str,
}  # + outcome_findings (migration 3)

# The day a record entered PubMed (or, for an imported record without one, the day it was stored).
_ENTERED = "coalesce(a.entrez_date, substr(a.first_stored_at, 1, 10))"
# What verdicts and digests count: not withdrawn by PubMed, and not fetched only by `check` (m008).
_COUNTED = "a.deleted_on is null and a.check_only is null"
_UNCOUNTED = "a.deleted_on is not null or a.check_only is not null"  # not _COUNTED: m020's partial index



def _on_conditions(conditions: Sequence[str] | None) -> tuple[str, list[str]]:
    """' and <the tags row t is on one of the conditions>' and its parameters ('' when conditions is None)."""
    if conditions is None:
        return "", []
    return (" and exists (select 1 from json_each(t.conditions) j where j.value in "
            f"({','.join('?' * len(conditions)) or 'null'}))", list(conditions))


# JSON and 0/1 columns, decoded in one place (_decode) whichever query selected them.
_JSON_COLUMNS = {"conditions": "[]", "dose_mg": "[]", "outcomes": "[]", "outcome_findings": "[]",
                 "tag_reasons": "{}", "publication_types": "[]", "keywords": "[]", "nct_ids": "[]",
                 "languages": "[]", "cited_pmids": "[]", "attrition": "null"}
_FLAG_COLUMNS = ("retracted", "erratum", "expression_of_concern", "says_low_dose")
_TAG_FIELDS = [f.name for f in fields(Tags)]


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    """A row of articles and/or tags columns with its JSON lists and 0/1 flags as Python values
    (a missing tags row, in a left join, reads as no conditions, no flags)."""
    out = dict(row)
    for key, empty in _JSON_COLUMNS.items():
        if key in out:
            out[key] = json.loads(out[key] or empty)
    if "outcome_findings" in out:
        out["outcome_findings"] = [OutcomeFinding(**x) for x in out["outcome_findings"]]
    if out.get("attrition") is not None:
        out["attrition"] = Attrition(**out["attrition"])
    if "tag_reasons" in out:
        out["tag_reasons"] = {k: [TagReason(**x) for x in v] for k, v in out["tag_reasons"].items()}
    for key in _FLAG_COLUMNS:
        if key in out:
            out[key] = bool(out[key])
    return out


def _tags(row: dict[str, Any]) -> Tags:
    d = _decode(row)
    return Tags(**{k: d[k] for k in _TAG_FIELDS})


# A record's tags as the tags table stores them (tag_row): the values of _TAG_ROW's columns, JSON written. The tagging
# workers make them, so what crosses back to the main process is strings and numbers, which pickle several times faster
# than Tags, and the main process, which parses and stores for every worker, encodes nothing.
_TAG_ROW = (*_TAG_FIELDS, "finding_outcomes")
TagRow = tuple[Any, ...]


def tag_row(t: Tags) -> TagRow:
    """The tags table's columns of one record's tags (but tagger_version and tagged_at, which save_tags adds)."""
    d = dict(vars(t))
    try:  # orjson reads the findings and reasons (dataclasses) as to_dict gives them, without copying them first
        for key in ("conditions", "outcomes", "outcome_findings", "tag_reasons"):
            d[key] = orjson.dumps(d[key]).decode()
    except TypeError:  # what orjson refuses (see _text_json): to_dict's copy, written by _text_json
        plain = t.to_dict()
        for key in ("conditions", "outcomes", "outcome_findings", "tag_reasons"):
            d[key] = _text_json(plain[key])
    d["dose_mg"] = _json(d["dose_mg"])  # floats: json's own text
    d["attrition"] = _json(dict(vars(t.attrition))) if t.attrition else None
    d["finding_outcomes"] = _finding_outcomes(t.outcome_findings)
    for key in ("retracted", "erratum", "expression_of_concern", "says_low_dose"):
        d[key] = int(d[key])
    return tuple(d[c] for c in _TAG_ROW)


class Tagged(NamedTuple):
    """A record's tags row with its outcome_reads rows (read_rows), both made where it was tagged (tag_pool), so the
    process that stores them computes neither; reads None: computed from the stored rows when saved."""

    row: TagRow
    reads: list[tuple] | None


def tag_change(stored: tuple | None, row: TagRow, tagger_version: str) -> tuple[bool, bool]:
    """(whether the row must be written: it differs from the stored one (Store.stored_tags) in text or tagger_version;
    whether the record's tags changed: compared as stored, and a row whose text differs decoded and compared as Tags,
    so only a real change counts)."""
    if stored is None:
        return True, True
    if stored[1:] == row[1:]:
        return stored[0] != tagger_version, False
    return True, _tags(dict(zip(_TAG_ROW, (row[0], *stored[1:]), strict=True))) != _tags(dict(zip(_TAG_ROW, row,
                                                                                                     strict=True)))


def _tagged(tags: Sequence[Tags | TagRow | Tagged]) -> list[Tagged]:
    return [t if isinstance(t, Tagged) else Tagged(t if isinstance(t, tuple) else tag_row(t), None) for t in tags]


CHUNK = 500  # ids per "in (...)" query, well below SQLite's limit on bound parameters


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterator[tuple[list[str], str]]:
    """(ids, "?,?,…") for each run of at most `size` ids: the one way a list of PMIDs reaches SQL."""
    for i in range(0, len(ids), size):
        part = list(ids[i:i + size])
        yield part, ",".join("?" * len(part))


_TRIAL_COLS = {
    "nct_id": str, "title": str, "official_title": str, "acronym": str, "overall_status": str,
    "why_stopped": str, "study_type": str, "phases": str, "allocation": str, "masking": str,
    "enrollment": int, "enrollment_type": str, "start_date": str, "primary_completion_date": str,
    "completion_date": str, "completion_date_type": str, "first_post_date": str,
    "last_update_post_date": str, "results_first_post_date": str, "has_results": int, "sponsor": str,
    "sponsor_class": str, "conditions": str, "keywords": str, "condition_mesh": str,
    "primary_outcomes": str, "content_hash": str, "first_stored_at": str, "updated_at": str,
    "fetched_on": str,
}
# Columns m009 added: when results and a certification/extension request reached the registry.
_TRIAL_DISCLOSURE_COLS = {"results_first_submit_date": str, "disp_first_submit_date": str}
_TRIAL_ROW_COLS = _TRIAL_COLS | _TRIAL_DISCLOSURE_COLS
# Versions before the registry's studies were checked (ctgov.parse_study) stored a reference PMID as
# given ("12345abc"); readers leave such a PMID out (in SQL: the condition on a column, formatted in).
_DIGITS = "({0} != '' and {0} not glob '*[^0-9]*')"


def _stored_pmid(v: Any) -> bool:
    return isinstance(v, str) and v.isascii() and v.isdigit()


# ---- schema: ordered migrations -------------------------------------------------------------------
# Append a function to change the schema; never edit one that has shipped. Each is idempotent, so
# databases made before migrations were recorded (schema versions 1-3) upgrade through them too.
class _Db:
    """A database as the queries read it: execute and query through sqlite3, and sqlite-utils' Database (imported then,
    over the same connection) for everything else: tables, upserts, transactions, migrations. A read command never
    imports sqlite-utils (~0.1 s of its start). Writes go through sqlite-utils' own execute, which commits a
    statement outside a transaction: only a read-only store (mode=ro) reads through sqlite3."""

    def __init__(self, conn: sqlite3.Connection, *, reads_only: bool) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        if reads_only:
            conn.execute("PRAGMA recursive_triggers=on;")  # as sqlite-utils' Database sets it
        else:
            self._utils = self.utils

    @property
    def utils(self) -> sqlite_utils.Database:
        if self._utils is None:
            self._utils = load_sqlite_utils().Database(self.conn, execute_plugins=False)  # no plugins: none used
        return self._utils

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        if self._utils is not None:
            return self._utils.execute(sql, parameters)
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts, as sqlite-utils' query gives them (a statement that returns rows: this is all reading)."""
        if self._utils is not None:
            return self._utils.query(sql, params)
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        if len(set(keys)) != len(keys):  # duplicate names: sqlite-utils renames them
            return self.utils.query(sql, params)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("select name from sqlite_master where type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, name: str) -> Any:
        return self.utils[name]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not sqlite-utils' (and no recursion before __init__ has run)
            raise AttributeError(name)
        return getattr(self.utils, name)


@dataclass
class _Migration:
    name: str
    applied_at: str | None = None


class _Migrations:
    """sqlite-utils' Migrations, built when a database is migrated: registering a migration and asking which are
    applied or pending (a read command's question at every start) need no sqlite-utils. Same table, same rows."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[tuple[str, Any]] = []

    def __call__(self) -> Any:
        def register(fn: Any) -> Any:
            self._migrations.append((fn.__name__, fn))
            return fn
        return register

    def applied(self, db: _Db) -> list[_Migration]:
        if "_sqlite_migrations" not in db.table_names():
            return []
        return [_Migration(name, at) for name, at in db.execute(
            "select name, applied_at from _sqlite_migrations where migration_set = ? order by rowid", [self.name])]

    def pending(self, db: _Db) -> list[_Migration]:
        done = {m.name for m in self.applied(db)}
        return [_Migration(name) for name, _ in self._migrations if name not in done]

    def apply(self, db: _Db) -> None:
        real = load_sqlite_utils().Migrations(self.name)
        for name, fn in self._migrations:
            real(name=name)(fn)
        real.apply(db.utils)


MIGRATIONS = _Migrations("ldn-lit")


def _set_version(db: sqlite_utils.Database, version: int) -> None:
    row = next(db.query("select value from meta where key = 'schema_version'"), None)
    if row is None or int(row["value"]) < version:
        db.table("meta").upsert({"key": "schema_version", "value": str(version)}, pk="key")


@MIGRATIONS()
def m001_tables(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.table("articles").create(_ARTICLE_COLS, pk="pmid", if_not_exists=True)
    db.table("authors").create(
        {"pmid": str, "position": int, "last_name": str, "fore_name": str, "initials": str,
         "collective_name": str, "affiliation": str},
        pk=("pmid", "position"), foreign_keys=[("pmid", "articles", "pmid")], if_not_exists=True)
    db.table("mesh").create(
        {"pmid": str, "descriptor": str, "ui": str, "major_topic": int, "qualifiers": str},
        pk=("pmid", "descriptor"), foreign_keys=[("pmid", "articles", "pmid")], if_not_exists=True)
    db.table("publication_types").create(
        {"pmid": str, "publication_type": str},
        pk=("pmid", "publication_type"), foreign_keys=[("pmid", "articles", "pmid")], if_not_exists=True)
    db.table("comments_corrections").create(
        {"pmid": str, "ref_type": str, "ref_pmid": str, "ref_source": str},
        foreign_keys=[("pmid", "articles", "pmid")], if_not_exists=True)
    db.table("article_queries").create(
        {"pmid": str, "condition_id": str, "first_run_id": int, "first_seen_at": str},
        pk=("pmid", "condition_id"), foreign_keys=[("pmid", "articles", "pmid")], if_not_exists=True)
    db.table("tags").create(_TAG_COLS, pk="pmid", foreign_keys=[("pmid", "articles", "pmid")], if_not_exists=True)
    db.table("runs").create(
        {"id": int, "command": str, "started_at": str, "finished_at": str, "status": str,
         "queries": str, "requests": int, "new": int, "revised": int, "unchanged": int,
         "error": str},
        pk="id", if_not_exists=True)
    db.table("query_state").create(
        {"condition_id": str, "term": str, "last_success_date": str, "last_count": int,
         "last_run_id": int},
        pk="condition_id", if_not_exists=True)
    # authors, mesh and publication_types need no pmid index: their primary keys start with pmid.
    for table, cols in [("publication_types", ["publication_type"]),
                        ("comments_corrections", ["pmid"]), ("comments_corrections", ["ref_pmid"]),
                        ("article_queries", ["condition_id"]), ("articles", ["year"]),
                        ("articles", ["entrez_date"]), ("articles", ["doi"]),
                        ("articles", ["journal_iso"]), ("tags", ["design"])]:
        db.table(table).create_index(cols, if_not_exists=True)
    if not db["articles_fts"].exists():
        # No per-row triggers: save_articles indexes each batch in one statement (faster; see
        # benchmarks/parse_store.py). `sqlite-utils rebuild-fts ldn-lit.db articles` repairs it.
        db.table("articles").enable_fts(["title", "abstract"], create_triggers=False, tokenize="porter")
    _set_version(db, 1)


def _add_column(db: sqlite_utils.Database, table: str, column: str, version: int, kind: type = str) -> None:
    """The one step of most migrations: add a column unless an earlier run did."""
    if column not in db[table].columns_dict:
        db.table(table).add_column(column, kind)
    _set_version(db, version)


@MIGRATIONS()
def m002_abstract_categories(db: sqlite_utils.Database) -> None:
    """NLM's category of each abstract section (METHODS, RESULTS...), beside the sections."""
    _add_column(db, "articles", "abstract_categories", 2)


@MIGRATIONS()
def m003_outcome_findings(db: sqlite_utils.Database) -> None:
    """Per-outcome findings (models.OutcomeFinding) as JSON."""
    _add_column(db, "tags", "outcome_findings", 3)


@MIGRATIONS()
def m004_trials(db: sqlite_utils.Database) -> None:
    """Registered trials (ClinicalTrials.gov): see the trials section of Store."""
    db.table("trials").create(_TRIAL_COLS, pk="nct_id", if_not_exists=True)
    db.table("trial_conditions").create(
        {"nct_id": str, "condition_id": str, "how": str, "detail": str},
        pk=("nct_id", "condition_id", "how"), foreign_keys=[("nct_id", "trials", "nct_id")],
        if_not_exists=True)
    db.table("trial_interventions").create(
        {"nct_id": str, "position": int, "type": str, "name": str, "description": str,
         "other_names": str, "dose_mg": str},
        pk=("nct_id", "position"), foreign_keys=[("nct_id", "trials", "nct_id")], if_not_exists=True)
    db.table("trial_references").create(
        {"nct_id": str, "position": int, "pmid": str, "type": str, "citation": str},
        pk=("nct_id", "position"), foreign_keys=[("nct_id", "trials", "nct_id")], if_not_exists=True)
    db.table("trial_links").create(
        {"nct_id": str, "pmid": str, "method": str, "strength": str, "detail": str},
        pk=("nct_id", "pmid", "method"), if_not_exists=True)
    db.table("trial_query_state").create(
        {"condition_id": str, "query": str, "last_success_date": str, "last_count": int,
         "last_run_id": int}, pk="condition_id", if_not_exists=True)
    for table, cols in [("trial_conditions", ["condition_id"]), ("trial_references", ["pmid"]),
                        ("trial_links", ["pmid"])]:
        db.table(table).create_index(cols, if_not_exists=True)
    _set_version(db, 4)


@MIGRATIONS()
def m005_deleted_on(db: sqlite_utils.Database) -> None:
    """The day PubMed withdrew a record (<DeleteCitation>): kept for the record, out of digests and verdicts."""
    _add_column(db, "articles", "deleted_on", 5)


@MIGRATIONS()
def m006_author_affiliations(db: sqlite_utils.Database) -> None:
    """Every affiliation of an author (JSON list) when there are several; `affiliation` keeps the first."""
    _add_column(db, "authors", "affiliations", 6)


@MIGRATIONS()
def m007_pmid_version(db: sqlite_utils.Database) -> None:
    """<PMID Version> (a few journals publish versions of a record under one PMID): the higher one wins."""
    _add_column(db, "articles", "pmid_version", 7, int)


@MIGRATIONS()
def m008_check_only(db: sqlite_utils.Database) -> None:
    """1 on a record that only `check` fetched (no tracked search found it, no import brought it): it is
    kept for `check` and `show`, and stays out of verdicts and digests until `update` finds it. Records
    `check` stored before this column existed are marked too."""
    if "check_only" not in db["articles"].columns_dict:
        db.table("articles").add_column("check_only", int)
        db.execute("update articles set check_only = 1 where source = 'check' "
                   "and pmid not in (select pmid from article_queries)")
    _set_version(db, 8)


@MIGRATIONS()
def m009_trial_disclosure(db: sqlite_utils.Database) -> None:
    """The registry's results-submitted and certificate-of-delay dates of a trial: states of their own
    in the gap ("submitted, in QC", "delay certified") instead of "reported nothing"."""
    for column in _TRIAL_DISCLOSURE_COLS:
        _add_column(db, "trials", column, 9)


@MIGRATIONS()
def m010_digest_runs(db: sqlite_utils.Database) -> None:
    """Every digest run and the verdict it gave on each claim: the next digest lists what changed."""
    db.table("digest_runs").create(
        {"id": int, "article": str, "window_from": str, "window_to": str, "generated_at": str, "fingerprint": str},
        pk="id", if_not_exists=True)
    db.table("digest_verdicts").create(
        {"run_id": int, "claim_id": str, "claim": str, "verdict": str, "certainty": str, "pmids": str},
        pk=("run_id", "claim_id"), foreign_keys=[("run_id", "digest_runs", "id")], if_not_exists=True)
    db.table("digest_runs").create_index(["article", "window_to"], if_not_exists=True)
    _set_version(db, 10)


@MIGRATIONS()
def m011_says_low_dose(db: sqlite_utils.Database) -> None:
    """tags.says_low_dose: the title or abstract names low-dose naltrexone (or LDN), set at tagging time so
    the verdicts read a flag instead of scanning every abstract (tagging.LOW_DOSE_RE); existing rows filled
    with the same test, in SQL."""
    if "says_low_dose" not in db["tags"].columns_dict:
        db.table("tags").add_column("says_low_dose", int)
        db.execute("update tags set says_low_dose = (select (a.title || ' ' || coalesce(a.abstract, '')) like "
                   "'%low-dose naltrexone%' or (a.title || ' ' || coalesce(a.abstract, '')) like "
                   "'%low dose naltrexone%' or (a.title || ' ' || coalesce(a.abstract, '')) like '%LDN%' "
                   "from articles a where a.pmid = tags.pmid)")
    _set_version(db, 11)


@MIGRATIONS()
def m013_cited_pmids(db: sqlite_utils.Database) -> None:
    """articles.cited_pmids: the PMIDs a record's reference list cites (JSON list), so claims can link a
    review to the trials it cites. Kept outside the content hash: records stored before read as citing
    nothing until they are stored again. (The 12th migration: the name m012 is another change's.)"""
    _add_column(db, "articles", "cited_pmids", 12)


# How a study was run (tagging/blinding.py, attrition.py, duration.py, comparator.py): m014's tag columns.
_CONDUCT_COLS = ("blinding", "attrition", "duration", "comparator", "comparator_drug")


@MIGRATIONS()
def m014_conduct(db: sqlite_utils.Database) -> None:
    """tags.blinding, attrition (JSON), duration, comparator, comparator_drug: how each study was run, for the
    risk-of-bias judgment and the Summary of Findings' study lines. Older rows stay null (not stated) until
    `ldn-lit retag` (TAGGER_VERSION 7) fills them. (The 13th migration: the name m012 is another change's.)"""
    for column in _CONDUCT_COLS:
        _add_column(db, "tags", column, 13)


# What claims and the digest count every record by (claims.Bundle), in the order they group by: the tags index
# m015 adds, so that 100,000 records are counted from an index and never read (tag_reasons makes a tags row long).
_COUNTED_TAGS = ("design", "population", "sample_size", "dose_mg", "dose_class", "says_low_dose", "outcomes",
                 "finding", "retracted", "conditions", "finding_outcomes")


def _finding_outcomes(findings: list[dict[str, Any]] | list[OutcomeFinding]) -> str:
    """tags.finding_outcomes: the outcomes a record's per-outcome findings name, sorted, as JSON."""
    return _text_json(sorted({f["outcome"] if isinstance(f, dict) else f.outcome for f in findings}))


@MIGRATIONS()
def m015_counted_facts(db: sqlite_utils.Database) -> None:
    """tags.finding_outcomes (set by save_tags; existing rows filled from their outcome_findings) and two covering
    indexes, one on the tag columns verdicts count by (_COUNTED_TAGS), one on the article columns that say whether
    and when a record counts (and its year and journal): `claims` and the digest count 100,000 records from the
    indexes alone, one GROUP BY, and read in full only the records they show (issue 16). (The 14th migration: the
    name m012 is another change's.)"""
    if "finding_outcomes" not in db["tags"].columns_dict:
        db.table("tags").add_column("finding_outcomes", str)
        db.conn.executemany("update tags set finding_outcomes = ? where pmid = ?", [
            (_finding_outcomes(json.loads(of or "[]")), pmid)
            for pmid, of in db.execute("select pmid, outcome_findings from tags").fetchall()])
    db.execute(f"create index if not exists tags_counted on tags({', '.join(_COUNTED_TAGS)}, pmid)")
    db.execute("create index if not exists articles_counted on articles(pmid, deleted_on, check_only, entrez_date, "
               "first_stored_at, year, journal, journal_iso, medline_ta)")
    _set_version(db, 14)


# m017's counts of the chart: records counted (_COUNTED), with a year and a tags row, by year, design and conditions as
# stored ('' for null: a primary key holds no nulls). Kept by triggers at every write of articles and tags.
_CHART_KEY = "year, design, conditions"


def _chart_change(sign: str, row: str, table: str) -> str:
    """The trigger statement that adds (sign '+') or takes away ('-') one record from chart_counts: the trigger's
    row `row` (old or new) of `table` (tags: the article is read as a; articles: the tags row as t)."""
    a, t, source = (("a", row, f"from articles a where a.pmid = {row}.pmid") if table == "tags"
                    else (row, "t", f"from tags t where t.pmid = {row}.pmid"))
    key = f"{a}.year, ifnull({t}.design, ''), ifnull({t}.conditions, '')"
    where = f"{source} and {a}.deleted_on is null and {a}.check_only is null and {a}.year is not null"
    if sign == "+":
        return (f"insert into chart_counts ({_CHART_KEY}, records) select {key}, 1 {where} "
                f"on conflict ({_CHART_KEY}) do update set records = records + 1;")
    return (f"update chart_counts set records = records - 1 where ({_CHART_KEY}) = (select {key} {where}); "
            "delete from chart_counts where records = 0;")


# trigger -> (when it fires, what it does). A tags row is written after its article and an article with tags is never
# deleted (the foreign key): the article's triggers are those of its columns that say whether and when it counts.
_CHART_TRIGGERS = {
    "chart_tags_insert": ("after insert on tags", _chart_change("+", "new", "tags")),
    "chart_tags_delete": ("after delete on tags", _chart_change("-", "old", "tags")),
    "chart_tags_update": ("after update of design, conditions on tags when old.design is not new.design or "
                          "old.conditions is not new.conditions",
                          _chart_change("-", "old", "tags") + _chart_change("+", "new", "tags")),
    "chart_articles_update": ("after update of year, deleted_on, check_only on articles when old.year is not new.year "
                              "or (old.deleted_on is null) != (new.deleted_on is null) "
                              "or (old.check_only is null) != (new.check_only is null)",
                              _chart_change("-", "old", "articles") + _chart_change("+", "new", "articles")),
}


@MIGRATIONS()
def m017_chart_counts(db: sqlite_utils.Database) -> None:
    """chart_counts, the digest's chart (records by year, design and conditions), kept by triggers at every write
    of articles and tags and filled here with one GROUP BY: the chart of 100,000 records reads a few thousand rows
    (the GROUP BY over the join takes 0.3 s). And an index on the day a record entered PubMed (_ENTERED) with the
    columns that say whether it counts: the digest's new records, its count of records and the chart's records
    entered after its window are read from it, not from every record (issue 16). (The 15th migration: the names
    m012 and m016 are other changes'.)"""
    db.execute("create index if not exists articles_entered on articles("
               "coalesce(entrez_date, substr(first_stored_at, 1, 10)), deleted_on, check_only)")
    if "chart_counts" not in db.table_names():
        db.execute("create table chart_counts (year integer not null, design text not null, conditions text not null, "
                   f"records integer not null, primary key ({_CHART_KEY})) without rowid")
        db.execute(f"insert into chart_counts select a.year, ifnull(t.design, ''), ifnull(t.conditions, ''), count(*) "
                   f"from articles a join tags t on t.pmid = a.pmid where {_COUNTED} and a.year is not null "
                   "group by 1, 2, 3")
    for name, (event, body) in _CHART_TRIGGERS.items():
        db.execute(f"create trigger if not exists {name} {event} begin {body} end")
    _set_version(db, 15)


# What a claim reads of a record on one outcome (claims.outcome_reads, decoded by claims.Indexed), one row per
# (record, outcome), with the record's year: m016's table, so that a record a claim counts but does not show is judged
# without reading it. Clustered by PMID: the records a claim reads are found by PMID.
_READ_COLS = ("year", "row_outcome", "finding", "basis", "comparison", "effect", "primary_finding", "surrogate",
              "measured", "blinding", "attrition", "comparator", "safety_primary")


@MIGRATIONS()
def m016_outcome_reads(db: sqlite_utils.Database) -> None:
    """outcome_reads: for each tagged record and each outcome it may report on ('' for any outcome), what the claims'
    read_outcome gives (the finding, how it was compared, the effect as stated, primary or not, a drug-dispensing
    surrogate, the measured direction) and how the study was run (blinding, attrition, comparator, safety the primary
    outcome), computed from the stored tags once here and by save_tags after: `claims` judges the records it does
    not show from this table, never reading their text (issue 16). (The 16th migration, after m017: the name m012 is
    another change's.)"""
    if "outcome_reads" not in db.table_names():
        db.execute(f"create table outcome_reads (pmid text not null, outcome text not null, "
                   f"{', '.join(_READ_COLS)}, primary key (pmid, outcome)) without rowid")
        pmids = [r[0] for r in db.execute("select pmid from tags order by pmid")]
        for part, _ in chunks(pmids, 5000):
            _save_reads(db, dict.fromkeys(part))
        _set_reads_version(db)
    _set_version(db, 16)


@MIGRATIONS()
def m018_tagger_version_index(db: sqlite_utils.Database) -> None:
    """An index on tags.tagger_version: every read command counts the records tagged by older rules (the note
    that asks for `ldn-lit retag`), which scanned the whole tags table (0.07-0.11 s at 100,000 records)."""
    db.execute("create index if not exists tags_tagger_version on tags(tagger_version)")
    _set_version(db, 17)


# The order in which Store.newest takes the newest of records tied in design and size (a record with no year last,
# then by PMID as a number): m019's index, read in this order.
_NEWEST_ORDER = "coalesce(year, 0) desc, cast(pmid as integer), pmid"


@MIGRATIONS()
def m019_articles_newest(db: sqlite_utils.Database) -> None:
    """An index on articles in _NEWEST_ORDER: `claims` shows the 25 newest of records alike in design and size (15,157
    records tied on one list at 100,000 records), read from this index newest first until 25 are found, not by a seek
    and a sort of each tied record (issue 16)."""
    db.execute(f"create index if not exists articles_newest on articles({_NEWEST_ORDER})")
    _set_version(db, 18)


@MIGRATIONS()
def m020_articles_journals(db: sqlite_utils.Database) -> None:
    """An index on the journal names of the records verdicts count (_COUNTED: a partial index, their columns in it):
    `claims` reads the distinct journals from it in order (Store.journal_names), where it read every record of
    articles_counted into a temporary index to drop the repeats (0.027 -> 0.011 s at 100,000 records); and one of the
    records verdicts do not count (_UNCOUNTED: a few, or none), which Store.evidence_groups leaves out of its groups
    (a scan of articles_counted: 0.008 s at 100,000 records, 0.023 s with a digest's `until`; now < 0.001 s).
    Issue 16."""
    db.execute("create index if not exists articles_journals on articles(journal, journal_iso, medline_ta, deleted_on, "
               f"check_only) where {_COUNTED.replace('a.', '')}")
    db.execute(f"create index if not exists articles_uncounted on articles(pmid) where {_UNCOUNTED.replace('a.', '')}")
    _set_version(db, 19)


def _evidence_select() -> str:
    """The columns the verdict rules read of a record (claims.Evidence), from articles a join tags t."""
    return ("select a.pmid, a.year, coalesce(a.title, '') as title, a.journal, a.journal_iso, a.medline_ta, "
            "a.entrez_date, t.conditions, t.design, t.population, t.sample_size, t.dose_mg, t.dose_class, "
            "t.outcomes, t.finding, t.evidence, "
            # says_low_dose (set at tagging time, m011): a record with no stated dose counts as LDN only then
            # outcome_findings raw (findings_json): decoded only for the records a claim reads (claims.Evidence)
            "t.retracted, t.says_low_dose, t.outcome_findings as findings_json, "
            # how the study was run (m014): risk of bias and the SoF's study lines; attrition and a review's
            # cited PMIDs (m013) raw, decoded only for the rows a claim shows
            "t.blinding, t.attrition as attrition_json, t.duration, t.comparator, t.comparator_drug, "
            f"case when t.design = '{SYSTEMATIC_REVIEW}' then a.cited_pmids end as cited_json "
            "from articles a join tags t on t.pmid = a.pmid")


def _evidence_row(names: list[str], row: tuple, decoded: Any) -> dict[str, Any]:
    d = dict(zip(names, row, strict=True))
    c, m, o = d["conditions"], d["dose_mg"], d["outcomes"]
    d["conditions"], d["dose_mg"], d["outcomes"] = decoded(c), decoded(m), decoded(o)
    d["retracted"], d["says_low_dose"] = d["retracted"] == 1, d["says_low_dose"] == 1
    return d


# The article columns claims read beside a record's tags (Store.evidence_rows' article columns, the title as
# coalesce(title, '') gives it, cited_pmids as stored): with its tags row, all read_rows needs of a record, so a tagging
# worker computes a record's outcome_reads beside its tags (read_facts) and retag reads them with it (tagger_pages).
_FACTS = ("a.year", "coalesce(a.title, '')", "a.journal", "a.journal_iso", "a.medline_ta", "a.entrez_date",
          "a.cited_pmids")
Facts = tuple[Any, ...]


def read_facts(a: Article) -> Facts:
    """_FACTS of a record as save_articles stores it."""
    return (a.year, a.title or "", a.journal, a.journal_iso, a.medline_ta, a.entrez_date, _text_json(a.cited_pmids))


def read_rows(facts: Facts, row: TagRow) -> list[tuple]:
    """outcome_reads rows (pmid, outcome, year, the read) of one record: claims.outcome_reads of the evidence row
    (Store.evidence_rows' columns) that its article columns (_FACTS) and tags row make. The one way they are computed,
    from the stored rows (_reads_of) or where the record is tagged."""
    from .claims import outcome_reads  # the rule is the claims' own read of a record: one definition

    t = dict(zip(_TAG_ROW, row, strict=True))
    year, title, journal, journal_iso, medline_ta, entrez_date, cited = facts
    evidence = {
        "pmid": row[0], "year": year, "title": title, "journal": journal, "journal_iso": journal_iso,
        "medline_ta": medline_ta, "entrez_date": entrez_date, "conditions": json.loads(t["conditions"] or "[]"),
        "design": t["design"], "population": t["population"], "sample_size": t["sample_size"],
        "dose_mg": json.loads(t["dose_mg"] or "[]"), "dose_class": t["dose_class"],
        "outcomes": json.loads(t["outcomes"] or "[]"), "finding": t["finding"], "evidence": t["evidence"],
        "retracted": t["retracted"] == 1, "says_low_dose": t["says_low_dose"] == 1,
        "findings_json": t["outcome_findings"], "blinding": t["blinding"], "attrition_json": t["attrition"],
        "duration": t["duration"], "comparator": t["comparator"], "comparator_drug": t["comparator_drug"],
        "cited_json": cited if t["design"] == SYSTEMATIC_REVIEW else None}
    return [(row[0], key, year, *read) for key, read in outcome_reads(evidence)]


def _reads_of(db: sqlite_utils.Database | _Db, pmids: Sequence[str]) -> list[tuple]:
    """outcome_reads rows (pmid, outcome, year, the read) of these records, computed from their stored rows."""
    cur = db.execute(f"select {', '.join(_FACTS)}, {', '.join('t.' + c for c in _TAG_ROW)} "
                     "from articles a join tags t on t.pmid = a.pmid where a.pmid in (select value from json_each(?))",
                     [json.dumps(list(pmids))])
    n = len(_FACTS)
    return [r for row in cur.fetchall() for r in read_rows(row[:n], row[n:])]


def _save_reads(db: sqlite_utils.Database | _Db, reads: dict[str, list[tuple] | None]) -> None:
    """outcome_reads of these records (pmid -> its rows, computed where it was tagged, read_rows; or None: recomputed
    here from its stored rows)."""
    db.conn.executemany("delete from outcome_reads where pmid = ?", [(p,) for p in reads])
    marks = ",".join("?" * (2 + len(_READ_COLS)))
    rest = [p for p, known in reads.items() if known is None]
    db.conn.executemany(f"insert into outcome_reads (pmid, outcome, {', '.join(_READ_COLS)}) values ({marks})",
                        [r for known in reads.values() if known is not None for r in known]
                        + (_reads_of(db, rest) if rest else []))


def _set_reads_version(db: sqlite_utils.Database | _Db) -> None:
    """Every record's outcome_reads were just computed by these rules (claims.READS_VERSION)."""
    from .claims import READS_VERSION

    db.execute("insert into meta (key, value) values ('outcome_reads_version', ?) on conflict(key) do update set "
               "value = excluded.value", [READS_VERSION])


def _loads_all(texts: Iterable[str | None]) -> list[Any]:
    """Each JSON text decoded ('[]' for null), in one json.loads: thousands of short texts decode several times faster
    together than each on its own."""
    return json.loads(f"[{','.join(t or '[]' for t in texts)}]")


def _write_digest_run(conn: sqlite3.Connection, run: dict[str, Any], verdicts: list[dict[str, Any]]) -> None:
    """Store.save_digest_run's statements, inside the caller's transaction."""
    key = [run["article"], run["window_from"], run["window_to"], run["fingerprint"]]
    for (run_id,) in conn.execute("select id from digest_runs where article = ? and window_from = ? and window_to = ? "
                                  "and fingerprint = ?", key).fetchall():
        conn.execute("delete from digest_verdicts where run_id = ?", [run_id])
        conn.execute("delete from digest_runs where id = ?", [run_id])
    run_id = conn.execute("insert into digest_runs (article, window_from, window_to, generated_at, fingerprint) "
                          "values (?, ?, ?, ?, ?)", [run["article"], run["window_from"], run["window_to"],
                                                      run["generated_at"], run["fingerprint"]]).lastrowid
    conn.executemany("insert into digest_verdicts (run_id, claim_id, claim, verdict, certainty, pmids) "
                     "values (?, ?, ?, ?, ?, ?)", [(run_id, v["claim_id"], v["claim"], v["verdict"], v["certainty"],
                                                    _json(v["pmids"])) for v in verdicts])


def schema_current(path: Path) -> bool:
    """Whether the database at `path` has had every migration (a read-only store reads it as it is, no upgrade in
    memory): `digest`, which writes only its run, then reads through a read-only store. False for no file, or one
    that is not ldn-lit's (a writable store says why). A first look that creates nothing beside the file (immutable,
    as Store._peek_foreign looks): a view that misses the latest writes sees fewer migrations, never more, and says
    False, which only costs a writable store."""
    if not path.exists():
        return False
    conn = sqlite3.connect("file:" + quote(str(path.absolute())) + "?mode=ro&immutable=1", uri=True)
    try:
        return not MIGRATIONS.pending(_Db(conn, reads_only=True))
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _sections(stored: str | None, categories: str | None) -> list[AbstractSection]:
    pairs = json.loads(stored or "[]")
    cats = json.loads(categories) if categories else [None] * len(pairs)
    return [AbstractSection(lbl, txt, cat) for (lbl, txt), cat in zip(pairs, cats, strict=False)]


def _refuse_foreign(path: Path, db: _Db) -> None:
    """Refuse a database with tables that are not ldn-lit's: no ldn-lit migration recorded, and
    not an ldn-lit database from before migrations were recorded (meta + articles)."""
    tables = set(db.table_names())
    if not tables:
        return
    if "_sqlite_migrations" in tables and db.execute(
            "select 1 from _sqlite_migrations where migration_set = ? limit 1", [MIGRATIONS.name]).fetchone():
        return
    if {"meta", "articles"} <= tables and db.execute("select 1 from meta where key = 'schema_version'").fetchone():
        return
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise StoreError(f"{path}: not an ldn-lit database (it holds other tables: {shown}); left "
                     "untouched. Pass --db with an ldn-lit database, or a new file name to start one")


class Store:
    """The database. `readonly=True` (read commands) opens the file with SQLite's mode=ro, so nothing
    is ever written: it works on read-only media, and a schema that an older ldn-lit left behind is
    upgraded in a copy in memory (upgraded_in_memory) instead of on disk."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self.upgraded_in_memory = False
        try:
            if self.path.parent and not self.path.parent.exists():
                raise StoreError(f"{self.path}: folder does not exist; create it or pass another --db")
            self._peek_foreign()
            self.db = _Db(self._connect(), reads_only=readonly)
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _refuse_foreign(self.path, self.db)  # before anything is written to another program's file
            if readonly:
                if MIGRATIONS.pending(self.db):
                    self._upgrade_in_memory()
                return
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            self._ensure_schema()
        except BaseException as e:
            if hasattr(self, "db"):  # a refused file is closed at once (no -wal/-shm left open beside it)
                self.db.close()
            if isinstance(e, sqlite3.DatabaseError):
                raise _explain(self.path, e) or StoreError(
                    f"{self.path}: cannot open database ({e}); is it an ldn-lit SQLite file?") from None
            raise

    def _connect(self) -> sqlite3.Connection:
        if not self.readonly:
            return sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S)
        conn = sqlite3.connect(self._uri + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.OperationalError as e:
            if getattr(e, "sqlite_errorcode", 0) & 0xFF not in (8, 14):  # SQLITE_READONLY, SQLITE_CANTOPEN
                raise
            # A WAL database on read-only media: SQLite cannot make its -shm file there. Nothing can
            # write to such a file, so it may be read as immutable (no locks, no -shm).
            conn.close()
            conn = sqlite3.connect(self._uri + "?mode=ro&immutable=1", uri=True)
        return conn

    @property
    def _uri(self) -> str:
        return "file:" + quote(str(self.path.absolute()))

    def _peek_foreign(self) -> None:
        """Refuse another program's file at a first look that creates nothing: opening a WAL database
        makes -wal and -shm files beside it, and a read-only connection leaves them there. A view torn
        by a concurrent checkpoint fails and is passed over: the real connection checks again."""
        if not self.path.exists():
            return
        peek = sqlite3.connect(self._uri + "?mode=ro&immutable=1", uri=True)
        try:
            _refuse_foreign(self.path, _Db(peek, reads_only=True))
        except sqlite3.DatabaseError:
            pass
        finally:
            peek.close()

    def _upgrade_in_memory(self) -> None:
        """A copy of the database in memory with the pending migrations applied: what a read command
        reads when the file is behind and must not be written."""
        memory = sqlite3.connect(":memory:")
        self.db.conn.backup(memory)
        self.upgraded_in_memory = bool(self.db.table_names())  # an empty file is no older ldn-lit's
        self.db.close()
        self.db = _Db(memory, reads_only=False)
        MIGRATIONS.apply(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; translates 'disk full', 'busy' and 'locked' into StoreError after rollback."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as e:
            err = _explain(self.path, e)
            if err is None:
                raise
            raise err from None

    # ---- schema ---------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        """Apply the migrations this database has not had (none, usually: a read-only check)."""
        if MIGRATIONS.pending(self.db):
            with self.atomic():
                MIGRATIONS.apply(self.db)

    # ---- articles ---------------------------------------------------------------------------
    def _select_in(self, sql: str, ids: Sequence[str], before: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows of `sql` (its "in ({marks})" filled) for the ids, a chunk at a time; `before` binds first."""
        for part, marks in chunks(ids):
            yield from self.db.query(sql.format(marks=marks), [*before, *part])

    def _execute_in(self, sql: str, ids: Sequence[str], before: Sequence[Any] = ()) -> None:
        for part, marks in chunks(ids):
            self.db.execute(sql.format(marks=marks), [*before, *part])

    def _column_by_pmid(self, column: str, pmids: Iterable[str]) -> dict[str, Any]:
        """pmid -> articles.<column>, for the given PMIDs that are stored."""
        return {r["pmid"]: r[column] for r in
                self._select_in(f"select pmid, {column} from articles where pmid in ({{marks}})", list(pmids))}

    def known_hashes(self, pmids: Iterable[str]) -> dict[str, str]:
        return self._column_by_pmid("content_hash", pmids)

    def data_version(self) -> tuple[int, int]:
        """Equal before and after: nothing was written in between, by this connection or another."""
        return self.db.conn.total_changes, self.db.execute("pragma data_version").fetchone()[0]

    def count_articles(self) -> int:
        return self.db.execute("select count(*) from articles").fetchone()[0]

    def has_evidence_base(self) -> bool:
        """A verdict may be given: records are stored (by a search, an import or `check`), or a search
        succeeded (and found nothing). False on an empty database whose searches never succeeded."""
        return bool(self.db.execute("select exists(select 1 from articles where deleted_on is null) "
                                    "or exists(select 1 from query_state)").fetchone()[0])

    def save_articles(
        self,
        articles: Sequence[Article | Prepared],
        *,
        source: str,
        tags: Sequence[Tags | TagRow | Tagged] | None = None,
        tagger_version: str = "",
        matches: dict[str, set[str]] | None = None,
        run_id: int | None = None,
        fetched_on: str | None = None,
    ) -> SaveResult:
        """Insert new and replace revised records (Articles, or their rows made where they were parsed: Prepared), with
        their tags and query matches, atomically.

        A record whose parsed content is unchanged is not rewritten; only its `fetched_on`
        (the day it was last fetched from PubMed, used by incremental updates) moves forward, and
        section categories it was stored without (by ldn-lit before they were kept) are filled in.
        """
        result = SaveResult([], [], [])
        hashes = self.known_hashes(a.pmid for a in articles)
        # A record `check` fetched stays check-only (out of verdicts) until another source stores it
        # or a tracked search finds it (add_matches); a record already counted stays counted.
        check_only = self._column_by_pmid("check_only", hashes) if source == "check" else {}
        revised_on = self._column_by_pmid("revised_date", hashes)
        versions = self._column_by_pmid("pmid_version", hashes)
        stamp = now_iso()
        rows, changed, children, late_categories, late_cited = [], [], _Children(), [], []
        for a in articles:
            stored_rev = revised_on.get(a.pmid)
            if a.revised_date and stored_rev and (a.revised_date, a.version) < (stored_rev, versions.get(a.pmid) or 1):
                result.older.append(a.pmid)  # importing a 2020 file after a 2021 one must not go back in time
                continue
            p = a if isinstance(a, Prepared) else prepare(a)
            old = hashes.get(a.pmid)
            if old == p.content_hash:
                result.unchanged.append(a.pmid)
                if p.categories:
                    late_categories.append((p.categories, a.pmid))
                late_cited.append((p.cited, a.pmid))
                continue
            (result.revised if old else result.new).append(a.pmid)
            changed.append(a)
            children.extend(_Children(*p.children))
            rows.append(p.row | {"source": source, "content_hash": p.content_hash, "updated_at": stamp,
                                 "fetched_on": fetched_on, "abstract_categories": p.categories,
                                 "pmid_version": a.version, "cited_pmids": p.cited,
                                 "check_only": check_only.get(a.pmid, 1) if source == "check" else None})
        changed_ids = [a.pmid for a in changed]
        tag_by_pmid = {t.row[0]: t for t in _tagged(tags or [])}
        with self.atomic():
            if changed:
                self._delete_children(changed_ids)
                # first_stored_at survives a revision
                firsts = self._column_by_pmid("first_stored_at", result.revised)
                for r in rows:
                    r["first_stored_at"] = firsts.get(r["pmid"], stamp)
                cols = list(rows[0])
                revised = set(result.revised)
                self._fts("delete", result.revised)
                # Plain INSERT/UPDATE (not INSERT OR REPLACE) so the FTS triggers see every change.
                self.db.conn.executemany(
                    f"insert into articles ({','.join(cols)}) values ({','.join('?' * len(cols))})",
                    [tuple(r.values()) for r in rows if r["pmid"] not in revised])
                self.db.conn.executemany(
                    f"update articles set {', '.join(f'{c} = ?' for c in cols[1:])} where pmid = ?",
                    [(*list(r.values())[1:], r["pmid"]) for r in rows if r["pmid"] in revised])
                self._fts("insert", changed_ids)
                self._insert_children(children)
                changed_tags = [tag_by_pmid[p] for p in changed_ids if p in tag_by_pmid]
                if changed_tags:
                    self.save_tags(changed_tags, tagger_version)
            self.db.conn.executemany(
                "update articles set abstract_categories = ? where pmid = ? and abstract_categories is null",
                late_categories)
            # The reference list is outside the content hash (stored records did not have it): kept current here.
            self.db.conn.executemany(
                "update articles set cited_pmids = ? where pmid = ? and cited_pmids is not ?",
                [(c, p, c) for c, p in late_cited])
            if source != "check" and result.unchanged:
                self._execute_in("update articles set check_only = null where pmid in ({marks})", result.unchanged)
            if fetched_on and result.unchanged:
                self._execute_in("update articles set fetched_on = ? where pmid in ({marks})", result.unchanged,
                                 [fetched_on])
            if matches:
                self.add_matches(matches, run_id)
        return result

    def fetched_on(self, pmids: Iterable[str]) -> dict[str, str | None]:
        """pmid -> day it was last fetched from PubMed (None for imported records), for stored pmids."""
        return self._column_by_pmid("fetched_on", pmids)

    def check_only(self, pmids: Iterable[str]) -> set[str]:
        """The stored pmids among these that only `check` fetched: not counted in verdicts and digests."""
        return {p for p, v in self._column_by_pmid("check_only", pmids).items() if v}

    def _fts(self, action: str, pmids: list[str]) -> None:
        """Add rows to (or, before they change, remove them from) the external-content FTS index."""
        if action == "delete":
            sql = ("insert into articles_fts(articles_fts, rowid, title, abstract) "
                   "select 'delete', rowid, title, abstract from articles where pmid in ({marks})")
        else:
            sql = ("insert into articles_fts(rowid, title, abstract) "
                   "select rowid, title, abstract from articles where pmid in ({marks})")
        self._execute_in(sql, pmids)

    def _delete_children(self, pmids: list[str]) -> None:
        for table in ("authors", "mesh", "publication_types", "comments_corrections"):
            self._execute_in(f"delete from {table} where pmid in ({{marks}})", pmids)

    def _insert_children(self, kids: _Children) -> None:
        c = self.db.conn
        c.executemany("insert into authors values (?,?,?,?,?,?,?,?)", kids.authors)
        c.executemany("insert or ignore into mesh values (?,?,?,?,?)", kids.mesh)
        c.executemany("insert or ignore into publication_types values (?,?)", kids.pubtypes)
        c.executemany("insert into comments_corrections values (?,?,?,?)", kids.ccs)

    def mark_deleted(self, pmids: Sequence[str], day: str) -> list[str]:
        """Mark stored records that PubMed deleted (<DeleteCitation>) as deleted on `day`; they stay in
        the database (and in `show`), out of digests and verdicts. Returns the stored PMIDs marked."""
        stored = [p for p in self._column_by_pmid("deleted_on", pmids)]
        self._execute_in("update articles set deleted_on = ? where deleted_on is null and pmid in ({marks})",
                         stored, [day])
        return stored

    def deleted_records(self) -> dict[str, str]:
        """pmid -> the day PubMed withdrew it, for every record marked deleted."""
        return dict(self.db.execute("select pmid, deleted_on from articles where deleted_on is not null").fetchall())

    def deleted_on(self, pmid: str) -> str | None:
        return self._column_by_pmid("deleted_on", [pmid]).get(pmid)

    def add_matches(self, matches: dict[str, set[str]], run_id: int | None) -> None:
        """Record that condition searches found these PMIDs (pmid -> condition ids): from now on they
        count in verdicts and digests, also those only `check` had fetched."""
        stamp = now_iso()
        self._execute_in("update articles set check_only = null where check_only is not null and pmid in ({marks})",
                         list(matches))
        self.db.conn.executemany(
            "insert or ignore into article_queries values (?,?,?,?)",
            [(pmid, cid, run_id, stamp) for pmid, cids in matches.items() for cid in sorted(cids)])

    def get_article(self, pmid: str) -> Article | None:
        got = self.get_articles([pmid])
        return got[0] if got else None

    def get_articles(self, pmids: list[str]) -> list[Article]:
        """The stored records of these PMIDs, in this order."""
        out = self._articles_from_rows(list(self._select_in("select * from articles where pmid in ({marks})", pmids)))
        order = {p: i for i, p in enumerate(pmids)}
        return sorted(out, key=lambda a: order.get(a.pmid, 0))

    def article_pages(self, size: int = 1000, condition: str | None = None) -> Iterator[list[Article]]:
        """All stored articles (or those tagged with a condition id), by PMID, `size` at a time. Each page is read
        in full before it is handed out, so the caller may write between pages: a write on this connection under
        an open read cursor is refused by SQLite ("database table is locked")."""
        sql, params = "select pmid from articles", []
        if condition:
            sql += " where pmid in (select t.pmid from tags t, json_each(t.conditions) j where j.value = ?)"
            params = [condition]
        pmids = [r[0] for r in self.db.execute(sql + " order by cast(pmid as integer), pmid", params).fetchall()]
        for i in range(0, len(pmids), size):
            yield self.get_articles(pmids[i:i + size])

    def tagger_pages(self, size: int = 1000) -> Iterator[list[tuple]]:
        """Every stored record by PMID, `size` at a time, holding only the fields the tagger reads (and the article
        columns of its outcome_reads, _FACTS), in the shape they cross to a tagging worker (tag_pool.slim's tuples):
        what retag reads. Neither an Article nor the rest of a row
        is built (article_pages decodes a dozen JSON columns and builds a dict a row, for fields the tagger never
        reads), and each page's JSON columns are decoded in one json.loads."""
        pmids = [r[0] for r in self.db.execute("select pmid from articles order by cast(pmid as integer), pmid")]
        for i in range(0, len(pmids), size):
            page = pmids[i:i + size]
            rows: dict[str, tuple] = {}
            for part, marks in chunks(page):
                for p, *row in self.db.execute("select a.pmid, a.title, abstract_sections, abstract_categories, "
                                               f"publication_types, keywords, {', '.join(_FACTS)} from articles a "
                                               f"where a.pmid in ({marks})", part):
                    rows[p] = tuple(row)
            mesh, ccs = self._mesh_and_corrections(page)
            held = [p for p in page if p in rows]
            # each record's sections, categories (null when none were stored), publication types and keywords
            decoded = iter(_loads_all(text for p in held for text in (rows[p][1], rows[p][2] or "null", *rows[p][3:5])))
            out = []
            for p in held:
                sections, categories, pubtypes, keywords = next(decoded), next(decoded), next(decoded), next(decoded)
                cats = [None] * len(sections) if categories is None else categories
                parts = [(label, text, cat) for (label, text), cat in zip(sections, cats, strict=False)]
                out.append((p, rows[p][0] or "", parts, mesh.get(p, []), pubtypes, keywords, ccs.get(p, []),
                            rows[p][5:]))
            yield out

    def iter_articles(self, condition: str | None = None, chunk: int = 1000) -> Iterator[Article]:
        """All stored articles (or those tagged with a condition id), by PMID."""
        for page in self.article_pages(chunk, condition):
            yield from page

    def _articles_from_rows(self, rows: list[dict[str, Any]]) -> list[Article]:
        if not rows:
            return []
        ids = [r["pmid"] for r in rows]
        authors: dict[str, list[Author]] = {}
        for r in self._select_in("select * from authors where pmid in ({marks}) order by pmid, position", ids):
            authors.setdefault(r["pmid"], []).append(Author(
                r["last_name"], r["fore_name"], r["initials"], r["collective_name"], r["affiliation"],
                json.loads(r["affiliations"]) if r["affiliations"] else [x for x in [r["affiliation"]] if x]))
        mesh, ccs = self._mesh_and_corrections(ids)
        out = []
        for r in map(_decode, rows):
            p = r["pmid"]
            out.append(Article(
                pmid=p, title=r["title"] or "",
                abstract_sections=_sections(r["abstract_sections"], r["abstract_categories"]),
                journal=r["journal"], journal_iso=r["journal_iso"], medline_ta=r["medline_ta"],
                issn=r["issn"], volume=r["volume"], issue=r["issue"], pages=r["pages"],
                year=r["year"], pub_date=r["pub_date"], authors=authors.get(p, []),
                doi=r["doi"], pmcid=r["pmcid"],
                publication_types=r["publication_types"],
                mesh=[MeshHeading(*m) for m in mesh.get(p, [])], keywords=r["keywords"],
                nct_ids=r["nct_ids"], comments_corrections=[CommentCorrection(*c) for c in ccs.get(p, [])],
                languages=r["languages"], entrez_date=r["entrez_date"],
                revised_date=r["revised_date"], status=r["status"], kind=r["kind"] or "article",
                version=r["pmid_version"] or 1, cited_pmids=r["cited_pmids"],
            ))
        return out

    def _mesh_and_corrections(self, ids: Sequence[str]) -> tuple[dict[str, list[tuple]], dict[str, list[tuple]]]:
        """pmid -> its MeSH headings and pmid -> its CommentsCorrections links, each in stored order, as tuples of
        MeshHeading's and CommentCorrection's fields: what every way of reading records back (get_articles, and
        tagger_pages, which hands them to a tagging worker as they are) reads of the child tables."""
        mesh: dict[str, list[tuple]] = {}
        ccs: dict[str, list[tuple]] = {}
        for part, marks in chunks(ids):
            headings = self.db.execute(f"select pmid, descriptor, ui, major_topic, qualifiers from mesh where pmid in "
                                       f"({marks}) order by rowid", part).fetchall()
            for (p, descriptor, ui, major, _), qualifiers in zip(headings, _loads_all(h[4] for h in headings),
                                                                 strict=True):
                mesh.setdefault(p, []).append((descriptor, ui, bool(major), qualifiers))
            for p, *link in self.db.execute("select pmid, ref_type, ref_pmid, ref_source from comments_corrections "
                                            f"where pmid in ({marks}) order by rowid", part):
                ccs.setdefault(p, []).append(tuple(link))
        return mesh, ccs

    def matched_conditions(self, pmids: list[str] | None = None) -> dict[str, list[str]]:
        """pmid -> condition ids whose search found it."""
        out: dict[str, list[str]] = {}
        for pmid, cid in self.db.execute("select pmid, condition_id from article_queries order by pmid, condition_id"):
            out.setdefault(pmid, []).append(cid)
        if pmids is not None:
            keep = set(pmids)
            out = {k: v for k, v in out.items() if k in keep}
        return out

    def search(self, query: str, limit: int = 20) -> tuple[list[dict[str, Any]], int]:
        """Full-text search over title+abstract: the best `limit` rows and the number of all matches.
        Words are searched as typed (hyphens, apostrophes); "phrases", AND/OR/NOT, prefix* are FTS5's."""
        from .search_query import fts_query

        match = fts_query(query)
        if not match:
            raise LdnLitError("the search query is empty; give a word or a \"phrase\"")
        try:
            total = self.db.execute("select count(*) from articles_fts where articles_fts match ?",
                                    [match]).fetchone()[0]
            rows = list(self.db.query(
                "select a.pmid, a.year, a.journal_iso, a.title, "
                "snippet(articles_fts, 1, '[', ']', '…', 12) as snippet "
                "from articles_fts join articles a on a.rowid = articles_fts.rowid "
                "where articles_fts match ? order by rank limit ?", [match, limit]))
        except sqlite3.OperationalError as e:
            raise LdnLitError(f"search query {query!r} cannot be read ({e}); put AND/OR/NOT between words "
                              "and close parentheses") from None
        return rows, total

    # ---- named lookups ----------------------------------------------------------------------------
    def find_pmids(self, *, pmid: str | None = None, doi: str | None = None, pmcid: str | None = None) -> list[str]:
        """Stored PMIDs with this PMID, DOI (any case) or PMCID (any case)."""
        if pmid is not None:
            sql, value = "select pmid from articles where pmid = ?", pmid
        elif doi is not None:
            sql, value = "select pmid from articles where lower(doi) = ?", doi.lower()
        elif pmcid is not None:
            sql, value = "select pmid from articles where upper(pmcid) = ?", pmcid.upper()
        else:
            raise TypeError("find_pmids needs pmid, doi or pmcid")
        return [r[0] for r in self.db.execute(sql, [value])]

    def citation_fields(self, year: int | None = None, volume: str | None = None) -> list[dict[str, Any]]:
        """pmid, journal names, volume and pages of the records (of one year, of one volume, when given): what a
        reference's source is matched on."""
        where = [(c, v) for c, v in (("year", year), ("volume", volume)) if v is not None]
        sql = "select pmid, journal, journal_iso, medline_ta, volume, pages from articles"
        if where:
            sql += " where " + " and ".join(f"{c} = ?" for c, _ in where)
        return list(self.db.query(sql, [v for _, v in where]))

    def title_candidates(self, words: Sequence[str], limit: int = 20) -> list[str]:
        """PMIDs of the stored records whose titles share most of these words, best first (full-text rank
        over titles; any one word is enough to be listed): a pasted title is compared with these."""
        terms = [w for w in (re.sub(r"[^0-9A-Za-z]", "", w) for w in words) if w]
        if not terms:
            return []
        match = "title : (" + " OR ".join(f'"{w}"' for w in terms) + ")"
        return [r[0] for r in self.db.execute(
            "select a.pmid from articles_fts join articles a on a.rowid = articles_fts.rowid "
            "where articles_fts match ? order by rank limit ?", [match, limit])]

    def journals_on_condition(self, condition: str) -> list[tuple[str | None, str | None, str | None]]:
        """(journal, journal_iso, medline_ta) of each record tagged with the condition: does the database hold it?"""
        return [tuple(r) for r in self.db.execute(
            "select a.journal, a.journal_iso, a.medline_ta from articles a join tags t on t.pmid = a.pmid, "
            "json_each(t.conditions) j where j.value = ? and a.check_only is null", [condition])]

    def _evidence_where(self, until: str | None, conditions: Sequence[str] | None) -> tuple[str, list[Any]]:
        """The records verdicts count (entered PubMed on or before `until`, YYYY-MM-DD, when given; tagged with
        one of `conditions`, when given), as a where clause over articles a join tags t and its parameters."""
        sql, params = f" where {_COUNTED}", []
        if until:
            sql += f" and {_ENTERED} <= ?"
            params.append(until)
        on, conds = _on_conditions(conditions)
        return sql + on, params + conds

    def evidence_rows(self, until: str | None = None, conditions: Sequence[str] | None = None,
                      pmids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every counted tagged record (entered PubMed on or before `until`, YYYY-MM-DD, when given; tagged with
        one of `conditions`, when given; one of `pmids`, when given) with the article and tag columns the verdict
        rules read, decoded, by PMID. One query. Counted: not withdrawn, not fetched only by `check`. Records share
        one decoded list per distinct JSON text (a few hundred for 100,000 records): never change a row's lists."""
        sql = _evidence_select()
        where, params = self._evidence_where(until, conditions)
        if pmids is not None:
            where += " and a.pmid in (select value from json_each(?))"
            params.append(json.dumps(list(pmids)))
        cur = self.db.execute(sql + where + " order by cast(a.pmid as integer)", params)
        names = [d[0] for d in cur.description]
        lists: dict[str | None, list[Any]] = {}

        def decoded(text: str | None) -> list[Any]:
            if text not in lists:
                lists[text] = json.loads(text or "[]")
            return lists[text]

        return [_evidence_row(names, row, decoded) for row in cur]

    def evidence_groups(self, until: str | None = None, conditions: Sequence[str] | None = None) -> list[tuple]:
        """The records of evidence_rows (same arguments) grouped by the tag columns verdicts count by, as stored:
        (design, population, sample_size, dose_mg, dose_class, says_low_dose, outcomes, finding, retracted,
        conditions, finding_outcomes, PMIDs). One GROUP BY over the tags index (m015) and the few records that do
        not count (articles_counted): claims count 100,000 records from a few thousand rows and read in full
        (evidence_rows) only those they show or read."""
        # a tags row is stored with its article: no other is left out. Those not counted (m020's index), and with
        # `until` those that entered PubMed after it or on no known day (m017's index), each read from its index
        out = {r[0] for r in self.db.execute(f"select a.pmid from articles a indexed by articles_uncounted where "
                                             f"{_UNCOUNTED}")}
        if until:
            out.update(r[0] for r in self.db.execute(f"select a.pmid from articles a indexed by articles_entered where "
                                                     f"{_ENTERED} > ? or {_ENTERED} is null", [until]))
        on, params = _on_conditions(conditions)
        columns = ", ".join(f"t.{c}" for c in _COUNTED_TAGS)
        groups = []
        for *key, pmids in self.db.execute(f"select {columns}, group_concat(t.pmid) from tags t where 1{on} "
                                           f"group by {columns}", params):
            members = [p for p in pmids.split(",") if p not in out] if out else pmids.split(",")
            if members:
                groups.append((*key, members))
        return groups

    def outcome_reads(self, pmids: Sequence[str], outcomes: Sequence[str]) -> dict[str, tuple[int | None, dict]]:
        """pmid -> (year, {outcome ('' for any outcome): what a claim reads of the record on it, m016's columns after
        the year}) for these records and outcomes: the records a claim judges but does not show. A record with no
        read on them gets (None, {}): nothing is read of it."""
        out: dict[str, tuple[int | None, dict]] = {}
        if self.reads_current():
            # each record's few rows sought by PMID, in the order given (an IN list first built a temporary index of
            # 16,000 PMIDs), the outcome a test on them (+): a seek per PMID and outcome took 3x
            rows: Iterable[tuple] = self.db.execute(
                f"select r.pmid, r.outcome, {', '.join('r.' + c for c in _READ_COLS)} from json_each(?) p cross join "
                "outcome_reads r on r.pmid = p.value where +r.outcome in (select value from json_each(?))",
                [json.dumps(list(pmids)), json.dumps(list(outcomes))])
        else:  # stored by other rules: computed afresh (slower), as they would be stored
            wanted = set(outcomes)
            rows = [r for part, _ in chunks(list(pmids), 5000) for r in _reads_of(self.db, part) if r[1] in wanted]
        for row in rows:
            mine = out.get(row[0])
            if mine is None:
                mine = out[row[0]] = (row[2], {})
            mine[1][row[1]] = row[3:]
        return {p: out.get(p) or (None, {}) for p in pmids}

    def reads_current(self) -> bool:
        """Whether the stored outcome_reads were made by these claims rules (claims.READS_VERSION); `ldn-lit retag`
        stores them again when not."""
        from .claims import READS_VERSION

        row = self.db.execute("select value from meta where key = 'outcome_reads_version'").fetchone()
        return row is not None and row[0] == READS_VERSION

    def mark_reads_current(self) -> None:
        """After every record's tags were saved again (retag): their outcome_reads are this version's."""
        with self.atomic():
            _set_reads_version(self.db)

    def newest(self, pmids: Sequence[str], n: int) -> list[str]:
        """The n newest of these stored records (a record with no year last), then by PMID: the strongest of records
        alike in design and size. Sorted in SQL: no year crosses into Python. Many records (a long tie) are found
        by reading the index in that order (m019) until n of them are met (15,157 records: 0.04 -> 0.011 s); a few
        by a seek each, then a sort (read in order, 60 records among 100,000 would read much of the index)."""
        many = len(pmids) >= NEWEST_SCAN
        return [r[0] for r in self.db.execute(
            f"select pmid from articles{' indexed by articles_newest' if many else ''} where pmid in "
            f"(select value from json_each(?)) order by {_NEWEST_ORDER} limit ?", [json.dumps(list(pmids)), n])]

    def journal_names(self) -> list[tuple[str | None, str | None, str | None]]:
        """(journal, journal_iso, medline_ta) of every journal a counted record is in (from articles_journals, m020: in
        order, so each is met once)."""
        return [tuple(r) for r in self.db.execute(
            f"select distinct a.journal, a.journal_iso, a.medline_ta from articles a where {_COUNTED}")]

    def journal_pmids(self, names: Sequence[tuple[str | None, str | None, str | None]], until: str | None = None,
                      conditions: Sequence[str] | None = None) -> list[str]:
        """The PMIDs of the records of evidence_rows (`until`, `conditions`) in these journals (journal_names)."""
        where, params = self._evidence_where(until, conditions)
        out: list[str] = []
        for name in names:
            out += [r[0] for r in self.db.execute(
                f"select a.pmid from articles a join tags t on t.pmid = a.pmid{where} and a.journal_iso is ? "
                "and a.journal is ? and a.medline_ta is ?", [*params, name[1], name[0], name[2]])]
        return out

    def evidence_by_year(self, until: str | None, conditions: Sequence[str]) -> list[tuple[int, str, int]]:
        """(year, design ('' for none), records) over the records of evidence_rows (same arguments) that have a year:
        the digest's chart. From chart_counts (m017; a few thousand rows for 100,000 records), less the records that
        entered PubMed after `until` (none, for a window that ends today), read by the articles_entered index."""
        wanted = set(conditions)
        on: dict[str, bool] = {}  # conditions as stored -> on one of `conditions`
        counts: dict[tuple[int, str], int] = {}
        rows = self.db.execute(f"select {_CHART_KEY}, records from chart_counts").fetchall()
        if until:
            late = self.db.execute(
                "select a.year, ifnull(t.design, ''), ifnull(t.conditions, ''), -count(*) from articles a indexed by "
                f"articles_entered join tags t on t.pmid = a.pmid where ({_ENTERED} > ? or {_ENTERED} is null) "
                f"and {_COUNTED} and a.year is not null group by 1, 2, 3", [until]).fetchall()
            rows += late
        for year, design, text, n in rows:
            if text not in on:
                on[text] = not wanted.isdisjoint(json.loads(text or "[]"))
            if on[text]:
                counts[year, design] = counts.get((year, design), 0) + n
        return [(year, design, n) for (year, design), n in counts.items() if n]

    def records_entered(self, start: str, end: str) -> list[dict[str, Any]]:
        """Records that entered PubMed between two days (inclusive), newest first, with their tags (None/empty when
        untagged) and what tag_reasons says they are about when no condition matched (other_conditions: the matched
        words, read in SQL: a record's reasons are its longest text), decoded. Records share one decoded list per
        distinct JSON text: never change a row's lists."""
        cur = self.db.execute(
            "select a.pmid, a.title, a.journal, a.journal_iso, a.year, a.volume, a.issue, a.pages, a.doi, "
            "a.entrez_date, a.publication_types, t.conditions, t.design, t.population, t.sample_size, t.dose_mg, "
            "t.dose_class, t.finding, t.evidence, t.retracted, t.erratum, t.expression_of_concern, "
            "(select json_group_array(json_extract(r.value, '$.matched')) "
            "from json_each(t.tag_reasons, '$.other_conditions') r) as other_conditions "
            # the window read from the index on the day a record entered (m017): a scan took 13 ms at 100,000 records
            "from articles a indexed by articles_entered left join tags t on t.pmid = a.pmid "
            f"where {_ENTERED} between ? and ? and {_COUNTED} "
            "order by coalesce(a.entrez_date, a.first_stored_at) desc, cast(a.pmid as integer)", [start, end])
        names = [d[0] for d in cur.description]
        lists: dict[str | None, list[Any]] = {}
        out = []
        for row in cur:
            d = dict(zip(names, row, strict=True))
            for key in ("publication_types", "conditions", "dose_mg", "other_conditions"):
                text = d[key]
                if text not in lists:
                    lists[text] = json.loads(text or "[]")
                d[key] = lists[text]
            for key in ("retracted", "erratum", "expression_of_concern"):
                d[key] = bool(d[key])
            out.append(d)
        return out

    def count_entered(self, until: str) -> int:
        """Records that had entered PubMed by this day: those counted, less those entered later (or on no known day),
        read from the articles_entered index (m017)."""
        return self.db.execute(
            f"select (select count(*) from articles a where {_COUNTED}) - (select count(*) from articles a "
            f"indexed by articles_entered where ({_ENTERED} > ? or {_ENTERED} is null) and {_COUNTED})",
            [until]).fetchone()[0]

    def first_authors(self, pmids: Sequence[str], n: int = 4) -> dict[str, list[str]]:
        """pmid -> the first n authors as citations print them ("Cree BA", or a group's name)."""
        out: dict[str, list[str]] = {}
        for pmid, last, initials, group in self.db.execute(
                "select pmid, last_name, initials, collective_name from authors where position <= ? "
                "and pmid in (select value from json_each(?)) order by pmid, position", [n, json.dumps(list(pmids))]):
            out.setdefault(pmid, []).append(Author(last, None, initials, group).display)
        return out

    def article_texts(self) -> Iterator[tuple[str, str | None, str | None, list[str], int | None]]:
        """(pmid, title, abstract, NCT numbers of its DataBank list, year) of every stored record."""
        for r in self.db.query("select pmid, title, abstract, nct_ids, year from articles"):
            d = _decode(r)
            yield d["pmid"], d["title"], d["abstract"], d["nct_ids"], d["year"]

    def tagged_by_year(self, until: str | None = None) -> list[dict[str, Any]]:
        """year, design, population and conditions of each tagged record with a year (that had entered
        PubMed by `until`, when given): what the per-year charts count."""
        sql = ("select a.year, t.design, t.population, t.conditions from articles a join tags t on t.pmid = a.pmid "
               f"where a.year is not null and {_COUNTED}")
        return [_decode(r) for r in self.db.query(sql + f" and {_ENTERED} <= ?" if until else sql,
                                                  [until] if until else [])]

    # ---- tags -------------------------------------------------------------------------------
    def save_tags(self, tags: Sequence[Tags | TagRow | Tagged], tagger_version: str, *,
                  only_changed: bool = False) -> int:
        """Store the tags (Tags, their tag_row, or Tagged with their reads), replacing a record's old ones, with what
        claims read of them.

        With `only_changed` (retag), a row equal to the stored one, by the same tagger_version, is not written again,
        nor are its outcome_reads (unless the stored reads are another version's: every record's are stored again
        then), so a retag that changes nothing writes almost nothing; returns how many records' tags changed, compared
        as stored (a row whose text differs is decoded and compared as Tags, so only a real change counts)."""
        given = _tagged(tags)
        if not only_changed:
            self.write_tags([t.row for t in given], tagger_version, {t.row[0]: t.reads for t in given})
            return 0
        rows, changed = self._changed_tags([t.row for t in given], tagger_version)
        write = {r[0] for r in rows}
        every = not self.reads_current()
        self.write_tags(rows, tagger_version, {t.row[0]: t.reads for t in given if every or t.row[0] in write})
        return changed

    def _changed_tags(self, rows: list[TagRow], tagger_version: str) -> tuple[list[TagRow], int]:
        """The rows that differ from the stored ones (in text or tagger_version), and how many records' tags changed."""
        stored = self.stored_tags([r[0] for r in rows])
        differ, changed = [], 0
        for row in rows:
            write, change = tag_change(stored.get(row[0]), row, tagger_version)
            if write:
                differ.append(row)
            changed += change
        return differ, changed

    def stored_tags(self, pmids: Sequence[str]) -> dict[str, tuple]:
        """pmid -> (tagger_version, the rest of its tags row after the PMID) as stored: what tag_change compares."""
        stored: dict[str, tuple] = {}
        for part, marks in chunks(pmids):
            for r in self.db.execute(f"select pmid, tagger_version, {', '.join(_TAG_ROW[1:])} from tags "
                                     f"where pmid in ({marks})", part):
                stored[r[0]] = r[1:]
        return stored

    def write_tags(self, rows: Sequence[TagRow], tagger_version: str, reads: dict[str, list[tuple] | None]) -> None:
        """Store these tags rows and the outcome_reads of the records in `reads` (pmid -> its rows, computed where it
        was tagged, or None: computed here from the stored rows), in one transaction."""
        with self.atomic():  # the tags and what claims read of them, together
            if rows:
                # The statement sqlite-utils' upsert_all writes, run with executemany: it spent more time building
                # the statement and checking each value than SQLite spent storing the rows.
                cols = [*_TAG_ROW, "tagger_version", "tagged_at"]
                stamp = now_iso()
                self.db.conn.executemany(
                    f"insert into tags ({', '.join(cols)}) values ({', '.join('?' * len(cols))}) on conflict(pmid) "
                    f"do update set {', '.join(f'{c} = excluded.{c}' for c in cols[1:])}",
                    [(*r, tagger_version, stamp) for r in rows])
            if reads:
                _save_reads(self.db, reads)

    def count_stale_tags(self, tagger_version: str) -> int:
        """Records tagged by another version of the rules (before an upgrade): `ldn-lit retag` fixes them."""
        # two ranges of the tagger_version index (m018): "!=" would read every row
        return self.db.execute("select count(*) from tags where tagger_version < ? or tagger_version > ?",
                               [tagger_version, tagger_version]).fetchone()[0]

    def get_tags(self, pmids: list[str] | None = None) -> dict[str, Tags]:
        rows = (self.db.query("select * from tags") if pmids is None
                else self._select_in("select * from tags where pmid in ({marks})", pmids))
        return {r["pmid"]: _tags(r) for r in rows}

    # ---- runs and incremental state -----------------------------------------------------------
    def start_run(self, command: str, queries: list[str]) -> int:
        """Record a new run. Runs of the same command still marked 'running' were killed
        (the caller holds the update lock), so they are marked 'interrupted'."""
        with self.atomic():
            self.db.execute("update runs set status = 'interrupted' where status = 'running' and command = ?",
                            [command])
            run_id = self.db.table("runs").insert({
                "command": command, "started_at": now_iso(), "status": "running",
                "queries": _json(queries), "requests": 0, "new": 0, "revised": 0, "unchanged": 0,
            }).last_pk
        assert isinstance(run_id, int)  # an integer primary key: sqlite-utils types it Any | None
        return run_id

    def finish_run(self, run_id: int, status: str, *, requests: int = 0, new: int = 0,
                   revised: int = 0, unchanged: int = 0, error: str | None = None) -> None:
        with self.atomic():
            self.db.table("runs").update(run_id, {
                "finished_at": now_iso(), "status": status, "requests": requests, "new": new,
                "revised": revised, "unchanged": unchanged, "error": error})

    def query_state(self) -> dict[str, dict[str, Any]]:
        return {r["condition_id"]: r for r in self.db.query("select * from query_state")}

    def set_query_state(self, condition_id: str, term: str, success_date: str, count: int, run_id: int) -> None:
        with self.atomic():
            self.db.table("query_state").upsert({
                "condition_id": condition_id, "term": term, "last_success_date": success_date,
                "last_count": count, "last_run_id": run_id}, pk="condition_id")

    # ---- stats -----------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        q = self.db.execute
        return {
            "articles": self.count_articles(),
            "by_condition_searched": q(
                "select condition_id, count(*) from article_queries group by condition_id order by 2 desc").fetchall(),
            # A record can carry several conditions; "" counts records tagged with none of them.
            "by_condition_tagged": q(
                "select coalesce(j.value, '') as cid, count(*) as n from tags t left join json_each(t.conditions) j "
                "group by cid order by cid = '', n desc, cid").fetchall(),
            "by_condition_design_population": q(
                "select j.value, t.design, t.population, count(*) from tags t, json_each(t.conditions) j "
                "group by 1, 2, 3 order by 1, 4 desc, 2, 3").fetchall(),
            # Records about no configured condition, by what they are about instead (tagging's "other_conditions"
            # reasons: MeSH disease headings or title words), so new uses of the drug are not invisible.
            "other_conditions": q(
                "select json_extract(r.value, '$.matched') as term, count(*) as n from tags t, "
                "json_each(t.tag_reasons, '$.other_conditions') r where t.conditions = '[]' "
                "group by term order by n desc, term limit 25").fetchall(),
            "by_year": q("select year, count(*) from articles group by year order by year").fetchall(),
            "by_publication_type": q(
                "select publication_type, count(*) from publication_types group by 1 order by 2 desc, 1").fetchall(),
            "last_run": next(self.db.query("select * from runs order by id desc limit 1"), None),
        }


    # ---- digest runs -----------------------------------------------------------------------------
    def save_digest_run(self, run: dict[str, Any], verdicts: list[dict[str, Any]]) -> None:
        """Store a digest run (article, window_from, window_to, generated_at, fingerprint) and its verdicts
        (claim_id, claim, verdict, certainty, pmids). A stored run of the same article and window with the
        same fingerprint (the same verdicts) is replaced: running one digest again adds nothing. A store opened
        read-only (`digest` reads a current database through one: a writable store imports sqlite-utils, ~0.08 s
        of its start) writes it through a plain connection of its own, opened for this one transaction."""
        if not self.readonly:
            with self.atomic():
                _write_digest_run(self.db.conn, run, verdicts)
            return
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            with conn:  # one transaction: committed, or rolled back on any error
                _write_digest_run(conn, run, verdicts)
        except sqlite3.OperationalError as e:
            raise _explain(self.path, e) or e from None
        finally:
            conn.close()

    def previous_digest_run(self, article: str, window_to: str, fingerprint: str
                            ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]] | None:
        """The digest to compare with: the latest stored run of this article whose window ended by
        `window_to` and that gave other verdicts (another fingerprint), and its verdicts by claim id."""
        run = next(self.db.query(
            "select * from digest_runs where article = ? and window_to <= ? and fingerprint != ? "
            "order by window_to desc, id desc limit 1", [article, window_to, fingerprint]), None)
        if run is None:
            return None
        verdicts = {r["claim_id"]: {**r, "pmids": json.loads(r["pmids"] or "[]")} for r in self.db.query(
            "select claim_id, claim, verdict, certainty, pmids from digest_verdicts where run_id = ?", [run["id"]])}
        return run, verdicts

    # ---- trials (ClinicalTrials.gov) ----------------------------------------------------------
    # trials: one row per registered study; trial_conditions: which condition ids it is about and how
    # (found by that condition's registry search, or tagged from its conditions/MeSH/title like PubMed
    # records); trial_interventions; trial_references: the references the registry lists;
    # trial_links: trial <-> PubMed record, with the method that made each link; trial_query_state:
    # the incremental state of `ldn-lit trials update`.
    def save_trials(self, trials: list[Trial], conditions: dict[str, list[tuple[str, str, str]]],
                    *, fetched_on: str) -> SaveResult:
        """Insert new and replace changed trials with their children, atomically. `conditions` maps
        nct_id -> (condition_id, how, detail) rows: search rows accumulate, tag rows are replaced."""
        result = SaveResult([], [], [])
        ids = [t.nct_id for t in trials]
        old = {r["nct_id"]: (r["content_hash"], r["first_stored_at"]) for r in self._select_in(
            "select nct_id, content_hash, first_stored_at from trials where nct_id in ({marks})", ids)}
        stamp = now_iso()
        with self.atomic():
            for t in trials:
                d = t.to_dict()
                h = hashlib.sha1(repr(sorted(d.items())).encode()).hexdigest()
                prev = old.get(t.nct_id)
                rows = conditions.get(t.nct_id, [])
                searched = [(t.nct_id, cid, how, detail) for cid, how, detail in rows if how == "search"]
                if prev and prev[0] == h:
                    result.unchanged.append(t.nct_id)
                    self.db.execute("update trials set fetched_on = ? where nct_id = ?", [fetched_on, t.nct_id])
                    self.db.conn.executemany("insert or ignore into trial_conditions values (?,?,?,?)", searched)
                    continue
                (result.revised if prev else result.new).append(t.nct_id)
                for table in ("trial_interventions", "trial_references"):
                    self.db.execute(f"delete from {table} where nct_id = ?", [t.nct_id])
                self.db.execute("delete from trial_conditions where nct_id = ? and how != 'search'", [t.nct_id])
                row = {k: d[k] for k in _TRIAL_ROW_COLS if k in d}
                for k in ("phases", "conditions", "keywords", "condition_mesh", "primary_outcomes"):
                    row[k] = _json(row[k])
                row["has_results"] = int(t.has_results)
                row |= {"content_hash": h, "first_stored_at": prev[1] if prev else stamp, "updated_at": stamp,
                        "fetched_on": fetched_on}
                self.db.table("trials").upsert(row, pk="nct_id", alter=False)
                self.db.conn.executemany(
                    "insert into trial_interventions values (?,?,?,?,?,?,?)",
                    [(t.nct_id, i, x.type, x.name, x.description, _json(x.other_names), _json(x.dose_mg))
                     for i, x in enumerate(t.interventions, 1)])
                self.db.conn.executemany(
                    "insert into trial_references values (?,?,?,?,?)",
                    [(t.nct_id, i, r.pmid, r.type, r.citation) for i, r in enumerate(t.references, 1)])
                self.db.conn.executemany(
                    "insert or ignore into trial_conditions values (?,?,?,?)",
                    searched + [(t.nct_id, cid, how, detail) for cid, how, detail in rows if how != "search"])
        return result

    def count_trials(self) -> int:
        return self.db.execute("select count(*) from trials").fetchone()[0]

    def trial_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("select nct_id from trials order by nct_id")]

    def get_trials(self, nct_ids: list[str] | None = None) -> list[Trial]:
        """Stored trials (all when nct_ids is None), by NCT id."""
        if nct_ids is None:
            rows = list(self.db.query("select * from trials order by nct_id"))
        else:
            rows = sorted(self._select_in("select * from trials where nct_id in ({marks})", nct_ids),
                          key=lambda r: r["nct_id"])
        if not rows:
            return []
        wanted = None if nct_ids is None else set(nct_ids)
        inter: dict[str, list[TrialIntervention]] = {}
        for r in self.db.query("select * from trial_interventions order by nct_id, position"):
            if wanted is None or r["nct_id"] in wanted:
                inter.setdefault(r["nct_id"], []).append(TrialIntervention(
                    r["type"], r["name"] or "", r["description"], json.loads(r["other_names"] or "[]"),
                    json.loads(r["dose_mg"] or "[]")))
        refs: dict[str, list[TrialReference]] = {}
        for r in self.db.query("select * from trial_references order by nct_id, position"):
            if wanted is None or r["nct_id"] in wanted:
                refs.setdefault(r["nct_id"], []).append(TrialReference(
                    r["pmid"] if _stored_pmid(r["pmid"]) else None, r["type"], r["citation"]))
        out = []
        for r in rows:
            kw = {k: r[k] for k in _TRIAL_ROW_COLS if k in Trial.__dataclass_fields__}
            for k in ("phases", "conditions", "keywords", "condition_mesh", "primary_outcomes"):
                kw[k] = json.loads(kw[k] or "[]")
            kw["has_results"] = bool(kw["has_results"])
            out.append(Trial(**kw, interventions=inter.get(r["nct_id"], []), references=refs.get(r["nct_id"], [])))
        return out

    def trial_condition_rows(self) -> dict[str, list[tuple[str, str, str]]]:
        """nct_id -> (condition_id, how, detail) rows."""
        out: dict[str, list[tuple[str, str, str]]] = {}
        for nct, cid, how, detail in self.db.execute(
                "select nct_id, condition_id, how, detail from trial_conditions order by nct_id, condition_id, how"):
            out.setdefault(nct, []).append((cid, how, detail))
        return out

    def replace_trial_links(self, links: list[tuple[str, str, str, str, str]]) -> None:
        """All trial <-> paper links (nct_id, pmid, method, strength, detail), recomputed as a whole."""
        with self.atomic():
            self.db.execute("delete from trial_links")
            self.db.conn.executemany("insert or ignore into trial_links values (?,?,?,?,?)", links)

    def trial_links(self, *, nct_id: str | None = None, pmid: str | None = None) -> list[dict[str, Any]]:
        """Links with a PMID that is a number (versions before the registry checks could store others)."""
        where, params = [], []
        if nct_id:
            where.append("nct_id = ?")
            params.append(nct_id)
        if pmid:
            where.append("pmid = ?")
            params.append(pmid)
        sql = ("select l.*, a.title as paper_title, a.year as paper_year, t.title as trial_title "
               "from trial_links l left join articles a on a.pmid = l.pmid left join trials t on t.nct_id = l.nct_id"
               + f" where {_DIGITS.format('l.pmid')}" + "".join(f" and l.{w}" for w in where)
               + " order by l.strength = 'weak', l.nct_id, cast(l.pmid as integer), l.method")
        return list(self.db.query(sql, params))

    def linked_trials(self) -> dict[str, list[dict[str, str]]]:
        """pmid -> the trials linked to it: nct_id, registry_url, method, strength (for exports)."""
        out: dict[str, list[dict[str, str]]] = {}
        for nct, pmid, method, strength in self.db.execute(
                "select nct_id, pmid, method, strength from trial_links order by pmid, nct_id, method"):
            out.setdefault(pmid, []).append({"nct_id": nct, "registry_url": f"https://clinicaltrials.gov/study/{nct}",
                                             "method": method, "strength": strength})
        return out

    def linked_papers(self, pmids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """pmid -> what tells whether a linked paper is a trial's results report: its design tag,
        publication types, year and the day it entered PubMed (stored records only)."""
        return {r["pmid"]: _decode(r) for r in self._select_in(
            "select a.pmid, a.year, a.entrez_date, a.publication_types, t.design from articles a "
            f"left join tags t on t.pmid = a.pmid where {_COUNTED} and a.pmid in ({{marks}})", pmids)}

    def trial_query_state(self) -> dict[str, dict[str, Any]]:
        return {r["condition_id"]: r for r in self.db.query("select * from trial_query_state")}

    def set_trial_query_state(self, condition_id: str, query: str, success_date: str, count: int,
                              run_id: int) -> None:
        with self.atomic():
            self.db.table("trial_query_state").upsert({
                "condition_id": condition_id, "query": query, "last_success_date": success_date,
                "last_count": count, "last_run_id": run_id}, pk="condition_id")



# ---- Datasette (`ldn-lit serve`) -----------------------------------------------------------------
def datasette_metadata(database: str, conditions: dict[str, str] | None = None) -> dict[str, Any]:
    """Datasette metadata for this schema: table labels, facets, full-text search, canned queries.
    `database` is the name Datasette gives the file (its stem); `conditions` (id -> label, from
    queries.toml) names the conditions in the readable tags query. Internal tables are hidden, so the
    database page starts with `articles`."""
    from .vocabulary import DESIGNS, FINDINGS, OUTCOME_IDS, POPULATIONS

    def sql_text(x: str) -> str:
        return "'" + x.replace("'", "''") + "'"

    condition_label = ("case j.value " + " ".join(f"when {sql_text(c)} then {sql_text(n)}"
                                                   for c, n in (conditions or {}).items()) + " else j.value end")

    population = " ".join(f"when '{p.id}' then '{p.label}'" for p in POPULATIONS)
    rank = " ".join(f"when '{d.id}' then {d.rank}" for d in DESIGNS)
    label = " ".join(f"when '{d.id}' then '{d.label}'" for d in DESIGNS)
    record = ("a.pmid, a.title, a.year, a.journal_iso as journal, "
              f"case t.design {label} else t.design end as design, "
              f"case t.population {population} else t.population end as population, t.sample_size, t.dose_class, ")
    notice = ("case when t.retracted then 'RETRACTED' when t.expression_of_concern then 'expression of concern' "
              "when t.erratum then 'erratum' else '' end as notice")
    evidence_sql = (
        f"select {record}"
        "coalesce((select json_extract(o.value, '$.finding') from json_each(t.outcome_findings) o "
        "where json_extract(o.value, '$.outcome') = :outcome), t.finding) as finding, "
        "coalesce((select json_extract(o.value, '$.evidence') from json_each(t.outcome_findings) o "
        "where json_extract(o.value, '$.outcome') = :outcome), t.evidence) as evidence, "
        f"t.conditions, t.outcomes, {notice} "
        "from tags t join articles a on a.pmid = t.pmid "
        "where (:condition = '' or exists (select 1 from json_each(t.conditions) where value = :condition)) "
        "and (:outcome = '' or exists (select 1 from json_each(t.outcomes) where value = :outcome)) "
        "and (:text = '' or a.rowid in (select rowid from articles_fts where articles_fts match :text)) "
        f"order by t.retracted, case t.design {rank} else 9 end, t.population != 'human', "
        "t.sample_size is null, t.sample_size desc, a.year desc")
    tags_sql = (
        "select a.pmid, a.title, a.year, a.journal_iso as journal, "
        "(select group_concat(" + condition_label + ", '; ') from json_each(t.conditions) j) as conditions, "
        f"case t.design {label} else t.design end as design, case t.population {population} else t.population end "
        "as population, t.sample_size as people, "
        "(select group_concat(value || ' mg', ', ') from json_each(t.dose_mg)) as dose, "
        "replace(t.finding, '_', ' ') as finding, t.evidence, "
        f"{notice} from tags t join articles a on a.pmid = t.pmid "
        "where (:condition = '' or exists (select 1 from json_each(t.conditions) where value = :condition)) "
        "order by a.year desc, cast(a.pmid as integer) desc")
    new_sql = (
        f"select a.entrez_date, {record}t.finding, t.conditions, {notice} "
        "from articles a left join tags t on t.pmid = a.pmid "
        "where a.entrez_date >= date('now', '-7 days') order by a.entrez_date desc, a.pmid desc")
    return {
        "title": "ldn-lit: PubMed records on low-dose naltrexone",
        "description": "Records found by `ldn-lit update` (or imported), with their evidence tags. Every tag's "
                       "reason is in tags.tag_reasons.",
        "source": "PubMed (NCBI E-utilities)",
        "source_url": "https://pubmed.ncbi.nlm.nih.gov/",
        "databases": {database: {
            "tables": {
                "articles": {
                    "title": "PubMed records",
                    "description": "One row per PMID, as PubMed gives it. Search: title and abstract (full text).",
                    "label_column": "title",
                    "sort_desc": "entrez_date",
                    "facets": ["year", "journal_iso"],
                    "columns": {"entrez_date": "the day the record entered PubMed",
                                "kind": "article or book", "fetched_on": "last fetched from PubMed (by update)",
                                "check_only": "1: fetched only by `check`, not counted in verdicts and digests "
                                              "until a tracked search finds it",
                                "content_hash": "changes when PubMed revises the record"},
                },
                "tags": {
                    "title": "Evidence tags",
                    "description": "What each record is: conditions, design, population, size, dose, outcomes "
                                   "and finding (with the quoted sentence), and notices. Facets: condition, "
                                   "design and finding.",
                    "facets": [{"array": "conditions"}, "design", "finding"],
                    "columns": {"conditions": "condition ids (queries.toml)",
                                "design": "study design (docs/tags.md)",
                                "finding": "one of " + ", ".join(FINDINGS),
                                "evidence": "the sentence the finding rests on, quoted from the abstract",
                                "outcomes": "outcome domains: " + ", ".join(OUTCOME_IDS),
                                "outcome_findings": "finding and quoted sentence per outcome",
                                "blinding": "double_blind, single_blind, open_label; null: not stated",
                                "attrition": "randomised, completed, lost, percent lost, differential (JSON)",
                                "duration": "how long the treatment ran, as stated (e.g. 12 weeks)",
                                "comparator": "placebo, active, other_dose, usual_care, no_treatment, single_arm",
                                "tag_reasons": "why each tag: MeSH term, publication type or matched phrase"},
                },
                "article_queries": {"title": "Which condition search found which record",
                                    "facets": ["condition_id"], "hidden": True},
                "authors": {"title": "Authors, in order"},
                "mesh": {"title": "MeSH headings", "facets": ["descriptor"]},
                "publication_types": {"title": "PubMed publication types", "facets": ["publication_type"]},
                "comments_corrections": {"title": "Links to retractions, errata, comments",
                                         "facets": ["ref_type"]},
                "runs": {"title": "Runs of ldn-lit (update, import, retag)", "sort_desc": "id", "hidden": True},
                "query_state": {"title": "Incremental search state per condition", "hidden": True},
                "trials": {"title": "ClinicalTrials.gov studies", "label_column": "title",
                           "facets": ["overall_status", "study_type", "phases"]},
                "trial_conditions": {"title": "Which conditions each trial is about, and how we know",
                                     "facets": ["condition_id", "how"]},
                "trial_interventions": {"title": "Trial interventions"},
                "trial_references": {"title": "References a trial's registry entry lists"},
                "trial_links": {"title": "Trial <-> PubMed record links, with the method behind each",
                                "facets": ["method", "strength"]},
                "trial_query_state": {"title": "Incremental trial search state per condition", "hidden": True},
                "meta": {"hidden": True},
                "_sqlite_migrations": {"hidden": True},
                "digest_runs": {"title": "Digest runs (for the next digest's verdict changes)", "hidden": True},
                "digest_verdicts": {"title": "The verdicts each digest run gave", "hidden": True},
                "chart_counts": {"title": "Records by year, design and conditions (digest chart)", "hidden": True},
            },
            "queries": {
                "tags_readable": {
                    "title": "Evidence tags, readable",
                    "description": "Each record's tags with its title, in words: conditions by name, design, "
                                   "population, people studied, dose, finding and the sentence it rests on. "
                                   "Choose a condition, or leave it empty for all.",
                    "sql": tags_sql,
                    "params": ["condition"],
                },
                "evidence_for_claim": {
                    "title": "Evidence for a claim",
                    "description": "Records tagged with a condition and an outcome (choose from the lists), "
                                   "strongest design first; leave a choice empty for any. The finding "
                                   "and quoted sentence are the outcome's when the record has one. Optional "
                                   "full-text search words.",
                    "sql": evidence_sql,
                    "params": ["condition", "outcome", "text"],
                },
                "new_this_week": {
                    "title": "New this week",
                    "description": "Records that entered PubMed in the last 7 days, newest first (as far as the "
                                   "last `ldn-lit update` saw).",
                    "sql": new_sql,
                },
            },
        }},
    }
