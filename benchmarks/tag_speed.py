"""Tagging throughput on one core: 10,000 generated synthetic records (benchmarks/synthetic_corpus.py),
parsed first, then tagged. Target (issue #3): >= 2,000 records/s.

    python benchmarks/tag_speed.py [N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic_corpus import write_pubmed_xml  # noqa: E402

from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.pubmed_xml import parse_articles  # noqa: E402
from ldn_lit.tagging import tag_article  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    conditions = load_config(ROOT / "ldn_lit" / "queries.toml").all_conditions
    with tempfile.TemporaryDirectory() as d:
        articles = parse_articles(write_pubmed_xml(Path(d) / "c.xml", n))
    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for a in articles:
            tag_article(a, conditions)
        best = max(best, n / (time.perf_counter() - t0))
    print(f"tagged {n} synthetic records on one core: {best:,.0f} records/s (best of 3; target >= 2,000)")


if __name__ == "__main__":
    main()
