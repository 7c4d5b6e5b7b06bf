"""Study design and population, decided by one ordered rule table (DESIGN_RULES, read top to bottom).

PubMed's own indexing comes first: publication types decide the design and the MeSH check tags
(Humans, Animals, Mice, Rats ...) decide the population when PubMed gives them. The abstract's words
decide when it does not, which is every record of the last months (not yet indexed). Each rule has a
name, a test and an example; the first that fires decides, and the reason stored names the rule and
what it matched ("pubtype: Randomized Controlled Trial", "abstract_phrase: randomly assigned"), so
`ldn-lit show` says which decided. A new design is one row plus its labelled examples.
Background sentences are ignored for population cues ("in mice, LDN ..." in a human trial's
introduction does not make it an animal study).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

from .. import vocabulary
from ..models import Article, TagReason
from . import phrases
from .blinding import fold_own, own_text
from .rule_cache import regex
from .rule_words import may_match
from .text import Folded, Rule, fold, fold_lines, sentences, words_of


def _rx(name: str) -> Rule:
    rule = phrases.rule("design", name)
    _NAMES[rule] = name
    return rule


_NAMES: dict[Rule, str] = {}


@cache
def _parts(rule: Rule) -> tuple[Rule, ...]:
    """The entry's patterns, one Rule each: a text is searched only for the patterns whose words it holds (rule_words),
    each behind its own needles, instead of for the whole alternation (~30 us an abstract for an entry of many
    patterns whose words are all somewhere in it). The first match of the entry's rule: the earliest, and at one
    place the first pattern, as the alternation takes it."""
    patterns = phrases.load("design")[_NAMES[rule]].patterns
    return (rule,) if len(patterns) == 1 else tuple(Rule(p) for p in patterns)


# The phrase rules, as data in phrases/design.toml (each entry with its examples and counter-examples).
PROTOCOL = _rx("protocol")
SYSTEMATIC_TITLE = _rx("systematic_title")
SYSTEMATIC_SELF = _rx("systematic_self")
REVIEW_HEADINGS = _rx("review_headings")
REVIEW = _rx("review")
NARRATIVE_HEADINGS = _rx("narrative_headings")
CELL_SOURCE = _rx("cell_source")
ANIMAL = _rx("animal")
IN_VITRO = _rx("in_vitro")
CELLS_IN_ANIMALS = _rx("cells_in_animals")
HUMAN = _rx("human")
CROSSOVER = _rx("crossover")
RANDOMIZED = _rx("randomized")
NONRANDOM = _rx("nonrandom")
PLACEBO = _rx("placebo")
EXPLICIT_SERIES = _rx("explicit_series")
OPEN_LABEL = _rx("open_label")
BEFORE_AFTER = _rx("before_after")
RECEIVED = _rx("received")
SMALL_COUNT = _rx("small_count")
ENROLLED_HERE = _rx("enrolled_here")
ENROLLED_PEOPLE = _rx("enrolled_people")
STRONG_HUMAN = _rx("strong_human")
CASE_SERIES = _rx("case_series")
HUMAN_INTERVENTION = _rx("human_intervention")
CASE_REPORT = _rx("case_report")
COHORT = _rx("cohort")
SURVEY = _rx("survey")
OTHERS_TRIALS = _rx("others_trials")
REGISTER = _rx("register")
FIXED_ORDER = _rx("fixed_order")
FOLLOW_UP = _rx("follow_up")
NOT_A_STUDY = _rx("not_a_study")
STATED_COHORT = _rx("stated_cohort")
TRIAL_CUE = _rx("trial_cue")
OWN_DATA = _rx("own_data")
PATIENT_TALLY = _rx("patient_tally")


NOTICE_TYPES = set(vocabulary.NOTICE_TYPES)
COMMENT_TYPES = {"Comment", "Editorial", "Letter", "News", "Interview", "Biography"}
NOT_A_STUDY_TYPES = vocabulary.NOT_A_STUDY_TYPES
# Publication type -> design, and MeSH design heading -> design, from the one evidence vocabulary.
PUBTYPE_DESIGN = {pt: d.id for d in vocabulary.DESIGNS for pt in d.publication_types}
MESH_DESIGN = {h: d.id for d in vocabulary.DESIGNS for h in d.mesh_headings}
# A title that names a design ("...: a retrospective chart review") makes a letter a study, not a comment.
TITLED_FEW = _rx("titled_few")
TREATED_FEW = _rx("treated_few")
EXTENSION_TITLE = _rx("extension_title")
TITLE_DESIGNS = (STATED_COHORT, RANDOMIZED, CROSSOVER, OPEN_LABEL, CASE_REPORT, CASE_SERIES, SURVEY, TITLED_FEW)
# MeSH check tags: PubMed's indexers say who was studied.
HUMAN_TAGS = {"Humans"}
ANIMAL_TAGS = {"Animals", "Mice", "Rats", "Mice, Inbred C57BL", "Mice, Inbred BALB C", "Rats, Sprague-Dawley",
               "Rats, Wistar", "Disease Models, Animal", "Dogs", "Rabbits", "Cricetinae", "Guinea Pigs", "Zebrafish"}
CELL_TAGS = {"Cells, Cultured", "Cell Line", "Cell Line, Tumor", "In Vitro Techniques", "Tumor Cells, Cultured"}


class _Record:
    """The texts and indexing the rules read, each built once and only when a rule asks for it."""

    def __init__(self, article: Article, words: frozenset[str] | None = None, own: str | None = None):
        self.article = article
        self._found: dict[tuple[Rule, str], str | None] = {}
        self.pts = set(article.publication_types)
        # design -> the first publication type (sorted) that means it: read by ~7 rows a record, built once
        self._pubtypes: dict[str, str] = {}
        for pt in sorted(self.pts):
            if pt in PUBTYPE_DESIGN:
                self._pubtypes.setdefault(PUBTYPE_DESIGN[pt], pt)
        self.mesh = {m.descriptor for m in article.mesh}
        self.sents = sentences(article)
        if words is not None:
            self.words = words
        if own is not None:
            self.trial = Folded(own, fold_own(own))

    @cached_property
    def words(self) -> frozenset[str]:
        """The words of the title and every sentence: a rule whose words are not all here is not run (rule_words)."""
        return words_of(self.everything.low)

    @cached_property
    def own(self) -> Folded:
        # One string (newline-joined, so no phrase spans two sentences): one regex scan per rule.
        lines = [self.article.title] + [s.text for s in self.sents if s.section != "background"]
        return Folded("\n".join(lines), fold_lines(lines))

    @cached_property
    def everything(self) -> Folded:
        return Folded.of("\n".join([self.article.title] + [s.text for s in self.sents]))

    @cached_property
    def trial(self) -> Folded:
        """Where the study describes itself: not the background, not calls for future trials (blinding.own_text,
        which tag_article passes in)."""
        own = own_text(self.article, self.words)
        return Folded(own, fold_own(own))

    @cached_property
    def population(self) -> tuple[str, list[TagReason], set[str]]:
        """(population, reasons, kinds of cue the text shows)."""
        return _population(self)

    def pubtype(self, design: str) -> str | None:
        return self._pubtypes.get(design)

    @cached_property
    def mesh_designs(self) -> dict[str, str]:
        """design -> the first MeSH design heading (sorted) that means it."""
        out: dict[str, str] = {}
        for h in sorted(self.mesh & MESH_DESIGN.keys()):
            out.setdefault(MESH_DESIGN[h], h)
        return out

    def mesh_design(self, design: str) -> str | None:
        return self.mesh_designs.get(design)

    def phrase(self, rx: Rule, where: str = "own") -> str | None:
        """The first match of `rx` in the text `where` (asked again by several rows: found once)."""
        key = (rx, where)
        if key in self._found:
            return self._found[key]
        found = None
        if may_match(rx, self.words):
            text = getattr(self, where)
            for part in _parts(rx):  # (an entry of one pattern is its own part: its gate is passed already)
                if (part is rx or may_match(part, self.words)) and (m := part.rx.search(text.low)) is not None and (
                        found is None or m.start() < found.start()):
                    found = m
        self._found[key] = phrase = None if found is None else text.text[found.start():found.end()]
        return phrase

    def randomised(self) -> str | None:
        """The randomisation phrase, unless every one is about others' trials (searched again with those blanked,
        only when there are some: otherwise it finds what it found)."""
        m = self.phrase(RANDOMIZED, "trial")
        if m and (blanked := OTHERS_TRIALS.blank_folded(self.trial.low)) != self.trial.low and \
                not RANDOMIZED.find(Folded(self.trial.text, blanked)):
            return None
        return m


@dataclass(frozen=True)
class DesignRule:
    """One row of the design table: if `test` finds something, the record is `design`.

    source:     what decided, as `show` prints it: pubtype, mesh, abstract_phrase, population, no_rule.
    population: the population this design fixes ("none" for reviews and notices), or None to read it.
    """

    name: str
    design: str
    source: str
    test: Callable[[_Record], object]  # something true (shown as the reason) when the rule fires
    example: str
    population: str | None = None


def _received(r: _Record, small: bool) -> str | None:
    """"Twenty patients ... received LDN": people given the drug, no comparison stated; 2-9 of them is a series."""
    if not may_match(RECEIVED, r.words):
        return None
    t = r.own
    m = RECEIVED.rx.search(t.low)
    if m:
        base = max(0, m.start() - 40)
        count = SMALL_COUNT.rx.search(t.low[base:m.start()])
        if bool(count) == small:
            return t.text[(base + count.start("n")) if count else m.start():m.end()]
    return None


def _section_label(article: Article, headings: Rule) -> str | None:
    """A section PubMed labels with one of `headings`, read as the label and a colon: only systematic reviews use
    "SELECTION CRITERIA", "DATA SOURCES" (REVIEW_HEADINGS); only narrative reviews "Purpose of review", "Areas covered"
    (NARRATIVE_HEADINGS)."""
    return next((f"section {s.label}" for s in article.abstract_sections
                 if s.label and headings.find(s.label + ":")), None)


_ANSWERS = ("re:", "comment on", "response to", "reply")


def _titled_study(r: _Record) -> bool:
    """A research letter whose title names its design ("...: a retrospective chart review"); a Comment, or a
    letter titled "Re: ..." / "Comment on ...", is about someone else's study, whatever its title names."""
    title = r.article.title.lstrip().lower()
    return "Comment" not in r.pts and not title.startswith(_ANSWERS) and \
        any(may_match(rx, r.words) and rx.search(r.article.title) for rx in TITLE_DESIGNS)


