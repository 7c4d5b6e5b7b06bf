"""Parse+store throughput on a generated 10,000-record PubMed XML file, next to Bio.Entrez.read.

Each measurement runs in its own Python process so that peak memory (ru_maxrss) is its own.
Target (issue #2): parse+store >= 2x the records/s of Bio.Entrez.read parsing the file alone.

    python benchmarks/parse_store.py [N]      (each figure: best of three runs)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import write_pubmed_xml  # noqa: E402

MEASURE = r"""
import json, resource, sys, time
path, db, what = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if what == "bio_entrez_read":
    from Bio import Entrez
    with open(path, "rb") as f:
        n = len(Entrez.read(f, validate=False)["PubmedArticle"])
elif what == "parse":
    from ldn_lit.pubmed_xml import iter_articles
    n = sum(1 for _ in iter_articles(path))
elif what == "parse_store":
    from ldn_lit.ingest import chunked
    from ldn_lit.pubmed_xml import iter_articles
    from ldn_lit.store import Store
    s, n = Store(db), 0
    with s.atomic():
        for batch in chunked(iter_articles(path), 500):
            n += len(s.save_articles(batch, source="bench").new)
elif what == "import_with_tags":
    from pathlib import Path
    from ldn_lit.config import load_config
    from ldn_lit.ingest import import_file
    from ldn_lit.store import Store
    n = import_file(Store(db), load_config(), Path(path)).new
secs = time.perf_counter() - t0
print(json.dumps({"n": n, "secs": secs, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(what: str, xml: Path, tmp: Path) -> dict:
    db = tmp / f"{what}.db"
    out = subprocess.run([sys.executable, "-c", MEASURE, str(xml), str(db), what],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        xml = write_pubmed_xml(tmp / "corpus.xml", n)
        print(f"corpus: {n} synthetic records, {xml.stat().st_size / 2**20:.1f} MiB of PubMed XML")
        print(f"{'what':<36}{'records/s':>12}{'seconds':>10}{'peak MiB':>10}")
        results = {}
        for what, label in [("bio_entrez_read", "Bio.Entrez.read (parse only)"),
                            ("parse", "ldn-lit parse only (iterparse)"),
                            ("parse_store", "ldn-lit parse + store"),
                            ("import_with_tags", "ldn-lit import (parse + tag + store)")]:
            # Best of three fresh processes (new database each time): the machine's noise is +-15 %.
            runs = []
            for _ in range(3):
                (tmp / f"{what}.db").unlink(missing_ok=True)
                for suffix in ("-wal", "-shm"):
                    (tmp / f"{what}.db{suffix}").unlink(missing_ok=True)
                runs.append(measure(what, xml, tmp))
            r = min(runs, key=lambda x: x["secs"])
            assert r["n"] == n, (what, r)
            results[what] = rate = n / r["secs"]
            print(f"{label:<36}{rate:>12,.0f}{r['secs']:>10.2f}{r['peak_mib']:>10.0f}")
        ratio = results["parse_store"] / results["bio_entrez_read"]
        print(f"parse+store vs Bio.Entrez.read: {ratio:.1f}x (target >= 2x): {'met' if ratio >= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
