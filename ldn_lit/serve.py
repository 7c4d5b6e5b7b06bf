"""`ldn-lit serve`: the database in Datasette, an optional extra (pip install 'ldn-lit[datasette]').

Datasette does the serving; ldn-lit only hands it the metadata that makes the schema readable
(store.datasette_metadata: labelled tables, facets on condition, design and finding, full-text
search of titles and abstracts, canned queries "evidence for a claim" and "new this week").
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from .store import datasette_metadata

INSTALL = "pip install 'ldn-lit[datasette]'"


def datasette_installed() -> bool:
    try:
        import datasette  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        return False
    return True


def metadata_json(db: Path) -> str:
    """The metadata for `db`, for `datasette DB --metadata FILE` (Datasette names a database by its stem)."""
    return json.dumps(datasette_metadata(db.stem), indent=2) + "\n"


def serve(db: Path, host: str, port: int) -> None:
    """Run Datasette on `db` in this process until it is stopped (Ctrl-C or SIGTERM, which uvicorn
    handles: no child process is left behind)."""
    from datasette.cli import cli  # type: ignore[import-untyped]

    with tempfile.TemporaryDirectory() as d:
        meta = Path(d) / "metadata.json"
        meta.write_text(metadata_json(db), encoding="utf-8")
        cli.main(["serve", str(db), "--metadata", str(meta), "--host", host, "--port", str(port)],
                 prog_name="datasette", standalone_mode=False)
