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
from dataclasses import dataclass

from ..models import Article, OutcomeFinding, TagReason
from ..vocabulary import NOTICE_TYPES
from . import phrases
from .effect import CONTROLLED_TRIALS, comparison, effect
from .outcomes import domains_in
from .text import Rule, Sentence, fold, sentences

_rx = Rule


# A negation's scope: the rest of its clause ("was not associated with improved survival" is all null).
_SCOPE = r"(?:(?!\b(?:but|whereas|while|although|however)\b)[^,;.])*"
NULL = _rx(
    r"\b(no (?:statistically )?significant (?:\w+ ){0,2}(?:difference|change|effect|improvement|reduction|benefit|"
    r"association|decrease|increase)s?|(?:was|were|did) not (?:significantly |statistically )?(?:differ|different|"
    r"improve|improved|reduce|reduced|superior|better|effective|associated|alter|decrease|increase)\w*" + _SCOPE + "|"
    r"(?:was|were|did) not (?:significantly|statistically significantly) chang\w*|"
    r"(?:ldn|naltrexone|treatment|it|the drug|use) (?:did|does) not "
    r"(?!experience|report|develop|require|need|cause|lead)"
    r"\w+" + _SCOPE + "|"
    r"not (?:statistically )?significant(?:ly)?|non-?significant|failed to|(?:did|does|do) not (?:reach|achieve|show|"
    r"demonstrate|find|result in)" + _SCOPE + "|"
    # 2: a change seen in both arms says nothing about the drug
    r"(?:improved|decreased|declined|fell|reduced|increased|rose)\w* (?:\w+ ){0,2}in both (?:groups|arms)|"
    r"no (?:differences?|benefits?|effects?|improvements?)|no (?:group|treatment|between-group) differences?|"
    r"could not (?:differentiate|distinguish|detect|"
    r"demonstrate)" + _SCOPE + "|not superior|comparable (?:to|with) placebo|"
    r"similar (?:to|in both|between)|no evidence (?:of|that|for)|was not associated|were not associated|"
    r"did not differ|(?:were|was) similar|in both groups|no (?:clear|meaningful) (?:effect|benefit)|"
    r"(?:was|were) not affected|"
    r"without (?:a |an |any )?(?:significant |clear )?(?:effect|change|improvement|benefit)s?|"
    r"(?:do|does|did) not affect" + _SCOPE + "|"
    r"no (?:detectable|discernible|measurable|additional|further) (?:effect|benefit|difference|improvement)|"
    r"(?:do|does|did) not support (?:the |its )?use|(?:was|were|is|are) not (?:followed|accompanied) by" + _SCOPE + "|"
    r"\bnone of (?:the )?(?:[\w-]+ ){0,3}?(?:differed|changed|improved|showed (?:an? |any )?(?:\w+ )?(?:effect|benefit|"
    r"difference|improvement))" + _SCOPE + "|"
    r"\bnot (?:\w+ ){0,2}?(?:effective|efficacious|beneficial|useful|helpful|superior|an effective)\b" + _SCOPE + "|"
    r"\bineffective\b" + _SCOPE + r"|no (?:change|difference) in (?:the )?(?:consumption|dispensing|use|prescri\w+)|"
    r"(?:was|were) (?:equivalent|comparable))\b")
# "Unchanged" is weak: beside an improvement anywhere in the abstract ("itch improved; the rash was
# unchanged") it does not make the study mixed; with no improvement ("antibodies were unchanged") it is null.
WEAK_NULL = _rx(r"\b((?:was|were) (?:unchanged|unaffected)|did not change|no change|remained (?:stable|unchanged))\b")
# "X decreased; the reduction was not statistically significant": the null qualifies the positive.
QUALIFIED = _rx(r"\b(?:the|this|these) (?:[\w-]+ ){0,2}?"
                r"(?:reduction|difference|improvement|change|decrease|increase|effect|trend)s?\b"
                r"(?:[^.;]|\.\d)*\bnot (?:statistically )?significant|non-?significant (?:trend|tendency)|"
                r"\btrend(?:ed)? towards?")
# "Groups were comparable at baseline", "to determine whether LDN improves symptoms", "we hypothesise that LDN
# could reduce ...", "earlier open studies reported relief": no result of this study in these words.
NOT_A_RESULT = _rx(r"\b(?:(?:were|was) (?:comparable|similar|balanced|well matched) (?:\w+ ){0,2}at baseline|"
                   r"baseline characteristics (?:were|was) (?:similar|comparable|balanced)|whether [^.;]*|"
                   r"\b(?:hypothesi[sz]ed?|proposed?|postulated?|speculated?) that [^.;]*|"
                   r"\b(?:our|the|this|a) hypothesis (?:is|was) that [^.;]*|\banecdotal (?:evidence|reports?)[^.;]*|"
                   r"\b(?:earlier|previous|prior) (?:[\w-]+ ){0,4}?(?:studies|trials|reports|work) [^.;]*)")
