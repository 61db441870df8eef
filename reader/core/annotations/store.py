"""Reading and writing `reader-annotations.json` without ever losing an annotation.

- Saving serialises everything first, then writes a temporary file, fsyncs it,
  renames it over the old one and fsyncs the folder (a kill leaves old or new).
- Saves from several processes are serialised by a lock file; a file changed on
  disk since we read it (another instance, a sync tool, a hand edit) is merged by
  annotation id before writing (newest `modified` wins; deletions are tombstones).
- A copy of what is saved is written first to `.reader-backups/`, then the file:
  the copy is never older than the file. A file older than that copy (a sync tool
  put an old version back while the app was closed) is merged with it on reading.
- A file that does not parse, fails the schema or comes from a newer version is
  never written over: the store becomes read-only and says why; the newest backup
  that parses can be restored (the damaged file is set aside, not deleted).
- Before a file is replaced, a copy of it (only if it parses) goes to the rotating
  backups in `.reader-backups/` (at most one new backup every few minutes).
- Only regular files are read (never a FIFO or device, without blocking), none larger
  than `MAX_SIDECAR_BYTES`, and the app's own files and folder are never used
  through a symbolic link; a save that would write more than the limit is refused.
- The library folder and a file we read are never created again behind the user's
  back: a save after either was deleted is refused with the reason.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from reader.core.annotations.fileformat import dumps, loads
from reader.core.annotations.merge import merge
from reader.core.annotations.model import Sidecar, SidecarError
from reader.core.problems import human_size, pick
from reader.core.reading.safe_read import FileRefused, read_regular
from reader.core.storage import atomic_write_bytes, library_file, user_cache_path

logger = logging.getLogger(__name__)

FILE_NAME = "reader-annotations.json"
BACKUP_FOLDER = ".reader-backups"
LOCK_NAME = ".reader-annotations.lock"
BACKUPS_KEPT = 5
#: A copy of the last file this app saved, beside the rotating backups: when the file
#: is damaged by another program, or an older one put in its place, nothing is lost.
LAST_SAVED = "reader-annotations-last-saved.json"
BACKUP_INTERVAL_SECONDS = 300
#: The largest sidecar read or written (the same limit as an import).
MAX_SIDECAR_BYTES = 200 * 1024 * 1024
#: How long a save waits for a file that vanished to come back (a tool that deletes
#: and re-creates it) before saying it was deleted.
GONE_GRACE_SECONDS = 0.5
_KINDS = {"fifo": "a named pipe", "device": "a device", "folder": "a folder", "socket": "a socket"}


@dataclass
class Recovered:
    """What reading the sidecar took back from the copy of the last save: the file was
    older than that copy. `reason()` says so in the UI language (a status line)."""

    annotations: int = 0  # annotations the file had lost or had older versions of
    deletions: int = 0  # deletions the file had undone
    others: int = 0  # tags, word lists and dictionary words
    saved: bool = False
    missing: bool = False  # there was no file at all (deleted while the app was closed)

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "text": {
            "en": "An older annotations file was found (a sync tool may have put it back): "
            "{annotations} annotations, {deletions} deletions and {others} tags or words were taken "
            "back from the last save{saved}.",
            "zh": "发现较旧的标注文件（可能是同步工具放回的）：已从上次保存中取回 {annotations} 条标注、"
            "{deletions} 处删除和 {others} 个标签或词语{saved}。",
        },
        "missing": {
            "en": "The annotations file was missing (deleted while the app was closed): "
            "{annotations} annotations and {others} tags or words were taken back from the copy "
            "of the last save{saved}.",
            "zh": "标注文件不见了（在应用关闭时被删除）：已从上次保存的副本中取回 {annotations} 条标注和 "
            "{others} 个标签或词语{saved}。",
        },
        "saved": {"en": ", and saved", "zh": "，并已保存"},
    }

    def reason(self, lang: str | None = None) -> str:
        return pick(self.MESSAGES, "missing" if self.missing else "text", lang).format(
            annotations=self.annotations,
            deletions=self.deletions,
            others=self.others,
            saved=pick(self.MESSAGES, "saved", lang) if self.saved else "",
        )

    def __bool__(self) -> bool:
        return bool(self.annotations or self.deletions or self.others)


class SidecarStore:
    def __init__(self, library: Path, read_only_library: bool = False) -> None:
        self.library = Path(library).resolve()
        self.path = library_file(self.library, FILE_NAME, read_only_library)
        self.error: SidecarError | None = None
        #: Set by `load` when the file was older than the copy of the last save.
        self.recovered: Recovered | None = None
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

    def owns(self, path: Path) -> bool:
        """Whether `path` is the sidecar, its lock, or in its backup folder (so an export
        must not be written there)."""
        target = Path(os.path.abspath(path))
        with contextlib.suppress(OSError):
            target = target.parent.resolve() / target.name
        folder = self.path.parent
        if target in (self.path, folder / LOCK_NAME) or target.parent == self.backup_folder:
            return True
        if target.name.startswith(f".{FILE_NAME}.") or target.name.startswith("reader-annotations.damaged-"):
            return target.parent == folder
        with contextlib.suppress(OSError):
            return target.exists() and self.path.exists() and os.path.samefile(target, self.path)
        return False

    # -- reading --------------------------------------------------------------------------
    def load(self) -> Sidecar:
        """The sidecar on disk (empty when there is none). When it cannot be used, the
        store turns read-only (`error` says why) and an empty sidecar is returned.
        When the file is older than the copy of the last save, the copy's work is merged
        in and saved (`recovered` says what came back)."""
        self.error = None
        self.recovered = None
        try:
            raw = self._read(self.path)
        except SidecarError as exc:
            logger.warning("Annotations at %s are read-only: %s", self.path, exc)
            self.error = exc
            return Sidecar()
        if raw is None:
            self._signature = None
            # Deleted while the app was closed: the copy of the last save still holds
            # the work (a new, empty file written over it would lose it for good).
            return self._take_back_last_saved(b"", Sidecar(), missing=True)
        try:
            sidecar = loads(raw, schema_checked=_schema_checked(raw))
        except SidecarError as exc:
            logger.warning("Annotations at %s are read-only: %s", self.path, exc)
            self.error = exc
            return Sidecar()
        _remember_checked(raw)
        self._signature = _signature(self.path, raw)
        return self._take_back_last_saved(raw, sidecar)

    def _take_back_last_saved(self, raw: bytes, sidecar: Sidecar, missing: bool = False) -> Sidecar:
        """`sidecar` (read from `raw`; empty and `missing` when there is no file) merged
        with the copy of the last save, if that holds work the file lacks; saved then."""
        copy = self._read_backup(self.backup_folder / LAST_SAVED)
        if copy is None or copy == raw:
            return sidecar
        try:
            saved = loads(copy, schema_checked=_schema_checked(copy))
        except SidecarError as exc:
            logger.info("The copy of the last save is not usable: %s", exc)
            return sidecar
        merged = merge(sidecar, saved)
        recovered = _difference(sidecar, merged)
        recovered.missing = missing
        if not recovered:
            return sidecar
        logger.warning("Annotations at %s were older than the last saved copy; merged", self.path)
        self.recovered = recovered
        try:
            merged = self.save(merged)
            recovered.saved = True
        except (SidecarError, OSError) as exc:  # kept in memory; the next save writes it
            logger.warning("Could not save the merged annotations: %s", exc)
        return merged

    def changed_on_disk(self) -> bool:
        """Whether the file is not what we last read or wrote, by its size and time
        (the window asks on its UI thread: the file is not read; a save compares the
        contents). Something that is not a regular file has changed: the save says why."""
        try:
            st = os.lstat(self.path)
        except FileNotFoundError:
            return self._signature is not None
        except OSError:
            return True
        if not stat.S_ISREG(st.st_mode) or self._signature is None:
            return True
        return (st.st_mtime_ns, st.st_size) != self._signature[:2]

    def _read(self, path: Path) -> bytes | None:
        """The bytes of one of our files (None when there is none); SidecarError when
        it is not a regular file, is a link, is too large or cannot be read."""
        try:
            return read_regular(path, MAX_SIDECAR_BYTES, follow_links=False)
        except FileRefused as exc:
            if exc.code == "not-found":
                return None
            if exc.code in ("link", "broken-link", "symlink-loop"):
                raise SidecarError("link", path.name) from None
            if exc.code == "not-regular":
                raise SidecarError("not-regular", _KINDS.get(exc.kind, exc.kind)) from None
            if exc.code == "too-large":
                size = f"{human_size(exc.size)}; the limit is {human_size(exc.limit)}"
                raise SidecarError("too-large-file", size) from None
            raise SidecarError("unreadable", exc.error) from None

    def _read_backup(self, path: Path) -> bytes | None:
        """A backup's bytes, or None when it is missing or unusable (or the backup
        folder is a link)."""
        if not self._backup_folder_is_real():
            return None
        try:
            return self._read(path)
        except SidecarError as exc:
            logger.info("Backup %s not read: %s", path, exc)
            return None

    # -- writing --------------------------------------------------------------------------
    def save(self, sidecar: Sidecar) -> Sidecar:
        """Write `sidecar`, merged with the file on disk if that changed since we read
        it; returns what was written. SidecarError when the store is read-only, the file
        on disk has become unusable (it is then left alone), the library folder or the
        file was deleted, one of our files is a link, or the result is too large."""
        if self.error is not None:
            raise self.error
        self._check_folders()
        with self._locked():
            try:
                raw = self._read(self.path)
            except SidecarError as exc:
                self.error = exc
                raise
            if raw is None and self._signature is not None:
                raw = self._wait_for_return()
            result = sidecar
            if raw is not None and _signature(self.path, raw) != self._signature:
                try:
                    theirs = loads(raw, schema_checked=_schema_checked(raw))
                except SidecarError as exc:
                    self.error = exc
                    raise
                result = merge(sidecar, theirs)
            data = dumps(result)  # everything serialised before the disk is touched
            if len(data) > MAX_SIDECAR_BYTES:
                limit = f"{human_size(len(data))}; the limit is {human_size(MAX_SIDECAR_BYTES)}"
                raise SidecarError("too-large", limit)
            self._ready_backup_folder()
            if raw is not None:
                self._rotate_backups(raw)
            self._remove_stale_temporaries()
            # The copy first: if the disk fills between the two, the copy is ahead of
            # the file (merged back on reading), never behind it.
            atomic_write_bytes(self.backup_folder / LAST_SAVED, data)
            atomic_write_bytes(self.path, data)
            self._signature = _signature(self.path, data)
        _remember_checked(data)  # written from our own model: valid by construction
        return result

    def _wait_for_return(self) -> bytes:
        """The file we read or wrote is gone: a tool that replaces it by deleting and
        writing gets a moment; then the store turns read-only (the window offers to
        restore a backup) and the save is refused: the file is never silently recreated."""
        deadline = time.monotonic() + GONE_GRACE_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.05)
            raw = self._read(self.path)
            if raw is not None:
                return raw
        self.error = SidecarError("gone", str(self.path))
        raise self.error

    def _check_folders(self) -> None:
        """The library folder still exists (it is never created again); the folder the
        file lives in is a real one."""
        if not self.library.is_dir():
            raise SidecarError("library-gone", str(self.library))
        if self.in_library:
            return
        folder = self.path.parent
        if os.path.islink(folder):
            raise SidecarError("link", str(folder))
        folder.mkdir(parents=True, exist_ok=True)  # in the user data folder: ours to make

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        lock_path = self.path.parent / LOCK_NAME
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(lock_path, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise SidecarError("link", LOCK_NAME) from None
            if exc.errno in (errno.EISDIR, errno.ENXIO):
                raise SidecarError("own-not-regular", LOCK_NAME) from None
            raise
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise SidecarError("own-not-regular", LOCK_NAME)
            try:
                import fcntl
            except ImportError:  # Windows: saves are atomic but not serialised
                yield
                return
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _remove_stale_temporaries(self) -> None:
        """Temporary files of saves that were killed (we hold the lock: none is live)."""
        for temp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            temp.unlink(missing_ok=True)
        for temp in self.backup_folder.glob(".reader-annotations-*.tmp"):
            temp.unlink(missing_ok=True)

    # -- backups --------------------------------------------------------------------------
    def _backup_folder_is_real(self) -> bool:
        try:
            return stat.S_ISDIR(os.lstat(self.backup_folder).st_mode)
        except OSError:
            return False

    def _ready_backup_folder(self) -> None:
        """The backup folder exists and is a real folder, not a link (whose target we
        would write into and delete files from)."""
        try:
            mode = os.lstat(self.backup_folder).st_mode
        except FileNotFoundError:
            os.mkdir(self.backup_folder)
            return
        if stat.S_ISLNK(mode):
            raise SidecarError("link", BACKUP_FOLDER)
        if not stat.S_ISDIR(mode):
            raise SidecarError("own-not-regular", BACKUP_FOLDER)

    def backups(self) -> list[Path]:
        """Backups (regular files, not links), newest first."""
        if not self._backup_folder_is_real():
            return []
        found = []
        for path in self.backup_folder.glob("reader-annotations-*.json"):
            with contextlib.suppress(OSError):
                st = os.lstat(path)
                if stat.S_ISREG(st.st_mode):
                    found.append((st.st_mtime_ns, path))
        return [path for _mtime, path in sorted(found, reverse=True)]

    def _rotating(self) -> list[Path]:
        """The timestamped backups (not the last-saved copy), newest first."""
        return [p for p in self.backups() if p.name != LAST_SAVED]

    def _rotate_backups(self, current: bytes) -> None:
        """Keep `current`, the file about to be replaced, as a timestamped backup (at
        most one every BACKUP_INTERVAL_SECONDS). It parses: `save` read it and merged
        it, or it is what this store last read or wrote."""
        existing = self._rotating()
        if existing and time.time() - existing[0].stat().st_mtime < BACKUP_INTERVAL_SECONDS:
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        atomic_write_bytes(self.backup_folder / f"reader-annotations-{stamp}.json", current)
        for old in self._rotating()[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)

    def newest_good_backup(self) -> Path | None:
        for backup in self.backups():
            data = self._read_backup(backup)
            if data is None:
                continue
            try:
                loads(data, schema_checked=_schema_checked(data))
            except SidecarError:
                continue
            return backup
        return None

    def restore_backup(self, backup: Path) -> Sidecar:
        """Replace the unusable file with `backup`, merged with the copy of the last save
        (which may hold more); the unusable one is kept beside it as
        `reader-annotations.damaged-<time>.json`. Returns the restored sidecar."""
        data = self._read(backup)
        if data is None:
            raise SidecarError("unreadable", str(backup))
        restored = loads(data)
        if backup.name != LAST_SAVED:
            copy = self._read_backup(self.backup_folder / LAST_SAVED)
            with contextlib.suppress(SidecarError):
                if copy is not None and copy != data:
                    restored = merge(restored, loads(copy, schema_checked=_schema_checked(copy)))
                    data = dumps(restored)
        self._check_folders()
        with self._locked():
            with contextlib.suppress(FileNotFoundError):
                if os.path.lexists(self.path):
                    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                    os.replace(self.path, self.path.with_name(f"reader-annotations.damaged-{stamp}.json"))
            self._ready_backup_folder()
            atomic_write_bytes(self.backup_folder / LAST_SAVED, data)
            atomic_write_bytes(self.path, data)
            self._signature = _signature(self.path, data)
        self.error = None
        return restored


def _difference(before: Sidecar, after: Sidecar) -> Recovered:
    """What `after` (a merge into `before`) brought back."""
    annotations = sum(
        1
        for ann_id, annotation in after.annotations.items()
        if ann_id not in before.annotations or before.annotations[ann_id].modified != annotation.modified
    )
    deletions = sum(1 for ann_id in before.annotations if ann_id not in after.annotations)
    others = 0
    for items, times in (("tags", "tag_times"), ("wordlists", "wordlist_times")):
        old = {t.name for t in getattr(before, items)}
        new = {t.name for t in getattr(after, items)}
        others += len(old ^ new) + sum(
            1 for name in new & old if getattr(before, times).get(name) != getattr(after, times).get(name)
        )
    others += len(set(before.dictionary) ^ set(after.dictionary))
    return Recovered(annotations, deletions, others)


# Validating 10,000 annotations against the schema takes about 1.8 s. A file whose
# exact bytes this app wrote or already validated needs no second schema check: their
# SHA-256 digests are remembered (empty marker files) in the user cache folder.
CHECKED_KEEP = 64


def _checked_folder() -> Path:
    return user_cache_path() / "schema-checked"


def _schema_checked(raw: bytes) -> bool:
    try:
        return (_checked_folder() / hashlib.sha256(raw).hexdigest()).is_file()
    except OSError:  # an unusable cache folder: check again
        return False


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
