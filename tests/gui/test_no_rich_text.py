"""No report or user text reaches a rich-text renderer: titles, passages, notes, tags,
problem reasons and file names show as written in tooltips, labels and message boxes,
and an `<img src=…>` among them loads nothing. Chart labels are never mathtext."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextCursor, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip, QWidget

from reader.core.index.scan import scan_library
from reader.core.problems import Problem
from reader.gui.dialogs.problems import ProblemsDialog
from reader.gui.widgets.annotation_widgets import AnnotationDialog
from reader.gui.widgets.report_tree import TITLE, ReportTreeModel, rows_for
from tests.conftest import scraper_report
from tests.gui.gui_helpers import open_window, wait_idle

IMG = '<img src="x.png">'  # relative: Qt would load it from the working folder
TAG = f"{IMG}标签"
NOTE = f"{IMG}笔记 <b>粗</b>"
PASSAGE = f"{IMG}一段"


class _Recording(QTextDocument):
    """A document that notes every resource it is asked for (as a label's would load)."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, name: object) -> object:
        self.requested.append(str(name))
        return super().loadResource(kind, name)


def shown(text: str) -> tuple[str, list[str]]:
    """What Qt displays for `text` where it guesses the format (tooltips, message boxes,
    labels in AutoText: rich text when `Qt.mightBeRichText`), and what it loads for it."""
    document = _Recording()
    if GuiQt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    document.size()  # lays it out: images are loaded here
    return document.toPlainText().replace("\u2028", "\n").replace("\xa0", " "), document.requested


def assert_literal(text: str, *expected: str) -> None:
    displayed, requested = shown(text)
    assert requested == [], f"{text!r} loads {requested}"
    for part in expected:
        assert part in displayed, f"{part!r} not shown literally in {displayed!r}"


@pytest.fixture
def image_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """x.png (300 x 200) in the working folder, where a relative <img> would find it."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(folder / "x.png"))
    monkeypatch.chdir(folder)
    return folder / "x.png"


def tooltip_shown(qtbot, text: str, widget: QWidget) -> QLabel:
    """Qt's own tooltip label after showing `text`: an image loaded makes it tall."""
    QToolTip.showText(widget.mapToGlobal(QPoint(5, 5)), text, widget)
    QApplication.processEvents()
    labels = [w for w in QApplication.topLevelWidgets() if w.metaObject().className() == "QTipLabel"]
    assert labels
    return labels[0]


def hostile_library(root: Path) -> Path:
    root.mkdir()
    (root / "1.txt").write_text(
        scraper_report(f"1{IMG}标题.txt", "正文&lt;img src=&quot;x.png&quot;&gt;一段。", "第二段。"),
        encoding="utf-8",
    )
    return root


def test_sidebar_tooltip_shows_a_title_with_an_img_as_text(qtbot, tmp_path: Path, image_here: Path) -> None:
    """A title from the file name (as from an HTML <title>) with an <img> in it."""
    library = tmp_path / "lib"
    library.mkdir()
    (library / f"{IMG}标题.txt").write_text("正文。\n", encoding="utf-8")
    model = ReportTreeModel()
    model.set_rows(rows_for(scan_library(library).entries))
    tip = model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert_literal(tip, f"{IMG}标题\n{IMG}标题.txt")
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    label = tooltip_shown(qtbot, tip, host)
    assert label.sizeHint().height() < 100  # the 200-pixel image was not loaded


def _annotated_window(qtbot, tmp_path: Path):
    window = open_window(qtbot, hostile_library(tmp_path / "lib"))
    text = window.reader_view.report.document.text
    start = text.index(IMG)
    window.reader_view.select_range(start, start + len(IMG))
    ann_id = window.annotate_selection([TAG], NOTE)
    wait_idle(qtbot, window)
    return window, ann_id, start


def test_reader_tooltip_on_an_annotation_shows_tags_and_note_as_text(
    qtbot, tmp_path: Path, image_here: Path
) -> None:
    window, _ann_id, start = _annotated_window(qtbot, tmp_path)
    view = window.reader_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_position(start + 2))
    where = view.viewport().mapTo(view, view.cursorRect(cursor).center())
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, where, view.mapToGlobal(where)))
    QApplication.processEvents()
    labels = [w for w in QApplication.topLevelWidgets() if w.metaObject().className() == "QTipLabel"]
    assert labels and TAG in shown(labels[0].text())[0]
    assert_literal(labels[0].text(), TAG, "<b>粗</b>")
    assert labels[0].sizeHint().height() < 150


