"""`ldn-lit audit`: every claim and citation of an article, checked. Records are synthetic."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.claim_text import extract_claims
from ldn_lit.cli import app
from ldn_lit.config import load_config

runner = CliRunner()
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"
CONFIG = load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml")

# A short synthetic article, written for this test, with the same kinds of sentences as the seed.
ARTICLE = """# Low dose naltrexone, a synthetic test article

Naltrexone is used to treat alcohol dependence at 50 mg.
When taken in low doses (between 0.5 mg and 5 mg), naltrexone has therapeutic effects.
LDN is thought to work by boosting the immune system.
A study published in the Journal of Neuroimmunology found that LDN reduced relapses in multiple sclerosis.
Another study published in the Journal of Clinical Rheumatology found that LDN improved pain in fibromyalgia.
"""

SYNTHETIC_RECORDS = [
    make_article_xml("981000001", "Synthetic: LDN in EAE mice", "Mice with EAE received naltrexone. Clinical "
                     "scores were significantly reduced.", journal="Journal of neuroimmunology",
                     journal_iso="J Neuroimmunol", mesh=["Encephalomyelitis, Autoimmune, Experimental"],
                     entrez=(2020, 1, 1)),
    make_article_xml("981000002", "Synthetic: LDN for fibromyalgia pain, a randomized trial",
                     "Thirty women with fibromyalgia were randomized to LDN 4.5 mg or placebo. Pain was significantly "
                     "reduced with LDN.", journal="Journal of clinical rheumatology", journal_iso="J Clin Rheumatol",
                     mesh=["Fibromyalgia"], pub_types=["Randomized Controlled Trial"], entrez=(2021, 1, 1)),
]


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    xml = tmp_path / "f.xml"
    xml.write_text(XML_HEAD + "".join(SYNTHETIC_RECORDS) + "</PubmedArticleSet>\n")
    d = tmp_path / "a.db"
    assert runner.invoke(app, ["--db", str(d), "import", str(xml)]).exit_code == 0
    return d


def audit(db, path, *args):
    r = runner.invoke(app, ["--db", str(db), "audit", str(path), "--offline", *args])
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize("wrap", ["text", "markdown", "html"])
def test_synthetic_article_rows(db, tmp_path, wrap):
    text = ARTICLE
    if wrap == "html":
        text = "<html><head><script>alert(1)</script></head><body>" + "".join(
            f"<p>{line}</p>" for line in ARTICLE.splitlines()[1:]) + "</body></html>"
    elif wrap == "markdown":
        text = ARTICLE.replace("A study published", "**A study** published")
    f = tmp_path / f"article.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[wrap] }"
    f.write_text(text)
    rows = json.loads(audit(db, f, "--format", "json"))["rows"]
    # the pain-only sentence is its own assertion (the configured claim is pain AND fatigue: one id, one verdict)
    assert [r["claim_id"] for r in rows] == ["dose_range", "mechanism_immune_boost", "ms_relapses", "claim_4"]
    by = {r["claim_id"]: r for r in rows}
    assert by["ms_relapses"]["cited_source"] == "Journal of Neuroimmunology"
    # the verdict is the literature's (the same as `claims`, `digest`, `check`); the cited journal is checked apart
    assert by["ms_relapses"]["verdict"] == "no_evidence"
    assert by["ms_relapses"]["pubmed_search"].startswith("not asked (offline): would have asked for every record on "
                                                         "Multiple sclerosis (the condition's query)")
    assert by["ms_relapses"]["cited_journal_status"] == "citation_mismatch"
    assert "animal_study" in by["ms_relapses"]["cited_journal_summary"]
    pain = by["claim_4"]
    assert pain["verdict"] == "supported" and pain["outcomes"] == ["pain"] and pain["cited_journal_status"] == "found"
    assert pain["certainty"] == "low"
    assert pain["certainty_reasons"] == ["imprecision: 30 people in total (< 100) (-2)"]
    assert pain["pmids"] == ["981000002"]
    assert by["mechanism_immune_boost"]["verdict"] in ("not_studied_in_humans", "no_evidence")


def test_markdown_table(db, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    out = audit(db, f)
    assert out.startswith("# Audit of a.txt")
    assert ("| # | claim | read as (condition; outcomes; direction) | cited source | what PubMed holds | verdict | "
            "certainty | why |") in out
    assert ("| fibromyalgia; pain; positive | Journal of Clinical Rheumatology (found) "
            "| 1 human RCT, largest human n=30 "
            "| **supported** | low: imprecision: 30 people in total (< 100) (-2) |") in out
    assert "| Journal of Neuroimmunology (citation mismatch) |" in out


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed-article.txt not present")
def test_seed_article_has_a_row_for_each_citation_and_claim(db):
    rows = json.loads(audit(db, SEED, "--format", "json"))["rows"]
    ids = [r["claim_id"] for r in rows]
    for claim in ("dose_range", "mechanism_immune_boost", "small_but_significant", "ms_relapses",
                  "crohns_symptoms_qol", "fibromyalgia_pain_fatigue"):
        assert claim in ids, claim
    # "several studies ... including MS, Crohn's disease and RA" says studies exist: one descriptive row
    # (studies found on each), never an efficacy verdict per condition (issue 16 item 5)
    several = [r for r in rows if r["sentence"].startswith("There have been several studies")]
    assert len(several) == 1 and several[0]["verdict"] == "descriptive", several
    assert "ra_benefit" not in ids and "rheumatoid_arthritis: " in several[0]["why"]  # JSON keeps the ids
    cited = [r["cited_source"] for r in rows if r["cited_source"]]
    assert cited == ["Journal of Neuroimmunology", "Journal of Clinical Gastroenterology",
                     "Journal of Clinical Rheumatology"]
    by = {r["cited_source"]: r for r in rows if r["cited_source"]}
    assert by["Journal of Neuroimmunology"]["cited_journal_status"] == "citation_mismatch"
    assert by["Journal of Clinical Gastroenterology"]["cited_journal_status"] == "not_found"
    assert by["Journal of Clinical Rheumatology"]["cited_journal_status"] == "found"
    # pain shown by one RCT, fatigue by nothing: partly supported, and the why says which outcome lacks evidence
    assert by["Journal of Clinical Rheumatology"]["verdict"] == "partly_supported"
    assert "fatigue: no human study reported a finding on it" in by["Journal of Clinical Rheumatology"]["why"]
    assert not any("alcohol" in r["sentence"] for r in rows)  # naltrexone's licensed use is not an LDN claim
    assert several[0]["direction"] == "descriptive" and several[0]["certainty"] == "not_graded"


def test_nothing_to_audit(db, tmp_path):
    f = tmp_path / "recipe.txt"
    f.write_text("Mix flour and water. Bake for an hour.")
    r = runner.invoke(app, ["--db", str(db), "audit", str(f), "--offline"])
    assert r.exit_code == 1 and "no claim about LDN" in r.stderr


def test_extract_claims_reads_sentences_like_the_tagger():
    found = extract_claims(ARTICLE, CONFIG)
    ms = next(x for x in found if x.claim and x.claim.id == "ms_relapses")
    assert ms.claim.condition == "multiple_sclerosis" and ms.claim.outcomes == ["relapse_rate"]
    assert ms.kind == "citation" and ms.cited_journal == "Journal of Neuroimmunology"


def test_prose_acronyms_and_study_in_journal_are_read_in_claims():
    """The README's first example: an article says "MS" (a claim_synonym: too ambiguous for abstracts, where
    it is also mass spectrometry) and cites a journal as "a study in the Journal of …"."""
    from ldn_lit.claim_text import extract_claim
    from ldn_lit.models import AbstractSection, Article
    from ldn_lit.tagging import tag_article

    c = extract_claim("a study in the Journal of Neuroimmunology found LDN reduced MS relapses", CONFIG)
    assert c is not None and c.condition == "multiple_sclerosis" and c.outcomes == ["relapse_rate"]
    assert c.cited_journal == "Journal of Neuroimmunology"
    c = extract_claim("LDN reduced pain in people with RA, a trial in the UK found", CONFIG)
    assert c is not None and c.condition == "rheumatoid_arthritis" and c.cited_journal is None
    assert extract_claim("A study in Canada found LDN reduced fatigue in MS", CONFIG).cited_journal is None
    assert extract_claim("LDN reduced fatigue in COMMS workers", CONFIG).condition == "any"  # whole words only
    # abstracts are not read with claim_synonyms: "MS" there is often mass spectrometry
    a = Article(pmid="1", title="Naltrexone metabolites measured by LC-MS (synthetic)",
                abstract_sections=[AbstractSection(None, "Plasma levels were measured by MS in 12 volunteers.")])
    assert "multiple_sclerosis" not in tag_article(a, CONFIG.all_conditions).conditions


# A synthetic article with a numbered reference list; the entries cite the synthetic records above and one
# record only the stand-in has. Written for this test.
ARTICLE_WITH_REFERENCES = """# LDN for pain, a synthetic test article with references

