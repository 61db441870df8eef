"""Which files and folders of a library are reports, and the names the library
knows them by: what a folder scan needs, without the cleaning that reading one takes."""

from __future__ import annotations

import os
from pathlib import Path

#: File endings read as reports.
REPORT_SUFFIXES = frozenset({".txt", ".html", ".htm"})
#: Folders holding a report's images (skipped when scanning for reports).
IMAGE_FOLDER = "图片"
IMAGE_FOLDER_NAMES = frozenset({IMAGE_FOLDER, "images", "image", "img", "pictures"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"})
#: Files at least this large are cleaned in a child process (for the reader pane, and when
#: indexing): cleaning millions of paragraphs holds the interpreter for seconds at a
#: time (long regular-expression calls, garbage collection of millions of objects),
#: which would freeze the window's UI thread however the work is threaded.
ISOLATED_LOAD_BYTES = 4 * 1024 * 1024


def is_report_folder(folder: Path, report: Path) -> bool:
    """Whether `folder` is a report's own folder: named after it, or holding `图片/`
    and no other report."""
    if folder.name == report.stem:
        return True
    if not (folder / IMAGE_FOLDER).is_dir():
        return False
    try:
        reports = [e for e in os.scandir(folder) if Path(e.name).suffix.lower() in REPORT_SUFFIXES]
    except OSError:
        return False
    return len(reports) == 1


def default_root(path: Path) -> Path:
    """The library root assumed for a lone file: its folder, or above its own folder."""
    parent = path.parent
    return parent.parent if is_report_folder(parent, path) and parent.parent != parent else parent


def relative_path(path: Path, root: Path) -> str:
    """Path relative to the library as a '/'-separated string (the report's key)."""
    try:
        rel = os.path.relpath(path, root)
    except ValueError:  # another drive on Windows
        rel = path.name
    return Path(rel).as_posix()


def category_of(path: Path, root: Path) -> str:
    """The report's folder relative to the library ('' at the top), skipping its own folder."""
    folder = path.parent
    if is_report_folder(folder, path) and folder != root:
        folder = folder.parent
    rel = relative_path(folder, root)
    return "" if rel in (".", "") or rel.startswith("..") else rel
