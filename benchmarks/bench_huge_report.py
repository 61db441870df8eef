"""Huge reports in the window: a report of one enormous paragraph and one of very many
paragraphs, opened in a fresh window (offscreen). Per case: time until the reader
shows it (or says why not), the longest stall of the UI thread until then and for
the next few seconds, and the peak memory of the window's process and of the whole
process tree (the library pass runs in worker processes).

    python benchmarks/bench_huge_report.py [--runs 3] [--cases one-paragraph-8mb,...]
        [--limit-gb 8] [--timeout 600]

A run whose process tree grows past --limit-gb is stopped (the figure says so); one
that is not ready within --timeout is stopped too. Cases (file sizes as written):

    typical                a seed report (6,399 characters), for comparison
    one-paragraph-NMB      N MB of Chinese text on a single line (a .txt report)
    long-paragraph-N       one paragraph of N characters among none other
    paragraphs-N           N short paragraphs (one per line), e.g. paragraphs-1000000
    images-N               a report with N PNG images of 8000 x 8000 pixels in 图片/
                           (plus a hostile SVG saved as a .png)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "各地以高度的政治自觉全面部署开展第二批主题教育，引导基层党员干部自觉增强四个意识。"

CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.app import build_window

report = Path(sys.argv[1])
settle = float(sys.argv[2])
started = time.perf_counter()
state = {"last": started, "stall": 0.0, "ready": None, "after": 0.0, "shown": ""}
window = build_window(report)  # counted as a stall: the UI thread builds the window
window.show()

def tick():
    now = time.perf_counter()
    gap = now - state["last"]
    state["last"] = now
    if state["ready"] is None:
        state["stall"] = max(state["stall"], gap)
        view = window.reader_view
        done = view.report is not None and view.layout_complete
        message = view.document().toPlainText()[:200] if view.report is None else ""
        if done or (message and not message.startswith(("Opening", "Reading"))):
            state["ready"] = now - started
            state["shown"] = "report" if done else message
            QTimer.singleShot(int(settle * 1000), finish)
    else:
        state["after"] = max(state["after"], gap)

def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0

def finish():
    print(json.dumps({"ready": state["ready"], "stall": max(state["stall"], 0),
                      "after": state["after"], "hwm_mb": hwm(), "shown": state["shown"]}), flush=True)
    QApplication.instance().exit(0)

timer = QTimer()
timer.timeout.connect(tick)
timer.start(10)
sys.exit(QApplication.instance().exec())
"""


