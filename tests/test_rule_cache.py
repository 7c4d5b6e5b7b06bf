"""The rules' build kept between runs (ldn_lit.tagging.rule_cache): a regex made from the kept code is the regex re
compiles; a process reading the file builds nothing and tags exactly as one that built everything; a broken file or a
directory that cannot be written costs only the time to build again. Records are SYNTHETIC (the labelled sets)."""

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ldn_lit.tagging import TAGGER_VERSION, rule_cache

# Tags a labelled set in a fresh process: prints how many rule builds it made itself, and a digest of every tag.
SCRIPT = r"""
import hashlib, json, sys
sys.path.insert(0, sys.argv[1])
import labelled
from ldn_lit.config import load_config
from ldn_lit.store import tag_row
from ldn_lit.tagging import rule_cache, tag_article
conditions = load_config(None).all_conditions
rows = [tag_row(tag_article(a, conditions)) for a, _ in labelled.load("development").cases]
built = len(rule_cache._new)
rule_cache.save()
print(json.dumps({"built": built, "tags": hashlib.md5(repr(rows).encode()).hexdigest()}))
"""


def _tag_in_a_new_process(cache_dir: str) -> dict:
    env = {**os.environ, "LDN_LIT_CACHE_DIR": cache_dir}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(Path(__file__).parent)], env=env, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\b(?:placebo|sham)\b", 0),
    (r"(?P<n>\d+) (?:patients|participants)(?: \((?P<pct>\d+)%\))?", 0),
    (r"^(BACKGROUND|INTRODUCTION)", re.I),
    (r"(?<!non-)\bpain\b(?=\s)", 0),
    (r"\d{1,3}(?:,\d{3})*\s*mg", re.X),
])
def test_a_kept_regex_is_the_regex_re_compiles(pattern, flags):
    """Pattern equality compares the flags, the pattern text and the compiled code."""
    kept = rule_cache.compiled(marshal.loads(marshal.dumps(rule_cache.spec(
        re._parser.parse(pattern, flags), flags, pattern))))
    assert kept == re.compile(pattern, flags)
    assert (kept.groups, kept.groupindex) == (re.compile(pattern, flags).groups, re.compile(pattern, flags).groupindex)


def test_a_process_reading_the_file_builds_nothing_and_tags_the_same(tmp_path):
    cache = tmp_path / "cache"
    first = _tag_in_a_new_process(str(cache))
    files = list(cache.iterdir())
    assert first["built"] > 100 and [f.name for f in files] == [rule_cache.path().name]
    second = _tag_in_a_new_process(str(cache))
    assert second == {"built": 0, "tags": first["tags"]}
    nothing_kept = _tag_in_a_new_process("")  # LDN_LIT_CACHE_DIR empty: every rule built, nothing written
    assert nothing_kept["built"] == first["built"] and nothing_kept["tags"] == first["tags"]


def test_a_broken_file_is_built_again_and_replaced(tmp_path):
    cache = tmp_path / "cache"
    good = _tag_in_a_new_process(str(cache))
    file = next(cache.iterdir())
    file.write_bytes(file.read_bytes()[:1000])  # cut short, as by a full disk
    again = _tag_in_a_new_process(str(cache))
    assert again == good  # every rule built again, the same tags
    assert _tag_in_a_new_process(str(cache))["built"] == 0  # and the file written whole


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """rule_cache as a new process finds it, its directory `tmp_path`."""
    monkeypatch.setenv("LDN_LIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rule_cache, "_entries", None)
    monkeypatch.setattr(rule_cache, "_new", set())
    monkeypatch.setattr(rule_cache, "_used", set())
    return tmp_path


def _write(entries):
    rule_cache.path().write_bytes(marshal.dumps({"format": rule_cache._FORMAT, "entries": entries}))


def test_save_keeps_this_versions_entries_and_drops_the_unused_older_ones(fresh):
    _write({("words", "old unused"): (1, "1"), ("words", "old used"): (2, "1"),
            ("words", "another process's"): (3, TAGGER_VERSION)})
    assert rule_cache.memo("words", "old used", lambda: pytest.fail("built again")) == 2
    assert rule_cache.memo("words", "new", lambda: 4) == 4
    rule_cache.save()
    kept = marshal.loads(rule_cache.path().read_bytes())["entries"]
    assert kept == {("words", "old used"): (2, TAGGER_VERSION), ("words", "another process's"): (3, TAGGER_VERSION),
                    ("words", "new"): (4, TAGGER_VERSION)}


def test_nothing_is_written_when_nothing_was_built(fresh):
    _write({("words", "x"): (1, "1")})
    before = rule_cache.path().read_bytes()
    rule_cache.memo("words", "x", lambda: pytest.fail("built again"))
    rule_cache.save()
    assert rule_cache.path().read_bytes() == before


def test_a_directory_that_cannot_be_written_is_no_error(fresh, monkeypatch):
    blocker = fresh / "a file"
    blocker.write_text("")
    monkeypatch.setenv("LDN_LIT_CACHE_DIR", str(blocker / "cache"))  # under a file: mkdir fails
    assert rule_cache.memo("words", "y", lambda: 5) == 5
    rule_cache.save()
    assert not (blocker / "cache").exists() and list(fresh.iterdir()) == [blocker]


def test_a_file_of_another_shape_reads_as_none(fresh):
    rule_cache.path().parent.mkdir(parents=True, exist_ok=True)
    for junk in (b"", b"not marshal", marshal.dumps([1, 2]), marshal.dumps({"format": 0, "entries": {}})):
        rule_cache.path().write_bytes(junk)
        assert rule_cache._read(rule_cache.path()) == {}



def test_an_entry_damaged_inside_a_sound_file_is_built_again(fresh):
    """A file that reads, holding compiled code _sre rejects (a disk's flipped bytes): the regex is compiled again."""
    _write({("regex0", r"\bpain\b"): ((r"\bpain\b", 32, b"\x01\x02\x03\x04", 0, {}, (None,)), TAGGER_VERSION)})
    assert rule_cache.regex(r"\bpain\b") == re.compile(r"\bpain\b")
    assert rule_cache._new == {("regex0", r"\bpain\b")}  # built, and written over the damaged one at the next save
