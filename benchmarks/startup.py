"""Start-up cost of the quick commands, side by side with `python -c pass` (issue 10 item 7).

Targets: `ldn-lit --help` and `ldn-lit check PMID --offline` (a stored PMID) in under 0.3 s of CPU,
Python's own start-up included. CPU is user + system time of the finished child (os.wait4); wall
time includes waiting for the disk and the other processes of a shared machine. The database holds
only the synthetic test fixtures (tests/fixtures), not real studies. The commands run as an installed
ldn-lit runs, from cached bytecode: PYTHONDONTWRITEBYTECODE is dropped from their environment (the first,
untimed run writes the cache), else every run compiles ldn-lit's changed modules from source (~0.1 s).

    python benchmarks/startup.py [RUNS]             # median, min and max of RUNS runs (default 10)
    python -X importtime -m ldn_lit.cli --help 2>&1 | sort -t'|' -k2 -n | tail   # where the time goes
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_CPU = 0.3


INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # bytecode cached


def _run(cmd: list[str], cwd: str | None = None) -> tuple[float, float]:
    """(cpu, wall) seconds of one run of cmd, as an installed ldn-lit runs (INSTALLED)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=INSTALLED, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {err}")
    return usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    exe = shutil.which("ldn-lit")
    cli = [exe] if exe else [sys.executable, "-m", "ldn_lit.cli"]
    with tempfile.TemporaryDirectory() as d:
        db = str(Path(d) / "startup.db")
        subprocess.run(cli + ["--db", db, "import", str(ROOT / "tests" / "fixtures" / "synthetic_pubmed.xml")],
                       check=True, capture_output=True)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "ldn-lit --help": cli + ["--help"],
            "ldn-lit check PMID --offline": cli + ["--db", db, "check", "970000001", "--offline"],
        }
        print(f"{runs} runs each; median (min-max) seconds; target for ldn-lit: CPU < {TARGET_CPU} s")
        print(f"{'command':<30} {'CPU':>22} {'wall':>22}")
        for name, cmd in commands.items():
            _run(cmd)  # warm the file cache
            cpu, wall = zip(*(_run(cmd) for _ in range(runs)), strict=True)
            verdict = "" if name.startswith("python") else ("  met" if statistics.median(cpu) < TARGET_CPU
                                                             else "  NOT met")
            print(f"{name:<30} {statistics.median(cpu):>7.3f} ({min(cpu):.3f}-{max(cpu):.3f})"
                  f" {statistics.median(wall):>7.3f} ({min(wall):.3f}-{max(wall):.3f}){verdict}")


if __name__ == "__main__":
    main()
