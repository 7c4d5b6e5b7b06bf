"""Per-tag accuracy of the tagger on every labelled set (tests/labelled/*.jsonl, all SYNTHETIC abstracts
written for the tests), with the confusion of each categorical tag on the development set.

    python benchmarks/tag_accuracy.py [-v]        figures per set; -v lists every wrong tag
    python benchmarks/tag_accuracy.py --record    also write today's right-answer counts as each set's
                                                  `floor` (tests/test_tagging_accuracy.py fails below it);
                                                  a floor only goes down with --allow-lower

None of these is real PubMed text: real records are measured independently, outside this repository.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import labelled  # noqa: E402
from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.tagging import tag_article  # noqa: E402

CATEGORICAL = ("design", "population", "finding", "size_class", "dose_class")


def score(cases, conditions):
    right, total = Counter(), Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    wrong = []
    for article, expected in cases:
        tags = tag_article(article, conditions).to_dict()
        for tag in labelled.TAGS:
            if tag not in expected:
                continue
            total[tag] += 1
            ok = labelled.correct(tag, tags[tag], expected[tag])
            right[tag] += ok
            if tag in CATEGORICAL:
                confusion[tag][(str(expected[tag]), str(tags[tag]))] += 1
            if not ok:
                wrong.append((article.pmid, tag, expected[tag], tags[tag]))
    return right, total, confusion, wrong


def record_floor(name: str, right: Counter, allow_lower: bool) -> None:
    path = labelled.DIR / f"{name}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    meta = json.loads(lines[0])
    old = meta["meta"].get("floor", {})
    lower = {t: (old[t], right[t]) for t in old if right[t] < old[t]}
    if lower and not allow_lower:
        raise SystemExit(f"{name}: below its floor {lower}; fix the rules (or pass --allow-lower and say why)")
    meta["meta"]["floor"] = {t: right[t] for t in labelled.TAGS if t in right or t in old}
    path.write_text("\n".join([json.dumps(meta, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8")


def main() -> None:
    verbose = "-v" in sys.argv
    conditions = load_config(ROOT / "ldn_lit" / "queries.toml").all_conditions
    for s in labelled.all_sets():
        right, total, confusion, wrong = score(s.cases, conditions)
        print(f"\n{s.name}: {len(s.cases)} synthetic abstracts. {s.meta['provenance']}")
        floor = s.meta.get("floor", {})
        print(f"{'tag':<24}{'right':>7}{'of':>5}{'accuracy':>10}{'floor':>7}")
        for tag in labelled.TAGS:
            if total[tag]:
                print(f"{tag:<24}{right[tag]:>7}{total[tag]:>5}{right[tag] / total[tag]:>10.1%}"
                      f"{floor.get(tag, '-'):>7}")
        if s.name == "development":
            for tag in CATEGORICAL:
                off = [(k, n) for k, n in confusion[tag].items() if k[0] != k[1]]
                for (want, got), n in sorted(off):
                    print(f"  confusion {tag}: {want} -> {got}: {n}")
        if verbose or wrong:
            for pmid, tag, want, got in wrong:
                note = f"  [{s.notes[pmid]}]" if pmid in s.notes and verbose else ""
                print(f"  {pmid} {tag}: expected {want!r}, got {got!r}{note}")
        if "--record" in sys.argv:
            record_floor(s.name, right, "--allow-lower" in sys.argv)


if __name__ == "__main__":
    main()
