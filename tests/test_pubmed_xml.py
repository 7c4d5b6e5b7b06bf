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


# ---- record_slices: records cut by byte search and parsed one by one (import's workers) ------------------------------
def _sliced(body: bytes, read: int | None = None):
    """What record_slices and parse_record make of a file: (records, warnings, deleted), or "unsliced"."""
    import io

    from ldn_lit import pubmed_xml
    from ldn_lit.pubmed_xml import ParseNotes, Unsliced, parse_record, record_slices

    notes = ParseNotes()
    try:
        if read:
            pubmed_xml._SLICE_READ, before = read, pubmed_xml._SLICE_READ
        try:
            records = [parse_record(s, notes) for s in list(record_slices(io.BytesIO(body), notes))]
        finally:
            if read:
                pubmed_xml._SLICE_READ = before
    except Unsliced:
        return "unsliced"
    return records, notes.warnings, notes.deleted


def _whole(body: bytes):
    from ldn_lit.pubmed_xml import ParseNotes

    notes = ParseNotes()
    try:
        return list(iter_articles(body, notes)), notes.warnings, notes.deleted
    except PubmedParseError as e:
        return f"error: {e}"


def _set(*records: str, head: str | None = None, tail: str = "</PubmedArticleSet>\n") -> bytes:
    from eutils_server import XML_HEAD

    return ((XML_HEAD if head is None else head) + "".join(records) + tail).encode()


def _rec(pmid: str, extra: str = "", title: str = "Synthetic record") -> str:
    from eutils_server import make_article_xml

    return make_article_xml(pmid, title).replace("</MedlineCitation>", extra + "</MedlineCitation>", 1)


SLICEABLE = {
    "plain": _set(_rec("970000301"), _rec("970000302")),
    "a comment before the root": _set(_rec("970000301"), head='<?xml version="1.0" encoding="UTF-8"?>\n'
                                      "<!-- SYNTHETIC test data -->\n<PubmedArticleSet>\n"),
    "no declaration, one line": _set(_rec("970000301").replace("\n", ""), head="<PubmedArticleSet>"),
    "deletions between records": _set(_rec("970000301"), "<DeleteCitation><PMID Version=\"1\">970000399</PMID>"
                                      "<PMID Version=\"1\">970000398</PMID></DeleteCitation>", _rec("970000302")),
    "a book chapter": (FIXTURES / "synthetic_pubmed.xml").read_bytes(),
    "a comment, CDATA and an entity inside a record": _set(_rec(
        "970000301", "<!-- a note --><OtherID Source=\"NLM\"><![CDATA[<b>x</b>]]></OtherID>",
        "Synthetic &amp; record &#233;")),
    "a field cut with a warning": _set(_rec("970000301", title="x" * 100_001)),
    "a reference list": _with_references(REFS),
    "an entity the file does not define": _set(_rec("970000301", title="Synthetic &nbsp; record")),
}

UNSLICED = {  # parsed whole instead: some give the same records, some an error, never something else
    "a comment between records": _set(_rec("970000301"), "<!-- between -->", _rec("970000302")),
    "a record commented out": _set(_rec("970000301"), "<!--", _rec("970000302"), "-->"),
    "a record inside a CDATA section": _set("<Note><![CDATA[", _rec("970000302"), "]]></Note>"),
    "a processing instruction": _set(_rec("970000301"), "<?note x?>", _rec("970000302")),
    "latin-1": _set(_rec("970000301", title="Synthetic caf\u00e9"), head='<?xml version="1.0" encoding="ISO-8859-1"?>'
                    "\n<PubmedArticleSet>\n").decode().encode("latin-1"),
    "an internal DTD subset": _set(_rec("970000301", title="Synthetic &syn;"),
                                   head='<!DOCTYPE PubmedArticleSet [<!ENTITY syn "entity">]>\n<PubmedArticleSet>\n'),
    "a default namespace": _set(_rec("970000301"), head='<PubmedArticleSet xmlns="urn:x">'),
    "a record with attributes": _set('<PubmedArticle x="1">' + _rec("970000301")[len("<PubmedArticle>"):]),
    "a record inside a record": _set(_rec("970000301").replace("</PubmedArticle>", _rec("970000302") +
                                                                "</PubmedArticle>")),
    "a record inside a tag": _set("<Note a='>' ", _rec("970000301"), ">"),
    "a malformed record": _set(_rec("970000301"), _rec("970000302").replace("</Title>", "</Titel>")),
    "a record without a PMID": _set(_rec("970000301").replace("<PMID", "<NotPMID").replace("</PMID>", "</NotPMID>")),
    "a broken deletion": _set(_rec("970000301"), "<DeleteCitation><PMID>12a</PMID></DeleteCitation>"),
    "junk after the root": _set(_rec("970000301"), tail="</PubmedArticleSet><Junk/>"),
    "truncated in a record": _set(_rec("970000301"), _rec("970000302")[:300], tail=""),
    "truncated after a record": _set(_rec("970000301"), tail=""),
    "another root": _set(_rec("970000301"), head="<eSearchResult>", tail="</eSearchResult>"),
    "a record as the root": _rec("970000301").encode(),
    "not XML": b"Service unavailable",
    "empty": b"",
}


@pytest.mark.parametrize("name", SLICEABLE)
@pytest.mark.parametrize("read", [None, 7])
def test_records_cut_from_the_file_are_the_records_of_the_whole_file(name, read):
    """import's workers parse the records record_slices cuts (read here 7 bytes at a time too, so every tag is split
    between reads): the same records, warnings and deletions as the file parsed whole."""
    got, want = _sliced(SLICEABLE[name], read), _whole(SLICEABLE[name])
    assert got != "unsliced" and not isinstance(want, str)
    assert got == want and got[0]


@pytest.mark.parametrize("name", UNSLICED)
def test_what_cannot_be_cut_with_certainty_is_parsed_whole(name):
    """Whatever the records parsed one by one might differ on, or any error, is Unsliced: the file is then parsed whole
    (ingest.import_file), so its records or its error are iter_articles'. None of these is cut."""
    assert _sliced(UNSLICED[name]) == "unsliced"
    assert _sliced(UNSLICED[name], 7) == "unsliced"
