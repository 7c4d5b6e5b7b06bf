"""Per-tag accuracy of the tagger on the labelled synthetic set (tests/tagging_cases.py), with the
confusion of each categorical tag. Prints figures; exits 0.

    python benchmarks/tag_accuracy.py [-v]      (-v lists every wrong tag)

What a real PubMed set would trip on, beyond this set: abstracts that state sizes only in tables
(sample_size null), "patients" counted across several cohorts, designs described only as
"prospective study", crossover trials reported per period, doses written as "4.5mg" inside
parentheses with other drugs, conditions named only by abbreviations we do not list, non-English
abstracts, and conclusions that hedge ("may", "trend") where the direction is a judgement call.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from tagging_cases import CASES, TAGS  # noqa: E402
from tagging_heldout import HELDOUT, HELDOUT_V2, HELDOUT_V3, HELDOUT_V4, HELDOUT_V5  # noqa: E402
from tagging_independent import INDEPENDENT  # noqa: E402
from tagging_independent2 import INDEPENDENT2  # noqa: E402
from tagging_independent3 import INDEPENDENT3  # noqa: E402
from tagging_independent4 import INDEPENDENT4  # noqa: E402
from tagging_independent5 import INDEPENDENT5  # noqa: E402

from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.tagging import tag_article  # noqa: E402

CATEGORICAL = ("design", "population", "finding", "size_class", "dose_class")


def compare(tag: str, got, want) -> bool:
    if tag == "outcomes":
        return set(want) <= set(got)
    return got == want


def score(cases, conditions):
    right, total = Counter(), Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    wrong = []
    for article, expected in cases:
        tags = tag_article(article, conditions).to_dict()
        for tag in TAGS:
            if tag not in expected:
                continue
            total[tag] += 1
            ok = compare(tag, tags[tag], expected[tag])
            right[tag] += ok
            if tag in CATEGORICAL:
                confusion[tag][(str(expected[tag]), str(tags[tag]))] += 1
            if not ok:
                wrong.append((article.pmid, tag, expected[tag], tags[tag]))
    return right, total, confusion, wrong


def main() -> None:
    verbose = "-v" in sys.argv
    conditions = load_config(ROOT / "ldn_lit" / "queries.toml").all_conditions
    right, total, confusion, wrong = score(CASES, conditions)
    print(f"labelled synthetic abstracts: {len(CASES)} (the rules were developed against these)")
    print(f"{'tag':<24}{'right':>7}{'of':>5}{'accuracy':>10}")
    for tag in TAGS:
        if total[tag]:
            print(f"{tag:<24}{right[tag]:>7}{total[tag]:>5}{right[tag] / total[tag]:>10.1%}")
    for tag in CATEGORICAL:
        print(f"\nconfusion of {tag} (expected -> got: count), off-diagonal first")
        for (want, got), n in sorted(confusion[tag].items(), key=lambda kv: (kv[0][0] == kv[0][1], kv[0])):
            mark = "  " if want == got else "X "
            print(f"  {mark}{want:<36} -> {got:<36} {n}")
    if verbose or wrong:
        print("\nwrong tags:")
        for pmid, tag, want, got in wrong:
            print(f"  {pmid} {tag}: expected {want!r}, got {got!r}")
    for name, cases, note in (("held-out v1", HELDOUT, "measured once, then used to fix rules: now development data"),
                              ("held-out v2", HELDOUT_V2, "measured once, then used to fix rules: now development data"),
                              ("held-out v3", HELDOUT_V3, "measured once, then used to fix rules: now development data"),
                              ("held-out v4", HELDOUT_V4, "measured once, then used to fix rules: now development data"),
                              ("held-out v5", HELDOUT_V5, "measured once, then used to fix rules: now development data"),
                              ("independent", INDEPENDENT, "written by a separate session from the README's tag "
                                                           "table, without the code; then used to fix rules"),
                              ("independent 2", INDEPENDENT2, "written by another session from the issue's tag "
                                                              "definitions only; then used to fix rules"),
                              ("independent 3", INDEPENDENT3, "written by a third session from the issue's tag "
                                                              "definitions only; then used to fix rules"),
                              ("independent 4", INDEPENDENT4, "written by a fourth session from the issue's tag "
                                                              "definitions only; then used to fix rules"),
                              ("independent 5", INDEPENDENT5, "written by a fifth session from the issue's tag "
                                                              "definitions only, after all fixes; never tuned on")):
        h_right, h_total, _, h_wrong = score(cases, conditions)
        print(f"\n{name}: {len(cases)} synthetic abstracts ({note})")
        for tag in TAGS:
            if h_total[tag]:
                print(f"{tag:<24}{h_right[tag]:>7}{h_total[tag]:>5}{h_right[tag] / h_total[tag]:>10.1%}")
        for pmid, tag, want, got in h_wrong:
            print(f"  {pmid} {tag}: expected {want!r}, got {got!r}")


if __name__ == "__main__":
    main()
