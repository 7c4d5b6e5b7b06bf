"""Where tagging in a pool of processes starts to pay (ldn_lit.tag_pool.MIN_RECORDS): `import` of N real-shaped
SYNTHETIC records with --jobs 1 against 2 processes forced on (the pool started for every N), wall and CPU
(this process and its workers), best of 3 fresh databases each.

    python benchmarks/tag_pool_break_even.py [N ...]      # default 100 200 400 800 1600
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import write_pubmed_xml  # noqa: E402

from ldn_lit import tag_pool  # noqa: E402
from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.ingest import import_file  # noqa: E402
from ldn_lit.store import Store  # noqa: E402


def cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 200, 400, 800, 1600]
    tag_pool.MIN_RECORDS = 1
    config = load_config()
    print(f"{'records':>8}{'jobs 1 wall':>13}{'jobs 2 wall':>13}{'jobs 1 CPU':>12}{'jobs 2 CPU':>12}")
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            xml = write_pubmed_xml(Path(d) / f"c{n}.xml", n, real_shaped=True)
            figures = {}
            for jobs in (1, 2):
                runs = []
                for i in range(3):
                    with Store(Path(d) / f"{n}-{jobs}-{i}.db") as store:
                        c0, t0 = cpu(), time.perf_counter()
                        import_file(store, config, xml, jobs=jobs)
                        runs.append((time.perf_counter() - t0, cpu() - c0))
                figures[jobs] = min(runs)
            print(f"{n:>8}{figures[1][0]:>13.2f}{figures[2][0]:>13.2f}{figures[1][1]:>12.2f}{figures[2][1]:>12.2f}")


if __name__ == "__main__":
    main()
