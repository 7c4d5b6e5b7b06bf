"""fastre: a rule rewritten to start with literals finds exactly what it found before, at the edges too
(start of text, a word character before, a later start position, a non-ASCII letter, groups)."""

import re

import pytest

from ldn_lit.tagging.fastre import fast
from ldn_lit.tagging.text import Prefiltered

TEXTS = ["worsened", "xworsened", "it worsened", "_worsen", "éworsen", "non-sleep quality", "non sleep",
         "sleep quality",
         "(or 1.5", "; or 2.0", "or 1.2", "adjusted or 3.1", "odds or 2.2", "wmd -0.8", "md 1.1", "a smd", "bcx",
         "abcx", "ax", "y z", "zy z", "12 vs 13", "a1 vs 2", "x -3 vs +4", ".5 vs 1", "1.5 vs 2", "ci 1 to 2",
         "95% ci 1 to 2", "was harmful", "were harmful", "when", "s.x", "a.x", ".x", "sx zx", "the rat",
         "rats", "pirate", "a-rat", "random\nwords", "", "p<0.05", "by group", "between-group"]
PATTERNS = [
    r"\bworsen(?:ed|ing)?\b",
    r"(?<!non-)(?<!non )\b(?:sleep[\s-]+quality|insomnia|sleep)\b",
    r"(?:^|[(\[;,]\s*|adjusted )(?:or|rr)\s*[:=,]?\s*\d+\.\d+",
    r"\b(?:w?md|smd)\b\s*[-+]?\.?\d",
    r"\b(a|bc)x",
    r"(?:\bx)|(?:\b(y|z))",
    r"\b(?:was|were) (?:harmful|a)|\bwhen",
    r"\B\.x|\b\.x",
    r"\b[sz]x",
    r"\brats?\b|\bpirate",
    r"(?P<word>\brat)s?|\bwhen",
    r"\b\w+ harmful|\bwhen|\bby group\b|\bbetween-group\b",  # a branch that cannot start with a literal
    r"\b(?:was|when) (\w+)",  # a group after an alternation
    r"\b(?:a )?(when|x)",  # a group after an optional start
    r"\bp\s*[<=>]",
    r"(?<![\w.])[-+]?(?:\d+(?:\.\d+)?|\.\d+) vs [-+]?\d+|(?:\d+\s?%\s?)?ci \d",  # no branch starts with a literal
    r"\bor \d|(?<![\w.])\d+ vs \d+",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_rewritten_pattern_matches_what_the_pattern_matches(pattern):
    plain, rule = re.compile(pattern), Prefiltered(re.compile(pattern))
    for text in TEXTS:
        for pos in range(0, 4):
            got, want = rule.search(text, pos), plain.search(text, pos)
            assert (got and (got.span(), got.groupdict(), got.groups())) == \
                (want and (want.span(), want.groupdict(), want.groups())), (text, pos)
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert rule.sub("#", text) == plain.sub("#", text) and rule.split(text) == plain.split(text), text


def test_a_rule_starting_with_a_word_boundary_is_rewritten_to_start_with_its_letters():
    found = fast(re.compile(r"(?<!non-)\b(?:sleep|insomnia)\b"))
    assert found.rx.pattern is None and found.scanners is None  # rewritten: compiled from the parsed pattern
    assert fast(re.compile(r"sleep")).rx.pattern == "sleep"  # starts with a literal already: left as it is
    assert fast(re.compile(r"\bsleep", re.I)).rx.pattern == r"\bsleep"  # a flag: left as it is
    grouped = fast(re.compile(r"\b(?P<what>sleep|insomnia)"))
    assert grouped.rx.pattern is None and grouped.rx.groupindex == {"what": 1}  # a group stays one group
    after = fast(re.compile(r"\b(?:sleep|insomnia) (\w+)"))  # the branches rewritten, the group after them kept
    assert after.rx.pattern is None and after.scanners is None
    repeated = fast(re.compile(r"\b(?:poor )?(sleep)"))  # the group would be written twice: scanned apart
    assert repeated.rx.pattern == r"\b(?:poor )?(sleep)" and len(repeated.scanners) == 1
    joined = fast(re.compile(r"(?:\bmice\b)|(?:\brats?\b)|(?:\b(?:was|were) (?:harmful|similar)\b)"))
    assert joined.rx.pattern is None and joined.scanners is None  # an entry's patterns, joined: one rewrite
    mixed = fast(re.compile(r"\bsleep|\b\d+ nights"))
    assert len(mixed.scanners) == 2  # a branch starting with \d is scanned by a second regex...
    assert str(mixed.trees[1]).startswith("[(IN, [(CATEGORY, CATEGORY_DIGIT)])")  # ...led by the digits it starts with
    digits = fast(re.compile(r"(?<![\w.])[-+]?\d+ vs \d+"))
    assert len(digits.scanners) == 1 and digits.scanners[0].search("was 12 vs 13").start() == 4
    assert fast(re.compile(r"\w+ vs \d+")).scanners is None  # a word character is nearly everywhere: no gain
