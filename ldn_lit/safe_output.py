"""Output that cannot be turned against its reader: link targets and spreadsheet cells built from
record data (a DOI, a title) that anyone can put into PubMed or into a file a user imports.

- A DOI becomes a link only when it looks like one (`10.NNNN/...`, no spaces or control characters),
  and the target is percent-encoded, so `)`, `<`, quotes or a blank line cannot end the link and
  start Markdown or HTML of their own.
- A CSV cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
  return) gets a leading apostrophe, as OWASP recommends for CSV injection; the value stays readable.
- XML (the Atom feed) and HTML never carry a character XML 1.0 forbids (control characters, lone
  surrogates, U+FFFE/U+FFFF): one such character in a title makes a feed reader drop the whole feed.
- A terminal is shown record text, never driven by it: escape sequences (clear the screen, set the
  window title, fake a prompt), NUL, C1 controls and bidi overrides (text that reads in another order
  than it is) are printed as visible \\uXXXX escapes. Everything printed with rich goes through
  terminal_markup; plain text written to a terminal (digest, export, --json) through TerminalWriter.
"""

from __future__ import annotations

import io
import re
from typing import Any, TextIO
from urllib.parse import quote

_DOI = re.compile(r"10\.\d{3,9}/[^\s\x00-\x1f\x7f]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Not in XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets): #x9 | #xA | #xD | [#x20-#xD7FF] |
# [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Lone surrogates are the D800-DFFF range of a Python str.
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What a terminal obeys rather than shows: C0 controls but tab and newline, DEL, C1 (U+0080-U+009F, where
# U+009B is a one-character CSI), the bidi marks, embeddings, overrides and isolates, line/paragraph separators;
# and lone surrogates (a file name's bytes that are not UTF-8), which no terminal encoding can carry.
_TERMINAL_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


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


def terminal_text(text: str) -> str:
    """`text` with every character a terminal would obey shown as a visible \\uXXXX escape (valid in JSON too)."""
    return _TERMINAL_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def terminal_markup(text: str) -> str:
    """Record text for rich's console.print: terminal controls made visible, rich markup escaped."""
    from rich.markup import escape

    return escape(terminal_text(text))


class TerminalWriter(io.TextIOBase):
    """stdout when it is a terminal: plain writes (digest, export, --json) pass through terminal_text.
    Files and pipes get the text as it is."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_text(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding
