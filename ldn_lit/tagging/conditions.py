"""Which conditions a record is about: MeSH, title, keywords, and the study's own sentences.

Never the query that found the record. A condition named only in the background of a long
abstract, or in a list of three or more conditions ("used in MS, Crohn's and fibromyalgia"), is
not what the study is about and is not tagged from that sentence.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from ..config import Condition
from ..models import Article, TagReason
from ..vocabulary import REVIEWS
from . import phrases
from .text import PhraseMatcher, fold, fold_lines, sentences, words_of


@lru_cache(maxsize=64)
def _rules(conditions: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]) -> _Rules:
    """The conditions' matchers, MeSH index and umbrella terms, built once for a configuration (one cache lookup
    a record: the key is hashed once)."""
    compiled = [(cid, {m.lower() for m in mesh}, PhraseMatcher(list(syn))) for cid, mesh, syn in conditions]
    index: dict[str, list[str]] = {}  # MeSH term (lower case) -> the ids of the conditions it names
    for cid, mesh, _ in conditions:
        for term in {m.lower() for m in mesh}:
            index.setdefault(term, []).append(cid)
    by_key: dict[str, list[int]] = {}  # a key word of a condition's matcher -> the conditions (positions) it opens
    for i, (_, _, rx) in enumerate(compiled):
        for key in rx.keys:
            by_key.setdefault(key, []).append(i)
    return _Rules(compiled, index, _umbrellas(conditions), by_key, frozenset(by_key))


@dataclass(frozen=True)
class _Rules:
    compiled: list[tuple[str, set[str], PhraseMatcher]]
    mesh_index: dict[str, list[str]]
    umbrellas: tuple[frozenset[str], dict[str, PhraseMatcher]]
    by_key: dict[str, list[int]]
    keys: frozenset[str]

    def asked(self, *words: frozenset[str]) -> set[int]:
        """The conditions (positions in `compiled`) one of whose matcher's keys is among `words`: the others'
        PhraseMatcher.search finds nothing there. One intersection for all the conditions, not two tests each."""
        out: set[int] = set()
        for some in words:
            for key in self.keys & some:  # a frozenset: & walks the smaller side
                out.update(self.by_key[key])
        return out


def _umbrellas(conditions: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]):
    """Umbrella terms: a MeSH term or synonym configured for two or more conditions ("inflammatory bowel
    disease" for Crohn's disease and ulcerative colitis). Returns (umbrella terms, lower-case; condition id ->
    matcher of its own specific synonyms) for the conditions that share one."""
    seen: dict[str, set[str]] = {}
    for cid, mesh, syn in conditions:
        for term in {t.lower() for t in (*mesh, *syn)}:
            seen.setdefault(term, set()).add(cid)
    shared = {t for t, ids in seen.items() if len(ids) > 1}
    specific = {cid: PhraseMatcher([t for t in syn if t.lower() not in shared])
                for cid, mesh, syn in conditions if shared & {t.lower() for t in (*mesh, *syn)}}
    return frozenset(shared), specific


def _key(conditions: list[Condition]):
    return tuple((c.id, tuple(c.mesh), tuple(c.synonyms or [c.label])) for c in conditions)


_last: tuple[tuple[Condition, ...], _Rules] | None = None  # the conditions tagged with last, and their rules


def _rules_of(conditions: list[Condition]) -> _Rules:
    """_rules(_key(conditions)); for the very Condition objects of the last call, their rules again without building
    and hashing the key (~6 us a record for 19 conditions). A configuration's conditions are not changed once loaded
    (config.load_config builds them): a list of other conditions is other objects."""
    global _last
    last = _last
    if last is not None and len(last[0]) == len(conditions) and all(map(operator.is_, last[0], conditions)):
        return last[1]
    rules = _rules(_key(conditions))
    _last = (tuple(conditions), rules)
    return rules


def tag_conditions(article: Article, conditions: list[Condition], words: frozenset[str] | None = None,
                   design: str | None = None) -> tuple[list[str], list[TagReason]]:
    """`words`: rule_words.record_words(article), when the caller has them. `design`: the record's (tag_design), when
    known: a review's enumeration of conditions is its scope ("reports in psoriasis, systemic sclerosis and
    dermatomyositis"), not a passing list, unless it reviews the drug's mechanisms (review_of_mechanisms)."""
    rules = _rules_of(conditions)
    compiled = rules.compiled
    mesh = {m.descriptor.lower(): m.descriptor for m in article.mesh}
    by_mesh: dict[str, str] = {}  # condition id -> the first of the record's MeSH headings that names it
    index = rules.mesh_index
    for heading in mesh:
        for cid in index.get(heading, ()):
            by_mesh.setdefault(cid, mesh[heading])
    keywords = _plain(" ; ".join(article.keywords))
    title = _plain(article.title)
    # (a review's own sentence of what it covers counts even under "Purpose of review": "We review … the clinical
    # evidence in rheumatoid arthritis, …")
    sents = [s.text for s in sentences(article) if s.section != "background" or design in REVIEWS and
             REVIEW_SCOPE.search(s.text) is not None]
    body = "\n".join(sents)
    blanked = title is not article.title
    if _has_false_friend(body):  # (most abstracts have none: their sentences are not read one by one for one)
        own, sents = sents, [_plain(t) for t in sents]
        body = "\n".join(sents)
        blanked = blanked or any(p is not t for p, t in zip(sents, own, strict=True))
    keyword_words: frozenset[str] = frozenset()
    if words is None or blanked:
        words = words_of(fold(f"{title} {keywords} {body}"))
    elif keywords:  # nothing blanked: the record's words hold the title's and the sentences'; the keywords' apart
        keyword_words = words_of(fold(keywords))  # (not added to them: a new set of ~250 words a record)
    # The body is searched with the words of the whole record (a superset of its own: the matcher's word test
    # only skips, the regex decides), so its words are not read again.
    body_low = fold_lines(sents)
    # (a definition may stand in the background: "Opioid use disorder (OUD) often ...", then "adults with OUD")
    abbrevs = _abbreviations(article, rules) \
        if any("(" in sec.text or "[" in sec.text for sec in article.abstract_sections) else {}
    asked = rules.asked(words, keyword_words)
    found: dict[str, TagReason] = {}
    scope = design in REVIEWS and not MECHANISMS.search(f"{title}\n{body}")  # its lists are what it reviews
    subgroups: set[str] = set()  # conditions found as a counted subgroup of the study's people
    for i, (cid, _, rx) in enumerate(compiled):
        if i not in asked and cid not in by_mesh and cid not in abbrevs:
            continue  # nothing could find it
        hit = by_mesh.get(cid)
        # MeSH names a licensed use (Opioid-Related Disorders on a pain study; an other_condition: tagged, never
        # searched) only if the text names it too; an animal study's is the disease its model is of ("Alcohol
        # Drinking" on rats pressing a lever for ethanol)
        if hit and (design == "animal_study" or any(c.query for c in conditions if c.id == cid) or rx.search(title)
                    or rx.search(keywords) or rx.search(body, body_low, words)):
            found[cid] = TagReason("mesh", hit)
            continue
        abbr = abbrevs.get(cid)
        if abbr and abbr[1].search(body):
            found[cid] = TagReason("abbreviation", f"{abbr[0]} (defined in the abstract)")
            continue
        if i not in asked:
            continue
        m = rx.search(title)
        if m and not RELATIVES.search(title[:title.find(m)]):
            found[cid] = TagReason("title", m)
            continue
        m = rx.search(keywords)
        if m:
            found[cid] = TagReason("keyword", m)
            continue
        if not rx.search(body, body_low, words):
            continue
        for text in sents:
            m = rx.search(text)
            if not m:
                continue
            at = text.find(m)
            counted = _counted(text, at, at + len(m))  # "(fibromyalgia 61, CRPS 23, ...)"
            # an enumeration that is what the record is about (a review's own sentence of what it covers, too)
            listed = scope or counted or design in REVIEWS and REVIEW_SCOPE.search(text) is not None
            if not _negated(m, text) and (listed or not _is_list_mention(text, rules) and not _in_long_list(m, text)) \
                    and not DRUG_USE.search(text[:at]) and not RESEMBLED.search(text[:at]) \
                    and not RELATIVES.search(text[:at]) \
                    and not (PRESCRIBED_FOR.search(text[:at]) and _is_list_mention(text, rules, 2)):
                found[cid] = TagReason("abstract", f"{m} (in: {text[:120]})")
                if counted:
                    subgroups.add(cid)
                elif cid == OWN_PAIN.extra["broader"] and design in REVIEWS and _is_list_mention(text, rules):
                    # a review's list of what it covers ("in fibromyalgia, MS, Crohn's disease and chronic pain"):
                    # chronic pain is an item of its own beside the narrower ones it lists
                    narrower = cast(list[str], OWN_PAIN.extra["narrower"])
                    subgroups.update(c for c, _, crx in compiled if c in narrower and crx.search(text))
                break
    shared, specific = rules.umbrellas
    if shared and any(c in specific for c in found):
        _drop_umbrella_only(found, rules.umbrellas, f"{title}\n{keywords}\n{body}", design in REVIEWS)
    _drop_own_pain(found, title, subgroups)
    order = [c.id for c in conditions]
    ids = sorted(found, key=order.index)
    return ids, [TagReason(found[c].rule, f"{c}: {found[c].matched}") for c in ids]


