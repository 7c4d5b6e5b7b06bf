"""A gzip bomb imported under a 1.5 GB memory limit: refused in one line, with peak memory and time.

The bomb is SYNTHETIC: about 1 MB of gzip that inflates to about 1 GB, a PubMed XML record (or a
MEDLINE record) whose abstract is one letter repeated. `ldn-lit import` runs in a child process with
its address space limited to 1.5 GB (RLIMIT_AS); its peak resident memory (ru_maxrss) is printed.
Target (issue 18): refused with one clear line, exit 1, within the limit, no MemoryError.

    python benchmarks/gzip_bomb.py [decompressed MB, default 1024]
"""

from __future__ import annotations

import gzip
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIMIT = 1536 * 2**20
HEAD = {
    "xml": b'<?xml version="1.0" ?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation Status="MEDLINE">'
           b"<PMID Version=\"1\">960999999</PMID><Article><ArticleTitle>Synthetic bomb</ArticleTitle>"
           b"<Abstract><AbstractText>",
    "nbib": b"PMID- 960999998\nTI  - Synthetic bomb\nAB  - ",
}


TAIL = {
    "xml": b"</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n",
    "nbib": b"\n",
}


def write_bomb(path: Path, fmt: str, megabytes: int) -> None:
    """A well-formed file: only its size is hostile."""
    block = b"a" * 2**20
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(HEAD[fmt])
        for _ in range(megabytes):
            f.write(block)
        f.write(TAIL[fmt])


def limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def run_limited(args: list[str]) -> tuple[int, str, float, int]:
    """(exit code, stderr, seconds, peak RSS in kB) of one child under the limit: os.wait4 gives
    that child's own peak, where RUSAGE_CHILDREN would give the maximum over all children."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=limit)
    assert child.stderr is not None
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, stderr, time.perf_counter() - started, usage.ru_maxrss


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in HEAD:
            bomb = Path(tmp) / f"bomb.{fmt}.gz"
            write_bomb(bomb, fmt, megabytes)
            code, stderr, seconds, peak = run_limited(
                [sys.executable, "-c", "from ldn_lit.cli import main; main()", "--db", str(Path(tmp) / f"{fmt}.db"),
                 "import", str(bomb)])
            print(f"{fmt}: {bomb.stat().st_size / 2**20:.2f} MB gzip -> {megabytes} MB decompressed; exit {code} "
                  f"in {seconds:.1f} s; peak RSS {peak / 1024:.0f} MB; limit {LIMIT // 2**20} MB")
            print("   stderr:", stderr.strip().replace("\n", " | ")[:300])


if __name__ == "__main__":
    main()
