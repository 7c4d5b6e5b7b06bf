"""`ldn-lit digest` in every format, on a database filled by `ldn-lit import` of synthetic fixtures."""

import csv
import html as html_lib
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
from ldn_lit.digest import FORMATS, DigestError, parse_window

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
    assert out.startswith("# ldn-lit digest: the claims of \u201cLow Dose Naltrexone (LDN)\u201d, "
                          "2024-01-01 to 2024-12-31")
    assert "## Where the evidence stands" in out and "| LDN improves pain and fatigue in fibromyalgia. |" in out
    # new records: the three that entered PubMed in 2024, retractions/errata first
    new = out.split("## New records (3)")[1]
    assert new.index("### Retractions, errata and expressions of concern") < new.index("### Fibromyalgia")
    assert "https://pubmed.ncbi.nlm.nih.gov/970000201/" in new and "https://doi.org/10.0000/synthetic.0201" in new
    assert "randomised controlled trial · people · n=20 · 4.5 mg (low) · finding: positive" in new
    assert '"Pain was significantly reduced with naltrexone (p = 0.02)."' in new
    assert "\\<script\\>" in new  # markdown-escaped


def test_verdict_on_crafted_evidence_in_the_digest(db):
    out = digest(db).stdout
    row = next(line for line in out.splitlines() if line.startswith("| LDN improves pain and fatigue"))
    # pain: one small positive RCT; fatigue: nothing. Partly supported, low certainty, the reason named.
    assert "**partly supported** | low |" in row and "PMID 970000201" in row
    assert "fatigue: no human study reported a finding on it" in row
    assert row.endswith("(rule: holds for some of the outcomes only) |")
    section = out.split("### LDN improves pain and fatigue in fibromyalgia.")[1].split("\n### ")[0]
    assert "certainty: **low (pain: imprecision: 20 people in total (\\< 100) (-2))**" in section
    # its Summary of Findings: the outcome row, each GRADE domain judged, the study on one line with its quote
    assert "#### pain: supported, low" in section and "| imprecision | very serious | 20 people in total" in section
    # (comparator, blinding, attrition and comparison as the tagger reads them: "naltrexone 4.5 mg or placebo",
    # neither blinding nor losses stated; an RCT's result compares its arms)
    assert ("| 970000201 | 2024 | randomised controlled trial | 20 | 4.5 mg | not stated | placebo | not stated | "
            "not stated | between arm | "
            "not named primary | p = 0.02 | benefit | decisive | Pain was significantly reduced with naltrexone "
            "(p = 0.02). |") in section
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
           if e.findtext("a:id", namespaces=ns).startswith("https://")]
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
            if e.findtext("a:id", namespaces=ns).startswith("https://")] == ["https://pubmed.ncbi.nlm.nih.gov/970000201/"]


def test_json_and_csv(db):
    d = json.loads(digest(db, "--format", "json").stdout)
    assert d["version"] == 2 and d["window"] == {"from": "2024-01-01", "to": "2024-12-31"}
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
    # a claim about one of queries.toml's [[other_conditions]] is as valid in an article's claims file as there
    other = tmp_path / "other.toml"
    other.write_text('[[claims]]\nid = "aud"\nclaim = "LDN reduces heavy drinking."\n'
                     'condition = "alcohol_use_disorder"\n')
    r = runner.invoke(app, ["--db", str(db), "digest", *WINDOW, "--article", str(other)])
    assert r.exit_code == 0 and "LDN reduces heavy drinking." in r.stdout, r.stderr


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
    from ldn_lit.journals import source_line

    assert source_line("Ann Neurol", 2010, "68", "2", "145-50") == "Ann Neurol. 2010;68(2):145-50"
    assert source_line("Synth Case Rep", 2019, "4", None, "7-9") == "Synth Case Rep. 2019;4:7-9"
    assert source_line("J Synth", 2020, None, None, None) == "J Synth. 2020"
    shown = runner.invoke(app, ["--db", str(db), "show", "970000002"]).stdout  # a record without an issue
    assert "Synth Case Rep. 2019;4:7-9" in shown and "()" not in shown
    checked = runner.invoke(app, ["--db", str(db), "check", "970000002", "--offline"]).stdout
    assert "Synth Case Rep. 2019;4:7-9" in checked and "()" not in checked


# ---- a page to forward: the article named, the notice, words not ids, what changed ----------------
def _import(db, tmp_path, name, *articles):
    f = tmp_path / name
    f.write_text(XML_HEAD + "".join(articles) + "</PubmedArticleSet>\n")
    r = runner.invoke(app, ["--db", str(db), "import", str(f)])
    assert r.exit_code == 0, r.output


