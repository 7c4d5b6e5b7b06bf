"""The seams between modules: only store.py speaks SQL, and no module reaches into another's private names."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ldn_lit"
SQL = re.compile(r"\.(?:execute|executemany|query)\(|\.db\[|\bselect\s+[\w.*, ()]+?\s+from\b"
                 r"|\binsert\s+into\b|\bdelete\s+from\b",
                 re.I)


def _modules():
    return [p for p in PACKAGE.rglob("*.py") if p.name != "store.py"]


def test_only_store_knows_the_schema():
    offenders = [f"{p.relative_to(PACKAGE)}:{i}: {line.strip()}" for p in _modules()
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if SQL.search(line) and not line.lstrip().startswith("#")]
    assert offenders == []


def test_no_module_imports_another_modules_private_names():
    offenders = []
    for p in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:  # from .x import ...
                offenders += [f"{p.name}: {a.name}" for a in node.names
                              if a.name.startswith("_") and a.name != "__version__"]
    assert offenders == []
