"""A regex rewritten so that Python's re engine can skip through the text, matching exactly what it did.

re tries a pattern at every position of the text, unless the pattern starts with a literal character, or
with branches that each start with one: then a C loop jumps to the next position holding one of those
characters. The taggers' rules start with \\b or a look-behind ("(?<!non-)\\b(?:placebo|sham)"), which
turns that off, so each costs ~35 ns a character of every sentence it reads. fast() rewrites the parsed
pattern so that it starts with literals, each rewrite an identity:

- a zero-width test before literal characters moves after the whole run of them, where it looks back as many
  characters more: \\bpain -> pain(?<!\\wpain) (a word character first; \\b%x -> %x(?<=\\w%x) otherwise), \\B
  likewise, (?<!x)ab -> ab(?<!xab), (?<=x)ab -> ab(?<=xab), ^ab -> ab(?<=^ab); re then skips to where the whole
  run stands when the pattern starts with it, and tests nothing at each of its first letter elsewhere;
- a test before branches goes into each branch; a non-capturing group is opened, and what follows an
  alternation is repeated after each of its branches: (?:a|b)x -> ax|bx, tried in the same order, so the
  same branch wins; a set of a few characters is one branch each: [sz]x -> sx|zx; an optional start is
  two branches: (?:a )?b -> a b|b (lazy: b|a b); where what follows holds a group, it is written once after
  the branches instead: \\b(?:a|b)(x) -> (?:a(?<!\\wa)|b(?<!\\wb))(x);
- a capturing group stays one group, its branches rewritten inside it.

A pattern that cannot be rewritten so (a branch starting with \\w+ or \\d) is left as it is; its branches that
start with a few characters only (digits, signs: "(?<![\\w.])[-+]?\\d+ vs") are scanned for by a regex led by
that set, S(?<=(?=branches)S), which re skips to as it skips to a literal.
tests/test_fastre.py runs every rule of the taggers both ways over the labelled abstracts.
"""

from __future__ import annotations

import re
import re._compiler as _compiler  # type: ignore[import-not-found]
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
from dataclasses import dataclass
from typing import Any

