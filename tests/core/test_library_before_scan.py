"""A library taken from its index cache before its folder is scanned: the same
reports a scan finds while nothing changed on disk, and after the scan exactly what
changed (added, removed, changed by size or modification time)."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.index.library_index import build_index, cache_file
from reader.core.index.scan import scan_library
from reader.core.library import Library
from tests.conftest import scraper_report


def make_library(root: Path) -> Path:
    for relpath, number, title in (
        ("1甲.txt", 1, "甲报告"),
        ("山西/2乙.txt", 2, "乙报告"),
        ("山西/3丙/3丙.txt", 3, "丙报告"),  # in its own folder: the category is 山西
        ("吉林/4丁.txt", 4, "丁报告"),
    ):
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(scraper_report(f"{number}{title}.txt", f"{title}的正文。"), encoding="utf-8")
    assert build_index(root, scan_library(root).entries, workers=1) is not None
    return root


def test_the_cached_reports_are_those_a_scan_finds_when_nothing_changed(tmp_path: Path) -> None:
    root = make_library(tmp_path)

    library = Library(root, load_annotations=False, scan=False)

    scanned = scan_library(root).entries
    assert not library.scanned
    assert sorted(library.entries, key=lambda e: e.relpath) == sorted(scanned, key=lambda e: e.relpath)
    assert library.listings["山西/3丙/3丙.txt"][2:4] == (3, "丙报告")
    scan, listings = library.scan_folder()
    assert not library.take_scan(scan, listings)  # nothing to bring up to date
    assert library.scanned and library.entries == scanned


def test_the_scan_says_what_was_added_removed_and_changed(tmp_path: Path) -> None:
    root = make_library(tmp_path)
    (root / "吉林" / "4丁.txt").unlink()
    changed = root / "山西" / "2乙.txt"
    changed.write_text(scraper_report("2乙报告改.txt", "改过的正文，长了一些。"), encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    (root / "5戊.txt").write_text(scraper_report("5戊报告.txt", "新的正文。"), encoding="utf-8")
    library = Library(root, load_annotations=False, scan=False)

    scan, listings = library.scan_folder()
    changes = library.take_scan(scan, listings)

    assert [e.relpath for e in changes.added] == ["5戊.txt"]
    assert [e.relpath for e in changes.removed] == ["吉林/4丁.txt"]
    assert [e.relpath for e in changes.changed] == ["山西/2乙.txt"]
    assert changes.changed[0].mtime_ns == 1  # the entry as it is now
    assert listings["5戊.txt"][2:4] == (5, "戊报告") and listings["山西/2乙.txt"][3] == "乙报告改"
    assert {e.relpath for e in library.entries} == {"1甲.txt", "5戊.txt", "山西/2乙.txt", "山西/3丙/3丙.txt"}


def test_without_a_usable_cache_nothing_is_listed_before_the_scan(tmp_path: Path) -> None:
    root = make_library(tmp_path)
    cache_file(root).write_bytes(b"damaged" * 100)

    library = Library(root, load_annotations=False, scan=False)

    assert library.entries == [] and library.listings == {}
    scan, listings = library.scan_folder()
    assert len(library.take_scan(scan, listings).added) == 4
    assert listings["吉林/4丁.txt"][2:4] == (4, "丁报告")  # from the file's first line
