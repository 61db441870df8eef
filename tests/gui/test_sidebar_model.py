"""The sidebar's model on its own: sorting inside folders (both ways), the selection
kept through a re-sort, dates arriving while sorted by date, and titles taken from
the index cache only for files it knows unchanged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTreeView

from reader.core.index.scan import ReportEntry, scan_library
from reader.gui.widgets.report_filter import ReportFilterProxy
from reader.gui.widgets.report_tree import DATE, NUMBER, TITLE, ReportRow, ReportTreeModel, rows_for
from tests.conftest import scraper_report


def make_library(root: Path) -> None:
    for folder, number, title in [
        ("山西", 3, "丙"),
        ("山西", 1, "甲"),
        ("山西", 12, "乙"),
        ("吉林", 2, "丁"),
    ]:
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / f"{number}.txt").write_text(
            scraper_report(f"{number} {title}报告.txt", f"{title}的正文。"), encoding="utf-8"
        )


def titles(proxy: ReportFilterProxy, parent) -> list[str]:
    return [proxy.index(r, TITLE, parent).data() for r in range(proxy.rowCount(parent))]


def four_folders(qtbot) -> tuple[ReportTreeModel, ReportFilterProxy, QTreeView, list[ReportRow]]:
    """A list of 400 reports in four folders (c0-c3), not yet shown: the model, its
    filter, the tree showing them, and the rows to set."""
    entries = [
        ReportEntry(f"/l/c{i % 4}/{i}.txt", f"c{i % 4}/{i}.txt", f"c{i % 4}", 1, 1) for i in range(400)
    ]
    model, proxy, view = ReportTreeModel(), ReportFilterProxy(), QTreeView()
    qtbot.addWidget(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    return model, proxy, view, [ReportRow(e, i, f"报告{i}") for i, e in enumerate(entries)]


def test_sorting_inside_folders_both_ways_keeps_the_selection(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QTreeView

    make_library(tmp_path)
    model, proxy, view = ReportTreeModel(), ReportFilterProxy(), QTreeView()
    qtbot.addWidget(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    model.set_rows(rows_for(scan_library(tmp_path).entries))
    shanxi = proxy.index(1, 0)
    assert shanxi.data() == "山西 (3)"
    view.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
    assert titles(proxy, shanxi) == ["甲报告", "丙报告", "乙报告"]  # 1, 3, 12: numbers, not text
    view.selectionModel().setCurrentIndex(
        proxy.index(2, 0, shanxi), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.sortByColumn(NUMBER, Qt.SortOrder.DescendingOrder)
    shanxi = proxy.index(1, 0)  # a re-sort invalidates plain indexes
    assert titles(proxy, shanxi) == ["乙报告", "丙报告", "甲报告"]
    assert view.currentIndex().data() == "乙报告"  # the selection followed its row
    view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["吉林 (1)", "山西 (3)"]


def test_dates_arriving_while_sorted_by_date_resort(qtbot, tmp_path: Path) -> None:
    make_library(tmp_path)
    model, proxy = ReportTreeModel(), ReportFilterProxy()
    proxy.setSourceModel(model)
    model.set_grouped(False)
    rows = rows_for(scan_library(tmp_path).entries)
    model.set_rows(rows)
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    dates = {
        r.entry.relpath: d for r, d in zip(rows, ["2020-01-02", "2019-05-01", "--03-04", ""], strict=True)
    }
    model.set_dates(dates)
    shown = [proxy.index(r, DATE).data() for r in range(proxy.rowCount())]
    assert shown == ["1 May 2019", "2 Jan 2020", "4 Mar", ""]  # full dates, year-less, none


def test_titles_come_from_the_cache_only_for_unchanged_files(tmp_path: Path) -> None:
    make_library(tmp_path)
    entries = scan_library(tmp_path).entries
    first, second = entries[0], entries[1]
    cached = {
        first.relpath: (first.size, first.mtime_ns, 99, "缓存中的标题", "2019-01-01"),
        second.relpath: (second.size + 1, second.mtime_ns, 98, "过时的标题", "2018-01-01"),
    }
    rows = {r.entry.relpath: r for r in rows_for(entries, cached)}
    assert (rows[first.relpath].title, rows[first.relpath].number, rows[first.relpath].date) == (
        "缓存中的标题",
        99,
        "2019-01-01",
    )
    assert rows[second.relpath].title != "过时的标题"  # read from the file instead
    assert rows[second.relpath].entry is second


def test_laying_out_the_grouped_tree_never_asks_a_report_for_children(qtbot) -> None:
    from PySide6.QtWidgets import QTreeView

    from reader.core.index.scan import ReportEntry
    from reader.gui.widgets.report_filter import ReportFilterProxy
    from reader.gui.widgets.report_tree import ReportTreeModel

    class Counting(ReportTreeModel):
        asked = 0

        def rowCount(self, parent=None) -> int:  # type: ignore[override]
            if parent is not None and parent.isValid() and parent.internalId() != 0:
                Counting.asked += 1
            return super().rowCount(parent) if parent is not None else super().rowCount()

    folders = [f"c{i % 4}" for i in range(400)]
    entries = [ReportEntry(f"/l/{c}/{i}.txt", f"{c}/{i}.txt", c, 1, 1) for i, c in enumerate(folders)]
    model = Counting()
    proxy = ReportFilterProxy()
    proxy.setSourceModel(model)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    model.set_rows([ReportRow(e, i, f"报告{i}") for i, e in enumerate(entries)])
    view.expandToDepth(0)
    view.show()
    qtbot.waitExposed(view)
    assert proxy.rowCount() == 4 and sum(proxy.rowCount(proxy.index(r, 0)) for r in range(4)) == 400
    assert Counting.asked == 0


def test_an_unfiltered_list_is_laid_out_without_a_python_filter_call_per_row(qtbot) -> None:
    """Qt filters the list (a regular expression over each report's filter text):
    with nothing typed and no tag chosen, laying out 10,000 reports asked a filter
    written in Python about every row. Typed words and the tag filter still apply."""
    import sys

    model, proxy, view, rows = four_folders(qtbot)
    filter_calls = []
    sys.setprofile(lambda frame, event, _arg: event == "call" and "filter" in frame.f_code.co_name
                   and filter_calls.append(frame.f_code.co_name))  # fmt: skip
    try:
        model.set_rows(rows)
        view.expandToDepth(0)
    finally:
        sys.setprofile(None)
    assert filter_calls == []
    assert sum(proxy.rowCount(proxy.index(r, 0)) for r in range(proxy.rowCount())) == 400
    proxy.set_filter_text("报告１２")  # full-width digits fold to ASCII: 12, 120-129
    shown = {proxy.index(r, 0, proxy.index(c, 0)).data() for c in range(proxy.rowCount())
             for r in range(proxy.rowCount(proxy.index(c, 0)))}  # fmt: skip
    assert shown == {"报告12"} | {f"报告{n}" for n in range(120, 130)}
    proxy.set_allowed_paths({"c0/120.txt", "c1/121.txt", "c3/7.txt"})
    assert proxy.rowCount() == 2  # the folders of 120 and 121 only
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3 and proxy.index(2, 0).data() == "c3 (100)"
    proxy.set_allowed_paths(None)
    assert proxy.rowCount() == 4


def test_laying_out_the_list_asks_python_once_per_report_and_flags_stay_right(qtbot) -> None:
    """Laying out 10,000 reports asked Python over five times a row (each row's flags,
    asked twice, went through the source model: its index, then its flags); the proxy
    now answers the flags itself. A folder still opens and a report still has no
    children, grouped, flat and filtered."""
    import sys

    model, proxy, view, rows = four_folders(qtbot)
    view.setUniformRowHeights(True)  # as the sidebar: rows are not measured one by one
    model.set_rows(rows)
    calls = []
    sys.setprofile(lambda frame, event, _arg: event == "call" and frame.f_code.co_filename.endswith(
        ("report_tree.py", "report_filter.py")) and calls.append(
        (Path(frame.f_code.co_filename).stem, frame.f_code.co_name)))  # fmt: skip
    try:
        view.expandToDepth(0)
    finally:
        sys.setprofile(None)
    assert ("report_tree", "flags") not in calls  # the model is not asked for flags
    # Per report: its folder's source index (the proxy finds the row's parent), then
    # the proxy's flags, twice (five calls a row before: 2,200 here).
    assert len(calls) <= 4 * 400
    assert all(view.isExpanded(proxy.index(r, 0)) for r in range(4))

    def never_has_children(index) -> bool:
        return bool(proxy.flags(index) & Qt.ItemFlag.ItemNeverHasChildren)

    def selectable(index) -> bool:
        return bool(proxy.flags(index) & Qt.ItemFlag.ItemIsSelectable)

    folder = proxy.index(1, 0)
    report = proxy.index(0, 0, folder)
    assert folder.data() == "c1 (100)" and not never_has_children(folder) and selectable(folder)
    assert report.data() == "报告1" and never_has_children(report) and selectable(report)
    assert never_has_children(proxy.index(0, 3, folder)) and not never_has_children(proxy.index(0, 3))
    proxy.set_filter_text("报告12")
    folder = proxy.index(0, 0)
    assert folder.data() == "c0 (100)" and not never_has_children(folder)
    assert never_has_children(proxy.index(0, 0, folder))
    model.set_grouped(False)  # flat: every row a report
    assert proxy.index(0, 0).data() == "报告12" and never_has_children(proxy.index(0, 0))
    assert not proxy.flags(proxy.index(99, 0)) and proxy.flags(proxy.index(99, 0)) == Qt.ItemFlag.NoItemFlags
