"""The 10,000-report library, end to end: every target of the library issue in one
table, each next to its floor (the least the same work can cost on this machine,
measured in the same run) and the ratio of the two. Builds the synthetic library if
missing. Each row: figure, target, median, min, max, floor (median), ratio (median
of the per-run ratios, each figure over the floor measured next to it).

- first indexing: cleaning, segmentation, folding, the full-text index and the
  cache, cold (the cache deleted before each run), in 2 processes. Floor: loading
  the segmenter and cleaning and segmenting every file, alone, in the same pool of
  2 processes (the single-process time divided by the cores used, measured so that
  a loaded machine slows it as it slows the index); target 1.5 times the floor. A
  second row compares the CPU time of all the processes, which load hardly moves;
- second open: scan plus index from the cache to ready for search. Floor: the scan
  alone (listing and stat of every file);
- `reader search LIB 党建 --json`, warm cache, the whole command as a user runs it
  (target 0.5 s). Floor: `reader --version` (the interpreter starting). A second
  row gives the CPU time of both, which a loaded machine hardly moves;
- library search in the process (what the window runs): phrases of 1-6 characters
  and regular expressions, each query timed 5 times; the row shows the median, min
  and max of the per-query medians (target 50 ms), then the phrases' CPU time.
  Floor: counting the same query in every folded text already in memory (the old
  in-memory scan);
- sidebar with all titles, from process start (target 1 s). Floor: the interpreter
  starting, importing Qt and painting an empty list; a second row compares CPU time;
- click to painted while the library is indexed for the first time (cold cache),
  reports clicked every 0.3 s until the index is ready (target 100 ms); floor: the
  same clicks on the idle window afterwards;
- memory: peak resident memory of the window's process with the library open and
  indexed (from the cache), after opening reports and searching.

    python benchmarks/bench_library.py [--runs 3] [--index-runs N] [--skip-first-index] [--only-indexing]
        [--only-window]

Timings on a shared machine are noisy: run it several times, note the load
(printed at the start and the end), and prefer the ratios.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LIBRARY = REPO / "benchmarks" / ".cache" / "library-10000"
WORKERS = 2
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
            print(repr(time.time()), len(window.session.entries), flush=True)
            QApplication.instance().exit(0)
        return False
window = build_window(sys.argv[1])
probe = FirstPaint()
window.report_list.viewport().installEventFilter(probe)
window.show()
sys.exit(QApplication.instance().exec())
"""

EMPTY_WINDOW_CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTreeView
app = QApplication(sys.argv)
view = QTreeView()
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(repr(time.time()), flush=True)
            app.exit(0)
        return False
probe = FirstPaint()
view.viewport().installEventFilter(probe)
view.show()
sys.exit(app.exec())
"""

WINDOW_CHILD = """
import hashlib, json, os, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from reader.app import build_window
from reader.core.analysis.search import Query
from reader.gui.settings import AppSettings
root, clicks_wanted, last, busy_max = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
if last:  # the report the user was reading last time
    key = hashlib.sha1(str(Path(root).resolve()).encode()).hexdigest()[:12]
    settings = AppSettings()
    settings.set(f"report/{key}/last", last)
    settings.sync()
window = build_window(root)
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
while window.session is None:  # the folder is scanned off the UI thread
    app.processEvents()
    time.sleep(0.005)
start = time.perf_counter()
entries = [e for e in window.session.entries if e.size < 100_000]
state = {"step": "wait", "busy": [], "idle": [], "queue": entries[100:], "next": start + 1.0,
         "searches": ["主题教育", "党", "骆惠宁"]}
def indexed():
    return window.session.indexed and not window.busy
def click():
    entry = state["queue"].pop(0)
    Painted.count = 0
    state["t"], state["entry"] = time.perf_counter(), entry
    window.open_entry(entry)
def peak_mb(pid):  # a running process's peak resident memory (Linux), else 0
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (OSError, TypeError):
        return 0.0
    return next((int(l.split()[1]) / 1024 for l in status.splitlines() if l.startswith("VmHWM")), 0.0)
