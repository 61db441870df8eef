"""A library indexed before is listed from its index cache before its folder is
scanned: the sidebar shows every title at once, a report clicked meanwhile opens,
and the scan then brings the list up to date (reports added, removed or changed)
without moving the selection, the rows in view or the report being read."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView

from reader.app import build_window
from reader.core import library as library_module
from reader.core.index import listings as listings_module
from reader.core.index.library_index import build_index, cache_file
from reader.core.index.scan import scan_library
from reader.gui.controllers.library_controller import LibraryController
from reader.gui.main_window import MainWindow
from reader.gui.tasks import TaskRegistry
from reader.gui.widgets.report_tree import EntryRole
from tests.conftest import scraper_report
from tests.gui.gui_helpers import wait_idle

TIMEOUT_MS = 90000
#: How long the sidebar may take to show the cached titles (bounds a wait for rows
#: that, with the scan held, never come; it times nothing).
LISTED_TIMEOUT_MS = 20000
FOLDERS = ("甲省", "乙省")
PER_FOLDER = 30


@dataclass
class HeldScan:
    """Scans of a library folder wait for `release`; `started` names the folders."""

    release: threading.Event = field(default_factory=threading.Event)
    started: list[Path] = field(default_factory=list)


@pytest.fixture
def held_scan(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldScan]:
    held = HeldScan()
    real_scan = library_module.scan_library

    def scan(root: Path):
        held.started.append(Path(root))
        held.release.wait(120)
        return real_scan(root)

    for module in (library_module, listings_module):  # Library() and Library.scan_folder
        monkeypatch.setattr(module, "scan_library", scan)
    yield held
    held.release.set()


def write_report(root: Path, relpath: str, number: int, title: str, body: str) -> None:
    path = root / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(scraper_report(f"{number}{title}.txt", body), encoding="utf-8")


def indexed_library(root: Path) -> Path:
    """Two folders of reports, indexed (their index cache written), as a library
    opened before."""
    for f, folder in enumerate(FOLDERS):
        for i in range(1, PER_FOLDER + 1):
            number = f * 100 + i
            write_report(root, f"{folder}/{number}.txt", number, f"报告{number}", f"第{number}号报告的正文。")
    assert build_index(root, scan_library(root).entries, workers=1) is not None
    return root.resolve()


def open_listed(qtbot, root: Path, held: HeldScan) -> MainWindow:
    """A window on `root`, once the sidebar holds the reports the cache lists (the
    scan held back)."""
    window = build_window(root)
    qtbot.addWidget(window)
    window.resize(900, 500)  # fewer rows than the list holds fit in view
    window.show()
    qtbot.waitUntil(lambda: len(window.model.rows()) > 0, timeout=LISTED_TIMEOUT_MS)
    assert not held.release.is_set() and not window.session.scanned
    return window


def titles(window: MainWindow) -> dict[str, str]:
    return {row.entry.relpath: row.title for row in window.model.rows()}


def proxy_index(window: MainWindow, relpath: str):
    return window.proxy.mapFromSource(window.model.index_for_path(relpath))


def click(qtbot, window: MainWindow, relpath: str) -> None:
    index = proxy_index(window, relpath)
    window.report_list.scrollTo(index)
    rect = window.report_list.visualRect(index)
    qtbot.mouseClick(window.report_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def showing(window: MainWindow, relpath: str) -> bool:
    report = window.reader_view.report
    return report is not None and report.relpath == relpath


def finish(qtbot, window: MainWindow, held: HeldScan) -> None:
    held.release.set()
    qtbot.waitUntil(lambda: window.session.scanned, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)


def test_the_sidebar_lists_every_cached_title_before_the_folder_is_scanned(
    qtbot, tmp_path: Path, held_scan: HeldScan
) -> None:
    root = indexed_library(tmp_path / "library")

    window = open_listed(qtbot, root, held_scan)

    expected = {f"{folder}/{f * 100 + i}.txt": f"报告{f * 100 + i}" for f, folder in enumerate(FOLDERS)
                for i in range(1, PER_FOLDER + 1)}  # fmt: skip
    assert titles(window) == expected
    assert window.proxy.rowCount() == 2 and window.report_list.isExpanded(window.proxy.index(0, 0))
    assert window.count_label.text() == "Reports: 60"  # the status bar counts them already
    finish(qtbot, window, held_scan)
    assert titles(window) == expected  # nothing changed on disk: nothing moves


def test_a_report_clicked_before_the_scan_is_back_opens(qtbot, tmp_path: Path, held_scan: HeldScan) -> None:
    root = indexed_library(tmp_path / "library")
    window = open_listed(qtbot, root, held_scan)

    click(qtbot, window, "乙省/112.txt")

    qtbot.waitUntil(lambda: showing(window, "乙省/112.txt"), timeout=TIMEOUT_MS)
    assert "第112号报告的正文。" in window.reader_view.report.document.text
    assert not window.session.scanned
    finish(qtbot, window, held_scan)
    assert showing(window, "乙省/112.txt")  # the first report to show does not replace the user's


def test_a_report_deleted_since_the_cache_says_so_when_clicked_then_goes(
    qtbot, tmp_path: Path, held_scan: HeldScan
) -> None:
    root = indexed_library(tmp_path / "library")
    (root / "甲省" / "3.txt").unlink()
    window = open_listed(qtbot, root, held_scan)
    assert "甲省/3.txt" in titles(window)  # as the cache knows it

    click(qtbot, window, "甲省/3.txt")

    qtbot.waitUntil(lambda: "No such file or folder." in window.reader_view.toPlainText(), timeout=TIMEOUT_MS)
    assert window.reader_view.report is None
    finish(qtbot, window, held_scan)
    assert "甲省/3.txt" not in titles(window) and len(titles(window)) == 59
    assert window.reader_view.report is None  # the message stays until the user moves on
    assert window.count_label.text() == "Reports: 59"


def test_the_scan_adds_removes_and_updates_rows_keeping_the_selection_and_the_view(
    qtbot, tmp_path: Path, held_scan: HeldScan
) -> None:
    root = indexed_library(tmp_path / "library")
    (root / "甲省" / "5.txt").unlink()  # above the rows in view: they must not shift
    write_report(root, "乙省/120.txt", 120, "改过的标题", "改过的正文，比原来长一些。")
    write_report(root, "乙省/150.txt", 150, "新来的报告", "新报告的正文。")
    write_report(root, "丙省/301.txt", 301, "新文件夹的报告", "新文件夹里的正文。")
    window = open_listed(qtbot, root, held_scan)
    view = window.report_list
    click(qtbot, window, "乙省/110.txt")  # the user reads a report…
    qtbot.waitUntil(lambda: showing(window, "乙省/110.txt"), timeout=TIMEOUT_MS)
    view.scrollTo(proxy_index(window, "乙省/104.txt"), QAbstractItemView.ScrollHint.PositionAtTop)
    in_view = view.indexAt(QPoint(1, 1)).data(EntryRole).relpath  # …with these rows in view

    finish(qtbot, window, held_scan)

    shown = titles(window)
    assert "甲省/5.txt" not in shown
    assert shown["乙省/120.txt"] == "改过的标题"
    assert shown["乙省/150.txt"] == "新来的报告" and shown["丙省/301.txt"] == "新文件夹的报告"
    assert len(shown) == 61
    assert view.isExpanded(proxy_index(window, "丙省/301.txt").parent())  # a new folder opens
    assert view.currentIndex().data(EntryRole).relpath == "乙省/110.txt"
    assert showing(window, "乙省/110.txt")
    assert view.indexAt(QPoint(1, 1)).data(EntryRole).relpath == in_view
    changed = next(e for e in window.session.entries if e.relpath == "乙省/120.txt")
    assert proxy_index(window, "乙省/120.txt").data(EntryRole) == changed  # opens the file as it is now


def controller() -> tuple[LibraryController, list[tuple[str, tuple]]]:
    """A controller and the signals it sent, in order (name, arguments)."""
    lc = LibraryController(TaskRegistry())
    heard: list[tuple[str, tuple]] = []
    for name in ("library_opened", "library_scanned", "annotations_ready", "index_ready"):
        getattr(lc, name).connect(lambda *args, n=name: heard.append((n, args)))
    return lc, heard


def test_the_scan_of_a_library_left_meanwhile_reports_nothing(
    qtbot, tmp_path: Path, held_scan: HeldScan
) -> None:
    first = indexed_library(tmp_path / "first")
    other = tmp_path / "other"
    write_report(other, "1.txt", 1, "另一个文库", "另一个文库的正文。")
    lc, heard = controller()
    lc.open(first)
    qtbot.waitUntil(lambda: len(held_scan.started) == 1, timeout=LISTED_TIMEOUT_MS)  # listed, now scanning

    lc.open(other)
    held_scan.release.set()

    qtbot.waitUntil(lambda: ("index_ready" in dict(heard)) and not lc.tasks.busy(), timeout=TIMEOUT_MS)
    assert [args[0].root for name, args in heard if name == "library_opened"] == [first, other.resolve()]
    assert [args[0].root for name, args in heard if name == "library_scanned"] == [other.resolve()]
    assert lc.library.root == other.resolve()


def test_a_damaged_cache_opens_the_library_once_scanned(qtbot, tmp_path: Path) -> None:
    root = indexed_library(tmp_path / "library")
    cache_file(root).write_bytes(b"not a database" * 1000)
    lc, heard = controller()

    lc.open(root)

    qtbot.waitUntil(lambda: not lc.tasks.busy() and "index_ready" in dict(heard), timeout=TIMEOUT_MS)
    assert [name for name, _ in heard][:3] == ["library_opened", "library_scanned", "annotations_ready"]
    library, changes = heard[1][1]
    assert library is heard[0][1][0] and library.scanned and len(library.entries) == 60
    assert not changes  # the sidebar shows the scan itself: nothing to bring up to date


def test_the_filter_menu_is_filled_once_the_annotations_are_read_not_before_the_list_paints(
    qtbot, tmp_path: Path, held_scan: HeldScan, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The filter menu's choices (tags, years, variables) were worked out for every
    report when the cached list was shown, before its first paint, and again once the
    annotations were read: now only then. The menu offers them as before."""
    from reader.gui.flows.variables import VariablesFlow

    root = indexed_library(tmp_path / "library")
    window = open_listed(qtbot, root, held_scan)
    finish(qtbot, window, held_scan)
    window._do(window.session.add_tag("领导"), "New tag")
    window.save_annotations()
    window.close()
    held_scan.release.clear()
    asked = []
    real = VariablesFlow.filter_choices
    monkeypatch.setattr(VariablesFlow, "filter_choices", lambda flow: asked.append(1) or real(flow))

    window = open_listed(qtbot, root, held_scan)

    assert asked == [] and window.tag_filter.count() == 1 and window.tag_filter.itemText(0) == "All reports"
    finish(qtbot, window, held_scan)
    assert asked
    offered = [window.tag_filter.itemText(i) for i in range(window.tag_filter.count())]
    assert offered == ["All reports", "Tagged: 领导"]
