"""Records about a condition no query tracks are not lost (issue 8 item 5): the tagger says what they are
about (MeSH disease headings, else title words), and `stats` and the digest list them under other conditions.
The records here are SYNTHETIC."""

import json
from pathlib import Path

from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app
from ldn_lit.config import load_config
from ldn_lit.models import AbstractSection, Article, MeshHeading
from ldn_lit.tagging import tag_article

CONDITIONS = load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml").all_conditions
runner = CliRunner()


def tagged(title, mesh=()):
    a = Article(pmid="1", title=title, abstract_sections=[AbstractSection(None, "Thirty adults took LDN 4.5 mg.")],
                mesh=[MeshHeading(m) for m in mesh])
    return tag_article(a, CONDITIONS)


def test_what_an_untracked_record_is_about():
    t = tagged("Low-dose naltrexone for dry eye disease: an open pilot")
    assert t.conditions == [] and [(r.rule, r.matched) for r in t.tag_reasons["other_conditions"]] == [
        ("title", "dry eye disease")]
    t = tagged("Naltrexone in a synthetic test", mesh=["Humans", "Female", "Naltrexone", "Lichen Planus",
                                                       "Treatment Outcome", "Retrospective Studies"])
    assert [(r.rule, r.matched) for r in t.tag_reasons["other_conditions"]] == [("mesh", "Lichen Planus")]
    assert "other_conditions" not in tagged("Low-dose naltrexone in fibromyalgia").tag_reasons


def test_indexed_headings_count_as_conditions_only_with_a_disease_qualifier():
    """MEDLINE indexing: 'Brain / drug effects', 'Morphine / adverse effects' and a bare 'Body Weight' are not
    what a record is about; 'Autistic Disorder / drug therapy' is (the digest listed all of them)."""
    a = Article(pmid="1", title="Naltrexone in a synthetic test", abstract_sections=[
        AbstractSection(None, "Thirty adults took LDN 4.5 mg.")], mesh=[
        MeshHeading("Brain", qualifiers=["drug effects"]), MeshHeading("Body Weight"),
        MeshHeading("Morphine", qualifiers=["adverse effects"]), MeshHeading("Clinical Trials as Topic"),
        MeshHeading("Autistic Disorder", qualifiers=["blood", "drug therapy"]), MeshHeading("Humans")])
    t = tag_article(a, CONDITIONS)
    assert [(r.rule, r.matched) for r in t.tag_reasons["other_conditions"]] == [("mesh", "Autistic Disorder")]


def test_stats_and_digest_list_other_conditions(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    xml = tmp_path / "x.xml"
    xml.write_text(XML_HEAD + make_article_xml(
        "970000301", "Synthetic record: low-dose naltrexone for dry eye disease",
        [("METHODS", "Thirty adults with dry eye took naltrexone 2 mg for eight weeks."),
         ("RESULTS", "Tear break-up time increased significantly (p = 0.004).")],
        year=2024, entrez=(2024, 6, 1)) + "</PubmedArticleSet>\n")
    db = tmp_path / "d.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(xml)]).exit_code == 0
    stats = runner.invoke(app, ["--db", str(db), "stats"])
    assert "Other conditions" in stats.stderr and "about\trecords\ndry eye disease\t1" in stats.stdout  # piped
    md = runner.invoke(app, ["--db", str(db), "digest", "--from", "2024-01-01", "--to", "2024-12-31"]).stdout
    section = md.split("### Other conditions (none of the configured ones) (1)")[1]
    assert "about: dry eye disease" in section
    js = json.loads(runner.invoke(app, ["--db", str(db), "digest", "--from", "2024-01-01", "--to", "2024-12-31",
                                        "--format", "json"]).stdout)
    assert js["new_records"][0]["other_conditions"] == ["dry eye disease"]