_MAX_BRANCHES = 600  # a rewrite that repeats more than this is not worth its size
_MAX_SET = 12  # [sz], [0-9]: a set of at most this many characters becomes one branch each
_WORD = _parser.parse(r"\w").data[0]
_MOVABLE = (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
_FLAGS = re.IGNORECASE | re.LOCALE | re.ASCII | re.VERBOSE | re.MULTILINE | re.DOTALL


class _Unfit(Exception):
    """The pattern has a shape the rewrite does not handle."""


@dataclass(frozen=True)
class Fast:
    """`rx`: matches exactly what the original regex matches (rewritten where it can be, else the original).
    `scanners`, when set: regexes, rewritten, whose earliest match starts where the original's first match does
    (for a pattern with branches that cannot start with a literal, scanned apart, or with a group in the way of
    the rewrite: the scanners have none); rx.match() there gives the match itself."""

    rx: re.Pattern[str]
    scanners: tuple[re.Pattern[str], ...] | None = None
    trees: tuple[Any, ...] = ()  # the scanners' parsed patterns (for text.required_literals)
    rx_tree: Any = None  # the parsed pattern rx was compiled from, when it is a rewrite (for rule_cache.spec)


def parse(rx: re.Pattern[str]) -> Any:
    """The parsed pattern of `rx` (re's own parser), for fast() and text.required_literals to share."""
    return _parser.parse(rx.pattern, rx.flags)


def fast(rx: re.Pattern[str], tree: Any = None) -> Fast:
    """What fastre makes of `rx` (`tree`: parse(rx), when the caller has it): see Fast. Fast(rx) when
    nothing can be gained. The parsed pattern is only read, never changed."""
    if rx.flags & _FLAGS or not isinstance(rx.pattern, str):
        return Fast(rx)
    try:
        tree = tree if tree is not None else parse(rx)
        if tree.state.flags & _FLAGS:
            return Fast(rx)
        data = list(tree.data)
        if _literal_led(data):
            return Fast(rx)  # re skips through the text already
        try:  # groups stay: a rewrite never repeats or drops one (_lead refuses to)
            led = _trie(_lead(data, [], tree.state), tree.state)
            if _literal_led(led):
                rewritten = _sub(tree.state, led)
                return Fast(_compiler.compile(rewritten, rx.flags), rx_tree=rewritten)
        except _Unfit:
            pass
        tests, alternatives = _top(_uncaptured(data))
        led_branches: list[list[Any]] = []
        others: list[list[Any]] = []
        for alt in alternatives:
            try:
                led_branches += _lead(alt, tests, tree.state)
            except _Unfit:
                others.append([*tests, *alt])
        if not led_branches:
            scanner = _set_led(others, tree.state)
            return Fast(rx) if scanner is None else Fast(rx, (_compiler.compile(scanner, rx.flags),), (scanner,))
        if not _limited(led_branches):
            return Fast(rx)
        trees = [_sub(tree.state, _trie(led_branches, tree.state))]
        if others:
            trees.append(_set_led(others, tree.state) or _sub(tree.state, _trie(others, tree.state)))
        return Fast(rx, tuple(_compiler.compile(t, rx.flags) for t in trees), tuple(trees))
    except (_Unfit, RecursionError):
        return Fast(rx)


_DIGIT = _parser.parse(r"\d").data[0][1][0]  # (CATEGORY, CATEGORY_DIGIT)
_MAX_FIRST = 24  # characters a set-led scanner may start with: beyond, re would stop at nearly every position


def _set_led(branches: list[list[Any]], state: Any) -> Any:
    """For branches that cannot start with literals ("(?<![\\w.])[-+]?\\d+ vs"): a scanner whose earliest match
    starts where theirs does, led by the set S of characters every match of theirs starts with, so that re skips
    to the positions holding one: S(?<=(?=branches)S). None when S is wide (letters) or a branch can match empty."""
    alternation = _trie(branches, state)
    try:
        first, empty = _first(alternation)
    except _Unfit:
        return None
    first = list(dict.fromkeys(first))  # each item once
    if empty or not first or sum(_width(item) for item in first) > _MAX_FIRST:
        return None
    lead = (_c.IN, first)
    behind = [(_c.ASSERT, (1, _sub(state, alternation))), lead]
    return _sub(state, [lead, (_c.ASSERT, (-1, _sub(state, behind)))])


def _first(data: list[Any]) -> tuple[list[Any], bool]:
    """(set items, one of which is the first character of every match of `data` that is not empty; whether
    `data` can match the empty string). _Unfit for what it cannot read (a negated set, any character)."""
    out: list[Any] = []
    for op, av in data:
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: only narrows where a match starts
        if op is _c.LITERAL:
            return out + [(op, av)], False
        if op is _c.IN:
            if any(o is _c.NEGATE for o, _ in av):
                raise _Unfit
            return out + list(av), False
        if op is _c.SUBPATTERN:
            items, empty = _first(list(av[3].data))
        elif op is _c.BRANCH:
            parts = [_first(list(b.data)) for b in av[1]]
            items, empty = [i for part, _ in parts for i in part], any(e for _, e in parts)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            items, empty = _first(list(av[2].data))
            empty = empty or av[0] == 0
        else:
            raise _Unfit
        out += items
        if not empty:
            return out, False
    return out, True


def _width(item: Any) -> int:
    """How many characters one set item stands for (a category other than \\d: too many)."""
    op, av = item
    if op is _c.LITERAL:
        return 1
    if op is _c.RANGE:
        return av[1] - av[0] + 1
    return 10 if item == _DIGIT else _MAX_FIRST + 1


def _top(data: list[Any]) -> tuple[list[Any], list[list[Any]]]:
    """(the zero-width tests at the start, the branches after them) of a pattern "tests (?:a|b|c)"."""
    tests: list[Any] = []
    while data:
        op, av = data[0]
        if op is _c.AT and av in _MOVABLE or op in (_c.ASSERT, _c.ASSERT_NOT) and av[0] == -1:
            tests.append(data[0])
            data = data[1:]
        elif op is _c.SUBPATTERN and len(data) == 1 and not av[1] and not av[2]:
            data = list(av[3].data)
        else:
            break
    if len(data) == 1 and data[0][0] is _c.BRANCH:
        return tests, [list(b.data) for b in data[0][1][1]]
    return tests, [data]


def _uncaptured(data: list[Any]) -> list[Any]:
    """The parsed sequence with every capturing group made non-capturing: the same matches, no groups."""
    out = []
    for op, av in data:
        if op is _c.SUBPATTERN:
            av = (None, av[1], av[2], _sub(av[3].state, _uncaptured(list(av[3].data))))
        elif op is _c.BRANCH:
            av = (av[0], [_sub(b.state, _uncaptured(list(b.data))) for b in av[1]])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _sub(av[2].state, _uncaptured(list(av[2].data))))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            av = (av[0], _sub(av[1].state, _uncaptured(list(av[1].data))))
        elif op in (_c.GROUPREF, _c.GROUPREF_EXISTS, _c.GROUPREF_IGNORE, _c.ATOMIC_GROUP):
            raise _Unfit
        out.append((op, av))
    return out


