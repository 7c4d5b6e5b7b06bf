"""Tagging in a pool of processes (ldn_lit.tag_pool): the same tags in the same order as in one process,
errors in a worker raised as they would be in this process. Records are SYNTHETIC (the labelled sets)."""

import os

import pytest

import labelled
from ldn_lit import tag_pool
from ldn_lit.config import load_config
from ldn_lit.errors import LdnLitError
from ldn_lit.models import Article
from ldn_lit.store import Tagged, read_facts, read_rows, tag_row
from ldn_lit.tag_pool import TAGGER_READS, Tagger
from ldn_lit.tagging import tag_article

CONDITIONS = load_config(None).all_conditions


@pytest.fixture(scope="module")
def records():
    return [a for name in ("development", "design_patterns", "finding_shapes") for a, _ in labelled.load(name).cases]


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(tag_pool, "CHUNK", 7)  # many tasks, finishing in any order


def _tagged(a):
    row = tag_row(tag_article(a, CONDITIONS))
    return Tagged(row, read_rows(read_facts(a), row))


def test_a_pool_gives_the_tags_of_one_process_in_input_order(records, small_chunks):
    """The tags rows and the outcome_reads rows made beside them (store.read_rows)."""
    want = [_tagged(a) for a in records]
    assert any(t.reads for t in want)
    with Tagger(CONDITIONS, 2, min_records=1) as tagger:
        assert tagger.tag(records) == want
        batches = [records[i:i + 13] for i in range(0, len(records), 13)]
        got = list(tagger.stream(iter(batches)))
        assert tagger._pool is not None  # the workers did the tagging
    assert [b for b, _ in got] == batches and [t for _, tags in got for t in tags] == want


def test_few_records_are_tagged_in_this_process(records):
    with Tagger(CONDITIONS, 2, min_records=len(records) + 1) as tagger:
        assert [t for _, tags in tagger.stream([records]) for t in tags] == [_tagged(a) for a in records]
        assert tagger._pool is None


def test_the_tagger_reads_only_what_crosses_to_a_worker(records):
    """Only TAGGER_READS reach a worker; a rule reading another field (authors, journal...) would tag
    differently there than in one process, so this fails first."""
    read = set()

    class Watched(Article):
        def __getattribute__(self, name):
            if not name.startswith("__"):
                read.add(name)
            return super().__getattribute__(name)

    for a in records:
        tag_article(Watched(**vars(a)), CONDITIONS)
    assert read - {"abstract"} <= set(TAGGER_READS) and "abstract_sections" in read  # abstract: a property


def _fail_on(pmid, real=tag_pool._tag_row, exit_=False):
    def tag_row(record):
        if (record[0] if isinstance(record, tuple) else record.pmid) == pmid:
            if exit_:
                os._exit(3)
            raise LdnLitError(f"PMID {pmid}: synthetic failure")
        return real(record)
    return tag_row


def test_an_error_in_a_worker_is_the_error_of_one_process(records, monkeypatch, small_chunks):
    monkeypatch.setattr(tag_pool, "_tag_row", _fail_on(records[20].pmid))
    for jobs in (1, 2):
        with Tagger(CONDITIONS, jobs, min_records=1) as tagger, \
                pytest.raises(LdnLitError, match=f"^PMID {records[20].pmid}: synthetic failure$"):
            tagger.tag(records)


def test_a_worker_that_dies_is_one_clear_error(records, monkeypatch, small_chunks):
    monkeypatch.setattr(tag_pool, "_tag_row", _fail_on(records[20].pmid, exit_=True))
    with Tagger(CONDITIONS, 2, min_records=1) as tagger, pytest.raises(LdnLitError, match="a tagging process died"):
        list(tagger.stream([records[:10], records[10:30], records[30:]]))


def test_jobs_below_one_is_refused():
    with pytest.raises(LdnLitError, match="--jobs 0"):
        Tagger(CONDITIONS, 0)


def _sigint_handler(_):
    import signal

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def test_workers_leave_ctrl_c_to_the_main_process(records):
    import signal

    with Tagger(CONDITIONS, 2, min_records=1) as tagger:
        tagger.tag(records[:2])
        assert all(tagger._pool.map(_sigint_handler, range(4)))
    assert signal.getsignal(signal.SIGINT) != signal.SIG_IGN
