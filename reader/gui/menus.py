"""The menu bar and the toolbar: which actions each holds, in order (the actions themselves, with
their shortcuts and objectNames, are in `actions.py`; their titles are set when the
window's language changes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar (and the codebook's and annotation list's context menus)."""
    a = window.actions
    bar = window.menuBar()
    window.file_menu = bar.addMenu("")
    window.file_menu.addAction(a.open_library)
    window.recent_menu = window.file_menu.addMenu("")
    window.recent_menu.setObjectName("menuRecentLibraries")
    window.file_menu.addSeparator()
    window.file_menu.addAction(a.import_annotations)
    window.file_menu.addAction(a.export_annotations)
    window.file_menu.addAction(a.save_annotations_as)
    window.file_menu.addSeparator()
    window.file_menu.addAction(a.quit)

    window.edit_menu = bar.addMenu("")
    window.edit_menu.addAction(window.action_undo)
    window.edit_menu.addAction(window.action_redo)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(a.find)
    window.edit_menu.addAction(a.search_library)
    window.edit_menu.addAction(a.find_next)
    window.edit_menu.addAction(a.find_previous)
    window.edit_menu.addAction(a.focus_filter)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(a.add_to_dictionary)
    window.edit_menu.addAction(a.set_author)

    window.annotate_menu = bar.addMenu("")
    for action in (a.tag_selection, a.note_selection, a.highlight_selection, a.delete_annotation):
        window.annotate_menu.addAction(action)
    window.annotate_menu.addSeparator()
    for action in (a.new_tag, a.rename_tag, a.recolour_tag, a.describe_tag, a.merge_tag, a.delete_tag):
        window.annotate_menu.addAction(action)
        window.codebook.tags.addAction(action)
    window.annotate_menu.addSeparator()
    window.annotate_menu.addAction(window.autocode_flow.action)
    window.annotation_panel.tree.addAction(a.delete_annotation)

    window.view_menu = bar.addMenu("")
    for action in (a.zoom_in, a.zoom_out, a.zoom_reset, a.choose_font):
        window.view_menu.addAction(action)
    window.theme_menu = window.view_menu.addMenu("")
    for action in (a.theme_light, a.theme_dark, a.theme_sepia):
        window.theme_menu.addAction(action)
    window.view_menu.addSeparator()
    for action in (a.toggle_keywords, a.toggle_wordlists, a.toggle_entities):
        window.view_menu.addAction(action)
    window.view_menu.addSeparator()
    window.view_menu.addAction(a.group_by_category)
    window.view_menu.addAction(a.show_problems)
    window.view_menu.addAction(a.statistics)
    window.view_menu.addAction(a.agreement)
    window.view_menu.addMenu(window.coder_menu.menu)
    window.view_menu.addAction(window.compare_dock.toggleViewAction())
    window.view_menu.addAction(window.variables_flow.action)
    window.view_menu.addAction(window.compare_flow.action)
    window.view_menu.addAction(window.compare_flow.retrieval.action)

    window.words_menu = bar.addMenu("")
    for action in (a.manage_wordlists, a.import_wordlist, a.export_wordlist):
        window.words_menu.addAction(action)

    window.language_menu = bar.addMenu("")
    for action in (a.language_system, a.language_chinese, a.language_english):
        window.language_menu.addAction(action)

    window.help_menu = bar.addMenu("")
    window.help_menu.addAction(a.about)


def build_toolbar(window: MainWindow) -> None:
    """The toolbar: open, find and zoom, the highlight layers, and annotating."""
    toolbar = window.toolbar = QToolBar(window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    a = window.actions
    for action in (a.open_library, None, a.find, a.zoom_out, a.zoom_in, None):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    for action in (a.toggle_keywords, a.toggle_wordlists, a.toggle_entities):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (a.tag_selection, a.note_selection, a.highlight_selection):
        toolbar.addAction(action)
    window.addToolBar(toolbar)


def retranslate_menus(window: MainWindow) -> None:
    """The menus' and the toolbar's titles in the UI language."""
    for menu, title in (
        (window.file_menu, QCoreApplication.translate("MainWindow", "&File")),
        (window.recent_menu, QCoreApplication.translate("MainWindow", "Open &Recent")),
        (window.edit_menu, QCoreApplication.translate("MainWindow", "&Edit")),
        (window.view_menu, QCoreApplication.translate("MainWindow", "&View")),
        (window.theme_menu, QCoreApplication.translate("MainWindow", "&Theme")),
        (window.words_menu, QCoreApplication.translate("MainWindow", "&Word Lists")),
        (window.language_menu, QCoreApplication.translate("MainWindow", "&Language")),
        (window.help_menu, QCoreApplication.translate("MainWindow", "&Help")),
        (window.annotate_menu, QCoreApplication.translate("MainWindow", "&Annotate")),
    ):
        menu.setTitle(title)
    window.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Toolbar"))
