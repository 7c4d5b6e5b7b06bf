"""The default weekly `ldn-lit digest` over a synthetic database: seconds for the whole command. Target
(issue 16): < 1 s at 100,000 records.

The database is built from the synthetic benchmark corpus (benchmarks/synthetic_corpus.py) through the
normal import path (parse, tag, store), or reused (--db). In one process, each format is built and rendered
for the default window (the last 7 days) and for one year: wall time, the share build_digest spends judging
the claims, and the CPU of build_digest beyond them (new records, chart, counts, registry); then `ldn-lit digest`
(default window, Markdown) runs three times as a user would run it, from cached bytecode (startup.INSTALLED):
CPU (user + system of the command) and wall, Python start-up included.

    python benchmarks/digest_speed.py [N] [--db=PATH]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from claims_speed import build  # noqa: E402
from startup import _run  # noqa: E402

from ldn_lit import digest as digest_module  # noqa: E402
from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.digest import FORMATS, build_digest, parse_window, render  # noqa: E402
from ldn_lit.store import Store  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--db")]
    keep = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--db=")), None)
    n = int(args[0]) if args else 10_000
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    judging = digest_module.evaluate_claims
    spent = [0.0, 0.0]  # wall, CPU

    def timed(*a, **k):  # the claims' share of build_digest
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return judging(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t0
            spent[1] += time.process_time() - c0

    digest_module.evaluate_claims = timed
    with tempfile.TemporaryDirectory() as d:
        db = Path(keep) if keep else Path(d) / "b.db"
        build(db, n, Path(d))
        with Store(db, readonly=True) as store:
            print(f"database: {store.count_articles()} synthetic records")
            for window in (parse_window(), parse_window(from_="2024-01-01", to="2024-12-31")):
                for fmt in FORMATS:
                    spent[:] = [0.0, 0.0]
                    t0, c0 = time.perf_counter(), time.process_time()
                    digest = build_digest(store, cfg, window, remember=False)
                    beyond = time.process_time() - c0 - spent[1]
                    text = render(digest, fmt)
                    secs = time.perf_counter() - t0
                    print(f"  {window.label}  {fmt:<5} {secs:6.3f} s (claims {spent[0]:.3f} s; beyond them "
                          f"{beyond:.3f} s CPU; {len(digest.new_records)} new records, {len(text) / 1024:,.0f} KiB)")
        cmd = [sys.executable, "-m", "ldn_lit.cli", "--db", str(db), "digest"]
        _run(cmd, d)  # bytecode cached, the file cache warm
        cpu, wall = zip(*(_run(cmd, d) for _ in range(3)), strict=True)
        print(f"ldn-lit digest (default weekly window, Markdown; whole command, process start included): CPU "
              f"{', '.join(f'{c:.3f}' for c in cpu)} s, wall {', '.join(f'{w:.3f}' for w in wall)} s  "
              f"{'ok' if min(wall) < 1 else 'OVER the 1 s target'}")


if __name__ == "__main__":
    main()
