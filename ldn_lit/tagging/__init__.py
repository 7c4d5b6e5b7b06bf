"""Evidence tags for one stored record, each with the reasons it was given.

tag_article() is pure (no I/O): the same record and conditions always give the same tags, so
`ldn-lit retag` can recompute everything. One module per tag idea; this one only assembles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..models import Tags

if TYPE_CHECKING:
    from ..config import Condition
    from ..models import Article

# Bump when a rule changes; stored with every tag row, and commands tell the user to retag older ones.
TAGGER_VERSION = "341"
# The words that make a record with no stated dose low-dose evidence (the same test m011 ran in SQL with LIKE).
LOW_DOSE_RE = re.compile(r"low-dose naltrexone|low dose naltrexone|LDN", re.I)


# The tagger functions, imported by the first tag_article() (not when this package is imported: commands that only read
# TAGGER_VERSION, as every command that opens the database does, start without compiling the rules), then held here:
# twelve import statements run on every call cost 0.02 ms a record.
_taggers: tuple[Callable[..., Any], ...] = ()


def _load_taggers() -> tuple[Callable[..., Any], ...]:
    global _taggers
    from .attrition import tag_attrition
    from .blinding import own_text, tag_blinding
    from .comparator import tag_comparator
    from .conditions import other_conditions, tag_conditions
    from .design import tag_design
    from .dose import tag_dose
    from .duration import tag_duration
    from .finding import tag_finding
    from .integrity import tag_integrity
    from .outcomes import tag_outcomes
    from .rule_words import record_words
    from .sample_size import tag_sample_size

    _taggers = (record_words, own_text, tag_conditions, other_conditions, tag_design, tag_sample_size, tag_dose,
                tag_outcomes, tag_finding, tag_integrity, tag_blinding, tag_attrition, tag_duration, tag_comparator)
    return _taggers


def tag_article(article: Article, conditions: list[Condition]) -> Tags:
    (record_words, own_text, tag_conditions, other_conditions, tag_design, tag_sample_size, tag_dose, tag_outcomes,
     tag_finding, tag_integrity, tag_blinding, tag_attrition, tag_duration,
     tag_comparator) = _taggers or _load_taggers()
    words = record_words(article)  # the words of the title and every sentence: a rule runs only when its words are here
    # the title and the study's own sentences, read by design (where the study describes itself) and the conduct taggers
    own = own_text(article, words)
    design, population, design_reasons = tag_design(article, words, own)
    conds, cond_reasons = tag_conditions(article, conditions, words, design)
    n, n_source, n_class, included, n_reasons = tag_sample_size(article, design, population)
    full = f"{article.title} {article.abstract}"  # read by dose, attrition's first test and says_low_dose
    doses, dose_cls, dose_reasons = tag_dose(article, full)
    outcomes, outcome_reasons = tag_outcomes(article, words)
    finding, evidence, finding_reasons, outcome_findings = tag_finding(article, design)
    integrity = tag_integrity(article)
    blinding, blinding_reasons = tag_blinding(article, design, own)
    attrition, attrition_reasons = tag_attrition(article, design, n, n_source, words, full)
    duration, duration_reasons = tag_duration(article, own)
    comparator, comparator_drug, comparator_reasons = tag_comparator(article, design, own, words)
    reasons = {
        "conditions": cond_reasons,
        "design": design_reasons["design"],
        "population": design_reasons["population"],
        "sample_size": n_reasons,
        "dose_mg": dose_reasons,
        "outcomes": outcome_reasons,
        "finding": finding_reasons,
        "blinding": blinding_reasons,
        "attrition": attrition_reasons,
        "duration": duration_reasons,
        "comparator": comparator_reasons,
    }
    reasons.update({k: v[1] for k, v in integrity.items() if v[1]})
    if not conds:  # about no configured condition: what it is about instead ("other conditions" in stats/digest)
        reasons["other_conditions"] = other_conditions(article)
    return Tags(
        pmid=article.pmid,
        conditions=conds,
        design=design,
        population=population,
        sample_size=n,
        sample_size_source=n_source,
        size_class=n_class,
        included_studies=included,
        dose_mg=doses,
        dose_class=dose_cls,
        outcomes=outcomes,
        finding=finding,
        evidence=evidence,
        outcome_findings=outcome_findings,
        retracted=integrity["retracted"][0],
        erratum=integrity["erratum"][0],
        expression_of_concern=integrity["expression_of_concern"][0],
        tag_reasons={k: v for k, v in reasons.items() if v},
        says_low_dose=bool(LOW_DOSE_RE.search(full)),
        blinding=blinding,
        attrition=attrition,
        duration=duration,
        comparator=comparator,
        comparator_drug=comparator_drug,
    )
