"""Every phrase entry in ldn_lit/tagging/phrases/*.toml matches its examples and none of its counter-examples."""

import pytest

from ldn_lit.tagging import phrases

CASES = [(f"{name}.{key}", entry, text, want)
         for name in phrases.files() for key, entry in phrases.load(name).items()
         for want, texts in ((True, entry.examples), (False, entry.counter_examples)) for text in texts]


def test_every_entry_has_an_example():
    for name in phrases.files():
        for key, entry in phrases.load(name).items():
            assert entry.examples, f"phrases/{name}.toml [{key}] has no examples"


@pytest.mark.parametrize(("where", "entry", "text", "want"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_entry_matches_its_examples(where, entry, text, want):
    assert entry.matches(text) is want, f"{where}: {'should' if want else 'should not'} match {text!r}"


def test_an_entry_needs_patterns_or_phrases(tmp_path, monkeypatch):
    bad = "[x]\nexamples = ['a']\n"
    monkeypatch.setattr(phrases, "_read", lambda name: bad)
    phrases.load.cache_clear()
    with pytest.raises(ValueError, match="needs either patterns or phrases"):
        phrases.load("x")
    phrases.load.cache_clear()


def test_finding_positive_stays_one_alternation():
    # its doc says why: split into several patterns, the rule loses its branch-by-branch word gate (rule_words.Gate)
    # and runs whole on every sentence (+0.15 ms a record, session 16)
    from ldn_lit.tagging.finding import POSITIVE
    from ldn_lit.tagging.rule_words import gate

    assert len(phrases.load("finding")["positive"].patterns) == 1
    assert gate(POSITIVE) is not None and gate(POSITIVE)._branches is not None
