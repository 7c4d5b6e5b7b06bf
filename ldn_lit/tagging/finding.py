"""Finding direction, and the one abstract sentence that decided it (quoted exactly).

Only results and conclusion sentences are read (the last sentence of an unstructured abstract,
and any sentence reporting a result). Null phrases are looked for first, because "no significant
improvement" contains "significant improvement". Then:
  positive + null in the results/conclusions -> mixed; positive -> positive; null -> null;
  worse than control -> negative; only tolerability statements -> safety_only;
  reviews and records with no result statement -> descriptive; protocols, notices, no abstract -> None.
"""

from __future__ import annotations

from ..models import Article, TagReason
from ..vocabulary import NOTICE_TYPES
from .text import Rule, Sentence, fold, sentences

_rx = Rule


# A negation's scope: the rest of its clause ("was not associated with improved survival" is all null).
_SCOPE = r"(?:(?!\b(?:but|whereas|while|although|however)\b)[^,;.])*"
NULL = _rx(
    r"\b(no (?:statistically )?significant (?:\w+ ){0,2}(?:difference|change|effect|improvement|reduction|benefit|"
    r"association|decrease|increase)s?|(?:was|were|did) not (?:significantly |statistically )?(?:differ|different|"
    r"improve|improved|reduce|reduced|superior|better|effective|associated|alter|decrease|increase)\w*" + _SCOPE + "|"
    r"(?:was|were|did) not (?:significantly|statistically significantly) chang\w*|"
    r"(?:ldn|naltrexone|treatment|it|the drug|use) (?:did|does) not (?!experience|report|develop|require|need|cause|lead)"
    r"\w+" + _SCOPE + "|"
    r"not (?:statistically )?significant(?:ly)?|non-?significant|failed to|(?:did|does|do) not (?:reach|achieve|show|"
    r"demonstrate|find|result in)" + _SCOPE + "|"
    # 2: a change seen in both arms says nothing about the drug
    r"(?:improved|decreased|declined|fell|reduced|increased|rose)\w* (?:\w+ ){0,2}in both (?:groups|arms)|"
    r"no (?:difference|benefit|effect|improvement)|not superior|comparable (?:to|with) placebo|"
    r"similar (?:to|in both|between)|no evidence (?:of|that|for)|was not associated|were not associated|"
    r"did not differ|(?:were|was) similar|in both groups|no (?:clear|meaningful) (?:effect|benefit)|"
    r"(?:was|were) not affected|without (?:a |an |any )?(?:significant |clear )?(?:effect|change|improvement|benefit)|"
    r"no (?:detectable|discernible|measurable|additional|further) (?:effect|benefit|difference|improvement)|"
    r"(?:do|does|did) not support (?:the |its )?use|"
    r"(?:was|were) (?:equivalent|comparable))\b")
# "Unchanged" is weak: beside an improvement anywhere in the abstract ("itch improved; the rash was
# unchanged") it does not make the study mixed; with no improvement ("antibodies were unchanged") it is null.
WEAK_NULL = _rx(r"\b((?:was|were) (?:unchanged|unaffected)|did not change|no change|remained (?:stable|unchanged))\b")
# "X decreased; the reduction was not statistically significant": the null qualifies the positive.
QUALIFIED = _rx(r"\b(?:the|this|these) (?:[\w-]+ ){0,2}?(?:reduction|difference|improvement|change|decrease|increase|effect|trend)s?\b"
                r"(?:[^.;]|\.\d)*\bnot (?:statistically )?significant|non-?significant (?:trend|tendency)|\btrend(?:ed)? towards?")
# "Groups were comparable at baseline", "to determine whether LDN improves symptoms": no result in these words.
NOT_A_RESULT = _rx(r"\b(?:(?:were|was) (?:comparable|similar|balanced|well matched) (?:\w+ ){0,2}at baseline|"
                   r"baseline characteristics (?:were|was) (?:similar|comparable|balanced)|whether [^.;]*)")
# A result whose every p-value is 0.05 or more ("fell by 0.9 on LDN and 0.4 on placebo (p = 0.08)") is not shown.
P_VALUE = _rx(r"\bp\s*(?P<op>[=<>≤≥]=?)\s*(?P<v>0?\.\d+|1(?:\.0+)?)\b")
# "X decreased in both groups with no difference between groups": the comparison is what counts.
BETWEEN_NULL = _rx(r"\b(?:no (?:statistically )?(?:significant )?difference|did not differ|not differ significantly|"
                   r"(?:was|were) similar) (?:\w+ ){0,2}between (?:the )?(?:groups|arms|treatments)|"
                   r"\bin both (?:groups|arms)\b[^.;]*\b(?:no (?:significant )?(?:between-group )?difference|"
                   r"between-group difference was not)|no (?:statistically )?(?:significant )?between-group differences?")
