"""Requests made by a first and a no-change `ldn-lit update` of the default queries, against the
loopback stand-in (tests/eutils_server.py) holding synthetic records.

Target (issue #2): the no-change update is one esearch per query and nothing else.

    python benchmarks/update_requests.py [RECORDS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from eutils_server import start  # noqa: E402

from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.entrez import EntrezClient  # noqa: E402
from ldn_lit.store import Store  # noqa: E402
from ldn_lit.update import run_update  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    state, server = start()
    # Each synthetic record matches one or two condition searches (a fragment of their query text).
    keys = [c.query[:40] for c in cfg.conditions]
    for i in range(n):
        state.add(str(950000000 + i), keys={keys[i % len(keys)], keys[(i * 7) % len(keys)]},
                  title=f"Synthetic benchmark record {i}", edat="2024/01/01")
    cfg.entrez.api_key = "benchmark-key"  # 10 requests/s, as a user with a key gets
    try:
        with tempfile.TemporaryDirectory() as d, Store(Path(d) / "b.db") as store, \
                EntrezClient(cfg.entrez, state.url) as client:
            print(f"stand-in: {n} synthetic records, {len(cfg.conditions)} default queries")
            for label, day in (("first update", date(2026, 11, 1)), ("no-change update", date(2026, 11, 2))):
                before = len(state.requests)
                t0 = time.perf_counter()
                r = run_update(store, cfg, client, today=day)
                kinds = Counter(q.path.rsplit("/", 1)[1] for q in state.requests[before:])
                print(f"{label:<18} requests {r.requests:>3}  ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})"
                      f"  new {r.new}  time {time.perf_counter() - t0:.1f} s")
            ok = kinds == Counter({"esearch.fcgi": len(cfg.conditions)})
            print(f"no-change update = one esearch per query and nothing else: {'met' if ok else 'NOT met'}")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
