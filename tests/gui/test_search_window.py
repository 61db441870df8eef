"""Library search and statistics in the window: Ctrl+Shift+F, results grouped by
report, a click opens the report with the hit selected, CSV export; the
statistics window draws Chinese labels with a CJK font and saves PNG, SVG, CSV."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from reader.gui import tasks
from reader.gui.widgets.charts import cjk_family
from tests.gui.gui_helpers import open_window, wait_idle


def run_search(qtbot, window, text: str) -> None:
    window.findChild(QAction, "actionSearchLibrary").trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    panel.request()
    done = lambda: panel.result is not None and not window.tasks.running(tasks.SEARCH)  # noqa: E731
    qtbot.waitUntil(done, timeout=20000)


def test_search_opens_the_report_at_the_hit(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    action = window.findChild(QAction, "actionSearchLibrary")
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    run_search(qtbot, window, "骆惠宁")
    assert window.search_dock.isVisible()
    panel = window.search_panel
    tree = panel.results
    assert tree.topLevelItemCount() == len(panel.result.reports) >= 2
    assert "hits in" in panel.summary.text()
    group = tree.topLevelItem(1)
    group.setExpanded(True)
    hit = group.child(0)
    relpath, _start, _end = hit.data(0, 0x0100 + 2)
    left, word, right = hit.data(0, 0x0100 + 3)
    assert word == "骆惠宁" and len(left) <= 20 and len(right) <= 20
    tree.itemClicked.emit(hit, 0)
    wait_idle(qtbot, window)
    assert window.reader_view.report.relpath == relpath
    assert window.reader_view.selected_text() == "骆惠宁"
    window.close()


def test_search_results_export_to_csv(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    run_search(qtbot, window, "党")
    out = tmp_path / "hits.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.search_panel.export.click()
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "file,number,title,date,start,end,left,hit,right"
    assert len(lines) - 1 == window.search_panel.result.total
    window.close()


def test_a_bad_regular_expression_is_reported_in_the_panel(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    window.search_panel.mode.setCurrentIndex(window.search_panel.mode.findData("regex"))
    window.findChild(QAction, "actionSearchLibrary").trigger()
    window.search_panel.edit.setText("第[一")
    window.search_panel.request()
    qtbot.waitUntil(lambda: "regular expression" in window.search_panel.summary.text(), timeout=10000)
    window.close()


def test_statistics_draw_with_a_cjk_font_and_save(qtbot, seeds_copy: Path, tmp_path: Path) -> None:
    assert cjk_family() is not None, "no CJK font: install fonts-noto-cjk"
    window = open_window(qtbot, seeds_copy)
    stats_action = window.findChild(QAction, "actionStatistics")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stats_action.trigger()
        stats = window.stats_window
        qtbot.waitUntil(lambda: stats._task is None and bool(stats.numbers["terms"]), timeout=20000)
        stats.canvases["terms"].draw()
        for tab in range(1, 4):
            stats.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: stats._task is None, timeout=20000)
            stats.canvases[stats.current()].draw()
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert missing == []  # every Chinese label had a glyph
    stats.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: stats._task is None, timeout=20000)
    assert stats.numbers["terms"][0] == ["term", "count", "tfidf"]
    assert stats.numbers["terms"][1][0] == "主题教育"  # the seeds' most frequent term
    stats.save_chart_to(tmp_path / "terms.png")
    stats.save_chart_to(tmp_path / "terms.svg")
    stats.save_numbers_to(tmp_path / "terms.csv")
    assert (tmp_path / "terms.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "terms.svg").read_bytes()[:2000]
    assert "主题教育" in (tmp_path / "terms.csv").read_bytes().decode("utf-8-sig")
    image = stats.canvases["terms"].grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3  # something was drawn
    window.close()


def test_the_library_search_can_include_memos_and_a_click_opens_the_memo(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    session = window.session
    window._do(session.add_memo("journal", "", "骆惠宁的讲话", "要点：骆惠宁强调整改", "甲"), "new")
    window._do(session.add_memo("journal", "", "无关", "别的内容", "甲"), "new")
    run_search(qtbot, window, "骆惠宁")
    panel = window.search_panel
    reports = len(panel.result.reports)
    assert panel.results.topLevelItemCount() == reports  # off by default: reports only
    panel.memos.setChecked(True)
    assert panel.results.topLevelItemCount() == reports + 1
    memo_row = panel.results.topLevelItem(reports)
    assert memo_row.text(0) == "Memo: 骆惠宁的讲话" and memo_row.text(2) == "2"
    assert [memo_row.child(i).data(0, 0x0100 + 3)[1] for i in range(2)] == ["骆惠宁", "骆惠宁"]
    assert "; 2 hits in 1 memos" in panel.summary.text()
    window.side_tabs.setCurrentIndex(0)
    panel.results.itemClicked.emit(memo_row.child(1), 0)
    assert window.side_tabs.currentWidget() is window.memo_flow.panel
    assert window.memo_flow.panel.current_id() == next(
        m.id for m in session.memos() if m.title == "骆惠宁的讲话"
    )
    assert window.settings.value_bool("search/memos") is True  # remembered
    window.close()
