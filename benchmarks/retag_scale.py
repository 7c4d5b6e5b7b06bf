"""`ldn-lit retag` on a database of N synthetic records (default 10,000): time and peak memory.

retag reads the records a page at a time (Store.article_pages) and writes each page's tags in its own
transaction; before, it failed past the first 1,000 records ("database is locked"). Each command runs
in its own process (os.wait4 gives that process's peak RSS). The records are SYNTHETIC
(benchmarks/synthetic_corpus.py).

    python benchmarks/retag_scale.py [N]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import write_pubmed_xml  # noqa: E402


def run(args: list[str]) -> tuple[int, str, float, int]:
    """(exit code, output, seconds, peak RSS in kB) of one ldn-lit command."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", "from ldn_lit.cli import main; main()", *args],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    return os.waitstatus_to_exitcode(status), out.strip(), time.perf_counter() - started, usage.ru_maxrss


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_pubmed_xml(Path(tmp) / "corpus.xml", n)
        db = str(Path(tmp) / "ldn.db")
        for what in (["import", str(corpus)], ["retag"], ["retag"]):
            code, out, seconds, peak = run(["-q", "--db", db, *what] if what[0] == "import" else ["--db", db, *what])
            print(f"{' '.join(what[:1])}: exit {code}, {seconds:.1f} s, peak RSS {peak / 1024:.0f} MB"
                  + (f"  ({out.splitlines()[-1]})" if out else ""))


if __name__ == "__main__":
    main()
