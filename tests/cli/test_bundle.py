"""The standalone application: built with PyInstaller from `packaging/report-reader.spec`,
started in an environment without this project's venv (no PYTHONPATH, only the
system's PATH), it runs its command-line verbs on a library, indexes one in a pool
of worker processes, exports a CSV, and opens its window offscreen."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import __version__
from reader.core.annotations.fileformat import dumps
from reader.core.annotations.model import Sidecar, make_annotation
from reader.core.reading.loader import load_report
from tests.conftest import REPO, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(out / "dist"),
         "--work", str(out / "work")],
        check=True, capture_output=True, timeout=1800,
    )  # fmt: skip
    program = (
        out / "dist" / "report-reader" / ("report-reader.exe" if sys.platform == "win32" else "report-reader")
    )
    assert program.is_file()
    return program


def clean_env(home: Path) -> dict[str, str]:
    """What a user's shell has: no venv, no PYTHONPATH, the system's PATH."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LANGUAGE": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "REPORT_READER_DATA_DIR": str(home / "data"),
        "REPORT_READER_CONFIG_DIR": str(home / "config"),
    }


def run(app: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *args], env=clean_env(home), capture_output=True, text=True, timeout=600, cwd=home
    )


def test_the_bundle_exports_a_csv_from_the_samples(app: Path, tmp_path: Path) -> None:
    library = tmp_path / "library"
    shutil.copytree(SEEDS, library)
    seed = sorted(library.glob("*.txt"))[0]
    report = load_report(seed, library)
    text = report.document.text
    start = text.index("主题教育")
    annotation = make_annotation(
        report.relpath, report.info.fingerprint, text, start, start + 4, ["学习"], "打包测试", "甲"
    )
    sidecar = Sidecar(annotations={annotation.id: annotation}, texts={report.info.fingerprint: text})
    (library / "reader-annotations.json").write_bytes(dumps(sidecar))

    version = run(app, tmp_path, "--version")
    assert version.returncode == 0 and __version__ in version.stdout

    out = tmp_path / "annotations.csv"
    exported = run(app, tmp_path, "export", str(library), "--format", "csv", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 2 and "主题教育" in rows[1] and "打包测试" in rows[1]

    docx = run(app, tmp_path, "export", str(library), "--format", "docx", "-o", str(tmp_path / "a.docx"))
    assert docx.returncode == 0, docx.stderr  # python-docx's template is in the bundle


def test_the_bundle_indexes_in_worker_processes_and_searches(app: Path, tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    for copy in range(10):  # 50 reports: enough for the pool of worker processes
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, library / f"{copy}-{seed.name}")
    found = run(app, tmp_path, "search", str(library), "主题教育", "--json")
    assert found.returncode == 0, found.stderr
    assert '"hit": "主题教育"' in found.stdout
    stats = run(app, tmp_path, "stats", str(library), "--top", "3")
    assert stats.returncode == 0 and "50 reports" in stats.stdout, stats.stderr


def test_the_bundle_opens_its_window_offscreen(app: Path, tmp_path: Path) -> None:
    report = next(p for p in sorted(SEEDS.glob("*.txt")))
    window = subprocess.Popen(
        [str(app), str(report)], env=clean_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=tmp_path,
    )  # fmt: skip
    try:
        time.sleep(8)
        assert window.poll() is None  # still running: the window is up
        if sys.platform == "linux":  # the open report's keywords: segmented in a child of the window
            assert any("--multiprocessing-fork" in command for command in child_commands(window.pid))
    finally:
        window.terminate()
        _out, err = window.communicate(timeout=30)
    assert "Traceback" not in err and "Error" not in err and "segmenter" not in err, err


def child_commands(pid: int) -> list[str]:
    """The command lines of the running children of process `pid` (Linux's /proc)."""
    commands = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
                commands.append(command.decode(errors="replace"))
        except OSError:
            continue
    return commands
