"""`ldn-lit check PMID` on a PMID already in the database: wall time including Python start-up.
Target (issue #5): < 0.5 s.

    python benchmarks/check_speed.py [RUNS]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    exe = shutil.which("ldn-lit")
    cmd = [exe] if exe else [sys.executable, "-m", "ldn_lit.cli"]
    with tempfile.TemporaryDirectory() as d:
        db = str(Path(d) / "b.db")
        subprocess.run(cmd + ["--db", db, "import", str(ROOT / "tests" / "fixtures" / "synthetic_pubmed.xml")],
                       check=True, capture_output=True)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            r = subprocess.run(cmd + ["--db", db, "check", "970000001", "--offline"], capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            assert r.returncode == 0, r.stderr
    print(f"ldn-lit check <stored PMID>, {runs} runs: median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s (target < 0.5 s)")


if __name__ == "__main__":
    main()