MIXED = _rx(r"\b(mixed (?:effects|results|findings|evidence)|inconsistent (?:effects|results|findings))\b")
POSITIVE = _rx(
    r"\b(significant(?:ly)? (?:\w+ ){0,2}(?:improv|reduc|decreas|lower|better|greater|increas|relie|attenuat|"
    r"suppress|inhibit|benefit|response|effect)\w*|(?:improved|reduced|decreased|lowered|attenuated|inhibited|"
    r"suppressed|relieved|alleviated|ameliorated) (?:\w+ ){0,3}significantly|was (?:more )?effective|were effective|"
    r"is effective|effective (?:in|for|at)|superior to|(?:marked|substantial|clinically meaningful|clinically significant) "
    r"(?:improvement|reduction|decrease|response)|improvement in|improvements in|(?:symptoms|pain|fatigue|lesions) "
    r"(?:scores? |severity |levels? )?(?:improved|resolved|decreased|declined|diminished|fell|were reduced|was reduced)|resolution of|remission (?:was )?(?:achieved|induced)|achieved remission|"
    r"(?:improved|reduced|decreased|alleviated|relieved|lowered|prevented) (?:\w+ ){0,3}(?:pain|fatigue|symptoms|scores|"
    r"severity|activity|relapses?|inflammation|quality of life|growth|risk|mortality|overdoses?|use|drinking|"
    r"withdrawal|weight)|beneficial|promising|"
    r"(?:may be|is|was|appears?) (?:a )?(?:useful|beneficial|efficacious|an effective)|"
    r"(?:fell|dropped|declined|decreased|improved|rose) significantly|significantly (?:more|less|lower|fewer|better)|"
    r"favou?red (?:LDN|naltrexone|treatment|the intervention)|(?:reduces|improves|decreases|relieves|alleviates|"
    r"attenuates|inhibits|suppresses) |(?:was|were) (?:significantly )?(?:inhibited|reduced|decreased|suppressed|"
    r"attenuated|improved|lowered|alleviated|relieved)|(?:LDN|naltrexone|treatment|it) (?:significantly )?"
    r"(?:reduced|decreased|improved|attenuated|lowered|inhibited|suppressed|alleviated|relieved)|"
    r"\b\w+ (?:improved|resolved|decreased|declined|diminished|fell|dropped)\b|positive (?:treatment )?response|"
    r"helpful|responders?\b|(?:reverses|reversed|accelerates|accelerated|protects|protected|prevents|prevented|preserved|"
    r"restores|restored|enhances|enhanced|dampens|dampened) |produced (?:a |an )?(?:[\w-]+ ){0,3}(?:loss|reduction|improvement|benefit)|\d+ ?% (?:lower|smaller|fewer|less|"
    r"reduction|decrease)|"
    r"(?:partial|complete|near-complete|marked) (?:improvement|clearance|remission|response|resolution)|clearance of|"
    r"(?<=ly) (?:reduced|decreased|inhibited|suppressed|attenuated|lowered|improved)\b|(?:small|slight|modest|significant|marked|greater|larger|meaningful|substantial) "
    r"(?:reduction|decrease|improvement)s? in|(?:ldn|naltrexone|treatment|use|users) (?:[\w-]+ ){0,4}(?:was|were) "
    r"associated with (?:a |an )?(?:[\w-]+ ){0,2}(?:lower|reduced|fewer|less|improved|better|longer|reductions?|"
    r"improvements?|decreases?)|(?:may|might|can|could) (?:\w+ )?(?:help (?:to )?)?(?:relieve|reduce|"
    r"improve|alleviate|slow|lessen)|"
    r"\b(?:healed|cleared|disappeared|regressed|subsided|normali[sz]ed)\b|remained (?:\w+ )?(?:clear|in (?:\w+ )?remission|symptom-free)|positive effects?|"
    r"(?:increased|rose) significantly|(?:marked|complete|partial|significant|rapid) relief|relief of|non-?inferior|"
    r"(?:regrowth|improvement|remission|resolution|recovery|response|benefit) (?:was|were) (?:seen|observed|noted|achieved)|"
    r"(?:smaller|lower|less|fewer|less frequent|shorter) (?:\w+ ){0,2}(?:with|in|on|among) (?:the )?(?:LDN|naltrexone|"
    r"treated|treatment|intervention|users)|(?:reduced|decreased|inhibited|suppressed|lowered) (?:\w+ ){1,3}by \d+(?:\.\d+)? ?%|"
    r"\) (?:improved|decreased|declined|fell)\b|significantly (?:longer|shorter|higher|greater)|(?:fewer|less frequent) (?:flares|relapses|"
    r"attacks|symptoms|episodes|exacerbations)|reported (?:fewer|less|improvement|improved|benefit))")
