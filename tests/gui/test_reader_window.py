"""The reading window as a user drives it: sidebar, reader pane, highlights, find,
zoom, themes, settings, images, languages and drops."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QDropEvent, QImage, QPalette, QTextFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTextEdit, QTreeView

from reader.core.annotations.store import SidecarStore
from reader.core.reading.document import IMAGE_PLACEHOLDER
from reader.core.reading.loader import load_report
from reader.core.text.engine_child import ChildProcessEngine
from reader.core.text.wordlists import WordList
from reader.gui.main_window import MainWindow
from reader.gui.widgets.report_tree import EntryRole
from tests.conftest import SEEDS, process_runs, scraper_report
from tests.gui.gui_helpers import open_window, select_report, wait_idle

CONTRACT_ACTIONS = [
    "actionOpenLibrary",
    "actionFind",
    "actionZoomIn",
    "actionZoomOut",
    "actionToggleKeywords",
    "actionToggleEntities",
]


def write_report(folder: Path, name: str, *paragraphs: str, number: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(scraper_report(f"{number}{Path(name).stem}.txt", *paragraphs), encoding="utf-8")
    return path


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def naive_positions(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of every term, found independently of the app's code."""
    found = []
    for term in terms:
        found += [(m.start(), m.end()) for m in re.finditer(re.escape(term), text)]
    return merged(found)


def test_contract_objects(qtbot) -> None:
    window = open_window(qtbot)
    assert isinstance(window, QMainWindow) and window.objectName() == "MainWindow"
    assert isinstance(window.findChild(QTreeView, "reportList"), QTreeView)
    assert isinstance(window.findChild(QLineEdit, "filterEdit"), QLineEdit)
    assert isinstance(window.findChild(QTextEdit, "readerView"), QTextEdit)
    for name in CONTRACT_ACTIONS:
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.text() and action.toolTip()
    assert "Sample reports" in window.windowTitle()


def test_every_seed_shows_exactly_its_cleaned_text(qtbot) -> None:
    window = open_window(qtbot)
    assert window.model.rowCount() == 5
    for entry in window.session.entries:
        select_report(qtbot, window, entry.relpath)
        report = load_report(entry.path, SEEDS)
        assert "\n".join(window.reader_view.paragraph_texts()) == report.document.text
        document = window.reader_view.document()
        assert document.firstBlock().text() == report.title
        assert report.title in window.windowTitle()


def test_status_bar_counts_and_problem_list(qtbot, tmp_path: Path) -> None:
    write_report(tmp_path, "1好.txt", "正文。")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    window = open_window(qtbot, tmp_path)
    assert window.count_label.text() == "Reports: 3"
    assert window.problems_button.text() == "Problems: 2"
    assert window.problems_button.isEnabled()
    from reader.gui.dialogs.problems import ProblemsDialog

    row = window.proxy.mapFromSource(window.model.index_for_path("empty.txt"))
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith("The file is empty (0 bytes).")
    assert row.data(Qt.ItemDataRole.FontRole).italic()
    good = window.proxy.mapFromSource(window.model.index_for_path("1好.txt"))
    assert good.data(Qt.ItemDataRole.FontRole) is None
    dialog = ProblemsDialog(window.session.problems, "en", window)
    rows = [(dialog.tree.topLevelItem(i).text(0), dialog.tree.topLevelItem(i).text(1)) for i in range(2)]
    assert rows == [
        ("binary.txt", "The file holds binary data, not text."),
        ("empty.txt", "The file is empty (0 bytes)."),
    ]


