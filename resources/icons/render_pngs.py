"""Render the PNG sizes of the app icon from report-reader.svg (run after editing it):

QT_QPA_PLATFORM=offscreen python resources/icons/render_pngs.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(HERE / "report-reader.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"report-reader-{size}.png"))


if __name__ == "__main__":
    main()
