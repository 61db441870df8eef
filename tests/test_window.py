"""The basic window: the bundled library in the sidebar, the selected report's text
in the reader pane, and a launch from the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QMainWindow, QPlainTextEdit

from reader.app import build_window
from reader.core.loader import load_report

from .conftest import SEEDS, scraper_report


def test_window_lists_the_bundled_seeds_and_shows_each_report(qtbot) -> None:
    window = build_window()
    qtbot.addWidget(window)
    assert isinstance(window, QMainWindow)
    assert window.objectName() == "MainWindow"
    report_list = window.findChild(QListView, "reportList")
    reader_view = window.findChild(QPlainTextEdit, "readerView")
    model = report_list.model()
    assert model.rowCount() == 5
    for row in range(model.rowCount()):
        report_list.setCurrentIndex(model.index(row))
        entry = model.index(row).data(Qt.ItemDataRole.UserRole + 1)
        report = load_report(entry.path, SEEDS)
        shown = reader_view.toPlainText().split("\n")
        assert shown[0] == report.title
        body = [line for line in shown[2:] if not line.startswith("［")]
        assert "\n".join(body) == report.document.text


def test_window_on_a_single_report_opens_it(qtbot, tmp_path: Path) -> None:
    (tmp_path / "1甲.txt").write_text(scraper_report("1甲报告.txt", "甲的正文。"), encoding="utf-8")
    second = tmp_path / "2乙.txt"
    second.write_text(scraper_report("2乙报告.txt", "乙的正文。"), encoding="utf-8")
    window = build_window(second)
    qtbot.addWidget(window)
    assert window.findChild(QPlainTextEdit, "readerView").toPlainText() == "乙报告\n\n乙的正文。"
    assert "1甲报告" not in window.windowTitle()


def test_a_broken_report_shows_its_reason(qtbot, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    window = build_window(tmp_path)
    qtbot.addWidget(window)
    assert window.findChild(QPlainTextEdit, "readerView").toPlainText() == "The file is empty (0 bytes)."