def _sub(state: Any, data: list[Any]) -> Any:
    return _parser.SubPattern(state, list(data))


def _lead(seq: list[Any], tests: list[Any], state: Any) -> list[list[Any]]:
    """Branches, tried in order, that together match what `seq` matches where `tests` (zero-width tests)
    hold at its start; each starts with a literal or with a capturing group whose branches all do."""
    if not seq:
        raise _Unfit
    (op, av), rest = seq[0], seq[1:]
    if op is _c.AT and av in _MOVABLE or op in (_c.ASSERT, _c.ASSERT_NOT) and av[0] == -1:
        if _has_group([seq[0]]):
            raise _Unfit  # it may be repeated in several branches
        return _lead(rest, [*tests, seq[0]], state)
    if op is _c.LITERAL:
        n = 1  # the tests move past the whole literal run: re then skips to where the run stands, not its first letter
        while n < len(seq) and seq[n][0] is _c.LITERAL:
            n += 1
        return [[*seq[:n], *(_after(t, seq[:n], state) for t in tests), *seq[n:]]]
    if op is _c.SUBPATTERN:
        group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            raise _Unfit
        if group is None:
            try:
                return _lead([*inner.data, *rest], tests, state)  # (?:abc)rest -> abc rest
            except _Unfit:
                return _kept_or_unfit(list(inner.data), rest, tests, state)
        data = _trie(_lead(list(inner.data), tests, state), state)
        return [[(_c.SUBPATTERN, (group, 0, 0, _sub(state, data))), *rest]]
    if op is _c.BRANCH:
        try:
            if rest and _has_group(rest) and len(av[1]) > 1:
                raise _Unfit  # a group repeated in several branches
            return _limited([b for alt in av[1] for b in _lead([*alt.data, *rest], tests, state)])
        except _Unfit:
            return _kept_or_unfit([seq[0]], rest, tests, state)
    if op is _c.IN and 0 < len(av) <= _MAX_SET and all(o is _c.LITERAL for o, _ in av):
        if rest and _has_group(rest) and len(av) > 1:
            raise _Unfit
        return _limited([b for _, ch in av for b in _lead([(_c.LITERAL, ch), *rest], tests, state)])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[:2] == (0, 1):
        inner = av[2]
        if _has_group(inner.data) or _has_group(rest) or inner.getwidth()[0] == 0 or not rest:
            raise _Unfit
        once = _lead([*inner.data, *rest], tests, state)
        none = _lead(list(rest), tests, state)
        return _limited(once + none if op is _c.MAX_REPEAT else none + once)
    raise _Unfit