# Synthetic: a large randomised trial in fibromyalgia that reports benefit on fatigue as well as pain, and an
# LDN case report on a condition no search tracks (pruritus). Invented sentences in the shapes abstracts use.
MOVER = make_article_xml(
    "970000301", "Synthetic record: a randomized trial of low-dose naltrexone for fibromyalgia pain and fatigue",
    [("METHODS", "Two hundred adults with fibromyalgia were randomized to low-dose naltrexone 4.5 mg or placebo."),
     ("RESULTS", "Pain and fatigue were both significantly reduced with naltrexone compared with placebo "
                 "(p < 0.001).")],
    year=2024, entrez=(2024, 9, 1), pub_types=["Randomized Controlled Trial"], mesh=["Fibromyalgia"])
UNTRACKED = make_article_xml(
    "970000302", "Synthetic record: low-dose naltrexone for chronic itch, a case report",
    "A synthetic patient with chronic itch took low-dose naltrexone 3 mg; the itch resolved.",
    year=2024, entrez=(2024, 9, 2), pub_types=["Case Reports"], mesh=["Pruritus"])


def _text_of(page: str) -> str:
    """What a reader sees: the page without its markup, style and attribute values."""
    body = re.sub(r"<(style|title)>.*?</\1>", " ", page, flags=re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", body))


def test_html_names_the_article_says_not_advice_and_shows_no_ids(db):
    from ldn_lit.vocabulary import DESIGNS, OUTCOMES, RULE_LABELS, VERDICTS

    page = digest(db, "--format", "html").stdout
    h1 = re.search(r"<h1>(.*?)</h1>", page).group(1)
    assert "Low Dose Naltrexone (LDN)" in h1
    text = _text_of(page)
    assert "Not medical advice; a reading aid" in text
    ids = ([d.id for d in DESIGNS if d.id != "other"] + [o.id for o in OUTCOMES if "_" in o.id]
           + [v.id for v in VERDICTS if "_" in v.id] + list(RULE_LABELS) + ["multiple_sclerosis", "crohns_disease"])
    shown = [i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)]
    assert shown == [], f"internal ids in the page's text: {shown}"
    assert "randomised controlled trial" in text and "(rule: holds for some of the outcomes only)" in text


def test_the_notice_and_the_article_are_in_every_format(db):
    for fmt in FORMATS:
        out = digest(db, "--format", fmt).stdout
        assert "Not medical advice; a reading aid" in out, fmt
        assert "Low Dose Naltrexone (LDN)" in out, fmt


def test_this_week_comes_first_then_claims_then_records(db):
    for fmt, marks in (("md", ("## In this window", "## Where the evidence stands", "## New records")),
                       ("html", ("<h2>In this window</h2>", "<h2>Where the evidence stands", "<h2>New records"))):
        out = digest(db, "--format", fmt).stdout
        at = [out.index(m) for m in marks]
        assert at == sorted(at), fmt
    week = runner.invoke(app, ["--db", str(db), "digest", "--week", "2024-W22"]).stdout
    assert "## This week" in week and "1 new record in PubMed: Fibromyalgia 1." in week


def test_each_title_once_in_html_and_atom(db):
    page = digest(db, "--format", "html").stdout
    assert _text_of(page).count("LDN in fibromyalgia") == 1  # 970000201's title: once, not again in a citation
    feed = digest(db, "--format", "atom").stdout
    assert feed.count("on LDN in fibromyalgia") == 1


def test_a_second_import_that_moves_a_verdict_is_listed_in_every_format(db, tmp_path):
    first = json.loads(digest(db, "--format", "json").stdout)
    assert first["verdict_changes"] == [] and first["compared_with"] is None
    fm = next(c for c in first["claims"] if c["claim"]["id"] == "fibromyalgia_pain_fatigue")
    assert fm["verdict"] == "partly_supported"
    _import(db, tmp_path, "more.xml", MOVER)
    d = json.loads(digest(db, "--format", "json").stdout)
    change = next(c for c in d["verdict_changes"] if c["claim_id"] == "fibromyalgia_pain_fatigue")
    assert (change["before"], change["after"]) == ("partly_supported", "supported")
    assert "970000301" in change["records_added"] and change["records_removed"] == []
    assert d["compared_with"]["window_to"] == "2024-12-31" and d["this_week"]["verdict_changes"] >= 1
    # the same digest again says the same (its run replaces itself; the comparison stays with the earlier one)
    assert json.loads(digest(db, "--format", "json").stdout)["verdict_changes"] == d["verdict_changes"]
    md = digest(db).stdout.split("## Where the evidence stands")[0]
    assert ("LDN improves pain and fatigue in fibromyalgia. partly supported \u2192 supported" in md
            and "PMID 970000301" in md)
    assert "partly supported \u2192 supported" in digest(db, "--format", "html").stdout
    rows = list(csv.DictReader(io.StringIO(digest(db, "--format", "csv").stdout)))
    row = next(r for r in rows if r["verdict_before"] and r["claim_id"] == "fibromyalgia_pain_fatigue")
    assert (row["verdict_before"], row["verdict_after"]) == ("partly_supported", "supported")
    assert "970000301" in row["records_added"]
    assert "partly supported \u2192 supported" in digest(db, "--format", "atom").stdout


