"""Finding direction, and the one abstract sentence that decided it (quoted exactly).

Only results and conclusion sentences are read (the last sentence of an unstructured abstract,
and any sentence reporting a result). Null phrases are looked for first, because "no significant
improvement" contains "significant improvement". Then:
  positive + null in the results/conclusions -> mixed; positive -> positive; null -> null;
  worse than control -> negative; only tolerability statements -> safety_only;
  reviews and records with no result statement -> descriptive; protocols, notices, no abstract -> None.
"""

from __future__ import annotations

import re

from ..models import Article, TagReason
from .text import Sentence, sentences


def _rx(p: str) -> re.Pattern[str]:
    return re.compile(p, re.I)


NULL = _rx(
    r"\b(no (?:statistically )?significant (?:\w+ ){0,2}(?:difference|change|effect|improvement|reduction|benefit|"
    r"association|decrease|increase)s?|(?:was|were|did) not (?:significantly |statistically )?(?:differ|different|"
    r"improve|improved|reduce|reduced|change|changed|superior|better|effective|associated|alter|decrease|increase)\w*|"
    r"not (?:statistically )?significant(?:ly)?|non-?significant|failed to|did not (?:reach|achieve|show|demonstrate|find|"
    r"result in)|no (?:difference|benefit|effect|improvement)|not superior|comparable (?:to|with) placebo|"
    r"similar (?:to|in both|between)|no evidence (?:of|that|for)|was not associated|were not associated|"
    r"did not differ|(?:were|was) similar|in both groups|no (?:clear|meaningful) (?:effect|benefit)|"
    r"(?:was|were) (?:equivalent|comparable))\b")
# "unchanged" about another measure beside a clear improvement ("itch improved and the rash was
# unchanged") does not make a sentence mixed; alone ("antibodies were unchanged") it is null.
WEAK_NULL = _rx(r"\b((?:was|were) (?:unchanged|unaffected)|did not change|no change|remained (?:stable|unchanged))\b")
# "X decreased; the reduction was not statistically significant": the null qualifies the positive.
QUALIFIED = _rx(r"\b(?:the|this|these) (?:reduction|difference|improvement|change|decrease|increase|effect|trend)s?\b"
                r"[^.;]*\bnot (?:statistically )?significant")
MIXED = _rx(r"\b(mixed (?:effects|results|findings|evidence)|inconsistent (?:effects|results|findings))\b")
POSITIVE = _rx(
    r"\b(significant(?:ly)? (?:\w+ ){0,2}(?:improv|reduc|decreas|lower|better|greater|increas|relie|attenuat|"
    r"suppress|inhibit|benefit|response|effect)\w*|(?:improved|reduced|decreased|lowered|attenuated|inhibited|"
    r"suppressed|relieved|alleviated|ameliorated) (?:\w+ ){0,3}significantly|was (?:more )?effective|were effective|"
    r"is effective|effective (?:in|for|at)|superior to|(?:marked|substantial|clinically meaningful|clinically significant) "
    r"(?:improvement|reduction|decrease|response)|improvement in|improvements in|(?:symptoms|pain|fatigue|lesions) "
    r"(?:scores? |severity |levels? )?(?:improved|resolved|decreased|declined|diminished|fell|were reduced|was reduced)|resolution of|remission (?:was )?(?:achieved|induced)|achieved remission|"
    r"(?:improved|reduced|decreased|alleviated|relieved) (?:\w+ ){0,3}(?:pain|fatigue|symptoms|scores|severity|"
    r"activity|relapses|inflammation|quality of life|growth)|beneficial|promising|"
    r"(?:may be|is|was|appears?) (?:a )?(?:useful|beneficial|efficacious|an effective)|"
    r"(?:fell|dropped|declined|decreased|improved|rose) significantly|significantly (?:more|less|lower|fewer|better)|"
    r"favou?red (?:LDN|naltrexone|treatment|the intervention)|(?:reduces|improves|decreases|relieves|alleviates|"
    r"attenuates|inhibits|suppresses) |(?:was|were) (?:significantly )?(?:inhibited|reduced|decreased|suppressed|"
    r"attenuated|improved|lowered|alleviated|relieved)|(?:LDN|naltrexone|treatment|it) (?:significantly )?"
    r"(?:reduced|decreased|improved|attenuated|lowered|inhibited|suppressed|alleviated|relieved)|"
    r"\b\w+ (?:improved|resolved|decreased|declined|diminished|fell|dropped)\b|positive (?:treatment )?response|"
    r"helpful|responders?\b|significantly (?:longer|shorter|higher|greater)|(?:fewer|less frequent) (?:flares|relapses|"
    r"attacks|symptoms|episodes|exacerbations)|reported (?:fewer|less|improvement|improved|benefit))")
