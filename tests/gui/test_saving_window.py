"""Saving from the window: steady work reaches the disk while it goes on, a kill loses
at most the last moments, and unsaved work is never dropped silently on close or when
another library is opened."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from reader.core.annotations.fileformat import loads
from reader.core.annotations.store import FILE_NAME, LOCK_NAME
from reader.core.export.importer import plan_import
from reader.core.library import Library
from reader.gui.dialogs.library_folder import LibraryFolderDialog
from reader.gui.dialogs.unsaved_work import UnsavedWorkDialog
from reader.gui.main_window import MainWindow
from tests.conftest import REPO
from tests.gui.gui_helpers import open_window, wait_idle


def ids_on_disk(library: Path) -> set[str]:
    path = library / FILE_NAME
    return set(loads(path.read_bytes()).annotations) if path.is_file() else set()


def annotate_next(window: MainWindow, i: int) -> str:
    """Select a passage (a different one each time) and tag it, as Ctrl+T does."""
    text = window.reader_view.report.document.text
    start = (i * 37) % (len(text) - 8)
    window.reader_view.select_range(start, start + 4)
    return window.annotate_selection([f"标签{i % 3}"])


def test_steady_work_is_on_disk_while_it_goes_on(qtbot, seeds_copy: Path) -> None:
    """A change every 0.2 s for 5 s: the file holds the first changes a second or so
    after them, long before the work stops (the delay is not restarted by each change)."""
    window = open_window(qtbot, seeds_copy)
    made: list[str] = []
    seen: list[set[str]] = []  # what the file held just after each change
    for i in range(25):
        made.append(annotate_next(window, i))
        qtbot.wait(200)
        seen.append(ids_on_disk(seeds_copy))
    first_saved = next((i for i, ids in enumerate(seen) if made[0] in ids), None)
    assert first_saved is not None, "nothing was saved while the changes went on"
    # About a second after the first change (each step is 0.2 s; generous for a busy machine).
    assert first_saved <= 12
    # Later saves follow while the work goes on: the file keeps up, a second or so behind.
    assert set(made[:15]) <= seen[-1]
    window.close()
    assert ids_on_disk(seeds_copy) == set(made)


CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.app import build_window

window = build_window(Path(sys.argv[1]))
window.show()
count = 0

def tick():
    global count
    view = window.reader_view
    if not window.session.annotations_loaded or view.report is None:
        return
    text = view.report.document.text
    start = (count * 37) % (len(text) - 8)
    view.select_range(start, start + 4)
    ann_id = window.annotate_selection(["甲"])
    count += 1
    print(ann_id, time.monotonic(), flush=True)  # made at this moment, in memory

timer = QTimer()
timer.timeout.connect(tick)
timer.start(200)
sys.exit(QApplication.exec())
"""


