"""Turn what a user types into `ldn-lit search` into a valid SQLite FTS5 query.

FTS5 reads `low-dose` as "column low, minus dose" and `Crohn's` as a syntax error. Every bare word is
therefore quoted as a phrase (the tokenizer then splits it where the text would be split, so
"low-dose" finds "low-dose" and "low dose"), while the FTS5 syntax users want stays: "quoted phrases",
AND / OR / NOT, parentheses, and a trailing * for a prefix.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT"}


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(user_query: str) -> str:
    """The FTS5 MATCH expression for `user_query` (see the module docstring)."""
    out: list[str] = []
    for tok in _TOKEN.findall(user_query):
        if tok in _OPERATORS or tok in ("(", ")"):
            out.append(tok)
        elif tok.startswith('"'):
            inner = tok[1:-1] if len(tok) > 1 and tok.endswith('"') else tok[1:]
            if inner.strip():
                out.append(_phrase(inner))
        elif tok.endswith("*") and tok.rstrip("*"):
            out.append(_phrase(tok.rstrip("*")) + "*")
        elif tok.strip("*"):
            out.append(_phrase(tok))
    # A leading or doubled operator ("NOT x", "a AND AND b") is still an error FTS5 will name.
    return " ".join(out)