def _mesh_test(design: str) -> Callable[[_Record], object]:
    """The test of a design's MeSH row: one of its headings (vocabulary.Design.mesh_headings) is indexed, in a study
    of people (animals given a drug and placebo "in random order", indexed Cross-Over Studies, are an animal study)."""
    return lambda r: _of_people(r) and r.mesh_design(design)


def _of_people(r: _Record) -> bool:
    return r.population[0] not in ("animal", "in_vitro")


def _about_others(r: _Record) -> bool:
    """A comment or letter with no abstract that answers another paper ("Re: ... a systematic review"): its title
    names that paper's design, not its own."""
    return not r.article.abstract_sections and ("Comment" in r.pts or "Letter" in r.pts and not _titled_study(r) or
                                                r.article.title.lstrip().lower().startswith(_ANSWERS))


def _population_kinds(r: _Record) -> str:
    kind = r.population[0]
    return ", ".join(sorted(r.population[2] | ({kind} if kind in ("animal", "in_vitro") else set())))


DESIGN_RULES: tuple[DesignRule, ...] = (
    DesignRule("notice", "other", "pubtype", lambda r: next(iter(sorted(r.pts & NOTICE_TYPES)), None),
               "publication type Retraction of Publication", "none"),
    DesignRule("not_a_study_pubtype", "other", "pubtype", lambda r: next(iter(sorted(r.pts & NOT_A_STUDY_TYPES)), None),
               "publication type Editorial (its abstract tells of another paper's trial), Practice Guideline", "none"),
    DesignRule("protocol_pubtype", "protocol", "pubtype", lambda r: r.pubtype("protocol"),
               "publication type Clinical Trial Protocol"),
    DesignRule("systematic_pubtype", "systematic_review_or_meta_analysis", "pubtype",
               lambda r: r.pubtype("systematic_review_or_meta_analysis"), "publication type Meta-Analysis", "none"),
    DesignRule("protocol_phrase", "protocol", "abstract_phrase", lambda r: r.phrase(PROTOCOL, "everything"),
               "Sixty adults will be randomised to LDN or placebo; this trial will test ..."),
    DesignRule("crossover_rct_pubtype", "crossover_rct", "pubtype",
               lambda r: r.pubtype("rct") and (r.phrase(CROSSOVER, "trial") or "Cross-Over Studies" in r.mesh)
               and f"{r.pubtype('rct')} + crossover",
               "publication type Randomized Controlled Trial, and 'crossover' in the text or MeSH Cross-Over Studies"),
    DesignRule("rct_pubtype", "rct", "pubtype", lambda r: r.pubtype("rct"),
               "publication type Randomized Controlled Trial"),
    DesignRule("case_series_of_case_reports", "case_series", "abstract_phrase",
               lambda r: r.pubtype("case_report") and (r.phrase(EXPLICIT_SERIES) or r.phrase(CASE_SERIES)
                                                       or _received(r, small=True) or r.phrase(TREATED_FEW)),
               "publication type Case Reports, and 'this series of three case reports', 'five patients took LDN'"),
    DesignRule("case_report_pubtype", "case_report", "pubtype", lambda r: r.pubtype("case_report"),
               "publication type Case Reports"),
    DesignRule("extension_title", "open_label_single_arm", "abstract_phrase",
               lambda r: may_match(EXTENSION_TITLE, r.words) and EXTENSION_TITLE.find(r.article.title),
               "title 'Open-label extension of a randomized trial of ...'"),
    DesignRule("systematic_phrase", "systematic_review_or_meta_analysis", "abstract_phrase",
               lambda r: not _about_others(r) and (
                   may_match(SYSTEMATIC_TITLE, r.words) and SYSTEMATIC_TITLE.find(r.article.title)
                   or r.phrase(SYSTEMATIC_SELF) or r.phrase(REVIEW_HEADINGS)
                   or _section_label(r.article, REVIEW_HEADINGS)),
               "title '... : a systematic review', 'we searched MEDLINE and Embase', or a section 'Selection criteria'",
               "none"),
    DesignRule("narrative_headings", "narrative_review", "abstract_phrase",
               lambda r: _section_label(r.article, NARRATIVE_HEADINGS),
               "sections labelled 'Purpose of review', 'Recent findings', 'Summary'", "none"),
    DesignRule("review_pubtype", "narrative_review", "pubtype", lambda r: r.pubtype("narrative_review"),
               "publication type Review", "none"),
    DesignRule("survey_observational_pubtype", "cross_sectional_or_survey", "pubtype",
               lambda r: r.pubtype("cohort_or_retrospective") and r.phrase(SURVEY) and
               f"{r.pubtype('cohort_or_retrospective')} + {r.phrase(SURVEY)}",
               "publication type Observational Study, and 'an online survey'"),
    DesignRule("observational_pubtype", "cohort_or_retrospective", "pubtype",
               lambda r: r.pubtype("cohort_or_retrospective"), "publication type Observational Study"),
    DesignRule("nonrandomized_pubtype", "nonrandomized_trial", "pubtype",
               lambda r: "Non-Randomized Controlled Trial" if "Non-Randomized Controlled Trial" in r.pts else None,
               "publication type Non-Randomized Controlled Trial"),
    DesignRule("crossover_mesh", "crossover_rct", "mesh",
               lambda r: _of_people(r) and (c := r.mesh_design("crossover_rct"))
               and (m := r.mesh_design("rct") or r.randomised()) and f"{c} + {m}",
               "MeSH Cross-Over Studies, and Random Allocation or 'randomised'"),
    *(DesignRule(f"{d.id}_mesh", d.id, "mesh", _mesh_test(d.id), f"MeSH {d.mesh_headings[0]}")
      for d in vocabulary.DESIGNS if d.mesh_headings and d.id != "crossover_rct"),
    DesignRule("review_phrase", "narrative_review", "abstract_phrase",
               lambda r: r.phrase(REVIEW, "everything") if not r.phrase(ENROLLED_HERE) else None,
               "this review summarizes ...; a mini-review (no 'we enrolled')", "none"),
    DesignRule("titled_case_series", "case_series", "abstract_phrase",
               lambda r: TITLED_FEW.find(r.article.title) if not r.article.abstract_sections and _titled_study(r)
               else None, "a letter with no abstract titled '...: no benefit in three patients'"),
    DesignRule("comment_without_abstract", "other", "pubtype",
               lambda r: (next(iter(sorted(r.pts & COMMENT_TYPES)), None)
                          or r.article.title.rstrip().endswith("?") and "a question for a title")
               if not r.article.abstract_sections and not _titled_study(r) else None,
               "publication type Letter, or a question for a title, no abstract (and no design in the title)", "none"),
    DesignRule("not_a_study", "other", "abstract_phrase", lambda r: r.phrase(NOT_A_STUDY),
               "In this hypothesis paper we propose that ...", "none"),
    DesignRule("animal_population", "animal_study", "population",
               lambda r: _population_kinds(r) if r.population[0] == "animal" or "animal" in r.population[2]
               and "human" not in r.population[2] and r.population[0] != "in_vitro" else None,
               "Mice with EAE received naltrexone"),
    DesignRule("in_vitro_population", "in_vitro", "population",
               lambda r: _population_kinds(r) if r.population[0] == "in_vitro" or "in_vitro" in r.population[2]
               and ("human" not in r.population[2] or not r.phrase(HUMAN_INTERVENTION)) else None,
               "Jurkat cells were incubated with naltrexone"),
    DesignRule("crossover_randomised", "crossover_rct", "abstract_phrase",
               lambda r: (c := r.phrase(CROSSOVER, "trial")) and (m := r.randomised()) and f"{c} + {m}",
               "a randomised, double-blind crossover trial"),
    DesignRule("crossover_placebo", "crossover_rct", "abstract_phrase",
               lambda r: (c := r.phrase(CROSSOVER, "trial")) and not r.phrase(FIXED_ORDER, "trial")
               and (m := r.phrase(PLACEBO, "trial")) and f"{c} + {m}",
               "a double-blind, placebo-controlled crossover trial (order not fixed)"),
    DesignRule("survey_title", "cross_sectional_or_survey", "abstract_phrase",
               lambda r: may_match(SURVEY, r.words) and SURVEY.find(r.article.title),
               "title '... : a cross-sectional survey of a national register' (a survey of register members)"),
    DesignRule("register_study", "cohort_or_retrospective", "abstract_phrase", lambda r: r.phrase(REGISTER),
               "a quasi-experimental before-and-after study based on the national prescription database"),
    DesignRule("follow_up_of_earlier_study", "cohort_or_retrospective", "abstract_phrase",
               lambda r: r.phrase(FOLLOW_UP),
               "we followed 47 patients who continued LDN after an open-label trial"),
    DesignRule("nonrandomised_phrase", "nonrandomized_trial", "abstract_phrase", lambda r: r.phrase(NONRANDOM, "trial"),
               "a non-randomised controlled study"),
    DesignRule("randomised_phrase", "rct", "abstract_phrase", lambda r: r.randomised(),
               "60 patients were randomly assigned to LDN or placebo"),
    DesignRule("controlled_trial_pubtype", "nonrandomized_trial", "pubtype",
               lambda r: "Controlled Clinical Trial" if "Controlled Clinical Trial" in r.pts else None,
               "publication type Controlled Clinical Trial"),
    DesignRule("stated_cohort", "cohort_or_retrospective", "abstract_phrase",
               lambda r: r.phrase(STATED_COHORT, "everything"),
               "a retrospective study of patients treated between 2006 and 2015 (even if called a pilot)"),
    DesignRule("fixed_order_placebo", "open_label_single_arm", "abstract_phrase",
               lambda r: r.phrase(FIXED_ORDER, "trial") if not r.pubtype("case_report") else None,
               "all patients took placebo first, then LDN, in a fixed order (single-blind)"),
    DesignRule("placebo_without_randomisation", "nonrandomized_trial", "abstract_phrase",
               lambda r: (m := r.phrase(PLACEBO, "trial")) and f"{m} (no randomisation stated)",
               "a placebo-controlled study (no randomisation stated)"),
    DesignRule("explicit_case_series", "case_series", "abstract_phrase", lambda r: r.phrase(EXPLICIT_SERIES),
               "an open-label case series of six patients"),
    DesignRule("open_label_phrase", "open_label_single_arm", "abstract_phrase", lambda r: r.phrase(OPEN_LABEL, "trial"),
               "an open-label pilot study"),
    DesignRule("case_series_phrase", "case_series", "abstract_phrase",
               lambda r: r.phrase(CASE_SERIES) or r.phrase(TREATED_FEW),
               "we describe three patients; we treated three women with ...; we gave naltrexone 4.5 mg nightly to "
               "three patients"),
    DesignRule("case_report_phrase", "case_report", "abstract_phrase", lambda r: r.phrase(CASE_REPORT),
               "we report a 45-year-old woman"),
    DesignRule("cohort_phrase", "cohort_or_retrospective", "abstract_phrase", lambda r: r.phrase(COHORT),
               "medical records of patients who received LDN were reviewed"),
    DesignRule("survey_phrase", "cross_sectional_or_survey", "abstract_phrase", lambda r: r.phrase(SURVEY),
               "an online survey of LDN users"),
    DesignRule("few_received", "case_series", "abstract_phrase", lambda r: _received(r, small=True),
               "Five patients with dermatomyositis took LDN"),
    DesignRule("before_after_phrase", "open_label_single_arm", "abstract_phrase",
               lambda r: r.phrase(BEFORE_AFTER, "trial"), "pain was scored before and after 12 weeks of LDN"),
    DesignRule("trial_pubtype", "open_label_single_arm", "pubtype", lambda r: r.pubtype("open_label_single_arm"),
               "publication type Clinical Trial (nothing more specific)"),
    DesignRule("received_no_trial", "case_series", "abstract_phrase",
               lambda r: (m := _received(r, small=False)) and (t := r.phrase(PATIENT_TALLY)) and not r.phrase(TRIAL_CUE)
               and f"{m}; {t} (no trial words)",
               "patients were treated with LDN; 11 of 15 patients reported relief (no trial, enrolment or baseline)"),
    DesignRule("many_received", "open_label_single_arm", "abstract_phrase", lambda r: _received(r, small=False),
               "Twenty patients with ulcerative colitis received LDN"),
    DesignRule("enrolled_followed", "open_label_single_arm", "abstract_phrase",
               lambda r: r.phrase(ENROLLED_PEOPLE, "trial") if r.population[0] == "human" else None,
               "Thirty-six patients were enrolled; four were lost to follow-up"),
    DesignRule("animal_with_people", "animal_study", "population",
               lambda r: "animal" in r.population[2] and _population_kinds(r),
               "patients' serum measured, and mice with EAE treated (no design of the human part)"),
    DesignRule("comment_pubtype", "other", "pubtype", lambda r: next(iter(sorted(r.pts & COMMENT_TYPES)), None),
               "publication type Editorial or Letter, and no design in its words", "none"),
    DesignRule("no_data_of_its_own", "narrative_review", "abstract_phrase",
               lambda r: len(r.sents) >= 3 and not r.phrase(OWN_DATA, "everything")
               and "no count, measurement or result of its own", "an abstract that only describes uses and effects",
               "none"),
    DesignRule("no_rule", "other", "no_rule", lambda r: "no design rule matched", "anything else"),
)


