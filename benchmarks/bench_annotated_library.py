"""Opening a library with many annotations in the window: how long the UI thread is
held. The bundled seeds get N annotations (default 10,000) in their sidecar, which is
either a file this app wrote (its schema check remembered) or one written elsewhere
(a colleague's copy brought by a sync tool: the schema is checked in full); the seeds
without annotations give the baseline.

For each, in a fresh process per run:

- window built: `MainWindow(library)` returns (the UI thread is held throughout);
- longest UI stall: the longest gap between ticks of a 10 ms timer from the window
  being shown until the annotations are shown and the window is idle;
- annotations shown: from the start of `MainWindow(library)` to idle, annotations in
  the panel and sidebar.

Median, min and max of several runs.

    python benchmarks/bench_annotated_library.py [--annotations 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.gui.main_window import MainWindow
app = QApplication(sys.argv[:1])
library = Path(sys.argv[1])
start = time.perf_counter()
window = MainWindow(library)
built = time.perf_counter() - start
window.show()
ticks = [time.perf_counter()]
timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start()
while window.busy or not window.session.annotations_loaded or not window.reader_view.layout_complete:
    app.processEvents()
    time.sleep(0.001)
shown = time.perf_counter() - start
ticks.append(time.perf_counter())
stall = max(b - a for a, b in zip(ticks, ticks[1:]))
assert len(window.session.annotations()) == int(sys.argv[2])
print(json.dumps({"built": built, "stall": stall, "shown": shown}))
"""


def make_library(folder: Path, count: int) -> Path:
    from benchmarks.bench_sidecar import build

    library = folder / "library"
    shutil.copytree(REPO / "seeds", library)
    build(count, library)
    return library


def run_child(library: Path, count: int, home: Path, foreign: bool) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var, sub in (("HOME", ""), ("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_HOME", ".config")):
        env[var] = str(home / sub)
    env["REPORT_READER_CONFIG_DIR"] = str(home / "config")
    env["REPORT_READER_DATA_DIR"] = str(home / "data")
    env["PYTHONPATH"] = str(REPO)
    if foreign:  # forget that this app wrote or checked the file
        shutil.rmtree(home / "data" / "cache" / "schema-checked", ignore_errors=True)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(library), str(count)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-annotated-"))
    home = folder / "home"
    for sub in ("", ".cache", ".config"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    os.environ["REPORT_READER_DATA_DIR"] = str(home / "data")  # the build's save is remembered there
    library = make_library(folder, args.annotations)
    bare = folder / "bare"
    shutil.copytree(REPO / "seeds", bare)
    size = (library / "reader-annotations.json").stat().st_size
    print(f"annotations: {args.annotations}   sidecar: {size / 1e6:.1f} MB   runs: {args.runs}")
    print(f"{'sidecar':<26}{'figure':<22}{'median':>10}{'min':>10}{'max':>10}")
    cases = (
        ("none (baseline)", bare, 0, False),
        ("written by this app", library, args.annotations, False),
        ("written elsewhere", library, args.annotations, True),
    )
    for label, where, count, foreign in cases:
        results = [run_child(where, count, home, foreign) for _ in range(args.runs)]
        for key, name in (
            ("built", "window built"),
            ("stall", "longest UI stall"),
            ("shown", "annotations shown"),
        ):
            values = [r[key] * 1000 for r in results]
            print(
                f"{label:<26}{name:<22}{statistics.median(values):>8.0f}ms"
                f"{min(values):>8.0f}ms{max(values):>8.0f}ms"
            )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
