"""Read a report file without surprises: regular files only, size-capped, never blocking."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reader.core.problems import ReportError, human_size

#: Reports larger than this are refused, never read into memory.
MAX_REPORT_BYTES = 50 * 1024 * 1024


def file_kind(mode: int) -> str:
    """The problem-catalogue kind for a non-regular file mode."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def read_report_bytes(path: Path, limit: int = MAX_REPORT_BYTES) -> bytes:
    """The whole file's bytes, or ReportError with a plain-language reason.

    The file is opened with O_NONBLOCK and checked with fstat, so a FIFO or device
    put in place of a report is refused without ever blocking on it.
    """
    try:
        before = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise ReportError("broken-link") from None
        raise ReportError("not-found") from None
    except OSError as exc:
        raise _os_problem(exc) from None
    if not stat.S_ISREG(before.st_mode):
        raise ReportError("not-regular", kind=file_kind(before.st_mode))
    _check_size(before.st_size, limit)

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_problem(exc) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReportError("not-regular", kind=file_kind(st.st_mode))
        _check_size(st.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:  # the file grew while we read it
                _check_size(total, limit)
            chunks.append(chunk)
    except OSError as exc:
        raise _os_problem(exc) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if not data:
        raise ReportError("empty")
    return data


def read_head(path: Path, size: int = 4096) -> bytes:
    """The first `size` bytes of a regular file (for titles in a long list)."""
    data = b""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            data = os.read(fd, size)
    finally:
        os.close(fd)
    return data


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise ReportError("too-large", size=human_size(size), limit=human_size(limit))


def _os_problem(exc: OSError) -> ReportError:
    if exc.errno == errno.ELOOP:
        return ReportError("symlink-loop")
    if exc.errno == errno.ENOENT:
        return ReportError("not-found")
    return ReportError("unreadable", error=exc.strerror or str(exc))
