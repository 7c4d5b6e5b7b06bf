"""`ldn-lit digest` in every format, on a database filled by `ldn-lit import` of synthetic fixtures."""

import csv
import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app
from ldn_lit.digest import DigestError, parse_window

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()
WINDOW = ["--from", "2024-01-01", "--to", "2024-12-31"]
EVIL = "<script>alert(1)</script> & \"quotes\""


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    extra = tmp_path / "extra.xml"
    extra.write_text(XML_HEAD + make_article_xml(
        "970000201", f"Synthetic record {EVIL} on LDN in fibromyalgia",
        [("METHODS", "Twenty women with fibromyalgia were randomized to naltrexone 4.5 mg or placebo."),
         ("RESULTS", "Pain was significantly reduced with naltrexone (p = 0.02).")],
        year=2024, entrez=(2024, 6, 1), pub_types=["Randomized Controlled Trial"], mesh=["Fibromyalgia"],
        doi="10.0000/synthetic.0201") + "</PubmedArticleSet>\n")
    d = tmp_path / "d.db"
    r = runner.invoke(app, ["--db", str(d), "import", str(FIXTURES / "synthetic_pubmed.xml"),
                            str(FIXTURES / "synthetic_medline.nbib"), str(extra)])
    assert r.exit_code == 0, r.output
    return d


def digest(db, *args, ok=True):
    r = runner.invoke(app, ["--db", str(db), "digest", *WINDOW, *args])
    if ok:
        assert r.exit_code == 0, r.output
    return r


def without_generated(text):
    return re.sub(r"(Generated |\"generated_at\": \")[^\s\"<]+", r"\1X", text)


def test_markdown(db):
    out = digest(db).stdout
    assert out.startswith("# ldn-lit digest: 2024-01-01 to 2024-12-31")
    assert "## Where the evidence stands" in out and "| LDN improves pain and fatigue in fibromyalgia. |" in out
    # new records: the three that entered PubMed in 2024, retractions/errata first
    new = out.split("## New records (3)")[1]
    assert new.index("### Retractions, errata and expressions of concern") < new.index("### Fibromyalgia")
    assert "https://pubmed.ncbi.nlm.nih.gov/970000201/" in new and "https://doi.org/10.0000/synthetic.0201" in new
    assert "rct · human · n=20 · 4.5 mg (low) · finding: positive" in new
    assert '"Pain was significantly reduced with naltrexone (p = 0.02)."' in new
    assert "\\<script\\>" in new  # markdown-escaped


def test_verdict_on_crafted_evidence_in_the_digest(db):
    out = digest(db).stdout
    row = next(line for line in out.splitlines() if line.startswith("| LDN improves pain and fatigue"))
    # pain: one small positive RCT; fatigue: nothing. Partly supported, low certainty, the reason named.
    assert "**partly supported** | low |" in row and "PMID 970000201" in row
    assert "fatigue: no human study reported a finding on it" in row and row.endswith("(rule: some-outcomes) |")
    section = out.split("### LDN improves pain and fatigue in fibromyalgia.")[1].split("\n### ")[0]
    assert "certainty: **low (pain: imprecision: 20 people in total (\\< 100) (-2))**" in section
    # its Summary of Findings: the outcome row, each GRADE domain judged, the study on one line with its quote
    assert "#### pain: supported, low" in section and "| imprecision | very serious | 20 people in total" in section
    assert ("| 970000201 | 2024 | rct | 20 | 4.5 mg | not stated | not stated | not stated | not named primary | "
            "p = 0.02 | benefit | decisive | Pain was significantly reduced with naltrexone (p = 0.02). |") in section
    assert "#### fatigue: no evidence" in section and "- fatigue: not studied in people" in section


def test_certainty_is_in_every_claims_format(db):
    d = json.loads(digest(db, "--format", "json").stdout)
    fm = next(c for c in d["claims"] if c["claim"]["id"] == "fibromyalgia_pain_fatigue")
    assert fm["certainty"] == "low"
    assert fm["certainty_reasons"] == ["pain: imprecision: 20 people in total (< 100) (-2)"]
    html = digest(db, "--format", "html").stdout
    assert "<td>low (pain: imprecision: 20 people in total (&lt; 100) (-2))</td>" in html
    r = runner.invoke(app, ["--db", str(db), "claims"], env={"COLUMNS": "250"})
    assert r.exit_code == 0 and "certainty" in r.stdout and "imprecision" in r.stdout


