"""Tagging throughput on one core: generated synthetic records (benchmarks/synthetic_corpus.py), plain and
real-shaped (issue 17: the length and wording of real abstracts), parsed first, then tagged. CPU time of
tag_article alone, caches emptied before each run. Target (issue #3): >= 2,000 synthetic records/s.

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
from ldn_lit.tagging import tag_article, text  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    conditions = load_config(ROOT / "ldn_lit" / "queries.toml").all_conditions
    for kind, real_shaped in (("synthetic", False), ("real-shaped", True)):
        with tempfile.TemporaryDirectory() as d:
            articles = parse_articles(write_pubmed_xml(Path(d) / "c.xml", n, real_shaped=real_shaped))
        best = 0.0
        for _ in range(3):
            for cache in (text.fold, text.words_of, text._sentences_cached):
                cache.cache_clear()  # a record's sentences are folded and split once: not across runs
            t0 = time.process_time()
            for a in articles:
                tag_article(a, conditions)
            best = max(best, n / (time.process_time() - t0))
        print(f"tagged {n} {kind} records on one core: {best:,.0f} records/s, {1000 / best:.2f} ms CPU a record "
              f"(best of 3{'; target >= 2,000' if not real_shaped else ''})")


if __name__ == "__main__":
    main()
