"""Reading and writing `reader-annotations.json` without ever losing an annotation.

- Saving serialises everything first, then writes a temporary file, fsyncs it,
  renames it over the old one and fsyncs the folder (a kill leaves old or new).
- Saves from several processes are serialised by a lock file; a file changed on
  disk since we read it (another instance, a sync tool, a hand edit) is merged by
  annotation id before writing (newest `modified` wins; deletions are tombstones).
- A file that does not parse, fails the schema or comes from a newer version is
  never written over: the store becomes read-only and says why; the newest backup
  that parses can be restored (the damaged file is set aside, not deleted).
- Before a file is replaced, a copy of it (only if it parses) goes to the rotating
  backups in `.reader-backups/` (at most one new backup every few minutes).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from reader.core.annotations import Sidecar, SidecarError, dumps, loads, merge
from reader.core.storage import atomic_write_bytes, library_file, user_cache_path

logger = logging.getLogger(__name__)

FILE_NAME = "reader-annotations.json"
BACKUP_FOLDER = ".reader-backups"
LOCK_NAME = ".reader-annotations.lock"
BACKUPS_KEPT = 5
#: A copy of the last file this app saved, beside the rotating backups: when the file
#: is damaged by another program, restoring it loses nothing.
LAST_SAVED = "reader-annotations-last-saved.json"
BACKUP_INTERVAL_SECONDS = 300


class SidecarStore:
    def __init__(self, library: Path, read_only_library: bool = False) -> None:
        self.library = Path(library).resolve()
        self.path = library_file(self.library, FILE_NAME, read_only_library)
        self.error: SidecarError | None = None
        self._signature: tuple[int, int, str] | None = None  # what we last read or wrote

    @property
    def in_library(self) -> bool:
        """False when the library folder is not writable and the file is in user data."""
        return self.path.parent == self.library

    @property
    def read_only(self) -> bool:
        return self.error is not None

    @property
    def backup_folder(self) -> Path:
        return self.path.parent / BACKUP_FOLDER

    # -- reading --------------------------------------------------------------------------
    def load(self) -> Sidecar:
        """The sidecar on disk (empty when there is none). When it cannot be used, the
        store turns read-only (`error` says why) and an empty sidecar is returned."""
        self.error = None
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._signature = None
            return Sidecar()
        except OSError as exc:
            self.error = SidecarError("unreadable", exc.strerror or str(exc))
            return Sidecar()
        try:
            sidecar = loads(raw, schema_checked=_schema_checked(raw))
        except SidecarError as exc:
            logger.warning("Annotations at %s are read-only: %s", self.path, exc.reason())
            self.error = exc
            return Sidecar()
        _remember_checked(raw)
        self._signature = _signature(self.path, raw)
        return sidecar

    def changed_on_disk(self) -> bool:
        """Whether the file is not what we last read or wrote."""
        return self._disk_signature() != self._signature

    def _disk_signature(self) -> tuple[int, int, str] | None:
        try:
            raw = self.path.read_bytes()
        except OSError:
            return None
        return _signature(self.path, raw)

    # -- writing --------------------------------------------------------------------------
    def save(self, sidecar: Sidecar) -> Sidecar:
        """Write `sidecar`, merged with the file on disk if that changed since we read
        it; returns what was written. SidecarError when the store is read-only or the
        file on disk has become unusable (it is then left alone)."""
        if self.error is not None:
            raise self.error
        with self._locked():
            try:
                raw = self.path.read_bytes()
            except FileNotFoundError:
                raw = None
            result = sidecar
            if raw is not None and _signature(self.path, raw) != self._signature:
                try:
                    theirs = loads(raw, schema_checked=_schema_checked(raw))
                except SidecarError as exc:
                    self.error = exc
                    raise
                result = merge(sidecar, theirs)
            data = dumps(result)  # everything serialised before the disk is touched
            if raw is not None:
                self._rotate_backups(raw)
            self._remove_stale_temporaries()
            atomic_write_bytes(self.path, data)
            self._signature = _signature(self.path, data)
            self._keep_last_saved(data)
        _remember_checked(data)  # written from our own model: valid by construction
        return result

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.parent / LOCK_NAME
        with lock_path.open("a+b") as handle:
            try:
                import fcntl
            except ImportError:  # Windows: saves are atomic but not serialised
                yield
                return
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _remove_stale_temporaries(self) -> None:
        """Temporary files of saves that were killed (we hold the lock: none is live)."""
        for temp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            temp.unlink(missing_ok=True)
        if self.backup_folder.is_dir():
            for temp in self.backup_folder.glob(".reader-annotations-*.tmp"):
                temp.unlink(missing_ok=True)

    # -- backups --------------------------------------------------------------------------
    def backups(self) -> list[Path]:
        """Backups, newest first."""
        folder = self.backup_folder
        if not folder.is_dir():
            return []
        found = [p for p in folder.glob("reader-annotations-*.json") if p.is_file()]
        return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)

    def _rotating(self) -> list[Path]:
        """The timestamped backups (not the last-saved copy), newest first."""
        return [p for p in self.backups() if p.name != LAST_SAVED]

    def _keep_last_saved(self, data: bytes) -> None:
        try:
            atomic_write_bytes(self.backup_folder / LAST_SAVED, data)
        except OSError as exc:  # the save itself is done; only the spare copy is missing
            logger.warning("Could not keep a copy of the saved annotations: %s", exc)

    def _rotate_backups(self, current: bytes) -> None:
        existing = self._rotating()
        if existing and time.time() - existing[0].stat().st_mtime < BACKUP_INTERVAL_SECONDS:
            return
        try:
            loads(current)
        except SidecarError:
            return  # only files that parse are kept as backups
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        atomic_write_bytes(self.backup_folder / f"reader-annotations-{stamp}.json", current)
        for old in self._rotating()[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)

    def newest_good_backup(self) -> Path | None:
        for backup in self.backups():
            try:
                loads(backup.read_bytes())
            except (SidecarError, OSError):
                continue
            return backup
        return None

    def restore_backup(self, backup: Path) -> Sidecar:
        """Replace the unusable file with `backup`; the unusable one is kept beside it
        as `reader-annotations.damaged-<time>.json`. Returns the restored sidecar."""
        data = backup.read_bytes()
        restored = loads(data)
        with self._locked():
            if self.path.exists():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                os.replace(self.path, self.path.with_name(f"reader-annotations.damaged-{stamp}.json"))
            atomic_write_bytes(self.path, data)
            self._signature = _signature(self.path, data)
        self.error = None
        return restored


# Validating 10,000 annotations against the schema takes about 1.8 s. A file whose
# exact bytes this app wrote or already validated needs no second schema check: their
# SHA-256 digests are remembered (empty marker files) in the user cache folder.
CHECKED_KEEP = 64


def _checked_folder() -> Path:
    return user_cache_path() / "schema-checked"


def _schema_checked(raw: bytes) -> bool:
    return (_checked_folder() / hashlib.sha256(raw).hexdigest()).is_file()


def _remember_checked(raw: bytes) -> None:
    folder = _checked_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / hashlib.sha256(raw).hexdigest()).touch()
        markers = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in markers[CHECKED_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:  # a cache: losing it only costs time
        logger.debug("Could not record a checked sidecar", exc_info=True)


def _signature(path: Path, raw: bytes) -> tuple[int, int, str]:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    return mtime, len(raw), hashlib.sha256(raw).hexdigest()
