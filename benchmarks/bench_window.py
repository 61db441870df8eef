"""Window timings: process start to the first painted window (the app on the bundled
seeds, next to a bare PySide6 window in the same run), and click to painted for a
typical and a ~5 MB report. Median, min and max of several runs.

    python benchmarks/bench_window.py [--runs 7]

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless DISPLAY is set and --display is given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# A child process prints the wall-clock time of its first paint of the given widget.
PAINT_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(repr(time.time()), flush=True)
            QApplication.instance().exit(0)
        return False
"""
APP_CHILD = (
    PAINT_PROBE
    + """
from reader.app import build_window
window = build_window()
probe = FirstPaint()
window.reader_view.viewport().installEventFilter(probe)
window.show()
sys.exit(QApplication.instance().exec())
"""
)
BARE_CHILD = (
    PAINT_PROBE
    + """
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("主题教育")
window.setCentralWidget(label)
probe = FirstPaint()
label.installEventFilter(probe)
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""
)


def start_to_paint(code: str, env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, check=True
    )
    painted = float(result.stdout.strip().splitlines()[-1])
    return (painted - start) * 1000


def click_to_paint(runs: int, big_report: Path) -> dict[str, list[float]]:
    """In one process: open reports as a click does, until their text is painted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from reader.app import build_window

    library = Path(tempfile.mkdtemp(prefix="bench-window-"))
    for seed in (REPO / "seeds").glob("*.txt"):
        shutil.copy(seed, library)
    shutil.copy(big_report, library / "特大报告.txt")
    window = build_window(library)
    app = QApplication.instance()
    view = window.reader_view

    class Painted(QObject):
        count = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                Painted.count += 1
            return False

    painted_filter = Painted()  # kept referenced: a collected filter is silently removed
    view.viewport().installEventFilter(painted_filter)
    window.show()

    def pump(done) -> None:
        deadline = time.perf_counter() + 120
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not finish within 120 s")
            app.processEvents()

    def settle() -> None:
        pump(lambda: not window.busy and view.layout_complete)

    settle()
    entries = {e.path.name: e for e in window.session.entries}
    typical = entries["001_964562f518f6e3ff.txt"]
    big = entries["特大报告.txt"]
    other = entries["002_6d946ca4620bde1b.txt"]
    figures: dict[str, list[float]] = {
        k: [] for k in ("typical", "typical+keywords", "big", "big laid out", "big+keywords")
    }
    for _ in range(runs):
        for entry, name in ((typical, "typical"), (big, "big")):
            window.open_entry(other)
            settle()
            Painted.count = 0
            start = time.perf_counter()
            window.open_entry(entry)
            pump(
                lambda e=entry: view.report is not None and view.report.relpath == e.relpath and Painted.count
            )
            figures[name].append((time.perf_counter() - start) * 1000)
            if name == "big":
                pump(lambda: view.layout_complete)
                figures["big laid out"].append((time.perf_counter() - start) * 1000)
            pump(lambda: not window.busy)
            figures[f"{name}+keywords"].append((time.perf_counter() - start) * 1000)
    window.close()
    shutil.rmtree(library, ignore_errors=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--display", action="store_true", help="use $DISPLAY instead of offscreen")
    args = parser.parse_args()
    config = Path(tempfile.mkdtemp(prefix="bench-config-"))
    env = {**os.environ, "REPORT_READER_CONFIG_DIR": str(config), "PYTHONPATH": str(REPO)}
    if not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["REPORT_READER_CONFIG_DIR"] = str(config)

    big = REPO / "benchmarks" / ".cache" / "library-10000" / "特大报告.txt"
    if not big.exists():
        from benchmarks.make_library import generate

        generate(big.parent, 10_000, seed=1)

    bare = [start_to_paint(BARE_CHILD, env) for _ in range(args.runs)]
    app = [start_to_paint(APP_CHILD, env) for _ in range(args.runs)]
    clicks = click_to_paint(args.runs, big)

    rows = [
        ("process start → first paint, bare PySide6 window (ms)", bare),
        ("process start → first paint, Report Reader on seeds (ms)", app),
        ("click → painted, typical report (ms)", clicks["typical"]),
        ("click → keywords highlighted, typical report (ms)", clicks["typical+keywords"]),
        (f"click → painted, {big.stat().st_size / 1e6:.1f} MB report (ms)", clicks["big"]),
        ("click → fully laid out, 5 MB report (ms)", clicks["big laid out"]),
        ("click → keywords highlighted, 5 MB report (ms)", clicks["big+keywords"]),
    ]
    platform = "offscreen" if not args.display else os.environ.get("DISPLAY", "")
    print(
        f"runs: {args.runs}   platform: {platform}   python {sys.version.split()[0]}   cpus: {os.cpu_count()}"
    )
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'median':>8}  {'min':>8}  {'max':>8}")
    for name, values in rows:
        print(f"{name:<{width}}  {statistics.median(values):>8.0f}  {min(values):>8.0f}  {max(values):>8.0f}")
    shutil.rmtree(config, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
