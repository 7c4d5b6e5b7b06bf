"""sqlite-utils, imported on first use and without numpy and pandas.

sqlite-utils imports numpy and pandas whenever they are installed (Biopython brings numpy), only to map
their scalar types to column types. ldn-lit never stores numpy or pandas values, and importing numpy
costs about 90 ms of CPU, a third of `ldn-lit check PMID --offline`. So they are hidden during the
import (a None entry in sys.modules makes `import numpy` raise ImportError) and visible again after.
sqlite-utils itself (~0.1 s of CPU with dateutil, click and pluggy) is imported only by what writes or
migrates a database (store.py): a read command reads through sqlite3.
"""

from __future__ import annotations

import sys
from types import ModuleType


def load() -> ModuleType:
    """The sqlite_utils module, imported (once) with numpy and pandas hidden."""
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    hidden = [m for m in ("numpy", "pandas") if m not in sys.modules]
    for m in hidden:
        sys.modules[m] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for m in hidden:
            del sys.modules[m]
    return sqlite_utils
