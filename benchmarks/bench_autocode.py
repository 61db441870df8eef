"""Auto-coding at scale: 200 term rules over the 10,000-report library, as the window
would run them: over the texts of the library index, read from the index's cache a
page of reports at a time with their folded texts. The rules hold 5 terms each, 1,000 runs of four Chinese
characters cut at random from the sample reports' paragraphs. The library is made of
those paragraphs recombined, so every term recurs in many reports: millions of hits,
far more than a coding dictionary finds in real reports. Times building the matcher,
then proposing on each hit, each hit's sentence and each hit's paragraph; with 20
regular expressions added;
and how soon a run stops after Cancel. Median, min and max of several runs (wall
clock), the median CPU time of the process, and the load average before and after
(the machine may be shared: CPU time says what the run itself costs).

Builds the library under benchmarks/.cache/ if missing, and its index (kept in
benchmarks/.cache/data, so later runs start at once).

    python benchmarks/bench_autocode.py [--rules 200] [--terms-per-rule 5] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LIBRARY = REPO / "benchmarks" / ".cache" / "library-10000"
DATA = REPO / "benchmarks" / ".cache" / "data"


def timed(fn, runs: int) -> tuple[float, float, float, object, float]:
    """Median, min and max wall time, the result, and the median CPU time."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), min(times), max(times), result, statistics.median(cpu)


def dictionary(rules: int, per_rule: int, seed: int = 1):
    """`rules` rules of `per_rule` terms: distinct runs of four Chinese characters cut
    at random from the sample reports' paragraphs."""
    from reader.core.analysis.autocode import Rule
    from reader.core.reading.loader import load_report

    paragraphs = [
        p for f in sorted((REPO / "seeds").glob("*.txt")) for p in load_report(f).document.paragraphs
    ]
    rng = random.Random(seed)
    terms: set[str] = set()
    while len(terms) < rules * per_rule:
        paragraph = rng.choice(paragraphs)
        if len(paragraph) > 8:
            at = rng.randrange(len(paragraph) - 4)
            term = paragraph[at : at + 4]
            if all("\u4e00" <= c <= "\u9fff" for c in term):
                terms.add(term)
    chosen = sorted(terms)
    rng.shuffle(chosen)
    return [
        Rule(f"词典/类{n // 20}/规则{n}", tuple(chosen[n * per_rule : (n + 1) * per_rule]), (), "bench.txt")
        for n in range(rules)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rules", type=int, default=200)
    parser.add_argument("--terms-per-rule", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["REPORT_READER_DATA_DIR"] = str(DATA)
    if not LIBRARY.exists():
        from benchmarks.make_library import generate

        print(f"building the library in {LIBRARY} ...", flush=True)
        generate(LIBRARY, 10_000, 1)

    from reader.core.analysis.autocode import (
        HIT,
        PARAGRAPH,
        SENTENCE,
        LibrarySources,
        Rule,
        RuleMatcher,
        propose,
    )
    from reader.core.analysis.search import SearchCorpus
    from reader.core.index.library_index import build_index
    from reader.core.index.scan import scan_library
    from reader.core.text.folding import fold1

    start = time.perf_counter()
    index = build_index(LIBRARY, scan_library(LIBRARY).entries, workers=2)
    assert index is not None
    print(f"library index ready in {time.perf_counter() - start:.1f} s (cached in {DATA})", flush=True)
    rules = dictionary(args.rules, args.terms_per_rule)
    corpus = SearchCorpus(index)
    sources = LibrarySources(corpus)
    characters = sum(len(r.text or "") for r in corpus.reports)
    terms = sum(len(r.terms) for r in rules)
    print(f"{len(sources)} reports, {characters:,} characters; {len(rules)} rules, {terms} terms")
    counting = RuleMatcher(rules)
    hits = sum(
        len(counting.hits(source[3] if len(source) > 3 else fold1(source[2]))[0]) for source in sources
    )
    print(f"{hits:,} hits of the terms")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{'step':<52}{'median s':>10}{'min s':>10}{'max s':>10}{'cpu s':>8}{'target s':>10}{'proposals':>11}"
    )

    def row(label: str, figures, target="", proposals="") -> None:
        median, low, high = figures[:3]
        cpu = f"{figures[4]:.2f}" if len(figures) > 4 else ""
        proposals = f"{proposals:,}" if isinstance(proposals, int) else proposals
        print(
            f"{label:<52}{median:>10.2f}{low:>10.2f}{high:>10.2f}{cpu:>8}{target!s:>10}{proposals!s:>11}",
            flush=True,
        )

    matcher_figures = timed(lambda: RuleMatcher(rules), args.runs)
    row("build the matcher (one automaton for all terms)", matcher_figures)
    matcher = matcher_figures[3]
    for unit in (HIT, SENTENCE, PARAGRAPH):
        figures = timed(lambda u=unit: propose(sources, matcher, unit=u), args.runs)
        row(f"propose on each {unit}, over the index", figures, 60, len(figures[3].proposals))  # type: ignore[attr-defined]
    patterns = [
        Rule(f"词典/模式{n}", (), (f"{rules[n].terms[0]}.{{0,6}}{rules[n + 1].terms[0]}",)) for n in range(20)
    ]
    figures = timed(lambda: propose(sources, [*rules, *patterns], unit=SENTENCE), args.runs)
    row("propose on each sentence, + 20 regular expressions", figures, "", len(figures[3].proposals))  # type: ignore[attr-defined]

    latencies = []
    for _ in range(args.runs):
        stop = threading.Event()
        seen = []
        timer = threading.Timer(1.0, lambda s=seen, e=stop: (s.append(time.perf_counter()), e.set()))
        timer.start()
        result = propose(sources, matcher, unit=SENTENCE, cancelled=stop.is_set)
        latencies.append(time.perf_counter() - seen[0] if seen else 0.0)
        assert result.cancelled or not seen
    figures = (statistics.median(latencies), min(latencies), max(latencies))
    row("Cancel: from the click to the run's end", figures)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
