"""One judgment everywhere: `claims`, `digest --article`, `check` and `audit` give the same verdict, certainty
and why for the same sentence over the same database. Records and article are SYNTHETIC (fake PMIDs)."""

import json

from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app

runner = CliRunner()

# One sentence per claim, in our own words.
SENTENCES = [
    "LDN reduced relapses in multiple sclerosis.",
    "LDN improved pain in fibromyalgia.",
    "A study published in the Journal of Clinical Gastroenterology found that LDN improved symptoms "
    "in Crohn's disease.",
    "LDN improves fatigue in fibromyalgia.",
]
RECORDS = [
    make_article_xml("983000001", "Synthetic: LDN and relapses in multiple sclerosis, a randomized trial",
                     "Synthetic test text. Sixty patients with multiple sclerosis were randomized to LDN 4.5 mg or "
                     "placebo. Relapse rates did not differ between groups.", mesh=["Multiple Sclerosis"],
                     pub_types=["Randomized Controlled Trial"], entrez=(2020, 1, 1)),
    make_article_xml("983000002", "Synthetic: LDN for fibromyalgia pain, a small randomized trial",
                     "Synthetic test text. Thirty women with fibromyalgia were randomized to LDN 4.5 mg or placebo. "
                     "Pain was significantly reduced with LDN (p = 0.01).", mesh=["Fibromyalgia"],
                     pub_types=["Randomized Controlled Trial"], entrez=(2020, 1, 1)),
    make_article_xml("983000003", "Synthetic: LDN for fibromyalgia pain, a larger randomized trial",
                     "Synthetic test text. Eighty adults with fibromyalgia were randomized to LDN 4.5 mg or placebo. "
                     "Pain did not differ between groups (p = 0.52).", mesh=["Fibromyalgia"],
                     pub_types=["Randomized Controlled Trial"], entrez=(2021, 1, 1)),
    make_article_xml("983000004", "Synthetic: naltrexone 50 mg in fibromyalgia, a randomized trial",
                     "Synthetic test text. Ninety adults with fibromyalgia were randomized to naltrexone 50 mg or "
                     "placebo. Fatigue did not differ between groups (p = 0.70).", mesh=["Fibromyalgia"],
                     pub_types=["Randomized Controlled Trial"], entrez=(2021, 1, 1)),
    make_article_xml("983000005", "Synthetic: LDN in Crohn's disease, a randomized trial",
                     "Synthetic test text. Forty patients with Crohn's disease were randomized to LDN 4.5 mg or "
                     "placebo. Disease activity improved significantly with LDN (p = 0.01).",
                     journal="Synthetic gastroenterology", journal_iso="Synth Gastro", mesh=["Crohn Disease"],
                     pub_types=["Randomized Controlled Trial"], entrez=(2021, 1, 1)),
]


def run(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.stdout


def test_claims_digest_check_and_audit_agree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    db = str(tmp_path / "j.db")
    xml = tmp_path / "r.xml"
    xml.write_text(XML_HEAD + "".join(RECORDS) + "</PubmedArticleSet>\n")
    run("--db", db, "import", str(xml))
    article = tmp_path / "article.md"
    article.write_text("# A synthetic article\n\n" + "\n\n".join(SENTENCES) + "\n")

    def key(d):
        return d["verdict"], d["certainty"], d["certainty_reasons"], d["why"]

    from_claims = {c["claim"]["claim"]: key(c) for c in json.loads(run("--db", db, "claims", "--article", str(article),
                                                                       "--json"))}
    digest = json.loads(run("--db", db, "digest", "--from", "1990-01-01", "--to", "2030-12-31", "--format", "json",
                            "--article", str(article)))
    from_digest = {c["claim"]["claim"]: key(c) for c in digest["claims"]}
    from_audit = {r["sentence"]: key(r) for r in json.loads(run("--db", db, "audit", str(article), "--offline",
                                                                "--format", "json"))["rows"]}
    from_check = {s: key(json.loads(run("--db", db, "check", s, "--offline", "--json"))) for s in SENTENCES}
    assert set(from_claims) == set(SENTENCES)
    for s in SENTENCES:
        assert from_claims[s] == from_digest[s] == from_audit[s] == from_check[s], s
    verdicts = {s: from_check[s][0] for s in SENTENCES}
    # and the verdicts are the rules' (not merely equal to each other)
    assert verdicts == {SENTENCES[0]: "contradicted", SENTENCES[1]: "conflicting", SENTENCES[2]: "supported",
                        SENTENCES[3]: "no_evidence"}
    assert "1 standard-dose record(s)" in from_check[SENTENCES[3]][3]  # the 50 mg trial is not LDN evidence
