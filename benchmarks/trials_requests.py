"""Registry requests made by `ldn-lit trials update` against the loopback ClinicalTrials.gov stand-in
(tests/ctgov_server.py) holding SYNTHETIC studies (fake NCT numbers; nothing here is a real registration):
a first update, a no-change update, one with a study updated, and the monthly full refresh (with a
stored study that left the search, fetched by NCT id).

Targets (issue 20 item 8): one naltrexone search, paged; a first update at most 3 requests per 1,000
studies; a no-change update one request.

    python benchmarks/trials_requests.py [STUDIES] [PAGE_CAP]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from ctgov_server import start  # noqa: E402
from ldn_lit import ctgov  # noqa: E402
from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.store import Store  # noqa: E402
from ldn_lit.trials import REFRESH_DAYS, run_trials_update  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else 1000  # the API's own page maximum
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    state, server = start()
    state.page_cap = cap
    labels = [c.label for c in cfg.conditions] + ["Synthetic untracked condition"]
    for i in range(n):
        state.add(f"NCT09{i:06d}", title=f"Synthetic benchmark study {i}", conditions=[labels[i % len(labels)]],
                  last_update="2024-01-01")
    ctgov._sleep = lambda s: None  # the stand-in needs no politeness pause; requests are what is measured
    first_day = date(2026, 11, 1)
    try:
        with tempfile.TemporaryDirectory() as d, Store(Path(d) / "b.db") as store, \
                ctgov.CtgovClient(state.url) as client:
            print(f"stand-in: {n} synthetic studies, {len(cfg.conditions)} default conditions (+1 untracked), "
                  f"at most {cap} studies per page")
            runs = [("first update", first_day, None), ("no-change update", first_day + timedelta(days=1), None),
                    ("one study updated", first_day + timedelta(days=2), "touch"),
                    ("monthly refresh", first_day + timedelta(days=REFRESH_DAYS), "leave")]
            made: dict[str, int] = {}
            for label, day, change in runs:
                if change == "touch":
                    state.add("NCT09000001", title="Synthetic benchmark study 1, amended", conditions=[labels[1]],
                              last_update=(day - timedelta(days=1)).isoformat())
                if change == "leave":  # renamed intervention: the naltrexone search no longer finds it
                    state.add("NCT09000002", title="Synthetic benchmark study 2", conditions=[labels[2]],
                              interventions=[("DRUG", "Synthetic other drug", "")], last_update="2024-01-01")
                before = state.count()
                t0 = time.perf_counter()
                r = run_trials_update(store, cfg, client, today=day)
                made[label] = state.count() - before
                pages = ", ".join(f"{q.mode}: {q.pages} pages" for q in r.queries)
                print(f"{label:<18} requests {made[label]:>3}  ({pages})  new {r.new}  updated {r.revised}  "
                      f"stored {store.count_trials()}  "
                      f"untracked {r.untracked}  time {time.perf_counter() - t0:.1f} s")
            per_1000 = made["first update"] / n * 1000
            print(f"first update: {per_1000:.2f} requests per 1,000 studies (target at most 3): "
                  f"{'met' if per_1000 <= 3 else 'NOT met'}")
            print(f"no-change update: {made['no-change update']} request(s) (target 1): "
                  f"{'met' if made['no-change update'] == 1 else 'NOT met'}")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
