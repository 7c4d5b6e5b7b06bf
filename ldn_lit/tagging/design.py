"""Study design and population, from publication types and the abstract's own words.

Publication types are strong evidence but often missing (records not yet MEDLINE-indexed) or
coarse ("Clinical Trial"), so the abstract is read too. Rules are tried in a fixed order; the
first that fires decides, and its reason names the publication type or the matched phrase.
Background sentences are ignored for population cues ("in mice, LDN ..." in a human trial's
introduction does not make it an animal study).
"""

from __future__ import annotations

import re

from .. import vocabulary
from ..models import Article, TagReason
from .text import Folded, Rule, sentences

_rx = Rule


NOTICE_TYPES = set(vocabulary.NOTICE_TYPES)
COMMENT_TYPES = {"Comment", "Editorial", "Letter", "News", "Interview", "Biography"}

PROTOCOL = _rx(r"\b(study protocol|trial protocol|this protocol|protocol (?:of|for) (?:a|an|the)\b|"
               r"will be (?:randomi[sz]ed|enrolled|recruited|allocated)|we will (?:randomi[sz]e|recruit|enrol))")
SYSTEMATIC_TITLE = _rx(r"\b(systematic review|meta-?analys[ie]s|scoping review|pooled analysis)\b")
# Self-referential only: a narrative review citing "a meta-analysis found" is not one.
SYSTEMATIC_SELF = _rx(r"\b(we (?:systematically )?searched|(?:this|our|the present) (?:systematic review|meta-?analysis|scoping review)|"
                      r"systematic review and meta-?analysis|we (?:performed|conducted|undertook|carried out) a "
                      r"(?:systematic|meta-?analy|scoping)|(?:databases|MEDLINE|PubMed|Embase) (?:were|was) searched)")
REVIEW = _rx(r"\b(this (?:narrative |brief |literature )?review|we review|here(?:in)?,? we (?:review|summari[sz]e|discuss)|"
             r"narrative review|review of the (?:literature|evidence)|we summari[sz]e|this article (?:reviews|summari[sz]es|discusses)|"
             r"an overview|this overview|we discuss (?:its|the) (?:pharmacology|mechanisms?|evidence|rationale|use)|(?:trials|studies|evidence|literature|reports)\b[^.]{0,60}\b(?:are|is) reviewed)\b")
# "A placebo-controlled trial is justified": a call for future trials names no design of this study.
RECOMMENDATION = _rx(r"\b(needed|warranted|warrant|justified|merits?|future|should|supports? (?:a|further)|further (?:studies|trials|research)|need for|are required|is required|"
                     r"requires? (?:evaluation|confirmation)|larger (?:studies|trials))\b")
# "murine BV-2 microglial cells", "rat cortical neurons": the animal names the cells' source.
CELL_SOURCE = _rx(r"\b(?:murine|mouse|rat|rodent|canine|porcine|bovine)(?: [\w-]+){0,3} (?:cells?|cell lines?|"
                  r"macrophages|microglia\w*|neurons|splenocytes|hepatocytes|fibroblasts|astrocytes|cultures?)\b")
ANIMAL = _rx(r"\b(mice|mouse|murine|rats?|rodents?|hamsters?|rabbits?|guinea pigs?|zebrafish|dogs|canine|"
             r"primates?|macaques?|animal models?|EAE mice|in vivo model|xenografts?|wild-type|knockout)\b")
IN_VITRO = _rx(r"\b(in vitro|cell lines?|cultured (?:\w+ )?cells|cell cultures?|cells were (?:treated|incubated|exposed)|"
               r"HeLa|SH-SY5Y|Jurkat|PBMCs? (?:were|from)|organoids?|microglia(?:l)? cells|"
               r"peripheral blood mononuclear cells|isolated (?:\w+ ){0,3}cells|in the presence of)\b")
HUMAN = _rx(r"\b(patients?|participants?|subjects|volunteers|women|men|adults|children|adolescents|individuals|"
            r"people|persons|veterans|respondents|outpatients|inpatients|cases?|(?:\d+|a)[- ]year[- ]old|"
            r"(?:a|one) (?:wo)?man|girl|boy|healthy controls|pharmacists|physicians|clinicians|prescribers|nurses|"
            r"doctors|students|runners|athletes|smokers|drinkers)\b")

CROSSOVER = _rx(r"\bcross-?over\b")
RANDOMIZED = _rx(r"(?<!non-)(?<!non)(?<!not )\b(?:randomi[sz](?:ed|ation|ly)|randomly (?:assigned|allocated)|"
                 r"(?:assigned|allocated) at random|random (?:assignment|allocation))\b")
