"""Import and retag of 10,000 full-size records, against Bio.Entrez.read + sqlite-utils (issue 17).

The records are real-shaped SYNTHETIC efetch XML (synthetic_corpus.real_shaped_xml: indented, authors with
affiliations, grants, keywords, 250-350-word structured abstracts, 12-30 references; 13-19 KB each, as real
naltrexone records are). The baseline is what a plain script would do: Bio.Entrez.read the file, then
sqlite-utils insert_all one row a record (PMID, title, abstract, journal, year, authors, MeSH, publication
types), no tagging. Targets: `ldn-lit import` (parse + tag + store) in at most half the baseline's time,
`ldn-lit retag` in at most a quarter. Each figure is the best of three fresh processes: wall time, and CPU
time of the process and its tagging workers (a pool lowers the first, never the second). ldn-lit runs with
--jobs 1 (one process) and with its default (a worker per core), its rule cache filled by the first run (as a user's is
after the first command that tags); one import more runs with it empty.

    python benchmarks/import_speed.py [N] [--split]

--split: instead, the CPU of the ldn-lit process and of its tagging workers apart (import, retag, and retag after
a tagger-version change, 2 workers, best of 3 each), run in this process: with two cores every process shares them,
so the sum is what bounds the wall time, and the ldn-lit process's own share is what the workers wait on.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import write_pubmed_xml  # noqa: E402

BASELINE = r"""
import json, sys, time
import sqlite_utils
from Bio import Entrez
path, db = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
with open(path, "rb") as f:
    records = Entrez.read(f, validate=False)["PubmedArticle"]

def row(r):
    c = r["MedlineCitation"]; a = c["Article"]
    abstract = " ".join(str(t) for t in a.get("Abstract", {}).get("AbstractText", []))
    return {"pmid": str(c["PMID"]), "title": str(a["ArticleTitle"]), "abstract": abstract,
            "journal": str(a["Journal"]["Title"]), "year": str(a["Journal"]["JournalIssue"]["PubDate"].get("Year")),
            "authors": json.dumps([f'{x.get("LastName", "")} {x.get("Initials", "")}'
                                   for x in a.get("AuthorList", [])]),
            "mesh": json.dumps([str(m["DescriptorName"]) for m in c.get("MeshHeadingList", [])]),
            "publication_types": json.dumps([str(p) for p in a.get("PublicationTypeList", [])])}

sqlite_utils.Database(db)["articles"].insert_all((row(r) for r in records), pk="pmid", batch_size=500)
print(json.dumps({"n": len(records), "secs": time.perf_counter() - t0}))
"""


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd: list[str]) -> tuple[float, float]:
    """(wall, CPU) of a command, its workers included."""
    c0, t0 = children_cpu(), time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode:
        sys.exit(f"{' '.join(cmd[3:])} failed: {p.stderr.strip().splitlines()[-1:]}")
    return time.perf_counter() - t0, children_cpu() - c0


def best(f, times: int = 3) -> tuple[float, float]:
    return min(f() for _ in range(times))


def split(xml: Path, tmp: Path) -> None:
    """CPU of this process and of the tagging workers apart, for import, retag and retag after a version change."""
    from ldn_lit.config import load_config
    from ldn_lit.ingest import import_file
    from ldn_lit.retag import retag_all
    from ldn_lit.store import Store

    config = load_config(None)
    rows: dict[str, list[tuple[float, float, float]]] = {}
    for i in range(3):
        with Store(tmp / f"split{i}.db") as store:
            for what in ("import", "retag", "retag, all tags stale"):
                if what.startswith("retag, all"):
                    store.db.execute("update tags set tagger_version = '0'")
                    store.db.conn.commit()
                wall, cpu, kids = time.perf_counter(), time.process_time(), children_cpu()
                if what == "import":
                    import_file(store, config, xml, jobs=2)
                else:
                    retag_all(store, config, jobs=2)
                rows.setdefault(what, []).append((time.perf_counter() - wall, time.process_time() - cpu,
                                                  children_cpu() - kids))
    print(f"{'2 workers, best of 3':<28}{'wall s':>8}{'main CPU s':>15}{'workers CPU s':>15}")
    for what, runs in rows.items():
        wall, own, workers = (min(r[k] for r in runs) for k in range(3))
        print(f"{what:<28}{wall:>8.2f}{own:>15.2f}{workers:>15.2f}")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 10_000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        # the rule cache (ldn_lit/tagging/rule_cache.py) of these runs: empty for the first, then filled, as a user's is
        # after the first command that tags; one run below starts with it empty
        os.environ["LDN_LIT_CACHE_DIR"] = str(tmp / "rules")
        xml = write_pubmed_xml(tmp / "corpus.xml", n, real_shaped=True)
        print(f"corpus: {n} real-shaped synthetic records, {xml.stat().st_size / 2**20:.0f} MiB "
              f"({xml.stat().st_size / n / 1024:.1f} KB a record)")
        if "--split" in sys.argv:
            return split(xml, tmp)

        def fresh(name: str) -> Path:
            for suffix in ("", "-wal", "-shm"):
                (tmp / f"{name}{suffix}").unlink(missing_ok=True)
            return tmp / name

        def baseline() -> tuple[float, float]:
            c0 = children_cpu()
            out = subprocess.run([sys.executable, "-c", BASELINE, str(xml), str(fresh("base.db"))],
                                 check=True, capture_output=True, text=True)
            r = json.loads(out.stdout)
            assert r["n"] == n, r
            return r["secs"], children_cpu() - c0

        base = best(baseline)
        rows = [("Bio.Entrez.read + sqlite-utils insert (baseline)", base)]
        for jobs in ("1", None):
            opt = ["--jobs", jobs] if jobs else []
            imp = best(lambda opt=opt: run(["ldn-lit", "-q", "--db", str(fresh("ldn.db")), "import", str(xml), *opt]))
            retag = best(lambda opt=opt: run(["ldn-lit", "-q", "--db", str(tmp / "ldn.db"), "retag", *opt]))
            how = f"--jobs {jobs}" if jobs else "default jobs"
            rows += [(f"ldn-lit import, {how}", imp), (f"ldn-lit retag, {how}", retag)]
        shutil.rmtree(tmp / "rules")
        rows.append(("ldn-lit import, default jobs, rule cache empty",
                     run(["ldn-lit", "-q", "--db", str(fresh("ldn.db")), "import", str(xml)])))
        print(f"{'what':<48}{'wall s':>8}{'records/s':>11}{'x baseline':>12}{'CPU s':>8}")
        for label, (wall, cpu) in rows:
            print(f"{label:<48}{wall:>8.2f}{n / wall:>11,.0f}{wall / base[0]:>12.2f}{cpu:>8.2f}")
        imp, retag = rows[3][1][0], rows[4][1][0]
        verdict = "met" if imp <= base[0] / 2 else "NOT met"
        print(f"import (default jobs): {imp / base[0]:.2f}x the baseline's wall time (target <= 0.5): {verdict}")
        print(f"retag: {retag / base[0]:.2f}x (target <= 0.25): {'met' if retag <= base[0] / 4 else 'NOT met'}")


if __name__ == "__main__":
    main()
