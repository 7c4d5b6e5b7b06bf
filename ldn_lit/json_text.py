"""JSON text exactly as `json.dumps(obj, ensure_ascii=False, indent=2)` writes it (dataclasses as
`dataclasses.asdict` would give them), ten to thirty times faster.

`claims --json` and the digest's JSON write every study of every claim (megabytes at 100,000 records);
the standard library indents in pure Python and `asdict` deep-copies every row first. orjson writes the
same bytes, reading each dataclass's fields without copying, except for floats under 1e-4 (orjson
"0.00001" and "1e-7", Python "1e-05" and "1e-07"), non-string keys and integers beyond 64 bits: those
texts are written by the standard library instead (NaN cannot reach here: SQLite stores it as NULL).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from operator import attrgetter
from typing import Any

import orjson

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATACLASS
# A float Python would write in another form than orjson does (only floats under 1e-4 differ): a number token
# (after "key": or alone on its line, ending the line) written 0.0000... or with a negative exponent. A string
# cannot match: it holds no raw newline, and ends in a quote.
_SMALL_FLOAT = re.compile(rb"(?:^|: |\n *)-?(?:0\.0000[0-9]*|[0-9](?:\.[0-9]+)?e-[0-9]+)(?=,?\n|$)")


def _fields(obj: Any) -> dict[str, Any]:
    """A dataclass as asdict would have it, one level: its fields in order (no other attribute), or those its class
    names in `__json_fields__` (claims.IndexedRow: a study row given with the fields the index holds)."""
    read = _READERS.get(type(obj))
    if read is None:
        if not is_dataclass(obj) or isinstance(obj, type):
            raise TypeError(f"not JSON serialisable: {type(obj).__name__}")
        names = getattr(type(obj), "__json_fields__", None) or tuple(f.name for f in fields(obj))
        read = _READERS[type(obj)] = (names, _reader(names))
    names, get = read
    return dict(zip(names, get(obj), strict=True))  # one attrgetter call: 15,000 rows at 100,000 records


def _reader(names: tuple[str, ...]) -> Callable[[Any], tuple]:
    """The values of these attributes as a tuple, in one call (attrgetter gives a tuple only for two or more)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda o: (one(o),)
    return lambda o: ()


# each dataclass's field names, and a reader of them all at once, made once
_READERS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple]]] = {}


def dumps(obj: Any) -> str:
    """`json.dumps(obj, ensure_ascii=False, indent=2)` with dataclasses as asdict(), byte for byte."""
    return dumps_utf8(obj).decode()


def dumps_utf8(obj: Any) -> bytes:
    """dumps(obj) encoded as UTF-8: orjson's bytes as it writes them (`claims --json` writes its 7.6 MiB at 100,000
    records to stdout without decoding them and encoding them again)."""
    try:
        out = orjson.dumps(obj, default=_fields, option=_OPTIONS)
    except TypeError:
        out = b""
    if not out or _small_float(out):
        return json.dumps(_plain(obj), ensure_ascii=False, indent=2).encode()
    return out


# Each in every match of _SMALL_FLOAT; each a literal first, so that it is found at memchr speed (one alternation of
# both tried every position of the text: 0.09 s for the 7.6 MiB of `claims --json` at 100,000 records, these 0.013 s)
_CANDIDATES = (re.compile(rb"0\.0000"), re.compile(rb"e-[0-9]"))


def _small_float(out: bytes) -> bool:
    """Whether _SMALL_FLOAT matches `out`, asked of the lines that hold a candidate (a match lies in one line, with
    the newline before it): a quoted "p<0.0001" made it scan every megabyte of the text (0.3 s at 100,000 records)."""
    for candidate in _CANDIDATES:
        checked = 0
        for m in candidate.finditer(out):
            if m.start() < checked:
                continue
            end = out.find(b"\n", m.end())
            checked = len(out) if end < 0 else end + 1
            if _SMALL_FLOAT.search(out, max(out.rfind(b"\n", 0, m.start()), 0), checked):
                return True
    return False


def _plain(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return {k: _plain(v) for k, v in _fields(obj).items()}  # as asdict gives it (or __json_fields__)
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj

