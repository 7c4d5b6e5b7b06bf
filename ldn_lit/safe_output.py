"""Output that cannot be turned against its reader: link targets and spreadsheet cells built from
record data (a DOI, a title) that anyone can put into PubMed or into a file a user imports.

- A DOI becomes a link only when it looks like one (`10.NNNN/...`, no spaces or control characters),
  and the target is percent-encoded, so `)`, `<`, quotes or a blank line cannot end the link and
  start Markdown or HTML of their own.
- A CSV cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
  return) gets a leading apostrophe, as OWASP recommends for CSV injection; the value stays readable.
- XML (the Atom feed) and HTML never carry a character XML 1.0 forbids (control characters, lone
  surrogates, U+FFFE/U+FFFF): one such character in a title makes a feed reader drop the whole feed.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

_DOI = re.compile(r"10\.\d{3,9}/[^\s\x00-\x1f\x7f]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Not in XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets): #x9 | #xA | #xD | [#x20-#xD7FF] |
# [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Lone surrogates are the D800-DFFF range of a Python str.
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (they cannot even be written as &#...; references)."""
    return _NOT_XML_CHAR.sub("", text)
