"""rule_words: a rule is not run when the text lacks, for every way through its pattern, one of the words that way
spells whole. A wrong word would silently lose a match, so every rule the taggers build is checked against every
labelled abstract (title, whole abstract, each sentence) and every phrase example: where the rule matches, the gate
must let it run."""

import gc
import re

import pytest

from ldn_lit.models import Article
from ldn_lit.tagging import phrases, tag_article
from ldn_lit.tagging.rule_words import found, gate, may_match, required_words, search, top_branches
from ldn_lit.tagging.text import Rule, fold, words_of
from test_prefilter import _texts as labelled_texts


@pytest.mark.parametrize(("pattern", "ways"), [
    (r"\bstudy protocol\b", [{"study", "protocol"}]),
    (r"\b(?:mice|rats?)\b", [{"mice"}, {"rat"}, {"rats"}]),
    (r"\brandomi[sz]ed\b", [{"randomised"}, {"randomized"}]),
    (r"\bexperimental(?:ly)? induced\b", [{"experimental", "induced"}, {"experimentally", "induced"}]),
    (r"(?<!non-)(?<!non )\b(?:sleep[\s-]+quality)\b", [{"sleep", "quality"}]),  # look-behinds take no room
    (r"\bcross-?over\b", [{"crossover"}, {"cross", "over"}]),
    (r"\bwe (?:enrolled|treated) \d+", [{"we", "enrolled"}, {"we", "treated"}]),  # "\d+" bounds no word
    (r"ldn", None),  # no word edge: "ldn" may be part of a longer word
    (r"\bplacebo", None),  # "placebos", "placebo-controlled": no edge after it
    (r"\b\w+ trial\b", [{"trial"}]),
    (r"\b(?:trial|\d+ weeks)\b", [{"trial"}, {"weeks"}]),
    (r"\b(?:trial|\d+weeks)\b", None),  # one way with no word standing alone ("12weeks"): always run
    (r"(?i)\bmice\b", None),  # a flag: not read
    (r"\binduc\w* (?:\w+ ){0,2}flares?\b", [{"flare"}, {"flares"}]),  # a repeat's last copy ends with a space
    (r"\bno (?:\w+ ){0,2}?effect\b", [{"no", "effect"}]),
])
def test_required_words(pattern, ways):
    got = required_words(pattern)
    assert (got and sorted(map(sorted, got))) == (ways and sorted(map(sorted, ways)))


def test_a_rule_without_all_words_of_some_way_is_not_run():
    rule = Rule(r"\b(?:this trial will|study protocol)\b")
    assert not may_match(rule, words_of("this trial was run"))
    assert may_match(rule, words_of("this trial will run"))
    assert may_match(rule, words_of("the study protocol"))
    assert may_match(Rule(r"ldn"), frozenset())  # no gate: always run


def _rules() -> list[Rule]:
    for name in phrases.files():
        for entry in phrases.load(name).values():
            if entry.patterns:
                phrases.rule(entry)
    tag_article(Article(pmid="1", title="t"), [])  # imports every tagger's module-level rules
    return [o for o in gc.get_objects() if isinstance(o, Rule)]


def test_a_gate_never_loses_a_match():
    rules, texts = _rules(), sorted({fold(t) for t in labelled_texts()})
    gated = [r for r in rules if gate(r) is not None]
    assert len(gated) > 50  # most rules spell their words
    for r in gated:
        lost = [t for t in texts if not may_match(r, words_of(t)) and r.rx.search(t)]
        assert not lost, (r.rx.pattern[:80], lost[:3])


@pytest.mark.parametrize(("pattern", "split"), [
    (r"\b(a|b)", ("\\b(", ["a", "b"], ")")),
    (r"(?:(?:a)|(?:b))\b", ("(?:", ["(?:a)", "(?:b)"], ")\\b")),
    (r"(?:x|[|)]y|z\(|w)", ("(?:", ["x", "[|)]y", "z\\(", "w"], ")")),
    (r"[]|]|x", ("", ["[]|]", "x"], "")),
    (r"(?:a|b)?c", None),  # the alternation is optional: not the pattern's
    (r"(?=a|b)c", None),
    (r"abc", None),
])
def test_top_branches(pattern, split):
    assert top_branches(pattern) == split


def test_a_rule_runs_only_its_branches_whose_words_are_there(monkeypatch):
    rule = Rule(r"\b(?:worsened\b|deteriorat\w+)")  # "deteriorat\w+" spells no word whole: it is the rest
    g = gate(rule)
    assert g is not None and g.rest is not None and g.rest.pattern == r"\b(?:deteriorat\w+)"
    assert search(rule, "it worsened", words_of("it worsened")).group() == "worsened"
    assert search(rule, "it deteriorated", words_of("it deteriorated")).group() == "deteriorated"
    assert search(rule, "it improved", words_of("it improved")) is None
    assert found(rule, "it deteriorated", words_of("it deteriorated"))
    # the whole rule would match anything, were it run (undone after the test: compiled rules are shared)
    monkeypatch.setattr(rule.rx, "rx", re.compile(""))
    assert search(rule, "it deteriorated", words_of("it deteriorated")).group() == "deteriorated"  # the rest ran


def test_a_gated_search_finds_what_the_rule_finds():
    rules, texts = _rules(), sorted({fold(t) for t in labelled_texts()})
    split = [r for r in rules if (g := gate(r)) is not None and g.rest is not None]
    assert len(split) > 10
    for r in (r for r in rules if gate(r) is not None):
        for t in texts:
            got, want = search(r, t, words_of(t)), r.rx.search(t)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (r.rx.pattern, t)
            assert found(r, t, words_of(t)) == (want is not None)


def test_an_alternation_of_many_branches_runs_only_those_filed_under_the_texts_words(monkeypatch):
    """found() on a rule of many branches runs, for each key word of the text, only the branches filed under it (a
    small regex each); "\\b\\w+ improved" runs as "(?<=\\w )improved", which matches somewhere exactly when it does."""
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
             "lima", "mike", "november", "oscar", "papa"]
    rule = Rule(r"\b(?:" + "|".join(rf"{w} ok\b" for w in words) + r"|\w+ improved\b|tango\w*)")
    g = gate(rule)
    assert g is not None and g._branches is not None  # 18 branches: found() runs them by key
    for text, want in [("the papa ok", True), ("papa is ok", False), ("pain improved", True), ("improved", False),
                       (" improved", False), ("x  improved", False), ("_ improved", True), ("tangos", True)]:
        assert found(rule, text, words_of(text)) is want, text
        assert (rule.rx.search(text) is not None) is want, text
    # the whole rule would match anything, were it run (undone after the test: compiled rules are shared)
    monkeypatch.setattr(rule.rx, "rx", re.compile(""))
    assert not found(rule, "papa is ok", words_of("papa is ok"))  # only "papa ok\b" ran, and found nothing
