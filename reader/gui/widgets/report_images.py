"""A report's images, decoded on a worker thread, scaled to the reader's column.

Limits (see `reader.core.reading.images`): a file over 50 MB, a picture over 100 million
pixels, or anything but PNG, JPEG, GIF, BMP or WebP by content (an SVG above all) is
not decoded; a picture is decoded at most as wide as the column (and at most 12
million pixels); a report's pictures together take at most 256 MB. An image beyond
these is refused with a code the reader pane turns into the marker and a tooltip.

First every image's size is read from its header (so the pane can keep its place),
then each is decoded in order; results arrive on the UI thread as signals.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from reader.core.reading.images import (
    MAX_SOURCE_PIXELS,
    REPORT_IMAGE_BUDGET_BYTES,
    ImageProblem,
    decoded_size,
    read_image_bytes,
    sniff,
)

logger = logging.getLogger(__name__)

HEAD_BYTES = 256 * 1024  # enough for a header (JPEG's may follow large metadata)


class ImageLoader(QObject):
    """Signals of one report's image work; `cancel()` stops it between images."""

    sized = Signal(int, int, int)  # image number, decoded width, height (device pixels)
    decoded = Signal(int, QImage)
    refused = Signal(int, str, dict)  # image number, problem code, its parameters
    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._work)  # type: ignore[attr-defined]

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


def load_images(paths: Sequence[Path], target_width: int, parent: QObject) -> ImageLoader:
    """A loader for `paths` (image number = index) and a column `target_width` device
    pixels wide; connect its signals, then `start()` it (what is emitted before a
    connection is lost)."""
    loader = ImageLoader(parent)
    loader._work = _Work(list(paths), target_width, loader)  # type: ignore[attr-defined]
    return loader


class _Work(QRunnable):
    def __init__(self, paths: list[Path], target_width: int, loader: ImageLoader) -> None:
        super().__init__()
        self._paths = paths
        self._target = max(1, target_width)
        self._loader = loader

    def run(self) -> None:
        try:
            refused: set[int] = set()
            for number, path in enumerate(self._paths):
                if self._loader.cancelled:
                    return
                try:
                    width, height = _header_size(path)
                except ImageProblem as problem:
                    refused.add(number)
                    self._loader.refused.emit(number, problem.code, problem.params)
                    continue
                if width and height and width * height <= MAX_SOURCE_PIXELS:
                    self._loader.sized.emit(number, *decoded_size(width, height, self._target))
            budget = REPORT_IMAGE_BUDGET_BYTES
            for number, path in enumerate(self._paths):
                if self._loader.cancelled:
                    return
                if number in refused:
                    continue
                try:
                    image = decode(path, self._target, budget)
                except ImageProblem as problem:
                    self._loader.refused.emit(number, problem.code, problem.params)
                    continue
                except Exception as exc:  # a decoder's surprise: this image only
                    logger.exception("Image %s could not be decoded", path)
                    self._loader.refused.emit(number, "unreadable", {"error": f"{type(exc).__name__}: {exc}"})
                    continue
                budget -= image.sizeInBytes()
                self._loader.decoded.emit(number, image)
            self._loader.done.emit()
        except RuntimeError:  # the pane that asked is gone
            logger.debug("Image loading stopped: its receiver was deleted")


def _header_size(path: Path) -> tuple[int, int]:
    """A picture's size from its first bytes; (0, 0) when the header says nothing yet.
    Raises ImageProblem for what is not a picture shown (by content, not name)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ImageProblem("unreadable", error=exc.strerror or str(exc)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ImageProblem("not-regular")
        head = os.read(fd, HEAD_BYTES)
    except OSError as exc:
        raise ImageProblem("unreadable", error=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    kind = sniff(head)
    if kind == "svg":
        raise ImageProblem("svg")
    if not kind:
        raise ImageProblem("format")
    size = _reader(head, kind).size()
    return (size.width(), size.height()) if size.isValid() else (0, 0)


def _reader(data: bytes, kind: str) -> QImageReader:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, kind.encode())
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    reader._buffer = buffer  # type: ignore[attr-defined]  # kept alive with the reader
    return reader


def decode(path: Path, target_width: int, budget: int) -> QImage:
    """The picture at `path` decoded for a column `target_width` device pixels wide,
    if it fits in `budget` bytes; else ImageProblem with the reason."""
    data = read_image_bytes(path)
    kind = sniff(data)
    if kind == "svg":
        raise ImageProblem("svg")
    if not kind:
        raise ImageProblem("format")
    reader = _reader(data, kind)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise ImageProblem("unreadable", error=reader.errorString())
    if size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise ImageProblem("pixels", width=size.width(), height=size.height())
    width, height = decoded_size(size.width(), size.height(), target_width)
    if width * height * 4 > budget:
        raise ImageProblem("budget", limit=REPORT_IMAGE_BUDGET_BYTES)
    if (width, height) != (size.width(), size.height()):
        reader.setScaledSize(QSize(width, height))
    image = reader.read()
    if image.isNull():
        raise ImageProblem("unreadable", error=reader.errorString())
    return image
