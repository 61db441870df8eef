"""Agreement between two coders at scale: 10,000 annotations (5,000 per coder) on
1,000 generated reports, 30 tags. Times the full table (every tag and all tags
together, from the placed annotations) and the bootstrap of its confidence intervals.
Median, min and max of several runs. Loading reports and placing annotations in their
text is the export's gathering step, measured by bench_export.py.

    python benchmarks/bench_agreement.py [--annotations 10000] [--reports 1000] [--resamples 1000] [--runs 5]
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

from reader.core.analysis.agreement import CodedReport, Coding, agreement_table, bootstrap  # noqa: E402

TAGS = [f"类别{i}/子类{j}" for i in range(6) for j in range(5)]


def generate(annotations: int, reports: int, seed: int = 1) -> list[CodedReport]:
    """Coder 甲 codes passages of 10-120 characters with one or two tags; coder 乙 codes
    most of the same passages with shifted ends and now and then another tag, plus
    passages of their own."""
    rng = random.Random(seed)
    per_coder = annotations // 2
    lengths = [rng.randint(1500, 4000) for _ in range(reports)]
    codings: list[list[Coding]] = [[] for _ in range(reports)]
    for i in range(per_coder):
        report = i % reports
        length = lengths[report]
        start = rng.randrange(0, length - 130)
        end = start + rng.randint(10, 120)
        tags = tuple(rng.sample(TAGS, rng.choice((1, 1, 1, 2))))
        codings[report].append(Coding("甲", start, end, tags))
        if rng.random() < 0.85:
            shifted = (max(0, start + rng.randint(-8, 8)), min(length, end + rng.randint(-8, 8)))
            theirs = tags if rng.random() < 0.8 else (rng.choice(TAGS),)
            codings[report].append(Coding("乙", *shifted, theirs))
        else:
            other = rng.randrange(0, length - 130)
            codings[report].append(Coding("乙", other, other + rng.randint(10, 120), (rng.choice(TAGS),)))
    return [CodedReport(f"{n:04d}.txt", lengths[n], tuple(codings[n])) for n in range(reports)]


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
    parser.add_argument("--resamples", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    reports = generate(args.annotations, args.reports)
    count = sum(len(r.codings) for r in reports)
    print(f"{count} annotations by 2 coders on {len(reports)} reports, {len(TAGS)} tags, {args.runs} runs")
    print(f"{'step':<34}{'median s':>10}{'min s':>10}{'max s':>10}{'target s':>10}")
    median, low, high, table = timed(lambda: agreement_table(reports), args.runs)
    print(f"{'full table (every tag + all tags)':<34}{median:>10.2f}{low:>10.2f}{high:>10.2f}{2:>10}")
    label = f"bootstrap, {args.resamples} resamples"
    median, low, high, _ = timed(lambda: bootstrap(table, resamples=args.resamples), args.runs)  # type: ignore[arg-type]
    print(f"{label:<34}{median:>10.2f}{low:>10.2f}{high:>10.2f}{10:>10}")
    overall = table.pairs[0].overall  # type: ignore[attr-defined]
    values = {k: round(v.value, 3) for k, v in overall.estimates.items() if v.value is not None}
    print(f"all tags: {values}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
