"""Digest over a 10,000-record database: seconds per format. Target (issue #4): < 1 s.

The database is built from the synthetic benchmark corpus (benchmarks/synthetic_corpus.py) through
the normal import path (parse, tag, store), then each format is rendered for a one-year window.

    python benchmarks/digest_speed.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic_corpus import write_pubmed_xml  # noqa: E402

from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.digest import FORMATS, build_digest, parse_window, render  # noqa: E402
from ldn_lit.ingest import import_file  # noqa: E402
from ldn_lit.store import Store  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    with tempfile.TemporaryDirectory() as d, Store(Path(d) / "b.db") as store:
        import_file(store, cfg, write_pubmed_xml(Path(d) / "c.xml", n))
        window = parse_window(from_="2024-01-01", to="2024-12-31")
        print(f"database: {store.count_articles()} synthetic records; window {window.label}")
        for fmt in FORMATS:
            t0 = time.perf_counter()
            digest = build_digest(store, cfg, window)
            text = render(digest, fmt)
            secs = time.perf_counter() - t0
            print(f"{fmt:<5} {secs:6.3f} s  ({len(digest.new_records)} new records, {len(text) / 1024:,.0f} KiB)"
                  f"  {'ok' if secs < 1 else 'OVER the 1 s target'}")


if __name__ == "__main__":
    main()