# A result whose every p-value is 0.05 or more ("fell by 0.9 on LDN and 0.4 on placebo (p = 0.08)") is not shown.
P_VALUE = _rx(r"\bp\s*(?P<op>[=<>≤≥]=?)\s*(?P<v>0?\.\d+|1(?:\.0+)?)\b")
# "X decreased in both groups with no difference between groups": the comparison is what counts.
BETWEEN_NULL = _rx(r"\b(?:no (?:statistically )?(?:significant )?difference|did not differ|not differ significantly|"
                   r"(?:was|were) similar) (?:\w+ ){0,2}between (?:the )?(?:groups|arms|treatments)|"
                   r"\bin both (?:groups|arms)\b[^.;]*\b(?:no (?:significant )?(?:between-group )?difference|"
                   r"between-group difference was not)|"
                   r"no (?:statistically )?(?:significant )?between-group differences?")
MIXED = _rx(r"\b(mixed (?:effects|results|findings|evidence)|inconsistent (?:effects|results|findings)|"
            r"both (?:\w+ )?(?:stimulatory|beneficial|positive|protective) and (?:\w+ )?(?:inhibitory|harmful|"
            r"negative|detrimental|deleterious) effects)\b")
POSITIVE = _rx(
    r"\b(significant(?:ly)? (?:\w+ ){0,2}(?:improv|reduc|decreas|lower|better|greater|increas|relie|attenuat|"
    r"suppress|inhibit|benefit|response|effect)\w*|(?:improved|reduced|decreased|lowered|attenuated|inhibited|"
    r"suppressed|relieved|alleviated|ameliorated) (?:\w+ ){0,3}significantly|was (?:more )?effective|were effective|"
    r"is effective|effective (?:in|for|at)|superior to|"
    r"(?:marked|substantial|clinically meaningful|clinically significant) "
    r"(?:improvement|reduction|decrease|response)|improvement in|improvements in|(?:symptoms|pain|fatigue|lesions) "
    r"(?:scores? |severity |levels? )?(?:improved|resolved|decreased|declined|diminished|fell|were reduced|"
    r"was reduced)|resolution of|remission (?:was )?(?:achieved|induced)|achieved remission|"
    r"(?:improved|reduced|decreased|alleviated|relieved|lowered|prevented) (?:\w+ ){0,3}(?:pain|fatigue|symptoms|"
    r"scores|"
    r"severity|activity|relapses?|inflammation|quality of life|growth|risk|mortality|overdoses?|use|drinking|"
    r"withdrawal|weight|dispensing|consumption|prescriptions?|purchases?|requirements?|needs?)|beneficial|promising|"
    r"\bbut (?:\w+ )?(?:reduced|attenuated|improved|decreased|lowered|relieved|alleviated|prevented)\b|"
    r"(?:may be|is|was|appears?) (?:a )?(?:useful|beneficial|efficacious|an effective)|"
    r"(?:fell|dropped|declined|decreased|improved|rose) significantly|significantly (?:more|less|lower|fewer|better)|"
    r"favou?red (?:LDN|naltrexone|treatment|the intervention)|(?:reduces|improves|decreases|relieves|alleviates|"
    r"attenuates|inhibits|suppresses) |(?:was|were) (?:significantly )?(?:inhibited|reduced|decreased|suppressed|"
    r"attenuated|improved|lowered|alleviated|relieved)|(?:LDN|naltrexone|treatment|it) (?:significantly )?"
    r"(?:reduced|decreased|improved|attenuated|lowered|inhibited|suppressed|alleviated|relieved)|"
    r"\b\w+ (?:improved|resolved|decreased|declined|diminished|fell|dropped)\b|positive (?:treatment )?response|"
    r"helpful|responders?\b|"
    r"(?:reverses|reversed|accelerates|accelerated|protects|protected|prevents|prevented|preserved|"
    r"restores|restored|enhances|enhanced|dampens|dampened) |"
    r"produced (?:a |an )?(?:[\w-]+ ){0,3}(?:loss|reduction|improvement|benefit)|\d+ ?% (?:lower|smaller|fewer|less|"
    r"reduction|decrease)|"
    r"(?:partial|complete|near-complete|marked) (?:improvement|clearance|remission|response|resolution)|clearance of|"
    r"(?<=ly) (?:reduced|decreased|inhibited|suppressed|attenuated|lowered|improved)\b|"
    r"(?:small|slight|modest|significant|marked|greater|larger|meaningful|substantial) "
    r"(?:reduction|decrease|improvement)s? in|(?:ldn|naltrexone|treatment|use|users) (?:[\w-]+ ){0,4}(?:was|were) "
    r"associated with (?:a |an )?(?:[\w-]+ ){0,2}(?:lower|reduced|fewer|less|improved|better|longer|reductions?|"
    r"improvements?|decreases?)|(?:may|might|can|could) (?:\w+ )?(?:help (?:to )?)?(?:relieve|reduce|"
    r"improve|alleviate|slow|lessen)|"
    r"\b(?:healed|cleared|disappeared|regressed|subsided|normali[sz]ed)\b|"
    r"remained (?:\w+ )?(?:clear|in (?:\w+ )?remission|symptom-free)|positive effects?|"
    r"(?:increased|rose) significantly|(?:marked|complete|partial|significant|rapid) relief|relief of|non-?inferior|"
    r"(?:regrowth|improvement|remission|resolution|recovery|response|benefit) (?:was|were) (?:seen|observed|noted|"
    r"achieved|recorded|reached)|"
    r"(?:smaller|lower|less|fewer|less frequent|shorter) (?:\w+ ){0,2}(?:with|in|on|among) (?:the )?(?:LDN|naltrexone|"
    r"treated|treatment|intervention|users)|"
    r"(?:reduced|decreased|inhibited|suppressed|lowered) (?:\w+ ){1,3}by \d+(?:\.\d+)? ?%|"
    r"\) (?:improved|decreased|declined|fell)\b|significantly (?:longer|shorter|higher|greater)|"
    r"(?:it|ldn|naltrexone|treatment) did (?:reduce|improve|lower|decrease|relieve|alleviate|attenuate)|"
    r"(?:lowers|lowered|reduces|reduced|decreases|decreased) the (?:risk|incidence|frequency|severity) of|"
    r"(?:an? )?(?:safe(?:, \w+,? and|,? and)? )?effective alternative|"
    r"(?:suggests?|shows?|showed|supports?|demonstrates?|confirms?|indicates?) (?:the )?(?:efficacy|effectiveness|"
    r"benefits?) of|in favou?r of (?:the )?(?:[\w-]+ ){0,2}(?:ldn|naltrexone|treatment|intervention|active)|"
    r"(?:remarkable|marked|dramatic|notable|substantial|rapid) (?:\w+ ){0,2}(?:regrowth|improvement|recovery|"
    r"resolution|response|relief|healing)|(?:reduced|lower|decreased) (?:quantities|amounts|doses|need|"
    r"requirements?) (?:of|for)|(?:increase|prolongation|extension) (?:in|of) (?:\w+ ){0,2}survival|"
    r"delay in (?:\w+ ){0,4}tumou?r|"
    r"(?:fewer|less frequent) (?:flares|relapses|"
    r"attacks|symptoms|episodes|exacerbations)|reported (?:fewer|less|improvement|improved|benefit))")