NEGATIVE = _rx(
    r"\b(worsen(?:ed|ing)?|deteriorat\w+|higher (?:relapse|pain|disease activity)|increased (?:pain|relapses?|"
    r"disease activity|mortality)(?: compared| relative| versus| vs)|more (?:relapses|pain) than|(?<!non-)(?<!non)inferior to|"
    r"(?:was|were) harmful|(?:poorly|badly) tolerated|substantial intolerance|elevated (?:\w+ )?risk|(?:overdose|mortality|deaths?|relapses?|flares?)\b[^.;]{0,40}\b"
    r"(?:was|were) (?:\w+ )?increased|(?:precipitat|trigger|provok|induc)\w* (?:\w+ ){0,2}(?:flares?|relapses?|exacerbations?)|"
    r"flares? (?:of|in) (?:\w+ ){0,2}(?:after|following) (?:starting|initiation|initiating|beginning))\b")
SAFETY = _rx(r"\b(well[- ]tolerated|safe(?:ly)?\b|tolerab\w+|no serious adverse|(?:injury|toxicity|hepatotoxicity|"
             r"adverse \w+|side effects?|discontinuations?) (?:was|were) (?:rare|uncommon|infrequent)|no cases of|(?:adverse|side) (?:events?|effects?)"
             r"[^.;]{0,40}\b(?:were|was) (?:mild|rare|uncommon|transient|minimal|minor)|mild (?:adverse|side) (?:events?|effects?))")
# Improvement after the drug was stopped is evidence of harm, not benefit.
DECHALLENGE = _rx(r"\b(?:improved|resolved|recovered|normali[sz]ed) (?:\w+ )?after (?:stopping|discontinu\w+|"
                  r"withdraw\w+|cessation)")
RESULT_CUE = _rx(r"\b(similar|unchanged|adverse|side effects|tolerat|relief|regrowth|smaller|larger|lower|higher|fewer|"
                 r"whereas|prevent|preserv|rare|occurred|\d+ ?%|"
                 r"earlier|faster|longer|shorter|less|than|flares?|significant|improv|reduc|decreas|differ|compared|versus|vs\.?|p\s*[<=>]|tolerat|effective|"
                 r"no effect|worsen|response|respond)")

DIRECTIONS = {"null", "weak_null", "positive", "negative"}
NO_FINDING_DESIGNS = {"protocol"}
DESCRIPTIVE_DESIGNS = {"narrative_review"}


def _candidates(sents: tuple[Sentence, ...]) -> list[Sentence]:
    """Results and conclusions; in an unstructured abstract also any result-like sentence after the first."""
    return [s for s in sents if s.section in ("results", "conclusions") or
            (s.section == "other" and s.index > 0 and RESULT_CUE.search(s.text))]


def _classify(text: str) -> set[str]:
    # once: the rules' .rx run on folded text directly; statements that are not results are blanked first
    text = NOT_A_RESULT.blank(fold(text))
    ps = _p_values(text)
    if QUALIFIED.rx.search(text) or BETWEEN_NULL.rx.search(text) and not _contrast(text) or _only_nonsignificant(ps):
        return {"null"}
    if MIXED.rx.search(text):
        return {"null", "positive"}
    kinds = set()
    stripped = NULL.blank(text)
    if stripped != text:
        kinds.add("null")
    if DECHALLENGE.rx.search(stripped):
        kinds.add("negative")
        stripped = DECHALLENGE.blank(stripped)
    if NEGATIVE.rx.search(stripped):
        kinds.add("negative")
    if POSITIVE.rx.search(stripped) or not kinds and CHANGE.rx.search(stripped) and _significant(ps):
        kinds.add("positive")
    elif WEAK_NULL.rx.search(stripped):
        kinds.add("weak_null")
    if SAFETY.rx.search(text):
        kinds.add("safety")
    return kinds


