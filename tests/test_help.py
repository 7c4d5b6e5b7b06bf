"""--help reads like other tools' help (issue 10 item 9), and shell completion works."""

import os
import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from ldn_lit.cli import app

runner = CliRunner()
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}


def _commands(command=None, path=()):
    command = command or typer.main.get_command(app)
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


COMMANDS = [path for path, _ in _commands()]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "ldn-lit")
def test_help_has_no_type_tags_no_eaten_brackets_no_stray_dots(path):
    r = runner.invoke(app, [*path, "--help"], prog_name="ldn-lit", env=ENV)
    assert r.exit_code == 0, r.output
    for bad in ("<bool>", "<str>", "<int>", "<path>", "<list", "[]"):
        assert bad not in r.output, (bad, r.output)
    assert not re.search(r" [.,](\s|$)", r.output), r.output  # what is left when "[default: x]" is eaten


def test_claims_tables_are_named_literally():
    r = runner.invoke(app, ["digest", "--help"], prog_name="ldn-lit", env=ENV)
    assert "[[claims]]" in r.output and "[default: 7d]" in r.output


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "ldn-lit")
def test_every_option_and_argument_is_described(path):
    command = dict(_commands())[path]
    assert [p.name for p in command.params if not p.help and not p.hidden] == []


def test_shell_completion_completes_commands():
    env = {**os.environ, "_LDN_LIT_COMPLETE": "complete_bash", "COMP_WORDS": "ldn-lit ex", "COMP_CWORD": "1"}
    r = subprocess.run([sys.executable, "-m", "ldn_lit.cli"], env=env, capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["export"], r.stderr
    # (typer reads the shell named here only with its detection off: otherwise it asks the parent process, which
    # fails under a runner started without a shell, and "--show-completion" takes no value)
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    r = subprocess.run([sys.executable, "-m", "ldn_lit.cli", "--show-completion", "bash"], env=env,
                       capture_output=True, text=True, timeout=60)
    assert "_ldn_lit_completion" in r.stdout, r.stderr
