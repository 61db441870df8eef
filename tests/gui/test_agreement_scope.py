"""The Agreement view's scope as the command line has it: several tags, several
folders, single reports (Scope…), shown in the Folder and Tag lists and remembered
for the library."""

from __future__ import annotations

import pytest

from reader.core.analysis.agreement.assemble import AgreementScope, library_agreement
from reader.gui.widgets.agreement_scope import SEVERAL, ScopeDialog
from reader.gui.widgets.agreement_view import AgreementWindow
from tests.agreement_library import coded_library
from tests.gui.gui_helpers import open_window

SPECS = [
    (0, 0, 40, ["学习"], "甲"),
    (0, 5, 40, ["学习"], "乙"),
    (0, 60, 90, ["整改/专项整治"], "甲"),
    (0, 100, 130, ["整改/其他"], "乙"),
    (1, 0, 30, ["学习"], "甲"),
    (1, 0, 30, ["学习"], "乙"),
    (2, 10, 50, ["整改/其他"], "甲"),
    (2, 12, 50, ["整改/其他"], "乙"),
    (4, 0, 20, ["学习"], "甲"),  # with the library's sub/ folder, index 4 is sub/002_…
    (4, 0, 25, ["学习"], "乙"),
]


@pytest.fixture
def agreement(qtbot, tmp_path):
    coded_library(tmp_path / "lib", SPECS, subfolder=True)
    window = open_window(qtbot, tmp_path / "lib")
    window.findChild(type(window.actions.agreement), "actionAgreement").trigger()
    view = window.agreement_window
    qtbot.waitUntil(lambda: view.result is not None and not view.busy(), timeout=20000)
    return window, view


def _answer(ticks: dict[str, list[str]]) -> type[ScopeDialog]:
    """A Scope dialog that ticks `ticks` and is accepted, instead of waiting for a user."""

    class Answered(ScopeDialog):
        def exec(self) -> int:
            for which, values in ticks.items():
                self.tick(which, values)
            return 1

    return Answered


def _wait(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.result is not None and not view.busy(), timeout=20000)


def test_several_tags_and_single_reports_make_the_table_and_are_remembered(agreement, qtbot):
    window, view = agreement
    entries = [e.relpath for e in window.session.entries]
    first, second = entries[0], entries[1]
    control = view.scope_control
    control.dialog_factory = _answer({"tags": ["学习", "整改/其他"], "reports": [first, second]})
    control.button.click()
    _wait(qtbot, view)
    expected = library_agreement(
        window.session,
        AgreementScope(coders=("乙", "甲"), reports=frozenset({first, second}), tags=("学习", "整改/其他")),
    ).table.pairs[0]
    pair = view.result.table.pairs[0]
    assert [r.tag for r in pair.rows] == [r.tag for r in expected.rows]
    assert len(pair.reports) == 2 and pair.overall.estimates["kappa"].value == pytest.approx(
        expected.overall.estimates["kappa"].value
    )
    assert (
        view.folder.currentData() == SEVERAL and view.folder.currentText() == "Several: 0 folders, 2 reports"
    )
    assert view.tag.currentData() == SEVERAL and view.tag.currentText() == "Several: 2 tags"

    other = AgreementWindow(window.settings)  # another window on the same library: the same scope
    qtbot.addWidget(other)
    other.set_session(window.session)
    assert other.scope() == view.scope()
    other.close()


def test_several_folders_and_a_single_pick_in_the_list(agreement, qtbot):
    window, view = agreement
    control = view.scope_control
    assert view.folder.findData("sub") > 0
    control.dialog_factory = _answer({"folders": ["sub"], "reports": [window.session.entries[0].relpath]})
    control.button.click()
    _wait(qtbot, view)
    sub = next(e.relpath for e in window.session.entries if e.category == "sub")
    assert view.result.table.pairs[0].reports == (window.session.entries[0].relpath, sub)
    view.folder.setCurrentIndex(view.folder.findData("sub"))
    view.folder.activated.emit(view.folder.currentIndex())  # one folder from the list: no single reports
    _wait(qtbot, view)
    assert view.scope().folders == ("sub",) and view.scope().reports is None
    assert view.result.table.pairs[0].reports == (sub,)
    assert view.folder.findData(SEVERAL) < 0


def test_the_scope_dialog_speaks_chinese(agreement, qtbot):
    window, view = agreement
    window.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: view.windowTitle() == "编码者间一致性")
        assert view.scope_control.button.text() == "范围(&P)…"
        dialog = ScopeDialog(([], ["学习"], []), view.scope_control.choice, view)
        assert dialog.windowTitle() == "一致性表的范围"
        dialog.close()
    finally:
        window.set_language("en")
