"""The View menu's choices for the whole window: the theme, the reading font, grouping
the sidebar by folder; and Help > About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFontDialog, QMessageBox

from reader import __version__
from reader.gui.themes import THEMES, apply_theme, theme

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


class ViewFlow(QObject):
    """Theme, font and grouping (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = window.actions
        for name in THEMES:
            getattr(a, f"theme_{name}").triggered.connect(lambda _on=False, n=name: self.set_theme(n))
        a.choose_font.triggered.connect(self.choose_font)
        a.group_by_category.toggled.connect(self.set_grouped)
        a.about.triggered.connect(self.show_about)

    def set_theme(self, name: str, save: bool = True) -> None:
        w = self.window
        name = name if name in THEMES else "light"
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        w.reader_view.set_theme(theme(name))
        getattr(w.actions, f"theme_{name}").setChecked(True)
        if save:
            w.settings.set("view/theme", name)
        if w.stats_window is not None:
            w.stats_window.theme_changed(name)

    @property
    def theme_name(self) -> str:
        return next((n for n in THEMES if getattr(self.window.actions, f"theme_{n}").isChecked()), "light")

    def choose_font(self) -> None:
        view = self.window.reader_view
        current = QFont()
        current.setFamilies(view.font_families)
        current.setPointSize(view.point_size)
        ok, font = QFontDialog.getFont(current, self.window, self.tr("Reading font"))
        if ok:
            view.set_font_families([font.family()])
            view.set_point_size(font.pointSize())

    def set_grouped(self, grouped: bool) -> None:
        self.window.sidebar.set_grouped(grouped)
        if self.window.current_entry is not None:
            self.window.sidebar.select_entry(self.window.current_entry)

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About Report Reader"),
            self.tr(
                "<h3>Report Reader %1</h3><p>Close reading and qualitative coding of "
                "Chinese-language news and policy reports.</p>"
            ).replace("%1", __version__),
        )
