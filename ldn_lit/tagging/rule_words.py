"""Which words a rule needs: a word-set test run before the rule's regex, with the same results.

A rule (text.Rule) that starts with \\b and common letters costs re ~30 ns a character: it tries the pattern wherever
one of its first letters stands. But most rules find nothing in most abstracts, and every match of most rules
contains certain whole words ("protocol", "will"). The abstract's words are read once (text.words_of), and a rule
whose words are not all there for any way through it is not run: a set test instead of a scan.

required_words() reads the pattern with re's own parser: every way through it (alternations, optional parts, sets
of a few letters and the last copy of a repeat such as "(?:\\w+ ){0,2}" taken apart), and on each way the words it
spells between word boundaries (\\b, or a character outside a-z0-9), which are words of the text as words_of reads
them (maximal runs of a-z0-9) wherever it matches.
A way without such a word makes the rule run always (Gate is None), unless the rule is an alternation whose other
branches spell words: then only the branches that do not are run when those words are missing (Gate.rest), which
finds what the whole rule finds, since the others cannot match.
"""

from __future__ import annotations

import re
import re._constants as c  # type: ignore[import-not-found]
import re._parser as parser  # type: ignore[import-not-found]
from typing import Any

from ..models import Article
from .rule_cache import memo
from .text import Prefiltered, Rule, fold, sentences, words_of

_WORDLIKE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # the characters of words_of's words
_MAX_WAYS = 2000  # past this the pattern is not worth taking apart (finding's null phrases take ~500)


class _Unknown(Exception):
    pass


class Gate:
    """The words of each way through a rule: it may match a text only if every word of some way is a word of the
    text. Ways are filed under their longest word, so one set intersection finds the ways worth testing."""

    __slots__ = ("keys", "ways", "rest", "_branches", "_by_key", "_sub_keys", "_subs")

    def __init__(self, ways: list[frozenset[str]], rest: Prefiltered | None = None):
        self.ways: dict[str, list[frozenset[str]]] = {}
        for way in ways:
            self.ways.setdefault(_key(way), []).append(way)
        self.keys = frozenset(self.ways)
        self.rest = rest  # the rule's branches that spell no word whole, as one regex in their order; or None
        # for found(): (before, [(branch, its ways or None)], after) of an alternation of many branches (gate())
        self._branches: tuple[str, list[tuple[str, list[frozenset[str]] | None]], str] | None = None
        self._by_key: dict[str, list[frozenset[str]]] | None = None
        self._subs: dict[str, Prefiltered | None] = {}

    def may_match(self, words: frozenset[str] | set[str]) -> bool:
        for key in self.keys.intersection(words):
            for way in self.ways[key]:
                if way <= words:
                    return True
        return False

    def found(self, low: str, words: frozenset[str] | set[str]) -> bool | None:
        """Whether the rule matches `low`, running for each key word of the text only the branches filed under it
        whose words are there (one small regex a key: re tries a few first letters at each position, not the whole
        alternation's); None when the rule is not an alternation of many branches (the caller runs it whole)."""
        if self._branches is None:
            return None
        by_key = self._by_key if self._by_key is not None else self._build()
        for key in sorted(self._sub_keys.intersection(words)):  # (in one order: the same subs built in every run)
            for way in by_key[key]:
                if way <= words:
                    sub = self._subs[key] if key in self._subs else self._sub(key)
                    if sub is not None and sub.found(low):
                        return True
                    break
        rest = self._subs[""] if "" in self._subs else self._sub("")
        return rest is not None and rest.found(low)

    def _build(self) -> dict[str, list[frozenset[str]]]:
        assert self._branches is not None
        by_key: dict[str, list[frozenset[str]]] = {}
        for _, ways in self._branches[1]:
            for way in ways or ():
                if way not in by_key.setdefault(_key(way), []):
                    by_key[_key(way)].append(way)
        self._by_key, self._sub_keys = by_key, frozenset(by_key)
        return by_key

    def _sub(self, key: str) -> Prefiltered | None:
        """The branches with a way filed under `key` ("": those that spell no word), as one regex in their order."""
        assert self._branches is not None
        before, branches, after = self._branches
        chosen = [b for b, ways in branches if (ways is None if key == "" else any(_key(w) == key for w in ways or ()))]
        if _OPENERS.fullmatch(before):  # nothing before the branch reads the text but a word edge
            chosen = [_LEADING_WORD.sub(r"(?<=\\w )", b) for b in chosen]
        sub = self._subs[key] = Prefiltered(before + "|".join(chosen) + after) if chosen else None
        return sub


