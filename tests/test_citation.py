"""parse_input: every input kind check accepts, and garbage."""

import pytest

from ldn_lit.citation import parse_input

CREE_VANCOUVER = ("Cree BA, et al. Pilot trial of low-dose naltrexone and quality of life in multiple sclerosis. "
                  "Ann Neurol. 2010;68(2):145-50.")
CREE_APA = ("Cree, B. A., Kornyeyeva, E., & Goodin, D. S. (2010). Pilot trial of low-dose naltrexone and quality "
            "of life in multiple sclerosis. Annals of Neurology, 68(2), 145–150. https://doi.org/10.1002/ana.22006")
CREE_AMA = ("Cree BA, Kornyeyeva E, Goodin DS. Pilot trial of low-dose naltrexone and quality of life in multiple "
            "sclerosis. Ann Neurol. 2010;68(2):145-150. doi:10.1002/ana.22006")


@pytest.mark.parametrize("text, kind, value", [
    ("20695007", "pmid", "20695007"), ("PMID: 20695007", "pmid", "20695007"),
    ("https://pubmed.ncbi.nlm.nih.gov/20695007/", "pmid", "20695007"),
    ("https://www.ncbi.nlm.nih.gov/pubmed/20695007", "pmid", "20695007"),
    ("PMC1234567", "pmcid", "PMC1234567"),
    ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/", "pmcid", "PMC1234567"),
    ("10.1002/ana.22006", "doi", "10.1002/ana.22006"), ("doi:10.1002/ANA.22006", "doi", "10.1002/ana.22006"),
    ("https://doi.org/10.1002/ana.22006", "doi", "10.1002/ana.22006"),
])
def test_identifiers(text, kind, value):
    u = parse_input(text)
    assert (u.kind, u.value) == (kind, value)


@pytest.mark.parametrize("text, authors", [(CREE_VANCOUVER, "Cree BA, et al"),
                                           (CREE_AMA, "Cree BA, Kornyeyeva E, Goodin DS"),
                                           (CREE_APA, "Cree, B. A., Kornyeyeva, E., & Goodin, D. S.")])
def test_reference_styles(text, authors):
    u = parse_input(text)
    r = u.reference
    assert u.kind == "reference" and r.authors == authors and r.first_author == "Cree"
    assert r.title == "Pilot trial of low-dose naltrexone and quality of life in multiple sclerosis"
    assert (r.year, r.volume, r.issue, r.first_page) == ("2010", "68", "2", "145")
    assert r.journal in ("Ann Neurol", "Annals of Neurology")


def test_claim_sentence():
    u = parse_input("a study published in the Journal of Neuroimmunology found that LDN reduced relapses in MS")
    assert u.kind == "claim" and u.describe() == "a claim sentence"


@pytest.mark.parametrize("text, kind", [
    ("", "empty"), ("   \n ", "empty"), ("<script>alert(1)</script>", "empty"),
    ("qwzx plmk", "garbage"), ("x" * 1_000_000, "garbage"), ("12ab34", "garbage"),
    ("<html><body><script>alert(1)</script><p>hello there</p></body></html>", "garbage"),
])
def test_garbage(text, kind):
    u = parse_input(text)
    assert u.kind == kind and u.hint
    assert "<script>" not in u.hint
