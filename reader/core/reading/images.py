"""A report's image files read safely, and what they are by their content.

A file in `图片/` is shown only when its first bytes say it is a PNG, JPEG, GIF, BMP
or WebP picture, whatever its name: an SVG saved as `1.png` (which can draw other
files by path, or nest `<use>` until drawing takes minutes) is never handed to a
renderer. The limits here are the reader pane's; see `reader/gui/widgets/report_images.py`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: Image files larger than this are not read (a photo is a few MB).
MAX_IMAGE_FILE_BYTES = 50 * 1024 * 1024
#: Pictures of more pixels than this are not decoded at all (about 10,000 x 10,000).
MAX_SOURCE_PIXELS = 100_000_000
#: A decoded picture has at most this many pixels (scaled down to fit): 48 MB.
MAX_DECODED_PIXELS = 12_000_000
#: All decoded pictures of one report together: beyond, the marker stands instead.
REPORT_IMAGE_BUDGET_BYTES = 256 * 1024 * 1024

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)


class ImageProblem(Exception):
    """Why an image is not shown: a stable `code` and its parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def sniff(data: bytes) -> str:
    """The picture format of `data` by its content ('png', 'jpeg', 'gif', 'bmp', 'webp'),
    or 'svg' for an SVG or other XML, or '' for anything else."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!doctype svg", b"<!--")) or b"<svg" in head:
        return "svg"
    return ""


def read_image_bytes(path: Path, limit: int = MAX_IMAGE_FILE_BYTES) -> bytes:
    """The bytes of a regular image file, or ImageProblem: never blocks on a FIFO or
    device, never reads more than `limit`."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ImageProblem("unreadable", error=exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImageProblem("not-regular")
        if info.st_size > limit:
            raise ImageProblem("file-too-large", size=info.st_size, limit=limit)
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > limit:
                raise ImageProblem("file-too-large", size=total, limit=limit)
            chunks.append(chunk)
    except OSError as exc:
        raise ImageProblem("unreadable", error=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def decoded_size(width: int, height: int, target_width: int) -> tuple[int, int]:
    """The size to decode a `width` x `height` picture at: no wider than the column
    (`target_width` device pixels), never enlarged, at most MAX_DECODED_PIXELS."""
    if width <= 0 or height <= 0:
        return 0, 0
    scale = min(1.0, target_width / width)
    if width * scale * height * scale > MAX_DECODED_PIXELS:
        scale = (MAX_DECODED_PIXELS / (width * height)) ** 0.5
    return max(1, int(width * scale)), max(1, int(height * scale))