NEGATIVE = _rx(
    r"\b(worsen(?:ed|ing)?|deteriorat\w+|higher (?:relapse|pain|disease activity)|increased (?:pain|relapses?|"
    r"disease activity|mortality)(?: compared| relative| versus| vs)|more (?:relapses|pain) than|"
    r"(?<!non-)(?<!non)inferior to|"
    r"(?:decrease|reduction|decline) in (?:\w+ ){0,2}survival|"
    r"(?:was|were) harmful|(?:poorly|badly) tolerated|substantial intolerance|elevated (?:\w+ )?risk|"
    r"(?:overdose|mortality|deaths?|relapses?|flares?)\b[^.;]{0,40}\b"
    r"(?:was|were) (?:\w+ )?increased|"
    r"(?:precipitat|trigger|provok|induc)\w* (?:\w+ ){0,2}(?:flares?|relapses?|exacerbations?)|"
    r"flares? (?:of|in) (?:\w+ ){0,2}(?:after|following) (?:starting|initiation|initiating|beginning))\b")
SAFETY = _rx(r"\b(well[- ]tolerated|safe(?:ly)?\b|tolerab\w+|no serious adverse|(?:injury|toxicity|hepatotoxicity|"
             r"adverse \w+|side effects?|discontinuations?) (?:was|were) (?:rare|uncommon|infrequent)|no cases of|"
             r"(?:adverse|side) (?:events?|effects?)"
             r"[^.;]{0,40}\b(?:were|was) (?:mild|rare|uncommon|transient|minimal|minor)|"
             r"mild (?:adverse|side) (?:events?|effects?))")
