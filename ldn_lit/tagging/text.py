"""Sentences of an abstract, each an exact substring, with the section it belongs to.

Tags quote the sentence that decided them, so a sentence must be text that really is in the
abstract; and many rules must ignore the background ("LDN has been used in MS, Crohn's...").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..models import Article
from .fastre import fast, parse
from .rule_cache import Spec, compiled, memo, spec

# Split after . ! ? followed by space and an upper-case letter/digit/bracket, but not after
# common abbreviations or initials ("e.g.", "vs.", "et al.", "Dr.", "i.v."). The cut is group 1 (the space) or
# group 2 (nothing: "...were included.Results: ..."). Led by the stop itself, which re skips to: a pattern led by a
# look-behind is tried at every character (~4x slower).
# (a sentence may start with an acronym led by lower case: "mRSS did not change", "hsCRP fell", "eGFR was stable")
_SPLIT_RE = re.compile(r"[.!?](?:(\s+)(?=[A-Z0-9(\[]|[a-z]{1,2}[A-Z]{2})|(?<=[A-Za-z0-9)][.])()(?=(?:Results?|Methods?|"
                       r"Conclusions?|"
                       r"Objectives?|Background|Findings|Interpretation|Patients and methods):))")
_ABBREV_RE = re.compile(r"(?:\b(?:e\.g|i\.e|vs|al|approx|Dr|Fig|No|ca|cf|resp|i\.v|s\.c|p\.o)\.|(?<![\w-])[A-Z]\.)$")

BACKGROUND_LABELS = re.compile(r"^(BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE|PURPOSE OF REVIEW)", re.I)
# A case report's "CASE PRESENTATION" tells what happened to the patient: its result.
RESULT_LABELS = re.compile(r"^(RESULT|FINDING|RECENT FINDING|OUTCOMES?\b(?! MEASURE)|MAIN RESULT|CASE|CLINICAL CASE|"
                           r"MEASUREMENTS AND MAIN RESULT|"
                           r"OBSERVATION|(?:PRIMARY|SECONDARY) (?:OUTCOME|END ?POINT)S?\s*$)", re.I)
CONCLUSION_LABELS = re.compile(r"^(CONCLUSION|INTERPRETATION|DISCUSSION|IMPLICATION|SIGNIFICANCE|AUTHORS' CONCLUSION|"
                               r"INNOVATION|LESSON|EXPERT OPINION|KEY MESSAGE)", re.I)
# Current Opinion's last heading ("Purpose of review", "Recent findings", "Summary") is its conclusion; Karger's
# "Summary" comes before its "Key Messages" and is the body of the review (_summary_kinds).
SUMMARY_LABEL = re.compile(r"^SUMMARY\s*$", re.I)
METHOD_LABELS = re.compile(r"^(METHOD|MATERIAL|DESIGN|PATIENT|PARTICIPANT|SETTING|INTERVENTION|SUBJECT|STUDY|APPROACH|"
                           r"AREAS COVERED|"
                           r"MAIN OUTCOME|OUTCOME MEASURE|MEASUREMENT|SEARCH|SELECTION|DATA|ELIGIBILITY|EXPOSURE)",
                           re.I)
# In an unstructured abstract, sentences that report earlier work rather than this study.
_BACKGROUND_CUES = re.compile(
    r"\b((?:has|have) been(?! (?:carried out|performed|conducted|undertaken|given|treated))|"
    r"had been (?:shown|reported|suggested|proposed|described|used|tried|studied|found)|"
    r"is (?:a|an|the) |are (?:a|an) |"
    r"previous(?:ly)?(?! (?:healthy|well|fit|experience|years?|months?|weeks?|days?|\d+|six|twelve)\b)|"
    r"prior (?:stud|work|report)|"
    r"is thought|is believed|is known|little is known|remains unclear|is unknown|off-label use|"
    r"(?:is|are) increasingly|(?:trials|studies|reports|data) (?:of [\w/-]+ )?(?:have |had )?"
    r"(?:show|showed|shown|suggest|suggested|found|"
    r"indicate|indicated|report|reported|demonstrated|support)|(?:a few|some|several|earlier|small|preliminary|"
    r"anecdotal) (?:small |open |pilot |[\w-]+ )?(?:studies|trials|reports|case reports)|"
    r"based on (?:reports|evidence|studies|data|findings)|reports of|has been reported|(?:best )?known for|"
    r"(?:is|are) (?:widely |increasingly )?used (?:clinically|off-label|in|by)|"
    r"(?:is|are) (?:widely |increasingly |often |commonly )?prescribed\b|on the theory that|"
    r"(?:has|have) not (?:yet )?been)\b",
    re.I)
# ... but never a sentence saying what this paper does ("In this mini-review we summarise ... small studies of LDN in
# psoriasis ...": the studies it reviews are its own subject).
_OWN_AIM = re.compile(r"\b(?:this|the present|our) (?:[\w-]+ )?review\b|"
                      r"\bwe (?:review|summari[sz]e|describe|present)\b|\bwe (?:\w+ly )?(?:searched|screened)\b", re.I)
# Labels written into the text of an unstructured abstract: "Results: ...", "Main outcome measure: ...",
# and without a colon before a capitalised word ("Results A total of ...", "Background\nFibromyalgia ...").
# (JAMA's labels too: "Importance:", "Design, Setting, and Participants:", "Main Outcomes and Measures:",
# "Conclusions and Relevance:"; Cochrane's: "Search methods:", "Main results:", "Authors' conclusions:"; and case
# reports': "Case presentation:", and the CARE headings "Patient concerns:", "Diagnoses:", "Outcomes:", "Lessons:";
# JAMA's case reports and series: "Observations:")
_LABEL_WORDS = (r"BACKGROUND(?:(?: AND |/)(?:AIMS?|OBJECTIVES?|PURPOSE))?|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE|"
                r"OBJECTIVES?|AIMS?(?: AND METHODS)?|PURPOSE|GOALS?|METHODS?|MATERIALS? AND METHODS|"
                r"PATIENTS? AND METHODS|APPROACH|STUDY DESIGN|DESIGN(?:,? SETTINGS?,?(?: AND)? PARTICIPANTS)?|"
                r"SETTINGS?|PARTICIPANTS|INTERVENTIONS?|EXPOSURES?|MAIN OUTCOMES? AND MEASURES?|MAIN OUTCOME MEASURES?|"
                r"MEASUREMENTS?|OUTCOME MEASURES?|RESULTS?|FINDINGS|"
                r"CONCLUSIONS?(?: AND (?:RELEVANCE|IMPLICATIONS?))?|INTERPRETATION|INNOVATION|SIGNIFICANCE|"
                r"TRIAL REGISTRATION|SEARCH METHODS|SELECTION CRITERIA|DATA COLLECTION AND ANALYSIS|MAIN RESULTS|"
                r"AUTHORS'? CONCLUSIONS|DATA SOURCES|STUDY SELECTION|DATA EXTRACTION(?: AND SYNTHESIS)?|"
                r"DATA SYNTHESIS|ELIGIBILITY CRITERIA|METHODS?/DESIGN|METHODS? AND ANALYSIS|DISCUSSION|"
                r"ETHICS AND DISSEMINATION|CASE (?:PRESENTATIONS?|REPORTS?|DESCRIPTIONS?|SUMMARY|DETAILS)|"
                r"PATIENT CONCERNS?|DIAGNOS[IE]S|OUTCOMES?|LESSONS?|OBSERVATIONS?|"
                r"(?:CLINICAL )?CASES?|CASE SERIES|CASE HISTORY|PURPOSE OF REVIEW|RECENT FINDINGS|SUMMARY|"
                r"AREAS COVERED|EXPERT OPINION|KEY MESSAGES?")
# (the capital after a bare label is read case-sensitively: under re.I "Methods and analysis:" matched "Methods" before
# a lower-case "and", and the longer label was never tried)
_INLINE_LABEL = re.compile(rf"^({_LABEL_WORDS})(?:\s*:|(?=\s+(?-i:[A-Z0-9])))", re.I)
_LABEL_ALONE = re.compile(rf"^({_LABEL_WORDS})\s*[.:]?\s*$", re.I)
# A label without a colon must be written as a label (capitalised), not "Results were ...".
# ("Cases:", "Case series:", "Clinical cases:" are labels only with a colon: "Case 2, a 58-year-old ..." is a patient)
_BARE_LABEL = re.compile(rf"^(?=[A-Z])(?!(?i:(?:clinical )?cases?|case series|case history)\s+[A-Z0-9])"
                         rf"(?i:{_LABEL_WORDS})\s+[A-Z0-9]")


@dataclass(frozen=True)
class Sentence:
    text: str
    section: str  # "background", "methods", "results", "conclusions", "other"
    index: int  # position among all sentences
    last: bool = False  # the last sentence of the abstract


def split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    buf = ""
    start = 0  # where the piece after the last cut begins
    abbreviation = _ABBREV_RE.search
    for m in _SPLIT_RE.finditer(text):
        cut = 1 if m.start(1) >= 0 else 2
        piece = text[start:m.start(cut)]
        start = m.end(cut)
        buf = f"{buf} {piece}" if buf else piece
        if abbreviation(buf[-12:]):  # the tail only: every abbreviation is shorter (scanning all was slow)
            continue
        parts.append(buf)
        buf = ""
    buf = f"{buf} {text[start:]}" if buf else text[start:]
    if buf:
        parts.append(buf)
    return [p.strip() for p in parts if p.strip()]


_NLM_KINDS = {"BACKGROUND": "background", "OBJECTIVE": "objective", "METHODS": "methods", "RESULTS": "results",
              "CONCLUSIONS": "conclusions"}


def section_kind(label: str | None, category: str | None = None) -> str:
    if category in _NLM_KINDS:  # NLM's own reading of the label beats ours
        return _NLM_KINDS[category]
    if not label:
        return "other"
    for kind, rx in (("background", BACKGROUND_LABELS), ("results", RESULT_LABELS),
                     ("conclusions", CONCLUSION_LABELS), ("methods", METHOD_LABELS)):
        if rx.match(label):
            return kind
    if re.match(r"^(OBJECTIVE|AIM|GOAL|HYPOTHES)", label, re.I):
        return "objective"
    return "other"


@lru_cache(maxsize=4096)
def _sentences_cached(sections: tuple[tuple[str | None, str, str | None], ...]) -> tuple[Sentence, ...]:
    texts: list[tuple[str, str]] = []  # (sentence, its section): each Sentence is made once, at the end
    # (a section NLM gave a category keeps NLM's reading: section_kind)
    kinds = _summary_kinds([None if c in _NLM_KINDS else lb for lb, _, c in sections],
                           [section_kind(lb, c) for lb, _, c in sections])
    for (_, text, _), kind in zip(sections, kinds, strict=True):
        texts += [(s, kind) for s in split_sentences(text)]
    labels = [_inline_label(t) for t, _ in texts] if not any(label for label, _, _ in sections) else []
    if sum(1 for m in labels if m) >= 2 or labels and labels[0]:
        # "Background: ... Methods: ... Results: ...": labels written into the text (MEDLINE files, publishers'
        # pages); a sentence without one belongs to the label before it.
        kind, labelled = "other", []
        found = [label for label in labels if label]
        kinds_in_order = iter(_summary_kinds(found, [section_kind(label) for label in found]))
        for (t, _), label in zip(texts, labels, strict=True):
            kind = next(kinds_in_order) if label else kind
            labelled.append((t, kind))
        texts = labelled
    elif labels:
        # Unstructured: the last sentence concludes; early sentences with background cues are background.
        n, half = len(texts), max(1, (len(texts) + 1) // 2)
        texts = [(t, "conclusions" if i == n - 1 else
                  ("background" if i < half and _BACKGROUND_CUES.search(t) and not _OWN_AIM.search(t) else "other"))
                 for i, (t, _) in enumerate(texts)]
    last = len(texts) - 1
    return tuple([Sentence(t, kind, i, i == last) for i, (t, kind) in enumerate(texts)])


def _summary_kinds(labels: Sequence[str | None], kinds: list[str]) -> list[str]:
    """`kinds` with a "Summary" heading read as the conclusion when it is the last of two or more headings (Current
    Opinion's), and as the body otherwise (Karger's "Summary" before its "Key Messages")."""
    last = len(labels) - 1
    return [("conclusions" if i == last and i > 0 else "other") if label and SUMMARY_LABEL.match(label) else kind
            for i, (label, kind) in enumerate(zip(labels, kinds, strict=True))]


def _inline_label(text: str) -> str | None:
    if (bare := _LABEL_ALONE.match(text)) is not None:  # "Background." alone, its text in the sentences after it
        return bare.group(1)
    m = _INLINE_LABEL.match(text)
    if not m or not text[m.end(1):].lstrip().startswith(":") and not _BARE_LABEL.match(text):
        return None
    return m.group(1)


def sentences(article: Article) -> tuple[Sentence, ...]:
    return _sentences_cached(tuple((s.label, s.text, s.category) for s in article.abstract_sections))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case text of the same length, so a span found in it is the same span of the original.
    Cached: every tagger folds the same title, sentences and abstract again (64 folds a record)."""
    low = text.lower()
    low = low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # Lancet-style decimals ("p=0·41") and thin spaces read like their plain forms; one character each,
    # so spans still line up. str.replace, not str.translate: translate with a table is ~50x slower.
    if "·" in low:
        low = low.replace("·", ".")
    if "\u2009" in low or "\u202f" in low or "\u00a0" in low:  # thin and no-break spaces ("1 000 mg")
        low = low.replace("\u2009", " ").replace("\u202f", " ").replace("\u00a0", " ")
    if "\u2013" in low or "\u2212" in low:  # "MD –0·86 (−1·20 to −0·51)": en dash and minus sign read as "-"
        low = low.replace("\u2013", "-").replace("\u2212", "-")
    if "\u2010" in low or "\u2011" in low:  # "Thirty‑eight", "low‑dose": Unicode and no-break hyphens
        low = low.replace("\u2010", "-").replace("\u2011", "-")
    return low


