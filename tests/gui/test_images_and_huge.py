"""Images decoded off the UI thread within limits, never an SVG; reports too large for
the reader pane refused with their figures instead of freezing it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reader.core.problems import ReportError
from reader.core.reading import loader
from reader.core.reading.document import build_document
from tests.conftest import scraper_report
from tests.gui.gui_helpers import open_window, wait_idle

SVG_WITH_FILE = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="400" height="300">'
    '<image xlink:href="secret.png" width="400" height="300"/></svg>'
)
# The pane's limits (read here, not imported: the tests also run against older code).
MAX_SHOWN_PARAGRAPHS = getattr(loader, "MAX_SHOWN_PARAGRAPHS", 50_000)
MAX_SHOWN_PARAGRAPH_CHARS = getattr(loader, "MAX_SHOWN_PARAGRAPH_CHARS", 50_000)
MAX_SHOWN_BYTES = getattr(loader, "MAX_SHOWN_BYTES", 16 * 1024 * 1024)


def picture(path: Path, width: int, height: int, fmt: str) -> None:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fd0"))
    assert image.save(str(path), fmt)


def report_with_images(root: Path, count: int) -> Path:
    folder = root / "9图片报告"
    (folder / "图片").mkdir(parents=True)
    paragraphs = [f"第{i}段。" for i in range(count + 1)]
    body = scraper_report("9图片报告.txt", *paragraphs[:1])
    for text in paragraphs[1:]:
        body += (
            "\n-------------------这里有图片------------\n" + scraper_report("x.txt", text).split("\n", 1)[1]
        )
    (folder / "9图片报告.txt").write_text(body, encoding="utf-8")
    return folder


def shown_images(view) -> list[QImage]:
    """The decoded pictures the pane's document holds, in order."""
    found = []
    for number in range(20):
        resource = view.document().resource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"report-image:{number}")
        )
        if isinstance(resource, QImage) and not resource.isNull():
            found.append(resource)
    return found


def test_svg_named_png_is_never_rendered_and_says_why(qtbot, tmp_path: Path) -> None:
    folder = report_with_images(tmp_path, 2)
    picture(folder / "图片" / "0.jpg", 640, 480, "JPEG")
    picture(folder / "secret.png", 400, 300, "PNG")
    (folder / "图片" / "1.png").write_text(SVG_WITH_FILE, encoding="utf-8")
    window = open_window(qtbot, folder / "9图片报告.txt")
    view = window.reader_view
    assert [i.width() for i in shown_images(view)] == [640]  # the JPEG only
    texts = [view.document().findBlockByNumber(n).text() for n in view._image_blocks.values()]
    assert "[image not available]" in texts
    svg_block = view.document().findBlockByNumber(view._image_blocks[1])
    assert "SVG" in (view.image_reason_at(svg_block.position()) or "")
    # Opened again with the thread pool idle: the SVG is refused at once, and still said so.
    view.set_report(window.session.load(window.current_entry))
    wait_idle(qtbot, window)
    svg_block = view.document().findBlockByNumber(view._image_blocks[1])
    assert svg_block.text() == "[image not available]"
    assert "SVG" in (view.image_reason_at(svg_block.position()) or "")


def test_pictures_are_decoded_off_the_ui_thread_at_the_column_width(qtbot, tmp_path: Path) -> None:
    folder = report_with_images(tmp_path, 2)
    picture(folder / "图片" / "0.png", 3000, 1000, "PNG")
    picture(folder / "图片" / "1.jpg", 2400, 1800, "JPEG")
    window = open_window(qtbot, folder / "9图片报告.txt")
    view = window.reader_view
    column = view._column_width() * max(1.0, view.devicePixelRatioF())
    decoded = shown_images(view)
    assert len(decoded) == 2
    assert all(image.width() <= column + 1 for image in decoded)
    assert decoded[0].width() / decoded[0].height() == pytest.approx(3.0, rel=0.01)
    # Showing the report again: its text is there at once, the pictures follow from the worker.
    view.set_report(view.report)
    view._forget_images()
    view.set_report(view.report)
    assert shown_images(view) == []
    assert not view.layout_complete
    wait_idle(qtbot, window)
    assert len(shown_images(view)) == 2