def tag_design(article: Article, words: frozenset[str] | None = None,
               own: str | None = None) -> tuple[str, str, dict[str, list[TagReason]]]:
    """Returns (design, population, reasons by tag). `words`: the words of the title and every sentence
    (text.words_of), and `own`: blinding.own_text(article), when the caller has them."""
    r = _Record(article, words, own)
    for rule in DESIGN_RULES:
        matched = rule.test(r)
        if matched:
            break
    reasons = {"design": [TagReason(rule.source, f"{rule.name}: {matched}")]}
    if rule.population:
        reasons["population"] = [TagReason("design", f"{rule.design}: no study population of its own")]
        return rule.design, rule.population, reasons
    population, pop_reasons, found = r.population
    if population == "none" and not found and vocabulary.DESIGN[rule.design].group == "human":
        # "... : a retrospective chart review" with no abstract: a clinical design is a study of people
        population, pop_reasons = "human", [TagReason("design", f"{rule.design}: a clinical design, no other cue")]
    reasons["population"] = pop_reasons
    return rule.design, population, reasons


@dataclass(frozen=True)
class _Cues:
    """What the population rules read: the MeSH check tags and the text's cue words (kind -> phrase)."""

    human_tags: set[str]
    animal_tags: set[str]
    found: dict[str, str]
    cells: bool  # cell-culture MeSH, or in-vitro words without people or animals being treated

    @property
    def tags(self) -> str:
        return "check tags " + ", ".join(sorted(self.human_tags | self.animal_tags))


