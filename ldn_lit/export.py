"""Export stored records with their tags (and `trials export` the registry's trials) as JSON, JSON Lines or CSV.

Add an export format here: a writer function and its entry in WRITERS. `ldn-lit export` and
`ldn-lit trials export` offer every format in WRITERS, and list them in their --help.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import LdnLitError
from .safe_output import csv_cell

if TYPE_CHECKING:  # not imported at run time: the CLI reads FORMATS for its help without loading the database layer
    from .store import Store

Row = dict[str, Any]

# CSV has no lists: these columns are joined with "; ".
_CSV_COLUMNS = [
    "pmid", "title", "journal", "journal_iso", "year", "volume", "issue", "pages", "first_author",
    "authors", "doi", "pmcid", "publication_types", "mesh", "keywords", "nct_ids", "languages",
    "entrez_date", "revised_date", "status", "kind", "matched_queries", "conditions", "design",
    "population", "sample_size", "size_class", "included_studies", "dose_mg", "dose_class",
    "outcomes", "finding", "evidence", "outcome_findings", "blinding", "attrition", "duration", "comparator",
    "comparator_drug", "retracted", "erratum", "expression_of_concern",
    "deleted_on", "abstract",
    "linked_trials",
]


def export_records(store: Store, condition: str | None = None) -> Iterator[dict[str, Any]]:
    """Every stored record as a dict: the parsed PubMed fields, the matched queries and the tags."""
    matched = store.matched_conditions()
    trials = store.linked_trials()
    deleted = store.deleted_records()
    articles = store.iter_articles(condition)
    while True:
        chunk = list(islice(articles, 1000))
        if not chunk:
            break
        tags = store.get_tags([a.pmid for a in chunk])
        for a in chunk:
            yield _record(a, tags.get(a.pmid), matched.get(a.pmid, []), deleted.get(a.pmid), trials.get(a.pmid, []))


def export_record(store: Store, pmid: str) -> dict[str, Any] | None:
    """One stored record as `export` writes it (`ldn-lit show PMID --json`), or None when not stored."""
    a = store.get_article(pmid)
    if a is None:
        return None
    return _record(a, store.get_tags([pmid]).get(pmid), store.matched_conditions([pmid]).get(pmid, []),
                   store.deleted_on(pmid), store.linked_trials().get(pmid, []))


def _record(a: Any, t: Any, matched: list[str], deleted: str | None, trials: list[Any]) -> dict[str, Any]:
    d = a.to_dict()
    d["first_author"] = a.first_author  # a property: to_dict() has only the authors list
    d["matched_queries"] = matched
    d["deleted_on"] = deleted  # the day PubMed withdrew it (<DeleteCitation>), or null
    d["linked_trials"] = trials  # registered trials (ldn-lit trials update), with how they were linked
    td = t.to_dict() if t else {}
    td.pop("pmid", None)
    d.update(td)
    return d


@dataclass(frozen=True)
class Flat:
    """How records become rows of a flat format (CSV has no lists): its columns, and one record's row."""

    columns: list[str]
    row: Callable[[Row], Row]


def _write_json(records: Iterable[Row], out: IO[str], flat: Flat) -> int:
    """One JSON array, a record per line (streamed: the whole export is never held in memory)."""
    n = 0
    out.write("[")
    for r in records:
        n += 1
        out.write(("\n" if n == 1 else ",\n") + json.dumps(r, ensure_ascii=False))
    out.write("\n]\n" if n else "]\n")
    return n


def _write_jsonl(records: Iterable[Row], out: IO[str], flat: Flat) -> int:
    n = 0
    for r in records:
        n += 1
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return n


def _write_csv(records: Iterable[Row], out: IO[str], flat: Flat) -> int:
    n = 0
    w = csv.DictWriter(out, fieldnames=flat.columns, extrasaction="ignore")
    w.writeheader()
    for r in records:
        n += 1
        row = flat.row(r)
        w.writerow({k: csv_cell(row.get(k)) for k in flat.columns})  # no cell a spreadsheet would run
    return n


# format name -> writer(records, out, flat) returning the number of records written
WRITERS: dict[str, Callable[[Iterable[Row], IO[str], Flat], int]] = {
    "json": _write_json, "jsonl": _write_jsonl, "csv": _write_csv,
}
FORMATS = tuple(WRITERS)


