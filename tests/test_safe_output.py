"""Output that cannot be turned against its reader (ldn_lit/safe_output.py): hostile values in
records (DOIs, titles, authors, pages) through the Markdown digest, rendered by a CommonMark
renderer, and through every CSV. Records are SYNTHETIC (make_article_xml)."""

import csv
import io

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app
from ldn_lit.safe_output import csv_cell, doi_url

runner = CliRunner()
HOSTILE_DOIS = ['10.1000/x) <script>alert(1)</script>', '10.1000/y)\n\n<script>alert(2)</script>',
                '10.1000/z)"onmouseover=alert(3)<img src=x onerror=alert(4)>', "javascript:alert(5)",
                "10.1016/S0140-6736(20)30183-5"]
WINDOW = ["--from", "2026-11-01", "--to", "2026-11-30"]


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    records = [make_article_xml(
        str(970104001 + i), f"=HYPERLINK(\"http://example.invalid\",\"Synthetic {i}\") <b>low-dose naltrexone</b>",
        "This abstract is synthetic test data. <script>alert(6)</script>", doi=doi, year=2026,
        entrez=(2026, 11, 20), authors=[("@SUM(1+1)", "A"), ("+Testperson", "B")], pages="-2+3",
        journal="+Synthetic journal", journal_iso="=J Synth") for i, doi in enumerate(HOSTILE_DOIS)]
    f = tmp_path / "hostile.xml"
    f.write_text(XML_HEAD + "".join(records) + "</PubmedArticleSet>")
    assert runner.invoke(app, ["import", str(f)]).exit_code == 0
    return tmp_path


def cli(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.stdout


def test_doi_url_encodes_or_omits():
    assert doi_url("10.1016/S0140-6736(20)30183-5") == "https://doi.org/10.1016/S0140-6736%2820%2930183-5"
    assert doi_url("10.1000/a<b>\"c") == "https://doi.org/10.1000/a%3Cb%3E%22c"
    for bad in ("javascript:alert(1)", "10.1000/x y", "10.1000/x\n\ny", "", None, "doi.org/10.1000/x"):
        assert doi_url(bad) is None


def test_markdown_digest_rendered_as_commonmark_has_no_raw_html_from_data(db):
    text = cli("digest", *WINDOW, "--format", "md")
    md = MarkdownIt("commonmark")  # raw HTML allowed, as any CommonMark viewer: the digest must not contain any
    tokens = md.parse(text)
    flat = [t for tok in tokens for t in [tok, *(tok.children or [])]]
    assert not [t.content for t in flat if t.type in ("html_inline", "html_block")]
    hrefs = [t.attrs["href"] for t in flat if t.type == "link_open"]
    assert len([h for h in hrefs if h.startswith("https://pubmed.ncbi.nlm.nih.gov/")]) == 5
    assert [h for h in hrefs if "doi.org" in h] == [
        "https://doi.org/10.1016/S0140-6736%2820%2930183-5"]  # the only plausible DOI
    assert all(h.startswith(("https://pubmed.ncbi.nlm.nih.gov/", "https://doi.org/")) for h in hrefs)
    html = md.render(text)
    assert "<script" not in html and "onerror" not in html.replace("onerror=alert", "")  # as text only
    assert "&lt;b&gt;low-dose naltrexone&lt;/b&gt;" in html  # the title's markup is shown, not applied


@pytest.mark.parametrize("args", [["export", "--format", "csv"], ["digest", *WINDOW, "--format", "csv"]])
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(db, args):
    all_rows = list(csv.DictReader(io.StringIO(cli(*args))))
    rows = [r for r in all_rows if r["pmid"]]  # the digest adds one row per claim after the records
    assert len(rows) == 5
    for row in all_rows:
        for key, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (key, value)
    assert rows[0]["title"].startswith("'=HYPERLINK(")
    if args[0] == "export":
        assert rows[0]["pages"] == "'-2+3" and rows[0]["authors"].startswith("'@SUM(1+1) A")
        assert rows[0]["journal_iso"] == "'=J Synth"


def test_csv_cell_keeps_numbers_and_ordinary_text():
    assert csv_cell(-3) == -3 and csv_cell("Naltrexone") == "Naltrexone" and csv_cell("") == ""
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("\t=cmd") == "'\t=cmd"


@pytest.mark.parametrize("fmt", ["html", "atom"])
def test_html_and_atom_digests_carry_data_as_text_only(db, fmt):
    out = cli("digest", *WINDOW, "--format", fmt)
    assert "<script" not in out and "<b>low-dose" not in out and "<img" not in out
    assert 'href="javascript' not in out
