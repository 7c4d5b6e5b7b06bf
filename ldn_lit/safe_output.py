"""Output that cannot be turned against its reader: link targets and spreadsheet cells built from
record data (a DOI, a title) that anyone can put into PubMed or into a file a user imports.

- A DOI becomes a link only when it looks like one (`10.NNNN/...`, no spaces or control characters),
  and the target is percent-encoded, so `)`, `<`, quotes or a blank line cannot end the link and
  start Markdown or HTML of their own.
- A CSV cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
  return) gets a leading apostrophe, as OWASP recommends for CSV injection; the value stays readable.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

_DOI = re.compile(r"10\.\d{3,9}/[^\s\x00-\x1f\x7f]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def doi_url(doi: str | None) -> str | None:
    """https://doi.org/<doi, percent-encoded>, or None when `doi` is not a plausible DOI."""
    if not doi or not _DOI.fullmatch(doi.strip()):
        return None
    return "https://doi.org/" + quote(doi.strip(), safe="/.-_;:")


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: text a spreadsheet would evaluate is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
