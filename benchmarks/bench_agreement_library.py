"""The agreement table of a real library, as the Agreement view and the core's
`library_agreement` build it: 1,000 generated reports on disk (make_library.py), two
coders' 10,000 annotations in its sidecar, then the whole step: get each coded report's
cleaned text, place its annotations in it, build the table (every tag and all tags).
Timed twice: reading and cleaning every report (a fresh session, as the command line
without an index) and taking the texts from the library index (as the window once the
library is read). bench_agreement.py times the table alone
and the bootstrap.
Median, min and max of several runs.

    python benchmarks/bench_agreement_library.py [--reports 1000] [--annotations 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.make_library import generate  # noqa: E402
from reader.core.analysis.agreement.assemble import library_agreement  # noqa: E402
from reader.core.annotations.model import make_annotation  # noqa: E402
from reader.core.library import Library  # noqa: E402

TAGS = [f"类别{i}/子类{j}" for i in range(6) for j in range(5)]


def annotate(session: Library, annotations: int, seed: int = 1) -> None:
    """甲 codes passages of 10-120 characters; 乙 codes most of the same with shifted
    ends, now and then another tag, plus passages of their own."""
    rng = random.Random(seed)
    entries = session.entries
    texts = {}
    sidecar = session.snapshot()  # built here, then taken in as if read from the file
    for i in range(annotations // 2):
        entry = entries[i % len(entries)]
        if entry.relpath not in texts:
            report = session.load(entry)
            texts[entry.relpath] = (report.document.text, report.info.fingerprint)
            sidecar.texts[report.info.fingerprint] = report.document.text
        text, fingerprint = texts[entry.relpath]
        if len(text) < 200:
            continue
        start = rng.randrange(0, len(text) - 130)
        end = start + rng.randint(10, 120)
        tags = rng.sample(TAGS, 1)
        a = make_annotation(entry.relpath, fingerprint, text, start, end, tags, "", "甲")
        sidecar.annotations[a.id] = a
        if rng.random() < 0.8:
            s, e = max(0, start + rng.randint(-5, 5)), min(len(text), end + rng.randint(-5, 5))
            other = tags if rng.random() < 0.85 else rng.sample(TAGS, 1)
        else:
            s = rng.randrange(0, len(text) - 130)
            e, other = s + rng.randint(10, 120), rng.sample(TAGS, 1)
        b = make_annotation(entry.relpath, fingerprint, text, s, e, other, "", "乙")
        sidecar.annotations[b.id] = b
    session.take_annotations(sidecar)
    session.save()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--annotations", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library"
        generate(library, args.reports, seed=1, big=False)
        annotate(Library(library), args.annotations)
        times, indexed = [], []
        for _ in range(args.runs):
            session = Library(library)
            began = time.perf_counter()
            result = library_agreement(session)
            times.append(time.perf_counter() - began)
        session.apply_index(session.index())  # as the window has it once the library is read
        for _ in range(args.runs):
            began = time.perf_counter()
            library_agreement(session)
            indexed.append(time.perf_counter() - began)
        pair = result.table.pairs[0]
        print(
            f"{len(session.annotations())} annotations by {len(result.coders)} coders, "
            f"{len(pair.reports)} reports compared, {len(pair.rows)} tags"
        )
        print(f"{'step':<40}{'median s':>10}{'min s':>10}{'max s':>10}")
        for name, values in (("reports read and cleaned", times), ("texts from the library index", indexed)):
            print(f"{name:<40}{statistics.median(values):>10.2f}{min(values):>10.2f}{max(values):>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
