"""No labelled set may lose accuracy: each set's right answers per tag must stay at or above the floor
recorded in its file (benchmarks/tag_accuracy.py --record), so a regression cannot pass CI."""

from pathlib import Path

import pytest

import labelled
from ldn_lit.config import load_config
from ldn_lit.tagging import tag_article

CONDITIONS = load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml").all_conditions
SETS = labelled.all_sets()


def test_every_set_is_synthetic_has_provenance_and_a_floor():
    assert len(SETS) >= 12
    for s in SETS:
        assert s.meta["synthetic"] is True and s.meta["provenance"] and s.meta["label_notes"], s.name
        assert s.meta.get("floor"), f"{s.name}: run benchmarks/tag_accuracy.py --record"
        assert len({a.pmid for a, _ in s.cases}) == len(s.cases), f"{s.name}: duplicate pmid"


@pytest.mark.parametrize("s", SETS, ids=[s.name for s in SETS])
def test_no_set_drops_below_its_recorded_accuracy(s):
    right: dict[str, int] = {}
    wrong = []
    for article, expected in s.cases:
        got = tag_article(article, CONDITIONS).to_dict()
        for tag, want in expected.items():
            ok = labelled.correct(tag, got[tag], want)
            right[tag] = right.get(tag, 0) + ok
            if not ok:
                wrong.append(f"{article.pmid} {tag}: expected {want!r}, got {got[tag]!r}")
    below = {tag: (right.get(tag, 0), floor) for tag, floor in s.meta["floor"].items() if right.get(tag, 0) < floor}
    assert not below, f"{s.name} below its floor (right, floor): {below}\n" + "\n".join(wrong)


def test_the_loader_rejects_a_file_without_meta_or_with_an_unknown_tag(tmp_path, monkeypatch):
    monkeypatch.setattr(labelled, "DIR", tmp_path)
    (tmp_path / "bad.jsonl").write_text('{"pmid": "1", "title": "t", "expected": {}}\n')
    with pytest.raises(ValueError, match="meta"):
        labelled.load("bad")
    (tmp_path / "bad.jsonl").write_text('{"meta": {}}\n{"pmid": "1", "title": "t", "expected": {"desgin": "rct"}}\n')
    with pytest.raises(ValueError, match="desgin"):
        labelled.load("bad")
