"""text.Prefiltered: a rule's regex is skipped when the text holds none of the strings every match contains.
The needles are read off the pattern (required_literals); a wrong needle would silently lose matches, so
every rule the taggers build is run with and without its prefilter over every labelled abstract and every
phrase example, and must give the same answer."""

import gc
import re
import zlib
from functools import cache

import pytest

from labelled import all_sets
from ldn_lit.models import Article
from ldn_lit.tagging import phrases, tag_article
from ldn_lit.tagging.text import (
    PhraseLists,
    PhraseMatcher,
    Prefiltered,
    Rule,
    fold,
    required_literals,
    sentences,
    words_of,
)


@pytest.mark.parametrize(("pattern", "needles"), [
    (r"\bsignificant(?:ly)? (?:\w+ ){0,2}improv", {"improv"}),  # one long needle beats two
    (r"randomi[sz]ed", {"randomised", "randomized"}),
    (r"(?:was|were) (?:similar|comparable) at baseline", {"was similar at baseline", "was comparable at baseline",
                                                          "were similar at baseline", "were comparable at baseline"}),
    (r"(?:\bmice\b)|(?:\brats?\b)", {"mice", "rat"}),  # "rat" lets "rats" through: no need to test both
    (r"(?<!non-)\b(?:sleep[\s-]+quality|insomnia)\b", {"insomnia", "quality"}),  # "sleep quality" holds "quality"
    (r"(?P<n>\d+) patients", {" patients"}),
    (r"(?:abc)+x", {"abc"}),
    (r"(?:\d+ )?(?:mg|µg)", None),  # needles under three letters are in nearly every text
    (r"(?i)aspirin", None),  # case-insensitive: the literals are not what the text must hold
    (r"aspirin|(?i:ibuprofen)", None),
    (r"aspirin|\d+", None),  # a branch without a literal
    (r"(?:aspirin)?", None),
])
def test_required_literals(pattern, needles):
    assert required_literals(pattern) == (frozenset(needles) if needles is not None else None)


def _rules() -> list[Prefiltered]:
    for name in phrases.files():
        for entry in phrases.load(name).values():
            phrases.rule(entry) if entry.patterns else phrases.matcher(entry)
    tag_article(Article(pmid="1", title="t"), [])  # imports every tagger's module-level rules
    for o in gc.get_objects():  # each compiles on first use: compile them all now
        if isinstance(o, Rule):
            assert o.rx.rx is not None
        elif isinstance(o, PhraseMatcher):
            assert all(rx.rx is not None for rx, _ in o._rules)
    return [o for o in gc.get_objects() if isinstance(o, Prefiltered)]


@cache
def _texts() -> list[str]:
    """Every phrase example and counter-example, and about 6,000 of the labelled sets' titles, abstracts and sentences
    (one in `step`, chosen by a checksum of the text, so every set is in it and the choice is the same on every run):
    these tests run every rule over every text; with all of 53 sets' texts they took five of CI's ten minutes, and with
    a third of 108 sets' (11,000 texts) the first of them alone took five. The step grows with the corpus."""
    labelled_texts = {t for labelled in all_sets() for art, _ in labelled.cases
                      for t in (art.title, art.abstract, *(s.text for s in sentences(art)))}
    step = max(3, len(labelled_texts) // 6000)
    texts = {t for t in labelled_texts if zlib.crc32(t.encode()) % step == 0}
    for name in phrases.files():
        for entry in phrases.load(name).values():
            texts.update(entry.examples + entry.counter_examples)
    return sorted(texts) + sorted({fold(t) for t in texts})


def test_a_prefilter_never_loses_a_match():
    rules, texts = _rules(), _texts()
    filtered = [r for r in rules if r.needles is not None]
    assert len(filtered) > 50  # most rules have needles
    for r in filtered:  # where the needles are there, the regex runs as before: only the skips can be wrong
        lost = [t for t in texts if r._absent(t) and r.rx.search(t)]
        assert not lost, (r.pattern[:80], sorted(r.needles), lost[:3])


def test_a_text_without_a_needle_is_not_searched():
    rule = Rule(r"\b(?:aspirin|ibuprofen) (?:\d+ )?mg")
    assert rule.rx.needles == {"aspirin ", "ibuprofen "}
    rule.rx.rx = re.compile("")  # would match anything, were it run
    assert rule.rx.search("naltrexone 4.5 mg") is None
    assert rule.rx.search("aspirin 100 mg") is not None


def test_a_phrase_list_runs_its_regex_only_with_all_words_of_a_phrase():
    m = PhraseMatcher(["sleep quality", "crohn's disease", "MS"])
    assert m.search("Sleep was poor.") is None and m._candidates(frozenset(["sleep", "was", "poor"])) == []
    assert m.search("Sleep-quality improved.") == "Sleep-quality"
    assert m.search("crohns disease") == "crohns disease"  # "crohn's" is not required as a word
    assert m.search("MS relapses") == "MS"
    joined = PhraseMatcher(["well-being"])  # no word between spaces: the words of one way it can be written
    assert joined._candidates(frozenset()) == [] and joined._candidates(frozenset(["rose", "wellbeing"])) == [0]
    assert joined._candidates(frozenset(["well", "being"])) == [0] and joined.search("Well being rose.") == "Well being"
    # a hyphenated word joined up: the list is asked by the phrase's whole word ("malaise"), which both writings hold
    assert PhraseMatcher(["post-exertional malaise"]).search("Postexertional malaise fell.") == "Postexertional malaise"


def test_the_first_phrase_is_the_one_an_alternation_finds():
    """Earliest start first; at one start the longer phrase, and an acronym before the others."""
    m = PhraseMatcher(["pain", "pain intensity", "VAS", "relief", "NRS"])
    assert m.search("Relief of pain intensity was rated.") == "Relief"
    assert m.search("The pain intensity fell; relief came late.") == "pain intensity"
    assert m.search("Pain on the VAS fell.") == "Pain"
    assert m.search("On the VAS, pain fell.") == "VAS"
    assert m.search("non-pain scores and vas") is None  # an acronym as written only; "non-" is not the phrase


def _alternation(phrases: list[str], text: str) -> str | None:
    """What a phrase list finds read as one alternation of its phrases, with no prefilter: acronyms as written
    (longest first), the others folded (longest first), an acronym winning a tie."""
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))

    def body(p: str) -> str:
        return re.escape(p).replace("'", "['’]?").replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")

    acronyms = [body(p) for p in ordered if len(p) <= 5 and p.replace("/", "").isupper()]
    others = [body(p).lower() for p in ordered if not (len(p) <= 5 and p.replace("/", "").isupper())]
    hits = [m for m in (re.search(r"\b(?:" + "|".join(acronyms) + r")\b", text) if acronyms else None,
                        re.search(r"(?<!non-)(?<!non )\b(?:" + "|".join(others) + r")\b", fold(text)) if others
                        else None) if m]
    first = min(hits, key=lambda m: m.start(), default=None)
    return None if first is None else text[first.start():first.end()]