def report():
    engine = window.session._engine if window.session is not None else None
    print(json.dumps({"indexed": state.get("indexed"), "busy": state["busy"], "idle": state["idle"],
                      "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "segmenter_mb": peak_mb(getattr(engine, "child_pid", None))}), flush=True)
    os._exit(0)  # the indexing may still run: it is not waited for
def step():
    now = time.perf_counter()
    if state["step"] == "wait":  # clicks while the library is indexed
        if busy_max and len(state["busy"]) >= busy_max:
            report()
        if indexed():
            state["indexed"] = now - start
            state["step"], state["left"] = "idle", clicks_wanted
        elif now >= state["next"]:
            click()
            state["step"], state["into"] = "paint", "busy"
    elif state["step"] == "paint":
        if view.report is not None and view.report.relpath == state["entry"].relpath and Painted.count:
            state[state["into"]].append((now - state["t"]) * 1000)
            state["step"], state["next"] = ("wait" if state["into"] == "busy" else "idle"), now + 0.3
    elif state["step"] == "idle":  # the same clicks on the idle window
        if state["left"] and now >= state["next"]:
            state["left"] -= 1
            click()
            state["step"], state["into"] = "paint", "idle"
        elif not state["left"]:
            state["step"] = "search"
    elif state["step"] == "search":
        if not window.busy:
            if not state["searches"]:
                report()
            window.library_controller.search(Query(state["searches"].pop(0)))
timer = QTimer()
timer.timeout.connect(step)
timer.start(1)
app.exec()
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


class Rows:
    """Rows printed as they come (a long run interrupted keeps what it measured)."""

    def append(self, line: str) -> None:
        print(line, flush=True)


def fmt(value: float, unit: str) -> str:
    return (f"{value:.0f}" if unit in ("ms", "MB") else f"{value:.2f}") + f" {unit}"


def row(name: str, target: str, values: list[float], unit: str, floors: list[float] | None = None) -> str:
    cells = [fmt(v, unit) for v in (statistics.median(values), min(values), max(values))]
    if floors:
        ratios = [v / f for v, f in zip(values, floors, strict=False) if f > 0]
        cells += [fmt(statistics.median(floors), unit), f"{statistics.median(ratios):.2f}×"]
    else:
        cells += ["—", "—"]
    return f"| {name} | {target} | {' | '.join(cells)} |"


_ENGINE = None


def _floor_init() -> None:
    global _ENGINE
    from reader.core.text.keywords import KeywordEngine

    _ENGINE = KeywordEngine()
    _ENGINE.ensure_loaded()


def _floor_chunk(root: str, entries: list) -> int:
    """Cleaning and segmentation alone: what indexing cannot do without."""
    from reader.core.index.scan import load_or_problem
    from reader.core.problems import Problem

    for entry in entries:
        report = load_or_problem(entry, Path(root))
        if not isinstance(report, Problem):
            _ENGINE.term_counts(report.document.text)
    return len(entries)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def floor_indexing(root: Path, entries: list) -> tuple[float, float]:
    """Wall and CPU time of loading the segmenter and cleaning and segmenting every
    file, in the same pool of processes the index uses (so a loaded machine slows
    the floor as it slows the index)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from reader.core.index.library_index import CHUNK

    chunks = [entries[i : i + CHUNK] for i in range(0, len(entries), CHUNK)]
    cpu, start = cpu_seconds(), time.perf_counter()
    with ProcessPoolExecutor(WORKERS, get_context("spawn"), _floor_init) as pool:
        sum(pool.map(_floor_chunk, [str(root)] * len(chunks), chunks))
    return time.perf_counter() - start, cpu_seconds() - cpu


def children_cpu() -> float:
    """CPU time of this process's finished children."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def wall(command: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Wall time of a command; its CPU time appended to `cpu` when given."""
    before, start = children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    took = time.perf_counter() - start
    if cpu is not None:
        cpu.append(children_cpu() - before)
    return took


def window_rows(root: Path, entries: list, data: Path, rows: Rows) -> dict:
    """The window's rows: clicks on the idle window (warm cache), then clicks while
    the library is indexed for the first time (cold cache), and the window's memory."""
    from reader.core.index.library_index import cache_file

    def window_run(last: str, busy_max: int) -> dict:
        command = [sys.executable, "-c", WINDOW_CHILD, str(root), "10", last, str(busy_max)]
        env = child_env(data)
        env["REPORT_READER_CONFIG_DIR"] = tempfile.mkdtemp(prefix="config-", dir=data)  # fresh settings
        # Its own session: the window leaves while its indexing pool may still run, and
        # those processes, which hold its output open, go with the whole group.
        child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO,
                                 start_new_session=True)  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline()
        child.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        if not line.strip():
            raise SystemExit(f"the window exited with {child.returncode} before reporting")
        return json.loads(line)

    typical = next(e.relpath for e in entries if e.size < 100_000)
    warm = window_run(typical, 0)  # indexed from the cache: clicks on the idle window
    for old in cache_file(root).parent.glob("*"):
        old.unlink()
    cold = window_run(typical, 20)  # first open: clicks while indexing
    busy, idle = cold["busy"], warm["idle"]
    name = f"click to painted while indexing (cold cache, {len(busy)} clicks)"
    rows.append(row(name, "≤ 100 ms", busy, "ms", [statistics.median(idle)] * len(busy)))
    rows.append(row("click to painted, idle window", "≤ 50 ms", idle, "ms"))
    rows.append(row("peak memory, window with the library open and indexed", "—", [warm["maxrss_mb"]], "MB"))
    rows.append(row("peak memory, the window's segmenter process (jieba)", "—", [warm["segmenter_mb"]], "MB"))
    rows.append(row("peak memory, window indexing the library (cold)", "—", [cold["maxrss_mb"]], "MB"))
    return warm


def sidebar_rows(root: Path, env: dict[str, str], runs: int, rows: Rows) -> None:
    """The sidebar with all titles, from process start (warm index cache), next to an
    empty list painted by a bare Qt process."""
    sidebar, empty, sidebar_cpu, empty_cpu = [], [], [], []
    for _ in range(runs):
        start, cpu = time.time(), children_cpu()
        result = subprocess.run([sys.executable, "-c", EMPTY_WINDOW_CHILD], capture_output=True, text=True,
                                env=env, cwd=REPO, check=True)  # fmt: skip
        empty.append(float(result.stdout.split()[0]) - start)
        empty_cpu.append(children_cpu() - cpu)
        start, cpu = time.time(), children_cpu()
        result = subprocess.run([sys.executable, "-c", SIDEBAR_CHILD, str(root)], capture_output=True,
                                text=True, env=env, cwd=REPO, check=True)  # fmt: skip
        sidebar.append(float(result.stdout.split()[0]) - start)
        sidebar_cpu.append(children_cpu() - cpu)
    rows.append(row("sidebar with all titles, from process start", "≤ 1 s", sidebar, "s", empty))
    rows.append(row("  the same, CPU time of the process", "—", sidebar_cpu, "s", empty_cpu))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--index-runs", type=int, help="runs of the first indexing (default: --runs)")
    parser.add_argument("--skip-first-index", action="store_true", help="one cold indexing, no floor")
    parser.add_argument("--only-indexing", action="store_true", help="the first-indexing rows only")
    parser.add_argument("--only-window", action="store_true",
                        help="the window's rows only (sidebar, clicks, memory)")  # fmt: skip
    args = parser.parse_args()
    print("load before:", os.getloadavg())
    print("| figure | target | median | min | max | floor | ratio |")
    print("| --- | --- | --- | --- | --- | --- | --- |", flush=True)
    root = library()
    compileall.compile_dir(REPO / "reader", quiet=1)  # as pip does at install: no compiling at start
    data = Path(tempfile.mkdtemp(prefix="bench-library-"))
    os.environ["REPORT_READER_DATA_DIR"] = str(data)
    from reader.core.analysis.search import REGEX, Query, SearchCorpus, search
    from reader.core.index.library_index import build_index, cache_file
    from reader.core.index.scan import scan_library
    from reader.core.text.folding import fold1

    rows = Rows()
    entries = scan_library(root).entries
    first: list[float] = []
    first_floor: list[float] = []
    first_cpu: list[float] = []
    floor_cpu: list[float] = []
    index_runs = args.runs if args.index_runs is None else args.index_runs
    for _ in range(1 if args.skip_first_index else index_runs):
        if not args.skip_first_index:
            took, cpu = floor_indexing(root, entries)
            first_floor.append(took)
            floor_cpu.append(cpu)
        for old in cache_file(root).parent.glob("*"):
            old.unlink()
        cpu, start = cpu_seconds(), time.perf_counter()
        index = build_index(root, scan_library(root).entries, workers=WORKERS)
        first.append(time.perf_counter() - start)
        first_cpu.append(cpu_seconds() - cpu)
    first_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows.append(row(f"first full indexing ({WORKERS} processes, cold cache)", "≤ 1.5× floor", first, "s",
                    first_floor or None))  # fmt: skip
    rows.append(row("  the same, CPU time of all processes", "—", first_cpu, "s", floor_cpu or None))
    if args.only_indexing:
        return 0
    if args.only_window:
        sidebar_rows(root, child_env(data), args.runs, rows)
        window_rows(root, entries, data, rows)
        print("load after:", os.getloadavg())
        return 0

    cache_mb = sum(p.stat().st_size for p in cache_file(root).parent.glob("*")) / 1024 / 1024
    second, scans = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        scanned = scan_library(root).entries
        scans.append(time.perf_counter() - start)
        index = build_index(root, scanned, workers=WORKERS)
        assert index is not None
        corpus = SearchCorpus(index)
        second.append(time.perf_counter() - start)
    rows.append(row("second open, scan + cache to ready for search", "≤ 2 s", second, "s", scans))

    env = child_env(data)
    command = [sys.executable, "-m", "reader", "search", str(root), "党建", "--json"]
    whole, starts, whole_cpu, starts_cpu = [], [], [], []
    for _ in range(args.runs + 2):
        starts.append(wall([sys.executable, "-m", "reader", "--version"], env, starts_cpu))
        whole.append(wall(command, env, whole_cpu))
    rows.append(row("`reader search LIB 党建 --json`, warm, whole command", "≤ 0.5 s", whole, "s", starts))
    rows.append(row("  the same, CPU time", "—", whole_cpu, "s", starts_cpu))

    # the old in-memory scan, as a floor: every folded text held in memory, joined
    folded = "\x00".join(fold1(r.text or "") for r in index.reports if r.problem is None)

    cpu_medians: dict[str, list[float]] = {}
    details: list[str] = []

    def per_query(queries: list[Query], folded: str) -> tuple[list[float], list[float]]:
        medians, floors = [], []
        for query in queries:
            times, scans, cpus = [], [], []
            for _ in range(5):
                cpu, start = time.process_time(), time.perf_counter()
                found = search(index, query, corpus=corpus)
                times.append((time.perf_counter() - start) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
                start = time.perf_counter()
                if query.mode == REGEX:
                    sum(1 for _ in re.finditer(query.text, folded))
                else:
                    folded.count(fold1(query.text))
                scans.append((time.perf_counter() - start) * 1000)
            medians.append(statistics.median(times))
            floors.append(statistics.median(scans))
            cpu_medians.setdefault(query.mode, []).append(statistics.median(cpus))
            details.append(f"| {query.mode} `{query.text}` | {len(found.reports)} | {found.total} | "
                           f"{medians[-1]:.0f} ms | {floors[-1]:.0f} ms |")  # fmt: skip
        return medians, floors

    values, floors = per_query([Query(q) for q in PHRASES], folded)
    rows.append(row(f"library search, {len(PHRASES)} phrases", "≤ 50 ms", values, "ms", floors))
    rows.append(row("  the same, CPU time of the search", "—", cpu_medians["phrase"], "ms"))
    values, floors = per_query([Query(q, REGEX) for q in REGEXES], folded)
    rows.append(row(f"library search, {len(REGEXES)} regular expressions", "≤ 200 ms", values, "ms", floors))
    del folded

    sidebar_rows(root, env, args.runs, rows)

    warm = window_rows(root, entries, data, rows)
    rows.append(row("peak memory, first indexing (main process)", "—", [first_rss], "MB"))
    rows.append(row("peak memory, first indexing (largest worker)", "—", [workers_rss], "MB"))

    print(
        f"library: {root} ({len(index.reports)} reports); runs: {args.runs}; cache {cache_mb:.0f} MB; "
        f"window to indexed from the cache: {warm['indexed']:.2f} s"
    )
    print("\nEach query (median of 5 runs); floor: the same count over every folded text held in memory")
    print("| query | reports with hits | hits | median | floor |\n| --- | --- | --- | --- | --- |")
    print("\n".join(details))
    print("load after:", os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
