"""The issue's situations end to end: SYNTHETIC abstracts (our own words, fake PMIDs) imported, tagged by the
real tagger, and judged by `ldn-lit claims --json`. Nothing here describes a real study."""

import json

from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app

runner = CliRunner()
FM = ["Fibromyalgia"]
RCT = ["Randomized Controlled Trial"]

RECORDS = [
    # a recent meta-analysis of small trials: a modest pain benefit
    make_article_xml("984000001", "Synthetic meta-analysis of low-dose naltrexone for fibromyalgia pain",
                     [("METHODS", "Synthetic test text. We pooled five randomized trials of low-dose naltrexone in "
                                  "fibromyalgia (251 participants)."),
                      ("RESULTS", "Pain was modestly but significantly lower with low-dose naltrexone than placebo "
                                  "(standardized mean difference -0.30, p = 0.02).")],
                     mesh=FM, pub_types=["Meta-Analysis", "Systematic Review"], year=2024, entrez=(2024, 3, 1)),
    # the two largest randomised trials: no difference in pain (primary outcome)
    make_article_xml("984000002", "Synthetic randomized trial of low-dose naltrexone in fibromyalgia",
                     [("METHODS", "Synthetic test text. Ninety-nine women with fibromyalgia were randomized to "
                                  "naltrexone 4.5 mg or placebo for 12 weeks. The primary outcome was pain intensity."),
                      ("RESULTS", "Pain intensity did not differ between naltrexone and placebo (p = 0.41).")],
                     mesh=FM, pub_types=RCT, year=2023, entrez=(2023, 5, 1)),
    make_article_xml("984000003", "Synthetic second randomized trial of low-dose naltrexone in fibromyalgia",
                     [("METHODS", "Synthetic test text. Fifty-eight adults with fibromyalgia were randomized to "
                                  "naltrexone 4.5 mg or placebo."),
                      ("RESULTS", "There was no significant difference in pain between the groups (p = 0.63).")],
                     mesh=FM, pub_types=RCT, year=2022, entrez=(2022, 5, 1)),
    # a ten-person pilot: positive
    make_article_xml("984000004", "Synthetic crossover pilot of low-dose naltrexone in fibromyalgia",
                     [("METHODS", "Synthetic test text. Ten women with fibromyalgia were randomized to naltrexone "
                                  "4.5 mg or placebo in a crossover design."),
                      ("RESULTS", "Pain scores were significantly lower with naltrexone than placebo (p = 0.01).")],
                     mesh=FM, pub_types=RCT, year=2009, entrez=(2009, 5, 1)),
    # a single-dose 50 mg laboratory study whose result is about mood: not LDN, and not about pain
    make_article_xml("984000005", "Synthetic laboratory study of naltrexone 50 mg in fibromyalgia",
                     [("METHODS", "Synthetic test text. Twenty-four adults with fibromyalgia received a single dose "
                                  "of naltrexone 50 mg or placebo in random order."),
                      ("RESULTS", "Mood improved significantly after naltrexone (p = 0.03).")],
                     mesh=FM, pub_types=RCT, year=2021, entrez=(2021, 5, 1)),
]


def test_fibromyalgia_pain_is_conflicting_with_both_sides_and_fatigue_not_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    xml = tmp_path / "r.xml"
    xml.write_text(XML_HEAD + "".join(RECORDS) + "</PubmedArticleSet>\n")
    db = str(tmp_path / "e.db")
    assert runner.invoke(app, ["--db", db, "import", str(xml)]).exit_code == 0
    r = runner.invoke(app, ["--db", db, "claims", "--json"])
    assert r.exit_code == 0, r.output
    v = next(c for c in json.loads(r.stdout) if c["claim"]["id"] == "fibromyalgia_pain_fatigue")
    pain, fatigue = v["per_outcome"]
    assert pain["verdict"] == "conflicting", pain["why"]
    assert [x["pmid"] for x in pain["favouring"]] == ["984000001"]  # the review; the pilot does not count
    assert [x["pmid"] for x in pain["against"]] == ["984000002", "984000003"]  # largest first
    assert "the 2 largest randomised trials (n=99, 58" in pain["why"] and "pilot" in pain["why"]
    assert pain["against"][0]["evidence"] == "Pain intensity did not differ between naltrexone and placebo (p = 0.41)."
    assert pain["against"][0]["dose_mg"] == [4.5] and pain["against"][0]["sample_size"] == 99
    # its study line: the duration and comparator the tagger read ("... or placebo for 12 weeks"), blinding and
    # attrition not stated; linked to the review by condition, outcome and years (these records cite nothing)
    first = pain["against"][0]
    assert (first["duration"], first["comparator"], first["blinding"], first["attrition"]) == (
        "12 weeks", "placebo", None, None)
    assert (first["pooled_in"], first["pooled_by"]) == ("984000001", "condition, outcome and years")
    assert fatigue["verdict"] == "no_evidence"
    assert v["verdict"] == "conflicting" and v["certainty"] in ("low", "very_low")
    assert any("inconsistency" in reason for reason in v["certainty_reasons"])
    assert [x["pmid"] for x in v["not_ldn"]] == ["984000005"]  # the 50 mg study is listed apart, never decides
    assert "984000005" not in {x["pmid"] for x in v["favouring"] + v["against"]}
    # "small but significant": 1 of 3 low-dose randomised trials positive (the 50 mg trial is not counted)
    small = next(c for c in json.loads(r.stdout) if c["claim"]["id"] == "small_but_significant")
    # its scope is autoimmune disease: fibromyalgia trials are not counted as its evidence
    assert small["claim"]["condition"] == "autoimmune" and small["verdict"] == "no_evidence"
    assert "0 of 0 randomised" in small["why"] or "no stored human study" in small["why"]


def test_a_review_is_linked_to_the_trials_its_reference_list_cites(tmp_path, monkeypatch):
    """The same records, the review now citing one of the two trials (MEDLINE 'Cites'): that trial is linked to
    it by its reference list; the other, published before it but not cited, is not its trial."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    review = make_article_xml(
        "984000001", "Synthetic meta-analysis of low-dose naltrexone for fibromyalgia pain",
        [("METHODS", "Synthetic test text. We pooled five randomized trials of low-dose naltrexone in fibromyalgia "
                     "(251 participants)."),
         ("RESULTS", "Pain was modestly but significantly lower with low-dose naltrexone than placebo "
                     "(standardized mean difference -0.30, p = 0.02).")],
        mesh=FM, pub_types=["Meta-Analysis", "Systematic Review"], year=2024, entrez=(2024, 3, 1),
        comments_corrections=[("Cites", "984000002")])
    xml = tmp_path / "r.xml"
    xml.write_text(XML_HEAD + review + "".join(RECORDS[1:]) + "</PubmedArticleSet>\n")
    db = str(tmp_path / "e.db")
    assert runner.invoke(app, ["--db", db, "import", str(xml)]).exit_code == 0
    r = runner.invoke(app, ["--db", db, "claims", "--json"])
    pain = next(c for c in json.loads(r.stdout) if c["claim"]["id"] == "fibromyalgia_pain_fatigue")["per_outcome"][0]
    rows = {x["pmid"]: x for x in pain["against"]}
    assert (rows["984000002"]["pooled_in"], rows["984000002"]["pooled_by"]) == ("984000001", "its reference list")
    assert rows["984000003"]["pooled_in"] is None
    assert "1 trial(s) linked to review PMID 984000001 by its reference list (PMID 984000002)" in pain["why"]
