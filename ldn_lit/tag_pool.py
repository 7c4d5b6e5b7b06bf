"""Tagging on every core: the tagger is pure CPU (regexes over each abstract), so a pool of processes
divides its wall time by the cores (never its CPU time: each record costs as much as before, plus handing
it over). Results come back in input order, so the tags, and everything stored, are byte-identical to
tagging in this process (`--jobs 1`).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import LdnLitError
from .models import Article

if TYPE_CHECKING:
    from .config import Condition
    from .store import Prepared, Tagged, TagRow

# Records a worker tags per task: big enough that the hand-over (pickling records and tags) is a few
# per cent of the tagging, small enough that two workers share a 500-record batch.
CHUNK = 250
# Records this process tags itself before it starts the workers: the rules they reach compile here, once, and every
# worker inherits them compiled (each worker compiled them again on its own, some 0.3-0.5 s CPU each).
WARM = 32
# Fewer records than this are tagged in this process: starting workers (a fork each) and handing records
# over cost more than a second core gains below it (docs/benchmarks.md, the break-even).
MIN_RECORDS = 400

T = TypeVar("T")
# A record as it crosses to a worker (slim): the TAGGER_READS fields, as plain tuples and lists.
Slim = tuple[Any, ...]
# What retag's worker sends back of a record: its tags row and reads when they are to be written, and whether the
# tags changed (_retag_records).
Retagged = tuple[Any, Any, bool]
# What a worker does to a list of records (a chunk): _tag_records, or _retag_records with its arguments bound.
Work = Callable[[Sequence[Any]], list[Any]]


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_conditions: list[Condition] = []


def _init(conditions: list[Condition]) -> None:
    global _conditions
    _conditions = conditions


def _worker_init(conditions: list[Condition]) -> None:
    """A worker leaves Ctrl-C to the ldn-lit process, which stops them and says it was interrupted (without
    this each worker would print a traceback of its own)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init(conditions)


def _tag_row(record: Article | Slim) -> TagRow:
    """One record's tags as the tags table stores them (store.tag_row): made where it is tagged."""
    from .store import tag_row
    from .tagging import tag_article

    return tag_row(tag_article(unslim(record) if isinstance(record, tuple) else record, _conditions))


def _tagged(record: Article | Slim) -> Tagged:
    """A record's tags row with its outcome_reads rows (store.read_rows)."""
    from .store import Tagged, read_facts, read_rows

    row = _tag_row(record)
    return Tagged(row, read_rows(record[7] if isinstance(record, tuple) else read_facts(record), row))


def _tag_records(records: Sequence[Article | Slim]) -> list[Tagged]:
    """_tagged() of each record; then what the rules first used here were built into is kept (rule_cache.save), for
    the next process that tags."""
    from .tagging.rule_cache import save

    out = [_tagged(r) for r in records]
    save()
    return out


def _import_records(slices: Sequence[bytes]) -> list[tuple[Prepared, Tagged, list[str]]]:
    """import's work on each record cut from its file (pubmed_xml.record_slices): parsed here (parse_record), its rows
    as they are stored (store.prepare), its tags with their reads, and the warnings of its parse. Raises
    pubmed_xml.Unsliced when a record does not parse alone (the file is then parsed whole)."""
    from .pubmed_xml import ParseNotes, parse_record
    from .store import prepare
    from .tagging.rule_cache import save

    out = []
    for s in slices:
        notes = ParseNotes()
        a = parse_record(s, notes)
        out.append((prepare(a), _tagged(a), notes.warnings))
    save()
    return out


def _retag_records(items: Sequence[tuple[Slim, tuple | None]], version: str, all_reads: bool) -> list[Retagged]:
    """retag's work on each (record, its stored tags row): the row when it must be written (store.tag_change), its
    reads when they must be (with the row, or every record's when `all_reads`), and whether its tags changed. The
    comparison is made here, so a record whose tags are as stored sends nothing back."""
    from .store import read_rows, tag_change
    from .tagging.rule_cache import save

    out: list[Retagged] = []
    for record, stored in items:
        row = _tag_row(record)
        write, changed = tag_change(stored, row, version)
        out.append((row if write else None, read_rows(record[7], row) if write or all_reads else None, changed))
    save()
    return out


# What the tagger reads of a record (tests/test_tag_pool.py watches it read nothing else): only these cross
# to a worker, as plain tuples, which pickle several times faster than the dataclasses, and without the
# authors, affiliations and reference lists that are most of a real record; then the article columns the claims read
# beside the tags (store.read_facts), for the record's outcome_reads. retag reads them from the database in this
# shape (Store.tagger_pages), so the main process builds no Article for a worker to rebuild.
TAGGER_READS = ("pmid", "title", "abstract_sections", "mesh", "publication_types", "keywords",
                "comments_corrections")


def slim(a: Article) -> Slim:
    from .store import read_facts

    return (a.pmid, a.title, [(s.label, s.text, s.category) for s in a.abstract_sections],
            [(m.descriptor, m.ui, m.major_topic, m.qualifiers) for m in a.mesh], a.publication_types, a.keywords,
            [(c.ref_type, c.pmid, c.ref_source) for c in a.comments_corrections], read_facts(a))