NEGATIVE = _rx(
    r"\b(worsen(?:ed|ing)?|deteriorat\w+|higher (?:relapse|pain|disease activity)|increased (?:pain|relapses?|"
    r"disease activity|mortality)(?: compared| relative| versus| vs)|more (?:relapses|pain) than|inferior to|"
    r"(?:was|were) harmful)\b")
SAFETY = _rx(r"\b(well[- ]tolerated|safe(?:ly)?\b|tolerab\w+|no serious adverse|adverse events? (?:were|was) "
             r"(?:mild|rare|uncommon|transient)|side effects (?:were|was) (?:mild|rare|minimal))")
# Improvement after the drug was stopped is evidence of harm, not benefit.
DECHALLENGE = _rx(r"\b(?:improved|resolved|recovered|normali[sz]ed) (?:\w+ )?after (?:stopping|discontinu\w+|"
                  r"withdraw\w+|cessation)")
RESULT_CUE = _rx(r"\b(similar|unchanged|significant|improv|reduc|decreas|differ|compared|versus|vs\.?|p\s*[<=>]|tolerat|effective|"
                 r"no effect|worsen|response|respond)")

NO_FINDING_DESIGNS = {"protocol"}
DESCRIPTIVE_DESIGNS = {"narrative_review"}


def _candidates(sents: tuple[Sentence, ...]) -> list[Sentence]:
    """Results and conclusions; in an unstructured abstract also any result-like sentence after the first."""
    return [s for s in sents if s.section in ("results", "conclusions") or
            (s.section == "other" and s.index > 0 and RESULT_CUE.search(s.text))]


def _classify(text: str) -> set[str]:
    if QUALIFIED.search(text):
        return {"null"}
    if MIXED.search(text):
        return {"null", "positive"}
    kinds = set()
    stripped = NULL.sub(" ", text)
    if stripped != text:
        kinds.add("null")
    if DECHALLENGE.search(stripped):
        kinds.add("negative")
        stripped = DECHALLENGE.sub(" ", stripped)
    if NEGATIVE.search(stripped):
        kinds.add("negative")
    if POSITIVE.search(stripped):
        kinds.add("positive")
    elif WEAK_NULL.search(stripped):
        kinds.add("null")
    if SAFETY.search(text):
        kinds.add("safety")
    return kinds


def tag_finding(article: Article, design: str) -> tuple[str | None, str | None, list[TagReason]]:
    """Returns (finding, evidence sentence, reasons)."""
    sents = sentences(article)
    if not sents:
        return None, None, [TagReason("no_abstract", "no abstract to read")]
    if design in NO_FINDING_DESIGNS or design == "other" and set(article.publication_types) & {
            "Retraction of Publication", "Published Erratum", "Expression of Concern"}:
        return None, None, [TagReason("design", f"{design}: no results to report")]
    if design in DESCRIPTIVE_DESIGNS:
        return "descriptive", None, [TagReason("design", design)]
    cands = _candidates(sents)
    labelled = [(s, _classify(s.text)) for s in cands]
    directional = [(s, k) for s, k in labelled if k & {"null", "positive", "negative"}]
    kinds = set().union(*(k for _, k in directional)) if directional else set()

    def pick(kind: str) -> Sentence:
        # Prefer a conclusions sentence that carries exactly this kind, then any sentence with it.
        for pref in (lambda s, k: s.section == "conclusions" and k & {"null", "positive", "negative"} == {kind},
                     lambda s, k: kind in k and s.section == "conclusions",
                     lambda s, k: k & {"null", "positive", "negative"} == {kind},
                     lambda s, k: kind in k):
            for s, k in directional:
                if pref(s, k):
                    return s
        return directional[0][0]

    if "negative" in kinds and "positive" not in kinds:
        s = pick("negative")
        return "negative", s.text, [TagReason("result_phrase", _match(NEGATIVE, s.text))]
    if "positive" in kinds and "null" in kinds:
        pos, null = pick("positive"), pick("null")
        s = next((x for x, k in directional if x.section == "conclusions"), pos)
        return "mixed", s.text, [TagReason("result_phrase", f"positive: {_match(POSITIVE, pos.text)}"),
                                 TagReason("result_phrase", f"null: {_match(NULL, null.text)}")]
    if "positive" in kinds:
        s = pick("positive")
        return "positive", s.text, [TagReason("result_phrase", _match(POSITIVE, NULL.sub(' ', s.text)))]
    if "null" in kinds:
        s = pick("null")
        return "null", s.text, [TagReason("result_phrase", _match(NULL, s.text))]
    safety = [s for s, k in labelled if "safety" in k]
    if safety:
        s = safety[-1]
        return "safety_only", s.text, [TagReason("result_phrase", _match(SAFETY, s.text))]
    return "descriptive", None, [TagReason("no_result_phrase", "no result or conclusion states a direction")]


def _match(rx: re.Pattern[str], text: str) -> str:
    m = rx.search(text)
    return m.group(0) if m else text[:80]
