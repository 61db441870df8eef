"""Compare Coders: keeping neither coder's passages is recorded in the sidecar, so the
disagreement stays adjudicated after the library is opened again; undo withdraws it."""

from __future__ import annotations

from PySide6.QtGui import QAction

from tests.agreement_library import coded_library
from tests.gui.gui_helpers import compare_coders, open_window

SPECS = [
    (0, 0, 20, ["学习"], "甲"),
    (0, 5, 20, ["学习"], "乙"),
    (0, 40, 60, ["整改"], "乙"),  # only 乙: the one kept as neither
]


def _compare(qtbot, window, relpath: str):
    return compare_coders(qtbot, window, relpath)


def test_neither_is_kept_across_a_reopening_and_undone(qtbot, tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    relpath = session.entries[0].relpath
    window = open_window(qtbot, tmp_path / "lib")
    panel = _compare(qtbot, window, relpath)
    panel.consensus.setText("共识")
    panel.consensus.editingFinished.emit()
    panel.list.setCurrentRow(1)
    window.findChild(type(panel.choices["neither"]), "adjudicateNeither").click()
    assert panel.list.item(1).text().startswith("✓ ") and "1 adjudicated" in panel.status.text()
    (decision,) = window.session.decisions()
    assert (decision.choice, decision.author) == ("neither", window.session.coder_view.me)
    window.findChild(QAction, "actionUndo").trigger()
    assert window.session.decisions() == [] and not panel.list.item(1).text().startswith("✓ ")
    window.findChild(QAction, "actionRedo").trigger()
    assert [d.choice for d in window.session.decisions()] == ["neither"]
    window.session.save()
    window.close()

    again = open_window(qtbot, tmp_path / "lib")  # the library opened again: still settled
    panel = _compare(qtbot, again, relpath)
    assert panel.consensus.text() == "共识"
    assert panel.list.item(1).text().startswith("✓ ") and "1 adjudicated" in panel.status.text()
    assert not panel.list.item(0).text().startswith("✓ ")
