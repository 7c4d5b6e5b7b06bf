"""PubMed XML parsing: our synthetic fixture, plus real NCBI responses from ../shared when present."""

from pathlib import Path

import pytest

from ldn_lit.pubmed_xml import PubmedParseError, iter_articles, parse_articles

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "eutils-samples"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/eutils-samples not present")


@pytest.fixture(scope="module")
def synthetic():
    return {a.pmid: a for a in parse_articles(FIXTURES / "synthetic_pubmed.xml")}


def test_structured_abstract_keeps_labels_and_flattens_markup(synthetic):
    a = synthetic["970000001"]
    assert [s.label for s in a.abstract_sections] == ["BACKGROUND", "METHODS", "RESULTS"]
    assert a.title == ("Synthetic record: low-dose naltrexone and fatigue in multiple sclerosis, "
                       "a randomized crossover trial.")
    assert "(p<0.05 in earlier work, r2 = 0.3)" in a.abstract
    assert a.abstract.startswith("BACKGROUND: This abstract is synthetic")
    assert "\nMETHODS: Thirty-one adults" in a.abstract


def test_citation_fields(synthetic):
    a = synthetic["970000001"]
    assert (a.journal, a.journal_iso, a.medline_ta) == (
        "Journal of synthetic neuroimmunology", "J Synth Neuroimmunol", "J Synth Neuroimmunol")
    assert (a.volume, a.issue, a.pages, a.year, a.pub_date) == ("12", "3", "101-9", 2023, "2023 Mar")
    assert a.doi == "10.0000/synthetic.0001" and a.pmcid == "PMC0000001"
    assert [x.display for x in a.authors] == ["Testperson A", "Fixture BC", "Synthetic LDN Study Group"]
    assert a.authors[0].affiliation == "Synthetic Institute, Nowhere."
    assert a.entrez_date == "2023-02-14" and a.revised_date == "2024-03-05"
    assert a.status == "MEDLINE" and a.languages == ["eng"]


def test_mesh_pubtypes_keywords_nct_and_corrections(synthetic):
    a = synthetic["970000001"]
    assert a.publication_types == ["Journal Article", "Randomized Controlled Trial"]
    ms = a.mesh[0]
    assert (ms.descriptor, ms.ui, ms.major_topic, ms.qualifiers) == (
        "Multiple Sclerosis", "D009103", True, ["drug therapy"])
    # a major-topic qualifier makes the heading major
    assert a.mesh[1].descriptor == "Naltrexone" and a.mesh[1].major_topic
    assert a.keywords == ["LDN", "fatigue"]
    assert a.nct_ids == ["NCT00000002", "NCT00000001"]  # DataBankList first, then abstract text
    # "Cites" (the reference list) is not kept; ErratumIn is
    assert [(c.ref_type, c.pmid) for c in a.comments_corrections] == [("ErratumIn", "970000009")]


def test_cited_pmids_from_the_reference_list_then_cites_links(synthetic):
    # PubmedData/ReferenceList (nested lists too), each PMID once, a broken one left out; then the PMIDs of
    # MEDLINE's "Cites" links not already listed. Records without references cite nothing.
    assert synthetic["970000001"].cited_pmids == ["970000011", "970000012", "12345"]
    assert synthetic["970000002"].cited_pmids == [] and synthetic["970000003"].cited_pmids == []


def test_medline_date_start_end_pages_no_abstract_and_retraction(synthetic):
    a = synthetic["970000002"]
    assert a.year == 2019 and a.pub_date == "2019 Nov-Dec"
    assert a.pages == "7-9"
    assert a.abstract_sections == [] and a.abstract == ""
    assert ("RetractionIn", "970000010") in [(c.ref_type, c.pmid) for c in a.comments_corrections]
    assert "Retracted Publication" in a.publication_types


def test_book_article(synthetic):
    b = synthetic["970000003"]
    assert b.kind == "book"
    assert b.title == "Naltrexone (synthetic chapter)"
    assert b.journal == "Synthetic Book of Pharmacology"
    assert b.year == 2024 and b.publication_types == ["Review"]
    assert b.authors[0].display == "Chapterwriter Q"
    assert b.entrez_date == "2024-01-10"


