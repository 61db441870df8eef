"""A library is a folder of reports, scanned recursively; sub-folders are categories."""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from reader.core.problems import Problem, ReportError
from reader.core.reading.report_files import (
    IMAGE_FOLDER_NAMES,
    REPORT_SUFFIXES,
    category_of,
    is_report_folder,
    relative_path,
)
from reader.core.reading.safe_read import file_kind

if TYPE_CHECKING:
    from reader.core.reading.loader import Report, ReportInfo

logger = logging.getLogger(__name__)

#: Files the app writes into a library folder; never reports.
APP_FILE_PREFIXES = ("reader-",)

_DIGITS = re.compile(r"(\d+)")
#: The number each name starts with (empty when it does not), in "/" + the names joined
#: by "/" (a pattern that starts with a character: the others are skipped in one go).
_LEADING_DIGITS = re.compile(r"/(\d*)")


class ReportEntry(NamedTuple):
    """A report file found by a scan (not yet read): `location` is its path as the
    scan found it (a string: a library of 10,000 reports is listed at start-up, and
    a named tuple is made in half the time of a frozen dataclass)."""

    location: str
    relpath: str
    category: str
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        return Path(self.location)


@dataclass(slots=True)
class ScanResult:
    """Report files in a library and the paths that cannot be reports."""

    root: Path
    entries: list[ReportEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class CheckResult:
    """Every report of a library loaded, or the reason it could not be."""

    root: Path
    reports: list[ReportInfo] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def natural_key(name: str) -> tuple[object, ...]:
    """Sort key that orders '2' before '10' (a scan sorts every name it lists: the
    runs of digits, every other part of the split, are turned to numbers in one go)."""
    parts: list[object] = _DIGITS.split(name.casefold())  # type: ignore[assignment]
    parts[1::2] = map(int, parts[1::2])  # type: ignore[call-overload]
    return tuple(parts)


def is_candidate_name(name: str) -> bool:
    """Whether a file name could be a report (by ending; hidden and app files excluded)."""
    if name.startswith(".") or name.startswith(APP_FILE_PREFIXES):
        return False
    _stem, dot, suffix = name.rpartition(".")
    return bool(dot) and "." + suffix.lower() in REPORT_SUFFIXES


def scan_library(root: Path) -> ScanResult:
    """Find every report file below `root` without reading any of them (one stat per
    file: its size and modification time say whether the index cache still holds it).
    A library of 10,000 reports is scanned at every open: what is the same for every
    file of a folder (its path relative to the library, its category) is worked out
    once per folder."""
    root = Path(root)
    result = ScanResult(root)
    top = str(root)
    prefix = top + os.sep
    entries = result.entries
    for folder, files in _walk(root, result.problems):
        if folder == top:
            for path, _name, st in files:
                relpath = path[len(prefix) :] if path.startswith(prefix) else relative_path(Path(path), root)
                entries.append(ReportEntry(path, relpath, "", st.st_size, st.st_mtime_ns))
            continue
        if not folder.startswith(prefix):  # a root such as "/" or "C:\\": the general way
            for path, _name, st in files:
                where = Path(path)
                entries.append(ReportEntry(path, relative_path(where, root), category_of(where, root),
                                           st.st_size, st.st_mtime_ns))  # fmt: skip
            continue
        inside = folder[len(prefix) :].replace(os.sep, "/")
        own_name = folder.rpartition(os.sep)[2]
        outside = inside.rpartition("/")[0]  # the category of a report in its own folder
        folder_is_own: bool | None = None  # holding 图片/ and a single report
        for path, name, st in files:
            own = name.rpartition(".")[0] == own_name
            if not own:
                if folder_is_own is None:
                    folder_is_own = is_report_folder(Path(folder), Path(path))
                own = folder_is_own
            entries.append(ReportEntry(path, inside + "/" + name, outside if own else inside,
                                       st.st_size, st.st_mtime_ns))  # fmt: skip
    return result


def load_or_problem(entry: ReportEntry, root: Path) -> Report | Problem:
    """The report, or the problem that stops it loading (a bug is logged, not raised)."""
    from reader.core.reading.loader import load_report  # the cleaning: not needed to scan

    try:
        return load_report(entry.path, root)
    except ReportError as exc:
        return _problem(entry.path, root, exc)
    except Exception:  # a bug must not stop a scan; it is logged with its traceback
        logger.exception("Unexpected error loading %s", entry.path)
        return _problem(entry.path, root, ReportError("unreadable", error="internal error"))


def check_library(
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CheckResult:
    """Load every report of a library; collect a problem for each one that fails."""
    scan = scan_library(root)
    result = CheckResult(scan.root, problems=list(scan.problems))
    total = len(scan.entries)
    for done, entry in enumerate(scan.entries, start=1):
        if cancelled is not None and cancelled():
            break
        loaded = load_or_problem(entry, scan.root)
        if isinstance(loaded, Problem):
            result.problems.append(loaded)
        else:
            result.reports.append(loaded.info)
        if progress is not None:
            progress(done, total)
    result.problems.sort(key=lambda p: natural_key(p.path))
    return result


def _problem(path: Path, root: Path, error: ReportError) -> Problem:
    return Problem(relative_path(path, root), error.code, error.params)


def _walk(root: Path, problems: list[Problem]) -> Iterator[tuple[str, list[tuple[str, str, os.stat_result]]]]:
    """Each folder below root (as a path string) with its report-file candidates
    (path, name, stat), in natural order; problems met on the way go to `problems`.

    Folder links are followed, but never into a folder already on the current
    path (a loop) nor twice into the same folder. A file whose name cannot be a
    report is not even stat'ed (unless it is a link, which may be broken).
    """
    try:
        root_stat = os.stat(root)
    except OSError as exc:
        problems.append(_problem(root, root.parent, _os_error(exc, is_dir=True)))
        return
    seen: set[tuple[int, int]] = {(root_stat.st_dev, root_stat.st_ino)}
    # Stack of (folder, identities of the folders above it and itself).
    stack: list[tuple[str, frozenset[tuple[int, int]]]] = [(str(root), frozenset(seen))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                listed = list(it)
        except OSError as exc:
            problems.append(_problem(Path(folder), root, _os_error(exc, is_dir=True)))
            continue
        kept: list[tuple[os.DirEntry[str], bool]] = []  # what may be a report or a folder of them
        for entry in listed:
            name = entry.name
            if name[0] == ".":
                continue
            dot = name.rfind(".")
            candidate = name[dot:].lower() in REPORT_SUFFIXES and not name.startswith(APP_FILE_PREFIXES)
            if not candidate:
                if name.lower() in IMAGE_FOLDER_NAMES and entry.is_dir(follow_symlinks=False):
                    continue  # a report's pictures (a real folder: known without a stat)
                if not entry.is_dir() and not entry.is_symlink():
                    continue  # a file that cannot be a report
            kept.append((entry, candidate))
        files: list[tuple[str, str, os.stat_result]] = []
        subfolders: list[tuple[str, frozenset[tuple[int, int]]]] = []
        for entry, candidate in _natural_order(kept) if len(kept) > 1 else kept:
            name = entry.name
            try:
                st = entry.stat(follow_symlinks=True)
            except OSError as exc:
                if entry.is_symlink() or candidate:
                    problem = _os_error(exc, is_dir=False, link=entry.is_symlink())
                    problems.append(_problem(Path(entry.path), root, problem))
                continue
            if stat.S_ISDIR(st.st_mode):
                if name.lower() in IMAGE_FOLDER_NAMES:
                    continue
                identity = (st.st_dev, st.st_ino)
                if identity in ancestors:
                    problems.append(_problem(Path(entry.path), root, ReportError("symlink-loop")))
                elif identity not in seen:
                    seen.add(identity)
                    subfolders.append((entry.path, ancestors | {identity}))
                continue
            if not candidate:
                continue
            if not stat.S_ISREG(st.st_mode):
                problem = ReportError("not-regular", kind=file_kind(st.st_mode))
                problems.append(_problem(Path(entry.path), root, problem))
                continue
            files.append((entry.path, name, st))
        if files:
            yield folder, files
        stack.extend(reversed(subfolders))


_Listed = TypeVar("_Listed", bound=tuple)


def _natural_order(listed: list[_Listed]) -> list[_Listed]:
    """`listed` (tuples of a DirEntry and more) sorted by `natural_key` of the entries'
    names. A folder whose every name starts with a number, each a different one
    (`01857_9803dee4.txt`, `3211山西省…`), is in the order of those numbers, sorted
    as numbers alone; any other folder is sorted by the whole key, which cost a scan
    of 10,000 reports a third of its time."""
    leading = _LEADING_DIGITS.findall("/" + "/".join([item[0].name for item in listed]))
    if all(leading) and "".join(leading).isascii():
        numbers = list(map(int, leading))
        if len(set(numbers)) == len(numbers):  # no ties: the numbers decide every pair
            return [item for _number, item in sorted(zip(numbers, listed, strict=True), key=_first)]
    return sorted(listed, key=_sort_key)


def _first(pair: tuple[int, object]) -> int:
    return pair[0]


def _sort_key(item: tuple) -> list[object]:
    """`natural_key` of the name of the item's DirEntry, as a list (made faster than
    a tuple)."""
    parts: list[object] = _DIGITS.split(item[0].name.casefold())  # type: ignore[assignment]
    parts[1::2] = map(int, parts[1::2])  # type: ignore[call-overload]
    return parts


def _os_error(exc: OSError, *, is_dir: bool, link: bool = False) -> ReportError:
    if exc.errno == errno.ELOOP:
        return ReportError("symlink-loop")
    if exc.errno == errno.ENOENT:
        return ReportError("broken-link" if link else "not-found")
    return ReportError("unlistable" if is_dir else "unreadable", error=exc.strerror or str(exc))
