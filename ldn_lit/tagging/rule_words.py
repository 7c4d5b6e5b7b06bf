"""Which words a rule needs: a word-set test run before the rule's regex, with the same results.

A rule (text.Rule) that starts with \\b and common letters costs re ~30 ns a character: it tries the pattern wherever
one of its first letters stands. But most rules find nothing in most abstracts, and every match of most rules
contains certain whole words ("protocol", "will"). The abstract's words are read once (text.words_of), and a rule
whose words are not all there for any way through it is not run: a set test instead of a scan.

required_words() reads the pattern with re's own parser: every way through it (alternations, optional parts and sets
of a few letters taken apart), and on each way the words it spells between word boundaries (\\b, or a character
outside a-z0-9), which are words of the text as words_of reads them (maximal runs of a-z0-9) wherever it matches.
A way without such a word makes the rule run always (Gate is None).
"""

from __future__ import annotations

import re
import re._constants as c  # type: ignore[import-not-found]
import re._parser as parser  # type: ignore[import-not-found]
from typing import Any

from ..models import Article
from .text import Rule, fold, sentences, words_of

_WORDLIKE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # the characters of words_of's words
_MAX_WAYS = 2000  # past this the pattern is not worth taking apart (finding's null phrases take ~500)


class _Unknown(Exception):
    pass


class Gate:
    """The words of each way through a rule: it may match a text only if every word of some way is a word of the
    text. Ways are filed under their longest word, so one set intersection finds the ways worth testing."""

    __slots__ = ("keys", "ways")

    def __init__(self, ways: list[frozenset[str]]):
        self.ways: dict[str, list[frozenset[str]]] = {}
        for way in ways:
            self.ways.setdefault(max(sorted(way), key=len), []).append(way)
        self.keys = frozenset(self.ways)

    def may_match(self, words: frozenset[str] | set[str]) -> bool:
        for key in self.keys.intersection(words):
            for way in self.ways[key]:
                if way <= words:
                    return True
        return False


_GATES: dict[Rule, Gate | None] = {}


def gate(rule: Rule) -> Gate | None:
    """The rule's Gate (built once), or None when some way through it spells no word whole."""
    if rule not in _GATES:
        ways = required_words(rule.rx.pattern)
        _GATES[rule] = Gate(ways) if ways else None
    return _GATES[rule]


def record_words(article: Article) -> frozenset[str]:
    """The words of the title and every sentence, one per line (the text design reads as `everything`): every text
    a tagger reads from them (the study's own sentences, one sentence) has only words of these, so one set gates
    the rules of all the taggers."""
    return words_of(fold("\n".join([article.title] + [s.text for s in sentences(article)])))


def may_match(rule: Rule, words: frozenset[str] | set[str]) -> bool:
    """False only when `rule` cannot match a text whose words (text.words_of of the folded text, or of a text
    that holds it between non-word characters) are `words`."""
    g = _GATES[rule] if rule in _GATES else gate(rule)
    return g is None or g.may_match(words)


def required_words(pattern: str) -> list[frozenset[str]] | None:
    """For each way through `pattern` (a folded pattern: text.Rule's), the words every match along it holds whole;
    None when a way has none, or the pattern has flags or shapes this does not read."""
    try:
        tree = parser.parse(pattern)
        if tree.state.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.LOCALE | re.ASCII):
            return None
        out = []
        for way in _ways(list(tree.data)):
            words = _words(way)
            if not words:
                return None
            out.append(words)
        return out
    except (_Unknown, re.error, RecursionError):
        return None


def _ways(items: list[Any]) -> list[list[Any]]:
    """Every way through a parsed sequence, each a flat list of items: groups opened, alternations, optional parts
    ((?:ly)?) and sets of up to four letters ([sz]) forked."""
    ways: list[list[Any]] = [[]]
    for op, av in items:
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown  # a flag set inside
            forks = _ways(list(av[3].data))
        elif op is c.BRANCH:
            forks = [way for branch in av[1] for way in _ways(list(branch.data))]
        elif op is c.IN and len(av) <= 4 and all(o is c.LITERAL for o, _ in av):
            forks = [[(c.LITERAL, v)] for _, v in av]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            forks = [[], *_ways(list(av[2].data))]
        else:
            forks = [[(op, av)]]
        ways = [way + fork for way in ways for fork in forks]
        if len(ways) > _MAX_WAYS:
            raise _Unknown
    return ways


def _words(way: list[Any]) -> frozenset[str]:
    """The literal words of a way that stand between word edges: \\b, ^ or $, or a character outside a-z0-9."""
    words = set()
    run: str | None = None  # the word being read since a left edge; None when its left edge is not known
    for op, av in way:
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the characters on either side of a look-around are next to each other
        if op is c.LITERAL and chr(av) in _WORDLIKE:
            run = None if run is None else run + chr(av)
            continue
        edge = _outside(op, av) or op is c.AT and av in (c.AT_BOUNDARY, c.AT_END, c.AT_END_STRING)
        if edge and run:
            words.add(run)
        run = "" if edge or op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING) else None
    return frozenset(words)


def _outside(op: Any, av: Any) -> bool:
    """Whether the item reads at least one character, and only characters outside a-z0-9."""
    if op is c.LITERAL:
        return chr(av) not in _WORDLIKE
    if op is c.IN:
        return all(o is c.LITERAL and chr(v) not in _WORDLIKE or o is c.CATEGORY and v is c.CATEGORY_SPACE
                   for o, v in av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        data = list(av[2].data)
        return len(data) == 1 and _outside(*data[0])
    return False
