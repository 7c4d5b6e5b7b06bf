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

if TYPE_CHECKING:
    from .config import Condition
    from .models import Article
    from .store import TagRow

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


def _tag_chunk(articles: list[Article]) -> list[TagRow]:
    """The tags of each record as the tags table stores them (store.tag_row): made where they are tagged."""
    from .store import tag_row
    from .tagging import tag_article

    return [tag_row(tag_article(a, _conditions)) for a in articles]


# What the tagger reads of a record (tests/test_tag_pool.py watches it read nothing else): only these cross
# to a worker, as plain tuples, which pickle several times faster than the dataclasses, and without the
# authors, affiliations and reference lists that are most of a real record. retag reads them from the database in
# this shape (Store.tagger_pages), so the main process builds no Article for a worker to rebuild.
TAGGER_READS = ("pmid", "title", "abstract_sections", "mesh", "publication_types", "keywords",
                "comments_corrections")


def slim(a: Article) -> Slim:
    return (a.pmid, a.title, [(s.label, s.text, s.category) for s in a.abstract_sections],
            [(m.descriptor, m.ui, m.major_topic, m.qualifiers) for m in a.mesh], a.publication_types, a.keywords,
            [(c.ref_type, c.pmid, c.ref_source) for c in a.comments_corrections])


def unslim(t: Slim) -> Article:
    from .models import AbstractSection, Article, CommentCorrection, MeshHeading

    pmid, title, sections, mesh, pubtypes, keywords, ccs = t
    return Article(pmid=pmid, title=title, abstract_sections=[AbstractSection(*s) for s in sections],
                   mesh=[MeshHeading(*m) for m in mesh], publication_types=pubtypes, keywords=keywords,
                   comments_corrections=[CommentCorrection(*c) for c in ccs])


def _tag_slim(records: list[Slim]) -> list[TagRow]:
    return _tag_chunk([unslim(t) for t in records])


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

    def _submit(self, articles: Sequence[Article | Slim]) -> list[Future[list[TagRow]]]:
        first: list[Future[list[TagRow]]] = []
        if self._pool is None:  # the first records tagged here, the rules they reach compiled before the fork
            first, articles = [_done(self._tag_here(articles[:WARM]))], articles[WARM:]
        pool = self._executor()
        records = [a if isinstance(a, tuple) else slim(a) for a in articles]
        return first + [pool.submit(_tag_slim, records[i:i + CHUNK]) for i in range(0, len(records), CHUNK)]

    def _tag_here(self, articles: Sequence[Article | Slim]) -> list[TagRow]:
        _init(self.conditions)
        return _tag_chunk([unslim(a) if isinstance(a, tuple) else a for a in articles])

    def tag(self, articles: Sequence[Article | Slim]) -> list[TagRow]:
        """The tags of `articles` (Articles, or their slim tuples) as store.tag_row gives them, in their order."""
        if self.jobs == 1 or len(articles) < self.min_records:
            return self._tag_here(articles)
        return _gather(self._submit(articles))

    def stream(self, batches: Iterable[Sequence[Article | Slim]]
               ) -> Iterator[tuple[Sequence[Article | Slim], list[TagRow]]]:
        """Each batch with its tags, in order. While the workers tag a batch, this process reads the next
        one (parsing, or reading the database) and stores the one before."""
        return self.stream_by(batches, lambda batch: batch)

    def stream_by(self, items: Iterable[T], articles: Callable[[T], Sequence[Article | Slim]]
                  ) -> Iterator[tuple[T, list[TagRow]]]:
        """stream() over any items that carry a batch of records (`articles(item)`)."""
        pending: deque[tuple[T, list[Future[list[TagRow]]]]] = deque()
        seen = 0
        for item in items:
            batch = articles(item)
            seen += len(batch)
            if self.jobs == 1 or (self._pool is None and seen < self.min_records):
                pending.append((item, [_done(self.tag(batch))]))
            else:
                pending.append((item, self._submit(batch)))
            while len(pending) > 1 and (len(pending) > self.jobs or all(f.done() for f in pending[0][1])):
                done, got = pending.popleft()
                yield done, _gather(got)
        while pending:
            done, got = pending.popleft()
            yield done, _gather(got)


def _done(tags: list[TagRow]) -> Future[list[TagRow]]:
    here: Future[list[TagRow]] = Future()
    here.set_result(tags)
    return here


def _gather(got: list[Future[list[TagRow]]]) -> list[TagRow]:
    """The tags in order; an error in a worker is raised here as it would have been in this process."""
    try:
        return [t for f in got for t in f.result()]
    except BrokenProcessPool:
        raise LdnLitError("a tagging process died (out of memory, or killed); nothing from this batch was saved. "
                          "Run the command again, with --jobs 1 to tag in one process") from None