def write_export(records: Iterable[Row], fmt: str, out: IO[str], flat: Flat | None = None) -> int:
    """Write records (export_records' by default, or another kind with its own Flat) in a format."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}") from None
    return writer(records, out, flat or RECORDS)


def _csv_value(key: str, v: Any) -> Any:
    if key == "authors":
        return "; ".join(
            a.get("collective_name") or " ".join(x for x in (a.get("last_name"), a.get("initials")) if x)
            for a in v or [])
    if key == "linked_trials":
        return "; ".join(f"{x['nct_id']} ({x['method']}{', weak' if x['strength'] == 'weak' else ''})" for x in v or [])
    if key == "mesh":
        return "; ".join(("*" if m["major_topic"] else "") + m["descriptor"] for m in v or [])
    if key == "outcome_findings":  # "pain (primary): null (between_arm); sleep: positive (within_arm)"; the
        # sentences and effect estimates are in JSON exports
        return "; ".join(f"{f['outcome']}{' (primary)' if f['primary'] else ''}: {f['finding']}"
                         + (f" ({f['comparison']})" if f.get("comparison") not in (None, "none") else "")
                         for f in v or [])
    if key == "attrition":  # "13 of 60 lost (21.7%), unequal between arms"
        from .models import Attrition

        return Attrition(**v).text() if v else None
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    if isinstance(v, bool):
        return int(v)
    return v


RECORDS = Flat(_CSV_COLUMNS, lambda r: {k: _csv_value(k, r.get(k)) for k in _CSV_COLUMNS})


# ---- reading an export back (`ldn-lit import` of a JSON or JSON Lines export) ----------------------
@dataclass
class ExportedRecord:
    """One record of an ldn-lit export, as import stores it again: the article (its tags are recomputed
    by the current rules), the searches that found it and the day PubMed withdrew it, if it did."""

    article: Any  # models.Article
    matched_queries: list[str]
    deleted_on: str | None


def looks_like_export(head: bytes) -> bool:
    """An ldn-lit JSON export starts with '[' and a record, JSON Lines with a record: '{"pmid"'."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b'{"pmid"') or (text.startswith(b"[") and text[1:].lstrip().startswith(b'{"pmid"')) \
        or text.startswith(b"[]")


def read_export(path: Path) -> Iterator[ExportedRecord]:
    """The records of a JSON (one array, a record a line, as `export` writes it) or JSON Lines export.
    A line that is not a record stops the import with its number."""
    with open(path, encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]", "[]"):
                continue
            try:
                yield exported_record(json.loads(line))
            except (ValueError, TypeError, KeyError) as e:
                raise LdnLitError(f"line {number} is not a record of an ldn-lit export ({e}); export again with "
                                  "`ldn-lit export --format json`") from None


def exported_record(d: dict[str, Any]) -> ExportedRecord:
    """A record of an export (a dict as export_records() yields it) as an Article and its matches."""
    from .models import AbstractSection, Article, Author, CommentCorrection, MeshHeading

    if not isinstance(d, dict) or not str(d.get("pmid") or "").strip():
        raise ValueError("no pmid")
    article_fields = {f.name for f in dataclass_fields(Article)}
    kept = {k: v for k, v in d.items() if k in article_fields}
    kept["pmid"] = str(kept["pmid"])
    kept["abstract_sections"] = [AbstractSection(**x) for x in d.get("abstract_sections") or []]
    kept["authors"] = [Author(**x) for x in d.get("authors") or []]
    kept["mesh"] = [MeshHeading(**x) for x in d.get("mesh") or []]
    kept["comments_corrections"] = [CommentCorrection(**x) for x in d.get("comments_corrections") or []]
    return ExportedRecord(Article(**kept), list(d.get("matched_queries") or []), d.get("deleted_on"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a crash or a full disk never leaves a half-written one behind."""
    path = Path(path)
    if not path.parent.is_dir():
        raise LdnLitError(f"cannot write {path}: folder {path.parent} does not exist; create it or choose another -o")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        # mkstemp makes the file private (0600); give it the mode any new file gets (or the old file had).
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def export_to_string(store: Store, fmt: str, condition: str | None = None) -> tuple[str, int]:
    buf = io.StringIO(newline="")
    n = write_export(export_records(store, condition), fmt, buf)
    return buf.getvalue(), n
