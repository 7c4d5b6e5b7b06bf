"""The evidence vocabulary: one meaning of each value, read by every module that names designs or verdicts."""

import re
from pathlib import Path

import pytest

from ldn_lit import vocabulary as v
from ldn_lit.claims import Evidence, evaluate_claim
from ldn_lit.config import Claim
from ldn_lit.models import Article, OutcomeFinding
from ldn_lit.tagging.design import tag_design
from ldn_lit.tagging.outcomes import tag_outcomes

ROOT = Path(__file__).resolve().parents[1] / "ldn_lit"


def test_controlled_means_randomised_trials_and_systematic_reviews():
    assert v.CONTROLLED == {"rct", "crossover_rct", "systematic_review_or_meta_analysis"}
    assert v.RANDOMISED == {"rct", "crossover_rct"} and v.RANDOMISED < v.CONTROLLED
    assert v.design_rank("systematic_review_or_meta_analysis") < v.design_rank("rct") < \
        v.design_rank("nonrandomized_trial") < v.design_rank("case_report") == v.design_rank("no_such_design")


@pytest.mark.parametrize("design", v.DESIGNS, ids=lambda d: d.id)
def test_each_publication_type_of_a_design_means_that_design_to_the_tagger(design):
    # A record with nothing but the publication type: the type alone must decide, as the vocabulary says.
    for pt in design.publication_types:
        got, _, reasons = tag_design(Article("1", title="Naltrexone.", publication_types=[pt]))
        assert got == design.id, (pt, got, reasons)


@pytest.mark.parametrize("outcome", v.OUTCOMES, ids=lambda o: o.id)
def test_every_outcome_phrase_is_found_by_the_tagger(outcome):
    for phrase in outcome.phrases:
        found, _ = tag_outcomes(Article("1", title=f"Naltrexone and {phrase} in a synthetic test."))
        assert outcome.id in found, phrase


def _evidence(design, finding="positive"):
    # a low-dose record with a per-outcome finding on pain (synthetic), so only its design can decide the verdict
    return Evidence("1", 2020, "t", None, None, None, None, ["fibromyalgia"], design, "human", 40, [4.5], ["pain"],
                    finding, "s", False,
                    outcome_findings=[OutcomeFinding("pain", finding, "Synthetic: pain fell more than placebo.", True)])


@pytest.mark.parametrize("design", v.DESIGNS, ids=lambda d: d.id)
def test_the_claim_rules_read_controlled_from_the_vocabulary(design):
    verdict = evaluate_claim([_evidence(design.id)], Claim("c", "LDN helps pain", "fibromyalgia", ["pain"]))
    if design.controlled:
        assert verdict.verdict == "supported", verdict.why
    elif design.group == "human":
        assert verdict.verdict == "partly_supported" and "uncontrolled" in verdict.why
    elif design.group == "review":  # not a human study of its own
        assert verdict.verdict == "no_evidence"
    elif design.group == "preclinical":
        assert verdict.verdict == "not_studied_in_humans"


def test_no_module_lists_design_ids_or_verdict_colours_again():
    """Design sets and colours live in vocabulary.py; another module listing them would drift from it."""
    offenders = []
    for path in ROOT.rglob("*.py"):
        if path.name == "vocabulary.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r'"rct",\s*"crossover_rct"|"crossover_rct",\s*"systematic_review', text):
            offenders.append(f"{path.name}: a set of design ids")
        # outcome properties (subjective, mechanism, plain words) are vocabulary.Outcome fields
        if re.search(r'"pain",\s*"fatigue"|"endorphins",\s*"immune_cells"|: "relapses fell"', text):
            offenders.append(f"{path.name}: outcome properties")
        for d in v.DESIGNS:
            if d.colour in text:
                offenders.append(f"{path.name}: colour of {d.id}")
    assert offenders == []


def test_verdict_labels_cover_every_verdict_the_rules_give():
    assert set(v.CLAIM_VERDICT_IDS) <= set(v.VERDICT_LABELS)
    assert v.verdict_label("partly_supported") == "partly supported" and v.verdict_label(None) == ""
    assert all(x.terminal for x in v.VERDICTS if x.kind == "claim")


def test_every_design_has_a_tagging_rule():
    """A design added to the vocabulary without a rule could never be assigned: say where it is missing."""
    from ldn_lit.tagging.design import DESIGN_RULES

    missing = set(v.DESIGN_IDS) - {r.design for r in DESIGN_RULES}
    assert not missing, f"add a DESIGN_RULES row in ldn_lit/tagging/design.py for {sorted(missing)}"


def test_outcome_properties_are_read_from_the_vocabulary(monkeypatch):
    """An outcome's plain words and its subjective flag come from its vocabulary entry: changing the entry
    changes what claims says and judges."""
    from dataclasses import replace

    from ldn_lit import claims

    assert claims._improved("relapse_rate", "relapse rate") == "relapses fell"
    assert claims._improved("remission", "remission") == "remission improved"
    monkeypatch.setitem(v.OUTCOME, "remission", replace(v.OUTCOME["remission"], improved="remission came"))
    assert claims._improved("remission", "remission") == "remission came"
    subjective = {o.id for o in v.OUTCOMES if o.subjective}
    assert claims.SUBJECTIVE == subjective and {"pain", "fatigue"} <= subjective and "relapse_rate" not in subjective