# The phrase rules, as data in phrases/conditions.toml (each entry with its examples and counter-examples).
FALSE_FRIENDS = phrases.rule("conditions", "false_friends")
DRUG_USE = phrases.rule("conditions", "drug_use")
PRESCRIBED_FOR = phrases.rule("conditions", "prescribed_for")
RESEMBLED = phrases.rule("conditions", "resembled")
RELATIVES = phrases.rule("conditions", "relatives")
LIST_SEPARATOR = phrases.rule("conditions", "list_separator")
NOT_A_CONDITION = phrases.rule("conditions", "not_a_condition")
DISEASE_QUALIFIER = phrases.rule("conditions", "disease_qualifier")
TITLE_CONDITION = phrases.rule("conditions", "title_condition")
_LEADING = phrases.rule("conditions", "title_leading_words")
OWN_PAIN = phrases.load("conditions")["own_pain_of"]
ANIMAL = phrases.rule("design", "animal")
MECHANISMS = phrases.rule("conditions", "review_of_mechanisms")
REVIEW_SCOPE = phrases.rule("conditions", "review_scope")


_FALSE_FRIEND_WORDS = ("necrosis", "infiltrat", "suppressor", "cleroderma")  # one is in every false friend, as written


def _has_false_friend(text: str) -> bool:
    for word in _FALSE_FRIEND_WORDS:
        if word in text:
            return True
    return False


