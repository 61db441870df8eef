"""Sidecar timings with many annotations: what the window does on its UI thread for
a save (a snapshot; the rest runs on a worker thread), the first save of annotations
never saved before (as after a large import: nothing is cached yet), a later save
(serialise, write, fsync, rename), load (parse and validate against the schema; or,
for a file this app wrote, parse and the cheap checks only), merge, and the file's size.

    python benchmarks/bench_sidecar.py [--annotations 10000] [--runs 7] [--skip-schema] [--cpu]

`--skip-schema` leaves out the slow full schema check of a file written elsewhere;
`--cpu` measures this process's CPU time instead of wall-clock time (steadier on a
busy machine; leaves out waiting for the disk).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.annotations import fileformat as annotations  # noqa: E402
from reader.core.annotations.fileformat import dumps, loads  # noqa: E402
from reader.core.annotations.merge import merge  # noqa: E402
from reader.core.annotations.model import Tag, make_annotation  # noqa: E402
from reader.core.annotations.store import SidecarStore  # noqa: E402
from reader.core.reading.loader import load_report  # noqa: E402


def build(count: int, folder: Path) -> SidecarStore:
    reports = [load_report(p) for p in sorted((REPO / "seeds").glob("*.txt"))]
    store = SidecarStore(folder)
    sidecar = store.load()
    sidecar.tags = [Tag(f"类别{i}/子类{j}") for i in range(10) for j in range(5)]
    for i in range(count):
        report = reports[i % len(reports)]
        text = report.document.text
        start = (i * 37) % (len(text) - 40)
        ann = make_annotation(
            report.relpath,
            report.info.fingerprint,
            text,
            start,
            start + 12 + i % 25,
            [sidecar.tags[i % 50].name, sidecar.tags[(i * 7) % 50].name],
            f"笔记 {i}：" + "内容" * (i % 20),
            "甲",
        )
        sidecar.annotations[ann.id] = ann
        sidecar.texts[report.info.fingerprint] = text
    store.save(sidecar)
    return store


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-schema", action="store_true", help="leave out the full schema check")
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process, not wall-clock time")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    folder = Path(tempfile.mkdtemp(prefix="bench-sidecar-"))
    store = build(args.annotations, folder)
    sidecar = store.load()
    raw = store.path.read_bytes()
    rows: dict[str, list[float]] = {
        "window, UI thread: snapshot to save (ms)": [],
        "window, UI thread: has the file changed on disk? (ms)": [],
        "serialise (ms)": [],
        "first save, nothing cached (as after an import) (ms)": [],
        "save: serialise + write + fsync (ms)": [],
    }
    if not args.skip_schema:
        rows["load a file written elsewhere: parse + schema (ms)"] = []
    rows |= {
        "load a file this app wrote (schema check remembered) (ms)": [],
        "merge with an edited copy (ms)": [],
    }
    other = loads(raw)
    for ann in list(other.annotations.values())[:100]:
        ann.note += " 改"
        ann.modified = "2099-01-01T00:00:00+00:00"
    for _ in range(args.runs):
        start = clock()
        sidecar.snapshot()
        rows["window, UI thread: snapshot to save (ms)"].append((clock() - start) * 1000)
        start = clock()
        store.changed_on_disk()
        rows["window, UI thread: has the file changed on disk? (ms)"].append((clock() - start) * 1000)
        start = clock()
        dumps(sidecar)
        rows["serialise (ms)"].append((clock() - start) * 1000)
        fresh = sidecar.copy()  # new objects, and the caches emptied
        for cache in ("_FRAGMENTS", "_PACKED"):
            getattr(annotations, cache, {}).clear()
        start = clock()
        store.save(fresh)
        rows["first save, nothing cached (as after an import) (ms)"].append((clock() - start) * 1000)
        start = clock()
        store.save(sidecar)
        rows["save: serialise + write + fsync (ms)"].append((clock() - start) * 1000)
        if not args.skip_schema:
            start = clock()
            loads(store.path.read_bytes())
            rows["load a file written elsewhere: parse + schema (ms)"].append((clock() - start) * 1000)
        start = clock()
        SidecarStore(folder).load()
        rows["load a file this app wrote (schema check remembered) (ms)"].append((clock() - start) * 1000)
        start = clock()
        merge(sidecar, other)
        rows["merge with an edited copy (ms)"].append((clock() - start) * 1000)
    kind = "CPU time" if args.cpu else "wall-clock time"
    print(f"annotations: {args.annotations}   file: {len(raw) / 1e6:.1f} MB   runs: {args.runs}   {kind}")
    width = max(len(k) for k in rows)
    print(f"{'figure':<{width}}  {'median':>8}  {'min':>8}  {'max':>8}")
    for name, values in rows.items():
        print(f"{name:<{width}}  {statistics.median(values):>8.1f}  {min(values):>8.1f}  {max(values):>8.1f}")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