A randomized trial found that LDN reduced pain in fibromyalgia [2].
LDN improved fatigue in multiple sclerosis, according to a small study (Placeholder et al., 2019).
Mouse studies suggest that naltrexone changes immune cells [1, 3].

## References

1. Testperson A. Synthetic: LDN in EAE mice. J Neuroimmunol. 2024.
2. Testperson A, et al. Synthetic: LDN for fibromyalgia pain, a randomized trial. J Clin Rheumatol. 2022.
3. Synthetic reference nobody has: an imagined study of imagined mice. Imag J. 2001.
4. Placeholder QZ, Testperson A. Synthetic open-label study of LDN for fatigue in multiple sclerosis. Synth MS J.
   2019;3(2):10-19.
"""


def test_audit_checks_every_reference_and_links_each_claim_to_what_it_cites(db, tmp_path, eutils_server):
    eutils_server.add("981000004", keys=set(), title="Synthetic open-label study of LDN for fatigue in multiple "
                      "sclerosis", year=2019, journal="Synthetic MS journal", journal_iso="Synth MS J", volume="3",
                      issue="2", pages="10-19", authors=[("Placeholder", "QZ"), ("Testperson", "A")],
                      abstract="Synthetic test text. Twelve adults with multiple sclerosis took LDN 4.5 mg.",
                      mesh=["Multiple Sclerosis"])
    f = tmp_path / "refs.md"
    f.write_text(ARTICLE_WITH_REFERENCES)
    r = runner.invoke(app, ["--db", str(db), "audit", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    refs = {x["number"]: x for x in d["references"]}
    assert [refs[n]["pmid"] for n in (1, 2, 3, 4)] == ["981000001", "981000002", None, "981000004"]
    assert refs[2]["verdict"] == "citation_mismatch" and refs[2]["differences"] == [
        "PubMed says 2024, the reference says 2022"]  # found by its title; the year is said to differ
    assert refs[3]["verdict"] == "not_found" and refs[1]["verdict"] == "found"
    # the reference titles are not read as the article's claims
    assert not any("Synthetic" in row["sentence"] for row in d["rows"])
    by = {row["sentence"][:20]: row for row in d["rows"]}
    assert by["A randomized trial f"]["cites"] == [{"number": 2, "pmid": "981000002", "verdict": "citation_mismatch"}]
    assert by["LDN improved fatigue"]["cites"] == [{"number": 4, "pmid": "981000004", "verdict": "found"}]
    assert refs[2]["cited_by"] == [list(by).index("A randomized trial f") + 1]
    md = runner.invoke(app, ["--db", str(db), "audit", str(f), "--offline"]).stdout
    assert "## References (4)" in md and "| 2 | Testperson A, et al." in md and "[2] PMID 981000002" in md


def test_split_article_and_markers():
    from ldn_lit.references import cited_entries, split_article

    body, entries = split_article(ARTICLE_WITH_REFERENCES)
    assert "## References" not in body and [e.number for e in entries] == [1, 2, 3, 4]
    assert entries[3].text.endswith("Synth MS J. 2019;3(2):10-19.")  # the wrapped line joined
    assert entries[3].reference.first_author == "Placeholder" and entries[3].reference.volume == "3"
    assert cited_entries("as shown [1-3] and [4]", entries) == [1, 2, 3, 4]
    assert cited_entries("as shown^2", entries) == [2]
    assert cited_entries("Placeholder and Testperson (2019) found", entries) == [4]
    assert cited_entries("in 20 [99] patients (Nobody 2019)", entries) == []
    assert split_article("No list here. LDN helps [1].") == ("No list here. LDN helps [1].", [])


def test_a_claim_about_a_group_of_conditions_is_not_a_network_failure(db, tmp_path, eutils_server):
    """'autoimmune disease' is a group (vocabulary.CONDITION_SCOPES), not one condition whose query PubMed is asked:
    audit said 'PubMed: unreachable: unknown condition' and stopped asking for the rest of the article."""
    f = tmp_path / "group.txt"
    f.write_text("Synthetic test article. Studies of LDN in autoimmune disease are small but their results are "
                 "significant.\n")
    r = runner.invoke(app, ["--db", str(db), "audit", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert "unreachable" not in r.stdout
    assert "group of conditions" in d["rows"][0]["pubmed_search"], d["rows"]


def test_markdown_says_ids_in_words_as_every_page_people_read():
    """The audit table people read names conditions by their label, designs and rules in words (JSON keeps
    the ids); before, the 'studies found' row read "crohns disease" and the reading "immune_cells"."""
    from ldn_lit.audit import AuditReport, AuditRow, render_md
    from ldn_lit.config import load_config

    row = AuditRow("Synthetic sentence on studies of LDN in Crohn's disease.", "claim_5", None, "nothing stored",
                   "descriptive", "studies found: crohns_disease: 2 human low-dose studies (1 randomised) "
                   "(rule: studies-found)", [], "crohns_disease", ["immune_cells"], "descriptive")
    out = render_md(AuditReport("a.txt", "offline", [row]), load_config().condition_labels)
    assert "| Crohn's disease; immune cells; descriptive |" in out
    assert "studies found: Crohn's disease: 2 human low-dose studies (1 randomised) (rule: studies found)" in out
    assert "crohns" not in out.replace("Synthetic sentence", "")
