"""Compare Coders' Next past the last disagreement of a report (F8): the search for the
nearest report with a disagreement (reader.core.analysis.agreement.navigate), in its
worst case. 1,000 generated reports on disk (make_library.py), two coders who code
every report alike (10 passages each) except the last one, where they differ; the
search starts at the first report and so places every coded report's annotations
before it finds one. Timed reading and cleaning the reports (before the library is
indexed) and with the texts from the library index (as the window once the library
is read). The window runs it off the UI thread. Median, min and max of several runs.

    python benchmarks/bench_disagreement_navigation.py [--reports 1000] [--runs 5]
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
from reader.core.analysis.agreement.navigate import nearest_disagreement  # noqa: E402
from reader.core.annotations.model import make_annotation  # noqa: E402
from reader.core.library import Library  # noqa: E402


def annotate(session: Library, per_report: int = 10, seed: int = 1) -> None:
    """甲 and 乙 code the same passages in every report, but 乙 codes one more in the last."""
    rng = random.Random(seed)
    sidecar = session.snapshot()
    entries = session.entries
    for n, entry in enumerate(entries):
        report = session.load(entry)
        text, fingerprint = report.document.text, report.info.fingerprint
        if len(text) < 200:
            continue
        sidecar.texts[fingerprint] = text
        for _ in range(per_report):
            start = rng.randrange(0, len(text) - 130)
            end = start + rng.randint(10, 120)
            for coder in ("甲", "乙"):
                a = make_annotation(entry.relpath, fingerprint, text, start, end, ["类别"], "", coder)
                sidecar.annotations[a.id] = a
        if n == len(entries) - 1:
            a = make_annotation(entry.relpath, fingerprint, text, 0, 10, ["其他"], "", "乙")
            sidecar.annotations[a.id] = a
    session.take_annotations(sidecar)
    session.save()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library"
        generate(library, args.reports, seed=1, big=False)
        annotate(Library(library))
        rows = []
        session = Library(library)
        first = session.entries[0].relpath
        for label in ("reports read and cleaned", "texts from the library index"):
            if label.startswith("texts"):
                session.apply_index(session.index())
            times = []
            for _ in range(args.runs):
                began = time.perf_counter()
                found = nearest_disagreement(session, first, "甲", "乙")
                times.append(time.perf_counter() - began)
            assert found is not None and found.relpath == session.entries[-1].relpath
            rows.append((label, times))
        print(f"{len(session.annotations())} annotations, {len(session.entries)} reports, the last one found")
        print(f"{'step':<40}{'median s':>10}{'min s':>10}{'max s':>10}")
        for name, values in rows:
            print(f"{name:<40}{statistics.median(values):>10.2f}{min(values):>10.2f}{max(values):>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