def test_the_phrase_prefilter_never_loses_a_match():
    """Each phrase's regex behind its own word test, the first match chosen among them, finds what the plain
    alternation of the list finds, in every labelled abstract, sentence and phrase example."""
    _rules()
    matchers = [o for o in gc.get_objects() if isinstance(o, PhraseMatcher) and "_rules" in vars(o)]
    assert len(matchers) > 20
    texts = _texts()
    for m in matchers:
        assert [m.search(t) for t in texts] == [_alternation(m._phrases, t) for t in texts], m._phrases[:5]


def test_every_rule_finds_what_its_regex_finds():
    """fastre's rewrite of each rule (and its scanners) against the plain regex it came from: the same first
    match from a later position (span and groups), and every match."""
    rules, every = _rules(), _texts()
    texts = [t for t in every if t == fold(t)]  # the rules read folded text (the acronym lists excepted)
    assert sum(1 for r in rules if r.rx.pattern is None or r._scanners) > 50  # most rules are rewritten
    for r in rules:
        plain = re.compile(r.pattern, r.rx.flags)
        for t in texts if r.pattern == r.pattern.lower() else every:
            got, want = r.search(t, 5), plain.search(t, 5)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (r.pattern, t)
            assert [(m.span(), m.groups()) for m in r.finditer(t)] == [(m.span(), m.groups()) for m in
                                                                        plain.finditer(t)], (r.pattern, t)
            assert r.found(t) == (plain.search(t) is not None), (r.pattern, t)


def test_attrition_reads_only_sentences_holding_one_of_its_keys():
    """attrition.py skips a sentence without one of _SENTENCE_KEYS: each of its five patterns must need one."""
    from ldn_lit.tagging import attrition

    texts = [fold(t) for t in _texts()] + ["a loss to follow-up rate of 12% was seen.", "loss to follow-up was 9%."]
    patterns = (attrition.OF_M, attrition.N_OF_M, attrition.N_VERB, attrition.RATE_RE, attrition.PCT_LOST)
    matched = [t for t in texts if any(rx.search(t) for rx in patterns)]
    assert len(matched) > 20
    assert all(any(k in t for k in attrition._SENTENCE_KEYS) for t in matched)
    shares = [t for t in texts if attrition.RATE_RE.search(t) or attrition.PCT_LOST.search(t)]
    assert len(shares) > 5 and all("%" in t for t in shares)  # the two rate patterns run only where a "%" is


def test_phrase_lists_find_what_each_list_finds_alone():
    """PhraseLists (outcome domains) asks one word index for every list: the same first phrase of each list, in the
    lists' order, as each list's own PhraseMatcher, in every labelled abstract, sentence and phrase example."""
    from ldn_lit.tagging.outcomes import DOMAINS, VOCABULARY

    alone = {domain: PhraseMatcher(list(p)) for domain, p in VOCABULARY.items()}
    texts = _texts()
    found = 0
    for t in texts:
        expected = [(d, m) for d, matcher in alone.items() if (m := matcher.search(t))]
        assert DOMAINS.search(t) == expected, t[:80]
        low = fold(t)
        assert DOMAINS.names(t, low, words_of(low)) == [d for d, _ in expected], t[:80]  # the lists without phrases
        found += len(expected) > 1
    assert found > 50  # many texts name several domains
    lists = PhraseLists({"a": ["sleep quality", "EQ-5D"], "b": ["sleep"], "c": ["MS"]})
    assert lists.search("EQ-5D and sleep quality rose; MS") == [("a", "EQ-5D"), ("b", "sleep"), ("c", "MS")]
    assert lists.search("Nothing here.") == []
    assert lists.names("EQ-5D and MS", "eq-5d and ms", frozenset({"eq", "5d", "and", "ms"})) == ["a", "c"]