def _plain(text: str) -> str:
    """The text with its false friends ("tumour necrosis factor") blanked out; the very text when it has none."""
    if not _has_false_friend(text):
        return text
    out = list(text)
    for m in FALSE_FRIENDS.rx.finditer(fold(text)):  # fold keeps lengths, so spans line up
        out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _drop_umbrella_only(found: dict[str, TagReason], umbrellas, text: str, review: bool = False) -> None:
    """An umbrella term tags every condition under it, unless the record names one of them specifically:
    "ulcerative colitis ... at our IBD clinic" is about ulcerative colitis only. `review`: the record reviews the
    literature, whose animal models ("studies of experimental colitis") are part of what it reviews of the disease."""
    shared, specific = umbrellas
    if not shared:
        return
    named = {cid for cid in found
             if cid in specific and (specific[cid].search(text) or
                                     found[cid].rule == "mesh" and found[cid].matched.lower() not in shared)}
    under = [c for c in found if c in specific and c not in named]
    if named:
        for cid in under:
            del found[cid]
    # An animal model of the umbrella disease (colitis in mice "as a model of IBD") is neither specific one.
    elif under and not review and ANIMAL.search(text):
        for cid in [c for c in under if re.split(r" \(in: | \[", found[c].matched)[0].lower() in shared]:
            del found[cid]