def _key(way: frozenset[str]) -> str:
    """The word a way is filed under: its longest (the rarest, most often)."""
    return max(sorted(way), key=len)


# A branch "\b\w+ improved" is found wherever " improved" follows a word character, whichever word that ends: written
# "(?<=\w )improved", it starts with letters, which re skips to, and it matches somewhere exactly when the branch does
# (for found() only: the match starts later). Only after nothing but group openings and word edges, and before a letter.
_LEADING_WORD = re.compile(r"^(?:\\b)?\\w\+ (?=(?:\(\?:)?[a-z])")
_OPENERS = re.compile(r"(?:\(\?:|\(|\\b)*")
_MIN_BRANCHES = 16  # a smaller alternation runs whole: a regex a key costs as much (measured on finding's rules)


_GATES: dict[Rule, Gate | None] = {}


def gate(rule: Rule) -> Gate | None:
    """The rule's Gate (built once), or None when some way through it spells no word whole and it has no branch
    that spells one."""
    if rule not in _GATES:
        pattern = rule.rx.pattern
        built = memo("gate", pattern, lambda: _gate_of(pattern))  # (kept between runs: rule_cache)
        g = None
        if built is not None:
            ways, rest, branches = built
            g = Gate(ways, None if rest is None else Prefiltered(rest))
            g._branches = branches
        _GATES[rule] = g
    return _GATES[rule]


def _gate_of(pattern: str) -> tuple[list[frozenset[str]], str | None, Any] | None:
    """What gate() builds a rule's Gate from: (its ways, the pattern of its rest or None, _branch_ways); None for no
    Gate."""
    ways, rest = required_words(pattern), None
    if not ways:
        split = _split_ways(pattern)
        if split is None:
            return None
        ways, rest = split
    return ways, rest, _branch_ways(pattern)


def _branch_ways(pattern: str) -> tuple[str, list[tuple[str, list[frozenset[str]] | None]], str] | None:
    """(before, [(branch, the ways through it)], after) of a rule whose outermost alternation has many branches."""
    split = top_branches(pattern)
    if split is None or len(split[1]) < _MIN_BRANCHES:
        return None
    before, branches, after = split
    return before, [(b, required_words(before + b + after)) for b in branches], after


def _split_ways(pattern: str) -> tuple[list[frozenset[str]], str] | None:
    """For an alternation some of whose branches spell no word whole: the ways of the branches that do, and the
    others as one pattern (a Gate's `rest`). None when there are none of one kind or the other, or a branch holds a
    group of its own (the rest's groups would be numbered otherwise)."""
    split = top_branches(pattern)
    if split is None:
        return None
    before, branches, after = split
    ways: list[frozenset[str]] = []
    rest: list[str] = []
    for branch in branches:
        try:
            if parser.parse(branch).state.groups > 1:
                return None
        except re.error:
            return None
        found = required_words(before + branch + after)
        if found:
            ways += found
        else:
            rest.append(branch)
    if not ways or not rest:
        return None
    return ways, before + "|".join(rest) + after


def record_words(article: Article) -> frozenset[str]:
    """The words of the title and every sentence, one per line (the text design reads as `everything`): every text
    a tagger reads from them (the study's own sentences, one sentence) has only words of these, so one set gates
    the rules of all the taggers."""
    return words_of(fold("\n".join([article.title] + [s.text for s in sentences(article)])))


def may_match(rule: Rule, words: frozenset[str] | set[str]) -> bool:
    """False only when `rule` cannot match a text whose words (text.words_of of the folded text, or of a text
    that holds it between non-word characters) are `words`."""
    g = _GATES[rule] if rule in _GATES else gate(rule)
    return g is None or g.rest is not None or g.may_match(words)


def search(rule: Rule, low: str, words: frozenset[str] | set[str]) -> re.Match[str] | None:
    """rule.rx.search(low) (`words`: words_of(low), or of a text that holds it), running only the branches whose
    words are there: none, the branches that spell no word (Gate.rest), or the whole rule."""
    g = _GATES[rule] if rule in _GATES else gate(rule)
    if g is None:
        return rule.rx.search(low)
    ways = g.ways  # Gate.may_match written out, as in found
    for key in g.keys.intersection(words):
        for way in ways[key]:
            if way <= words:
                return rule.rx.search(low)
    return None if g.rest is None else g.rest.search(low)


def found(rule: Rule, low: str, words: frozenset[str] | set[str]) -> bool:
    """Whether search(rule, low, words) finds a match (Prefiltered.found: without the match itself)."""
    g = _GATES[rule] if rule in _GATES else gate(rule)
    if g is None:
        return rule.rx.found(low)
    if g._branches is not None:
        return bool(g.found(low, words))
    ways = g.ways  # Gate.may_match written out: finding asks this ~60 times a record
    for key in g.keys.intersection(words):
        for way in ways[key]:
            if way <= words:
                return rule.rx.found(low)
    return g.rest is not None and g.rest.found(low)


