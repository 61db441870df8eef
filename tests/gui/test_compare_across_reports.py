"""Compare Coders: Next and Previous (F8, Shift+F8) go on to the nearest report with a
disagreement, in library order, when the report shown has none left, and say where
they went."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from tests.agreement_library import coded_library
from tests.gui.gui_helpers import compare_coders, open_window, select_report, wait_idle

SPECS = [
    (0, 0, 20, ["学习"], "甲"),
    (0, 5, 20, ["学习"], "乙"),  # a disagreement
    (0, 40, 60, ["整改"], "乙"),  # another
    (1, 0, 30, ["学习"], "甲"),
    (1, 0, 30, ["学习"], "乙"),  # agreed: passed over
    (2, 10, 40, ["整改"], "甲"),  # only 甲: a disagreement
]


@pytest.fixture
def compared(qtbot, tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    window = open_window(qtbot, tmp_path / "lib")
    window.resize(1800, 1000)
    panel = compare_coders(qtbot, window, session.entries[0].relpath)
    return window, panel, [e.relpath for e in session.entries]


def _press(qtbot, window, name: str) -> None:
    window.findChild(QAction, name).trigger()
    qtbot.waitUntil(lambda: not window.compare_panel.seeker.busy(), timeout=20000)
    wait_idle(qtbot, window)


def test_next_goes_on_to_the_next_report_with_a_disagreement_and_round(compared, qtbot):
    window, panel, paths = compared
    _press(qtbot, window, "actionNextDisagreement")
    _press(qtbot, window, "actionNextDisagreement")
    assert panel.list.currentRow() == 1 and window.current_entry.relpath == paths[0]
    _press(qtbot, window, "actionNextDisagreement")  # none left here: report 1 agrees, so report 2
    assert window.current_entry.relpath == paths[2]
    assert panel.list.currentRow() == 0 and window.reader_view.selection_range() == (10, 40)
    title = window.reader_view.report.info.title
    message = f"Went to the next report with disagreements: {title} (1)."
    assert panel.status.text().startswith(message)
    assert window.statusBar().currentMessage() == message
    _press(qtbot, window, "actionNextDisagreement")  # nothing after report 2: from the start
    assert window.current_entry.relpath == paths[0] and panel.list.currentRow() == 0
    assert panel.status.text().startswith("Went on from the start of the library to the next report")
    _press(qtbot, window, "actionNextDisagreement")  # within the report: the arrival is not said again
    assert panel.status.text() == "2 disagreements in this report, 0 adjudicated."
    _press(qtbot, window, "actionPreviousDisagreement")
    assert window.current_entry.relpath == paths[0] and panel.list.currentRow() == 0
    _press(qtbot, window, "actionPreviousDisagreement")  # nothing before report 0: from the end
    assert window.current_entry.relpath == paths[2] and panel.list.currentRow() == 0
    assert panel.status.text().startswith("Went on from the end of the library to the previous report")
    _press(qtbot, window, "actionPreviousDisagreement")  # back: report 0's last one
    assert window.current_entry.relpath == paths[0]
    assert panel.list.currentRow() == 1 and window.reader_view.selection_range() == (40, 60)
    assert panel.status.text().startswith("Went to the previous report with disagreements:")


def test_with_no_other_report_to_go_to_it_says_so_and_stays(qtbot, tmp_path):
    session = coded_library(tmp_path / "lib", SPECS[:3])  # only report 0 has disagreements
    window = open_window(qtbot, tmp_path / "lib")
    panel = compare_coders(qtbot, window, session.entries[0].relpath)
    for _ in range(3):
        _press(qtbot, window, "actionNextDisagreement")
    assert window.current_entry.relpath == session.entries[0].relpath and panel.list.currentRow() == 1
    message = "No other report in the library has a disagreement between these coders."
    assert panel.status.text().startswith(message) and window.statusBar().currentMessage() == message


def test_from_a_report_without_disagreements_next_finds_one(compared, qtbot):
    window, panel, paths = compared
    select_report(qtbot, window, paths[1])
    assert panel.found == [] and panel.next_button.isEnabled()
    _press(qtbot, window, "actionNextDisagreement")
    assert window.current_entry.relpath == paths[2] and panel.list.currentRow() == 0


def test_the_move_speaks_chinese(compared, qtbot):
    window, panel, paths = compared
    window.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: panel.keep_label.text() != "Keep in the consensus:")
        select_report(qtbot, window, paths[1])
        _press(qtbot, window, "actionPreviousDisagreement")
        assert window.current_entry.relpath == paths[0]
        assert panel.status.text().startswith("已转到上一篇有分歧的报告：")
    finally:
        window.set_language("en")
