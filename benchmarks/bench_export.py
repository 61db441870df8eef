"""Export timings on a large library: gathering (loading and re-anchoring every
annotated report) and rendering each format, for 10,000 annotations spread over
1,000 reports of the synthetic library. Median, min and max of several runs.

    python benchmarks/bench_export.py [--annotations 10000] [--reports 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.annotations.model import Sidecar, Tag, make_annotation  # noqa: E402
from reader.core.export import Scope, collect  # noqa: E402
from reader.core.export.writers import FORMATS, render  # noqa: E402
from reader.core.library import Library  # noqa: E402


def library() -> Path:
    folder = REPO / "benchmarks" / ".cache" / "library-10000"
    if not folder.is_dir():
        from benchmarks.make_library import generate

        generate(folder, 10_000, seed=1)
    return folder


def annotated_session(annotations: int, reports: int) -> Library:
    session = Library(library(), read_only=True)  # nothing is written to the library
    sidecar = Sidecar()
    sidecar.tags = [Tag(f"类别{i}/子类{j}") for i in range(10) for j in range(5)]
    entries = [e for e in session.entries if e.size < 1_000_000][:reports]
    loaded = [session.load(e) for e in entries]
    for i in range(annotations):
        report = loaded[i % len(loaded)]
        text = report.document.text
        start = (i * 37) % max(1, len(text) - 40)
        ann = make_annotation(
            report.relpath, report.info.fingerprint, text, start, min(len(text), start + 12 + i % 25),
            [sidecar.tags[i % 50].name, sidecar.tags[(i * 7) % 50].name], f"笔记 {i}\n第二行", "甲",
        )  # fmt: skip
        sidecar.annotations[ann.id] = ann
    session.take_annotations(sidecar)
    return session


def timed(fn, runs: int) -> tuple[float, float, float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--reports", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    session = annotated_session(args.annotations, args.reports)
    print(f"{args.annotations} annotations on {args.reports} reports, {args.runs} runs")
    print(f"{'step':<22}{'median s':>10}{'min s':>10}{'max s':>10}{'size MB':>10}")
    median, low, high, export = timed(lambda: collect(session, Scope()), args.runs)
    print(f"{'gather (load+anchor)':<22}{median:>10.2f}{low:>10.2f}{high:>10.2f}{'':>10}")
    for fmt in FORMATS:
        median, low, high, data = timed(lambda f=fmt: render(export, f, session.root, "zh"), args.runs)
        size = len(data) / 1e6  # type: ignore[arg-type]
        print(f"{'render ' + fmt:<22}{median:>10.2f}{low:>10.2f}{high:>10.2f}{size:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
