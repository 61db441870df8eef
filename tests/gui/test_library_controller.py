"""The library controller without a window: it scans, reads the annotations, indexes,
loads reports and searches off the UI thread, and says so by signals; results for a
library the user has left are dropped. And the window shows itself before the scan."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.core import library as library_module
from reader.core.analysis.search import Query
from reader.core.index import listings as listings_module
from reader.gui import tasks
from reader.gui.controllers.library_controller import LibraryController
from reader.gui.tasks import TaskRegistry
from tests.conftest import scraper_report
from tests.gui.gui_helpers import wait_idle

TIMEOUT_MS = 90000


@pytest.fixture
def scanned_on(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the library folder is scanned on."""
    threads: list[threading.Thread] = []
    real_scan = library_module.scan_library
    for module in (library_module, listings_module):  # Library() and Library.scan_folder
        monkeypatch.setattr(
            module,
            "scan_library",
            lambda root: threads.append(threading.current_thread()) or real_scan(root),
        )
    return threads


def controller(qtbot) -> tuple[LibraryController, list[tuple[str, object]]]:
    """A controller and the signals it sent, in order (name, first argument)."""
    lc = LibraryController(TaskRegistry())
    heard: list[tuple[str, object]] = []
    for name in (
        "library_opened",
        "annotations_ready",
        "index_started",
        "index_ready",
        "report_ready",
        "report_failed",
        "search_waiting",
        "search_finished",
        "search_failed",
        "open_failed",
    ):
        getattr(lc, name).connect(lambda *args, n=name: heard.append((n, args[0] if args else None)))
    return lc, heard


def names(heard: list[tuple[str, object]]) -> list[str]:
    return [name for name, _value in heard]


def test_opening_scans_reads_and_indexes_in_the_background_in_order(
    qtbot, seeds_copy: Path, scanned_on: list[threading.Thread]
) -> None:
    lc, heard = controller(qtbot)

    lc.open(seeds_copy)
    assert lc.library is None and heard == []  # open() returns before the folder is scanned

    qtbot.waitUntil(lambda: "index_ready" in names(heard), timeout=TIMEOUT_MS)
    assert scanned_on and scanned_on[0] is not threading.main_thread()
    assert names(heard) == ["library_opened", "annotations_ready", "index_started", "index_ready"]
    library = heard[0][1]
    assert library is lc.library and library.root == seeds_copy.resolve()
    assert len(library.entries) == 5 and library.annotations_loaded and library.indexed
    qtbot.waitUntil(lambda: not lc.tasks.busy(), timeout=TIMEOUT_MS)


def test_a_search_asked_before_the_index_runs_once_it_is_ready(qtbot, seeds_copy: Path) -> None:
    lc, heard = controller(qtbot)
    lc.open(seeds_copy)
    qtbot.waitUntil(lambda: "annotations_ready" in names(heard), timeout=TIMEOUT_MS)

    lc.search(Query("骆惠宁"))  # the library pass has not finished yet

    assert "search_waiting" in names(heard)
    qtbot.waitUntil(lambda: "search_finished" in names(heard), timeout=TIMEOUT_MS)
    assert names(heard).index("index_ready") < names(heard).index("search_finished")
    result = dict(heard)["search_finished"]
    assert len(result.reports) >= 2
    qtbot.waitUntil(lambda: not lc.tasks.busy(), timeout=TIMEOUT_MS)


def test_reports_load_or_say_why_not(qtbot, tmp_path: Path) -> None:
    (tmp_path / "1甲.txt").write_text(scraper_report("1甲.txt", "甲的正文。"), encoding="utf-8")
    (tmp_path / "2乙.txt").write_bytes(b"\x00\x01\x02" * 50)  # not text
    lc, heard = controller(qtbot)
    lc.open(tmp_path)
    qtbot.waitUntil(lambda: "annotations_ready" in names(heard), timeout=TIMEOUT_MS)
    good, bad = sorted(lc.library.entries, key=lambda e: e.relpath)

    lc.load(good, top_offset=7)
    qtbot.waitUntil(lambda: "report_ready" in names(heard), timeout=TIMEOUT_MS)
    report, top = next(value for name, value in heard if name == "report_ready"), 7
    assert report.document.text.strip() == "甲的正文。" and top == 7
    lc.load(bad)
    qtbot.waitUntil(lambda: "report_failed" in names(heard), timeout=TIMEOUT_MS)
    entry = next(value for name, value in heard if name == "report_failed")
    assert entry is bad
    lc.close()