def top_branches(pattern: str) -> tuple[str, list[str], str] | None:
    """(before, branches, after): the pattern is before + "|".join(branches) + after, the branches its outermost
    alternation, inside groups that hold nothing else and are not repeated ("\\b(a|b)", "(?:(?:a)|(?:b))"). None
    when it has no such alternation."""
    bars, groups = _outermost(pattern)
    if bars:
        cuts = [-1, *bars, len(pattern)]
        return "", [pattern[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)], ""
    if len(groups) != 1:
        return None
    start, end = groups[0]
    opener = "(?:" if pattern.startswith("(?:", start) else "(" if pattern[start + 1] != "?" else None
    if opener is None or pattern[end + 1:end + 2] in ("?", "*", "+", "{"):
        return None  # a look-around or a flag group; or repeated: its branches are not the pattern's
    inner = top_branches(pattern[start + len(opener):end])
    if inner is None:
        return None
    before, branches, after = inner
    return pattern[:start] + opener + before, branches, after + ")" + pattern[end + 1:]


def _outermost(pattern: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where the pattern's own | stand (outside every group), and the (start, end) of its outermost groups."""
    bars: list[int] = []
    groups: list[tuple[int, int]] = []
    opened: list[int] = []
    i, in_set = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)  # "[]a]", "[^]a]": a ] first in a set is one of its characters
            continue
        elif ch == "(":
            opened.append(i)
        elif ch == ")":
            start = opened.pop()
            if not opened:
                groups.append((start, i))
        elif ch == "|" and not opened:
            bars.append(i)
        i += 1
    return bars, groups


def required_words(pattern: str) -> list[frozenset[str]] | None:
    """For each way through `pattern` (a folded pattern: text.Rule's), the words every match along it holds whole;
    None when a way has none, or the pattern has flags or shapes this does not read. (Kept between runs: rule_cache.)"""
    return memo("words", pattern, lambda: _required_words(pattern))


def _required_words(pattern: str) -> list[frozenset[str]] | None:
    try:
        tree = parser.parse(pattern)
        if tree.state.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.LOCALE | re.ASCII):
            return None
    except re.error:
        return None
    for repeats in (True, False):  # repeats taken apart, unless that makes too many ways or a way without a word
        try:
            ways = [_words(way) for way in _ways(list(tree.data), repeats)]
        except (_Unknown, RecursionError):
            continue
        if all(ways):
            return _fewest(ways)
    return None


def _fewest(ways: list[frozenset[str]]) -> list[frozenset[str]]:
    """The ways without those that hold all the words of another: where the words of a way are there, so are those of
    each way they hold (the gate tests fewer ways, with the same answers)."""
    out: list[frozenset[str]] = []
    for way in sorted(set(ways), key=lambda w: (len(w), sorted(w))):
        if not any(kept <= way for kept in out):
            out.append(way)
    return out


def _ways(items: list[Any], repeats: bool = True) -> list[list[Any]]:
    """Every way through a parsed sequence, each a flat list of items: groups opened, alternations, optional parts
    ((?:ly)?) and sets of up to four letters ([sz]) forked; `repeats`: a repeat of something that reads a word edge
    ("(?:\\w+ ){0,2}") too."""
    ways: list[list[Any]] = [[]]
    for op, av in items:
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown  # a flag set inside
            forks = _ways(list(av[3].data), repeats)
        elif op is c.BRANCH:
            forks = [way for branch in av[1] for way in _ways(list(branch.data), repeats)]
        elif op is c.IN and len(av) <= 4 and all(o is c.LITERAL for o, _ in av):
            forks = [[(c.LITERAL, v)] for _, v in av]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            forks = [[], *_ways(list(av[2].data), repeats)]
        elif repeats and op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] > 1 and av[2].getwidth()[0] > 0 and \
                not _outside(op, av) and any(_outside(*item) for item in av[2].data):
            # "(?:\w+ ){0,2}word": the last copy is written out, so the space before "word" is seen: x{m,n} is
            # x{m-1,n-1}x (x{0,n}: nothing, or that); a copy that reads no edge is not worth the ways
            fewer = [(op, (max(av[0] - 1, 0), av[1] - 1 if av[1] != c.MAXREPEAT else av[1], av[2]))]
            forks = ([[]] if av[0] == 0 else []) + [fewer + way for way in _ways(list(av[2].data), repeats)]
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
