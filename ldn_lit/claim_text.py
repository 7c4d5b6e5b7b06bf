"""Claims in prose: what a sentence asserts (condition, outcome, direction, cited journal), and which
sentences of an article (text, Markdown or HTML) are claims or citations worth checking.

The condition and outcome vocabularies are the tagger's, so a claim is read exactly as an abstract
would be. A claim that corresponds to one of queries.toml's [[claims]] takes that claim's id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .citation import clean, html_to_text, looks_like_html
from .config import Claim, Config
from .models import Article, TagReason
from .tagging.conditions import tag_conditions
from .tagging.outcomes import tag_outcomes
from .tagging.text import split_sentences
from .vocabulary import CONDITION_SCOPES, OUTCOMES

DRUG_RE = re.compile(r"\b(LDN|low[- ]dose naltrexone|naltrexone)\b", re.I)
JOURNAL_RE = re.compile(
    r"\b(?P<how>published|appeared|reported|stud(?:y|ies)|trials?|paper|article|report)\s+in\s+(?:the\s+)?"
    r"(?P<j>(?:[A-Z][\w'’&-]*)(?:\s+(?:of|and|&|the|for|in|on|[A-Z][\w'’&-]*))*)")
EFFECT_RE = re.compile(
    r"\b(effective|efficacious|improv\w*|reduc\w*|relie\w*|alleviat\w*|help\w*|benefit\w*|slow\w*|boost\w*|"
    r"therapeutic effects?|promising|significant improvements?|works? by|work by|treat(?:s|ing)?|cures?|"
    r"decreas\w*|lower\w*|prevent\w*|modulat\w*)\b", re.I)
NULL_RE = re.compile(r"\b(no effect|did not|does not|no benefit|ineffective|not effective|failed to)\b", re.I)
NEGATIVE_RE = re.compile(r"\b(worsen\w*|harm\w*|aggravat\w*)\b", re.I)
MECHANISM_RE = re.compile(r"\b(works? by|work by|mechanism|endorphins?|opioid receptors?|receptors?|immune system|"
                          r"immunomodulat\w*|natural opioids)\b", re.I)
DOSE_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:mg|milligrams?)\b.*?\b(?:and|to|-|–)\s*\d+(?:\.\d+)?\s*(?:mg|milligrams?)|"
                     r"\bbetween\s+\d+(?:\.\d+)?\s*(?:mg)?\s*and\s+\d+(?:\.\d+)?\s*mg", re.I)
ADDICTION_RE = re.compile(r"\b(alcohol|addiction|urge to use|opioid use disorder|drinking|heroin)\b", re.I)
WORKS_BY_RE = re.compile(r"\b(?:works?|working) by\b|\bthought to work\b", re.I)
MECHANISM_OUTCOMES = tuple(o.id for o in OUTCOMES if o.mechanism)
AUTOIMMUNE_RE = re.compile(r"\bautoimmune (?:diseases?|disorders?|conditions?)\b", re.I)
# "There have been several studies on MS, Crohn's and RA": studies exist, not an efficacy claim per condition
STUDIES_EXIST_RE = re.compile(r"\b(?:there (?:have been|are|were)|several|many|a number of)\b[^.]*"
                              r"\b(?:studies|trials|research)\b", re.I)
STUDY_RE = re.compile(r"\b(stud(?:y|ies)|trials?|research)\b", re.I)
SMALL_RE = re.compile(r"\b(small|few|limited)\b.*\b(significant|promising|positive)\b|"
                      r"\b(significant|promising)\b.*\b(small|few)\b", re.I)
# Outcome words that claims use and abstracts rarely do.
CLAIM_OUTCOMES = {
    r"\bsymptoms?\b": ["symptom_severity", "disease_activity_index"],
    r"\bprogression\b": ["disability_progression"],
    r"\bimmune system\b": ["immune_cells", "inflammatory_markers"],
    r"\binflammation\b": ["inflammatory_markers"],
    r"\bendorphins?\b|\bnatural opioids\b": ["endorphins"],
}


@dataclass
class ExtractedClaim:
    sentence: str
    claim: Claim | None
    cited_journal: str | None
    kind: str  # "claim", "citation" (a sentence that names a source), or "context"


def _journal(sentence: str) -> str | None:
    for m in JOURNAL_RE.finditer(sentence):
        j = re.sub(r"\s+(?:found|showed|reported|demonstrated|that|and|the)$", "", m.group("j")).strip()
        published = m.group("how") in ("published", "appeared", "reported")
        # "published in JAMA"; "a study in the Journal of Neuroimmunology" (but not "a study in Canada",
        # "a trial in the UK": after "study in", a journal needs two words or a journal word)
        journal_word = re.search(r"\b(?:Journal|J|Annals|Archives|Lancet|Reports|Review)\b", j)
        if len(j.split()) >= 2 and (published or journal_word) \
                or published and j.isupper():
            return j
    return None


def claim_conditions(sentence: str, config: Config) -> tuple[list[str], list[TagReason]]:
    """Conditions a sentence of prose names: the tagger's synonyms, then each condition's `claim_synonyms`
    ("MS" in "LDN reduced MS relapses"), which are too ambiguous for abstracts but plain in an article."""
    conds, reasons = tag_conditions(Article(pmid="claim", title=sentence), config.all_conditions)
    for c in config.all_conditions:
        for word in c.claim_synonyms:
            hit = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence)
            if hit and c.id not in conds:
                conds.append(c.id)
                reasons.append(TagReason("claim_synonym", f"{c.id}: {word}"))
    return conds, reasons


def extract_claim(sentence: str, config: Config, seq: int = 1) -> Claim | None:
    """The claim a sentence makes about LDN, or None when it makes none we can check."""
    probe = Article(pmid="claim", title=sentence)
    conds, reasons = claim_conditions(sentence, config)
    tracked = [c for c in conds if c in {x.id for x in config.conditions}]
    if (conds or ADDICTION_RE.search(sentence)) and not tracked:
        return None  # about alcohol or opioid dependence: naltrexone's licensed use, not an LDN claim
    if len(tracked) > 1:  # "fibromyalgia, a chronic pain disorder": the condition named first
        where = {r.matched.split(": ", 1)[0]: sentence.lower().find(r.matched.split(": ", 1)[1].lower())
                 for r in reasons}
        tracked.sort(key=lambda c: where.get(c, len(sentence)))
        tracked = tracked[:1]
    outcomes, _ = tag_outcomes(probe)
    outcomes = [o for o in outcomes if o != "safety_tolerability"]
    for rx, extra in CLAIM_OUTCOMES.items():
        if re.search(rx, sentence, re.I):
            outcomes += [o for o in extra if o not in outcomes]
    journal = _journal(sentence)
    clinical = [o for o in outcomes if o not in MECHANISM_OUTCOMES]
    if DOSE_RE.search(sentence) and DRUG_RE.search(sentence) or DOSE_RE.search(sentence) and "dose" in sentence.lower():
        direction = "dose"
    elif SMALL_RE.search(sentence):
        direction = "any"
    elif MECHANISM_RE.search(sentence) and not tracked and (WORKS_BY_RE.search(sentence) or not clinical):
        direction = "mechanism"  # how it works; a sentence asserting a clinical effect is an efficacy claim
    elif NULL_RE.search(sentence):
        direction = "null"
    elif NEGATIVE_RE.search(sentence):
        direction = "negative"
    elif EFFECT_RE.search(sentence):
        direction = "positive"
    else:
        return None
    if direction in ("positive", "null", "negative") and not (tracked or outcomes):
        return None
    condition = tracked[0] if tracked else "any"
    if direction == "positive" and condition == "any" and not outcomes:
        return None
    if direction == "mechanism":
        outcomes = [o for o in outcomes if o in MECHANISM_OUTCOMES] or ["endorphins"]
    elif clinical:
        outcomes = clinical
    made = Claim(id=f"claim_{seq}", claim=sentence, condition=condition,
                 outcomes=[] if direction in ("dose", "any") else outcomes, direction=direction,
                 cited_journal=journal,
                 condition_label=next((c.label for c in config.conditions if c.id == condition), ""))
    return _shipped(made, config) or made


def _shipped(c: Claim, config: Config) -> Claim | None:
    """The queries.toml claim this one corresponds to (same condition and direction, and a shared
    outcome or journal), kept with the sentence's own cited journal."""
    from .journals import same_journal

    autoimmune = c.condition == "any" and AUTOIMMUNE_RE.search(c.claim)
    for s in config.claims:
        in_scope = s.condition == c.condition or c.direction in ("dose", "any", "mechanism") or (
            autoimmune and s.condition in CONDITION_SCOPES["autoimmune"] and set(s.outcomes) & set(c.outcomes))
        if s.direction != c.direction or not in_scope:
            continue
        if c.direction in ("dose", "any", "mechanism") or set(s.outcomes) & set(c.outcomes) or \
                same_journal(s.cited_journal, c.cited_journal) or (not s.outcomes and not c.outcomes):
            # exactly the configured claim (so exactly its verdict), with the sentence's own cited journal; a
            # sentence naming only some of its outcomes ("LDN eased pain") is judged on those alone
            part = c.direction not in ("dose", "any", "mechanism") and c.outcomes and s.outcomes and \
                set(c.outcomes) & set(s.outcomes) < set(s.outcomes)
            if part:  # a sentence naming only some of its outcomes ("LDN eased pain"): its own assertion, own id
                return None
            words = s.claim if c.direction in ("dose", "any", "mechanism") else c.claim  # those rules read words
            return replace(s, claim=words, outcomes=list(s.outcomes), cited_journal=c.cited_journal or None)
    return None