@dataclass(frozen=True)
class PopulationRule:
    """One row of the population table (read after the design table, for designs that do not fix it)."""

    name: str
    population: str
    source: str  # mesh, abstract_phrase, no_cue
    test: Callable[[_Cues], object]  # something true (shown as the reason) when the rule fires
    example: str


# The in-vitro words that name the treated animals' own tissue, taken out to be measured (not cells cultured apart)
_TISSUE = regex(r"homogenat|slices", re.I)

POPULATION_RULES: tuple[PopulationRule, ...] = (
    PopulationRule("mesh_both_and_text_both", "mixed", "mesh",
                   lambda c: c.human_tags and c.animal_tags and {"human", "animal"} <= c.found.keys() and c.tags,
                   "check tags Humans + Animals, and the text names patients and mice"),
    PopulationRule("mesh_both_text_animal", "animal", "mesh",
                   lambda c: (c.human_tags and c.animal_tags and "animal" in c.found and "human" not in c.found
                              and c.tags),
                   "check tags Humans + Animals, the text names only rats"),
    PopulationRule("mesh_cells", "in_vitro", "mesh",
                   lambda c: ((c.human_tags or c.animal_tags) and c.cells
                              and f"{c.tags} + in vitro: {c.found['in_vitro']}"),
                   "check tags Humans (+ Cell Line, Tumor), 'Jurkat cells were incubated'"),
    PopulationRule("mesh_humans", "human", "mesh", lambda c: c.human_tags and c.tags, "check tag Humans"),
    PopulationRule("mesh_animals", "animal", "mesh", lambda c: c.animal_tags and c.tags, "check tags Animals, Mice"),
    PopulationRule("no_cue", "none", "no_cue",
                   lambda c: not c.found and "no human, animal or cell cue in title/abstract",
                   "a title with no abstract"),
    PopulationRule("text_cells_of_people", "in_vitro", "abstract_phrase",
                   lambda c: (not (c.human_tags or c.animal_tags) and c.cells
                              and c.found.keys() == {"human", "in_vitro"}
                              and f"cells of people, no one given the drug: {c.found['in_vitro']}"),
                   "'PBMCs were isolated from 18 patients with SLE and 12 healthy donors and stimulated ...'"),
    PopulationRule("text_animals_and_their_tissue", "animal", "abstract_phrase",
                   lambda c: (c.found.keys() == {"animal", "in_vitro"} and not (c.human_tags or c.animal_tags)
                              and _TISSUE.search(c.found["in_vitro"])
                              and f"animals, and their tissue studied: {c.found['animal']}; {c.found['in_vitro']}"),
                   "'gave mice naltrexone … measured in skin homogenates' (not cells cultured apart: mixed)"),
    PopulationRule("text_several", "mixed", "abstract_phrase",
                   lambda c: len(c.found) > 1 and "; ".join(f"{k}: {v}" for k, v in c.found.items()),
                   "'30 patients' and 'mice' in the study's own sentences"),
    PopulationRule("text_one", "", "abstract_phrase", lambda c: "; ".join(f"{k}: {v}" for k, v in c.found.items()),
                   "'Twenty women with fibromyalgia' (human), 'EAE mice' (animal), 'cell lines' (in_vitro)"),
)