# Improvement after the drug was stopped is evidence of harm, not benefit.
DECHALLENGE = _rx(r"\b(?:improved|resolved|recovered|normali[sz]ed) (?:\w+ )?after (?:stopping|discontinu\w+|"
                  r"withdraw\w+|cessation)")
RESULT_CUE = _rx(r"\b(similar|percent|increas|"
                 r"unchanged|adverse|side effects|tolerat|relief|regrowth|smaller|larger|lower|higher|fewer|"
                 r"whereas|prevent|preserv|rare|occurred|\d+ ?%|"
                 r"earlier|faster|longer|shorter|less|than|flares?|significant|improv|reduc|decreas|differ|compared|"
                 r"versus|vs\.?|p\s*[<=>]|tolerat|effective|"
                 r"no effect|worsen|response|respond|healed|resolved|subsided|cleared|disappeared|regressed|remission)")

# A case report titled with an event "after starting low-dose naltrexone" reports a harm, even when the patient
# recovered ("symptoms resolved after the dose was reduced").
HARM_TITLE = _rx(r"\b(?:after|following) (?:the )?"
                 r"(?:initiation of|starting|start of|initiating|beginning|introduction of) "
                 r"(?:low[- ]dose |ldn|oral )?(?:naltrexone|ldn)\b")
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
    if kinds & {"null", "negative"} and "positive" not in kinds and ADVERSE_CONTEXT.rx.search(text) and \
            all(d == "safety_tolerability" for d, _ in domains_in(text, text)):
        # "Withdrawals due to adverse events did not differ", "two discontinued owing to worsening colitis":
        # what a sentence about harms and dropouts (and no other outcome) says is tolerability, not whether
        # the drug worked.
        kinds = (kinds - {"null", "negative", "weak_null"}) | {"safety"}
    return kinds


ADVERSE_CONTEXT = _rx(r"\b(adverse (?:events?|effects?|reactions?)|side[- ]effects?|withdrawals? (?:due|owing|because)|"
                      r"discontinu\w+ (?:due|owing|because)|"
                      r"(?:discontinued|withdrew|stopped|dropped out) (?:\w+ ){0,3}?"
                      r"(?:due|owing|because)|tolerability|toxicity)\b")


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


# "The primary outcome was change in pain intensity": the outcome that decides a trial's finding.
PRIMARY = _rx(r"\b(?:primary|main) (?:efficacy )?(?:outcomes?|end ?points?|outcome measures?|efficacy measures?)\b")
SECONDARY = _rx(r"\b(?:secondary|other|exploratory) (?:outcomes?|end ?points?|measures?)\b")
# A sentence that only names the outcome ("The primary outcome was the proportion whose pain improved") is
# no result, whatever words it uses; one with a p-value or a comparison verb is.
DEFINITION = _rx(r"\b(?:primary|secondary|main) (?:efficacy )?(?:outcomes?|end ?points?|outcome measures?) "
                 r"(?:was|were|is|are|included|comprised|will be)\b")
DEFINITION_RESULT = _rx(r"\bp\s*[<=>≤≥]|\b(?:differ\w*|significant\w*|met|achieved|reached|favou?r\w*)\b")
CLAUSE_SPLIT = _rx(r";|,? (?:but|whereas|while|although|however)\b")
SECTION_RANK = {"results": 0, "other": 1, "conclusions": 2}


def _direction(kinds: set[str]) -> str | None:
    """One finding from the kinds of evidence seen for a study or an outcome."""
    if {"positive", "negative"} <= kinds or {"positive", "null"} <= kinds:
        return "mixed"
    for kind, finding in (("negative", "negative"), ("positive", "positive"), ("null", "null"),
                          ("weak_null", "null")):
        if kind in kinds:
            return finding
    return None


def _is_definition(s: Sentence) -> bool:
    return bool(DEFINITION.search(s.text)) and not DEFINITION_RESULT.search(s.text)


# "The primary outcome was X" and "The primary outcome, X, ..." name X after it; "X was the primary outcome",
# "X, the primary outcome, was measured ..." name it before.
NAMED_AFTER = _rx(r"\s*(?:was|were|is|are|included|comprised|will be|:)\s")
CLAUSE_END = _rx(r";|\. (?=[A-Z])")