def test_filter_sort_and_keyboard(qtbot) -> None:
    window = open_window(qtbot)
    proxy = window.proxy

    def visible_titles() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    window.actions.focus_filter.trigger()
    assert window.filter_edit.hasFocus()
    window.filter_edit.setText("吉林")  # QtTest can only type ASCII
    assert visible_titles() == ["吉林省“不忘初心、牢记使命”主题教育工作会议召开"]
    window.filter_edit.setText("306")
    assert len(visible_titles()) == 1
    window.filter_edit.setText("2019-07")  # a date, filled in by the background pass
    assert visible_titles() == ["山西省“不忘初心、牢记使命”主题教育推进会召开"]
    window.filter_edit.setText("ＳＨＡＮＸＩ 山西")  # folded, all words must match: none here
    assert visible_titles() == []
    window.filter_edit.clear()

    window.report_list.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    numbers = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert numbers == ["16", "34", "50", "154", "306"]
    window.report_list.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    dates = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert dates == ["29 Jul 2019", "10 Sep 2019", "3 Jun", "3 Jun", "6 Jun"]  # year-less after

    # Arrows move, Enter opens.
    window.report_list.setFocus()
    window.report_list.setCurrentIndex(proxy.index(0, 0))
    opened = window.current_entry
    qtbot.keyClick(window.report_list, Qt.Key.Key_Down)
    assert window.current_entry == opened
    qtbot.keyClick(window.report_list, Qt.Key.Key_Return)
    assert window.current_entry == proxy.index(1, 0).data(EntryRole)


def test_categories_as_a_tree_or_flat(qtbot, tmp_path: Path) -> None:
    write_report(tmp_path / "山西", "1甲.txt", "甲。", number=1)
    write_report(tmp_path / "吉林", "2乙.txt", "乙。", number=2)
    window = open_window(qtbot, tmp_path)
    assert window.actions.group_by_category.isChecked()
    assert [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())] == [
        "吉林 (1)",
        "山西 (1)",
    ]
    window.actions.group_by_category.trigger()
    assert sorted(window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())) == sorted(
        ["甲", "乙"]
    )


