"""Output that cannot be turned against its reader (ldn_lit/safe_output.py): hostile values in
records (DOIs, titles, authors, pages) through the Markdown digest, rendered by a CommonMark
renderer, and through every CSV. Records are SYNTHETIC (make_article_xml)."""

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app
from ldn_lit.safe_output import csv_cell, doi_url, terminal_markup, terminal_text, xml_text

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


# ---- XML 1.0 characters in every XML output ---------------------------------------------------------
# SYNTHETIC text carrying every kind of character XML 1.0 forbids (C0 controls other than tab, newline and
# carriage return; U+FFFE and U+FFFF) next to characters it allows (DEL, C1 controls, astral characters).
FORBIDDEN = "\x00\x01\x08\x0b\x0c\x0e\x1b\x1f\ufffe\uffff"
CONTROL_TEXT = "Synthetic\x00 LDN\x1b[31m trial\x0b in fibromyalgia\x01\ufffe\uffff \x7f\x85 \U0001F600 end"


def test_xml_text_keeps_only_what_xml_1_0_allows():
    assert xml_text(f"a{FORBIDDEN}b\ud800c\udfffd") == "abcd"  # lone surrogates too
    kept = "tab\t nl\n cr\r del\x7f c1\x85 bmp\ud7ff\ue000\ufffd astral\U0001F600\U0010FFFF"
    assert xml_text(kept) == kept


def test_atom_and_html_of_records_and_trials_with_control_characters_parse(tmp_path, monkeypatch):
    from ctgov_server import make_study
    from ldn_lit.config import load_config
    from ldn_lit.ctgov import parse_study
    from ldn_lit.ingest import store_batch
    from ldn_lit.models import AbstractSection, Article
    from ldn_lit.store import Store

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    db = tmp_path / "x.db"
    with Store(db) as store:
        config = load_config(None)
        store_batch(store, config, [Article(
            pmid="970104101", title=CONTROL_TEXT, journal=CONTROL_TEXT, year=2026, entrez_date="2026-11-20",
            abstract_sections=[AbstractSection("RESULTS", f"Pain fell with naltrexone{FORBIDDEN} (p = 0.01).")],
            publication_types=["Randomized Controlled Trial"])], source="test")
        trial = parse_study(make_study("NCT09000901", CONTROL_TEXT, status="TERMINATED", why_stopped=CONTROL_TEXT,
                                       first_posted="2026-11-10", last_update="2026-11-10"))
        store.save_trials([trial], {trial.nct_id: [("fibromyalgia", "search", "synthetic")]}, fetched_on="2026-11-21")
    for fmt in ("atom", "html"):
        out = tmp_path / f"digest.{fmt}"
        r = runner.invoke(app, ["--db", str(db), "digest", *WINDOW, "--format", fmt, "-o", str(out)])
        assert r.exit_code == 0, r.output
        text = out.read_text(encoding="utf-8")
        assert not set(text) & set(FORBIDDEN), fmt
        assert "Synthetic LDN[31m trial in fibromyalgia" in text and "\U0001F600" in text
    root = ET.fromstring((tmp_path / "digest.atom").read_bytes())  # expat: a real XML 1.0 parser
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in root]
    assert any("970104101" in (e.findtext("{http://www.w3.org/2005/Atom}id") or "") for e in root)
    assert any(t and t.startswith("[NCT09000901] Synthetic LDN") for t in titles)


# ---- terminals: record text never drives the terminal (issue 18 item 4) ------------------------------
# ESC sequences (clear screen, set the window title, a CSI as the one C1 byte), NUL, BEL, DEL, C1, bidi
# overrides and isolates: each would be obeyed by a terminal, not shown.
TERMINAL_HOSTILE = ("Synthetic\x1b[2J\x1b]0;owned\x07 naltrexone\x00 trial\x9b31m in \u202efibromyalgia\u202c"
                    "\u2066x\u2069\x7f\x08 pain")
TERMINAL_CONTROLS = set("\x1b\x00\x07\x9b\u202e\u202c\u2066\u2069\x7f\x08")