def _primary_part(text: str, low: str) -> str | None:
    """The words naming the primary outcome in one sentence (cut at any secondary outcome and at ';')."""
    m = PRIMARY.rx.search(low)
    if not m:
        return None
    if NAMED_AFTER.rx.match(low, m.end()):
        sec = SECONDARY.rx.search(low, m.end())
        end = CLAUSE_END.rx.search(text, m.end())
        stop = min(x.start() for x in (sec, end) if x) if sec or end else len(text)
        return text[m.start():stop]
    start = max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
    if low.startswith(", ", m.end()) and low[start:m.start()].strip() in ("", "the", "our", "its", "the study's"):
        comma = text.find(",", m.end() + 2)  # "The primary outcome, change in pain score, did not differ"
        return text[m.start():comma if comma > 0 else len(text)]
    return text[start:m.start()]


SECONDARY_CUE = re.compile(r"secondary|exploratory|other (?:outcome|end ?point|measure)", re.I)  # cheap pre-check


def _secondary_domains(sents: tuple[Sentence, ...]) -> list[str]:
    """Outcome domains named as secondary ("Secondary outcomes were fatigue, sleep and mood"), so that "none of
    the secondary outcomes differed" is a result for each of them."""
    out: list[str] = []
    for s in sents:
        if not SECONDARY_CUE.search(s.text):
            continue
        low = fold(s.text)
        for m in SECONDARY.rx.finditer(low):
            if s.section != "background" and NAMED_AFTER.rx.match(low, m.end()):
                end = CLAUSE_END.rx.search(s.text, m.end())
                out += [d for d, _ in domains_in(s.text[m.end():end.start() if end else len(s.text)]) if d not in out]
    return out


def _primary_domains(sents: tuple[Sentence, ...]) -> tuple[dict[str, str], list[str]]:
    """Outcome domain -> the sentence that names it as primary; and, for a primary outcome that is no
    tracked domain ("heavy drinking days (PHDD)"), the words a result sentence would name it by."""
    out: dict[str, str] = {}
    terms: list[str] = []
    for s in sents:
        if s.section == "background":
            continue
        part = _primary_part(s.text, fold(s.text))
        if part is None:
            continue
        named = domains_in(part)
        for domain, _ in named:
            out.setdefault(domain, s.text)
        if not named:
            terms += _primary_terms(part)
    return out, terms


ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)")
_FILLER = {"the", "a", "an", "change", "changes", "in", "of", "mean", "total", "percentage", "proportion", "number",
           "from", "baseline", "primary", "main", "outcome", "outcomes", "endpoint", "was", "were", "is", "score",
           "scores", "rate", "rates", "on", "at", "by", "and", "efficacy", "measure", "end", "point", "to", "week",
           "weeks", "daily", "average", "with"}


def _primary_terms(part: str) -> list[str]:
    """An abbreviation defined with the primary outcome ("(PHDD)"), else its first two content words
    ("withdrawal severity"), else its first content word when it is specific enough (6 letters or more)."""
    abbr = ABBREVIATION.findall(part)
    if abbr:
        return abbr
    words = [w for w in re.findall(r"[a-z][a-z-]+", fold(part)) if w not in _FILLER]
    return [" ".join(words[:2])] + ([words[0]] if len(words) > 1 and len(words[0]) >= 6 else []) if words else []


def _term_results(labelled: list[tuple[Sentence, set[str]]], terms: list[str]) -> list[tuple[str, Sentence]]:
    """Directions of the result clauses that name the primary outcome by its own words (best section only)."""
    if not terms:
        return []
    rx = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(t) for t in terms), re.I)
    hits: list[tuple[int, str, Sentence]] = []
    for s, kinds in labelled:
        if not kinds & DIRECTIONS or not rx.search(s.text):
            continue
        low = fold(s.text)
        parts = CLAUSE_SPLIT.rx.split(low) if len(kinds & DIRECTIONS) > 1 else [low]
        for part in parts:
            direction = _direction(kinds if len(parts) == 1 else _classify(part))
            if direction and rx.search(part):
                hits.append((SECTION_RANK.get(s.section, 1), direction, s))
    best = min((r for r, _, _ in hits), default=None)
    return [(d, s) for r, d, s in hits if r == best]