def _drop_own_pain(found: dict[str, TagReason], title: str, subgroups: set[str]) -> None:
    """"Chronic pain" read in the abstract of a fibromyalgia study, or in its title as the fibromyalgia's ("chronic
    widespread pain in fibromyalgia"), is the fibromyalgia's pain (own_pain_of); not in a study of chronic pain whose
    patients are counted by diagnosis ("fibromyalgia 61, CRPS 23"): there the narrower ones are its `subgroups`."""
    broader = str(OWN_PAIN.extra["broader"])
    narrower = OWN_PAIN.extra["narrower"]
    assert isinstance(narrower, list)
    if broader not in found or not any(c in found and c not in subgroups for c in narrower):
        return
    pain = found[broader]
    generic = pain.matched.split(" (in: ")[0].lower() in OWN_PAIN.phrases  # not "chronic low back pain 48"
    if pain.rule == "abstract" and generic or pain.rule == "title" and any(
            found[c].rule == "title" and re.search(
                rf"{re.escape(pain.matched)}\s+{OWN_PAIN.extra['title_link']}\s+(?:[\w'’-]+\s+){{0,3}}?"
                rf"{re.escape(found[c].matched)}", title, re.I) for c in narrower if c in found):
        del found[broader]


def _in_long_list(phrase: str, text: str) -> bool:
    """The condition is one short item of an enumeration of five or more (list_separator): one cause among many
    ("pruritus caused by renal disease, cholestasis, lymphoma, psoriasis, xerosis and other skin disorders")."""
    if text.count(",") < 3:
        return False
    items = LIST_SEPARATOR.rx.split(fold(text))
    short = [i for i in items if len(i.split()) <= 4]
    # not the first item: "Sixty patients with MS, aged 18-65, EDSS 2-6, ..." lists the MS patients' traits
    return len(short) >= 5 and any(phrase.lower() in i for i in items[1:] if len(i.split()) <= 4)


def _negated(phrase: str, text: str) -> bool:
    """"without underlying malignancy", "no evidence of cancer", "those with a history of ME/CFS ... will be excluded",
    "Exclusion criteria: ... cancer", "screening for an underlying malignancy was negative", "malignancy screening was
    negative": the condition is ruled
    out, not studied. Not "no medication for opioid use disorder": the people have it, untreated."""
    p = re.escape(phrase)
    return re.search(rf"\b(?:without|no evidence of|no|excluding|free of|ruled out)\s+"
                     rf"(?!(?:medications?|treatments?|therapy|drugs?|prescriptions?|care)\b)(?:[\w-]+\s+){{0,2}}{p}|"
                     rf"\b(?:screening|search|work-?up|tests?) for (?:[\w-]+\s+){{0,3}}{p}\b[^.;]{{0,160}}\b"
                     rf"(?:was|were) (?:negative|unremarkable|normal)|"
                     rf"{p}\s+(?:screening|work-?up|tests?)\s+(?:was|were) (?:negative|unremarkable|normal)|"
                     rf"{p}\b[^.;]{{0,80}}\b(?:were|was|will be|are|is) (?:excluded|ineligible|not eligible)|"
                     rf"\bexclusion criteria\b[^.;]*{p}", text, re.I) is not None


# "(IBD)", "[CD]", and with lower-case letters "(SSc)", "(pSS)", "(pwMS)": two to six letters, two of them capitals
ABBREV_DEF = re.compile(r"[(\[](?P<abbr>(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,6})[)\]]")


