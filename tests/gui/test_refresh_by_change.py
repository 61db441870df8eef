"""An edit refreshes only the views of what it changed: the reader pane and the
annotation list of the report it is in, the codebook when tags or their passages
change (counted calls of the views' refresh methods)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.gui_helpers import open_window, select_report


def count_calls(monkeypatch: pytest.MonkeyPatch, calls: dict[str, int], name: str, obj: object, method: str):
    real = getattr(obj, method)

    def counted(*args: object, **kwargs: object) -> object:
        calls[name] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(obj, method, counted)


def select(window, passage: str) -> int:
    text = window.reader_view.report.document.text
    start = text.index(passage)
    window.reader_view.select_range(start, start + len(passage))
    return start


def test_an_edit_in_another_report_leaves_the_shown_report_and_codebook_alone(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    first = window.reader_view.report.relpath
    select(window, "主题教育")
    ann_id = window.annotate_selection(["甲"])
    other = next(e.relpath for e in window.session.entries if e.relpath != first)
    select_report(qtbot, window, other)
    calls = {"marks": 0, "list": 0, "codebook": 0}
    count_calls(monkeypatch, calls, "marks", window.reader_view, "set_annotations")
    count_calls(monkeypatch, calls, "list", window.annotation_panel, "show_annotations")
    count_calls(monkeypatch, calls, "codebook", window.codebook, "show_tags")

    window.edit_annotation(ann_id, ["甲"], "只改笔记")  # a note, in the report not shown

    assert window.session.annotation(ann_id).note == "只改笔记"
    assert calls == {"marks": 0, "list": 0, "codebook": 0}

    select(window, "主题教育")
    window.annotate_selection(["乙"])  # in the shown report, with a tag: both refresh
    assert calls["marks"] == 1 and calls["list"] == 1 and calls["codebook"] == 1


def test_a_note_edit_in_the_shown_report_refreshes_it_but_not_the_codebook(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    start = select(window, "主题教育")
    ann_id = window.annotate_selection(["甲"])
    calls = {"marks": 0, "list": 0, "codebook": 0}
    count_calls(monkeypatch, calls, "marks", window.reader_view, "set_annotations")
    count_calls(monkeypatch, calls, "list", window.annotation_panel, "show_annotations")
    count_calls(monkeypatch, calls, "codebook", window.codebook, "show_tags")

    window.edit_annotation(ann_id, ["甲"], "笔记")

    assert calls == {"marks": 1, "list": 1, "codebook": 0}
    (mark,) = window.reader_view.annotations_at(start)
    assert mark.id == ann_id and mark.tooltip.endswith("\n笔记")
