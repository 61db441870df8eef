"""Report and user text (titles, passages, notes, tags, reasons, file names) shown by Qt
exactly as written.

Tooltips, message boxes and labels guess the format of their text: when
`Qt.mightBeRichText` says yes, the text is rendered as HTML, and an `<img src=…>` in a
report's title loads a local file. Every such text goes through `plain()` (tooltips,
message boxes) or is shown by a label set to plain text (`plain_labels`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText and convertFromPlainText live here
from PySide6.QtWidgets import QLabel


def plain(text: str) -> str:
    """`text` as Qt shows it literally where it guesses the format: unchanged when Qt
    takes it for plain text, else escaped into HTML that shows exactly it (no tag of
    it interpreted, nothing loaded)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_labels(*labels: QLabel) -> None:
    """Labels that show report or user text never interpret it."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
