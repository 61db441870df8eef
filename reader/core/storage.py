"""Where per-library files live, and writing them atomically.

A library's own files sit in the library folder when it is writable; otherwise
(for example the bundled seeds inside an installed package) in the user data
folder under a name derived from the library's path.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_DIR_NAME = "report-reader"
#: Overrides the user data folder (tests, portable installs).
DATA_DIR_ENV = "REPORT_READER_DATA_DIR"


def user_data_path() -> Path:
    """The user data folder: $REPORT_READER_DATA_DIR, else the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def is_writable_folder(folder: Path) -> bool:
    """Whether files can be created in `folder` (tried, not guessed from modes)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".reader-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    Path(probe).unlink(missing_ok=True)
    return True


def library_file(library: Path, name: str, read_only: bool = False) -> Path:
    """The path of a library's file `name` (see the module docstring)."""
    library = Path(library).resolve()
    if not read_only and is_writable_folder(library):
        return library / name
    digest = hashlib.sha256(os.fsencode(library)).hexdigest()[:12]
    label = re.sub(r"[^\w.-]+", "_", library.name)[:40] or "library"
    return user_data_path() / "libraries" / f"{label}-{digest}" / name


def _read_umask() -> int:
    umask = os.umask(0o022)  # read once, at import, before any worker thread runs
    os.umask(umask)
    return umask


_UMASK = _read_umask()


def user_cache_path() -> Path:
    """Where work done once is kept (indexes, schema-check markers): the platform's
    user cache folder, or `$REPORT_READER_DATA_DIR/cache`."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) / "cache" if override else Path(user_cache_dir(APP_DIR_NAME, appauthor=False))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write a temporary file in the same folder, flush and fsync it, replace the
    target, then fsync the folder: a crash leaves the old file or the new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _set_mode(Path(temp), path)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _set_mode(temp: Path, target: Path) -> None:
    """The replaced file's permissions, or those a new file gets (the temporary file
    is private to its owner, which a shared sidecar or an export must not be)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_UMASK
    with contextlib.suppress(OSError):  # file systems without permissions (FAT, some shares)
        os.chmod(temp, mode)


def _fsync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows cannot open a folder for fsync
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