def _spans(rule: Rule, low: str, maxsplit: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the pieces rule.rx.split would give, so each piece can be read as written too."""
    out, start = [], 0
    for i, m in enumerate(rule.rx.finditer(low)):
        if maxsplit and i >= maxsplit:
            break
        out.append((start, m.start()))
        start = m.end()
    return out + [(start, len(low))]


def _contrasted(low: str, kinds: set[str], named: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """"FIQR scores were lower with LDN (p = 0.03), while fatigue did not differ": a clause whose difference is
    shown significant is a result of its own, though the sentence as a whole read only as null."""
    whole = [(0, len(low))]
    if kinds & DIRECTIONS != {"null"} or len(named) < 2:
        return whole
    spans = _spans(CONTRAST, low, 1)
    if len(spans) == 2 and any(CHANGE.rx.search(p) and _significant(_p_values(p)) and not NULL.rx.search(p)
                               for p in (low[a:b] for a, b in spans)):
        return spans
    return whole


@dataclass(frozen=True)
class _Hit:
    """One clause's result for one outcome."""

    rank: int  # SECTION_RANK of its sentence
    kinds: set[str]
    sentence: Sentence
    comparison: str
    effect: str | None


def _outcome_findings(labelled: list[tuple[Sentence, set[str]]], primary: dict[str, str],
                      secondary: list[str], design: str) -> tuple[list[OutcomeFinding], list[tuple[str, Sentence]]]:
    """Per-outcome findings, and the results stated for "the primary outcome" by name (finding, sentence).

    A sentence is cut into clauses at "but", "whereas", ";" so that "pain improved, whereas fatigue did not
    differ" gives pain positive and fatigue null. An outcome is judged on its sentences from the best
    section available: results before unlabelled sentences before conclusions; among them a between-arm
    result before a within-arm change. Each keeps how it was compared and its effect estimate as written
    (effect.py); a within-arm change in a controlled trial is never the primary outcome's result."""
    seen: dict[str, list[_Hit]] = {}
    primary_results: list[tuple[str, Sentence]] = []
    for s, kinds in labelled:
        if not kinds & (DIRECTIONS | {"safety"}):
            continue
        low = fold(s.text)
        named = domains_in(s.text, low)
        names_primary = bool(PRIMARY.rx.search(low))
        names_secondary = bool(secondary) and bool(SECONDARY.rx.search(low))
        if not named and not names_primary and not names_secondary:
            continue
        # Only a sentence pointing two ways is cut into clauses: "fell by 1.9 and 1.2; the difference was not
        # significant" is one null result, its second clause qualifying the first. "Pain decreased, whereas
        # sleep did not change" points two ways too, though the weak null does not count for the study.
        two_ways = len(kinds & DIRECTIONS) > 1 or "positive" in kinds and bool(WEAK_NULL.rx.search(low))
        spans = _spans(CLAUSE_SPLIT, low) if two_ways and CLAUSE_SPLIT.rx.search(low) else \
            _contrasted(low, kinds, named)
        parts = [low[a:b] for a, b in spans]
        rank = SECTION_RANK.get(s.section, 1)
        for (a, b), part in zip(spans, parts, strict=True):
            ck = kinds if len(parts) == 1 else _classify(part)
            direction = _direction(ck)
            # the clause as written: acronyms (FIQR, EDSS) match case-sensitively
            doms = [d for d, _ in (named if len(parts) == 1 else domains_in(s.text[a:b], part))]
            clause = s.text[a:b]
            comp = comparison(clause, design, direction is not None)
            if PRIMARY.rx.search(part) and direction:
                if not (comp == "within_arm" and design in CONTROLLED):
                    primary_results.append((direction, s))
                doms = doms or list(primary)
            elif SECONDARY.rx.search(part) and direction and not doms:  # "none of the secondary outcomes differed"
                doms = [d for d in secondary if d not in primary]
            for d in doms:
                if direction or d == "safety_tolerability" and "safety" in ck:
                    seen.setdefault(d, []).append(_Hit(rank, ck, s, comp, effect(clause)))
    findings = []
    for d, hits in seen.items():
        best = min(h.rank for h in hits)
        top = [h for h in hits if h.rank == best]
        top = [h for h in top if h.comparison != "within_arm"] or top
        kinds = set().union(*(h.kinds for h in top))
        direction = _direction(kinds) or ("safety_only" if "safety" in kinds else None)
        if direction is None:
            continue
        agree = [h for h in top if _direction(h.kinds) == direction] or top
        ev = next((h for h in agree if h.effect), agree[0])
        findings.append(OutcomeFinding(d, direction, ev.sentence.text, d in primary,
                                       ev.comparison if direction != "safety_only" else "none", ev.effect))
    findings.sort(key=lambda f: (not f.primary, f.outcome))
    return findings, primary_results


# Trials whose result is the difference between arms: a change within one arm is not it.
CONTROLLED = CONTROLLED_TRIALS


def _within_only(s: Sentence) -> bool:
    return s.section != "conclusions" and comparison(s.text, "other", False) == "within_arm"


def tag_finding(article: Article, design: str) -> tuple[str | None, str | None, list[TagReason],
                                                           list[OutcomeFinding]]:
    """Returns (finding, evidence sentence, reasons, per-outcome findings)."""
    sents = sentences(article)
    if not sents:
        return None, None, [TagReason("no_abstract", "no abstract to read")], []
    if design in NO_FINDING_DESIGNS or design == "other" and set(article.publication_types) & set(NOTICE_TYPES):
        return None, None, [TagReason("design", f"{design}: no results to report")], []
    if design in DESCRIPTIVE_DESIGNS:
        return (*_review_finding(sents, design, article.title), [])
    harm = HARM_TITLE.find(article.title) if design in ("case_report", "case_series") else None
    if harm:  # "Thyrotoxicosis after starting low-dose naltrexone": the report is of a harm
        return "negative", None, [TagReason("title_phrase", f"an adverse event reported: {harm}")], []
    cands = [s for s in _candidates(sents) if not _is_definition(s)]
    labelled = [(s, _classify(s.text)) for s in cands]
    primary, terms = _primary_domains(sents)
    # the secondary outcomes are looked up only for a result that speaks of them (it is slow)
    speaks = any(k & DIRECTIONS and SECONDARY_CUE.search(s.text) for s, k in labelled)
    per_outcome, primary_results = _outcome_findings(labelled, primary, _secondary_domains(sents) if speaks else [],
                                                     design)
    if not primary_results and not any(f.primary for f in per_outcome):
        primary_results = _term_results(labelled, terms)
    safety = _safety_review(labelled) if design in SAFETY_REVIEW_DESIGNS and SAFETY_TOPIC.search(article.title) \
        else None
    if design in CONTROLLED:  # "QoL improved from baseline within the LDN group": no result of the trial
        labelled = [(s, k - DIRECTIONS if _within_only(s) else k) for s, k in labelled]
    finding, evidence, reasons = safety or _decide(sents, labelled, _from_primary(per_outcome, primary_results))
    return finding, evidence, reasons, per_outcome


SAFETY_TOPIC = _rx(r"\b(adverse (?:events?|effects?|reactions?)|side effects?|safety|tolerability|toxicity|harms?)\b")


def _review_finding(sents: tuple[Sentence, ...], design: str, title: str) -> tuple[str, str | None, list[TagReason]]:
    """A narrative review describes, unless its conclusion says plainly that LDN does not work ("LDN is not
    effective in ...": null), it says in its own words that LDN works ("LDN is a promising therapy", "could be a
    viable option": positive), or it is about tolerability (its title says so) and reports nothing else
    (safety_only). Its other directions are the studies it describes, not its own result."""
    last = [s for s in sents if s.section == "conclusions"] or list(sents[-1:])
    for s in last:
        k = _classify(s.text)
        if "null" in k and not k & {"positive", "negative"}:
            return "null", s.text, [TagReason("result_phrase", f"review concludes: {_match(NULL, s.text)}")]
    own = [(s, _classify(s.text)) for s in sents if s.section != "background"]
    endorses = next((s for s in [*last, *(s for s, _ in own)] if ENDORSES.search(s.text)), None)
    if endorses is not None:
        why = f"review concludes: {ENDORSES.find(endorses.text)}"
        return "positive", endorses.text, [TagReason("result_phrase", why)]
    if SAFETY_TOPIC.search(title) and any("safety" in k for _, k in own) and not any(k & DIRECTIONS for _, k in own):
        s = next(s for s, k in own if "safety" in k)
        return "safety_only", s.text, [TagReason("result_phrase", f"review of tolerability: {_match(SAFETY, s.text)}")]
    return "descriptive", None, [TagReason("design", design)]


SAFETY_REVIEW_DESIGNS = {"systematic_review_or_meta_analysis"}
ENDORSES = phrases.rule("finding", "review_endorses")


def _safety_review(labelled: list[tuple[Sentence, set[str]]]) -> tuple[str, str, list[TagReason]] | None:
    """A systematic review of harms ("Adverse events of LDN: a systematic review") whose results name no outcome
    but tolerability is safety_only, even where its harms "did not differ from placebo"."""
    if not any("safety" in k for _, k in labelled):
        return None
    for s, k in labelled:
        if k & DIRECTIONS and any(d != "safety_tolerability" for d, _ in domains_in(s.text)):
            return None
    s = next(s for s, k in reversed(labelled) if "safety" in k)
    return "safety_only", s.text, [TagReason("result_phrase", f"review of harms: {_match(SAFETY, s.text)}")]


def _from_primary(per_outcome: list[OutcomeFinding], primary_results: list[tuple[str, Sentence]]
                  ) -> tuple[str, str, list[TagReason]] | None:
    """When the abstract names its primary outcome and reports on it, that result is the study's finding."""
    decided = [(f.finding, f.evidence, f.outcome) for f in per_outcome
               if f.primary and f.finding in ("positive", "null", "negative", "mixed")]
    decided += [(k, s.text, "primary outcome") for k, s in primary_results]
    if not decided:
        return None
    kinds = {k for k, _, _ in decided}
    finding = kinds.pop() if len(kinds) == 1 else "mixed"
    finding, evidence, outcome = next((d for d in decided if d[0] == finding), (finding, *decided[0][1:]))
    return finding, evidence, [TagReason("primary_outcome", f"{outcome}: {finding} (in: {evidence[:120]})")]


# In an unstructured abstract the last sentence concludes only when it is worded as a conclusion ("These
# results suggest ...", "LDN may ..."); otherwise it is one more result ("No effect on sleep could be shown.").
CONCLUSION_CUE = _rx(
    r"\b(?:conclu\w*|suggest\w*|indicat\w*|implies|imply|these (?:results|findings|data|observations)|"
    r"our (?:results|findings|data|study)|"
    r"(?:this|the present) (?:study|trial|review|case|report|series|pilot|analysis|meta-analysis)|"
    r"(?:may|might|could|can) (?!be (?:demonstrated|detected|found|shown|observed|seen|identified|measured))\w+|"
    r"appears?|seems?|promising|warrant\w*|further (?:studies|research|trials|investigation)|"
    r"supports? (?:the|its|a|use)|(?:shows?|showed|demonstrates?|demonstrated|confirms?|confirmed) that|"
    r"taken together|thus|therefore|overall|in summary)\b")
# A sentence cut short by the page it was read from ("There were no group differences in use of adjuvant medicat")
COMPLETE = re.compile(r"[.!?)\]\"'\u201d\u2019]\s*$")


def _conclusion(sents: tuple[Sentence, ...], labelled: list[tuple[Sentence, set[str]]]
                ) -> list[tuple[Sentence, set[str]]]:
    """The abstract's own conclusion: its conclusions section when it has labelled sections, else its last sentence
    when that is worded as a conclusion. A sentence cut short concludes nothing."""
    structured = any(s.section in ("results", "methods", "objective") for s in sents)
    return [(s, k) for s, k in labelled if s.section == "conclusions" and COMPLETE.search(s.text)
            and (structured or CONCLUSION_CUE.search(s.text))]


def _decide(sents: tuple[Sentence, ...], labelled: list[tuple[Sentence, set[str]]],
            primary: tuple[str, str, list[TagReason]] | None) -> tuple[str | None, str | None, list[TagReason]]:
    """As a reader decides: the conclusion sets the direction; `mixed` when the conclusion itself is mixed or the
    primary outcome's result disagrees with it. Without a directional conclusion the primary outcome decides, and
    without one every result sentence counts (_overall)."""
    concl = [(s, k) for s, k in _conclusion(sents, labelled) if k & DIRECTIONS]
    if not concl:
        return primary or _overall(labelled)
    kinds = set().union(*(k for _, k in concl))
    if any("weak_null" in k or WEAK_NULL.rx.search(fold(s.text)) for s, k in concl):
        kinds.add("null")  # "fewer relapses but no change in disability": in a conclusion "no change" is null
    direction = _direction(kinds)
    assert direction is not None
    if direction == "mixed" and primary and primary[0] in kinds:
        # "LDN reduced pain but had no effect on fatigue" with pain the primary outcome: the conclusion agrees
        # with the primary outcome's result, the other half is about secondary outcomes
        direction = primary[0]
    s = next((s for s, k in concl if _direction(k) == direction), concl[0][0])
    reasons = [TagReason("conclusion", f"{direction}: {s.text[:160]}")]
    if primary and primary[0] != direction:
        return "mixed", s.text, reasons + [TagReason("primary_outcome", f"disagrees: {primary[2][0].matched}")]
    return direction, s.text, reasons + (primary[2] if primary else [])


def _overall(labelled: list[tuple[Sentence, set[str]]]) -> tuple[str | None, str | None, list[TagReason]]:
    """No primary outcome result: every result and conclusion sentence counts."""
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