def test_terminal_text_shows_controls_instead_of_obeying_them():
    shown = terminal_text(TERMINAL_HOSTILE)
    assert not set(shown) & TERMINAL_CONTROLS
    assert "\\u001b[2J" in shown and "\\u202e" in shown and "\\u0000" in shown
    assert terminal_text("Tab\tand\nnewline stay; ü, µ, 日本, \U0001F600 too") == \
        "Tab\tand\nnewline stay; ü, µ, 日本, \U0001F600 too"
    assert terminal_markup("[bold]x\x1b") == "\\[bold]x\\u001b"


@pytest.fixture
def hostile_db(tmp_path, monkeypatch):
    from ctgov_server import make_study
    from ldn_lit.config import load_config
    from ldn_lit.ctgov import parse_study
    from ldn_lit.ingest import store_batch
    from ldn_lit.models import AbstractSection, Article, Author
    from ldn_lit.store import Store

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    db = tmp_path / "t.db"
    with Store(db) as store:
        store_batch(store, load_config(None), [Article(
            pmid="970104201", title=TERMINAL_HOSTILE + " low-dose naltrexone", journal=TERMINAL_HOSTILE,
            journal_iso=TERMINAL_HOSTILE, year=2026, entrez_date="2026-11-20",
            authors=[Author(TERMINAL_HOSTILE, None, "A", None)],
            abstract_sections=[AbstractSection("RESULTS", "In 40 adults with fibromyalgia, pain fell with low-dose "
                                               f"naltrexone versus placebo (p = 0.01). {TERMINAL_HOSTILE}.")],
            publication_types=["Randomized Controlled Trial"])], source="test")
        trial = parse_study(make_study("NCT09000902", TERMINAL_HOSTILE, status="TERMINATED",
                                       why_stopped=TERMINAL_HOSTILE, enrollment=30))
        store.save_trials([trial], {trial.nct_id: [("fibromyalgia", "search", "synthetic")]}, fetched_on="2026-11-21")
    return db


@pytest.mark.parametrize("args", [["show", "970104201"], ["show", "NCT09000902"], ["search", "naltrexone"],
                                  ["check", "--offline", "970104201"], ["stats"], ["trials", "gap"],
                                  ["search", "nothing\x1b[2Jhere"]])
def test_no_control_character_from_a_record_reaches_the_terminal(hostile_db, args):
    r = runner.invoke(app, ["--db", str(hostile_db), *args])
    assert r.exit_code in (0, 1), r.output
    assert not set(r.stdout + r.stderr) & TERMINAL_CONTROLS, (args, r.output)


def test_plain_output_to_a_terminal_is_escaped_and_to_a_pipe_unchanged(hostile_db, tmp_path):
    """digest, export and claims write text as is, for files and pipes; to a terminal (a pty here)
    controls are shown escaped, and rich's own colours still work."""
    import os
    import pty
    import subprocess
    import sys

    cmd = [sys.executable, "-c", "from ldn_lit.cli import main; main()", "--db", str(hostile_db)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent), "COLUMNS": "200"}
    for args in (["digest", *WINDOW, "--format", "md"], ["export", "--format", "csv"], ["claims"],
                 ["show", "970104201"]):
        main, child = pty.openpty()
        p = subprocess.Popen(cmd + args, stdout=child, stderr=child, stdin=subprocess.DEVNULL, env=env, cwd=tmp_path)
        os.close(child)
        out = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        os.close(main)
        assert p.wait(timeout=60) == 0, out[-500:]
        text = out.decode("utf-8")
        assert "Synthetic\\u001b" in text, (args, text[:3000])
        assert "\x1b[2J" not in text and "\x1b]" not in text and not set(text) & (TERMINAL_CONTROLS - {"\x1b"})
    piped = subprocess.run(cmd + ["export", "--format", "csv"], capture_output=True, env=env, cwd=tmp_path)
    assert "\x1b[2J" in piped.stdout.decode("utf-8")  # data stays data where it is not shown
