"""The Similar reports dock: reports sharing the open report's passages, with shared
characters and share; each shared passage with every report carrying it by date;
two reports side by side; and the library's readings computed once, off the UI thread."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QKeySequence

from reader.core.analysis.documents import readings as readings_module
from reader.gui.main_window import MainWindow
from reader.gui.widgets.similar_panel import PathRole
from tests.conftest import SEEDS
from tests.core.test_documents import PASSAGE, planted
from tests.gui.gui_helpers import open_window, wait_idle


def library(tmp_path: Path) -> Path:
    root = tmp_path / "库"
    shutil.copytree(SEEDS, root)
    planted(root)
    return root


def similar_shown(qtbot, window: MainWindow) -> None:
    wait_idle(qtbot, window)
    window.documents.action_similar.trigger()
    qtbot.waitUntil(lambda: window.documents.readings is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.documents.similar.reports_model.rowCount() > 0, timeout=10000)


def test_similar_reports_list_shared_characters_and_share(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, library(tmp_path) / "22 早报.txt")
    action = window.documents.action_similar
    assert action.objectName() == "actionSimilarReports" and action.shortcut() == QKeySequence("Ctrl+Shift+R")
    similar_shown(qtbot, window)
    model = window.documents.similar.reports_model
    rows = {model.index(r, 0).data(PathRole): [model.index(r, c).data() for c in range(4)] for r in range(2)}
    assert set(rows) == {"21 晚报.txt", "23 中报.txt"}
    length = len(window.reader_view.report.document.text)
    for _title, _date, chars, share in rows.values():
        assert abs(int(chars) - len(PASSAGE)) <= 2
        assert share == f"{int(chars) / length:.0%}"
    assert "2 reports share passages" in window.documents.similar.status.text()


def test_a_shared_passage_lists_every_carrier_by_date_and_opens_there(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, library(tmp_path) / "21 晚报.txt")
    similar_shown(qtbot, window)
    passages = window.documents.similar.passages_model
    head = passages.index(0, 0)
    assert passages.index(0, 1).data() == "3"
    children = [passages.index(r, 0, head) for r in range(passages.rowCount(head))]
    assert [c.data(PathRole) for c in children] == ["22 早报.txt", "23 中报.txt", "21 晚报.txt"]
    assert children[0].data().startswith("5 Jan 2019")
    window.documents.similar.passages.doubleClicked.emit(children[1])
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.reader_view.report.relpath == "23 中报.txt")
    qtbot.waitUntil(lambda: window.reader_view.selected_text().startswith("要坚持问题导向"))


def test_two_reports_side_by_side(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, library(tmp_path) / "22 早报.txt")
    similar_shown(qtbot, window)
    window.documents.similar.compare_requested.emit("21 晚报.txt")
    dialog = window.documents.compare_dialog
    assert dialog is not None and dialog.objectName() == "compareDialog"
    a_chars, b_chars = dialog.shared_chars
    assert abs(a_chars - len(PASSAGE)) <= 2 and abs(b_chars - len(PASSAGE)) <= 2
    assert dialog.summary.text().startswith("1 shared passages")
    shown = dialog.view.toPlainText()
    assert "早报" in shown and "晚报" in shown and PASSAGE[:20] in shown
    dialog.close()


def test_the_readings_are_computed_once_per_library(qtbot, tmp_path: Path, monkeypatch) -> None:
    root = library(tmp_path)
    window = open_window(qtbot, root / "22 早报.txt")
    similar_shown(qtbot, window)
    window.close()
    calls = []
    original = readings_module.compute_readings
    counted = lambda *a, **k: calls.append(1) or original(*a, **k)  # noqa: E731
    monkeypatch.setattr(readings_module, "compute_readings", counted)
    again = open_window(qtbot, root / "22 早报.txt")
    similar_shown(qtbot, again)
    assert calls == []  # read back from the cache


def test_a_report_sharing_nothing_says_so(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, library(tmp_path) / "24 无关.txt")
    wait_idle(qtbot, window)
    window.documents.action_similar.trigger()
    qtbot.waitUntil(lambda: window.documents.readings is not None, timeout=30000)
    qtbot.waitUntil(lambda: "No other report" in window.documents.similar.status.text())
    assert window.documents.similar.reports_model.rowCount() == 0
