"""One exit-code rule for every command (ldn_lit/errors.py, docs/commands.md "Exit codes"):
0 done; 1 what you gave is wrong or absent; 2 the setup or the outside world failed; 130 interrupted.
Records are SYNTHETIC (tests/fixtures)."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from eutils_server import XML_HEAD, make_article_xml
from ldn_lit.cli import app
from ldn_lit.store import Store, StoreError

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()
READ_COMMANDS = [["claims"], ["digest"], ["search", "fatigue"], ["show", "970000001"], ["stats"], ["export"],
                 ["retag"]]


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LDN_LIT_CONFIG", raising=False)
    monkeypatch.delenv("LDN_LIT_DB", raising=False)
    return tmp_path


def cli(*args):
    return runner.invoke(app, list(args))


def one_line(r, code, *words):
    assert r.exit_code == code, r.output
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.output, r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_read_commands_without_a_database_say_so_and_create_nothing(here, args):
    r = cli(*args)
    one_line(r, 1, "ldn-lit.db: no database here", "ldn-lit update")
    assert not (here / "ldn-lit.db").exists()


@pytest.fixture
def imported(here):
    assert cli("import", str(FIXTURES / "synthetic_pubmed.xml")).exit_code == 0
    return here


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_a_broken_queries_toml_stops_every_command_with_2(imported, args):
    (imported / "queries.toml").write_text("[drug\nquery = 'x'\n")
    one_line(cli(*args), 2, "queries.toml: invalid TOML")


def test_a_queries_toml_with_a_byte_order_mark_is_read(imported):
    shipped = Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml"
    (imported / "queries.toml").write_bytes(b"\xef\xbb\xbf" + shipped.read_bytes())
    r = cli("claims")
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("args", [["stats", "--nope"], ["export", "--format"], ["frobnicate"], ["show"],
                                  ["import", "no-such-file.xml"], ["update", "--batch-size", "0"]])
def test_usage_errors_exit_2(imported, args):
    one_line(cli(*args), 2, "--help")


@pytest.mark.parametrize("args", [["digest", "--week", "2026-W99"], ["export", "--format", "xlsx"],
                                  ["audit", "empty.txt"]])
def test_values_ldn_lit_cannot_read_exit_1(imported, args):
    (imported / "empty.txt").write_text("Nothing about any treatment here.\n")
    one_line(cli(*args), 1)


@pytest.mark.parametrize("args", [["show", "123"], ["check", "99999999", "--offline"]])
def test_not_found_exits_1_or_2_by_the_rule(imported, args):
    r = cli(*args)
    # show: the record is absent (1). check --offline: the local database lacks it and PubMed was not asked,
    # which is the setup (2), as check documents.
    assert r.exit_code == (1 if args[0] == "show" else 2), r.output


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/", "http://[::1/", "http://no-such-host.invalid/eutils/"])
def test_network_configuration_errors_exit_2_at_once(imported, monkeypatch, url):
    monkeypatch.setenv("LDN_LIT_EUTILS_URL", url)
    one_line(cli("-q", "update"), 2, "LDN_LIT_EUTILS_URL")


def test_a_locked_or_full_database_during_check_is_not_called_a_network_error(imported, monkeypatch, eutils_server):
    """A local database error while storing what PubMed returned is reported as itself (item 8)."""
    eutils_server.add("970103001", keys={"x"}, title="Synthetic record fetched by check")

    def disk_full(self, *a, **k):
        raise StoreError(f"{self.path}: disk full while writing; nothing from this batch was saved")
    monkeypatch.setattr(Store, "save_articles", disk_full)
    r = cli("check", "970103001")
    assert r.exit_code == 2 and "disk full while writing" in r.stderr
    assert "PubMed could not be asked" not in r.output


def test_search_words_are_searched_as_typed_and_the_true_count_is_said(here):
    xml = here / "s.xml"
    xml.write_text(XML_HEAD + "".join(make_article_xml(
        str(970103010 + i), f"Synthetic low-dose naltrexone record {i} in Crohn's disease",
        "This abstract is synthetic test data.") for i in range(5)) + "</PubmedArticleSet>")
    assert cli("import", str(xml)).exit_code == 0
    for query in ("low-dose", "Crohn's", "crohn's AND low-dose", '"low dose" naltrex*', "(Crohn's OR nothing)"):
        r = cli("search", query, "--limit", "2")
        assert r.exit_code == 0, (query, r.output)
        assert "5 matches, the best 2 shown" in r.output, (query, r.output)  # the title: stderr when piped
    r = cli("search", "low-dose NOT Crohn's")
    assert r.exit_code == 0 and "No stored record matches" in r.stdout
    one_line(cli("search", "AND"), 1, "cannot be read")
    one_line(cli("search", '""'), 1, "empty")