def test_annotation_and_codebook_tooltips_show_text(qtbot, tmp_path: Path, image_here: Path) -> None:
    window, ann_id, _start = _annotated_window(qtbot, tmp_path)
    window._do(window.session.edit_tag(TAG, description=NOTE), "describe")
    item = window.annotation_panel.tree.topLevelItem(0)
    assert_literal(item.toolTip(0), IMG)
    assert_literal(item.toolTip(1), TAG)
    assert_literal(item.toolTip(2), "<b>粗</b>")
    tag_item = window.codebook.tags.topLevelItem(0)
    assert_literal(tag_item.toolTip(0), "<b>粗</b>")
    window.codebook.tags.setCurrentItem(tag_item)
    passage = window.codebook.passages.topLevelItem(0)
    assert_literal(passage.toolTip(1), IMG)
    assert ann_id


def test_message_boxes_and_dialog_labels_show_tag_names_as_text(
    qtbot, tmp_path: Path, image_here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ann_id, _start = _annotated_window(qtbot, tmp_path)
    window._do(window.session.add_tag("其他"), "new tag")
    item = window.codebook.tags.findItems(TAG, Qt.MatchFlag.MatchExactly)[0]
    window.codebook.tags.setCurrentItem(item)
    asked: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getItem", lambda *a, **k: asked.append(a[2]) or ("", False)
    )
    window.actions.merge_tag.trigger()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getMultiLineText", lambda *a, **k: asked.append(a[2]) or ("", False)
    )
    window.actions.describe_tag.trigger()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    window.actions.delete_tag.trigger()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window._warn("title", f"{IMG} cannot be written")
    assert len(asked) == 3 and len(warned) == 1
    for text in [*asked, *warned]:
        assert_literal(text, IMG)


def test_labels_that_show_report_or_user_text_are_plain(qtbot, tmp_path: Path, image_here: Path) -> None:
    dialog = AnnotationDialog(PASSAGE, [TAG])
    qtbot.addWidget(dialog)
    quote = next(label for label in dialog.findChildren(QLabel) if PASSAGE in label.text())
    assert quote.textFormat() == Qt.TextFormat.PlainText
    assert quote.sizeHint().height() < 100

    window = open_window(qtbot, hostile_library(tmp_path / "lib"))
    labels = [
        window.annotation_panel.banner,
        window.annotation_panel.location,
        window.search_panel.summary,
        window.keyword_panel.status,
    ]
    window.show_statistics()
    labels.append(window.stats_window.status)
    for label in labels:
        label.setText(f"{IMG} reason")
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert label.sizeHint().height() < 100, label.objectName()


def test_problem_reasons_and_search_results_show_file_names_as_text(
    qtbot, tmp_path: Path, image_here: Path
) -> None:
    problem = Problem(f"{IMG}.txt", "unreadable", {"error": f"{IMG} denied"})
    dialog = ProblemsDialog([problem], "en")
    qtbot.addWidget(dialog)
    assert_literal(dialog.tree.topLevelItem(0).toolTip(1), f"{IMG} denied")

    library = tmp_path / "lib"
    library.mkdir()
    (library / f"{IMG}.txt").write_text(scraper_report("2 报告.txt", "专项整治。"), encoding="utf-8")
    window = open_window(qtbot, library)
    from reader.core.analysis.search import Query

    window.library_controller.search(Query("专项整治"))
    qtbot.waitUntil(lambda: window.search_panel.results.topLevelItemCount() == 1, timeout=20000)
    assert_literal(window.search_panel.results.topLevelItem(0).toolTip(0), f"{IMG}.txt")


def test_chart_labels_are_drawn_as_written(qtbot) -> None:
    """A report title or tag with two `$` is not mathtext (`$\\frac{$` failed to draw)."""
    import matplotlib
    from matplotlib.figure import Figure

    from reader.gui.widgets.charts import style_for

    widget = QWidget()
    qtbot.addWidget(widget)
    label = "报告$\\frac{$标签"
    with matplotlib.rc_context(style_for(widget)):
        figure = Figure()
        axes = figure.add_subplot()
        axes.barh([label], [1])
        axes.set_title(label)
    figure.savefig(io.BytesIO(), format="png")  # drawn later, outside the style, as on a resize
    assert axes.get_yticklabels()[0].get_text() == label
