"""`ldn-lit claims`, `digest`, `audit` and `check` on claims: no verdict without an evidence base, and the same
bytes for the same database. Records and article are SYNTHETIC (fake PMIDs, our own sentences)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
FM, RCT = ["Fibromyalgia"], ["Randomized Controlled Trial"]


def cli(*args, db):
    return runner.invoke(app, ["--db", str(db), *args])


@pytest.fixture
def empty_db(tmp_path, monkeypatch):
    """A database where `update` ran but PubMed could not be reached: nothing stored."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    monkeypatch.setenv("LDN_LIT_EUTILS_URL", "http://127.0.0.1:9/entrez/eutils/")
    db = tmp_path / "e.db"
    r = cli("update", db=db)
    assert r.exit_code == 2  # could not reach PubMed
    return db


@pytest.mark.parametrize("args", [["claims"], ["claims", "--json"], ["digest"],
                                  ["check", "--offline", "LDN improved pain in fibromyalgia"]])
def test_no_verdict_on_an_empty_database(empty_db, args):
    r = cli(*args, db=empty_db)
    assert r.exit_code == 1, r.output
    assert "no verdict" in r.stderr and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.output
    assert "no evidence" not in r.stdout and "supported" not in r.stdout


def test_audit_gives_no_verdict_on_an_empty_database(empty_db, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Synthetic article. LDN improved pain in fibromyalgia.\n")
    r = cli("audit", "--offline", str(article), db=empty_db)
    assert r.exit_code == 1 and "no verdict" in r.stderr and "| 1 |" not in r.stdout


def _rct(pmid, n, outcome_sentence, year):
    return make_article_xml(pmid, f"Synthetic randomized trial {pmid} of low-dose naltrexone in fibromyalgia",
                            [("METHODS", f"Synthetic test text. {n} adults with fibromyalgia were randomized to "
                                         "naltrexone 4.5 mg or placebo."),
                             ("RESULTS", outcome_sentence)], mesh=FM, pub_types=RCT, year=year, entrez=(year, 1, 1))


def test_claims_json_is_byte_identical_across_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    xml = tmp_path / "r.xml"
    # Equal sizes and years: only a total order keeps the listing the same from run to run.
    xml.write_text(XML_HEAD + "".join(_rct(f"98500000{i}", "Forty", s, 2020) for i, s in enumerate([
        "Pain was significantly lower with naltrexone than placebo (p = 0·01).",
        "Mood and sleep quality did not differ between groups (p = 0.40).",
        "Cognition and quality of life did not differ between groups.",
        "Pain did not differ between groups (p = 0.52)."])) + "</PubmedArticleSet>")
    db = tmp_path / "d.db"
    assert cli("import", str(xml), db=db).exit_code == 0
    # Separate processes with different string-hash seeds: set order differs between them, as between runs.
    runs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        p = subprocess.run([sys.executable, "-m", "ldn_lit.cli", "--db", str(db), "claims", "--json"], env=env,
                           capture_output=True, cwd=tmp_path, check=True)
        runs.add(p.stdout)
    assert len(runs) == 1
    out = runs.pop()
    # written to a pipe as UTF-8 bytes (cli.write_utf8), to a test's capture as text: the same bytes
    assert out == cli("claims", "--json", db=db).stdout_bytes and "0·01".encode() in out
    assert json.loads(out)[0]["claim"]["id"]


def test_a_sentence_listing_studies_is_one_descriptive_claim_not_three_efficacy_claims():
    from ldn_lit.claim_text import extract_claims
    from ldn_lit.config import load_config

    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    text = ("Synthetic article. There have been several studies of LDN in multiple sclerosis, Crohn's disease and "
            "rheumatoid arthritis. By boosting the immune system, LDN can slow the progression of autoimmune "
            "diseases.")
    found = [x.claim for x in extract_claims(text, cfg) if x.claim]
    assert [c.direction for c in found] == ["descriptive", "positive"]
    assert found[0].scope == ["multiple_sclerosis", "crohns_disease", "rheumatoid_arthritis"]
    # the progression assertion is the configured progression claim (so gets exactly its verdict), not mechanism
    shipped = next(c for c in cfg.claims if c.id == "ms_progression")
    assert found[1].id == "ms_progression" and found[1].outcomes == shipped.outcomes
