"""The docs generated from the code (cog blocks) must match the code: a stale page fails the suite."""

from pathlib import Path

from cogapp import Cog

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _cog_check(path: Path) -> int:
    return Cog().main(["cog", "--check", "--diff", "--check-fail-msg", "run `cog -r docs/cli.md`", str(path)])


def test_cli_reference_matches_help():
    assert _cog_check(DOCS / "cli.md") == 0, "docs/cli.md is stale: run `cog -r docs/cli.md`"


def test_stale_cli_reference_is_caught(tmp_path):
    stale = tmp_path / "cli.md"
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    stale.write_text(text.replace("Full-text search over stored titles", "Old wording of search", 1), encoding="utf-8")
    assert stale.read_text(encoding="utf-8") != text
    assert _cog_check(stale) != 0