@pytest.mark.parametrize("body, message", [
    (b"", "empty"),
    (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>", "malformed or truncated XML"),
    # cut before its first element closed: truncated, not "empty" (said before)
    (b"<?xml version='1.0'?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation>\n", "truncated XML at line 3"),
    (b"Service unavailable", "not XML"),
    (b"<html><body>Service unavailable</body></html>", "found <html>"),
    (b"<?xml version='1.0'?><eSearchResult><Count>0</Count></eSearchResult>", "found <eSearchResult>"),
    (b"<PubmedArticleSet><PubmedArticle><MedlineCitation></MedlineCitation></PubmedArticle></PubmedArticleSet>",
     "without PMID"),
])
def test_bad_input_is_an_error_never_zero_records(body, message):
    with pytest.raises(PubmedParseError, match=message):
        list(iter_articles(body))


def test_empty_set_is_zero_records():
    assert parse_articles(b"<PubmedArticleSet></PubmedArticleSet>") == []


@needs_samples
@pytest.mark.parametrize("name, pmids", [
    ("pubmed1.xml", ["12091962", "9997"]),
    ("pubmed2.xml", ["11748933", "11700088"]),
    ("pubmed4.xml", ["27797938"]),
    ("pubmed5.xml", ["28775130"]),
    ("pubmed6.xml", ["30108519"]),
    ("pubmed7.xml", ["29963580"]),
])
def test_real_ncbi_samples_parse(name, pmids):
    arts = parse_articles(SAMPLES / name)
    assert [a.pmid for a in arts] == pmids
    for a in arts:
        assert a.title and a.year and a.journal
        assert "<" not in a.title or "&lt;" not in a.title


@needs_samples
def test_real_sample_keeps_nlm_section_categories():
    a = parse_articles(SAMPLES / "pubmed5.xml")[0]
    assert [(s.label, s.category) for s in a.abstract_sections] == [
        ("OBJECTIVES", "OBJECTIVE"), ("METHODS", "METHODS"), ("RESULTS", "RESULTS"), ("CONCLUSIONS", "CONCLUSIONS")]


@needs_samples
def test_real_sample_markup_and_escapes():
    a = parse_articles(SAMPLES / "pubmed4.xml")[0]
    assert a.title.startswith("Leucocyte telomere length, genetic variants at the TERT gene")
    assert [s.label for s in a.abstract_sections] == ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
    assert "r2<0.25" in a.abstract  # <sup>2</sup> flattened, &lt; decoded
    assert a.pmcid == "PMC5442267" and a.doi == "10.1136/gutjnl-2016-312510"
    assert [c.ref_type for c in a.comments_corrections] == ["CommentIn"]


@needs_samples
@pytest.mark.parametrize("name", ["pubmed3.html", "einfo4.xml", "esearch1.xml"])
def test_real_non_pubmed_bodies_are_rejected(name):
    with pytest.raises(PubmedParseError):
        parse_articles(SAMPLES / name)


@needs_samples
def test_real_reference_lists_give_cited_pmids():
    """A real efetch record with a PubmedData/ReferenceList, and real ones whose references are "Cites" links."""
    (with_list,) = parse_articles(SAMPLES / "pubmed7.xml")
    assert len(with_list.cited_pmids) == 49 and with_list.cited_pmids[:2] == ["25144646", "8028666"]
    assert all(len(a.cited_pmids) > 30 for name in ("pubmed4.xml", "pubmed5.xml")
               for a in parse_articles(SAMPLES / name))


def _with_references(refs: str, tail: str = "</PubmedData></PubmedArticle></PubmedArticleSet>") -> bytes:
    return ("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>970000020</PMID><Article><ArticleTitle>"
            "Synthetic review</ArticleTitle></Article></MedlineCitation><PubmedData>\n" + refs + tail).encode()


REFS = ("<ReferenceList>\n<Reference><Citation>Synthetic one.</Citation><ArticleIdList>"
        "<ArticleId IdType=\"pubmed\">970000021</ArticleId></ArticleIdList></Reference>\n"
        "<ReferenceList><Title>Synthetic</Title><Reference><ArticleIdList><ArticleId IdType=\"pmc\">PMC1</ArticleId>"
        "<ArticleId IdType=\"pubmed\">970000022</ArticleId></ArticleIdList></Reference></ReferenceList>\n"
        "</ReferenceList>\n")


def test_reference_lists_are_cut_before_parsing_read_in_any_chunks(synthetic, monkeypatch):
    """The reference lists are cut to their PMIDs in the byte stream (ReferenceLists); read a few bytes at a
    time, so that every tag is split between reads, the records are the same."""
    from ldn_lit.pubmed_xml import ReferenceLists

    assert parse_articles(_with_references(REFS))[0].cited_pmids == ["970000021", "970000022"]
    monkeypatch.setattr(ReferenceLists, "_READ", 5)
    assert parse_articles(_with_references(REFS))[0].cited_pmids == ["970000021", "970000022"]
    assert {a.pmid: a for a in parse_articles(FIXTURES / "synthetic_pubmed.xml")} == synthetic


def test_a_cut_reference_list_keeps_errors_and_their_lines():
    # a record broken after its reference list: the error names the line it is on
    with pytest.raises(PubmedParseError, match="line 6,"):
        list(iter_articles(_with_references(REFS, "</PubmedData></PubmedArticle><Broken></PubmedArticleSet>")))
    # a file that ends inside a reference list is truncated, not a record with fewer references
    with pytest.raises(PubmedParseError, match="malformed or truncated XML"):
        list(iter_articles(_with_references(REFS[:150], "")))
    # a list still open where the record's data ends is left to the parser, which refuses it
    with pytest.raises(PubmedParseError, match="malformed or truncated XML"):
        list(iter_articles(_with_references("<ReferenceList><Reference>", )))
