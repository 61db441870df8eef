"""View > Compare Coders: the two coders' passages in lanes, the disagreements listed
and selected in turn, one adjudicated into the consensus coder and undone."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from tests.agreement_library import coded_library
from tests.gui.gui_helpers import compare_coders, open_window

SPECS = [
    (0, 0, 20, ["学习"], "甲"),
    (0, 0, 20, ["学习"], "乙"),  # agreed
    (0, 40, 60, ["整改"], "甲"),
    (0, 44, 60, ["整改"], "乙"),  # the start differs
    (0, 90, 100, ["学习"], "乙"),  # only 乙
    (1, 0, 10, ["学习"], "甲"),
]


@pytest.fixture
def compared(qtbot, tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    window = open_window(qtbot, tmp_path / "lib")
    window.resize(1800, 1000)
    panel = compare_coders(qtbot, window, session.entries[0].relpath)
    return window, panel


def test_disagreements_are_listed_marked_in_lanes_and_visited_in_turn(compared):
    window, panel = compared
    assert [(d.start, d.end) for d in panel.found] == [(40, 60), (90, 100)]
    assert panel.list.count() == 2 and "A: 整改  |  B: 整改" in panel.list.item(0).text()
    assert panel.lanes.isVisible()
    assert panel.lanes.lanes == ([(0, 20), (40, 60)], [(0, 20), (44, 60), (90, 100)], [(40, 44), (90, 100)])
    window.findChild(QAction, "actionNextDisagreement").trigger()
    assert window.reader_view.selection_range() == (40, 60)
    bars = panel.lanes.bars()  # in view: both coders' lanes and the disagreement's
    assert {lane for lane, _rect in bars} == {0, 1, 2}
    assert len({rect.x() for _lane, rect in bars}) == 3  # side by side
    window.findChild(QAction, "actionNextDisagreement").trigger()
    assert window.reader_view.selection_range() == (90, 100)
    window.findChild(QAction, "actionPreviousDisagreement").trigger()
    assert window.reader_view.selection_range() == (40, 60)
    assert "2 disagreements in this report, 0 adjudicated" in panel.status.text()


def test_a_disagreement_is_adjudicated_into_the_consensus_coder_in_one_undoable_step(compared):
    window, panel = compared
    panel.consensus.setText("共识")
    panel.consensus.editingFinished.emit()
    panel.list.setCurrentRow(0)
    steps = window.undo_stack.count()
    window.findChild(type(panel.choices["first"]), "adjudicateFirst").click()
    consensus = [a for a in window.session.annotations() if a.author == "共识"]
    assert [(a.start, a.end, a.tags) for a in consensus] == [(40, 60, ["整改"])]
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Keep 甲's coding"
    assert panel.list.item(0).text().startswith("✓ ")
    assert "1 adjudicated" in panel.status.text()
    assert panel.first.findData("共识") == -1  # the consensus coder is not one of those compared
    panel.list.setCurrentRow(0)
    window.findChild(type(panel.choices["both"]), "adjudicateBoth").click()  # changing one's mind
    consensus = sorted((a.start, a.end) for a in window.session.annotations() if a.author == "共识")
    assert consensus == [(40, 60), (44, 60)]
    window.findChild(QAction, "actionUndo").trigger()
    window.findChild(QAction, "actionUndo").trigger()
    assert not [a for a in window.session.annotations() if a.author == "共识"]
    assert not panel.list.item(0).text().startswith("✓ ")
    panel.list.setCurrentRow(1)
    window.findChild(type(panel.choices["neither"]), "adjudicateNeither").click()
    assert not [a for a in window.session.annotations() if a.author == "共识"]
    assert panel.list.item(1).text().startswith("✓ ") and "1 adjudicated" in panel.status.text()


def test_comparing_is_refused_while_coding_blind(compared):
    window, panel = compared
    window.findChild(QAction, "actionBlindCoding").trigger()
    assert panel.list.count() == 0 and not panel.lanes.isVisible()
    assert "Blind coding is on" in panel.status.text()
    window.findChild(QAction, "actionBlindCoding").trigger()
    assert panel.list.count() == 2


def test_the_panel_is_built_when_first_asked_for(qtbot, tmp_path):
    """The panel (with the agreement code it runs) was built at every start, before
    the sidebar could paint; it is now built when the dock is first shown or F8 asks
    for it, and works at once."""
    from reader.gui.widgets.compare_panel import ComparePanel

    session = coded_library(tmp_path / "lib", SPECS)
    window = open_window(qtbot, tmp_path / "lib")
    assert window.findChild(ComparePanel) is None
    assert window.findChild(QAction, "actionCompareCoders").text() == "Compare Coders"
    window.findChild(QAction, "actionNextDisagreement").trigger()  # F8 with the dock hidden
    assert window.findChild(ComparePanel) is not None and not window.compare_panel.isVisible()

    window.resize(1800, 1000)
    panel = compare_coders(qtbot, window, session.entries[0].relpath)
    assert panel is window.findChild(ComparePanel) and panel.list.count() == 2
    window.findChild(QAction, "actionNextDisagreement").trigger()
    assert window.reader_view.selection_range() == (40, 60)


def test_the_dock_shown_first_builds_the_panel_on_the_report_already_open(qtbot, tmp_path):
    from reader.gui.widgets.compare_panel import ComparePanel
    from tests.gui.gui_helpers import select_report

    session = coded_library(tmp_path / "lib", SPECS)
    window = open_window(qtbot, tmp_path / "lib")
    window.resize(1800, 1000)
    select_report(qtbot, window, session.entries[0].relpath)
    assert window.findChild(ComparePanel) is None
    window.findChild(QAction, "actionCompareCoders").trigger()
    panel = window.findChild(ComparePanel)
    qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
    assert panel.report.relpath == session.entries[0].relpath and set(panel.coders()) == {"甲", "乙"}
    assert [(d.start, d.end) for d in panel.found] == [(40, 60), (90, 100)]
