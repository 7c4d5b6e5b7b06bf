"""`ldn-lit check` against the local database and the loopback E-utilities stand-in.

Records served or stored here are SYNTHETIC (fake PMIDs 980000001+, placeholder authors). The
real citation strings from the issue (Cree BA … Ann Neurol 2010, PMID 20695007) are used only as
inputs to parse; what the stand-in answers for them is a synthetic record that says so.
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.citation import parse_reference
from ldn_lit.cli import app
from ldn_lit.config import load_config
from ldn_lit.store import Store

CONFIG = load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml")

runner = CliRunner()
SYNTH_CREE = dict(title="SYNTHETIC stand-in record: Pilot trial of low-dose naltrexone and quality of life "
                        "in multiple sclerosis",
                  abstract=[("METHODS", "Synthetic test text. Eighty patients with multiple sclerosis were "
                                        "randomized to LDN 4.5 mg or placebo in a crossover design."),
                            ("RESULTS", "Mental health quality of life improved significantly with LDN.")],
                  year=2010, journal="Annals of neurology", journal_iso="Ann Neurol", volume="68", issue="2",
                  pages="145-50", authors=[("Cree", "BA")], pub_types=["Randomized Controlled Trial"],
                  mesh=["Multiple Sclerosis"], doi="10.1002/ana.22006")


def cli(*args, db):
    return runner.invoke(app, ["--db", str(db), *args])


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    return tmp_path / "c.db"


def imported(db, tmp_path, *record, **fields):
    """One synthetic record (make_article_xml's arguments) imported into the database: counted in verdicts."""
    xml = tmp_path / "r.xml"
    xml.write_text(XML_HEAD + make_article_xml(*record, **fields) + "</PubmedArticleSet>")
    assert cli("import", str(xml), db=db).exit_code == 0


def serve_cree(srv):
    srv.add("20695007", keys={"[doi]", "Pilot[ti]"}, **SYNTH_CREE)
    srv.citations[("ann neurol", "2010", "68", "145")] = "20695007"


def test_pmid_from_pubmed_then_from_the_database(db, eutils_server):
    serve_cree(eutils_server)
    r = cli("check", "20695007", "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["kind"] == "pmid" and d["source"] == "pubmed" and d["network"] == "used"
    assert d["record"]["title"].startswith("SYNTHETIC stand-in record")
    assert d["record"]["tags"]["design"] == "crossover_rct"
    before = len(eutils_server.requests)
    d2 = json.loads(cli("check", "PMID: 20695007", "--json", db=db).stdout)
    assert d2["source"] == "database" and d2["network"] == "not needed" and len(eutils_server.requests) == before


def test_doi_and_url(db, eutils_server):
    serve_cree(eutils_server)
    d = json.loads(cli("check", "https://doi.org/10.1002/ana.22006", "--json", db=db).stdout)
    assert d["kind"] == "doi" and d["record"]["pmid"] == "20695007"
    assert '"10.1002/ana.22006"[doi]' in eutils_server.requests[0].params["term"]


@pytest.mark.parametrize("ref", [
    "Cree BA, et al. Pilot trial of low-dose naltrexone and quality of life in multiple sclerosis. "
    "Ann Neurol. 2010;68(2):145-50.",
    "Cree, B. A., Kornyeyeva, E., & Goodin, D. S. (2010). Pilot trial of low-dose naltrexone and quality of life in "
    "multiple sclerosis. Annals of Neurology, 68(2), 145–150.",
])
def test_reference_via_ecitmatch_with_field_comparison(db, eutils_server, ref):
    serve_cree(eutils_server)
    d = json.loads(cli("check", ref, "--json", db=db).stdout)
    assert d["kind"] == "reference" and d["record"]["pmid"] == "20695007"
    assert any(q.path.endswith("ecitmatch.cgi") for q in eutils_server.requests)
    m = d["field_matches"]
    assert m["journal"]["match"] and m["year"]["match"] and m["volume"]["match"] and m["pages"]["match"]
    assert m["first_author"]["match"] and m["title"]["match"]
    assert d["verdict"] == "found"


def test_reference_with_wrong_details_is_a_mismatch(db, eutils_server):
    serve_cree(eutils_server)
    eutils_server.citations[("ann neurol", "2011", "68", "145")] = "20695007"
    d = json.loads(cli("check", "Smith J, et al. Pilot trial of low-dose naltrexone and quality of life in multiple "
                                "sclerosis. Ann Neurol. 2011;68(2):145-50.", "--json", db=db).stdout)
    assert d["verdict"] == "citation_mismatch"
    assert not d["field_matches"]["year"]["match"] and not d["field_matches"]["first_author"]["match"]


def test_unknown_pmid_and_unresolvable_doi(db, eutils_server):
    r = cli("check", "99999999", db=db)
    assert r.exit_code == 1 and "PMID 99999999 is not in PubMed" in r.stderr
    r = cli("check", "10.9999/does-not-exist", db=db)
    assert r.exit_code == 1 and "matches no PubMed record" in r.stderr


def test_claim_sentence_citation_mismatch_when_the_journal_holds_only_mouse_studies(db, eutils_server):
    eutils_server.add("980000001", keys={"multiple sclerosis"}, title="Synthetic: LDN in EAE mice",
                      abstract="Mice with EAE received naltrexone. Clinical scores were significantly reduced.",
                      journal="Journal of neuroimmunology", journal_iso="J Neuroimmunol", pub_types=["Journal Article"],
                      mesh=["Encephalomyelitis, Autoimmune, Experimental"])
    eutils_server.add("980000002", keys={"multiple sclerosis"},
                      title="Synthetic: LDN and relapses in MS, a randomized trial",
                      abstract="Sixty patients with multiple sclerosis were randomized to LDN or placebo. "
                               "Relapse rates did not differ.",
                      journal="Synthetic MS Journal", journal_iso="Synth MS J", mesh=["Multiple Sclerosis"])
    r = cli("check",
            "a study published in the Journal of Neuroimmunology found that LDN reduced relapses in multiple sclerosis",
            "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["kind"] == "claim"
    assert d["claim"]["condition"] == "multiple_sclerosis" and d["claim"]["outcomes"] == ["relapse_rate"]
    assert d["claim"]["cited_journal"] == "Journal of Neuroimmunology"
    # The verdict is the literature's: the one RCT found no difference in relapses. The cited journal is
    # checked apart: it holds only a mouse study.
    assert d["verdict"] == "contradicted" and "(rule: controlled-null)" in d["why"]
    assert d["cited_journal_status"] == "citation_mismatch" and "animal_study" in d["cited_journal_summary"]
    # The database held nothing on MS, so PubMed was asked the condition's query, not only the cited journal,
    # and the answer says so; its records were stored and tagged.
    assert d["pubmed_search"].startswith(
        "asked for every record on Multiple sclerosis (the condition's query): 2 found")
    terms = [q.params.get("term", "") for q in eutils_server.requests]
    assert CONFIG.search_term(CONFIG.condition("multiple_sclerosis")) in terms and not any("[ta]" in t for t in terms)
    assert d["candidates"][0]["pmid"] == "980000001"  # best fit: the cited journal


def test_claim_without_journal_uses_the_digest_rules(db, eutils_server):
    eutils_server.add("980000002", keys={"multiple sclerosis"},
                      title="Synthetic: LDN and relapses in MS, a randomized trial",
                      abstract="Sixty patients with multiple sclerosis were randomized to LDN or placebo. "
                               "Relapse rates did not differ.",
                      mesh=["Multiple Sclerosis"])
    d = json.loads(cli("check", "LDN reduces relapses in multiple sclerosis", "--json", db=db).stdout)
    assert d["verdict"] == "contradicted" and d["certainty"] == "low" and d["cited_journal_status"] is None
    ev = d["evidence"][0]
    assert ev["pmid"] == "980000002" and ev["sentence"] == "Relapse rates did not differ."
    assert ev["side"] == "against" and ev["sample_size"] == 60 and ev["outcome"] == "relapse_rate"


def test_claim_check_fetches_every_record_on_the_condition_not_a_sample(db, eutils_server):
    # 250 synthetic records on the condition; the one null RCT is the oldest, i.e. last in esearch's order.
    for i in range(1, 250):
        eutils_server.add(str(980100000 + i), keys={"multiple sclerosis"}, title=f"Synthetic MS record {i}",
                          abstract="Synthetic test text about multiple sclerosis.", mesh=["Multiple Sclerosis"])
    eutils_server.add("980000002", keys={"multiple sclerosis"},
                      title="Synthetic: LDN and relapses in MS, a randomized trial",
                      abstract="Sixty patients with multiple sclerosis were randomized to LDN or placebo. "
                               "Relapse rates did not differ.",
                      mesh=["Multiple Sclerosis"])
    d = json.loads(cli("check", "LDN reduces relapses in multiple sclerosis", "--json", db=db).stdout)
    assert d["verdict"] == "contradicted" and d["evidence"][0]["pmid"] == "980000002"
    fetched = [q.params["id"].split(",") for q in eutils_server.requests if q.path.endswith("efetch.fcgi")]
    assert sorted(len(ids) for ids in fetched)[-1] == 250  # every record on the condition, in one POST
    # (the other efetch is the title search's: at most 5 candidates, none stored as they did not match)


def test_not_found_when_the_cited_journal_has_nothing(db, eutils_server):
    d = json.loads(cli("check", "A study published in the Journal of Clinical Gastroenterology found that LDN improved "
                                "quality of life in Crohn's disease", "--json", db=db).stdout)
    assert d["cited_journal_status"] == "not_found" and d["verdict"] == "no_evidence"
    # PubMed was asked about the condition (not only the journal) before "no evidence" was said
    assert d["pubmed_search"] == "asked for every record on Crohn's disease (the condition's query): 0 found, 0 new"


def test_offline_and_unreachable(db, tmp_path, monkeypatch):
    imported(db, tmp_path, "980000010", "Synthetic record about fibromyalgia and LDN",
             "Twenty women with fibromyalgia were randomized to LDN or placebo. Pain improved significantly with LDN.",
             mesh=["Fibromyalgia"], pub_types=["Randomized Controlled Trial"])
    monkeypatch.setenv("LDN_LIT_EUTILS_URL", "http://127.0.0.1:9/entrez/eutils/")  # closed port
    r = cli("check", "980000010", "--json", db=db)
    assert r.exit_code == 0 and json.loads(r.stdout)["source"] == "database"
    r = cli("check", "LDN improved pain in fibromyalgia", "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["verdict"] == "supported" and d["network"] == "not needed"  # DB first
    r = cli("check", "12345", db=db)
    assert r.exit_code == 2 and "PubMed could not be asked" in r.stderr and "Traceback" not in r.output
    r = cli("check", "12345", "--offline", db=db)
    assert r.exit_code == 2 and "--offline" in r.stderr


@pytest.mark.parametrize("text", ["", "x" * 1_000_000, "<html><script>alert(1)</script></html>", "banana banana"])
def test_garbage_gets_a_clear_answer(db, text, eutils_server):
    r = cli("check", text, db=db)
    assert r.exit_code == 1 and "input not understood" in r.stderr and "Traceback" not in r.output
    assert len(r.output) < 2000 and "<script>" not in r.output
    assert eutils_server.requests == []


def test_claim_with_an_empty_database_and_no_network_says_so(db, monkeypatch):
    monkeypatch.setenv("LDN_LIT_EUTILS_URL", "http://127.0.0.1:9/entrez/eutils/")
    r = cli("check", "LDN improved pain in fibromyalgia", db=db)
    assert r.exit_code == 2 and "holds nothing on this, and PubMed could not be asked" in r.stderr


def test_claim_answered_from_the_database_asks_pubmed_nothing(db, eutils_server, tmp_path):
    imported(db, tmp_path, "980000020", "Synthetic record about fibromyalgia and LDN",
             "Twenty women with fibromyalgia were randomized to LDN or placebo. Pain improved significantly with LDN.",
             mesh=["Fibromyalgia"], pub_types=["Randomized Controlled Trial"])
    d = json.loads(cli("check", "LDN improved pain in fibromyalgia", "--json", db=db).stdout)
    assert d["verdict"] == "supported" and d["network"] == "not needed" and eutils_server.requests == []


SYNTH_CROHN = dict(title="Synthetic stand-in: Low-dose naltrexone therapy improves active Crohn's disease.",
                   abstract="Synthetic test text. Seventeen patients with active Crohn's disease took LDN 4.5 mg "
                            "for twelve weeks. Disease activity fell significantly from baseline (p = 0.01).",
                   year=2007, journal="The American journal of gastroenterology", journal_iso="Am J Gastroenterol",
                   mesh=["Crohn Disease"])


def test_title_journal_year():
    ref = parse_reference("Low-dose naltrexone therapy improves active Crohn's disease. Am J Gastroenterol. 2007.")
    assert (ref.title, ref.journal, ref.year) == ("Low-dose naltrexone therapy improves active Crohn's disease",
                                                  "Am J Gastroenterol", "2007")
    bare = parse_reference("Low-dose naltrexone therapy improves active Crohn's disease.")
    assert (bare.journal, bare.year, bare.style) == ("", "", "title")
    assert parse_reference("LDN.") is None


def test_a_title_with_journal_and_year_is_looked_up_as_a_reference_first(db, eutils_server):
    eutils_server.add("980000300", keys={"Low-dose naltrexone therapy improves active Crohn"}, **SYNTH_CROHN)
    d = json.loads(cli("check", "Low-dose naltrexone therapy improves active Crohn's disease. Am J Gastroenterol. "
                                "2007.", "--json", db=db).stdout)
    assert d["kind"] == "title" and d["found"] and d["record"]["pmid"] == "980000300"
    assert d["title_search"] == "found by title in the PubMed title search" and d["verdict"] == "found"
    assert d["field_matches"]["journal"]["match"] and d["field_matches"]["year"]["match"]
    # the title's words, each in [ti] (not one quoted phrase); the year ranks, it does not filter
    term = eutils_server.requests[0].params["term"]
    assert term == ("low[ti] AND dose[ti] AND naltrexone[ti] AND therapy[ti] AND improves[ti] AND active[ti] AND "
                    "crohn[ti] AND disease[ti]")
    # The second time it is found among the stored titles, without PubMed; also without journal and year.
    before = len(eutils_server.requests)
    d2 = json.loads(cli("check", "Low-dose naltrexone therapy improves active Crohn's disease.", "--json",
                        db=db).stdout)
    assert d2["kind"] == "title" and d2["source"] == "database" and len(eutils_server.requests) == before


def test_a_title_nobody_has_is_read_as_a_claim_and_says_so(db, eutils_server):
    d = json.loads(cli("check", "Low-dose naltrexone therapy improves active Crohn's disease. Am J Gastroenterol. "
                                "2007.", "--json", db=db).stdout)
    assert d["kind"] == "claim" and d["claim"]["condition"] == "crohns_disease"
    assert d["title_search"].startswith("tried as a title first: no record in the database or PubMed has this title")
    assert d["pubmed_search"].startswith("asked for every record on Crohn's disease (the condition's query)")


def test_the_cited_journal_alone_is_asked_when_the_database_covers_the_outcome(db, eutils_server, tmp_path):
    imported(db, tmp_path,
        "980000030", "Synthetic record about LDN in fibromyalgia", "Synthetic test text. Forty women with "
        "fibromyalgia were randomized to LDN 4.5 mg or placebo. Pain improved significantly with LDN (p = 0.01).",
        mesh=["Fibromyalgia"], pub_types=["Randomized Controlled Trial"])
    d = json.loads(cli("check", "A study published in the Journal of Clinical Rheumatology found that LDN improved "
                                "pain in fibromyalgia", "--json", db=db).stdout)
    assert d["pubmed_search"].startswith("asked for Journal of Clinical Rheumatology's records on Fibromyalgia")
    assert any('"Journal of Clinical Rheumatology"[ta]' in q.params.get("term", "") for q in eutils_server.requests)
    assert d["verdict"] == "supported" and d["cited_journal_status"] == "not_found"


def test_nothing_is_asked_once_update_has_searched_the_condition(db, eutils_server):
    with Store(db) as s:
        run = s.start_run("update", ["fibromyalgia"])
        s.set_query_state("fibromyalgia", "term", "2026-01-01", 0, run)
    d = json.loads(cli("check", "LDN improved pain in fibromyalgia", "--json", db=db).stdout)
    assert d["pubmed_search"].startswith("not asked: `ldn-lit update` has searched Fibromyalgia")
    assert not any(q.path.endswith("esearch.fcgi") and "fibromyalgia" in q.params.get("term", "").lower()
                   and "[ti]" not in q.params.get("term", "") for q in eutils_server.requests)


def test_checking_an_off_topic_pmid_leaves_the_verdicts_as_they_were(db, eutils_server, tmp_path):
    imported(db, tmp_path,
        "980000040", "Synthetic record about LDN in fibromyalgia", "Synthetic test text. Forty women with "
        "fibromyalgia were randomized to LDN 4.5 mg or placebo. Pain did not differ from placebo (p = 0.5).",
        mesh=["Fibromyalgia"], pub_types=["Randomized Controlled Trial"])
    before = cli("claims", "--json", db=db).stdout
    # a positive trial on the same claim, fetched by `check` alone (no tracked search has found it)
    eutils_server.add("980000041", keys={"fibromyalg"}, title="Synthetic trial of LDN in fibromyalgia",
                      abstract="Synthetic test text. Sixty women with fibromyalgia were randomized to LDN 4.5 mg or "
                               "placebo. Pain improved significantly with LDN (p = 0.001).",
                      mesh=["Fibromyalgia"], pub_types=["Randomized Controlled Trial"])
    r = cli("check", "980000041", "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["found"] and d["record"]["counted"] is False
    assert "not counted in verdicts" in d["record"]["counted_why"]
    assert "not counted in verdicts" in cli("check", "980000041", db=db).stdout
    assert cli("claims", "--json", db=db).stdout == before
    # a tracked search finds it: `update` takes it in, and from then on it counts
    assert cli("update", "-c", "fibromyalgia", db=db).exit_code == 0
    assert cli("claims", "--json", db=db).stdout != before
    assert json.loads(cli("check", "980000041", "--json", db=db).stdout)["record"]["counted"] is True


# ---- references as people paste them (SYNTHETIC records and references) -----------------------------
SYNTH_FM = dict(title="Synthetic symptoms of widespread pain are reduced by an opioid antagonist: a pilot study",
                abstract="Synthetic test text. Ten women with fibromyalgia took LDN 4.5 mg for eight weeks.",
                year=2009, journal="Synthetic pain medicine", journal_iso="Synth Pain Med", volume="10", issue="4",
                pages="663-72", authors=[("Placeholder", "J"), ("Testperson", "S")], mesh=["Fibromyalgia"])
FM_TITLE = SYNTH_FM["title"]


def test_a_wrong_year_is_a_difference_not_a_missing_study(db, eutils_server):
    eutils_server.add("980000500", keys=set(), **SYNTH_FM)
    r = cli("check", f"Placeholder J, Testperson S. {FM_TITLE}. Synth Pain Med. 2012;10(4):663-72.", "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["found"] and d["record"]["pmid"] == "980000500"
    assert d["differences"] == ["PubMed says 2009, the reference says 2012"]
    assert d["why"].startswith("found, but PubMed says 2009, the reference says 2012")
    assert d["verdict"] == "citation_mismatch" and d["found_via"] == "PubMed title search"
    assert d["reference"]["year"] == "2012" and d["reference"]["first_author"] == "Placeholder"
    # ECitMatch (it had journal, volume and page) knew nothing; the title words were asked without year or author
    terms = [q.params["term"] for q in eutils_server.requests if q.path.endswith("esearch.fcgi")]
    assert terms and all("[dp]" not in t and "[1au]" not in t and "[au]" not in t for t in terms)
    assert eutils_server.count("ecitmatch.cgi") == 1


def test_authors_et_al_title_journal_year(db, eutils_server):
    eutils_server.add("980000500", keys=set(), **SYNTH_FM)
    d = json.loads(cli("check", f"Placeholder J, et al. {FM_TITLE}. Synth Pain Med. 2009.", "--json", db=db).stdout)
    assert d["found"] and d["record"]["pmid"] == "980000500" and d["verdict"] == "found"
    assert d["field_matches"]["first_author"]["match"] and d["field_matches"]["journal"]["match"]
    assert d["field_matches"]["title"]["given"] == FM_TITLE  # the authors were not read as part of the title


def test_a_bare_title_with_few_claim_words_is_looked_up(db, eutils_server):
    eutils_server.add("980000510", keys=set(), title="The Uses of Naltrexone in Synthetic Dermatological Conditions",
                      abstract="Synthetic review text.", pub_types=["Review"])
    r = cli("check", "The Uses of Naltrexone in Synthetic Dermatological Conditions", "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["kind"] == "title" and d["record"]["pmid"] == "980000510"


def test_a_misspelt_word_still_finds_the_title(db, eutils_server):
    eutils_server.add("980000500", keys=set(), **SYNTH_FM)
    eutils_server.add("980000501", keys=set(), title="Synthetic widespread pain in an unrelated cohort", year=2009)
    d = json.loads(cli("check", FM_TITLE.replace("antagonist", "antagonsit") + ". Synth Pain Med. 2009.", "--json",
                       db=db).stdout)
    assert d["found"] and d["record"]["pmid"] == "980000500"
    terms = [q.params["term"] for q in eutils_server.requests if q.path.endswith("esearch.fcgi")]
    assert " AND " in terms[0] and " OR " in terms[1]  # no record has every word: any of them, most first


def test_offline_a_reference_is_matched_against_the_stored_records(db, eutils_server):
    eutils_server.add("980000500", keys=set(), **SYNTH_FM)
    assert cli("check", "980000500", db=db).exit_code == 0
    before = len(eutils_server.requests)
    for ref in (f"{FM_TITLE}.", f"Placeholder, J., & Testperson, S. (2010). {FM_TITLE}. Synthetic Pain Medicine, "
                                "10(4), 663-672."):
        r = cli("check", ref, "--offline", "--json", db=db)
        d = json.loads(r.stdout)
        assert r.exit_code == 0 and d["record"]["pmid"] == "980000500" and d["source"] == "database"
    assert d["differences"] == ["PubMed says 2009, the reference says 2010"]
    assert len(eutils_server.requests) == before
    r = cli("check", "A synthetic title that no stored record has at all. Synth J. 2001.", "--offline", db=db)
    assert r.exit_code == 2 and "--offline" in r.stderr


def test_two_records_with_the_same_title_are_an_ambiguity_unless_details_decide(db, eutils_server):
    same = "Synthetic low-dose naltrexone in a placeholder condition: a case report"
    eutils_server.add("980000520", keys=set(), title=same, year=2015, authors=[("Alpha", "A")])
    eutils_server.add("980000521", keys=set(), title=same, year=2018, authors=[("Beta", "B")])
    r = cli("check", same, "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 3 and d["verdict"] == "ambiguous" and not d["found"]
    assert [c["pmid"] for c in d["citation_candidates"][:2]] == ["980000520", "980000521"]
    assert all("title matches" in c["why"] for c in d["citation_candidates"][:2])
    assert "2 records match this reference" in d["why"]
    r = cli("check", same, db=db)
    assert r.exit_code == 3 and "Candidate records, best first" in r.output  # a piped table's title: stderr
    d = json.loads(cli("check", f"Beta B. {same}. J Synth Tests. 2018.", "--json", db=db).stdout)
    assert d["verdict"] == "found" and d["record"]["pmid"] == "980000521"


def test_many_at_once_from_arguments_and_standard_input(db, eutils_server):
    for i in range(3):
        eutils_server.add(f"98000060{i}", keys=set(), title=f"Synthetic record number {i}")
    r = runner.invoke(app, ["--db", str(db), "check", "-", "--json"], input="980000600\n\n980000601\n980000602\n")
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and [x["record"]["pmid"] for x in d] == ["980000600", "980000601", "980000602"]
    r = runner.invoke(app, ["--db", str(db), "check", "-", "--jsonl"], input="980000600\n980000601\n980000602\n")
    assert [json.loads(line)["record"]["pmid"] for line in r.stdout.splitlines()] == [
        "980000600", "980000601", "980000602"]
    r = cli("check", "980000600", "qwzx plmk", "980000602", "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 1 and [x["kind"] for x in d] == ["pmid", "garbage", "pmid"]  # the highest exit code
    r = cli("check", "980000600", "980000601", db=db)
    assert r.exit_code == 0 and "1/2" in r.stdout and "2/2" in r.stdout
    r = runner.invoke(app, ["--db", str(db), "check", "-"], input="\n")
    assert r.exit_code == 1 and "nothing on standard input" in r.stderr


def test_an_unquoted_claim_is_one_text_and_single_identifiers_stay_several(db, eutils_server):
    r = runner.invoke(app, ["--db", str(db), "check", "--offline", "--json", "LDN", "reduced", "MS", "relapses"])
    d = json.loads(r.stdout)
    assert isinstance(d, dict) and d["input"] == "LDN reduced MS relapses", r.output
    assert "read the 4 unquoted words as one text" in r.stderr
    r = runner.invoke(app, ["--db", str(db), "check", "--offline", "--json", "980000600", "PMC123456"])
    assert isinstance(json.loads(r.stdout), list) and "unquoted" not in r.stderr


def test_word_order_and_the_nearer_year_tell_similar_titles_apart(db, eutils_server):
    eutils_server.add("980000700", keys=set(), title="Synthetic effects of LDN on pain and fatigue in a placeholder "
                      "disease", year=2015)
    eutils_server.add("980000701", keys=set(), title="Synthetic effects of LDN on fatigue and pain in a placeholder "
                      "disease", year=2016)
    r = cli("check", "Synthetic effects of LDN on fatigue and pain in a placeholder disease", "--json", db=db)
    assert r.exit_code == 0 and json.loads(r.stdout)["record"]["pmid"] == "980000701"
    same = "Synthetic LDN for an imagined syndrome"
    eutils_server.add("980000702", keys=set(), title=same, year=2003)
    eutils_server.add("980000703", keys=set(), title=same, year=2015)
    d = json.loads(cli("check", f"{same}. J Synth Tests. 2016.", "--json", db=db).stdout)
    assert d["record"]["pmid"] == "980000703" and d["differences"] == ["PubMed says 2015, the reference says 2016"]


def test_a_bare_title_that_reads_like_a_claim_is_found_from_an_empty_database(db, eutils_server):
    title = "Low-dose naltrexone reduces pain in depression: a synthetic randomized controlled trial"
    eutils_server.add("980000800", keys=set(), title=title, year=2020)
    r = cli("check", title, "--json", db=db)
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["kind"] == "title" and d["record"]["pmid"] == "980000800"


def test_ecitmatch_whose_record_has_the_title_needs_no_title_search(db, eutils_server):
    serve_cree(eutils_server)
    eutils_server.records["20695007"].title = SYNTH_CREE["title"]
    d = json.loads(cli("check", "Cree BA, et al. SYNTHETIC stand-in record: Pilot trial of low-dose naltrexone and "
                                "quality of life in multiple sclerosis. Ann Neurol. 2010;68(2):145-50.", "--json",
                       db=db).stdout)
    assert d["verdict"] == "found" and d["found_via"] == "ECitMatch" and d["pubmed_asked"] == ["ECitMatch"]
    assert [q.path.rsplit("/", 1)[1] for q in eutils_server.requests] == ["ecitmatch.cgi", "efetch.fcgi"]
    # in a batch, each input says whether it needed the network
    eutils_server.add("980000900", keys=set(), title="Synthetic record fetched once")
    r = cli("check", "980000900", "980000900", "--json", db=db)
    assert [x["network"] for x in json.loads(r.stdout)] == ["used", "not needed"]
