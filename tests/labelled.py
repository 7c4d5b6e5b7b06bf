"""The one loader of the labelled sets: tests/labelled/<set>.jsonl, SYNTHETIC abstracts with the tags a
careful reader gives them.

Each file is JSON Lines: a first line {"meta": {...}} with the set's provenance, label notes, the first
measurement of rules that had never seen it, and `floor` (right answers per tag that the shipped rules
reached when it was last recorded: tests/test_tagging_accuracy.py fails below it); then one record per
line: pmid (fake), title, abstract (a string, or [[label, text], ...] when structured), optional
publication_types / mesh / comments_corrections, `expected` tags, optional `label_note`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ldn_lit.models import AbstractSection, Article, CommentCorrection, MeshHeading

DIR = Path(__file__).resolve().parent / "labelled"
# Tags a labelled record may carry; "outcomes" is a set that must be contained in the tagger's;
# "outcome_findings" maps an outcome to the fields its per-outcome finding must have ({"pain": {"finding":
# "positive", "comparison": "between_arm", "effect": "MD –0·9 ..."}}), other outcomes the tagger gives are free.
TAGS = ("conditions", "design", "population", "sample_size", "size_class", "included_studies", "dose_class",
        "outcomes", "finding", "outcome_findings", "retracted", "expression_of_concern")


@dataclass
class LabelledSet:
    name: str
    meta: dict[str, Any]
    cases: list[tuple[Article, dict[str, Any]]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # pmid -> label note


def article(r: dict[str, Any]) -> Article:
    abstract = r.get("abstract") or ""
    sections = ([AbstractSection(None, abstract)] if isinstance(abstract, str)
                else [AbstractSection(label, text) for label, text in abstract])
    return Article(pmid=r["pmid"], title=r["title"], abstract_sections=sections if abstract else [],
                   publication_types=list(r.get("publication_types", ["Journal Article"])),
                   mesh=[MeshHeading.parse(m) for m in r.get("mesh", [])],
                   comments_corrections=[CommentCorrection(t, p) for t, p in r.get("comments_corrections", [])],
                   journal="Synthetic journal")


def load(name: str) -> LabelledSet:
    path = DIR / f"{name}.jsonl"
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines or "meta" not in lines[0]:
        raise ValueError(f"{path}: the first line must be {{\"meta\": ...}}")
    s = LabelledSet(name, lines[0]["meta"])
    for i, r in enumerate(lines[1:], 2):
        unknown = set(r["expected"]) - set(TAGS)
        if unknown:
            raise ValueError(f"{path}:{i}: unknown tag(s) {sorted(unknown)}")
        s.cases.append((article(r), r["expected"]))
        if r.get("label_note"):
            s.notes[r["pmid"]] = r["label_note"]
    return s


def names() -> list[str]:
    return sorted(p.stem for p in DIR.glob("*.jsonl"))


def all_sets() -> list[LabelledSet]:
    return [load(n) for n in names()]


def correct(tag: str, got: Any, want: Any) -> bool:
    if tag == "outcome_findings":
        by = {f["outcome"]: f for f in got or []}
        return all(o in by and all(by[o].get(k) == v for k, v in fields.items()) for o, fields in want.items())
    if tag == "conditions":  # a set, as the real-record scorer reads it: the order they are listed in is no label
        return set(got or []) == set(want)
    return set(want) <= set(got) if tag == "outcomes" else got == want