NONRANDOM = _rx(r"\b(non-?randomi[sz]ed|quasi-?experimental|controlled before-and-after)\b")
PLACEBO = _rx(r"\b(placebo|double-?blind(?:ed)?|sham)\b")
# "open-label case series": the noun decides, so an explicit case series is looked for first.
EXPLICIT_SERIES = _rx(r"\bcase series\b")
OPEN_LABEL = _rx(r"\b(open-?label|before and after (?:\d+|one|two|three|six|twelve) (?:weeks?|months?)|single-?arm|single[- ]group|uncontrolled (?:study|trial)|pilot (?:study|trial)|"
                 r"phase (?:I|II|1|2)\b|open (?:trial|study|pilot)|prospective (?:open|uncontrolled|pilot))")
# "Twenty patients with active ulcerative colitis received ...": people given the drug, no comparison stated.
# The optional count in front tells a handful of treated patients (a case series) from a study.
RECEIVED = _rx(r"\b(?:patients|participants|subjects|women|men|adults|children|volunteers|veterans|individuals)\b"
               r"[^.;]{0,80}?\b(?:received|were treated|took|were given|started|began)\b")
SMALL_COUNT = _rx(r"(?:^|\W)(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine)(?: [\w-]+){0,2} $")
ENROLLED_HERE = _rx(r"\b(we (?:enrolled|recruited|randomi[sz]ed|treated)|were randomi[sz]ed)\b")
STRONG_HUMAN = _rx(r"\b(patients?|participants?|volunteers|women|men|adults|children|\d+[- ]year[- ]old)\b")
CASE_SERIES = _rx(r"\b(case series|series of (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:patients|cases)|"
                  r"(?:report|describe|present) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:patients|cases)|"
                  r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) cases\b|report of (?:\w+ )?cases|"
                  r"(?:two|three|four|five|six|seven|eight|nine) patients (?:\w+ ){0,6}(?:are|were) described)")
HUMAN_INTERVENTION = _rx(r"\b(received|took|were (?:treated|randomi[sz]ed|enrolled|given)|administered to|prescribed)\b")
CASE_REPORT = _rx(r"\b(we (?:report|describe|present) (?:a|the) (?:case|patient|\d+-year-old)|case report|"
                  r"(?:a|an) \d+[- ]year[- ]old (?:wo)?man|(?:a|an) \d+[- ]year[- ]old (?:female|male|patient|girl|boy)|"
                  r"this case)\b")
COHORT = _rx(r"\b(retrospective(?:ly)?|cohort|chart review|medical records|registry|registers?|register-based|claims data|database study|"
             r"observational study|case-control|prescription data|electronic health records?)\b")
SURVEY = _rx(r"\b(survey|questionnaire-based|cross-sectional|online questionnaire)\b")

PUBTYPE_DESIGN = [
    ("Clinical Trial Protocol", "protocol"),
    ("Systematic Review", "systematic_review_or_meta_analysis"),
    ("Meta-Analysis", "systematic_review_or_meta_analysis"),
]


def _first(rx: Rule, texts: list[str] | list[Folded]) -> str | None:
    return next((m for t in texts if (m := rx.find(t))), None)


