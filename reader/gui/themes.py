"""Light, dark and sepia themes: the application palette, the reader pane's
colours, and highlight colours that stay readable on each background."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark", "sepia")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    text: str
    muted: str
    accent: str
    dark: bool

    def highlight(self, colour: str) -> QColor:
        """A background for highlighted words from a list colour, readable on this theme."""
        c = QColor(colour)
        hue, sat, _light, _ = c.getHslF()
        if self.dark:
            return QColor.fromHslF(max(hue, 0.0), min(sat, 0.55), 0.32)
        return QColor.fromHslF(max(hue, 0.0), min(sat, 0.75), 0.84 if self.name == "light" else 0.78)


_THEMES = {
    "light": Theme("light", "#f3f3f3", "#ffffff", "#1d1d1f", "#6b6b70", "#8c2f27", False),
    "dark": Theme("dark", "#232427", "#1b1c1e", "#e3e3e3", "#9a9aa0", "#e8a09a", True),
    "sepia": Theme("sepia", "#ece3cf", "#f6efdf", "#3b3024", "#7b6a55", "#8c2f27", False),
}

# Highlight colours of the built-in layers (keyword; entity kinds).
KEYWORD_COLOUR = "#f2b705"
ENTITY_COLOURS = {"person": "#d9534f", "place": "#2e8b57", "organization": "#3f6fd8"}


def theme(name: str) -> Theme:
    return _THEMES.get(name, _THEMES["light"])


def apply_theme(app: QApplication, name: str) -> Theme:
    """Set the application palette (Fusion style keeps it consistent everywhere)."""
    t = theme(name)
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.Base: t.base,
        QPalette.ColorRole.AlternateBase: t.window,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.Button: t.window,
        QPalette.ColorRole.ToolTipBase: t.base,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Highlight: "#3d6fb6" if t.dark else "#b7d2f5",
        QPalette.ColorRole.HighlightedText: "#ffffff" if t.dark else "#000000",
        QPalette.ColorRole.Link: t.accent,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.muted))
    app.setPalette(palette)
    return t
