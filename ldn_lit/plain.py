"""Plain words for the ids inside generated text: what a person reads in a digest or a table.

The verdict rules and certainty reasons are written with ids ("best design: open_label_single_arm",
"(rule: controlled-null)"); JSON and CSV keep the ids, and every page a person reads passes its
text through plain() so that it says "open-label or single-arm trial" and names the rule in words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .vocabulary import DESIGNS, DOSE_CLASSES, FINDINGS, OUTCOMES, POPULATION, RULE_LABELS, VERDICTS


def _words(x: str) -> str:
    return x.replace("_", " ")


@lru_cache(maxsize=8)
def _table(conditions: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    words = {d.id: d.label for d in DESIGNS if d.id != "other"}
    words |= {x: _words(x) for x in (*[o.id for o in OUTCOMES], *FINDINGS, *DOSE_CLASSES) if "_" in x}
    words |= {v.id: v.label for v in VERDICTS if "_" in v.id}
    words |= {cid: label for cid, label in conditions if cid != label.lower()}
    pattern = re.compile(r"\(rule: ([a-z-]+)\)|(?<![\w/.-])(" + "|".join(
        re.escape(k) for k in sorted(words, key=len, reverse=True)) + r")(?![\w-])")
    return pattern, words


def plain(text: str | None, conditions: Mapping[str, str] | None = None) -> str:
    """`text` with design, outcome, finding, verdict and condition ids (condition id -> label, from
    `conditions`) in words, and "(rule: code)" as "(rule: its name in words)"."""
    if not text:
        return ""
    pattern, words = _table(tuple(sorted((conditions or {}).items())))

    def swap(m: re.Match[str]) -> str:
        if m.group(1):
            return f"(rule: {RULE_LABELS.get(m.group(1), _words(m.group(1).replace('-', ' ')))})"
        return words[m.group(2)]

    return pattern.sub(swap, text)


def population(pid: str | None) -> str:
    """'people', 'animals', 'cells': what a reader calls a population id."""
    p = POPULATION.get(pid or "")
    return p.label if p else (pid or "?")
