"""The 10,000-report library, end to end: every target of the library issue in one
table (figure, target, median, min, max). Builds the synthetic library if missing.

- sidebar: process start to the window painted with every title in the sidebar;
- first index: cleaning, segmentation and caching every report (2 processes), cold
  cache (the cache file deleted before each run);
- second open: scan plus index from the cache plus the search corpus, to fully indexed;
- search: a set of phrase queries (1-4 characters, frequent and rare) and a set of
  regular expressions, each query timed 5 times; the row shows the median, min and
  max of the per-query medians;
- open report: click to painted for a typical report, then to its keywords
  highlighted, in the window on the indexed library;
- memory: peak resident memory of the window's process with the library open and
  indexed (from the cache), after opening reports and searching; and of the process
  that builds the index the first time (its workers reported apart).

    python benchmarks/bench_library.py [--runs 5] [--skip-first-index]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LIBRARY = REPO / "benchmarks" / ".cache" / "library-10000"
PHRASES = ["党", "党建", "主题教育", "整改落实", "骆惠宁", "专项整治", "调查研究", "民生", "扶贫",
           "生态环境", "ＡＢＣ", "不存在的词语"]  # fmt: skip
REGEXES = [r"第[一二]批", r"\d+年\d+月", r"(整改|落实)工作", r"习近平.{0,10}讲话"]

SIDEBAR_CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from reader.app import build_window
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.model.rowCount() > 0:
            titles = sum(len(window.session.entries) for _ in [0])
            print(repr(time.time()), titles, flush=True)
            QApplication.instance().exit(0)
        return False
window = build_window(sys.argv[1])
probe = FirstPaint()
window.report_list.viewport().installEventFilter(probe)
window.show()
sys.exit(QApplication.instance().exec())
"""

WINDOW_CHILD = """
import hashlib, json, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from reader.app import build_window
from reader.core.search import Query
from reader.gui.settings import AppSettings
if sys.argv[3]:  # the report the user was reading last time
    key = hashlib.sha1(str(Path(sys.argv[1]).resolve()).encode()).hexdigest()[:12]
    settings = AppSettings()
    settings.set(f"report/{key}/last", sys.argv[3])
    settings.sync()
window = build_window(sys.argv[1])
app = QApplication.instance()
view = window.reader_view
class Painted(QObject):
    count = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Painted.count += 1
        return False
painted = Painted()
view.viewport().installEventFilter(painted)
window.show()
# Driven by the event loop, as the app is: a Python loop around processEvents
# competes with the index thread for the interpreter and slows it several times.
start = time.perf_counter()
state = {"step": "index", "clicks": [], "keywords": [], "queue": [], "searches": ["主题教育", "党", "骆惠宁"]}
def step():
    now = time.perf_counter()
    if state["step"] == "index":
        if window.session.library_index is not None and not window.busy:
            state["indexed"] = now - start
            entries = [e for e in window.session.entries if e.size < 100_000]
            state["queue"] = entries[100:100 + int(sys.argv[2])]
            state["step"] = "next"
    elif state["step"] == "next":
        if not state["queue"]:
            state["step"] = "search"
            return
        entry = state["queue"].pop(0)
        Painted.count = 0
        state["t"], state["entry"], state["step"] = time.perf_counter(), entry, "paint"
        window.open_entry(entry)
    elif state["step"] == "paint":
        if view.report is not None and view.report.relpath == state["entry"].relpath and Painted.count:
            state["clicks"].append((now - state["t"]) * 1000)
            state["step"] = "keywords"
    elif state["step"] == "keywords":
        if not window.busy:
            state["keywords"].append((now - state["t"]) * 1000)
            state["step"] = "next"
    elif state["step"] == "search":
        if not window.busy:
            if not state["searches"]:
                app.quit()
                return
            window.search_library(Query(state["searches"].pop(0)))
timer = QTimer()
timer.timeout.connect(step)
timer.start(1)
app.exec()
print(json.dumps({"indexed": state["indexed"], "clicks": state["clicks"], "keywords": state["keywords"],
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
"""


def library() -> Path:
    if not LIBRARY.is_dir():
        from benchmarks.make_library import generate

        generate(LIBRARY, 10_000, seed=1)
    return LIBRARY


def child_env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["REPORT_READER_DATA_DIR"] = str(data)
    env["REPORT_READER_CONFIG_DIR"] = str(data / "config")
    env["PYTHONPATH"] = str(REPO)
    return env