def _kept_or_unfit(data: list[Any], rest: list[Any], tests: list[Any], state: Any) -> list[list[Any]]:
    """`data` (what a group or an alternation holds) as one non-capturing group whose branches start with
    literals, the tests moved into each, `rest` after it written once: for a rest that cannot be repeated
    after each branch (it holds a group). Not the first choice: a branch starting with a group keeps the
    alternation it is in from starting with literals."""
    if not rest:
        raise _Unfit
    inner = _trie(_lead(data, tests, state), state)
    if not _literal_led(inner):
        raise _Unfit
    return [[(_c.SUBPATTERN, (None, 0, 0, _sub(state, inner))), *rest]]


def _trie(branches: list[list[Any]], state: Any) -> list[Any]:
    """One sequence matching what the alternation of `branches` matches, in a shape re tries quickly: branches
    that start with the same literal share it (c(?:a|b)), and the zero-width tests that they all make next.
    Branches starting with different literals never both match at one position, so grouping them by their
    first character keeps the order that matters (of branches with the same first character)."""
    if len(branches) == 1:
        return branches[0]
    if not all(b and b[0][0] is _c.LITERAL for b in branches):
        return [(_c.BRANCH, (None, [_sub(state, b) for b in branches]))]
    by_first: dict[int, list[list[Any]]] = {}
    for b in branches:
        by_first.setdefault(b[0][1], []).append(b[1:])
    out = []
    for ch, rests in by_first.items():
        shared: list[Any] = []
        while len(rests) > 1 and all(r and r[0][0] in (_c.ASSERT, _c.ASSERT_NOT) for r in rests) and \
                len({repr(r[0]) for r in rests}) == 1:
            shared.append(rests[0][0])
            rests = [r[1:] for r in rests]
        out.append([(_c.LITERAL, ch), *shared, *_trie(rests, state)] if rests != [[]] else [(_c.LITERAL, ch), *shared])
    return out[0] if len(out) == 1 else [(_c.BRANCH, (None, [_sub(state, b) for b in out]))]


def _literal_led(data: list[Any]) -> bool:
    """Whether re will skip to the positions holding a first character: the sequence starts with a literal, or
    with branches (or a group of branches) that each start with one."""
    if not data:
        return False
    op, av = data[0]
    if op is _c.SUBPATTERN:
        return _literal_led(list(av[3].data))
    if op is _c.BRANCH:
        return all(b.data and b.data[0][0] is _c.LITERAL for b in av[1])
    return op is _c.LITERAL


def _limited(branches: list[list[Any]]) -> list[list[Any]]:
    if len(branches) > _MAX_BRANCHES:
        raise _Unfit
    return branches


def _after(test: Any, run: list[Any], state: Any) -> Any:
    """The zero-width test `test` made before the literal characters `run`, made after them instead."""
    op, av = test
    if op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):  # ^ab -> ab(?<=^ab)
        return (_c.ASSERT, (-1, _sub(state, [test, *run])))
    if op is _c.AT:
        word = re.match(r"\w", chr(run[0][1])) is not None
        # \b before a word character: the character before is not one; before another: it is one
        boundary = av is _c.AT_BOUNDARY
        return (_c.ASSERT_NOT if boundary == word else _c.ASSERT, (-1, _sub(state, [_WORD, *run])))
    return (op, (-1, _sub(state, [*av[1].data, *run])))


def _has_group(data: Any) -> bool:
    """Whether a parsed sequence holds a capturing group (or refers to one)."""
    for op, av in data:
        if op is _c.SUBPATTERN and av[0] is not None or op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return True
        if op is _c.SUBPATTERN and _has_group(av[3].data):
            return True
        if op is _c.BRANCH and any(_has_group(b.data) for b in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and _has_group(av[2].data):
            return True
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.ATOMIC_GROUP) and _has_group(
                av[1].data if op is not _c.ATOMIC_GROUP else av.data):
            return True
    return False
