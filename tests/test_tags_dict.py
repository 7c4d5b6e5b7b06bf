"""Tags.to_dict is dataclasses.asdict written out for speed: it must give the same dict, key order included,
and share no list with the Tags it came from."""

from dataclasses import asdict, fields

from labelled import all_sets
from ldn_lit.models import OutcomeFinding, TagReason, Tags
from ldn_lit.tagging import tag_article


def test_to_dict_is_asdict_on_every_labelled_record():
    tags = [tag_article(art, []) for s in all_sets() for art, _ in s.cases]
    assert any(t.outcome_findings for t in tags) and any(t.dose_mg for t in tags)
    for t in tags:
        d = t.to_dict()
        assert d == asdict(t) and list(d) == [f.name for f in fields(Tags)]
        assert [list(o) for o in d["outcome_findings"]] == [[f.name for f in fields(OutcomeFinding)]
                                                         for _ in t.outcome_findings]


def test_to_dict_copies():
    t = Tags("1", conditions=["ms"], outcome_findings=[OutcomeFinding("pain", "positive", "x")],
             tag_reasons={"design": [TagReason("pubtype", "Randomized Controlled Trial")]})
    d = t.to_dict()
    d["conditions"].append("x")
    d["outcome_findings"][0]["finding"] = "null"
    d["tag_reasons"]["design"][0]["rule"] = "y"
    assert t.conditions == ["ms"] and t.outcome_findings[0].finding == "positive"
    assert t.tag_reasons["design"][0].rule == "pubtype"
