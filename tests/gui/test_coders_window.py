"""View > Coders in the window: blind coding hides the other coders' passages and
counts everywhere and is remembered; one chosen coder; the agreement view refuses
to show the table while coding blind."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QTreeWidget

from reader.app import build_window
from tests.agreement_library import coded_library
from tests.gui.gui_helpers import open_window, select_report, wait_idle

SPECS = [
    (0, 0, 20, ["学习"], "甲"),
    (0, 0, 25, ["学习"], "乙"),
    (0, 40, 60, ["整改/其他"], "乙"),
    (1, 0, 10, ["整改"], "乙"),
]


@pytest.fixture
def library(tmp_path):
    session = coded_library(tmp_path / "lib", SPECS)
    return tmp_path / "lib", [e.relpath for e in session.entries]


def _shown(window) -> dict[str, object]:
    """What the window shows of the annotations: the panel's rows, the codebook's
    counts, the sidebar's counts of the first two reports, the reader's underlays."""
    panel = window.findChild(QTreeWidget, "annotationList")
    codebook = {}
    for i in range(window.codebook.tags.topLevelItemCount()):
        item = window.codebook.tags.topLevelItem(i)
        codebook[item.text(0)] = item.text(1)
    sidebar = []
    for path in window.session.entries[:2]:
        row = window.proxy.mapFromSource(window.model.index_for_path(path.relpath))
        sidebar.append(row.siblingAtColumn(3).data())
    return {
        "panel": panel.topLevelItemCount(),
        "codebook": codebook,
        "sidebar": sidebar,
        "marks": len(window.reader_view.highlighted_ranges()["background"]),
    }


def test_blind_coding_hides_the_other_coders_everywhere_and_is_remembered(qtbot, library):
    folder, paths = library
    window = open_window(qtbot, folder)
    select_report(qtbot, window, paths[0])
    window.settings.set("user/author", "甲")
    window.annotating.refresh(None)
    everyone = _shown(window)
    assert everyone["panel"] == 3 and everyone["sidebar"] == ["3", "1"]
    assert everyone["codebook"] == {"学习": "2", "整改": "2"}
    assert not window.coder_menu.indicator.isVisibleTo(window)

    window.findChild(QAction, "actionBlindCoding").trigger()
    blind = _shown(window)
    assert blind["panel"] == 1 and blind["sidebar"] == ["1", ""]
    assert blind["codebook"] == {"学习": "1"}
    assert blind["marks"] < everyone["marks"]
    assert window.coder_menu.indicator.isVisibleTo(window)
    assert "Blind coding" in window.coder_menu.indicator.text()
    assert not window.findChild(QAction, "actionCodersAll").isEnabled()

    window.findChild(QAction, "actionAgreement").trigger()
    view = window.agreement_window
    assert view.result is None and "Blind coding is on" in view.status.text()
    assert view.coder_a.count() == 1  # no coder's count is given away
    window.close()

    again = build_window(folder)  # the switch is remembered
    qtbot.addWidget(again)
    again.show()
    wait_idle(qtbot, again)
    select_report(qtbot, again, paths[0])
    assert again.findChild(QAction, "actionBlindCoding").isChecked()
    assert _shown(again)["panel"] == 1
    again.findChild(QAction, "actionBlindCoding").trigger()
    assert _shown(again)["panel"] == 3
    again.findChild(QAction, "actionAgreement").trigger()
    qtbot.waitUntil(lambda: again.agreement_window.result is not None, timeout=20000)


def test_one_chosen_coder_and_only_mine(qtbot, library, monkeypatch):
    folder, paths = library
    window = open_window(qtbot, folder)
    select_report(qtbot, window, paths[0])
    window.settings.set("user/author", "甲")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("乙", True))
    window.findChild(QAction, "actionCodersChoose").trigger()
    shown = _shown(window)
    assert shown["panel"] == 2 and shown["sidebar"] == ["2", "1"]
    assert shown["codebook"] == {"学习": "1", "整改": "2"}
    assert window.findChild(QAction, "actionCodersChoose").text() == "Only 乙…"
    assert window.coder_menu.indicator.text() == "Only 乙's annotations are shown"
    window.findChild(QAction, "actionCodersMine").trigger()
    assert _shown(window)["panel"] == 1
    window.findChild(QAction, "actionCodersAll").trigger()
    assert _shown(window)["panel"] == 3
    assert window.settings.value_str("coders/mode") == "all"