def _abbreviations(article: Article, rules: _Rules) -> dict[str, tuple[str, re.Pattern[str]]]:
    """Condition id -> (definition, pattern of the abbreviation) for "Crohn's disease [CD]", "inflammatory
    bowel disease (IBD)": the abbreviation then names the condition wherever it is used alone."""
    out: dict[str, tuple[str, re.Pattern[str]]] = {}
    abstract = None  # a property that joins the sections anew: read only for a definition found
    for sec in article.abstract_sections:
        for m in ABBREV_DEF.finditer(sec.text):
            abstract = article.abstract if abstract is None else abstract
            if abstract.count(m.group("abbr")) < 2:  # defined but never used alone
                continue
            before = sec.text[max(0, m.start() - 60):m.start()].rstrip()
            low = fold(before)
            words = words_of(low)
            asked = rules.asked(words)
            for i, (cid, _, rx) in enumerate(rules.compiled):
                if i not in asked:
                    continue
                hit = rx.search(before, low, words)
                if hit and before.endswith(hit) and cid not in out:
                    abbr = m.group("abbr")
                    out[cid] = (f"{hit} [{abbr}]", re.compile(rf"(?<![\w(\[-]){re.escape(abbr)}(?![\w)\]-])"))
    return out


def _counted(text: str, at: int, end: int) -> bool:
    """The condition's name (or its other name after a slash) is followed or preceded by its count of the study's
    people ("fibromyalgia 61", "CRPS (n = 23)", "142 with rheumatoid arthritis"), or by their share ("fibromyalgia
    (31%)", "myalgic encephalomyelitis/chronic fatigue syndrome (24%)") where no doctors tell what
    they prescribe it for: a breakdown of who was studied, not a passing enumeration."""
    return COUNTED.match(text, end) is not None or COUNTED_BEFORE.search(text, max(0, at - 40), at) is not None or \
        SHARE_AFTER.match(text, end) is not None and "prescri" not in text


# (after the name, its other name after a slash: "myalgic encephalomyelitis/chronic fatigue syndrome (24%)")
_OTHER_NAME = r"(?:\s*/\s*[^\s\d(),;/][^\d(),;/]{0,40}?)?"
COUNTED = re.compile(rf"{_OTHER_NAME}\s*(?:\(\s*)?(?:n\s*=\s*)?\d+\b(?!\s*(?:%|mg|years?|months?|weeks?|days?))", re.I)
SHARE_AFTER = re.compile(rf"{_OTHER_NAME}\s*\(\s*\d+(?:\.\d+)?\s?%\s*\)")
COUNTED_BEFORE = re.compile(r"(?:^|[:;,]\s*|\band\s+)\d+ (?:\(\d+(?:\.\d+)?\s?%\) )?with (?:primary |secondary )?$",
                            re.I)


def _is_list_mention(text: str, rules: _Rules, least: int = 3) -> bool:
    """A sentence naming three (`least`) or more conditions is an enumeration, not the study's subject."""
    low = fold(text)
    words = words_of(low)
    maybe = [rules.compiled[i][2] for i in sorted(rules.asked(words))]  # cheap test first
    return len(maybe) >= least and sum(1 for rx in maybe if rx.search(text, low, words)) >= least



def other_conditions(article: Article) -> list[TagReason]:
    """What a record is about when no configured condition matched, so that new uses of the drug show up
    under "other conditions" in `stats` and the digest: its MeSH disease headings, else words of its title."""
    mesh = [m.descriptor for m in article.mesh if not NOT_A_CONDITION.search(m.descriptor)]
    if any(m.qualifiers for m in article.mesh):
        # Indexed with qualifiers (MEDLINE): a condition is a heading with a disease-only qualifier
        # ('Autistic Disorder / drug therapy'); 'Brain / drug effects' or 'Body Weight' is not one.
        diseases = {m.descriptor for m in article.mesh if any(DISEASE_QUALIFIER.search(q) for q in m.qualifiers)}
        mesh = [d for d in mesh if d in diseases]
    if mesh:
        return [TagReason("mesh", d) for d in mesh[:4]]
    title = _plain(article.title)
    m = TITLE_CONDITION.rx.search(fold(title))
    if m:
        words = title[m.start("c"):m.end("c")]
        lead = _LEADING.rx.match(fold(words))
        words = words[lead.end() if lead else 0:].strip()
        if len(words) > 3:
            return [TagReason("title", words.lower() if not words.isupper() else words)]
    return []
