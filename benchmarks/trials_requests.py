"""Requests made by a first, a no-change and a one-updated-study `ldn-lit trials update` of the default
conditions, against the loopback ClinicalTrials.gov stand-in (tests/ctgov_server.py) holding
SYNTHETIC studies (fake NCT numbers; nothing here is a real registration).

Target (issue 11): the first update stores every study across pages; a no-change update makes one
request per query at most (ldn-lit makes one in all: a probe for any naltrexone study updated since).

    python benchmarks/trials_requests.py [STUDIES] [PAGE_CAP]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from ctgov_server import start  # noqa: E402
from ldn_lit import ctgov  # noqa: E402
from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.store import Store  # noqa: E402
from ldn_lit.trials import run_trials_update  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else 1000  # the API's own page maximum
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    state, server = start()
    state.page_cap = cap
    labels = [c.label for c in cfg.conditions]
    # Each synthetic study is on one condition; one condition gets most of them so that its search pages.
    for i in range(n):
        label = labels[0] if i % 2 else labels[i % len(labels)]
        state.add(f"NCT09{i:06d}", title=f"Synthetic benchmark study {i}", conditions=[label],
                  last_update="2024-01-01")
    ctgov._sleep = lambda s: None  # the stand-in needs no politeness pause; requests are what is measured
    try:
        with tempfile.TemporaryDirectory() as d, Store(Path(d) / "b.db") as store, \
                ctgov.CtgovClient(state.url) as client:
            print(f"stand-in: {n} synthetic studies, {len(cfg.conditions)} default conditions, "
                  f"at most {cap} studies per page")
            runs = [("first update", date(2026, 11, 1), None), ("no-change update", date(2026, 11, 2), None),
                    ("one study updated", date(2026, 11, 3), "NCT09000001")]
            for label, day, touch in runs:
                if touch:
                    state.add(touch, title="Synthetic benchmark study 1, amended", conditions=[labels[0]],
                              last_update="2026-11-02")
                before = state.count()
                t0 = time.perf_counter()
                r = run_trials_update(store, cfg, client, today=day)
                made = state.count() - before
                print(f"{label:<18} requests {made:>3}  (pages {sum(q.pages for q in r.queries)})  new {r.new}  "
                      f"updated {r.revised}  stored {store.count_trials()}  time {time.perf_counter() - t0:.1f} s")
                if label == "no-change update":
                    ok, no_change = made <= len(cfg.conditions), made
            print(f"no-change update = at most one request per query: {'met' if ok else 'NOT met'} "
                  f"({no_change} request(s) for {len(cfg.conditions)} queries)")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