def test_html_is_self_contained_and_escaped(db, tmp_path):
    out = tmp_path / "d.html"
    digest(db, "--format", "html", "-o", str(out))
    page = out.read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'name="viewport"' in page and "<svg" in page
    assert not re.search(r"""(src|href)=["']https?://(?!pubmed\.ncbi|doi\.org)""", page)  # no external assets
    assert "<link" not in page and "@import" not in page


def test_atom_is_valid_with_stable_ids(db):
    feed = digest(db, "--format", "atom").stdout
    root = ET.fromstring(feed.encode())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for tag in ("id", "title", "updated"):
        assert root.find(f"a:{tag}", ns) is not None
    ids = [e.findtext("a:id", namespaces=ns) for e in root.findall("a:entry", ns)
           if not e.findtext("a:id", namespaces=ns).startswith("urn:ldn-lit:claim:")]
    assert sorted(ids) == sorted(f"https://pubmed.ncbi.nlm.nih.gov/{p}/"
                                 for p in ("970000003", "970000101", "970000201"))
    # one entry per claim, its verdict and certainty in the title, its reasons in the summary
    claim = next(e for e in root.findall("a:entry", ns)
                 if e.findtext("a:id", namespaces=ns) == "urn:ldn-lit:claim:fibromyalgia_pain_fatigue")
    assert claim.findtext("a:title", namespaces=ns).startswith("[partly supported, certainty low] LDN improves pain")
    assert "Certainty: low (pain: imprecision: 20 people in total (< 100) (-2))." in claim.findtext("a:summary",
                                                                                                   namespaces=ns)
    entry = next(e for e in root.findall("a:entry", ns) if "970000201" in e.findtext("a:id", namespaces=ns))
    assert EVIL in entry.findtext("a:title", namespaces=ns)  # escaped in XML, intact once parsed
    again = ET.fromstring(runner.invoke(app, ["--db", str(db), "digest", "--from", "2024-06-01", "--to", "2024-06-30",
                                              "--format", "atom"]).stdout.encode())
    assert [e.findtext("a:id", namespaces=ns) for e in again.findall("a:entry", ns)
            if "claim" not in e.findtext("a:id", namespaces=ns)] == ["https://pubmed.ncbi.nlm.nih.gov/970000201/"]


def test_json_and_csv(db):
    d = json.loads(digest(db, "--format", "json").stdout)
    assert d["version"] == 1 and d["window"] == {"from": "2024-01-01", "to": "2024-12-31"}
    assert {r["pmid"] for r in d["new_records"]} == {"970000003", "970000101", "970000201"}
    assert {c["claim"]["id"] for c in d["claims"]} >= {"ms_relapses", "dose_range"}
    assert all(c["verdict"] in ("supported", "partly_supported", "conflicting", "contradicted",
                                "not_studied_in_humans", "no_evidence", "descriptive") for c in d["claims"])
    all_rows = list(csv.DictReader(io.StringIO(digest(db, "--format", "csv").stdout)))
    rows = [r for r in all_rows if r["pmid"]]
    assert len(rows) == 3 and {r["pmid"] for r in rows} == {"970000003", "970000101", "970000201"}
    claims = {r["claim_id"]: r for r in all_rows if r["claim_id"]}
    assert set(claims) == {c["claim"]["id"] for c in d["claims"]}
    fm = claims["fibromyalgia_pain_fatigue"]
    assert (fm["verdict"], fm["certainty"]) == ("partly_supported", "low")
    assert fm["certainty_reasons"] == "pain: imprecision: 20 people in total (< 100) (-2)"
    assert next(r for r in rows if r["pmid"] == "970000201")["sample_size"] == "20"


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv", "atom"])
def test_reproducible_apart_from_generated_at(db, fmt):
    a, b = digest(db, "--format", fmt).stdout, digest(db, "--format", fmt).stdout
    assert without_generated(a) == without_generated(b)