def test_keyword_and_wordlist_highlights_are_exactly_their_positions(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    window.session.apply(window.session.set_wordlists([WordList("领导", "#e0533d", ["骆惠宁", "楼阳生"])]))
    window.reader_view.set_wordlist_colours({"领导": "#e0533d"})
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    text = window.reader_view.report.document.text
    keywords = [k.term for k in window.highlights.keywords]
    assert len(keywords) == 10 and "主题教育" in keywords

    painted = merged(window.reader_view.highlighted_ranges()["background"])
    assert painted == naive_positions(text, [*keywords, "骆惠宁", "楼阳生"])

    window.actions.toggle_keywords.trigger()  # off: only the word list remains
    assert merged(window.reader_view.highlighted_ranges()["background"]) == naive_positions(
        text, ["骆惠宁", "楼阳生"]
    )
    window.actions.toggle_wordlists.trigger()
    assert window.reader_view.highlighted_ranges()["background"] == []


def test_keywords_are_segmented_in_a_child_process_that_ends_with_the_window(qtbot, seeds_copy: Path) -> None:
    """jieba loads in a child process: loading it in the window's process held its UI
    thread for up to a quarter of a second at a time, and a click waited."""
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    assert window.highlights.keywords
    engine = window.session.engine()
    pid = engine.child_pid
    assert isinstance(engine, ChildProcessEngine) and engine.in_child and pid not in (None, os.getpid())
    assert engine._tokenizer is None  # jieba's dictionary is not loaded in the window's process
    window.close()
    assert not process_runs(pid)


def test_a_character_outside_the_bmp_before_a_keyword(qtbot, tmp_path: Path) -> None:
    write_report(tmp_path, "1甲.txt", "𠀀主题教育全面展开，𠀀𠀀主题教育。")
    window = open_window(qtbot, tmp_path)
    window.session.apply(window.session.set_wordlists([WordList("词", "#3d7ae0", ["主题教育"])]))
    window.actions.toggle_keywords.trigger()
    window.reader_view.set_wordlist_colours({"词": "#3d7ae0"})
    window.open_entry(window.session.entries[0])
    wait_idle(qtbot, window)
    # 𠀀 is one code point: "主题教育" stands at 1-5 and 12-16 of the cleaned text.
    assert window.reader_view.highlighted_ranges()["background"] == [(1, 5), (12, 16)]
    # And in Qt's own units: the block's format ranges start after the surrogate pairs.
    block = window.reader_view.document().findBlockByNumber(2)
    assert sorted((r.start, r.length) for r in block.layout().formats()) == [(2, 4), (15, 4)]
    # Selecting by core offsets selects exactly the characters.
    window.reader_view.select_range(12, 16)
    assert window.reader_view.textCursor().selectedText() == "主题教育"
    assert window.reader_view.selection_range() == (12, 16)
    window.reader_view.select_range(10, 12)
    assert window.reader_view.textCursor().selectedText() == "𠀀𠀀"


def test_entities_layer_is_off_by_default_and_underlines_when_on(qtbot) -> None:
    window = open_window(qtbot)
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    assert not window.actions.toggle_entities.isChecked()
    assert window.reader_view.highlighted_ranges()["underline"] == []
    window.actions.toggle_entities.trigger()
    qtbot.waitUntil(lambda: window.reader_view.highlighted_ranges()["underline"] != [], timeout=20000)
    text = window.reader_view.report.document.text
    underlined = {text[s:e] for s, e in window.reader_view.highlighted_ranges()["underline"]}
    assert "骆惠宁" in underlined


def test_keyword_panel_click_walks_through_occurrences(qtbot) -> None:
    window = open_window(qtbot)
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    text = window.reader_view.report.document.text
    item = next(i for i in window.keyword_panel.leaf_items() if i.text(0) == "骆惠宁")
    starts = [m.start() for m in re.finditer("骆惠宁", text)]
    assert int(item.text(1)) == len(starts)
    window.keyword_panel._clicked(item)
    assert window.reader_view.selection_range() == (starts[0], starts[0] + 3)
    window.keyword_panel._clicked(item)
    assert window.reader_view.selection_range() == (starts[1], starts[1] + 3)
    window.keyword_panel.term_activated.emit("keyword", "骆惠宁", True)  # Shift-click
    assert window.reader_view.selection_range() == (starts[0], starts[0] + 3)


def test_find_with_width_folding(qtbot, tmp_path: Path) -> None:
    write_report(tmp_path, "1甲.txt", "１９９８年的报告。", "1998年以后，ＡＢＣ公司。")
    window = open_window(qtbot, tmp_path)
    window.actions.find.trigger()
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    qtbot.keyClicks(window.find_bar.edit, "1998")
    assert window.find_bar.count_label.text() == "1 of 2"
    assert window.reader_view.selection_range() == (0, 4)
    assert window.reader_view.textCursor().selectedText() == "１９９８"
    window.actions.find_next.trigger()
    assert window.find_bar.count_label.text() == "2 of 2"
    assert window.reader_view.selected_text() == "1998"
    window.actions.find_next.trigger()  # wraps
    assert window.find_bar.count_label.text() == "1 of 2"
    window.actions.find_previous.trigger()
    assert window.reader_view.selected_text() == "1998"
    window.find_bar.edit.setText("abc")
    assert window.reader_view.selected_text() == "ＡＢＣ"
    window.find_bar.edit.setText("不存在")
    assert window.find_bar.count_label.text() == "No matches"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_the_text_keeps_its_width_from_a_short_report_to_a_long_one(qtbot, tmp_path: Path) -> None:
    """The reading column does not jump (nor is laid out twice) when the next report is
    longer than the window: the scroll bar is always there."""
    write_report(tmp_path, "1短.txt", "短短一段。", number=1)
    write_report(tmp_path, "2长.txt", *[f"第{i}段，内容较长的一段正文。" * 4 for i in range(120)], number=2)
    window = open_window(qtbot, tmp_path)
    window.resize(1400, 900)
    widths = []
    for name in ("1短.txt", "2长.txt", "1短.txt"):
        select_report(qtbot, window, name)
        qtbot.wait(50)  # the layout settles
        widths.append(window.reader_view.viewport().width())
    assert widths[0] == widths[1] == widths[2] > 0


def test_zoom(qtbot) -> None:
    window = open_window(qtbot)
    view = window.reader_view
    start = view.point_size
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert view.point_size == start + 2
    assert view.document().defaultFont().pointSize() == start + 2
    window.actions.zoom_out.trigger()
    assert view.point_size == start + 1
    window.actions.zoom_reset.trigger()
    assert view.point_size == start
    assert [a.shortcut().toString() for a in (window.actions.zoom_in, window.actions.zoom_out)] == [
        "Ctrl++",
        "Ctrl+-",
    ]
    assert window.actions.zoom_reset.shortcut().toString() == "Ctrl+0"


def test_theme_switch(qtbot) -> None:
    window = open_window(qtbot)
    window.actions.theme_dark.trigger()
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    assert "background: #1b1c1e" in window.reader_view.styleSheet()
    assert window.theme_name == "dark"
    window.actions.theme_sepia.trigger()
    assert window.theme_name == "sepia"
    QApplication.processEvents()
    assert window.reader_view.verticalScrollBar().value() == 0  # the title stays in view
    window.actions.theme_light.trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_settings_round_trip(qtbot) -> None:
    window = open_window(qtbot)
    select_report(qtbot, window, "003_e36e866b072b575a.txt")
    window.actions.theme_dark.trigger()
    window.actions.zoom_in.trigger()
    window.actions.toggle_entities.trigger()
    window.actions.toggle_keywords.trigger()
    window.actions.group_by_category.trigger()
    window.keyword_panel.top_k.setValue(7)
    window.resize(701, 503)  # within the offscreen screen (800 × 600)
    size = window.reader_view.point_size
    window.close()

    again = open_window(qtbot)
    assert again.theme_name == "dark"
    assert again.reader_view.point_size == size
    assert again.actions.toggle_entities.isChecked()
    assert not again.actions.toggle_keywords.isChecked()
    assert not again.actions.group_by_category.isChecked()
    assert again.keyword_panel.top_k.value() == 7
    assert (again.size().width(), again.size().height()) == (701, 503)
    assert again.current_entry.relpath == "003_e36e866b072b575a.txt"
    again.actions.theme_light.trigger()


def test_reading_position_is_remembered(qtbot, tmp_path: Path) -> None:
    write_report(tmp_path, "1长.txt", *[f"第{i}段，主题教育扎实推进。" * 6 for i in range(300)])
    window = open_window(qtbot, tmp_path)
    report = window.reader_view.report
    target = report.document.blocks[150].start
    window.reader_view.scroll_to_offset(target)
    assert window.reader_view.top_offset() == target
    window.close()
    again = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: again.reader_view.top_offset() == target, timeout=5000)


