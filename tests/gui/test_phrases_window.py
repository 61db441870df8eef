"""The Formulations dock: numbered formulations and stock phrases with counts, the
chosen one's spread over the months, and one click to search the library for it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QKeySequence

from reader.gui.main_window import MainWindow
from reader.gui.widgets.phrases_panel import COUNT, FIRST, KIND, PHRASE, REPORTS
from tests.conftest import SEEDS
from tests.gui.gui_helpers import open_window, wait_idle


def phrases_shown(qtbot, tmp_path: Path) -> MainWindow:
    root = tmp_path / "库"
    shutil.copytree(SEEDS, root)
    window = open_window(qtbot, root)
    wait_idle(qtbot, window)
    action = window.documents.action_phrases
    assert action.objectName() == "actionFormulations" and action.shortcut() == QKeySequence("Ctrl+Shift+P")
    action.trigger()
    qtbot.waitUntil(lambda: window.documents.phrases.model.rowCount() > 0, timeout=30000)
    return window


def rows(window: MainWindow) -> dict[str, list[str]]:
    model = window.documents.phrases.model
    return {
        model.item(r, PHRASE).text(): [model.item(r, c).text() for c in (KIND, COUNT, REPORTS, FIRST)]
        for r in range(model.rowCount())
    }


def test_formulations_and_stock_phrases_are_listed_with_counts(qtbot, tmp_path: Path) -> None:
    window = phrases_shown(qtbot, tmp_path)
    listed = rows(window)
    readings = window.documents.readings
    for item in [*readings.formulations, *readings.phrases]:
        _kind, count, reports, first = listed[item.text]
        assert (count, reports) == (str(item.count), str(item.reports))
        assert first == (item.first_date.iso() if item.first_date else "")
    assert listed["四个意识"][0] == "numbered" and listed["两个维护"][0] == "numbered"
    assert listed["不忘初心、牢记使命"][0] == "stock phrase"
    assert "153个单位" not in listed
    assert "numbered formulations and" in window.documents.phrases.status.text()


def test_the_chart_shows_the_chosen_ones_spread_over_the_months(qtbot, tmp_path: Path) -> None:
    window = phrases_shown(qtbot, tmp_path)
    panel = window.documents.phrases
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, PHRASE).data() == "不忘初心、牢记使命"
    )
    panel.table.setCurrentIndex(panel.proxy.index(row, PHRASE))
    item = panel.chosen
    assert item is not None and item.text == "不忘初心、牢记使命"
    (axes,) = panel.canvas.figure.axes
    assert axes.get_title().startswith("不忘初心、牢记使命: first ")
    bars = [patch.get_height() for patch in axes.patches]
    assert bars == [n for _m, n, _r in item.spread.months]


def test_one_click_searches_the_library_for_it(qtbot, tmp_path: Path) -> None:
    window = phrases_shown(qtbot, tmp_path)
    panel = window.documents.phrases
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, PHRASE).data() == "四个意识")
    panel.table.setCurrentIndex(panel.proxy.index(row, PHRASE))
    panel.search.click()
    assert window.search_dock.isVisible()
    assert window.search_panel.edit.text() == "四个意识"
    qtbot.waitUntil(lambda: window.search_panel.result is not None, timeout=20000)
    found = window.search_panel.result
    assert found.total == panel.chosen.count