def test_a_library_left_while_scanning_reports_nothing(qtbot, seeds_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "1甲.txt").write_text(scraper_report("1甲.txt", "另一个文库。"), encoding="utf-8")
    lc, heard = controller(qtbot)

    lc.open(seeds_copy)
    lc.open(other)  # before the first scan has finished

    qtbot.waitUntil(lambda: "index_ready" in names(heard), timeout=TIMEOUT_MS)
    opened = [value for name, value in heard if name == "library_opened"]
    assert [library.root for library in opened] == [other.resolve()]
    qtbot.waitUntil(lambda: not lc.tasks.busy(), timeout=TIMEOUT_MS)


def test_a_missing_folder_opens_empty_with_its_problem_named(qtbot, tmp_path: Path) -> None:
    lc, heard = controller(qtbot)
    lc.open(tmp_path / "gone")
    qtbot.waitUntil(lambda: "annotations_ready" in names(heard), timeout=TIMEOUT_MS)
    library = lc.library
    assert library.entries == [] and [p.code for p in library.problems] == ["not-found"]
    qtbot.waitUntil(lambda: not lc.tasks.busy(), timeout=TIMEOUT_MS)
    assert "index_started" not in names(heard)  # nothing to index


def test_the_window_shows_before_the_library_is_scanned(
    qtbot, seeds_copy: Path, scanned_on: list[threading.Thread]
) -> None:
    from reader.app import build_window

    window = build_window(seeds_copy)
    qtbot.addWidget(window)
    assert window.tasks.running(tasks.SCAN) or window.session is not None
    window.show()
    wait_idle(qtbot, window)
    assert scanned_on and all(thread is not threading.main_thread() for thread in scanned_on)
    assert window.proxy.rowCount() > 0 and window.reader_view.report is not None


def test_a_report_is_read_on_the_ui_thread_only_once_the_parser_is_loaded(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the warm-up has imported the HTML parser, a click reads the report in the
    background: reading it on the UI thread waited for that import (Python's import
    lock) with the window frozen, up to 0.9 s on the first click after a large
    library opened. Once it is loaded, a small report is read at once."""
    read_on: list[threading.Thread] = []
    real_load = library_module.Library.load_to_show
    monkeypatch.setattr(
        library_module.Library,
        "load_to_show",
        lambda self, entry: read_on.append(threading.current_thread()) or real_load(self, entry),
    )
    lc, heard = controller(qtbot)
    lc.open(seeds_copy)
    qtbot.waitUntil(lambda: "annotations_ready" in names(heard), timeout=TIMEOUT_MS)
    first, second = lc.library.entries[:2]
    lc.reading_ready = False  # as when a user clicks before the warm-up has finished

    lc.load(first)
    qtbot.waitUntil(lambda: "report_ready" in names(heard), timeout=TIMEOUT_MS)
    assert read_on == [read_on[0]] and read_on[0] is not threading.main_thread()
    assert lc.reading_ready  # the parser was loaded to read it

    lc.load(second)  # now at once, on the UI thread
    reports = [value for name, value in heard if name == "report_ready"]
    assert read_on[1] is threading.main_thread() and reports[-1].relpath == second.relpath
    qtbot.waitUntil(lambda: not lc.tasks.busy(), timeout=TIMEOUT_MS)
    lc.close()


def test_the_parser_is_warmed_up_once_the_library_is_scanned(qtbot, seeds_copy: Path) -> None:
    lc, heard = controller(qtbot)
    assert not lc.reading_ready
    lc.open(seeds_copy)
    qtbot.waitUntil(lambda: lc.reading_ready, timeout=TIMEOUT_MS)  # without any report read
    assert "report_ready" not in names(heard)
    qtbot.waitUntil(lambda: not lc.tasks.busy(), timeout=TIMEOUT_MS)
    lc.close()
