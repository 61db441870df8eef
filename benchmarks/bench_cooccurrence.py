"""Co-occurrence of tags at scale: 10,000 annotations on 1,000 generated reports by
two coders, 30 tags in 6 groups of 5 (a parent counts its children, so 36 rows).
Times the matrix in each mode (passages that overlap, share a paragraph, share a
report), with parent tags counting their children (the default) and with tags
exactly as named, then listing the largest cell's passages and the network's edges.
Median, min and max of several runs. Placing the annotations in their reports' text
is the export's gathering step, measured by bench_export.py.

    python benchmarks/bench_cooccurrence.py [--annotations 10000] [--reports 1000] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.analysis import OVERLAP, PARAGRAPH, REPORT, Passage, cooccurrence  # noqa: E402

TAGS = [f"类别{i}/子类{j}" for i in range(6) for j in range(5)]


def generate(annotations: int, reports: int, seed: int = 1) -> list[Passage]:
    """Passages of 10-120 characters with one to three tags, on reports of 1,500-4,000
    characters cut into paragraphs of 80-300; about a third overlap another."""
    rng = random.Random(seed)
    lengths = [rng.randint(1500, 4000) for _ in range(reports)]
    cuts = []
    for length in lengths:
        starts, at = [0], 0
        while at < length:
            at += rng.randint(80, 300)
            starts.append(at)
        cuts.append(starts)
    result = []
    for n in range(annotations):
        report = n % reports
        if result and rng.random() < 0.33 and result[-1].report == f"{report:04d}.txt":
            start = result[-1].start + rng.randint(0, 40)
        else:
            start = rng.randrange(0, lengths[report] - 130)
        end = start + rng.randint(10, 120)
        first = sum(1 for c in cuts[report] if c <= start)
        last = sum(1 for c in cuts[report] if c <= end - 1)
        tags = tuple(rng.sample(TAGS, rng.choice((1, 1, 2, 3))))
        coder = "甲" if rng.random() < 0.5 else "乙"
        result.append(Passage(f"{n:05d}", f"{report:04d}.txt", start, end, first, last, tags, coder))
    result.sort(key=lambda p: (p.report, p.start, p.end))
    return result


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
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    passages = generate(args.annotations, args.reports)
    print(f"{len(passages)} annotations on {args.reports} reports, {len(TAGS)} tags, {args.runs} runs")
    print(f"{'step':<44}{'median s':>10}{'min s':>10}{'max s':>10}{'target s':>10}")
    for mode in (OVERLAP, PARAGRAPH, REPORT):
        for children in (True, False):
            label = f"matrix, {mode}, " + ("parents count children" if children else "tags as named")
            median, low, high, matrix = timed(
                lambda m=mode, c=children: cooccurrence(passages, mode=m, include_children=c), args.runs
            )
            print(f"{label:<44}{median:>10.3f}{low:>10.3f}{high:>10.3f}{1:>10}")
        tags = matrix.tags  # type: ignore[attr-defined]
        biggest = max(
            ((a, b) for i, a in enumerate(tags) for b in tags[i + 1 :]),
            key=lambda pair: matrix.count(*pair),  # type: ignore[attr-defined]
        )
        median, low, high, cell = timed(lambda b=biggest, m=matrix: m.cell(*b), args.runs)  # type: ignore[attr-defined]
        label = f"  largest cell's {cell.count} passages"  # type: ignore[attr-defined]
        print(f"{label:<44}{median:>10.3f}{low:>10.3f}{high:>10.3f}{'':>10}")
        median, low, high, edges = timed(lambda m=matrix: m.edges(), args.runs)  # type: ignore[attr-defined]
        label = f"  network: {len(edges)} edges"  # type: ignore[arg-type]
        print(f"{label:<44}{median:>10.3f}{low:>10.3f}{high:>10.3f}{'':>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