# "lower mean withdrawal scores (8.1 vs 11.6; p = 0.002)", "closed faster than vehicle (p < 0.01)": a
# difference shown significant is a result, whichever words describe it.
CHANGE = _rx(r"\b(lower|higher|greater|smaller|fewer|less|more|faster|slower|shorter|longer|earlier|later|delayed|"
             r"reduced|increased|decreased|improved|better)\b")


def _p_values(folded: str) -> list[tuple[str, float]]:
    return [(m.group("op"), float(m.group("v"))) for m in P_VALUE.rx.finditer(folded)]


def _significant(ps: list[tuple[str, float]]) -> bool:
    return any(op[0] in "<≤" and v <= 0.05 or op == "=" and v < 0.05 for op, v in ps)


def _only_nonsignificant(ps: list[tuple[str, float]]) -> bool:
    return bool(ps) and all(op[0] in ">≥" or op[0] == "=" and v >= 0.05 for op, v in ps)


CONTRAST = _rx(r"[;,]? (?:but|whereas|while|although|however)\b")


def _contrast(text: str) -> bool:
    """A null clause and a separate positive clause ("did not differ, but nausea was less frequent")."""
    parts = CONTRAST.rx.split(fold(text), maxsplit=1)
    return len(parts) == 2 and bool(POSITIVE.search(NULL.blank(parts[1])) or POSITIVE.search(NULL.blank(parts[0]))
                                    and BETWEEN_NULL.search(parts[1]))


def tag_finding(article: Article, design: str) -> tuple[str | None, str | None, list[TagReason]]:
    """Returns (finding, evidence sentence, reasons)."""
    sents = sentences(article)
    if not sents:
        return None, None, [TagReason("no_abstract", "no abstract to read")]
    if design in NO_FINDING_DESIGNS or design == "other" and set(article.publication_types) & set(NOTICE_TYPES):
        return None, None, [TagReason("design", f"{design}: no results to report")]
    if design in DESCRIPTIVE_DESIGNS:
        return "descriptive", None, [TagReason("design", design)]
    cands = _candidates(sents)
    labelled = [(s, _classify(s.text)) for s in cands]
    directional = [(s, k) for s, k in labelled if k & DIRECTIONS]
    kinds = set().union(*(k for _, k in directional)) if directional else set()

    def pick(kind: str) -> Sentence:
        # Prefer a conclusions sentence that carries exactly this kind, then any sentence with it.
        for pref in (lambda s, k: s.section == "conclusions" and k & DIRECTIONS == {kind},
                     lambda s, k: kind in k and s.section == "conclusions",
                     lambda s, k: k & DIRECTIONS == {kind},
                     lambda s, k: kind in k):
            for s, k in directional:
                if pref(s, k):
                    return s
        return directional[0][0]

    if kinds >= {"positive", "negative"}:
        pos, neg = pick("positive"), pick("negative")
        s = next((x for x, k in directional if x.section == "conclusions"), pos)
        return "mixed", s.text, [TagReason("result_phrase", f"positive: {_match(POSITIVE, pos.text)}"),
                                 TagReason("result_phrase", f"harm: {_match(NEGATIVE, neg.text)}")]
    if "negative" in kinds:
        s = pick("negative")
        return "negative", s.text, [TagReason("result_phrase", _match(NEGATIVE, s.text))]
    if "positive" in kinds and "null" in kinds:
        pos, null = pick("positive"), pick("null")
        s = next((x for x, k in directional if x.section == "conclusions"), pos)
        return "mixed", s.text, [TagReason("result_phrase", f"positive: {_match(POSITIVE, pos.text)}"),
                                 TagReason("result_phrase", f"null: {_match(NULL, null.text)}")]
    if "positive" in kinds:
        s = pick("positive")
        return "positive", s.text, [TagReason("result_phrase", _match(POSITIVE, s.text, NULL.blank(s.text)))]
    if kinds & {"null", "weak_null"}:
        kind, rx = ("null", NULL) if "null" in kinds else ("weak_null", WEAK_NULL)
        s = pick(kind)
        return "null", s.text, [TagReason("result_phrase", _match(rx, s.text))]
    safety = [s for s, k in labelled if "safety" in k]
    if safety:
        s = safety[-1]
        return "safety_only", s.text, [TagReason("result_phrase", _match(SAFETY, s.text))]
    return "descriptive", None, [TagReason("no_result_phrase", "no result or conclusion states a direction")]


def _match(rx: Rule, text: str, searched: str | None = None) -> str:
    """The words that matched, as written in `text` (`searched` is text with other matches blanked out)."""
    m = rx.search(text if searched is None else searched)
    return text[m.start():m.end()] if m else text[:80]
