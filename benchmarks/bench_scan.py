"""Scan + clean throughput on a synthetic library, next to the raw time to read the
same files. Builds the library first if it is missing. Prints a table of medians
(and min/max) over several runs.

    python benchmarks/bench_scan.py [--count 10000] [--runs 5] [--library DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.make_library import generate  # noqa: E402
from reader.core.index.scan import check_library, scan_library  # noqa: E402
from reader.core.reading.loader import load_report  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def read_all(paths: list[Path]) -> None:
    for path in paths:
        with path.open("rb") as f:
            f.read()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--library", type=Path)
    args = parser.parse_args()
    library = args.library or REPO / "benchmarks" / ".cache" / f"library-{args.count}"
    if not library.is_dir():
        print(f"building {library} …", file=sys.stderr)
        generate(library, args.count, seed=1)

    entries = scan_library(library).entries
    paths = [e.path for e in entries]
    total_bytes = sum(e.size for e in entries)
    big = max(entries, key=lambda e: e.size)
    typical = [e for e in entries if e is not big]

    rows: dict[str, list[float]] = {"raw read (s)": [], "scan only (s)": [], "scan + clean (s)": []}
    per_report_ms: list[float] = []
    big_ms: list[float] = []
    for _ in range(args.runs):
        rows["raw read (s)"].append(timed(lambda: read_all(paths)))
        rows["scan only (s)"].append(timed(lambda: scan_library(library)))
        start = time.perf_counter()
        checked = check_library(library)
        rows["scan + clean (s)"].append(time.perf_counter() - start)
        assert not checked.problems, checked.problems
        sample = typical[:: max(1, len(typical) // 500)]
        times = []
        for entry in sample:
            start = time.perf_counter()
            load_report(entry.path, library)
            times.append((time.perf_counter() - start) * 1000)
        per_report_ms.append(statistics.median(times))
        big_ms.append(timed(lambda: load_report(big.path, library)) * 1000)

    mb = total_bytes / 1e6
    clean = rows["scan + clean (s)"]
    raw = rows["raw read (s)"]
    table = [
        ("reports", f"{len(entries)}", "", ""),
        ("library size (MB)", f"{mb:.1f}", "", ""),
        *[(name, *_stats(values)) for name, values in rows.items()],
        ("scan + clean (MB/s)", *_stats([mb / t for t in clean], fmt="{:.1f}", reverse=True)),
        ("raw read (MB/s)", *_stats([mb / t for t in raw], fmt="{:.0f}", reverse=True)),
        ("typical report load (ms)", *_stats(per_report_ms, fmt="{:.2f}")),
        (f"largest report load (ms, {big.size / 1e6:.1f} MB)", *_stats(big_ms, fmt="{:.0f}")),
    ]
    print(
        f"library: {library}   runs: {args.runs}   python {sys.version.split()[0]}   cpus: {os.cpu_count()}"
    )
    width = max(len(r[0]) for r in table)
    print(f"{'figure':<{width}}  {'median':>10}  {'min':>10}  {'max':>10}")
    for name, median, low, high in table:
        print(f"{name:<{width}}  {median:>10}  {low:>10}  {high:>10}")
    return 0


def _stats(values: list[float], fmt: str = "{:.3f}", reverse: bool = False) -> tuple[str, str, str]:
    low, high = (max(values), min(values)) if reverse else (min(values), max(values))
    return fmt.format(statistics.median(values)), fmt.format(low), fmt.format(high)


if __name__ == "__main__":
    sys.exit(main())