def fold_lines(lines: list[str], sep: str = "\n") -> str:
    """fold(sep.join(lines)) (`sep`: a line break, with spaces or not), from the lines' own folds (cached: the taggers
    fold each sentence anyway), not by lower-casing the joined text again (~4 us a real abstract: one non-ASCII
    character puts the whole text on str.lower's slow path). The same text: a line break (and a space) ends the context
    of the one context-dependent lower case
    (final sigma), so only a capital sigma beside a line that changes length when lower-cased (which fold then reads
    character by character) could differ, and a text holding one is folded whole."""
    joined = sep.join(lines)
    return fold(joined) if "Σ" in joined else sep.join([fold(line) for line in lines])


@dataclass(frozen=True)
class Folded:
    """A text with its fold(), computed once for the many rules run over it."""

    text: str
    low: str

    @classmethod
    def of(cls, text: str) -> Folded:
        return cls(text, fold(text))


class Rule:
    """A case-insensitive regex run on fold()ed text: about three times faster than re.IGNORECASE,
    which matters because tagging runs a few dozen large alternations over every abstract.
    `find` returns the matched words as they are written in the original text. Its `rx` runs the regex
    only when the text holds one of the words every match contains (Prefiltered)."""

    rx: Prefiltered  # compiled on first use, once (__getattr__)

    def __init__(self, pattern: str | Callable[[], str]):
        self._pattern = pattern  # a callable when the pattern is data not read yet (phrases.rule)

    def __getattr__(self, name: str) -> Any:
        # Called only while `rx` is missing: a module's rules cost nothing until the first text is tagged, so
        # importers that never tag (claims, check of a stored PMID) do not compile them.
        if name != "rx":
            raise AttributeError(name)
        pattern = self._pattern() if callable(self._pattern) else self._pattern
        self.rx = Prefiltered(_fold_pattern(pattern))
        return self.rx

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(fold(text))

    def find(self, text: str | Folded) -> str | None:
        if isinstance(text, Folded):
            m = self.rx.search(text.low)
            return text.text[m.start():m.end()] if m else None
        m = self.search(text)
        return text[m.start():m.end()] if m else None

    def blank(self, text: str) -> str:
        """The folded text with every match replaced by spaces (same length, so spans still line up)."""
        return self.blank_folded(fold(text))

    def blank_folded(self, low: str) -> str:
        """blank(text) for a text folded already (`low`: fold(text)), which is not looked up or folded again (a text
        joined from folded lines, as own_text's, is not in fold's cache: ~7 us to fold again)."""
        return self.rx.sub(_spaces, low)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


