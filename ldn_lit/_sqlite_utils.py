"""sqlite-utils, imported without numpy and pandas.

sqlite-utils imports numpy and pandas whenever they are installed (Biopython brings numpy), only to map
their scalar types to column types. ldn-lit never stores numpy or pandas values, and importing numpy
costs about 90 ms of CPU, a third of `ldn-lit check PMID --offline`. So they are hidden during the
import (a None entry in sys.modules makes `import numpy` raise ImportError) and visible again after.
"""

import sys

_hidden = [m for m in ("numpy", "pandas") if m not in sys.modules]
for _m in _hidden:
    sys.modules[_m] = None  # type: ignore[assignment]
try:
    import sqlite_utils
    from sqlite_utils import Migrations
finally:
    for _m in _hidden:
        del sys.modules[_m]

__all__ = ["Migrations", "sqlite_utils"]
