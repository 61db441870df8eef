"""Text reuse: precision and recall on a library with planted shared passages, and
time on the 10,000-report library.

    python benchmarks/bench_reuse.py [--reports 2000] [--groups 400] [--seed 1]
                                     [--library DIR] [--runs 3] [--skip-timing]

**Planted library.** Reports are made of the seeds' clauses (split at ，。；、：！？) in
random order, so two reports share no passage by chance but use the genre's stock
phrases as real ones do. Each planted group is a passage of 50-400 characters (also
clauses in random order) copied into 2-4 reports, each copy with its own 1 to
length/50 character edits (a character replaced, inserted or deleted), as its own
paragraph or inside one. Every two reports of a group are a planted pair. A planted
pair is found when some detected passage has occurrences in both reports that each
cover at least half of the planted copy; a detected pair (two occurrences of one
passage in two reports) is right when each occurrence lies at least half inside the
planted copy of one group in that report. The same is measured for `align()` on
every planted pair and as many report pairs with nothing planted.

**Timing.** The 10,000-report library of `make_library.py` (built under
`benchmarks/.cache/` if missing): reading and cleaning the files (what the library
index caches), computing the signatures (what a cache would keep), finding the shared
passages from texts and signatures, the similar reports of one report, and the
alignment of two reports. Medians of `--runs` runs, with min and max.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.analysis.reuse import ReuseLibrary, SharedPassage, align, signature  # noqa: E402
from reader.core.index.scan import scan_library  # noqa: E402
from reader.core.reading.dates import ReportDate  # noqa: E402
from reader.core.reading.loader import load_report  # noqa: E402

LIBRARY = REPO / "benchmarks" / ".cache" / "library-10000"


def seed_clauses() -> list[str]:
    clauses = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        for paragraph in load_report(path).document.paragraphs:
            found = re.findall(r"[^，。；、：！？]+[，。；、：！？]?", paragraph)
            clauses.extend(c for c in found if 2 <= len(c) < 40)
    return clauses


@dataclass
class Planted:
    reports: list[int]
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)


def clause_text(rng: random.Random, clauses: list[str], length: int, used: set[tuple[str, str]]) -> str:
    """Clauses in random order; a clause is never followed twice by a clause starting
    with the same six characters, so no report shares 50 characters with another by
    chance (every clause is shorter than 40)."""
    out = [rng.choice(clauses)]
    size = len(out[0])
    while size < length:
        for _ in range(50):
            clause = rng.choice(clauses)
            if (out[-1], clause[:6]) not in used:
                break
        used.add((out[-1], clause[:6]))
        out.append(clause)
        size += len(clause)
    return "".join(out)[:length]


def edit(rng: random.Random, text: str, alphabet: str) -> str:
    for _ in range(rng.randint(1, max(1, len(text) // 50))):
        at = rng.randrange(len(text))
        kind = rng.choice(["replace", "insert", "delete"])
        if kind == "replace":
            text = text[:at] + rng.choice(alphabet) + text[at + 1 :]
        elif kind == "insert":
            text = text[:at] + rng.choice(alphabet) + text[at:]
        else:
            text = text[:at] + text[at + 1 :]
    return text


def planted_library(
    reports: int, groups: int, seed: int
) -> tuple[list[str], list[ReportDate], list[Planted]]:
    """Texts, dates and planted groups (see the module doc)."""
    rng = random.Random(seed)
    clauses = seed_clauses()
    alphabet = "".join(sorted(set("".join(clauses))))
    used: set[tuple[str, str]] = set()
    bodies: list[list[list[tuple[str, int | None]]]] = []  # report -> paragraphs -> pieces
    for _ in range(reports):
        paragraphs = []
        for _ in range(rng.randint(4, 12)):
            text = clause_text(rng, clauses, rng.randint(60, 300), used).rstrip("，、；：") + "。"
            paragraphs.append([(text, None)])
        bodies.append(paragraphs)
    planted = []
    for g in range(groups):
        passage = clause_text(rng, clauses, rng.randint(50, 400), used)
        group = Planted(rng.sample(range(reports), rng.randint(2, 4)))
        for r in group.reports:
            copy = edit(rng, passage, alphabet)
            paragraphs = bodies[r]
            if rng.random() < 0.5:
                paragraphs.insert(rng.randrange(len(paragraphs) + 1), [(copy, g)])
            else:
                target = paragraphs[rng.randrange(len(paragraphs))]
                target.insert(rng.randrange(len(target) + 1), (copy, g))
        planted.append(group)
    texts = []
    for r, paragraphs in enumerate(bodies):
        parts, offset = [], 0
        for p_index, pieces in enumerate(paragraphs):
            if p_index:
                offset += 1
            for text, g in pieces:
                if g is not None:
                    planted[g].spans[r] = (offset, offset + len(text))
                parts.append(text)
                offset += len(text)
            parts.append("\n")
        texts.append("".join(parts)[:-1])
    dates = [
        ReportDate(rng.randint(2019, 2021), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(reports)
    ]
    return texts, dates, planted


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(
    planted: list[Planted], detected: dict[tuple[int, int], list[tuple[tuple[int, int], tuple[int, int]]]]
):
    truth: dict[tuple[int, int], list[tuple[tuple[int, int], tuple[int, int]]]] = defaultdict(list)
    for group in planted:
        for i, a in enumerate(group.reports):
            for b in group.reports[i + 1 :]:
                x, y = min(a, b), max(a, b)
                truth[(x, y)].append((group.spans[x], group.spans[y]))
    found = sum(
        any(
            overlap(dx, px) * 2 >= px[1] - px[0] and overlap(dy, py) * 2 >= py[1] - py[0]
            for dx, dy in detected.get(pair, [])
        )
        for pair, spans in truth.items()
        for px, py in spans
    )
    planted_pairs = sum(len(v) for v in truth.values())
    right = sum(
        any(
            overlap(dx, px) * 2 >= dx[1] - dx[0] and overlap(dy, py) * 2 >= dy[1] - dy[0]
            for px, py in truth.get(pair, [])
        )
        for pair, spans in detected.items()
        for dx, dy in spans
    )
    detected_pairs = sum(len(v) for v in detected.values())
    return found, planted_pairs, right, detected_pairs


def library_pairs(
    library: ReuseLibrary,
) -> dict[tuple[int, int], list[tuple[tuple[int, int], tuple[int, int]]]]:
    pairs: dict[tuple[int, int], list] = defaultdict(list)
    for passage in library.passages():
        occ = sorted(passage.occurrences, key=lambda o: int(o.report))
        for i, a in enumerate(occ):
            for b in occ[i + 1 :]:
                if a.report != b.report:
                    pairs[(int(a.report), int(b.report))].append(((a.start, a.end), (b.start, b.end)))
    return pairs


def measure_planted(args: argparse.Namespace) -> None:
    texts, dates, planted = planted_library(args.reports, args.groups, args.seed)
    library = ReuseLibrary()
    for i, (text, date) in enumerate(zip(texts, dates, strict=True)):
        library.add(str(i), text, date)
    started = time.perf_counter()
    library.passages()
    elapsed = time.perf_counter() - started
    found, planted_pairs, right, detected_pairs = score(planted, library_pairs(library))
    chars = sum(len(t) for t in texts)
    print(f"planted library: {args.reports} reports, {chars:,} characters, {args.groups} passages planted")
    head = ("method", "planted", "found", "recall", "detected", "right", "precision")
    print("{:<22} {:>8} {:>6} {:>7} {:>9} {:>6} {:>10}".format(*head))
    print(
        f"{'library passages':<22} {planted_pairs:>8} {found:>6} {found / planted_pairs:>7.3f} "
        f"{detected_pairs:>9} {right:>6} {right / max(1, detected_pairs):>10.3f}   ({elapsed:.1f} s)"
    )
    rng = random.Random(args.seed + 1)
    pairs = {
        (min(a, b), max(a, b)) for g in planted for i, a in enumerate(g.reports) for b in g.reports[i + 1 :]
    }
    carriers = defaultdict(set)
    for g in planted:
        for r in g.reports:
            carriers[r].add(id(g))
    negatives = set()
    while len(negatives) < len(pairs):
        a, b = rng.sample(range(args.reports), 2)
        if not carriers[a] & carriers[b]:
            negatives.add((min(a, b), max(a, b)))
    detected: dict[tuple[int, int], list] = defaultdict(list)
    for a, b in sorted(pairs | negatives):
        for p in align(texts[a], texts[b]).passages:
            detected[(a, b)].append(((p.a_start, p.a_end), (p.b_start, p.b_end)))
    found, planted_pairs, right, detected_pairs = score(planted, detected)
    print(
        f"{'align(), pair by pair':<22} {planted_pairs:>8} {found:>6} {found / planted_pairs:>7.3f} "
        f"{detected_pairs:>9} {right:>6} {right / max(1, detected_pairs):>10.3f}   "
        f"({len(pairs)} planted pairs, {len(negatives)} pairs with nothing planted)"
    )


CPU: list[float] = []  # CPU seconds of the last `timed` runs (the machine may be shared)


def timed(runs: int, work):
    times, result = [], None
    CPU.clear()
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - started)
        CPU.append(time.process_time() - cpu)
    return statistics.median(times), min(times), max(times), result


def measure_library(args: argparse.Namespace) -> None:
    root = Path(args.library)
    if not root.exists():
        from benchmarks.make_library import generate

        generate(root, 10_000, 1)
    print(f"\nuptime: {os.popen('uptime').read().strip()}")

    def row(label: str, med: float, lo: float, hi: float) -> None:
        print(f"{label:<44} {med:>9.2f} {lo:>9.2f} {hi:>9.2f} {statistics.median(CPU):>9.2f}")

    print(f"{'step (10,000-report library)':<44} {'median s':>9} {'min':>9} {'max':>9} {'CPU s':>9}")
    cache = REPO / "benchmarks" / ".cache" / f"reuse-texts-{root.name}.json.gz"
    if cache.exists():
        reports = [
            (k, t, ReportDate(*d) if d else None)
            for k, t, d in json.loads(gzip.decompress(cache.read_bytes()))
        ]
        print(f"(texts read from {cache.name}; delete it to time reading and cleaning again)")
    else:
        scan = scan_library(root)

        def load():
            return [(e.relpath, load_report(e.path, root)) for e in scan.entries]

        med, lo, hi, loaded = timed(1, load)
        row(f"read and clean {len(loaded)} reports (1 run)", med, lo, hi)
        reports = [(k, r.document.text, r.info.date) for k, r in loaded]
        rows = [(k, t, [d.year, d.month, d.day] if d else None) for k, t, d in reports]
        cache.write_bytes(gzip.compress(json.dumps(rows, ensure_ascii=False).encode("utf-8"), 1))
    chars = sum(len(t) for _k, t, _d in reports)
    med, lo, hi, sigs = timed(args.runs, lambda: [signature(t) for _k, t, _d in reports])
    row(f"signatures ({chars:,} characters)", med, lo, hi)

    def passages(with_signatures: bool):
        library = ReuseLibrary()
        for (key, text, date), sig in zip(reports, sigs, strict=True):
            library.add(key, text, date, sig if with_signatures else None)
        return library, library.passages()

    med, lo, hi, (library, found) = timed(args.runs, lambda: passages(False))
    row("shared passages from the texts", med, lo, hi)
    med, lo, hi, _ = timed(args.runs, lambda: passages(True))
    row("shared passages from stored signatures", med, lo, hi)
    typical = [i for i, (_k, t, _d) in enumerate(reports) if len(t) < 20_000][:2]  # not the 5 MB report
    key = reports[typical[0]][0]
    stored = json.dumps([p.as_json() for p in found], ensure_ascii=False)

    def read_back():
        cached = ReuseLibrary()
        for (name, text, date), sig in zip(reports, sigs, strict=True):
            cached.add(name, text, date, sig)
        cached.set_passages(SharedPassage.from_json(p) for p in json.loads(stored))
        return cached.similar(key)

    med, lo, hi, _ = timed(args.runs, read_back)
    row(f"stored passages read back ({len(stored) // 1024:,} KiB)", med, lo, hi)
    med, lo, hi, similar = timed(args.runs, lambda: library.similar(key))
    row("similar reports of one report", med, lo, hi)
    a, b = reports[typical[0]][1], reports[typical[1]][1]
    med, lo, hi, alignment = timed(args.runs, lambda: align(a, b))
    row("align two reports", med, lo, hi)
    carriers = sorted(len(p.occurrences) for p in found) or [0]
    print(
        f"\n{len(found)} shared passages; reports per passage: median {statistics.median(carriers)}, "
        f"max {max(carriers)}; {len(alignment.passages)} passages aligned between two reports"
    )
    if similar:
        print(f"{len(similar)} similar reports listed for {key} (largest share {similar[0].share:.2f})")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--groups", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--library", default=str(LIBRARY))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-timing", action="store_true")
    args = parser.parse_args()
    measure_planted(args)
    if not args.skip_timing:
        measure_library(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
