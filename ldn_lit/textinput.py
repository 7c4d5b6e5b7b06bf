"""Text a user gives ldn-lit, files and command-line arguments: UTF-8, or one line that says so.

Python keeps the bytes of an argument that are not UTF-8 as lone surrogates (surrogateescape), which
fail later, deep inside SQLite or httpx; a Latin-1 file fails in the decoder. Both are stopped here
with the byte, where it is, and what to do.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import LdnLitError

_UNDECODABLE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as surrogateescape keeps it


class EncodingError(LdnLitError):
    """Input that is not UTF-8 (exit 1: what you gave cannot be read)."""


def read_text(path: Path) -> str:
    """A UTF-8 text file (a BOM is fine); any other encoding is refused naming the byte and its line."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise EncodingError(
            f"{path}: not UTF-8 text (byte 0x{data[e.start]:02x} on line {line}; Latin-1 or Windows-1252?). "
            f"Save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 {path.name} > utf8-{path.name}") from None


def shown(value: str) -> str:
    """An argument as typed, its non-UTF-8 bytes as \\xNN."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def check_argument(value: str, what: str = "argument") -> str:
    """`value` unchanged when it is UTF-8; else EncodingError naming the first byte that is not."""
    m = _UNDECODABLE.search(value)
    if m:
        raise EncodingError(f"{what} '{shown(value)[:80]}' is not valid UTF-8 (byte 0x{ord(m.group()) - 0xDC00:02x}); "
                            "type it again in UTF-8, or use a UTF-8 terminal (e.g. LANG=C.UTF-8)")
    return value


def is_undecodable(value: str) -> bool:
    return bool(_UNDECODABLE.search(value))