def test_empty_window_says_so(db):
    out = runner.invoke(app, ["--db", str(db), "digest", "--week", "2020-W10"]).stdout
    assert "No new records between 2020-03-02 and 2020-03-08." in out
    assert "## Where the evidence stands" in out


@pytest.mark.parametrize("args, message", [
    (["--week", "2026-W60"], "bad --week"),
    (["--from", "2026-13-01"], "bad --from"),
    (["--since", "yesterday"], "bad --since"),
    (["--from", "2026-02-01", "--to", "2026-01-01"], "is before --from"),
    (["--format", "pdf"], "unknown format 'pdf'"),
])
def test_bad_windows_and_formats(db, args, message):
    r = runner.invoke(app, ["--db", str(db), "digest", *args])
    assert r.exit_code == 1 and message in r.stderr and "Traceback" not in r.output


def test_unknown_condition_in_an_article_claims_file(db, tmp_path):
    bad = tmp_path / "claims.toml"
    bad.write_text('[[claims]]\nid = "x"\nclaim = "LDN cures gout."\ncondition = "gout"\n')
    r = runner.invoke(app, ["--db", str(db), "digest", "--article", str(bad)])
    assert r.exit_code == 2 and "condition 'gout' is not a condition id" in r.stderr
    good = tmp_path / "ok.toml"
    good.write_text('[[claims]]\nid = "fm"\nclaim = "LDN relieves fibromyalgia pain."\ncondition = "fibromyalgia"\n'
                    'outcomes = ["pain"]\n')
    out = runner.invoke(app, ["--db", str(db), "digest", *WINDOW, "--article", str(good)]).stdout
    assert "| LDN relieves fibromyalgia pain. | **supported** |" in out and "ok.toml" in out


def test_claims_command(db):
    r = runner.invoke(app, ["--db", str(db), "claims"])
    assert r.exit_code == 0 and "supported" in r.stdout and "970000201" in r.stdout


def test_parse_window():
    today = date(2026, 11, 25)
    assert parse_window(today=today).label == "2026-11-18 to 2026-11-25"
    assert parse_window("2w", today=today).start == date(2026, 11, 11)
    assert parse_window(week="2026-W47").label == "2026-11-16 to 2026-11-22"
    with pytest.raises(DigestError):
        parse_window("7d", "2026-W47")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (Debian package `chromium`)")
def test_html_renders_in_headless_chromium_on_a_phone_sized_screen(db, tmp_path):
    page = tmp_path / "d.html"
    digest(db, "--format", "html", "-o", str(page))
    png = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=390,1600",
                    f"file://{page}"], capture_output=True, timeout=90)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a real page, not a blank one
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (390, 1600)


def test_atom_is_never_updated_in_the_future_and_links_to_itself(db, tmp_path):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    today = date.today().isoformat()
    out = tmp_path / "ldn.atom"
    digest(db, "--from", "2024-01-01", "--to", "2099-12-31", "--format", "atom", "-o", str(out))
    root = ET.fromstring(out.read_bytes())
    updated = [root.findtext("a:updated", namespaces=ns)] + [
        e.findtext("a:updated", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert updated[0] == f"{today}T00:00:00Z"  # the window ends in 2099; the feed was made today
    assert all(u[:10] <= today for u in updated)
    assert [(x.get("rel"), x.get("href")) for x in root.findall("a:link", ns)] == [("self", "ldn.atom")]


def test_citation_lines_leave_out_missing_issue_and_pages(db):
    from ldn_lit.citation import source_line

    assert source_line("Ann Neurol", 2010, "68", "2", "145-50") == "Ann Neurol. 2010;68(2):145-50"
    assert source_line("Synth Case Rep", 2019, "4", None, "7-9") == "Synth Case Rep. 2019;4:7-9"
    assert source_line("J Synth", 2020, None, None, None) == "J Synth. 2020"
    shown = runner.invoke(app, ["--db", str(db), "show", "970000002"]).stdout  # a record without an issue
    assert "Synth Case Rep. 2019;4:7-9" in shown and "()" not in shown
    checked = runner.invoke(app, ["--db", str(db), "check", "970000002", "--offline"]).stdout
    assert "Synth Case Rep. 2019;4:7-9" in checked and "()" not in checked