def test_pictures_beyond_the_reports_budget_or_pixel_cap_show_the_marker_with_a_reason(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = report_with_images(tmp_path, 3)
    picture(folder / "图片" / "0.png", 600, 400, "PNG")
    picture(folder / "图片" / "1.png", 600, 400, "PNG")
    picture(folder / "图片" / "2.png", 2000, 2000, "PNG")
    from reader.gui.widgets import report_images

    monkeypatch.setattr(report_images, "REPORT_IMAGE_BUDGET_BYTES", 600 * 400 * 4 + 10)
    monkeypatch.setattr(report_images, "MAX_SOURCE_PIXELS", 3_000_000)
    window = open_window(qtbot, folder / "9图片报告.txt")
    view = window.reader_view
    assert len(shown_images(view)) == 1
    reasons = [
        view.image_reason_at(view.document().findBlockByNumber(view._image_blocks[n]).position())
        for n in (1, 2)
    ]
    assert "MB" in (reasons[0] or "")  # the budget
    assert "pixels" in (reasons[1] or "") or "MB" in (reasons[1] or "")


def test_image_files_are_recognised_by_content() -> None:
    from reader.core.reading import images as core_images

    assert core_images.sniff(b"\x89PNG\r\n\x1a\n....") == "png"
    assert core_images.sniff(b"\xff\xd8\xff\xe0") == "jpeg"
    assert core_images.sniff(b"RIFF\0\0\0\0WEBPVP8 ") == "webp"
    assert core_images.sniff(SVG_WITH_FILE.encode()) == "svg"
    assert core_images.sniff(b'<?xml version="1.0"?>\n<svg/>') == "svg"
    assert core_images.sniff(b"hello") == ""
    assert core_images.decoded_size(8000, 8000, 800) == (800, 800)
    assert core_images.decoded_size(400, 300, 800) == (400, 300)  # never enlarged
    width, height = core_images.decoded_size(800, 40000, 800)  # a long infographic
    assert width * height <= core_images.MAX_DECODED_PIXELS


def test_a_fifo_named_like_a_picture_is_refused_without_blocking(tmp_path: Path) -> None:
    from reader.core.reading import images as core_images

    fifo = tmp_path / "0.png"
    os.mkfifo(fifo)
    with pytest.raises(core_images.ImageProblem) as refused:
        core_images.read_image_bytes(fifo)
    assert refused.value.code == "not-regular"


def _report_of(paragraphs: list[str]):
    from reader.core.reading.loader import Report, ReportInfo

    document = build_document(paragraphs)
    info = ReportInfo("x.txt", None, "x", "", None, "utf-8", document.char_count, len(paragraphs), 0, "0")
    return Report(info, document, "x.txt", ())


def test_reports_over_the_pane_limits_are_refused_with_their_figures() -> None:
    from reader.core.reading.loader import check_showable

    check_showable(_report_of(["段。"] * MAX_SHOWN_PARAGRAPHS))
    with pytest.raises(ReportError) as many:
        check_showable(_report_of(["段。"] * (MAX_SHOWN_PARAGRAPHS + 1)))
    assert f"{MAX_SHOWN_PARAGRAPHS + 1:,} paragraphs" in many.value.reason("en")
    with pytest.raises(ReportError) as long:
        check_showable(_report_of(["字" * (MAX_SHOWN_PARAGRAPH_CHARS + 1)]))
    assert "reader text" in long.value.reason("en") and "reader text" in long.value.reason("zh")


def test_the_window_shows_why_a_report_is_too_large_instead_of_freezing(qtbot, tmp_path: Path) -> None:
    (tmp_path / "1长段.txt").write_text(
        "1长段.txt\n" + "字" * (MAX_SHOWN_PARAGRAPH_CHARS + 1) + "\n", encoding="utf-8"
    )
    huge = tmp_path / "2巨大.txt"
    with huge.open("wb") as out:  # over the size the pane shows: refused before it is read
        out.truncate(MAX_SHOWN_BYTES + 1)
    (tmp_path / "3小.txt").write_text("3小.txt\n正文。\n", encoding="utf-8")
    window = open_window(qtbot, tmp_path / "1长段.txt")
    view = window.reader_view
    assert view.report is None
    assert "too large" in view.document().toPlainText() or "cannot be shown" in view.document().toPlainText()
    entry = next(e for e in window.session.entries if e.relpath == "2巨大.txt")
    window.open_entry(entry)
    wait_idle(qtbot, window)
    assert view.report is None
    assert "16.0 MB" in view.document().toPlainText()
    assert (
        loader.load_report(tmp_path / "1长段.txt").info.chars == MAX_SHOWN_PARAGRAPH_CHARS + 1
    )  # the CLI still reads it


def test_a_large_report_is_cleaned_in_a_child_process_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cleaning a million paragraphs holds the interpreter for seconds: a large file is
    cleaned in a child process, whose result and refusals are those of an in-process load."""
    library = tmp_path / "lib"
    library.mkdir()
    shown = library / "1可以显示.txt"
    shown.write_text(scraper_report("1可以显示.txt", "第一段。", "第二段𠀀。"), encoding="utf-8")
    refused = library / "2太多段落.txt"
    refused.write_text("2太多段落.txt\n" + "\n".join("段" for _ in range(MAX_SHOWN_PARAGRAPHS + 1)))
    monkeypatch.setattr(loader, "ISOLATED_LOAD_BYTES", 0)  # every file counts as large
    in_child = loader.load_showable(shown, library, shown.stat().st_size)
    assert in_child.document.text == loader.load_report(shown, library).document.text
    assert in_child.info == loader.load_report(shown, library).info
    with pytest.raises(ReportError) as caught:
        loader.load_showable(refused, library, refused.stat().st_size)
    assert caught.value.code == "too-large-to-show-paragraphs"


def test_the_library_pass_never_cleans_a_large_report_in_the_windows_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.index import library_index, workers
    from reader.core.index.scan import scan_library

    library = tmp_path / "lib"
    library.mkdir()
    (library / "1大.txt").write_text(scraper_report("1大.txt", "主题教育。"), encoding="utf-8")
    monkeypatch.setattr(workers, "ISOLATED_LOAD_BYTES", 0)

    def not_here(*_args: object) -> None:
        raise AssertionError("a large report was cleaned in this process")

    monkeypatch.setattr(workers, "rows_for", not_here)  # the worker processes import their own
    built = library_index.build_index(library, scan_library(library).entries, [], workers=2)
    assert built is not None and [r.title for r in built.reports] == ["大"]