def test_literal_markup_is_shown_as_text_and_loads_nothing(qtbot, tmp_path: Path) -> None:
    (tmp_path / "1甲.txt").write_text(
        '1甲.txt\n<div><span>正文 &lt;img src="/dev/zero"&gt; 与 &lt;a href="file:///etc/passwd"&gt;链接&lt;/a&gt;。</span></div>',
        encoding="utf-8",
    )
    window = open_window(qtbot, tmp_path)
    assert window.reader_view.paragraph_texts() == [
        '正文 <img src="/dev/zero"> 与 <a href="file:///etc/passwd">链接</a>。'
    ]
    block = window.reader_view.document().findBlockByNumber(2)
    for fragment in block.layout().formats():
        assert not fragment.format.isImageFormat()
    iterator = block.begin()
    while not iterator.atEnd():
        assert not iterator.fragment().charFormat().isAnchor()
        assert iterator.fragment().charFormat().objectType() != QTextFormat.ObjectTypes.ImageObject.value
        iterator += 1
    assert window.reader_view.document().loadResource(2, QUrl("file:///dev/zero")) is None


def test_images_where_the_banners_stood(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "306吉林"
    folder.mkdir()
    (folder / "306吉林.txt").write_text(
        scraper_report("306吉林.txt", "甲。", "乙。", banner_before=1), encoding="utf-8"
    )
    (folder / "图片").mkdir()
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(folder / "图片" / "0.png"))
    write_report(tmp_path, "7无图.txt", "丙。", number=7)
    (tmp_path / "7无图.txt").write_text(
        scraper_report("7无图.txt", "丙。", banner_before=0), encoding="utf-8"
    )

    window = open_window(qtbot, folder / "306吉林.txt")

    def block_kinds() -> list[str]:
        kinds, block = [], window.reader_view.document().begin()
        while block.isValid():
            iterator = block.begin()
            has_image = False
            while not iterator.atEnd():
                has_image |= iterator.fragment().charFormat().isImageFormat()
                iterator += 1
            kinds.append("image" if has_image else block.text())
            block = block.next()
        return kinds

    assert block_kinds()[2:] == ["甲。", "image", "乙。"]
    select_report(qtbot, window, "7无图.txt")
    assert block_kinds()[2:] == ["[image not available]", "丙。"]
    assert IMAGE_PLACEHOLDER not in window.reader_view.paragraph_texts()