class Prefiltered:
    """A compiled regex behind a substring test: when the text holds none of `needles` (strings one of
    which every match contains, read off the pattern by required_literals) no match is possible, and
    the regex is not run. Most rules find nothing in most sentences, and `in` is many times faster than
    a search that tries every branch of an alternation at every position. Same results as the regex."""

    __slots__ = ("needles", "pattern", "rx", "_scanners", "_reach", "_longest")
    _LAZY = frozenset(("needles", "rx", "_scanners", "_reach", "_longest"))

    def __init__(self, rx: re.Pattern[str] | str):
        self.pattern = rx if isinstance(rx, str) else rx.pattern  # compiled on first use (__getattr__)

    def __getattr__(self, name: str) -> Any:
        if name not in Prefiltered._LAZY:
            raise AttributeError(name)
        self.rx, self._scanners, self.needles, self._reach, self._longest = memo("prefiltered", self.pattern,
                                                                                 self._built, _loaded)
        return getattr(self, name)

    def _built(self) -> tuple[Spec, tuple[tuple[frozenset[str] | None, Spec], ...] | None, frozenset[str] | None,
                              int | None, int]:
        """What this rule is built from, as rule_cache keeps it: (the regex, its scanners each with its needles, its
        needles, its reach, its longest needle)."""
        rx = re.compile(self.pattern)
        tree = parse(rx)  # read by all three (re's compiler, like fastre, only reads a parsed pattern)
        found = fast(rx, tree)  # the same matches, found sooner (fastre.py)
        rx_spec = spec(found.rx_tree if found.rx_tree is not None else tree, rx.flags,
                       None if found.rx_tree is not None else self.pattern)
        scanners = None if found.scanners is None else \
            tuple((required_literals(t, rx.flags), spec(t, rx.flags)) for t in found.trees)
        needles = required_literals(tree, rx.flags)
        # (a rule with scanners is searched by them: each finds its own first match)
        reach = _reach_of(needles, tree) if scanners is None else None
        return rx_spec, scanners, needles, reach, max(map(len, needles)) if needles else 0

    def _absent(self, string: str) -> bool:
        if self.needles is not None and not holds_one(self.needles, string):
            return True
        if self._scanners is not None:
            for needles, scanner in self._scanners:
                if (needles is None or holds_one(needles, string)) and scanner.search(string):
                    return False
            return True
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # _absent written out: this is the call tagging makes most (~150 a record)
        if self._reach is not None and len(string) > _LONG:  # (needles, no scanner: see _start)
            at = self._start(string, pos, endpos)
            return None if at < 0 else self.rx.search(string, at, endpos)
        if self.needles is not None:
            for needle in self.needles:
                if needle in string:
                    break
            else:
                return None
        if self._scanners is None:
            return self.rx.search(string, pos, endpos)
        start = None  # where the first match starts: the earliest a scanner finds
        for needles, scanner in self._scanners:
            if needles is not None and not holds_one(needles, string):
                continue
            m = scanner.search(string, pos, endpos)
            if m is not None and (start is None or m.start() < start):
                start = m.start()
        return None if start is None else self.rx.match(string, start, endpos)

    def _start(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> int:
        """Where a search need start: `_reach` characters before the first needle (no match starts sooner: each
        holds a needle, and is at most that much longer than it); -1 when no needle is there. re tries a pattern at
        every position holding one of the letters it starts with ('r', 'a' for the randomisation words: ~16 us over
        an abstract), where str.find skips to a needle in a fraction of that; and a rule led by its needle ('fatigue')
        read the text up to it twice, once for the needle test and once for the match. The same first match
        (look-behinds and \\b still read the text before where the search starts)."""
        first = -1
        for needle in self.needles:  # type: ignore[union-attr]
            at = string.find(needle, pos, endpos)
            if at >= 0 and (first < 0 or at < first):
                first = at
                endpos = at + self._longest  # the other needles need only be looked for before it
        return -1 if first < 0 else max(pos, first - self._reach)  # type: ignore[operator]

    def found(self, string: str) -> bool:
        """Whether search(string) finds a match: the first scanner that finds one answers (each match of a scanner
        starts a match of the rule), without the others or the match itself."""
        if self._reach is not None and len(string) > _LONG:
            start = self._start(string)
            return start >= 0 and self.rx.search(string, start) is not None
        # _absent written out, as in search
        if self.needles is not None:
            for needle in self.needles:
                if needle in string:
                    break
            else:
                return False
        if self._scanners is None:
            return self.rx.search(string) is not None
        for needles, scanner in self._scanners:
            if needles is not None:
                for needle in needles:
                    if needle in string:
                        break
                else:
                    continue
            if scanner.search(string) is not None:
                return True
        return False

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(string, pos, endpos)  # anchored: cheap already

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if self._reach is not None and len(string) > _LONG:
            start = self._start(string)
            return iter(()) if start < 0 else self.rx.finditer(string, start)
        return iter(()) if self._absent(string) else self.rx.finditer(string)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if self._absent(string) else self.rx.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if self._absent(string) else self.rx.sub(repl, string, count)


_Scanners = tuple[tuple[frozenset[str] | None, re.Pattern[str]], ...]


def _loaded(built: tuple[Any, ...]) -> tuple[re.Pattern[str], _Scanners | None, frozenset[str] | None, int | None, int]:
    """Prefiltered._built's tuple with its regexes compiled (each scanner behind its own needles: one scanning what the
    others cannot is often needed rarely)."""
    rx_spec, scanners, needles, reach, longest = built
    return (compiled(rx_spec), None if scanners is None else tuple((n, compiled(s)) for n, s in scanners), needles,
            reach, longest)


# Prefiltered._start is worth its scans only in a long text (an abstract; a sentence is ~150 characters): it looks
# for every needle, where a plain test stops at the first one there.
_LONG = 400


def _reach_of(needles: frozenset[str] | None, tree: Any) -> int | None:
    """How far before a needle a match can start (Prefiltered._start): the longest match less the shortest needle;
    None when there are no needles, or a match may be any length (\\s+, [^.]*)."""
    if needles is None:
        return None
    import re._constants as c  # type: ignore[import-not-found]

    longest = tree.getwidth()[1]
    return None if longest >= c.MAXREPEAT else longest - min(map(len, needles))


def holds_one(needles: Iterable[str], string: str) -> bool:
    """Whether the string holds one of the needles (required_literals' strings): the test before a regex is run."""
    for needle in needles:  # a plain loop: any() over a generator costs twice as much here
        if needle in string:
            return True
    return False


_MAX_NEEDLES = 32
_MIN_NEEDLE = 3  # shorter needles are in nearly every sentence: the test would cost and filter nothing


def required_literals(pattern: str | Any, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when the pattern has no such set
    worth testing (a case-insensitive flag, a branch without a literal, only needles under 3 letters).
    Reads the pattern with the re module's own parser (re._parser, Python 3.11+), so it sees what re sees;
    `pattern` may be parsed already (fastre's scanners have no text)."""
    import re._constants as c
    import re._parser as parser  # type: ignore[import-not-found]

    try:
        parsed = parser.parse(pattern, flags) if isinstance(pattern, str) else pattern
        if parsed.state.flags & re.IGNORECASE:
            return None
        return _literals(parsed.data, c)[0]
    except (re.error, _CaseInsensitive):
        return None


class _CaseInsensitive(Exception):
    pass


def spellings(pattern: str) -> frozenset[str] | None:
    """Every string `pattern` can match, when it is made of literals only ("milligrams?|mg" -> milligram, milligrams,
    mg); None otherwise (a class, a repeat, a flag). Read as required_literals reads a pattern."""
    import re._constants as c
    import re._parser as parser

    try:
        parsed = parser.parse(pattern)
        return None if parsed.state.flags & re.IGNORECASE else _literals(parsed.data, c)[1]
    except (re.error, _CaseInsensitive):
        return None


def _better(needles: frozenset[str] | None, than: frozenset[str] | None) -> bool:
    """A set worth testing (no empty or short needle, not too many), and more selective than `than`."""
    if not needles or len(needles) > _MAX_NEEDLES or min(map(len, needles)) < _MIN_NEEDLE:
        return False
    return than is None or _selectivity(needles) > _selectivity(than)


def _selectivity(needles: frozenset[str]) -> tuple[int, int]:
    # Past 6 letters a needle is rare enough: then fewer needles (fewer `in` tests) is better.
    return min(6, *map(len, needles)), -len(needles)


def _literals(items: Any, c: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """For a parsed sequence: (the best set of strings one of which every match contains, or None;
    every string the sequence can match when it is made of literals only, else None)."""
    best: frozenset[str] | None = None
    run = frozenset([""])  # the literal stretch being read, in every spelling the pattern allows
    pure = True  # made of literals only, every spelling of them in `run`

    def flush() -> None:
        nonlocal best, run
        if _better(run, best):
            best = run
        run = frozenset([""])

    for op, av in items:
        lit: frozenset[str] | None = None
        needles: frozenset[str] | None = None
        if op is c.LITERAL:
            lit = frozenset([chr(av)])
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the text on either side of it is contiguous
        elif op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _CaseInsensitive
            needles, lit = _literals(av[3].data, c)
        elif op is c.BRANCH:
            parts = [_literals(branch.data, c) for branch in av[1]]
            if all(part[1] is not None for part in parts):
                lit = frozenset().union(*(part[1] or () for part in parts))
            elif all(part[0] for part in parts):
                needles = frozenset().union(*(part[0] or () for part in parts))
        elif op is c.IN and len(av) <= 4 and all(o is c.LITERAL for o, _ in av):
            lit = frozenset(chr(v) for _, v in av)  # [sz]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            needles, lit = _literals(av[2].data, c)
            if lit is not None and not av[0] == av[1] == 1:
                needles, lit = lit, None  # one copy at least, but where the next begins is unknown
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[:2] == (0, 1):
            _, lit = _literals(av[2].data, c)  # (?:ly)?
            lit = None if lit is None else lit | {""}
        if lit is not None:
            grown = frozenset(a + b for a in run for b in lit)
            if len(grown) > _MAX_NEEDLES:
                flush()
                grown = lit
                pure = False  # `run` holds the spellings of the tail only, not of the whole sequence
            run = grown
            continue
        pure = False
        flush()
        if _better(needles, best):
            best = needles
    if pure:
        return (_fewest(run) if _better(run, None) else None), run
    flush()
    return (_fewest(best) if best else None), None


def _fewest(needles: frozenset[str]) -> frozenset[str]:
    """Without the needles that hold another: finding "rat" already lets "rats" through."""
    return frozenset(n for n in needles if not any(m != n and m in n for m in needles))


def _fold_pattern(pattern: str) -> str:
    """Lower-case a pattern's literal letters, leaving escapes (\\W, \\D, \\B, ...) and "(?P" as written. (By the run
    of plain characters, not one at a time: ~700 patterns are folded when the rules are first used.)"""
    return "".join(p if p[0] == "\\" or p == "(?P" else p.lower() if "Σ" not in p else "".join(c.lower() for c in p)
                   for p in _PATTERN_PIECES.findall(pattern))


# an escape (a backslash and the character after it), "(?P", a run of characters that are neither, or a "("
_PATTERN_PIECES = re.compile(r"\\.?|\(\?P|[^\\(]+|\(", re.S)


_WORD = re.compile(r"[a-z0-9]+")


def _is_acronym(phrase: str) -> bool:
    """A short all-caps phrase ("MS", "SF-36"): matched as written, not case-insensitively."""
    return len(phrase) <= 5 and phrase.replace("/", "").isupper()


# every byte that is not a-z or 0-9 -> a space: the words of a text are then what split() gives
_NOT_WORD = bytes(b if 97 <= b <= 122 or 48 <= b <= 57 else 32 for b in range(256))


@lru_cache(maxsize=16384)
def words_of(folded: str) -> frozenset[str]:
    """The words of a folded text (maximal runs of a-z0-9). Cached like fold(): the outcome and condition lists ask
    again for the words of the same sentence (each clause of a result, each rule that names outcomes). Read as ASCII
    bytes (any other character a "?", which is no word character either), translated and split: a third of the time
    of findall, half of it on a text with a character outside ASCII."""
    return frozenset(folded.encode("ascii", "replace").translate(_NOT_WORD).decode("ascii").split())


class PhraseMatcher:
    """A list of phrases as whole words, each behind a word-set prefilter: a phrase's regex runs only when every
    whole word of it is a word of the text (set lookups), which is most of the speed of tagging. Short all-caps
    acronyms ("MS", "RA") match case-sensitively; everything else case-insensitively.

    The first match is the one an alternation of the phrases (longest first, acronyms before the others) finds:
    the earliest start, and at one start the phrase first in that order. Each phrase is its own regex, so a text
    is scanned only for the few phrases whose words it holds, not for the whole list."""

    _LAZY = frozenset(("keys", "_rules", "_index", "_index_keys", "_always"))

    def __init__(self, phrases: list[str]):
        self._phrases = phrases  # compiled on first use (__getattr__), like Rule

    def __getattr__(self, name: str) -> Any:
        if name not in PhraseMatcher._LAZY:
            raise AttributeError(name)
        self._build(self._phrases)
        return getattr(self, name)

    def _build(self, phrases: list[str]) -> None:
        # the order of the alternation this stands for: acronyms first, then the others, each longest first
        ordered = sorted({p for p in phrases if p}, key=lambda p: (not _is_acronym(p), -len(p), p))
        # (regex, whether it reads the text as written): an acronym's regex reads it as written, the others fold()ed
        self._rules: list[tuple[Prefiltered, bool]] = []
        self._index: dict[str, list[tuple[int, frozenset[str]]]] = {}  # key word -> (phrase, its whole words)
        self._always: list[int] = []  # phrases with no whole word: tried whenever the list is
        for order, p in enumerate(ordered):
            body = re.escape(p).replace("'", "['’]?").replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
            if _is_acronym(p):
                self._rules.append((Prefiltered(r"\b(?:" + body + r")\b"), True))
            else:  # "chronic non-cancer pain" is not about cancer.
                self._rules.append((Rule(r"(?<!non-)(?<!non )\b(?:" + body + r")\b").rx, False))
            # A phrase is found only with all its whole words in the text. A word beside a hyphen or an apostrophe
            # may be written joined ("wellbeing", "crohns"), so only words between spaces count.
            whole = frozenset(w for w in p.lower().split(" ") if _WORD.fullmatch(w))
            # A phrase with none ("well-being", "SF-36", "beta-endorphin") is found only with the words of one of the
            # ways its regex can be written ("well" and "being", or "wellbeing"): it is filed under each way.
            ways = [whole] if whole else _ways(self._rules[-1][0].pattern)
            for way in ways:
                self._index.setdefault(max(sorted(way), key=len), []).append((order, way))
            if not ways:
                self._always.append(order)
        # a frozenset: `& words` walks the smaller side, where dict.keys() & words walks every word of the text
        self._index_keys = frozenset(self._index)
        # the list is asked only when a word one of its phrases is filed under is a word of the text (the word of each
        # way it can be written: "post-exertional malaise" under "malaise", which "postexertional malaise" holds too),
        # or, for a phrase with none, its longest word
        self.keys = frozenset(self._index).union(
            max(_WORD.findall(ordered[o].lower()) or [ordered[o].lower()], key=len) for o in self._always)

    def search(self, text: str, folded: str | None = None, words: frozenset[str] | None = None) -> str | None:
        """The first phrase found, as written in `text` (`folded`: fold(text), and `words`: words_of(it), or of a
        text that holds it, when the caller has them)."""
        low = folded if folded is not None else fold(text)
        words = words if words is not None else words_of(low)
        if self.keys.isdisjoint(words):
            return None
        return self.first(text, low, self._candidates(words))

    def first(self, text: str, low: str, orders: list[int]) -> str | None:
        """Of the phrases `orders` (positions in the alternation's order), the first found in `text` (`low`: its
        fold), as written: the earliest start, and at one start the first in order."""
        # (written out, without lambdas: outcome and condition lists ask this ~30 times a record)
        best, first = None, 0
        rules = self._rules
        for order in orders:
            rx, as_written = rules[order]
            m = rx.search(text if as_written else low)
            if m is not None and (best is None or m.start() < best.start() or m.start() == best.start()
                                  and order < first):
                best, first = m, order
        return None if best is None else text[best.start():best.end()]

    def any(self, text: str, low: str, orders: list[int]) -> bool:
        """Whether one of the phrases `orders` is in `text` (`low`: its fold): first() is not None."""
        rules = self._rules
        for order in orders:
            rx, as_written = rules[order]
            if rx.found(text if as_written else low):
                return True
        return False

    def _candidates(self, words: frozenset[str]) -> list[int]:
        """The phrases whose whole words are all among `words`, and those that have none."""
        out = list(self._always)
        index = self._index
        for key in self._index_keys & words:
            for order, whole in index[key]:
                if whole <= words:
                    out.append(order)
        return out


def _ways(pattern: str) -> list[frozenset[str]]:
    """The words of each way through a phrase's regex (rule_words.required_words, of its folded pattern); [] when
    some way has none."""
    from .rule_words import required_words  # (rule_words reads this module)

    return required_words(_fold_pattern(pattern)) or []


class PhraseLists:
    """Named phrase lists searched together (outcomes.py: domain -> phrases): for one text, the first phrase of each
    list, as each list's PhraseMatcher.search finds it, in the lists' order. One word-index lookup serves every
    list (~23 outcome lists a clause), where asking each list apart cost two set operations and a call a list; the
    lists asked, and the phrases tried, are the ones PhraseMatcher.search asks and tries."""

    _LAZY = frozenset(("_lists", "_asked_by", "_asked_keys", "_by_word", "_word_keys", "_always"))

    def __init__(self, lists: dict[str, list[str]]):
        self.matchers = {name: PhraseMatcher(phrases) for name, phrases in lists.items()}  # compiled on first use

    def __getattr__(self, name: str) -> Any:
        if name not in PhraseLists._LAZY:
            raise AttributeError(name)
        self._build()
        return getattr(self, name)

    def _build(self) -> None:
        self._lists = list(self.matchers.items())
        asked_by: dict[str, list[int]] = {}  # PhraseMatcher.keys: a list is asked when one of its keys is a word
        by_word: dict[str, list[tuple[int, int, frozenset[str]]]] = {}  # PhraseMatcher._index, of every list
        always: dict[int, list[int]] = {}  # list -> its PhraseMatcher._always
        for li, m in enumerate(self.matchers.values()):
            for key in m.keys:
                asked_by.setdefault(key, []).append(li)
            for key, entries in m._index.items():
                by_word.setdefault(key, []).extend((li, order, whole) for order, whole in entries)
            if m._always:
                always[li] = list(m._always)
        self._asked_by, self._by_word, self._always = asked_by, by_word, always
        self._asked_keys, self._word_keys = frozenset(asked_by), frozenset(by_word)

    def search(self, text: str, folded: str | None = None, words: frozenset[str] | None = None
               ) -> list[tuple[str, str]]:
        """(list name, its first phrase as written in `text`) for each list that has one (`folded`, `words`: as
        PhraseMatcher.search takes them)."""
        low = folded if folded is not None else fold(text)
        tried = self._tried(words if words is not None else words_of(low))
        out = []
        for li in sorted(tried):
            name, matcher = self._lists[li]
            best = matcher.first(text, low, tried[li])
            if best is not None:
                out.append((name, best))
        return out

    def names(self, text: str, low: str, words: frozenset[str]) -> list[str]:
        """The names of search()'s lists, without their phrases: a list's phrases are tried only until one matches
        (finding asks which outcomes a clause names, never by which words)."""
        tried = self._tried(words)
        return [self._lists[li][0] for li in sorted(tried) if self._lists[li][1].any(text, low, tried[li])]

    def _tried(self, words: frozenset[str]) -> dict[int, list[int]]:
        """List -> its phrases to try: those whose whole words are all words of the text, of each list asked."""
        asked = set()
        for key in self._asked_keys & words:  # a frozenset: & walks the smaller side
            asked.update(self._asked_by[key])
        tried: dict[int, list[int]] = {}
        if not asked:
            return tried
        always = self._always
        for li in asked:
            if li in always:
                tried[li] = list(always[li])
        for key in self._word_keys & words:
            for li, order, whole in self._by_word[key]:
                if li in asked and whole <= words:
                    tried.setdefault(li, []).append(order)
        return tried