def row(name: str, target: str, values: list[float], unit: str) -> str:
    median, low, high = statistics.median(values), min(values), max(values)
    fmt = "{:.0f}" if unit == "ms" or unit == "MB" else "{:.2f}"
    cells = [fmt.format(v) + f" {unit}" for v in (median, low, high)]
    return f"| {name} | {target} | {' | '.join(cells)} |"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-first-index", action="store_true", help="reuse the cache (quicker)")
    args = parser.parse_args()
    root = library()
    data = Path(tempfile.mkdtemp(prefix="bench-library-"))
    os.environ["REPORT_READER_DATA_DIR"] = str(data)
    from reader.core.library import scan_library
    from reader.core.library_index import build_index, cache_file
    from reader.core.search import REGEX, Query, SearchCorpus, search

    rows = []
    # first indexing, cold cache, in this process (workers are child processes)
    first: list[float] = []
    runs = 1 if args.skip_first_index else args.runs
    for _ in range(runs):
        for suffix in ("", "-wal", "-shm"):
            Path(str(cache_file(root)) + suffix).unlink(missing_ok=True)
        start = time.perf_counter()
        index = build_index(root, scan_library(root).entries, workers=2)
        first.append(time.perf_counter() - start)
    first_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows.append(row("first full indexing (2 processes, cold cache)", "≤ 20 s", first, "s"))

    second = []
    for _ in range(args.runs):
        start = time.perf_counter()
        index = build_index(root, scan_library(root).entries, workers=2)
        corpus = SearchCorpus(index)
        second.append(time.perf_counter() - start)
    rows.append(row("second open, scan + cache to fully indexed", "≤ 2 s", second, "s"))

    def per_query(queries: list[Query]) -> list[float]:
        medians = []
        for query in queries:
            times = []
            for _ in range(5):
                start = time.perf_counter()
                search(index, query, corpus=corpus)
                times.append((time.perf_counter() - start) * 1000)
            medians.append(statistics.median(times))
        return medians

    rows.append(
        row(
            f"library search, {len(PHRASES)} phrases", "≤ 50 ms", per_query([Query(q) for q in PHRASES]), "ms"
        )
    )
    rows.append(row(f"library search, {len(REGEXES)} regular expressions", "≤ 200 ms",
                    per_query([Query(q, REGEX) for q in REGEXES]), "ms"))  # fmt: skip

    sidebar = []
    for _ in range(args.runs):
        start = time.time()
        result = subprocess.run([sys.executable, "-c", SIDEBAR_CHILD, str(root)], capture_output=True,
                                text=True, env=child_env(data), cwd=REPO, check=True)  # fmt: skip
        painted = float(result.stdout.split()[0])
        sidebar.append(painted - start)
    rows.append(row("sidebar with all titles, from process start", "≤ 1 s", sidebar, "s"))

    def window_run(last: str) -> dict:
        command = [sys.executable, "-c", WINDOW_CHILD, str(root), str(args.runs), last]
        env = child_env(data)
        env["REPORT_READER_CONFIG_DIR"] = tempfile.mkdtemp(prefix="config-", dir=data)  # fresh settings
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, check=True)
        return json.loads(result.stdout.strip().splitlines()[-1])

    typical = next(e.relpath for e in scan_library(root).entries if e.size < 100_000)
    window = window_run(typical)  # the user was last reading a typical report
    big = window_run("")  # a new user: the first report is the ~5 MB one at the top
    rows.append(row("open a typical report: click to painted", "≤ 50 ms", window["clicks"], "ms"))
    rows.append(row("open a typical report: click to keywords shown", "—", window["keywords"], "ms"))
    memory = [window["maxrss_mb"]]
    rows.append(row("peak memory, window with the library open and indexed", "≤ 600 MB", memory, "MB"))
    rows.append(row("  the same, the 5.2 MB report opened first", "—", [big["maxrss_mb"]], "MB"))
    rows.append(row("peak memory, first indexing (main process)", "—", [first_rss], "MB"))
    rows.append(row("peak memory, first indexing (largest worker)", "—", [workers_rss], "MB"))

    print(f"library: {root} ({len(index.reports)} reports); runs: {args.runs}; window to indexed "
          f"(cache warm): {window['indexed']:.2f} s from a typical report, {big['indexed']:.2f} s "
          f"while laying out the 5.2 MB report")  # fmt: skip
    print("| figure | target | median | min | max |")
    print("| --- | --- | --- | --- | --- |")
    for line in rows:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