def test_large_report_paints_first_and_completes_in_the_background(qtbot, tmp_path: Path) -> None:
    paragraphs = [f"第{i}段：主题教育扎实推进，各级党组织认真落实。" * 3 for i in range(6000)]
    write_report(tmp_path, "1大.txt", *paragraphs)
    window = open_window(qtbot, tmp_path, timeout=90000)  # indexing 6,000 paragraphs on a busy machine
    view = window.reader_view
    assert view.layout_complete
    assert view.paragraph_texts() == view.report.document.paragraphs
    # Opening it again: the first slice is there before the event loop runs again.
    view.set_report(view.report)
    assert not view.layout_complete
    assert view.document().blockCount() < 1000
    qtbot.waitUntil(lambda: view.layout_complete, timeout=90000)
    assert "\n".join(view.paragraph_texts()) == view.report.document.text


def test_add_to_dictionary_in_a_read_only_library_goes_to_user_data(qtbot, isolated_user_data: Path) -> None:
    window = open_window(qtbot)
    assert not window.session.sidecar_in_library
    window.wordlist_flow.add_to_dictionary("扎实推进")
    window.save_annotations()  # as the timer or closing the window does
    assert window.session.sidecar_location.is_relative_to(isolated_user_data / "data")
    assert SidecarStore(SEEDS, read_only_library=True).load().dictionary == ["扎实推进"]
    assert not (SEEDS / "reader-annotations.json").exists()


def test_wordlists_are_saved_with_a_writable_library(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    window.wordlist_flow.save_wordlists([WordList("运动", "#2f9e8f", ["专项整治", "主题教育"])])
    window.save_annotations()  # as the timer or closing the window does
    assert window.session.sidecar_location == seeds_copy.resolve() / "reader-annotations.json"
    assert SidecarStore(seeds_copy).load().wordlists[0].terms == ["专项整治", "主题教育"]


def test_a_broken_sidecar_is_never_overwritten(qtbot, seeds_copy: Path, monkeypatch) -> None:
    broken = seeds_copy / "reader-annotations.json"
    broken.write_bytes(b'{"format": "report-reader-annotations", "version": 1, "tags": [')
    window = open_window(qtbot, seeds_copy)
    warnings = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, title, detail: warnings.append(title))
    window.wordlist_flow.add_to_dictionary("扎实推进")
    assert warnings == ["The word could not be saved"]
    assert broken.read_bytes() == b'{"format": "report-reader-annotations", "version": 1, "tags": ['


