"""parse_input: every input kind check accepts, and garbage."""

import pytest

from ldn_lit.citation import parse_input, parse_reference

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
    assert r.authors == authors and r.first_author == "Cree"
    # a DOI in the reference decides which record it is; the fields are compared with that record
    assert (u.kind, u.value) == (("doi", "10.1002/ana.22006") if "10.1002" in text else ("reference", text))
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


# SYNTHETIC references (invented authors, titles and journals) in the styles people paste.
SYNTH_TITLE = "Low-dose naltrexone for chronic widespread pain: a synthetic crossover trial"


@pytest.mark.parametrize("text, fields", [
    # Vancouver / NLM, with issue, pages, month, an "Epub" note and a PMID
    (f"Testperson AB, Placeholder C, Example DE. {SYNTH_TITLE}. J Synth Pain. 2014 Mar;15(3):120-8. Epub 2013 "
     "Dec 2. PMID: 99999001.",
     dict(first_author="Testperson", journal="J Synth Pain", year="2014", volume="15", issue="3", first_page="120",
          pmid="99999001", style="vancouver")),
    # AMA, with DOI
    (f"Testperson AB, Placeholder C. {SYNTH_TITLE}. J Synth Pain. 2014;15(3):120-128. doi:10.9999/jsp.2014.03",
     dict(first_author="Testperson", journal="J Synth Pain", year="2014", volume="15", pages="120-128",
          doi="10.9999/jsp.2014.03")),
    # Vancouver, et al., no volume or pages
    (f"Testperson AB, et al. {SYNTH_TITLE}. J Synth Pain. 2014.",
     dict(first_author="Testperson", authors="Testperson AB, et al", journal="J Synth Pain", year="2014",
          volume="")),
    # numbered, online Vancouver with [Internet] and a link
    (f"12. Testperson AB. {SYNTH_TITLE}. J Synth Pain [Internet]. 2014 [cited 2020 Jan 5];15(3):120-8. "
     "Available from: https://example.org/x",
     dict(first_author="Testperson", journal="J Synth Pain", year="2014", volume="15", first_page="120")),
    # journal abbreviation with full stops
    (f"Testperson A.B., Example D. {SYNTH_TITLE}. J. Synth. Pain 2014;15:120-8.",
     dict(first_author="Testperson", journal="J. Synth. Pain", year="2014", volume="15")),
    # APA 7
    (f"Testperson, A. B., Placeholder, C., & Example, D. E. (2014). {SYNTH_TITLE}. Journal of Synthetic Pain, "
     "15(3), 120–128. https://doi.org/10.9999/jsp.2014.03",
     dict(first_author="Testperson", journal="Journal of Synthetic Pain", year="2014", volume="15", issue="3",
          pages="120-128", style="apa")),
    # Harvard, quoted title, pp.
    (f"Testperson, A.B., Placeholder, C. and Example, D.E. (2014) '{SYNTH_TITLE}', Journal of Synthetic Pain, "
     "15(3), pp. 120–128.",
     dict(first_author="Testperson", journal="Journal of Synthetic Pain", year="2014", volume="15",
          first_page="120", style="apa")),
    # Harvard without parentheses, et al.
    (f"Testperson, A.B. et al., 2014. {SYNTH_TITLE}. Journal of Synthetic Pain, 15(3), pp.120-128.",
     dict(first_author="Testperson", journal="Journal of Synthetic Pain", year="2014", first_page="120")),
    # a name particle, initials first in APA
    (f"van der Placeholder JH, Testperson AB. {SYNTH_TITLE}. J Synth Pain. 2014;15:120.",
     dict(first_author="van der Placeholder", year="2014", first_page="120")),
    # title, journal, year; and a bare title
    (f"{SYNTH_TITLE}. J Synth Pain. 2014.", dict(first_author="", journal="J Synth Pain", year="2014")),
    (f"{SYNTH_TITLE}.", dict(first_author="", journal="", year="", style="title")),
    # a PMCID anywhere
    (f"Testperson AB. {SYNTH_TITLE}. J Synth Pain. 2014;15:120-8. PMCID: PMC9999001",
     dict(pmcid="PMC9999001", year="2014")),
])
def test_reference_fields_in_every_style(text, fields):
    r = parse_reference(text)
    assert r is not None and r.title.rstrip(".") == SYNTH_TITLE
    got = {k: getattr(r, k) for k in fields}
    assert got == fields


@pytest.mark.parametrize("text, kind", [
    ("Testperson AB. A synthetic trial of naltrexone. J Synth Pain. 2014;15:120-8. PMID: 99999001", "pmid"),
    ("Testperson AB. A synthetic trial of naltrexone. J Synth Pain. 2014;15:120-8. PMC9999001", "pmcid"),
    ("Testperson AB. A synthetic trial of naltrexone. J Synth Pain. 2014. doi: 10.9999/x.1", "doi"),
    ("Testperson AB. A synthetic trial of naltrexone. J Synth Pain. 2014.", "reference"),
    # a bare title with one "claim word" is a title to look up, not garbage
    ("The Uses of Naltrexone in Dermatological Conditions", "title"),
    ("Synthetic Observations on Opioid Antagonists in Skin Disorders", "title"),
])
def test_an_identifier_wins_and_a_bare_title_is_looked_up(text, kind):
    u = parse_input(text)
    assert u.kind == kind
    if kind in ("pmid", "pmcid", "doi"):
        assert u.reference.title == "A synthetic trial of naltrexone" and u.reference.year == "2014"


def test_a_quoted_title_may_hold_an_apostrophe():
    r = parse_reference("Testperson, A.B. (2014) 'Naltrexone in Crohn's disease: a synthetic study', Journal of "
                        "Synthetic Pain, 15, pp. 1-9.")
    assert r.title == "Naltrexone in Crohn's disease: a synthetic study" and r.journal == "Journal of Synthetic Pain"


def test_titles_that_differ_in_a_number_are_different_studies():
    from ldn_lit.resolve import title_similarity, title_words

    assert not title_similarity("A synthetic phase 2 trial of naltrexone in pain", "A synthetic phase 3 trial of "
                                "naltrexone in pain")[1]
    assert title_similarity("A synthetic phase 2 trial of naltrexone in pain.", "A Synthetic Phase 2 Trial of "
                            "Naltrexone in Pain")[1]
    assert "19" in title_words("Naltrexone after COVID-19: a synthetic cohort")