def article_sentences(text: str) -> list[str]:
    """Sentences of a text, Markdown or HTML article (headings and list markers removed)."""
    if looks_like_html(text):
        text = html_to_text(text)
    out = []
    for para in re.split(r"\n\s*\n|\n(?=\s*(?:[#>*-]|\d+\.)\s)|\n", text):
        para = re.sub(r"^\s*(?:#{1,6}|>|[*-]|\d+\.)\s*", "", para)
        para = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", para)  # Markdown links -> their text
        para = re.sub(r"[*_`]{1,3}", "", para)
        para = clean(para)
        if para:
            out += split_sentences(para)
    return out


def extract_claims(text: str, config: Config) -> list[ExtractedClaim]:
    """Every checkable claim and every cited source in an article, in order.

    A sentence listing several conditions ("studies in MS, Crohn's disease and RA") followed by a
    sentence asserting results gives one claim per listed condition.
    """
    out: list[ExtractedClaim] = []
    sentences = article_sentences(text)
    seq = 0
    tracked_ids = {c.id for c in config.conditions}
    for s in sentences:
        journal = _journal(s)
        claim = extract_claim(s, config, seq + 1) if (DRUG_RE.search(s) or journal or STUDY_RE.search(s) or
                                                       re.match(r"^(It|These|This|They)\b", s)) else None
        conds = [c for c in claim_conditions(s, config)[0] if c in tracked_ids]
        if len(conds) >= 2 and DRUG_RE.search(s) and STUDIES_EXIST_RE.search(s) and not NULL_RE.search(s):
            # "There have been several studies on MS, Crohn's and RA": a descriptive claim (studies found on
            # each), one assertion, never an efficacy verdict per condition
            seq += 1
            out.append(ExtractedClaim(s, Claim(f"claim_{seq}", s, "any", [], "descriptive", None, conds), None,
                                      "claim"))
            continue
        if claim is not None:
            seq += 1
            claim.id = claim.id if not claim.id.startswith("claim_") else f"claim_{seq}"
            out.append(ExtractedClaim(s, claim, journal, "citation" if journal else "claim"))
        elif journal:
            out.append(ExtractedClaim(s, None, journal, "citation"))
    return out
