"""Read files without surprises: regular files only, size-capped, never blocking.

Every file the app reads that someone else may have put in place goes through
`read_regular`: reports, the sidecar, its backups and last-saved copy, imported
files. It is opened with O_NONBLOCK and checked with fstat, so a FIFO or device in
place of a file is refused without ever blocking on it (or reading `/dev/zero` until
memory runs out); with `follow_links=False` (the app's own files) a symbolic link is
refused too (O_NOFOLLOW).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reader.core.problems import ReportError, human_size

#: Reports larger than this are refused, never read into memory.
MAX_REPORT_BYTES = 50 * 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class FileRefused(OSError):
    """A file that was not read, and why: `code` is one of 'not-found', 'broken-link',
    'link', 'symlink-loop', 'not-regular' (`kind` says what it is), 'too-large' (`size`,
    `limit`) or 'unreadable' (`error`). An OSError, so that code handling a failed read
    handles it too (`str()` says why in English)."""

    def __init__(self, code: str, kind: str = "", size: int = 0, limit: int = 0, error: str = "") -> None:
        super().__init__(code)  # one argument: no errno or strerror, `str()` is the reason
        self.code, self.kind, self.size, self.limit, self.error = code, kind, size, limit, error

    def __str__(self) -> str:
        kinds = {"fifo": "named pipe"}
        details = {
            "not-regular": f"a {kinds.get(self.kind, self.kind)}, not a regular file",
            "too-large": f"{human_size(self.size)}, over the {human_size(self.limit)} limit",
            "unreadable": self.error,
        }
        return details.get(self.code, self.code.replace("-", " "))


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
    if stat.S_ISLNK(mode):
        return "link"
    return "other"


def read_regular(path: Path | str | bytes, limit: int, follow_links: bool = True) -> bytes:
    """The whole file's bytes (possibly empty), or FileRefused.

    Never blocks on a FIFO or device, never reads more than `limit` bytes (a file that
    grows while it is read is refused), and with `follow_links=False` refuses a link.
    """
    try:
        before = os.stat(path, follow_symlinks=follow_links)
    except FileNotFoundError:
        if os.path.islink(path):
            raise FileRefused("broken-link") from None
        raise FileRefused("not-found") from None
    except OSError as exc:
        raise _refusal(exc) from None
    if stat.S_ISLNK(before.st_mode):
        raise FileRefused("link")
    if not stat.S_ISREG(before.st_mode):
        raise FileRefused("not-regular", kind=file_kind(before.st_mode))
    if before.st_size > limit:
        raise FileRefused("too-large", size=before.st_size, limit=limit)

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | (0 if follow_links else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _refusal(exc, follow_links) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped after the stat above
            raise FileRefused("not-regular", kind=file_kind(st.st_mode))
        if st.st_size > limit:
            raise FileRefused("too-large", size=st.st_size, limit=limit)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:  # the file grew while we read it
                raise FileRefused("too-large", size=total, limit=limit)
            chunks.append(chunk)
    except FileRefused:
        raise
    except OSError as exc:
        raise _refusal(exc) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_report_bytes(path: Path, limit: int = MAX_REPORT_BYTES) -> bytes:
    """The whole report file's bytes, or ReportError with a plain-language reason."""
    try:
        data = read_regular(path, limit)
    except FileRefused as exc:
        if exc.code == "not-regular":
            raise ReportError("not-regular", kind=exc.kind) from None
        if exc.code == "too-large":
            raise ReportError("too-large", size=human_size(exc.size), limit=human_size(limit)) from None
        if exc.code == "unreadable":
            raise ReportError("unreadable", error=exc.error) from None
        raise ReportError(exc.code) from None
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


def _refusal(exc: OSError, follow_links: bool = True) -> FileRefused:
    if exc.errno == errno.ELOOP:
        return FileRefused("symlink-loop" if follow_links else "link")
    if exc.errno == errno.ENOENT:
        return FileRefused("not-found")
    return FileRefused("unreadable", error=exc.strerror or str(exc))
