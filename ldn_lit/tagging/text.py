"""Sentences of an abstract, each an exact substring, with the section it belongs to.

Tags quote the sentence that decided them, so a sentence must be text that really is in the
abstract; and many rules must ignore the background ("LDN has been used in MS, Crohn's...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Article

# Split after . ! ? followed by space and an upper-case letter/digit/bracket, but not after
# common abbreviations or initials ("e.g.", "vs.", "et al.", "Dr.", "i.v.").
_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[])")
_ABBREV_RE = re.compile(r"(?:\b(?:e\.g|i\.e|vs|al|approx|Dr|Fig|No|ca|cf|resp|i\.v|s\.c|p\.o)\.|\b[A-Z]\.)$")

BACKGROUND_LABELS = re.compile(r"^(BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE|PURPOSE OF REVIEW)", re.I)
RESULT_LABELS = re.compile(r"^(RESULT|FINDING|OUTCOME|MAIN RESULT)", re.I)
CONCLUSION_LABELS = re.compile(r"^(CONCLUSION|INTERPRETATION|DISCUSSION|IMPLICATION|SIGNIFICANCE|AUTHORS' CONCLUSION)", re.I)
METHOD_LABELS = re.compile(r"^(METHOD|MATERIAL|DESIGN|PATIENT|PARTICIPANT|SETTING|INTERVENTION|SUBJECT|CASE|STUDY)", re.I)
# In an unstructured abstract, sentences that report earlier work rather than this study.
_BACKGROUND_CUES = re.compile(
    r"\b(has been|have been|had been|is (?:a|an|the) |are (?:a|an) |previous(?:ly)?|prior (?:stud|work|report)|"
    r"is thought|is believed|is known|little is known|remains unclear|is unknown|off-label use)\b", re.I)


@dataclass(frozen=True)
class Sentence:
    text: str
    section: str  # "background", "methods", "results", "conclusions", "other"
    index: int  # position among all sentences
    last: bool = False  # the last sentence of the abstract


def split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    buf = ""
    for piece in _SPLIT_RE.split(text):
        buf = f"{buf} {piece}" if buf else piece
        if _ABBREV_RE.search(buf):
            continue
        parts.append(buf)
        buf = ""
    if buf:
        parts.append(buf)
    return [p.strip() for p in parts if p.strip()]


def _section_kind(label: str | None) -> str:
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
def _sentences_cached(sections: tuple[tuple[str | None, str], ...]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    structured = any(label for label, _ in sections)
    for label, text in sections:
        kind = _section_kind(label)
        for s in split_sentences(text):
            out.append(Sentence(s, kind, len(out)))
    if not structured and out:
        # Unstructured: the last sentence concludes; early sentences with background cues are background.
        out = [Sentence(s.text, "conclusions" if i == len(out) - 1 else
                        ("background" if i < max(1, len(out) // 3) and _BACKGROUND_CUES.search(s.text) else "other"),
                        s.index) for i, s in enumerate(out)]
    if out:
        out[-1] = Sentence(out[-1].text, out[-1].section, out[-1].index, last=True)
    return tuple(out)


def sentences(article: Article) -> tuple[Sentence, ...]:
    return _sentences_cached(tuple((s.label, s.text) for s in article.abstract_sections))


class PhraseMatcher:
    """phrase_regex() behind a substring prefilter: the regex runs only when the longest word of
    some phrase occurs in the (lower-cased) text, which is most of the speed of tagging."""

    def __init__(self, phrases: list[str]):
        self.rx = phrase_regex(phrases)
        self.keys = sorted({max(re.findall(r"[a-z0-9]+", p.lower()) or [p.lower()], key=len) for p in phrases if p})

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        if self.rx is None:
            return None
        low = lowered if lowered is not None else text.lower()
        if not any(k in low for k in self.keys):
            return None
        return self.rx.search(text)


def phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One regex for a list of phrases: whole words; short all-caps acronyms case-sensitive."""
    exact, loose = [], []
    for p in sorted(set(phrases), key=len, reverse=True):
        if not p:
            continue
        body = re.escape(p).replace("'", "['’]?").replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
        (exact if len(p) <= 5 and p.replace("/", "").isupper() else loose).append(body)
    parts = []
    if exact:
        parts.append(r"\b(?:" + "|".join(exact) + r")\b")
    if loose:
        parts.append(r"(?i:\b(?:" + "|".join(loose) + r")\b)")
    return re.compile("|".join(parts)) if parts else None
