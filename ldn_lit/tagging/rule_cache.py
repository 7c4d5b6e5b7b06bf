"""What the taggers build from their rules, kept between runs in the user's cache directory.

Each rule is built on first use: re parses and compiles its pattern, fastre rewrites it, text.required_literals and
rule_words read its needles and word gates. That is ~1.4 s of CPU, as much as tagging a thousand records, and every
process that tags paid it again: each `ldn-lit check`, each tagging worker. All of it is a pure function of the
pattern, so it is kept keyed by the pattern itself: a rule that changes is a new key, never a stale entry. Compiled
regexes are kept as the code re's compiler makes (re._compiler._code), which _sre.compile turns back into the same
regex; the file is named for the Python and the regex engine that made it.

Like __pycache__, the file is only ever a shortcut: delete it and the rules are built again. A file that cannot be
read, or a directory that cannot be written, is ignored. LDN_LIT_CACHE_DIR moves it (empty: keep nothing).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import os
import re
import re._compiler as _compiler  # type: ignore[import-not-found]
import re._constants as _constants  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, overload

T = TypeVar("T")
# A compiled regex as _sre.compile takes it: (pattern text or None, flags, code, groups, group index, index group), its
# code as the bytes of an array of unsigned 32-bit ints (SRE_CODE).
Spec = tuple[Any, ...]
_FORMAT = 1  # the layout of the file; another number reads as no file

_entries: dict[tuple[str, str], tuple[Any, str]] | None = None  # (kind, pattern) -> (value, TAGGER_VERSION last used)
_new: set[tuple[str, str]] = set()  # built here and not yet written
_used: set[tuple[str, str]] = set()  # read here from the file


def directory() -> Path | None:
    """Where the file is kept: LDN_LIT_CACHE_DIR, else $XDG_CACHE_HOME/ldn-lit or ~/.cache/ldn-lit; None when
    LDN_LIT_CACHE_DIR is empty."""
    env = os.environ.get("LDN_LIT_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ldn-lit"


def path() -> Path | None:
    d = directory()
    return None if d is None else d / f"rules-{sys.implementation.cache_tag}-{_constants.MAGIC}.marshal"


def _read(file: Path | None) -> dict[tuple[str, str], tuple[Any, str]]:
    if file is None:
        return {}
    try:
        with open(file, "rb") as f:
            data = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]


@overload
def memo(kind: str, pattern: str, build: Callable[[], T]) -> T: ...


@overload
def memo(kind: str, pattern: str, build: Callable[[], Any], load: Callable[[Any], T]) -> T: ...


def memo(kind: str, pattern: str, build: Callable[[], Any], load: Callable[[Any], Any] = lambda v: v) -> Any:
    """load(build()), or load() of what build returned for this kind and pattern before (in this process or one that
    saved). An entry that load() refuses (a file damaged inside, a compiled code _sre rejects) is built again: the
    file is a shortcut, never a reason to fail. (Change _FORMAT when what an entry holds changes.)"""
    global _entries
    if _entries is None:
        _entries = _read(path())
    key = (kind, pattern)
    entry = _entries.get(key)
    if entry is not None:
        try:
            out = load(entry[0])
        except Exception:  # noqa: BLE001 (whatever a damaged entry raises: it is built again below)
            pass
        else:
            _used.add(key)
            return out
    value = build()
    _entries[key] = (value, "")
    _new.add(key)
    return load(value)


def save() -> None:
    """Write what this process built to the file, beside what other processes wrote there meanwhile, when it built
    anything. Entries neither written nor read under this TAGGER_VERSION are dropped (rules since changed). Written
    to a temporary file and renamed over the old one, so a reader sees the old file or the new, never half of one;
    a failure (a read-only or full disk) leaves the old file and costs only the time to build the rules again."""
    if not _new or _entries is None:
        return
    from . import TAGGER_VERSION

    file = path()
    if file is None:
        return
    mine = {key: (_entries[key][0], TAGGER_VERSION) for key in _new | _used}
    kept = {key: entry for key, entry in _read(file).items() if entry[1] == TAGGER_VERSION}
    tmp = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=file.parent, prefix=".rules-", delete=False) as f:
            tmp = f.name
            marshal.dump({"format": _FORMAT, "entries": {**kept, **mine}}, f)
        os.replace(tmp, file)
        tmp = None
    except (OSError, ValueError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    _new.clear()


def spec(tree: Any, flags: int, pattern: str | None = None) -> Spec:
    """What re._compiler.compile hands _sre.compile for a parsed pattern (`pattern`: its text, when it has one)."""
    code = array("I", _compiler._code(tree, flags)).tobytes()  # (read back in C: a list of ints reads slowly)
    index = [None] * tree.state.groups
    for name, i in tree.state.groupdict.items():
        index[i] = name
    return pattern, int(flags | tree.state.flags), code, tree.state.groups - 1, dict(tree.state.groupdict), tuple(index)


def compiled(s: Spec) -> re.Pattern[str]:
    """The regex a spec() stands for: the one re._compiler.compile made from it."""
    pattern, flags, code, *groups = s
    return _sre.compile(pattern, flags, array("I", code).tolist(), *groups)


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), its compiled code kept between runs (the taggers' own regexes: ~140 are compiled
    when their modules are imported)."""
    flags = int(flags)
    return memo(f"regex{flags}", pattern, lambda: spec(_parser.parse(pattern, flags), flags, pattern), compiled)