def make_case(name: str, folder: Path) -> Path:
    """The report file of a case (made once under `folder`)."""
    if name == "typical":
        return REPO / "seeds" / "001_964562f518f6e3ff.txt"
    if name.startswith("one-paragraph-"):
        megabytes = int(name.removeprefix("one-paragraph-").removesuffix("mb"))
        path = folder / name / f"1{name}.txt"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            unit = SAMPLE.encode("utf-8")
            repeats = megabytes * 1024 * 1024 // len(unit)
            with path.open("wb") as out:
                out.write(f"1大报告{name}.txt\n".encode())
                for _ in range(repeats // 1000):
                    out.write(unit * 1000)
        return path
    if name.startswith("long-paragraph-"):
        chars = int(name.removeprefix("long-paragraph-"))
        path = folder / name / f"4{name}.txt"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            text = (SAMPLE * (chars // len(SAMPLE) + 1))[:chars]
            path.write_text(f"4长段落{name}.txt\n{text}\n", encoding="utf-8")
        return path
    if name.startswith("paragraphs-"):
        count = int(name.removeprefix("paragraphs-"))
        path = folder / name / f"2{name}.txt"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as out:
                out.write(f"2多段报告{name}.txt\n")
                for i in range(count):
                    out.write(f"第{i}段。\n")
        return path
    if name.startswith("images-"):
        return make_image_case(int(name.removeprefix("images-")), folder / name)
    raise SystemExit(f"unknown case {name}")


def make_image_case(count: int, folder: Path) -> Path:
    """A report in its own folder with `count` 8000 x 8000 PNGs (each decodes to
    244 MB, just under Qt's 256 MB limit) and a nested-<use> SVG saved as a .png."""
    report_folder = folder / "3图片报告"
    path = report_folder / "3图片报告.txt"
    if path.exists():
        return path
    images = report_folder / "图片"
    images.mkdir(parents=True)
    big = images / "0.png"
    subprocess.run(
        [sys.executable, "-c", BIG_PNG, str(big)],
        check=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    for i in range(1, count):
        os.link(big, images / f"{i}.png")
    (images / f"{count}.png").write_text(HOSTILE_SVG, encoding="utf-8")
    banner = "-------------------这里有图片------------\n"
    body = "".join(f"<div>第{i}张图片之前的段落。{SAMPLE}</div>\n{banner}" for i in range(count + 1))
    path.write_text(f"3图片报告.txt\n{body}<div>结尾。</div>\n", encoding="utf-8")
    return path


BIG_PNG = r"""
import sys
from PySide6.QtGui import QColor, QImage, QPainter
image = QImage(8000, 8000, QImage.Format.Format_RGB32)
image.fill(QColor("#d8e4f0"))
painter = QPainter(image)
for i in range(0, 8000, 400):
    painter.fillRect(i, i, 400, 400, QColor("#c0392b"))
painter.end()
image.save(sys.argv[1], "PNG")
"""

# Ten levels of ten <use> each: 10^10 shapes to draw (a "billion laughs" in SVG).
HOSTILE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="800" height="600"><defs><rect id="l0" width="800" height="600" fill="red"/>'
    + "".join(
        f'<g id="l{n}">' + "".join(f'<use xlink:href="#l{n - 1}"/>' for _ in range(10)) + "</g>"
        for n in range(1, 11)
    )
    + '</defs><use xlink:href="#l10"/></svg>'
)


def tree_rss_mb(pid: int) -> int:
    """Resident memory of a process and its descendants, in MB."""
    total = 0
    children = {pid}
    try:
        entries = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return 0
    parents: dict[int, int] = {}
    for p in entries:
        try:
            with open(f"/proc/{p}/stat") as f:
                parents[p] = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    changed = True
    while changed:
        changed = False
        for p, parent in parents.items():
            if parent in children and p not in children:
                children.add(p)
                changed = True
    for p in children:
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total // (1024 * 1024)


def run_once(report: Path, limit_mb: int, timeout: float, settle: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "REPORT_READER_CONFIG_DIR": str(Path(home) / "config"),
            "REPORT_READER_DATA_DIR": str(Path(home) / "data"),
            "XDG_CACHE_HOME": str(Path(home) / "cache"),
            "PYTHONPATH": str(REPO),
        }
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(report), str(settle)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            start_new_session=True,
        )
        peak, stopped = 0, ""
        while child.poll() is None:
            peak = max(peak, tree_rss_mb(child.pid))
            if peak > limit_mb:
                stopped = f"stopped over {limit_mb} MB"
            elif time.perf_counter() - started > timeout:
                stopped = f"stopped after {timeout:.0f} s"
            if stopped:
                os.killpg(child.pid, signal.SIGKILL)
                break
            time.sleep(0.1)
        out = child.communicate()[0] if not stopped else ""
        result = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
        result["tree_mb"] = peak
        result["stopped"] = stopped
        return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--cases",
        default="typical,long-paragraph-50000,one-paragraph-2mb,one-paragraph-49mb,paragraphs-50000,"
        "paragraphs-1000000,images-40",
    )
    parser.add_argument("--limit-gb", type=float, default=8.0)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds watched after the report is shown")
    parser.add_argument("--folder", type=Path, default=REPO / "benchmarks" / ".cache" / "huge")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    print(f"{'case':<22} {'file MB':>8} {'shown s':>9} {'UI stall ms':>12} {'stall after ms':>15} "
          f"{'window MB':>10} {'tree MB':>8}  shown")  # fmt: skip
    for name in args.cases.split(","):
        report = make_case(name, args.folder)
        size = sum(p.stat().st_size for p in report.parent.rglob("*") if p.is_file()) / 2**20
        runs = [
            run_once(report, int(args.limit_gb * 1024), args.timeout, args.settle) for _ in range(args.runs)
        ]

        def median(key: str, scale: float = 1.0, runs: list[dict[str, object]] = runs) -> str:
            values = [float(r[key]) * scale for r in runs if r.get(key) is not None]
            return f"{statistics.median(values):.1f}" if values else "—"

        stopped = next((str(r["stopped"]) for r in runs if r.get("stopped")), "")
        shown = stopped or str(runs[-1].get("shown", ""))[:60].replace("\n", " ")
        print(
            f"{name:<22} {size:>8.1f} {median('ready'):>9} {median('stall', 1000):>12} "
            f"{median('after', 1000):>15} {median('hwm_mb'):>10} {median('tree_mb'):>8}  {shown}",
            flush=True,
        )


if __name__ == "__main__":
    main()