def test_language_switch_relabels_the_window(qtbot) -> None:
    window = open_window(qtbot)
    window.actions.language_chinese.trigger()
    assert window.file_menu.title() == "文件(&F)"
    assert window.count_label.text() == "报告：5"
    assert window.findChild(QAction, "actionFind").text() == "查找(&F)…"
    window.actions.language_english.trigger()
    assert window.file_menu.title() == "&File"
    assert window.count_label.text() == "Reports: 5"


def test_language_switch_relabels_the_open_reports_line_and_keeps_positions(qtbot) -> None:
    """The line under the title (number, date, characters) used to stay in the old
    language until another report was opened."""
    window = open_window(qtbot)
    view = window.reader_view

    def meta_line() -> str:
        block = view.document().begin()
        while block.isValid() and block.blockNumber() < 3:
            if block.text().count("·") >= 2:
                return block.text()
            block = block.next()
        return ""

    assert meta_line().startswith("No. ") and "characters" in meta_line()
    text = view.report.document.text
    start = text.index("主题教育")
    view.select_range(start, start + 4)
    window.actions.language_chinese.trigger()
    assert meta_line().startswith("第 ") and "号" in meta_line() and "characters" not in meta_line()
    assert "年" in meta_line() and "月" in meta_line()  # the date in the Chinese form
    dates = window.report_list  # and the sidebar's dates are not cut short ("2019年9月1…")
    shown = [dates.model().index(r, 1).data() for r in range(dates.model().rowCount())]
    widest = max(dates.fontMetrics().horizontalAdvance(d or "") for d in shown)
    assert "2019年9月10日" in shown and dates.header().sectionSize(1) >= widest + 8
    view.select_range(start, start + 4)  # positions in the report's text did not move
    assert view.textCursor().selectedText() == "主题教育"
    assert view.selection_range() == (start, start + 4)
    window.actions.language_english.trigger()
    assert meta_line().startswith("No. ")


def test_dropping_a_folder_opens_it(qtbot, tmp_path: Path) -> None:
    write_report(tmp_path / "lib", "1甲.txt", "甲的正文。")
    window = open_window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "lib"))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    wait_idle(qtbot, window)
    assert window.session.root == (tmp_path / "lib").resolve()
    assert window.reader_view.paragraph_texts() == ["甲的正文。"]
    recent = [a.text() for a in window.recent_menu.actions()]
    assert str((tmp_path / "lib").resolve()) in recent


@pytest.mark.parametrize("name", ["1甲.txt"])
def test_opening_a_report_path_opens_that_report(qtbot, tmp_path: Path, name: str) -> None:
    write_report(tmp_path, "0零.txt", "零。", number=0)
    target = write_report(tmp_path, name, "甲的正文。")
    window = open_window(qtbot, target)
    assert window.reader_view.paragraph_texts() == ["甲的正文。"]


def test_clicking_away_from_a_large_report_still_loading(qtbot, tmp_path: Path) -> None:
    """A background load that is overtaken must not leave the window busy or show late."""
    write_report(tmp_path, "1大.txt", *[f"第{i}段：主题教育扎实推进。" * 4 for i in range(8000)], number=1)
    write_report(tmp_path, "2小.txt", "小报告的正文。", number=2)
    window = open_window(qtbot, tmp_path / "2小.txt")
    entries = {e.relpath: e for e in window.session.entries}
    assert entries["1大.txt"].size > 512 * 1024
    window.open_entry(entries["1大.txt"])  # read in the background
    window.open_entry(entries["2小.txt"])  # the user moves on at once
    wait_idle(qtbot, window)
    assert not window.busy
    assert window.reader_view.paragraph_texts() == ["小报告的正文。"]
    qtbot.wait(300)
    assert window.reader_view.paragraph_texts() == ["小报告的正文。"]  # the big one never lands late
