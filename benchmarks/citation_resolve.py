"""How often `check` resolves a pasted reference to the right PMID, from an empty database, against the
loopback stand-in (tests/eutils_server.py) holding SYNTHETIC records with deliberately similar titles.

Issue 19's forms: "Title. Journal. Year.", a bare title, "Author A, et al. Title. Journal. Year.", and the
same with the year off by one (which must be found, with the year reported as a difference); plus a
bare title with one word misspelt, APA with volume and pages and a Harvard reference, for breadth.
Every title, author and journal here is invented (templates below); none is a real study.

    python benchmarks/citation_resolve.py [RECORDS] [REFERENCES_PER_FORM]
    python benchmarks/citation_resolve.py --offline [RECORDS]   # speed of `check --offline` over a large database

The second form imports RECORDS (default 20,000) synthetic records (benchmarks/synthetic_corpus.py) and
times 50 references in three forms against them, with no network.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from eutils_server import start  # noqa: E402
from ldn_lit import entrez  # noqa: E402
from ldn_lit.check import check  # noqa: E402
from ldn_lit.config import load_config  # noqa: E402
from ldn_lit.entrez import EntrezClient  # noqa: E402
from ldn_lit.store import Store  # noqa: E402

CONDITIONS = ["fibromyalgia", "multiple sclerosis", "Crohn's disease", "complex regional pain syndrome",
              "chronic widespread pain", "long COVID", "psoriasis", "rheumatoid arthritis", "depression",
              "irritable bowel syndrome", "diabetic neuropathy", "chronic fatigue syndrome"]
OUTCOMES = ["pain", "fatigue", "quality of life", "sleep", "disease activity", "mood", "inflammation markers",
            "relapse rate", "itch", "cognitive symptoms"]
DESIGNS = ["a pilot study", "a randomized controlled trial", "a case series", "a retrospective cohort",
           "a crossover trial", "a systematic review", "an open-label study", "a case report"]
VERBS = ["improves", "reduces", "does not change", "is associated with lower", "modulates"]
TEMPLATES = [
    "Low-dose naltrexone {verb} {outcome} in {cond}: {design}",
    "{Outcome} after low-dose naltrexone in patients with {cond}",
    "Effects of low dose naltrexone on {outcome} and {outcome2} in {cond}",
    "The uses of naltrexone in {cond}",
    "Naltrexone at low doses for {cond}-related {outcome}: {design}",
    "A synthetic look at {outcome} in {cond} treated with an opioid antagonist",
    "Opioid growth factor blockade and {outcome} in {cond}",
]
JOURNALS = [("Journal of synthetic pain research", "J Synth Pain Res"), ("Imaginary medicine", "Imag Med"),
            ("Annals of invented neurology", "Ann Invent Neurol"), ("Placeholder rheumatology", "Placeh Rheumatol"),
            ("Journal of made-up gastroenterology", "J Madeup Gastroenterol"), ("Fictional dermatology",
                                                                                "Fict Dermatol")]
SURNAMES = ["Aldersen", "Brekkevold", "Castellan", "Dimitrova", "Eskelund", "Fairbairn", "Grunewald", "Halvorsen",
            "Iwasaki", "Jovanovic", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Oyelaran", "Petrakis"]


def corpus(n: int, rng: random.Random) -> list[dict]:
    seen, out = set(), []
    while len(out) < n:
        o1, o2 = rng.sample(OUTCOMES, 2)
        title = rng.choice(TEMPLATES).format(verb=rng.choice(VERBS), outcome=o1, Outcome=o1.capitalize(),
                                             outcome2=o2, cond=rng.choice(CONDITIONS), design=rng.choice(DESIGNS))
        if title in seen:
            continue
        seen.add(title)
        journal, iso = rng.choice(JOURNALS)
        first = rng.randint(1, 900)
        out.append(dict(pmid=str(940000000 + len(out)), title=title + ".", journal=journal, journal_iso=iso,
                        year=rng.randint(1998, 2025), volume=str(rng.randint(1, 80)), issue=str(rng.randint(1, 12)),
                        pages=f"{first}-{first + rng.randint(3, 15)}",
                        authors=[(s, rng.choice("ABCDEFGHJKLMNPRS") + rng.choice(["", "A", "J", "M"]))
                                 for s in rng.sample(SURNAMES, rng.randint(1, 5))]))
    return out


def _misspell(title: str, rng: random.Random) -> str:
    """Two neighbouring letters of one longer word swapped, as a hurried typist does."""
    words = title.split()
    i = rng.choice([k for k, w in enumerate(words) if len(w) > 5])
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def forms(r: dict, rng: random.Random) -> dict[str, tuple[str, bool]]:
    """form -> (reference text, year off by one?)"""
    t, j, y, first = r["title"].rstrip("."), r["journal_iso"], r["year"], r["authors"][0]
    off = y + rng.choice([-1, 1])
    au = f"{first[0]} {first[1]}"
    apa_authors = ", ".join(f"{s}, {'. '.join(i)}." for s, i in r["authors"][:3])
    return {
        "Title. Journal. Year.": (f"{t}. {j}. {y}.", False),
        "bare title": (t, False),
        "Author A, et al. Title. Journal. Year.": (f"{au}, et al. {t}. {j}. {y}.", False),
        "Title. Journal. Year±1.": (f"{t}. {j}. {off}.", True),
        "Author A, et al. Title. Journal. Year±1.": (f"{au}, et al. {t}. {j}. {off}.", True),
        "bare title, one word misspelt": (_misspell(t, rng), False),
        "APA with volume and pages": (f"{apa_authors} ({y}). {t}. {r['journal'].title()}, {r['volume']}"
                                      f"({r['issue']}), {r['pages']}.", False),
        "Harvard, quoted title": (f"{first[0]}, {first[1]}. et al. ({y}) '{t}', {r['journal'].title()}, "
                                  f"{r['volume']}, pp. {r['pages']}.", False),
    }


def offline(n: int) -> None:
    import sqlite3

    from synthetic_corpus import write_pubmed_xml

    from ldn_lit.check import check_all
    from ldn_lit.ingest import import_file

    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    with tempfile.TemporaryDirectory() as tmp:
        xml, db = write_pubmed_xml(Path(tmp) / "c.xml", n), Path(tmp) / "c.db"
        with Store(db) as store:
            import_file(store, cfg, xml)
        rows = sqlite3.connect(db).execute("select pmid, title, journal_iso, year, volume, pages from articles "
                                           "order by pmid").fetchall()[:: max(1, n // 50)][:50]
        refs = {"Title. Journal. Year.": lambda r: f"{r[1]} {r[2]}. {r[3]}.", "bare title": lambda r: r[1],
                "Vancouver with volume and pages":
                    lambda r: f"Testperson A, et al. {r[1]} {r[2]}. {r[3]};{r[4]}:{r[5]}."}
        print(f"`check --offline` over {n:,} synthetic records, {len(rows)} references per form")
        with Store(db) as store:
            for form, make in refs.items():
                started = time.monotonic()
                got = list(check_all([make(r) for r in rows], store, cfg, None, offline=True))
                ms = 1000 * (time.monotonic() - started) / len(rows)
                right = sum(bool(g.found and g.record and g.record["pmid"] == r[0])
                            for g, r in zip(got, rows, strict=True))
                print(f"{form:35} {ms:5.0f} ms a reference, right PMID {right}/{len(rows)}")


def main() -> None:
    if sys.argv[1:2] == ["--offline"]:
        return offline(int(sys.argv[2]) if len(sys.argv) > 2 else 20_000)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    per_form = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    rng = random.Random(19)
    records = corpus(n, rng)
    state, server = start()
    for r in records:
        state.add(r["pmid"], keys=set(), edat=f"{r['year']}/01/01", **{k: v for k, v in r.items() if k != "pmid"})
        state.citations[(r["journal_iso"].lower(), str(r["year"]), r["volume"], r["pages"].split("-")[0])] = r["pmid"]
    entrez._sleep = lambda seconds: None  # the stand-in is local: no rate-limit waits
    cfg = load_config(ROOT / "ldn_lit" / "queries.toml")
    print(f"stand-in: {n} synthetic records ({len(TEMPLATES)} title templates, so many titles share most words); "
          f"{per_form} references per form, each checked from an empty database")
    got: dict[str, Counter] = {}
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        for k, target in enumerate(rng.sample(records, per_form)):
            for f, (form, (text, off)) in enumerate(forms(target, rng).items()):
                before = len(state.requests)
                with Store(Path(tmp) / f"{k}-{f}.db") as store:  # empty: nothing stored by another check
                    res = check(text, store, cfg, lambda: EntrezClient(cfg.entrez, state.url))
                ok = bool(res.found and res.record and res.record["pmid"] == target["pmid"])
                if off:
                    ok = ok and any("PubMed says" in d and str(target["year"]) in d for d in res.differences)
                c = got.setdefault(form, Counter())
                c["resolved" if ok else f"not: {res.verdict}"] += 1
                c["requests"] += len(state.requests) - before
    seconds = time.monotonic() - started
    server.shutdown()
    total = ok_all = 0
    print(f"\n{'form':45} {'resolved':>10} {'requests/ref':>13}  other outcomes")
    for form, c in got.items():
        refs = sum(v for k, v in c.items() if k != "requests")
        total, ok_all = total + refs, ok_all + c["resolved"]
        other = ", ".join(f"{k[5:]} {v}" for k, v in sorted(c.items()) if k.startswith("not: "))
        print(f"{form:45} {c['resolved']:>5}/{refs:<4} {c['requests'] / refs:>13.1f}  {other}")
    print(f"{'all':45} {ok_all:>5}/{total:<4} ({100 * ok_all / total:.1f} %), {seconds:.0f} s")


if __name__ == "__main__":
    main()
