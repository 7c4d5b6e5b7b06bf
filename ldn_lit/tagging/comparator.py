"""Comparator: what LDN was compared against (placebo, active, other_dose, usual_care, no_treatment, single_arm;
None: not stated), and the active drug's name when one was named.

Read in the title and the study's own sentences (phrases/comparator.toml), in order: placebo (or sham, vehicle;
not "without a placebo group"), an active drug named after "compared with", "versus", "or" (a drug by name or a
stem only drug names have, phrases/dose.toml [other_drug]), another dose of LDN ("randomised to 1.5 mg or
4.5 mg"), usual care, no treatment (waiting list, non-users); single-arm designs, case reports and series, or
"single-arm" in the text: single_arm.
"""

from __future__ import annotations

from ..models import Article, TagReason
from . import phrases
from .blinding import fold_own, own_text
from .rule_words import may_match
from .text import Prefiltered

_P = phrases.load("comparator")
PLACEBO = phrases.rule(_P["placebo"])
NOT_PLACEBO = phrases.rule(_P["not_placebo"])
OTHER_DOSE = phrases.rule(_P["other_dose"])
USUAL_CARE = phrases.rule(_P["usual_care"])
NO_TREATMENT = phrases.rule(_P["no_treatment"])
SINGLE_ARM = phrases.rule(_P["single_arm"])
# the comparison words, then the one or two words after them, which must name a drug (behind its words, as the
# phrase rules are: text.Prefiltered; 25 -> 15 us an abstract)
VERSUS = Prefiltered(phrases.alternation("comparator", "versus") + r"(?P<drug>[a-z][\w-]+(?: [a-z]+)?)")
DRUG = phrases.rule("dose", "other_drug")
NOT_A_COMPARATOR = {"placebo", "naloxone", "nalmefene"}  # placebo is its own kind; opioid antagonists are LDN's kin
SINGLE_ARM_DESIGNS = frozenset({"open_label_single_arm", "case_report", "case_series"})


def _active(text: str, low: str) -> tuple[str, str] | None:
    """(drug name, phrase) of the first drug named right after a comparison word."""
    for m in VERSUS.finditer(low):
        drug = DRUG.rx.match(low, m.start("drug"))
        if drug and low[drug.start():drug.end()] not in NOT_A_COMPARATOR:
            return text[drug.start():drug.end()], text[m.start():drug.end()]
    return None


def tag_comparator(article: Article, design: str, own: str | None = None,
                   words: frozenset[str] | None = None) -> tuple[str | None, str | None, list[TagReason]]:
    """`own`: own_text(article), and `words`: rule_words.record_words(article), when the caller has them."""
    text = own_text(article) if own is None else own
    low = fold_own(text)
    found = PLACEBO.rx.search(low) if words is None or may_match(PLACEBO, words) else None
    if found and (blanked := NOT_PLACEBO.blank_folded(low)) != low:  # a placebo named only to say there was none
        found = PLACEBO.rx.search(blanked)
    if found:
        return "placebo", None, [TagReason("placebo_phrase", text[found.start():found.end()])]
    active = _active(text, low)
    if active:
        return "active", active[0], [TagReason("active_phrase", active[1])]
    for name, rule in (("other_dose", OTHER_DOSE), ("usual_care", USUAL_CARE), ("no_treatment", NO_TREATMENT)):
        phrase = rule.find(text) if words is None or may_match(rule, words) else None
        if phrase:
            return name, None, [TagReason(f"{name}_phrase", phrase)]
    if design in SINGLE_ARM_DESIGNS:
        return "single_arm", None, [TagReason("design", design)]
    phrase = SINGLE_ARM.find(text) if words is None or may_match(SINGLE_ARM, words) else None
    if phrase:
        return "single_arm", None, [TagReason("single_arm_phrase", phrase)]
    return None, None, []
