"""The Agreement view: the table of the library's coders per tag, coloured by the
thresholds, intervals computed in the background (and cancelled), CSV/XLSX export,
both languages."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from PySide6.QtCore import Qt

from reader.core.analysis.agreement.assemble import AgreementScope, library_agreement
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
]


@pytest.fixture
def agreement(qtbot, tmp_path):
    coded_library(tmp_path / "lib", SPECS)
    window = open_window(qtbot, tmp_path / "lib")
    window.findChild(type(window.actions.agreement), "actionAgreement").trigger()
    view = window.agreement_window
    qtbot.waitUntil(lambda: view.result is not None and not view.busy(), timeout=20000)
    return window, view


def _row(view, tag: str) -> int:
    model = view.model
    return next(r for r in range(model.rowCount()) if model.index(r, 1).data() == tag)


def _column(view, heading: str) -> int:
    model = view.model
    return next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == heading
    )


def test_the_view_shows_the_pair_per_tag_with_counts_and_colours(agreement, tmp_path):
    window, view = agreement
    model = view.model
    assert (view.coder_a.currentData(), view.coder_b.currentData()) == ("乙", "甲")  # two coders: the pair
    tags = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert tags == ["学习", "整改/专项整治", "整改/其他", "All tags"]
    expected = library_agreement(window.session, AgreementScope(coders=("乙", "甲"))).table.pairs[0]
    study = _row(view, "学习")
    kappa = _column(view, "Cohen's κ")
    value = expected.rows[0].estimates["kappa"].value
    assert model.index(study, kappa).data() == f"{value:.3f}"
    assert model.index(study, 2).data() == "2" and model.index(study, 3).data() == "2"  # passages of each
    verdict = "reliable" if value >= 0.8 else "tentative" if value >= 0.667 else "unreliable"
    assert model.index(study, kappa).data(Qt.ItemDataRole.UserRole) == verdict
    assert model.index(study, kappa).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(study, _column(view, "Agreement")).data(Qt.ItemDataRole.BackgroundRole) is None
    special = _row(view, "整改/专项整治")  # only 甲 used it: κ is 0 or below, red
    assert model.index(special, kappa).data(Qt.ItemDataRole.UserRole) == "unreliable"
    cu = _column(view, "cuα (which tags)")
    assert model.index(special, cu).data() == ""  # not a figure of a tag's row
    assert "3 reports compared" in view.status.text()


def test_a_parent_tag_counts_the_tags_below_it(agreement, qtbot):
    _window, view = agreement
    view.tag.setCurrentIndex(view.tag.findData("整改"))
    view.tag.activated.emit(view.tag.currentIndex())
    assert view.busy() and view.result is None
    qtbot.waitUntil(lambda: view.result is not None and not view.busy(), timeout=20000)
    tags = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert tags == ["整改", "All tags"]
    assert view.model.index(0, 2).data() == "2" and view.model.index(0, 3).data() == "2"


def test_intervals_are_computed_in_the_background_and_can_be_cancelled(agreement, qtbot, tmp_path):
    _window, view = agreement
    view.intervals_button.click()
    assert view.busy() and view.cancel_button.isVisibleTo(view)
    view.cancel()
    assert not view.busy() and not view.cancel_button.isVisibleTo(view)
    assert "Cohen's κ 95% low" not in [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    view.intervals_button.click()
    qtbot.waitUntil(lambda: not view.busy(), timeout=60000)
    row, kappa = _row(view, "All tags"), _column(view, "Cohen's κ")
    estimate = view.result.table.pairs[0].overall.estimates["kappa"]
    interval = estimate.interval
    assert interval is not None and interval.low <= estimate.value <= interval.high
    shown = view.model.index(row, kappa).data()
    assert shown == f"{estimate.value:.3f}  [{interval.low:.3f}, {interval.high:.3f}]"
    assert "95% interval" in view.model.index(row, kappa).data(Qt.ItemDataRole.ToolTipRole)
    assert not view.intervals_button.isEnabled()
    view.export_to(tmp_path / "with-intervals.csv")
    heads = next(csv.reader(io.StringIO((tmp_path / "with-intervals.csv").read_text(encoding="utf-8-sig"))))
    assert "Cohen's κ 95% low" in heads and "Cohen's κ 95% high" in heads


def test_the_table_exports_as_csv_and_xlsx(agreement, tmp_path):
    _window, view = agreement
    view.export_to(tmp_path / "table.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "table.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][:2] == ["Coders", "Tag"] and [r[1] for r in rows[1:]] == [
        "学习",
        "整改/专项整治",
        "整改/其他",
        "All tags",
    ]
    assert all(r[0] == "乙 × 甲" for r in rows[1:])
    view.export_to(tmp_path / "table")
    assert zipfile.is_zipfile(tmp_path / "table.xlsx")
    assert "Saved" in view.status.text()


def test_the_view_speaks_chinese(agreement, qtbot):
    window, view = agreement
    window.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: view.windowTitle() == "编码者间一致性")  # Qt posts the LanguageChange
        heads = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
        assert heads[:2] == ["编码者", "标签"] and "Cohen κ" in heads
        assert view.model.index(view.model.rowCount() - 1, 1).data() == "全部标签"
        assert "比较了 3 篇报告" in view.status.text()
    finally:
        window.set_language("en")