def unslim(t: Slim) -> Article:
    from .models import AbstractSection, Article, CommentCorrection, MeshHeading

    pmid, title, sections, mesh, pubtypes, keywords, ccs = t[:7]
    return Article(pmid=pmid, title=title, abstract_sections=[AbstractSection(*s) for s in sections],
                   mesh=[MeshHeading(*m) for m in mesh], publication_types=pubtypes, keywords=keywords,
                   comments_corrections=[CommentCorrection(*c) for c in ccs])


class Tagger:
    """Tags records with `jobs` processes (1: in this process). Use as a context manager: the workers
    stop with it."""

    def __init__(self, conditions: list[Condition], jobs: int | None = None, *, min_records: int | None = None):
        if jobs is not None and jobs < 1:
            raise LdnLitError(f"--jobs {jobs}: give 1 or more processes (1 tags in this process)")
        self.conditions = conditions
        self.jobs = jobs or default_jobs()
        self.min_records = MIN_RECORDS if min_records is None else min_records
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Tagger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing

            fork = "fork" in multiprocessing.get_all_start_methods()
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=multiprocessing.get_context("fork") if fork else None,
                initializer=_worker_init, initargs=(self.conditions,))
        return self._pool

    def _submit(self, records: Sequence[Any], work: Work) -> list[Future[list[Any]]]:
        first: list[Future[list[Any]]] = []
        if self._pool is None:  # the first records tagged here, the rules they reach compiled before the fork
            first, records = [_done(self._here(records[:WARM], work))], records[WARM:]
        pool = self._executor()
        crossing = [r if not isinstance(r, Article) else slim(r) for r in records]
        return first + [pool.submit(work, crossing[i:i + CHUNK]) for i in range(0, len(crossing), CHUNK)]

    def _here(self, records: Sequence[Any], work: Work) -> list[Any]:
        _init(self.conditions)
        return work(records)

    def tag(self, articles: Sequence[Article | Slim]) -> list[Tagged]:
        """The tags of `articles` (Articles, or their slim tuples) with their reads (store.Tagged), in their order."""
        return self.run(articles, _tag_records)

    def run(self, records: Sequence[Any], work: Work) -> list[Any]:
        """`work` (_tag_records, _retag_records) done on `records`, by the workers or here, its results in order."""
        if self.jobs == 1 or len(records) < self.min_records:
            return self._here(records, work)
        return _gather(self._submit(records, work))

    def stream(self, batches: Iterable[Sequence[Article | Slim]]) -> Iterator[tuple[Sequence[Article | Slim], list]]:
        """Each batch with its tags (store.Tagged), in order. While the workers tag a batch, this process reads the
        next one (parsing, or reading the database) and stores the one before."""
        return self.stream_by(batches, lambda batch: batch)

    def imports(self, batches: Iterable[list[bytes]]
                ) -> Iterator[tuple[list[bytes], list[tuple[Prepared, Tagged, list[str]]]]]:
        """Each batch of records cut from a PubMed XML file (pubmed_xml.record_slices) with each record parsed, as it is
        stored, and tagged (_import_records), in order."""
        return self.stream_by(batches, lambda batch: batch, _import_records)

    def retag(self, pages: Iterable[tuple[list[Slim], dict[str, tuple]]], version: str, all_reads: bool
              ) -> Iterator[tuple[tuple[list[Slim], dict[str, tuple]], list[Retagged]]]:
        """Each page of retag (its records, and their stored tags rows by PMID: Store.stored_tags) with what is to be
        written of each record (_retag_records), in order."""
        from functools import partial

        work = partial(_retag_records, version=version, all_reads=all_reads)
        return self.stream_by(pages, lambda page: [(r, page[1].get(r[0])) for r in page[0]], work)

    def stream_by(self, items: Iterable[T], records: Callable[[T], Sequence[Any]], work: Work = _tag_records
                  ) -> Iterator[tuple[T, list[Any]]]:
        """stream() over any items that carry a batch of records (`records(item)`), for any `work`."""
        pending: deque[tuple[T, list[Future[list[Any]]]]] = deque()
        seen = 0
        for item in items:
            batch = records(item)
            seen += len(batch)
            if self.jobs == 1 or (self._pool is None and seen < self.min_records):
                pending.append((item, [_done(self.run(batch, work))]))
            else:
                pending.append((item, self._submit(batch, work)))
            while len(pending) > 1 and (len(pending) > self.jobs or all(f.done() for f in pending[0][1])):
                done, got = pending.popleft()
                yield done, _gather(got)
        while pending:
            done, got = pending.popleft()
            yield done, _gather(got)


def _done(tags: list[Any]) -> Future[list[Any]]:
    here: Future[list[Any]] = Future()
    here.set_result(tags)
    return here


def _gather(got: list[Future[list[Any]]]) -> list[Any]:
    """The results in order; an error in a worker is raised here as it would have been in this process."""
    try:
        return [t for f in got for t in f.result()]
    except BrokenProcessPool:
        raise LdnLitError("a tagging process died (out of memory, or killed); nothing from this batch was saved. "
                          "Run the command again, with --jobs 1 to tag in one process") from None
