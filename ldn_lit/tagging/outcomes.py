"""Outcome domains a record measured, from a fixed vocabulary (ldn_lit/vocabulary.py: domain -> phrases).

Matched in the title and the study's own sentences (not the background), whole words; short
acronyms (EDSS, CDAI, PASI...) case-sensitively. Each domain keeps the phrase that matched.
A sentence that reports a harm ('two stopped because of insomnia': phrases/outcomes.toml) measured tolerability:
its symptom words count for safety_tolerability, not for the domain they share (sleep).
"""

from __future__ import annotations

from ..models import Article, TagReason
from ..vocabulary import OUTCOMES
from . import phrases
from .rule_words import may_match
from .text import PhraseLists, fold, fold_lines, sentences, words_of

# domain -> phrases, from the one evidence vocabulary
VOCABULARY: dict[str, tuple[str, ...]] = {o.id: o.phrases for o in OUTCOMES}
# every domain's list, searched together: a clause asks only the few lists whose words it holds
DOMAINS = PhraseLists({domain: list(phrases) for domain, phrases in VOCABULARY.items()})
HARM_REPORT = phrases.rule("outcomes", "harm_report")
_KEYS, _WORDS = (phrases.load("outcomes")["harm_report"].extra[k] for k in ("keys", "word_keys"))
assert isinstance(_KEYS, list) and isinstance(_WORDS, list)
# the keys that are whole words are looked up in the record's word set (~50 substring scans a record cost ~35 us)
_TEXT_KEYS, _WORD_KEYS = tuple(str(k) for k in _KEYS), frozenset(str(k) for k in _WORDS)
HARM_KEYS: tuple[str, ...] = (*_TEXT_KEYS, *sorted(_WORD_KEYS))
ADVERSE_SYMPTOM = phrases.rule("outcomes", "adverse_symptom")
# the finding tagger's own words for a harm: recovery once the drug was stopped, a case titled with an event after it
DECHALLENGE = phrases.rule("finding", "dechallenge")
HARM_TITLE = phrases.rule("finding", "harm_title")
# Words that hold an outcome's phrase but name no measure: the drug's action on opioid receptors ("opioid receptor
# blockade" is no endorphin measure), a population described by its disability ("adults with intellectual disability")
NOT_MEASURES = (phrases.rule("outcomes", "drug_action"), phrases.rule("outcomes", "population_words"))
SAFETY = "safety_tolerability"


def tag_outcomes(article: Article, words: frozenset[str] | None = None) -> tuple[list[str], list[TagReason]]:
    """`words`: the record's words (rule_words.record_words), when the caller has them: they gate which lists are
    asked (a word set that holds the texts' words, as the whole record's does, gates alike)."""
    texts = [article.title] + [s.text for s in sentences(article) if s.section != "background"]
    folded = fold_lines(texts, " \n ")  # (from the sentences' folds, which own_text made)
    words = words if words is not None else words_of(folded)  # (a symptom blanked below leaves a superset: as good)
    harm = HARM_TITLE.find(article.title)
    if any(may_match(rule, words) for rule in NOT_MEASURES):
        texts = [_measured(t, fold(t), words)[0] for t in texts]
        folded = fold_lines(texts, " \n ")
    keys = [*(k for k in _TEXT_KEYS if k in folded), *(_WORD_KEYS & words)]
    if keys:
        texts, harm = _harms_apart(texts, harm, keys)
        folded = fold_lines(texts, " \n ")
    found = DOMAINS.search(" \n ".join(texts), folded, words)
    if harm and not any(d == SAFETY for d, _ in found):
        found.append((SAFETY, harm))
    return [d for d, _ in found], [TagReason("outcome_phrase", f"{d}: {m}") for d, m in found]


def _harms_apart(texts: list[str], harm: str | None, keys: list[str]) -> tuple[list[str], str | None]:
    """The texts with each harm report's symptom words (from the harm on) blanked (the title keeps its own), and the
    first harm: the title's words, or else the first harm report's whole sentence (it names the symptom). Only a
    sentence holding one of `keys` (the HARM_KEYS the record holds) is searched: the patterns cost ~15 ns a character
    each, and most sentences hold none."""
    out = None
    for i in range(1, len(texts)):
        low = fold(texts[i])
        if not any(k in low for k in keys):
            continue
        m = HARM_REPORT.rx.rx.search(low) or DECHALLENGE.rx.rx.search(low)
        if m is None:
            continue
        text = texts[i]
        harm = harm or text
        blanked = ADVERSE_SYMPTOM.blank_folded(low[m.start():])  # the symptoms from the harm's first word on
        if blanked != low[m.start():]:
            out = out or texts[:]
            out[i] = text[:m.start()] + _with_blanks(text[m.start():], blanked)
    return out or texts, harm


def _with_blanks(text: str, blanked: str) -> str:
    """`text` as written, with spaces where `blanked` (its fold, some spans blanked) has them."""
    return "".join(" " if b == " " else c for c, b in zip(text, blanked, strict=True))


def harm_report(low: str) -> str | None:
    """A folded sentence that reports a harm (HARM_REPORT), with its symptom words from the harm on blanked, so that
    what else it names can be read ("vivid dreams were more frequent with LDN, while insomnia was similar" names no
    sleep outcome); None when it reports none."""
    m = HARM_REPORT.rx.rx.search(low) if any(k in low for k in HARM_KEYS) else None
    return None if m is None else low[:m.start()] + ADVERSE_SYMPTOM.blank_folded(low[m.start():])


def names(text: str, low: str, words: frozenset[str]) -> list[str]:
    """The domains one sentence or clause names (`low`: its fold, `words`: its words), as tag_outcomes reads them:
    without the words that name no measure (NOT_MEASURES)."""
    return DOMAINS.names(*_measured(text, low, words), words)


def _measured(text: str, low: str, words: frozenset[str]) -> tuple[str, str]:
    """`text` as written and its fold `low`, with the words that name no measure (NOT_MEASURES) blanked (spaces: spans
    still line up); `words` (of the text, or of a text that holds it) gate which rules are run."""
    for rule in NOT_MEASURES:
        if may_match(rule, words):
            blanked = rule.blank_folded(low)
            if blanked != low:
                text, low = _with_blanks(text, blanked), blanked
    return text, low


def domains_in(text: str, folded: str | None = None) -> list[tuple[str, str]]:
    """(domain, phrase as written) for every outcome domain one sentence or clause names."""
    low = folded if folded is not None else fold(text)
    return DOMAINS.search(text, low, words_of(low))
