"""`ldn-lit claims --json` over a synthetic database: seconds for the whole command. Target (issue 16): < 1 s at
100,000 records.

The database is built from the SYNTHETIC benchmark corpus (benchmarks/synthetic_corpus.py) through the
normal import path (parse, tag, store); then the `claims` command runs as a user would run it (the seed
article's claims as JSON, to a throw-away pipe; from cached bytecode, as startup.py runs it), best of three, after
the share of each step in one process:
loading the evidence the claims read, judging each claim (as `claims` judges it: on the records of its
condition; then reading in full the rows a format shows), and writing the JSON.

    python benchmarks/claims_speed.py [N] [--db=PATH]

--db=PATH keeps the database at PATH and reuses it when it exists (building 100,000 records takes minutes).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from startup import _run  # noqa: E402
from synthetic_corpus import write_pubmed_xml  # noqa: E402

from ldn_lit.claims import Indexed, full_records, judge_claims, load_evidence  # noqa: E402
from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.ingest import import_file  # noqa: E402
from ldn_lit.store import Store  # noqa: E402
from ldn_lit.summary_of_findings import render_json  # noqa: E402


def build(db: Path, n: int, work: Path) -> None:
    """Import n synthetic records into db unless it already holds records."""
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    with Store(db) as store:
        if not store.count_articles():
            import_file(store, cfg, write_pubmed_xml(work / "c.xml", n))


def best_of_3(cmd: list[str], cwd: str) -> list[tuple[float, float]]:
    """(cpu, wall) of three runs, as an installed ldn-lit runs (startup._run: from cached bytecode, which a first
    run writes)."""
    _run(cmd, cwd)
    return [_run(cmd, cwd) for _ in range(3)]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--db")]
    keep = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--db=")), None)
    n = int(args[0]) if args else 10_000
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    with tempfile.TemporaryDirectory() as d:
        db = Path(keep) if keep else Path(d) / "b.db"
        build(db, n, Path(d))
        with Store(db, readonly=True) as store:
            print(f"database: {store.count_articles()} synthetic records")
            t0 = time.perf_counter()
            records = load_evidence(store, claims=cfg.claims, pool=True)
            full = len(full_records(records))
            indexed = [e for e in records if isinstance(e, Indexed)]
            print(f"  load_evidence        {time.perf_counter() - t0:6.3f} s  ({full} records read in full, "
                  f"{sum(e.n for e in indexed)} judged from the index in {len(indexed)} Indexed, "
                  f"{len(records) - full - len(indexed)} bundles)")
            verdicts = []
            for c in cfg.claims:  # each judged, and its shown rows read in full (hydrate)
                t0 = time.perf_counter()
                v = judge_claims(store, records, [c])[0]
                verdicts.append(v)
                print(f"  {c.id:<26} {time.perf_counter() - t0:6.3f} s  {v.verdict}, certainty {v.certainty}")
            t0 = time.perf_counter()
            text = render_json(verdicts)
            print(f"  render_json          {time.perf_counter() - t0:6.3f} s  ({len(text) / 2**20:.1f} MiB)")
        runs = best_of_3([sys.executable, "-m", "ldn_lit.cli", "--db", str(db), "claims", "--json"], d)
        best = min(wall for _, wall in runs)
        print(f"ldn-lit claims --json (whole command, process start included): best {best:.3f} s wall of "
              f"{', '.join(f'{wall:.3f}' for _, wall in runs)} (CPU {', '.join(f'{cpu:.3f}' for cpu, _ in runs)})  "
              f"{'ok' if best < 1 else 'OVER the 1 s target'}")


if __name__ == "__main__":
    main()
