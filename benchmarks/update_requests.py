"""Requests made by a first, a no-change and a one-new-record `ldn-lit update` of the default
queries, against the loopback stand-in (tests/eutils_server.py) holding synthetic records.

Target (issue #10, item 11): a no-change update asks PubMed once, whatever the number of
conditions; one new record costs the drug search, one search per condition within its result
(history server) and one efetch.

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
    c = len(cfg.conditions)
    state, server = start()
    # Each synthetic record matches one or two condition searches (a fragment of their query text).
    keys = [x.query[:40] for x in cfg.conditions]
    for i in range(n):
        state.add(str(950000000 + i), keys={keys[i % c], keys[(i * 7) % c]},
                  title=f"Synthetic benchmark record {i}", edat="2024/01/01")
    cfg.entrez.api_key = "benchmark-key"  # 10 requests/s, as a user with a key gets
    print(f"stand-in: {n} synthetic records, {c} default queries")
    runs = [("first update", date(2026, 11, 1), None),
            ("no-change update", date(2026, 11, 2), None),
            ("one new record", date(2026, 11, 4), "2026/11/03")]
    counts: dict[str, Counter] = {}
    try:
        with tempfile.TemporaryDirectory() as d, Store(Path(d) / "b.db") as store, \
                EntrezClient(cfg.entrez, state.url) as client:
            for label, day, new_on in runs:
                if new_on:
                    state.add("950999999", keys={keys[0]}, title="Synthetic benchmark record, new",
                              edat=new_on)
                before = len(state.requests)
                t0 = time.perf_counter()
                r = run_update(store, cfg, client, today=day)
                kinds = Counter(q.path.rsplit("/", 1)[1].split(".")[0] for q in state.requests[before:])
                counts[label] = kinds
                by_kind = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
                print(f"{label:<17} requests {r.requests:>3}  ({by_kind})"
                      f"  new {r.new}  time {time.perf_counter() - t0:.1f} s")
    finally:
        server.shutdown()
    ok_none = counts["no-change update"] == Counter({"esearch": 1})
    ok_one = counts["one new record"] == Counter({"esearch": 1 + c, "efetch": 1})
    print(f"no-change update = 1 request (was {c}, one per query): {'met' if ok_none else 'NOT met'}")
    print(f"one new record = 1 + {c} searches + 1 efetch: {'met' if ok_one else 'NOT met'}")


if __name__ == "__main__":
    main()
