"""Quick commands start without the heavy imports they do not need (issue 10 item 7).

The timings are in benchmarks/startup.py; these tests pin the cause: what `--help` and
`check PMID --offline` import. Each runs in a fresh interpreter, so other tests' imports do not count.
"""

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
HEAVY = ["numpy", "pandas", "httpx", "Bio", "sqlite_utils", "ldn_lit.store", "ldn_lit.tagging.finding",
         "ldn_lit.claims", "pydantic"]


def _imported_after(args: list[str], modules: list[str] = HEAVY) -> list[str]:
    code = ("import json, sys\nfrom ldn_lit.cli import app\n"
            f"try:\n    app({args!r}, prog_name='ldn-lit', standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            f"print(json.dumps([m for m in {modules!r} if m in sys.modules]))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_help_imports_no_database_layer_no_network_no_numpy():
    assert _imported_after(["--help"]) == []
    assert _imported_after(["--help"], ["ldn_lit.config", "ldn_lit.vocabulary"]) == []  # nor the configuration


def test_offline_check_of_a_stored_pmid_needs_only_the_database(tmp_path):
    db = str(tmp_path / "t.db")
    r = subprocess.run([sys.executable, "-m", "ldn_lit.cli", "--db", db, "-q", "import",
                        str(FIXTURES / "synthetic_pubmed.xml")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert _imported_after(["--db", db, "check", "970000001", "--offline"]) == ["ldn_lit.store"]


def test_claims_json_and_the_digest_import_no_rich(tmp_path):
    """cli._LazyConsole: rich is imported by the commands that print through it, not by `claims --json` and `digest`
    (importing it was ~0.03 s of their start, issue 16); nor does the digest import the reference reader (its regexes,
    ~0.012 s) to write a record's source line (journals.source_line)."""
    db = str(tmp_path / "t.db")
    r = subprocess.run([sys.executable, "-m", "ldn_lit.cli", "--db", db, "-q", "import",
                        str(FIXTURES / "synthetic_pubmed.xml")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    rich = ["rich.console", "rich.table"]
    assert _imported_after(["--db", db, "claims", "--json"], rich) == []
    assert _imported_after(["--db", db, "digest"], [*rich, "ldn_lit.citation"]) == []
    assert _imported_after(["--db", db, "stats"], rich) == rich  # a table drawn: rich then


def test_claims_and_the_digest_leave_their_objects_to_the_exit_unwalked(tmp_path):
    """cli.one_shot: a command that keeps its records and verdicts to the end (claims, digest) freezes them before the
    process exits, whose last garbage collection walked them all (~0.1 s of `claims --json` at 100,000 records);
    another command's exit is Python's own."""
    db = str(tmp_path / "t.db")
    r = subprocess.run([sys.executable, "-m", "ldn_lit.cli", "--db", db, "-q", "import",
                        str(FIXTURES / "synthetic_pubmed.xml")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr

    def frozen(*args: str) -> bool:
        code = ("import atexit, gc, sys\natexit.register(lambda: sys.stderr.write(f'frozen={gc.get_freeze_count()}'))\n"
                "from ldn_lit.cli import main\nmain()")
        r = subprocess.run([sys.executable, "-c", code, "--db", db, *args], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and r.stdout, r.stderr
        return r.stderr.rsplit("frozen=", 1)[1] != "0"

    assert frozen("claims", "--json") and frozen("digest")
    assert not frozen("stats")


def test_numpy_still_imports_after_the_store():
    code = "import ldn_lit.store, sys; assert 'numpy' not in sys.modules; import numpy; print(numpy.__name__)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "numpy", r.stderr


def test_importing_a_tagger_compiles_none_of_its_rules():
    """claims and check import the effect reader; a tagger's rules compile on first use, not at import."""
    code = ("import gc, json\nimport ldn_lit.claims, ldn_lit.tagging.finding, ldn_lit.tagging.effect, "
            "ldn_lit.tagging.outcomes\nfrom ldn_lit.tagging.text import PhraseMatcher, Prefiltered, Rule\n"
            "def built(o):\n    try:\n        Prefiltered.__dict__['rx'].__get__(o, Prefiltered)\n        return True\n"
            "    except AttributeError:\n        return False\n"
            "objs = gc.get_objects()\n"
            "print(json.dumps([sum(isinstance(o, (Rule, PhraseMatcher, Prefiltered)) for o in objs),\n"
            "                  [str(o)[:60] for o in objs if isinstance(o, Rule) and 'rx' in vars(o)\n"
            "                   or isinstance(o, PhraseMatcher) and '_rules' in vars(o)\n"
            "                   or isinstance(o, Prefiltered) and built(o)]]))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    rules, compiled = json.loads(r.stdout.strip().splitlines()[-1])
    assert rules > 40 and compiled == []


def _parameters(command):
    """Every parameter of every command, with its help option, as typer gives them to a run."""
    from typer._click import Context

    ctx = Context(command)
    yield from command.get_params(ctx)
    for sub in getattr(command, "commands", {}).values():
        yield from _parameters(sub)


def test_parameters_read_without_pydantic_come_back_as_typer_gives_them(tmp_path):
    """cli._LightCoercion: what a parameter not given, a text, a list of texts and a path read as is what typer's own
    coercion (a pydantic adapter) gives, errors included; anything else is typer's own."""
    import typer
    from typer._click.exceptions import BadParameter
    from typer._coercion import build_runtime_param

    from ldn_lit.cli import _LightCoercion, app

    (tmp_path / "a file.txt").write_text("synthetic")
    samples = [None, "x", "", "-", "12", str(tmp_path / "a file.txt"), str(tmp_path), str(tmp_path / "missing"),
               str(tmp_path) + "/", str(tmp_path / "missing") + "//x", ("a", "b"), ()]
    params = list(_parameters(typer.main.get_command(app)))
    light = [p for p in params if isinstance(p._runtime_param, _LightCoercion)]
    assert len(light) == len(params) > 40
    kinds = set()
    for p in light:
        own = build_runtime_param(p.type_descriptor)
        for value in samples:
            try:
                want = ("value", own.coerce(value, param=p, ctx=None))
            except BadParameter as e:
                want = ("error", e.format_message())
            try:
                got = ("value", p._runtime_param.coerce(value, param=p, ctx=None))
            except BadParameter as e:
                got = ("error", e.format_message())
            assert got == want, (p.name, value)
        kinds.add(str(p.type_descriptor.annotation))
    assert {"<class 'str'>", "<class 'pathlib.Path'>", "list[str]", "<class 'int'>", "<class 'bool'>"} <= kinds
