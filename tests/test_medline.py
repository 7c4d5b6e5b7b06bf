"""MEDLINE (.nbib) parsing: our synthetic fixture, plus real PubMed-format files from ../shared."""

from pathlib import Path

import pytest

from ldn_lit.medline import iter_medline, looks_like_medline
from ldn_lit.models import MeshHeading
from ldn_lit.pubmed_xml import PubmedParseError

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "eutils-samples"


def test_synthetic_nbib():
    a, b = list(iter_medline(FIXTURES / "synthetic_medline.nbib"))
    assert a.pmid == "970000101"
    assert a.title.startswith("Synthetic record: low-dose naltrexone for fibromyalgia pain, an open-label")
    assert [s.label for s in a.abstract_sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert a.abstract_sections[1].text == "Twelve women took 4.5 mg naltrexone nightly for 12 weeks."
    assert (a.journal, a.journal_iso, a.volume, a.issue, a.pages, a.year) == (
        "Synthetic rheumatology", "Synth Rheumatol", "8", "1", "55-61", 2024)
    assert [x.display for x in a.authors] == ["Samplewriter DK", "de Example R"]
    assert a.authors[1].last_name == "de Example"
    assert a.doi == "10.0000/synthetic.0101"
    assert a.nct_ids == ["NCT00000003"]
    assert a.mesh[0].descriptor == "Fibromyalgia" and a.mesh[0].major_topic
    assert a.mesh[2].descriptor == "Naltrexone" and a.mesh[2].major_topic
    assert [(c.ref_type, c.pmid) for c in a.comments_corrections] == [("ErratumIn", "970000102")]
    assert a.entrez_date == "2024-12-31" and a.revised_date == "2025-01-02"
    assert b.publication_types == ["Published Erratum"]
    assert [(c.ref_type, c.pmid) for c in b.comments_corrections] == [("ErratumFor", "970000101")]


def test_sniffing():
    assert looks_like_medline((FIXTURES / "synthetic_medline.nbib").read_bytes()[:200])
    assert not looks_like_medline((FIXTURES / "synthetic_pubmed.xml").read_bytes()[:200])


def test_no_records_is_an_error():
    with pytest.raises(PubmedParseError, match="no MEDLINE records"):
        list(iter_medline(b"this is not a MEDLINE file\n"))


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/eutils-samples not present")
def test_real_pubmed_format_files():
    arts = [a for n in (1, 2, 3) for a in iter_medline(SAMPLES / f"pubmed_result{n}.txt")]
    assert [a.pmid for a in arts] == ["12230038", "16403221", "16377612", "14871861", "14630660", "23039619"]
    by = {a.pmid: a for a in arts}
    assert by["14871861"].authors[0].display == "de Hoon MJ"
    assert [s.label for s in by["23039619"].abstract_sections] == ["PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert by["16403221"].doi == "10.1186/1471-2105-7-10"


# ---- issue 12 item 13: labels hidden by a zero-width character, a closing quote, or their length ----
def _ab(ab: str):
    from ldn_lit.medline import _sections
    return [(s.label, s.text) for s in _sections(ab)]


def test_label_after_a_zero_width_character():
    assert _ab("\u200bBACKGROUND: Synthetic text one. \u200bMETHODS: Synthetic text two.") == [
        ("BACKGROUND", "Synthetic text one."), ("METHODS", "Synthetic text two.")]


def test_label_after_a_closing_quote_or_bracket():
    assert _ab('BACKGROUND: Patients called it "a fog." METHODS: Synthetic text (n = 3.) RESULTS: None.') == [
        ("BACKGROUND", 'Patients called it "a fog."'), ("METHODS", "Synthetic text (n = 3.)"), ("RESULTS", "None.")]


def test_label_longer_than_40_characters():
    label = "PARTICIPANTS, SETTING, AND MAIN OUTCOME MEASURES"
    assert len(label) > 40
    assert _ab(f"OBJECTIVE: Synthetic aim. {label}: Synthetic setting.") == [
        ("OBJECTIVE", "Synthetic aim."), (label, "Synthetic setting.")]


def test_capitals_inside_a_sentence_are_not_a_label():
    assert _ab("Synthetic text about the NIH: nothing structured here.") == [
        (None, "Synthetic text about the NIH: nothing structured here.")]


def test_each_authors_affiliations_are_kept_in_order():
    text = ("PMID- 970105001\nTI  - Synthetic record with affiliations\n"
            "FAU - Testperson, Alex\nAU  - Testperson A\nAD  - Synthetic Institute One,\n      Example City.\n"
            "AD  - Synthetic Hospital Two.\nFAU - Fixture, Bo\nAU  - Fixture B\n"
            "FAU - Sample, Cy\nAU  - Sample C\nAD  - Synthetic Lab.\nCN  - Synthetic Study Group\n\n"
            "PMID- 970105002\nTI  - Synthetic older-style record\nAD  - Synthetic first-author place.\n"
            "AU  - Oldstyle D\nAU  - Second E\n\n").encode()
    a, b = iter_medline(text)
    assert [x.affiliations for x in a.authors] == [
        ["Synthetic Institute One, Example City.", "Synthetic Hospital Two."], [], ["Synthetic Lab."], []]
    assert a.authors[0].affiliation == "Synthetic Institute One, Example City." and a.authors[1].affiliation is None
    assert [x.affiliations for x in b.authors] == [["Synthetic first-author place."], []]


@pytest.mark.parametrize("text, descriptor, major, qualifiers", [
    ("*Psoriasis/drug therapy", "Psoriasis", True, ["drug therapy"]),  # MEDLINE's MH field
    ("Naltrexone/*administration & dosage", "Naltrexone", True, ["administration & dosage"]),
    ("Psoriasis / drug therapy*", "Psoriasis", True, ["drug therapy"]),  # as the PubMed web page shows it
    ("Dermatomyositis / drug therapy", "Dermatomyositis", False, ["drug therapy"]),
    ("Humans", "Humans", False, []),
])
def test_a_mesh_heading_as_written_in_text(text, descriptor, major, qualifiers):
    m = MeshHeading.parse(text)
    assert (m.descriptor, m.major_topic, m.qualifiers) == (descriptor, major, qualifiers)