def tag_design(article: Article) -> tuple[str, str, dict[str, list[TagReason]]]:
    """Returns (design, population, reasons by tag)."""
    pts = set(article.publication_types)
    sents = sentences(article)
    # One string each (newline-joined, so no phrase spans two sentences): one regex scan per rule.
    own = [Folded.of("\n".join([article.title] + [s.text for s in sents if s.section != "background"]))]
    everything = [Folded.of("\n".join([article.title] + [s.text for s in sents]))]
    reasons: dict[str, list[TagReason]] = {"design": [], "population": []}

    def decide(design: str, rule: str, matched: str, population: str | None = None) -> tuple[str, str, dict]:
        reasons["design"].append(TagReason(rule, matched))
        pop = population or _population(own, reasons)
        if population:
            reasons["population"].append(TagReason("design", design))
        return design, pop, reasons

    notice = pts & NOTICE_TYPES
    if notice:
        return decide("other", "pubtype", sorted(notice)[0], "none")
    for pt, design in PUBTYPE_DESIGN:
        if pt in pts:
            return decide(design, "pubtype", pt, "none" if design != "protocol" else None)
    m = _first(PROTOCOL, everything)
    if m:
        return decide("protocol", "abstract_phrase", m)
    m = _first(SYSTEMATIC_TITLE, [article.title]) or _first(SYSTEMATIC_SELF, own)
    if m:
        return decide("systematic_review_or_meta_analysis", "abstract_phrase", m, "none")
    if "Review" in pts:
        return decide("narrative_review", "pubtype", "Review", "none")
    m = _first(REVIEW, everything)
    if m and not _first(ENROLLED_HERE, own):
        return decide("narrative_review", "abstract_phrase", m, "none")
    if pts & COMMENT_TYPES and not article.abstract_sections:
        return decide("other", "pubtype", sorted(pts & COMMENT_TYPES)[0], "none")

    population = _population(own, reasons)
    kinds = {r.matched.split(":")[0] for r in reasons["population"]}
    if population == "animal" or "animal" in kinds and "human" not in kinds:
        return decide("animal_study", "population", ", ".join(sorted(kinds)), population)
    if population == "in_vitro" or "in_vitro" in kinds and (
            "human" not in kinds or not _first(HUMAN_INTERVENTION, own)):
        return decide("in_vitro", "population", ", ".join(sorted(kinds)), population)

    # Trial-design cues are read only where the study describes itself, not where it calls for more trials.
    trial = [Folded.of("\n".join([article.title] + [s.text for s in sents if s.section != "background"
                                                    and not RECOMMENDATION.search(s.text)]))]
    cross = _first(CROSSOVER, trial)
    rand = "Randomized Controlled Trial" in pts and "pubtype: Randomized Controlled Trial" or (
        (m := _first(RANDOMIZED, trial)) and f"abstract_phrase: {m}")
    if cross and (rand or _first(PLACEBO, trial)):
        return decide("crossover_rct", "abstract_phrase", cross + (f" + {rand}" if rand else ""), population)
    if _first(NONRANDOM, trial) or "Non-Randomized Controlled Trial" in pts:
        return decide("nonrandomized_trial", "abstract_phrase",
                      _first(NONRANDOM, trial) or "Non-Randomized Controlled Trial", population)
    if rand:
        rule, matched = rand.split(": ", 1)
        return decide("rct", rule, matched, population)
    if "Controlled Clinical Trial" in pts:
        return decide("nonrandomized_trial", "pubtype", "Controlled Clinical Trial", population)
    placebo = _first(PLACEBO, trial)
    if placebo and "Case Reports" not in pts:
        return decide("nonrandomized_trial", "abstract_phrase", placebo + " (no randomisation stated)", population)
    m = _first(EXPLICIT_SERIES, own)
    if m:
        return decide("case_series", "abstract_phrase", m, population)
    m = _first(OPEN_LABEL, trial)
    if m:
        return decide("open_label_single_arm", "abstract_phrase", m, population)
    m = _first(CASE_SERIES, own)
    if m:
        return decide("case_series", "abstract_phrase", m, population)
    if "Case Reports" in pts:
        return decide("case_report", "pubtype", "Case Reports", population)
    m = _first(CASE_REPORT, own)
    if m:
        return decide("case_report", "abstract_phrase", m, population)
    m = _first(COHORT, own)
    if m:
        return decide("cohort_or_retrospective", "abstract_phrase", m, population)
    m = _first(SURVEY, own)
    if m:
        return decide("cross_sectional_or_survey", "abstract_phrase", m, population)
    trial_types = pts & {"Clinical Trial", "Clinical Trial, Phase I", "Clinical Trial, Phase II"}
    if trial_types:
        return decide("open_label_single_arm", "pubtype", sorted(trial_types)[0], population)
    for t in own:
        took = RECEIVED.rx.search(t.low)
        if took:
            base = max(0, took.start() - 40)
            count = SMALL_COUNT.rx.search(t.low[base:took.start()])
            start = base + count.start("n") if count else took.start()
            return decide("case_series" if count else "open_label_single_arm", "abstract_phrase",
                          t.text[start:took.end()], population)
    if "Observational Study" in pts:
        return decide("cohort_or_retrospective", "pubtype", "Observational Study", population)
    return decide("other", "no_rule", "no design rule matched", population)


def _population(own: list[Folded], reasons: dict[str, list[TagReason]]) -> str:
    found = {}
    for kind, rx in (("human", HUMAN), ("animal", ANIMAL), ("in_vitro", IN_VITRO)):
        m = _first(rx, own)
        if m and kind == "animal":
            m = _first(rx, [Folded(t.text, CELL_SOURCE.blank(t.low)) for t in own])
        if m:
            found[kind] = m
    if "animal" in found and "human" in found and not _first(STRONG_HUMAN, own):
        del found["human"]  # "cases", "subjects", "individuals" alone are weak next to "mice"
    reasons["population"] = [TagReason("abstract_phrase", f"{k}: {v}") for k, v in found.items()]
    if not found:
        reasons["population"] = [TagReason("no_cue", "no human, animal or cell cue in title/abstract")]
        return "none"
    return next(iter(found)) if len(found) == 1 else "mixed"
