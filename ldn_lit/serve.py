"""`ldn-lit serve`: the database in Datasette, an optional extra (pip install 'ldn-lit[datasette]').

Datasette does the serving; ldn-lit hands it the metadata that makes the schema readable
(store.datasette_metadata: labelled tables, internal ones hidden, facets on condition, design and
finding, full-text search of titles and abstracts, canned queries "evidence tags, readable",
"evidence for a claim" and "new this week") and a small plugin (PLUGIN) that opens on the
`articles` table and turns the condition and outcome boxes of the canned queries into choice lists.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from .store import datasette_metadata

INSTALL = "pip install 'ldn-lit[datasette]'"

# Written to a plugins folder for Datasette: "/" opens the records; a canned query's condition and outcome
# boxes become <select> lists of CHOICES (value: id, shown: label), the empty choice meaning "any".
PLUGIN = '''
import json
from datasette import hookimpl
from datasette.utils.asgi import Response

DATABASE = %(database)r
CHOICES = %(choices)s


@hookimpl
def register_routes():
    async def home():
        return Response.redirect("/" + DATABASE + "/articles")
    return [(r"^/$", home)]


@hookimpl
def extra_body_script():
    return """
(function () {
  var choices = %%s;
  Object.keys(choices).forEach(function (name) {
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      var select = document.createElement("select");
      select.name = name; select.id = input.id; select.style.width = getComputedStyle(input).width;
      [["", "any"]].concat(choices[name]).forEach(function (c) {
        var o = document.createElement("option");
        o.value = c[0]; o.textContent = c[1]; o.selected = c[0] === input.value;
        select.appendChild(o);
      });
      input.replaceWith(select);
    });
  });
})();
""" %% json.dumps(CHOICES)
'''


def datasette_installed() -> bool:
    try:
        import datasette  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        return False
    return True


def metadata_json(db: Path, conditions: dict[str, str] | None = None) -> str:
    """The metadata for `db`, for `datasette DB --metadata FILE` (Datasette names a database by its stem)."""
    return json.dumps(datasette_metadata(db.stem, conditions), indent=2) + "\n"


def plugin_source(db: Path, conditions: dict[str, str]) -> str:
    """The plugin for `db`: the condition choices (id, label) and the outcome ids."""
    from .vocabulary import OUTCOME_IDS

    choices = {"condition": sorted(conditions.items(), key=lambda c: c[1].lower()),
               "outcome": [(o, o.replace("_", " ")) for o in OUTCOME_IDS]}
    return PLUGIN % {"database": db.stem, "choices": json.dumps(choices)}


def serve(db: Path, host: str, port: int, conditions: dict[str, str] | None = None) -> None:
    """Run Datasette on `db` in this process until it is stopped (Ctrl-C or SIGTERM, which uvicorn
    handles: no child process is left behind)."""
    from datasette.cli import cli  # type: ignore[import-untyped]

    with tempfile.TemporaryDirectory() as d:
        meta = Path(d) / "metadata.json"
        meta.write_text(metadata_json(db, conditions), encoding="utf-8")
        plugins = Path(d) / "plugins"
        plugins.mkdir()
        (plugins / "ldn_lit_pages.py").write_text(plugin_source(db, conditions or {}), encoding="utf-8")
        cli.main(["serve", str(db), "--metadata", str(meta), "--plugins-dir", str(plugins), "--host", host,
                  "--port", str(port)], prog_name="datasette", standalone_mode=False)
