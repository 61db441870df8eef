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

from reader.core.problems import Problem, ReportError
from reader.core.reading.loader import (
    IMAGE_FOLDER_NAMES,
    REPORT_SUFFIXES,
    Report,
    ReportInfo,
    category_of,
    is_report_folder,
    load_report,
    relative_path,
)
from reader.core.reading.safe_read import file_kind

logger = logging.getLogger(__name__)

#: Files the app writes into a library folder; never reports.
APP_FILE_PREFIXES = ("reader-",)

_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """A report file found by a scan (not yet read): `location` is its path as the
    scan found it (a string: a library of 10,000 reports is listed at start-up)."""

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
    file: its size and modification time say whether the index cache still holds it)."""
    root = Path(root)
    result = ScanResult(root)
    prefix = str(root) + os.sep
    folder_is_own: dict[str, bool] = {}  # a folder with 图片/ and a single report in it
    for text, st, problem in _walk(root):
        if problem is not None:
            result.problems.append(problem)
            continue
        if text.startswith(prefix):  # the usual case, without os.path.relpath per file
            relpath = text[len(prefix) :].replace(os.sep, "/")
            folder, _, name = text.rpartition(os.sep)
            own = folder.rpartition(os.sep)[2] == name.rpartition(".")[0]  # a candidate has a suffix
            if not own and folder != str(root):
                if folder not in folder_is_own:
                    folder_is_own[folder] = is_report_folder(Path(folder), Path(text))
                own = folder_is_own[folder]
            category = (
                relpath.rsplit("/", 2 if own else 1)[0] if relpath.count("/") >= (2 if own else 1) else ""
            )
        else:
            relpath, category = relative_path(Path(text), root), category_of(Path(text), root)
        result.entries.append(ReportEntry(text, relpath, category, st.st_size, st.st_mtime_ns))
    return result


def load_or_problem(entry: ReportEntry, root: Path) -> Report | Problem:
    """The report, or the problem that stops it loading (a bug is logged, not raised)."""
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


def _walk(root: Path) -> Iterator[tuple[str, os.stat_result, None] | tuple[Path, None, Problem]]:
    """Report-file candidates below root (as path strings, with their stat), and
    problems met on the way.

    Folder links are followed, but never into a folder already on the current
    path (a loop) nor twice into the same folder.
    """
    try:
        root_stat = os.stat(root)
    except OSError as exc:
        yield root, None, _problem(root, root.parent, _os_error(exc, is_dir=True))
        return
    seen: set[tuple[int, int]] = {(root_stat.st_dev, root_stat.st_ino)}
    # Stack of (folder, identities of the folders above it and itself).
    stack: list[tuple[str, frozenset[tuple[int, int]]]] = [(str(root), frozenset(seen))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: natural_key(e.name))
        except OSError as exc:
            yield Path(folder), None, _problem(Path(folder), root, _os_error(exc, is_dir=True))
            continue
        subfolders: list[tuple[str, frozenset[tuple[int, int]]]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if name.lower() in IMAGE_FOLDER_NAMES and entry.is_dir(follow_symlinks=False):
                continue  # a report's pictures (a real folder: known without a stat)
            try:
                st = entry.stat(follow_symlinks=True)
            except OSError as exc:
                if entry.is_symlink() or is_candidate_name(name):
                    problem = _os_error(exc, is_dir=False, link=entry.is_symlink())
                    yield Path(entry.path), None, _problem(Path(entry.path), root, problem)
                continue
            if stat.S_ISDIR(st.st_mode):
                if name.lower() in IMAGE_FOLDER_NAMES:
                    continue
                identity = (st.st_dev, st.st_ino)
                if identity in ancestors:
                    looped = Path(entry.path)
                    yield looped, None, _problem(looped, root, ReportError("symlink-loop"))
                elif identity not in seen:
                    seen.add(identity)
                    subfolders.append((entry.path, ancestors | {identity}))
                continue
            if not is_candidate_name(name):
                continue
            if not stat.S_ISREG(st.st_mode):
                problem = ReportError("not-regular", kind=file_kind(st.st_mode))
                yield Path(entry.path), None, _problem(Path(entry.path), root, problem)
                continue
            yield entry.path, st, None
        stack.extend(reversed(subfolders))


def _os_error(exc: OSError, *, is_dir: bool, link: bool = False) -> ReportError:
    if exc.errno == errno.ELOOP:
        return ReportError("symlink-loop")
    if exc.errno == errno.ENOENT:
        return ReportError("broken-link" if link else "not-found")
    return ReportError("unlistable" if is_dir else "unreadable", error=exc.strerror or str(exc))