def _annotating_window(library: Path, home: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "REPORT_READER_CONFIG_DIR": str(home / "config"),
        "REPORT_READER_DATA_DIR": str(home / "data"),
    }
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(library)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_kill_at_any_moment_loses_nothing_older_than_two_seconds(
    seeds_copy: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    child = _annotating_window(seeds_copy, tmp_path / "home")
    try:
        assert child.stdout is not None
        first = [child.stdout.readline() for _ in range(3)]  # steady work has begun
        assert all(first), child.stderr.read() if child.stderr else "no output"
        time.sleep(2.0 + rng.uniform(0.5, 3.0))  # a random moment of steady work
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        rest, _errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    made = [line.split() for line in [*first, *rest.splitlines()] if line.strip()]
    older = {ann_id for ann_id, when in made if float(when) < killed_at - 2.0}
    assert len(older) >= 3  # the kill came during steady work
    assert older <= ids_on_disk(seeds_copy)


# -- unsaved work on close or when switching library -------------------------------------------


def answer_unsaved(choice: str, seen: list[str], then: Callable[[], None] | None = None) -> None:
    """When the unsaved-work question shows, press `choice` (a button's objectName)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnsavedWorkDialog):
            QTimer.singleShot(20, press)
            return
        seen.append(dialog.text() + "\n" + dialog.informativeText())
        if then is not None:
            then()
        dialog.findChild(QPushButton, choice).click()

    QTimer.singleShot(0, press)


@pytest.fixture
def asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """The unsaved-work question really opens (the other tests refuse it)."""
    monkeypatch.setattr(UnsavedWorkDialog, "exec", QMessageBox.exec)


def broken_library(seeds_copy: Path) -> Path:
    """A library shipping a `.reader-annotations.lock/` folder: every save fails, as root too."""
    (seeds_copy / LOCK_NAME).mkdir()
    return seeds_copy


def test_closing_with_unsaved_work_asks_and_saves_elsewhere(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asking: None
) -> None:
    library = broken_library(seeds_copy)
    window = open_window(qtbot, library)
    made = {annotate_next(window, i) for i in range(3)}
    seen: list[str] = []

    answer_unsaved("cancelClose", seen)
    window.close()
    assert window.isVisible(), "the window closed and dropped the unsaved annotations"
    assert "could not be saved" in seen[0] and str(library / FILE_NAME) in seen[0]
    assert "Reason: Something of another kind (such as a folder where a file should be)" in seen[0]
    assert f"Remove it ({LOCK_NAME})" in seen[0]
    assert set(window.session.snapshot().annotations) == made

    elsewhere = tmp_path / "rescued.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    answer_unsaved("saveElsewhere", seen)
    window.close()
    assert not window.isVisible()
    assert set(loads(elsewhere.read_bytes()).annotations) == made
    assert ids_on_disk(library) == set()

    # The copy comes back into the library with File > Import Annotations.
    (library / LOCK_NAME).rmdir()
    session = Library(library)
    assert set(plan_import(session, elsewhere).added) == made


def test_retry_after_the_cause_is_gone_saves_in_the_library(qtbot, seeds_copy: Path, asking: None) -> None:
    library = broken_library(seeds_copy)
    window = open_window(qtbot, library)
    made = {annotate_next(window, i) for i in range(2)}
    seen: list[str] = []
    answer_unsaved("retrySave", seen, then=lambda: (library / LOCK_NAME).rmdir())  # the user fixed it
    window.close()
    assert len(seen) == 1 and not window.isVisible()
    assert ids_on_disk(library) == made


def test_discard_closes_and_writes_nothing(qtbot, seeds_copy: Path, asking: None) -> None:
    library = broken_library(seeds_copy)
    window = open_window(qtbot, library)
    window.set_language("zh_CN")
    annotate_next(window, 0)
    seen: list[str] = []
    answer_unsaved("discardWork", seen)
    window.close()
    assert len(seen) == 1 and not window.isVisible()
    assert "原因：报告阅读器存放自身文件的位置被其他类型的东西占用" in seen[0]  # not the system's English
    assert LOCK_NAME in seen[0]
    assert not (library / FILE_NAME).exists()


def test_opening_another_library_with_unsaved_work_asks(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asking: None
) -> None:
    library = broken_library(seeds_copy)
    other = tmp_path / "other"
    other.mkdir()
    (other / "1甲.txt").write_text("1甲.txt\n<div>另一个文库。</div>", encoding="utf-8")
    window = open_window(qtbot, library)
    made = {annotate_next(window, i) for i in range(2)}
    monkeypatch.setattr(LibraryFolderDialog, "chosen", lambda _dialog: other)
    seen: list[str] = []

    answer_unsaved("cancelClose", seen)  # stay
    window.actions.open_library.trigger()
    assert window.session.root == library.resolve()
    assert set(window.session.snapshot().annotations) == made

    elsewhere = tmp_path / "rescued.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    answer_unsaved("saveElsewhere", seen)
    window.actions.open_library.trigger()
    wait_idle(qtbot, window)  # the other library is scanned in the background
    assert len(seen) == 2
    assert window.session.root == other.resolve()
    assert set(loads(elsewhere.read_bytes()).annotations) == made


def test_save_annotations_as_from_the_file_menu(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    made = {annotate_next(window, i) for i in range(2)}
    target = tmp_path / "copy"  # no suffix: .json is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.actions.save_annotations_as in window.file_menu.actions()
    window.actions.save_annotations_as.trigger()
    data = json.loads(target.with_suffix(".json").read_bytes())
    assert {a["id"] for a in data["annotations"]} == made
    assert "Import Annotations" in window.statusBar().currentMessage()
    # Never over the library's own file (that would skip its lock and merge).
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(seeds_copy / FILE_NAME), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(title))
    window.actions.save_annotations_as.trigger()
    assert warnings == ["Choose another file"]
