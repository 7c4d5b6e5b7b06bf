"""Every abstract of the development set (tests/labelled/development.jsonl, SYNTHETIC) gets exactly the tags
a careful reader gives it, each explained, with the evidence sentence quoted exactly from the abstract."""

from pathlib import Path

import pytest

import labelled
from ldn_lit.config import load_config
from ldn_lit.models import DESIGNS, DOSE_CLASSES, FINDINGS, POPULATIONS, SIZE_CLASSES
from ldn_lit.tagging import tag_article

CASES = labelled.load("development").cases
TAGS = labelled.TAGS

CONDITIONS = load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml").all_conditions


def test_the_set_is_large_and_varied():
    assert len(CASES) >= 60
    designs = {e["design"] for _, e in CASES}
    assert set(DESIGNS) - designs == set()  # every design is represented
    assert {e["population"] for _, e in CASES} == set(POPULATIONS)
    assert {e["finding"] for _, e in CASES} >= set(FINDINGS)


@pytest.mark.parametrize("article, expected", CASES, ids=[a.pmid for a, _ in CASES])
def test_case(article, expected):
    t = tag_article(article, CONDITIONS)
    got = t.to_dict()
    for tag in TAGS:
        if tag not in expected:
            continue
        assert labelled.correct(tag, got[tag], expected[tag]), (tag, got[tag], got["tag_reasons"].get(tag))
    assert t.design in DESIGNS and t.population in POPULATIONS
    assert t.finding in FINDINGS + (None,) and t.size_class in SIZE_CLASSES + (None,)
    assert t.dose_class in DOSE_CLASSES + (None,)
    if t.evidence:
        assert t.evidence in article.abstract  # quoted exactly
    for tag in ("conditions", "design", "population", "sample_size", "dose_mg", "outcomes", "finding",
                "retracted", "erratum", "expression_of_concern"):
        value = got[tag]
        if value not in (None, [], False):
            assert t.tag_reasons.get(tag), f"{tag} has no reason"
    if t.sample_size is not None and t.sample_size_source not in ("case report",):
        assert t.sample_size_source in article.abstract or t.sample_size_source in article.title or \
            " + " in t.sample_size_source