def test_untracked_conditions_are_counted_in_every_format(db, tmp_path):
    _import(db, tmp_path, "itch.xml", UNTRACKED)
    d = json.loads(digest(db, "--format", "json").stdout)
    assert {"condition": "Pruritus", "records": 1, "pmids": ["970000302"]} in d["untracked_conditions"]
    assert d["this_week"]["untracked_conditions"] == len(d["untracked_conditions"])
    for fmt in ("md", "html", "atom"):
        assert "Studied but not tracked by any search: " in digest(db, "--format", fmt).stdout, fmt
        assert "Pruritus (1)" in digest(db, "--format", fmt).stdout, fmt
    rows = list(csv.DictReader(io.StringIO(digest(db, "--format", "csv").stdout)))
    assert any(r["untracked_condition"] == "Pruritus" and r["untracked_records"] == "1" for r in rows)


def test_chart_has_a_real_year_axis_and_distinct_colours(tmp_path):
    from ldn_lit.digest import _chart
    from ldn_lit.vocabulary import CHART_GROUPS

    svg = _chart({"1984": {"rct": 1}, "2007": {"case_report": 2, "case_series": 1}, "2008": {"animal_study": 1}})
    labels = re.findall(r"<text[^>]*>(\d{4})</text>", svg)
    assert labels[0] <= "1985" and "2005" in labels and labels == sorted(labels)
    xs = {y: float(x) for x, y in re.findall(r'<rect x="([\d.]+)"[^>]*><title>(\d{4}):', svg)}
    # 1984 and 2007 are 23 places apart, not neighbours; 2007 and 2008 are
    assert (xs["2007"] - xs["1984"]) == pytest.approx(23 * (xs["2008"] - xs["2007"]), rel=0.01)
    assert "<title>2007: 3 case reports and series</title>" in svg  # the two case designs share one colour
    colours = [g.colour for g in CHART_GROUPS]
    assert len(set(colours)) == len(colours)


def test_a_current_database_is_read_read_only_and_its_run_written_apart_an_older_one_upgraded(db, monkeypatch):
    """`digest` reads a database whose schema is current through a read-only store (no sqlite-utils to import) and
    writes its run through a connection of its own: the rows a writable store writes. An older file is upgraded on
    disk by a writable store, as before."""
    import sqlite3

    from ldn_lit.store import MIGRATIONS, Store, schema_current

    opened = []
    real_init = Store.__init__

    def spy(self, path, *, readonly=False):
        opened.append(readonly)
        real_init(self, path, readonly=readonly)

    monkeypatch.setattr(Store, "__init__", spy)
    assert schema_current(db)
    digest(db)
    digest(db)  # the same run again replaces itself
    assert opened == [True, True]

    def runs():
        with sqlite3.connect(db) as c:
            return (c.execute("select article, window_from, window_to, fingerprint from digest_runs").fetchall(),
                    c.execute("select claim_id, claim, verdict, certainty, pmids from digest_verdicts "
                              "order by claim_id").fetchall())

    apart = runs()
    assert len(apart[0]) == 1 and apart[1]
    with Store(db) as s:  # the writable store's own write of the same run: the same rows
        run = s.db.execute("select article, window_from, window_to, generated_at, fingerprint from digest_runs"
                           ).fetchone()
        verdicts = [dict(zip(("claim_id", "claim", "verdict", "certainty"), r[:4], strict=True),
                         pmids=json.loads(r[4])) for r in apart[1]]
        keys = ("article", "window_from", "window_to", "generated_at", "fingerprint")
        s.save_digest_run(dict(zip(keys, run, strict=True)), verdicts)
    assert runs() == apart
    with Store(db) as s:  # as an older ldn-lit left it: the last migration not yet applied
        s.db.execute("delete from _sqlite_migrations where name = ?", [MIGRATIONS._migrations[-1][0]])
        s.db.conn.commit()
        s.db.execute("pragma wal_checkpoint(truncate)")  # into the file: schema_current's first look reads it
    assert not schema_current(db)
    opened.clear()
    digest(db)
    assert opened == [False] and runs() == apart
    with Store(db, readonly=True) as s:  # upgraded on disk (schema_current's first look may not see the WAL yet)
        assert not s.upgraded_in_memory