def _studied(r: _Record, rule: Rule = HUMAN) -> bool:
    """Whether people (or animals: `rule`) are named where a study of others says what it did: in its title, or in a
    sentence that is not background, nor an unlabelled opening or a conclusion that states no count and no "we" (the
    hope that "a trial in patients is justified", or that a drug "should now be tested in animal models", is no one
    studied)."""
    lines = [r.article.title] + [s.text for s in r.sents if s.section != "background" and not (
        (s.section == "conclusions" or s.index == 0 and s.section == "other") and not _OWN_OPENING.search(s.text))]
    return bool(rule.rx.rx.search(fold("\n".join(lines))))


_OWN_OPENING = regex(r"\d|\b(?:we|our)\b", re.I)


def _population(r: _Record) -> tuple[str, list[TagReason], set[str]]:
    """The MeSH check tags decide when PubMed gives them (the text only tells cells from whole animals or
    people, which the tags do not); otherwise cue words in the study's own sentences."""
    found: dict[str, str] = {}
    own = r.own
    # People are named in nearly every abstract, near its start: HUMAN's regex itself stops there, sooner than the
    # prefilter's scanners (one for its "45-year-old" branch, which stops at every digit) go through the whole text.
    # The same first match (Prefiltered.search returns what its regex's search does).
    if may_match(HUMAN, r.words) and (first := HUMAN.rx.rx.search(own.low)):
        found["human"] = own.text[first.start():first.end()]
    for kind, rx in (("animal", ANIMAL), ("in_vitro", IN_VITRO)):
        m = r.phrase(rx)
        if m and kind == "animal":
            m = rx.find(Folded(r.own.text, CELL_SOURCE.blank_folded(r.own.low)))
        if m:
            found[kind] = m
    if "animal" in found and "human" in found and not r.phrase(STRONG_HUMAN):
        del found["human"]  # "cases", "subjects", "individuals" alone are weak next to "mice"
    if "human" in found and found.keys() & {"animal", "in_vitro"} and not _studied(r):
        del found["human"]  # "... in many patients." opening a rat study, "a trial in patients is justified" ending it
    if "animal" in found and "in_vitro" in found and not _studied(r, ANIMAL):
        del found["animal"]  # a cell study ending "... should now be tested in animal models"
    if "animal" in found and "in_vitro" in found and found["in_vitro"].lower().startswith("cell") and \
            r.phrase(CELLS_IN_ANIMALS):
        del found["in_vitro"]  # "nude mice bearing xenografts of a human cell line": cells grown in the animals
    human, animal = r.mesh & HUMAN_TAGS, r.mesh & ANIMAL_TAGS
    cells = "in_vitro" in found and bool(r.mesh & CELL_TAGS or not (found.keys() & {"human", "animal"}) or
                                         "human" in found and not r.phrase(HUMAN_INTERVENTION) and not animal)
    cues = _Cues(human, animal, found, cells)
    for rule in POPULATION_RULES:
        matched = rule.test(cues)
        if matched:
            break
    population = rule.population or next(iter(found))
    return population, [TagReason(rule.source, f"{rule.name}: {matched}")], set(found)
