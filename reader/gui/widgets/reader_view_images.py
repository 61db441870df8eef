"""The reader pane's images: placed where the banners stood, loaded off the UI thread,
and the reason shown where one cannot be."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from reader.core.reading.document import IMAGE_BLOCK
from reader.core.reading.loader import Report
from reader.gui.widgets.reader_view_base import (
    IMAGE_KIND,
    BlockKindProperty,
)
from reader.gui.widgets.report_images import ImageLoader, load_images

logger = logging.getLogger(__name__)


class ReaderImages:
    """Part of `ReaderView` (see `reader_view.py`)."""

    def _insert_image(self, cursor: QTextCursor, report: Report, number: int) -> None:
        fmt = QTextBlockFormat()
        fmt.setProperty(BlockKindProperty, IMAGE_KIND)
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setTopMargin(self._em() * 0.5)
        fmt.setBottomMargin(self._em() * 1.0)
        cursor.insertBlock(fmt, QTextCharFormat())
        self._image_blocks[number] = cursor.block().blockNumber()
        self._fill_image(cursor, number)

    def _fill_image(self, cursor: QTextCursor, number: int) -> None:
        """The picture, a box of its size while it is decoded, or the marker."""
        image = self._decoded.get(number)
        size = self._image_sizes.get(number)
        if image is not None:
            name = f"report-image:{number}"
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            size = (image.width(), image.height())
        elif size is not None and number not in self._image_refusals:
            name = "report-image:pending"
            box = QImage(1, 1, QImage.Format.Format_ARGB32)
            box.fill(QColor(self._theme.muted).lighter(170 if not self._theme.dark else 60))
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), box)
        else:
            marker = QTextCharFormat()
            marker.setForeground(QColor(self._theme.muted))
            marker.setFontItalic(True)
            marker.setFontPointSize(self._point_size * 0.85)
            loading = self._image_loader is not None and number not in self._image_refusals
            cursor.insertText(
                QCoreApplication.translate("ReaderView", "[loading image…]")
                if loading
                else self._labels["image_missing"],
                marker,
            )
            return
        image_format = QTextImageFormat()
        image_format.setName(name)
        ratio = max(1.0, self.devicePixelRatioF())
        self._images_width = self._text_width()
        width = min(size[0] / ratio, self._images_width)
        image_format.setWidth(width)
        image_format.setHeight(size[1] * width / max(1, size[0]))
        cursor.insertImage(image_format)

    def _start_images(self, report: Report) -> None:
        self._forget_images()
        self._images_for = report
        missing = QCoreApplication.translate(
            "ReaderView", "There is no file for this picture in the report's 图片 folder."
        )
        for block in report.document.blocks:
            if block.kind == IMAGE_BLOCK and (block.image or 0) >= len(report.image_files):
                self._image_refusals[block.image or 0] = missing
        if not report.image_files:
            return
        target = int(self._column_width() * max(1.0, self.devicePixelRatioF()))
        loader = load_images(report.image_files, target, self)
        loader.sized.connect(lambda n, w, h: self._image_arrived(loader, n, size=(w, h)))
        loader.decoded.connect(lambda n, image: self._image_arrived(loader, n, image=image))
        loader.refused.connect(lambda n, code, params: self._image_arrived(loader, n, refusal=(code, params)))
        loader.done.connect(lambda: self._images_done(loader))
        self._image_loader = loader
        loader.start()

    def _forget_images(self) -> None:
        if self._image_loader is not None:
            self._image_loader.cancel()
        self._image_loader = None
        self._images_for = None
        self._decoded, self._image_sizes, self._image_refusals = {}, {}, {}

    def _images_done(self, loader: ImageLoader) -> None:
        if loader is self._image_loader:
            self._image_loader = None
            for number in self._image_refusals:  # "loading" markers become "not available"
                self._refill_image(number)

    def _image_arrived(
        self,
        loader: ImageLoader,
        number: int,
        size: tuple[int, int] | None = None,
        image: QImage | None = None,
        refusal: tuple[str, dict[str, object]] | None = None,
    ) -> None:
        if loader is not self._image_loader:
            return  # another report's
        if size is not None:
            self._image_sizes[number] = size
        if image is not None:
            self._decoded[number] = image
        if refusal is not None:
            self._image_refusals[number] = self._image_reason(*refusal)
            self._image_sizes.pop(number, None)
        self._refill_image(number)

    def _refill_image(self, number: int) -> None:
        """Put an image block's new content in place, keeping what is in view still."""
        block = self.document().findBlockByNumber(self._image_blocks.get(number, -1))
        if not block.isValid() or block.blockFormat().property(BlockKindProperty) != IMAGE_KIND:
            return  # not laid out yet: it goes in with its content
        layout = self.document().documentLayout()
        above = layout.blockBoundingRect(block).bottom() <= self.verticalScrollBar().value()
        before = layout.blockBoundingRect(block).height()
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._fill_image(cursor, number)
        cursor.endEditBlock()
        if above:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + int(layout.blockBoundingRect(block).height() - before))

    def _image_reason(self, code: str, params: dict[str, object]) -> str:
        """Why an image is not shown, in the UI language (the marker's tooltip)."""
        mb = 1024 * 1024
        reasons = {
            "svg": QCoreApplication.translate(
                "ReaderView",
                "SVG drawings are not shown: they can draw other files and take minutes to draw.",
            ),
            "format": QCoreApplication.translate(
                "ReaderView", "This file is not a PNG, JPEG, GIF, BMP or WebP picture, whatever its name."
            ),
            "pixels": QCoreApplication.translate(
                "ReaderView", "The picture is %1 × %2 pixels, more than the 100 million the reader decodes."
            ),
            "budget": QCoreApplication.translate(
                "ReaderView", "This report's pictures already take the %1 MB the reader gives one report."
            ),
            "file-too-large": QCoreApplication.translate(
                "ReaderView", "The file is %1 MB, more than the %2 MB the reader reads for a picture."
            ),
            "not-regular": QCoreApplication.translate("ReaderView", "This is not a regular file."),
            "unreadable": QCoreApplication.translate("ReaderView", "The picture could not be read: %1"),
        }
        text = reasons.get(code, reasons["format"])
        if code == "pixels":
            return text.replace("%1", str(params.get("width"))).replace("%2", str(params.get("height")))
        if code == "budget":
            return text.replace("%1", str(int(params.get("limit", 0)) // mb))  # type: ignore[call-overload]
        if code == "file-too-large":
            size, limit = int(params.get("size", 0)), int(params.get("limit", 0))  # type: ignore[call-overload]
            return text.replace("%1", f"{size / mb:.1f}").replace("%2", str(limit // mb))
        if code == "unreadable":
            return text.replace("%1", str(params.get("error", "")))
        return text

    def image_reason_at(self, position: int) -> str | None:
        """Why the image at a document position is not shown, or None."""
        block = self.document().findBlock(position)
        if block.blockFormat().property(BlockKindProperty) != IMAGE_KIND:
            return None
        number = next((n for n, b in self._image_blocks.items() if b == block.blockNumber()), None)
        return self._image_refusals.get(number) if number is not None else None
