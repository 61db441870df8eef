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


def test_alt_down_and_up_bring_each_shared_passage_level_to_the_top(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from reader.core.analysis.documents.compare import side_by_side
    from reader.gui.widgets.compare_view import _TOP_MARGIN, CompareDialog
    from tests.core.test_documents import filler

    others = [PASSAGE[::-1], PASSAGE.replace("问题", "矛盾")[::-1] + "结尾之前"]
    a = filler("a", 900) + PASSAGE + filler("b", 900) + others[0] + filler("c", 900) + others[1]
    b = filler("d", 300) + PASSAGE + filler("e", 1500) + others[0] + filler("f", 200) + others[1]
    dialog = CompareDialog(("甲", "乙"), (a, b), side_by_side(a, b))
    qtbot.addWidget(dialog)
    dialog.resize(700, 400)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    dialog.view.setFocus()
    assert len(dialog._anchors) == 3
    bar = dialog.view.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0  # opens at the top of both reports
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert abs(dialog._top(dialog._anchors[0]) - _TOP_MARGIN) <= 2 and bar.value() > 0
    assert dialog.place.text() == "Shared passage 1 of 3"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert abs(dialog._top(dialog._anchors[1]) - _TOP_MARGIN) <= 2  # the copy beside it, level
    qtbot.keyClick(dialog.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert abs(dialog._top(dialog._anchors[0]) - _TOP_MARGIN) <= 2
    assert dialog.place.text() == "Shared passage 1 of 3"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.place.text() == "No more shared passages this way."
    assert dialog.go(1) == 1 and dialog.go(1) == 2  # the last can stand lower: the end is reached
    assert dialog.place.text() == "Shared passage 3 of 3" and bar.value() == bar.maximum()
    assert dialog.go(1) is None


def test_the_comparison_is_exported_as_a_web_page(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = open_window(qtbot, library(tmp_path) / "22 早报.txt")
    similar_shown(qtbot, window)
    window.documents.similar.compare_requested.emit("21 晚报.txt")
    dialog = window.documents.compare_dialog
    target = tmp_path / "对比.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    page = target.read_text("utf-8")
    assert page.count('<tr class="shared"') == 1 and PASSAGE[:20] in page
    assert "早报" in page and "晚报" in page and str(target) in dialog.place.text()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[1:]))
    (tmp_path / "a file").write_text("x")
    assert not window.documents.export_comparison(str(tmp_path / "a file" / "x.html"))
    assert warnings and warnings[0][0] == "The comparison could not be saved"
    dialog.close()
