"""The window's remembered layout and view choices (`QSettings` through `AppSettings`):
read when the window is built, written when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.text.highlights import ENTITY, KEYWORD, WORDLIST
from reader.gui.widgets.reader_view import DEFAULT_POINT_SIZE

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


def _layers(window: MainWindow) -> tuple[tuple[str, str, object, bool], ...]:
    a = window.actions
    return (
        ("view/layer_keywords", KEYWORD, a.toggle_keywords, True),
        ("view/layer_wordlists", WORDLIST, a.toggle_wordlists, True),
        ("view/layer_entities", ENTITY, a.toggle_entities, False),
    )


def restore(window: MainWindow) -> None:
    """Geometry, splitter and columns, the reading font, theme, layers and grouping."""
    s, a = window.settings, window.actions
    geometry = s.value_bytes("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    splitter = s.value_bytes("window/splitter")
    if splitter is not None:
        window.splitter.restoreState(splitter)
    columns = s.value_bytes("window/report_columns")
    if columns is not None:
        window.report_list.header().restoreState(columns)
    families = [f for f in s.value_str("view/font_families", "").split("|") if f]
    if families:
        window.reader_view.set_font_families(families)
    window.reader_view.set_point_size(s.value_int("view/point_size", DEFAULT_POINT_SIZE))
    window.set_theme(s.value_str("view/theme", "light"), save=False)
    for key, layer, action, default in _layers(window):
        action.setChecked(s.value_bool(key, default))
        window.reader_view.set_layer_visible(layer, action.isChecked())
    grouped = s.value_bool("view/grouped", True)
    a.group_by_category.setChecked(grouped)
    window.model.set_grouped(grouped)
    window.keyword_panel.top_k.setValue(s.value_int("keywords/top_k", 10))
    {"zh_CN": a.language_chinese, "en": a.language_english}.get(
        s.value_str("ui/language", "system"), a.language_system
    ).setChecked(True)


def save(window: MainWindow) -> None:
    """What `restore` reads, and the open library with its report and place in it."""
    s = window.settings
    s.set("window/geometry", window.saveGeometry())
    s.set("window/splitter", window.splitter.saveState())
    s.set("window/report_columns", window.report_list.header().saveState())
    s.set("view/point_size", window.reader_view.point_size)
    s.set("view/font_families", "|".join(window.reader_view.font_families))
    for key, _layer, action, _default in _layers(window):
        s.set(key, action.isChecked())
    s.set("view/grouped", window.actions.group_by_category.isChecked())
    s.set("keywords/top_k", window.keyword_panel.top_k.value())
    session, entry = window.session, window.current_entry
    if session is not None:
        s.set("library/last", str(session.root))
        if entry is not None:
            key = window.library_flow.library_key()
            s.set(f"report/{key}/last", entry.relpath)
            top = window.reader_view.top_offset()
            s.set(f"report/{key}/top", top if top is not None else 0)
    s.sync()
