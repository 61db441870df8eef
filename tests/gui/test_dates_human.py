"""A report date reads one way wherever a person reads it (exports, the sidebar, the
reader pane), in the UI or export language: '2019年7月29日' / '29 July 2019', and
without a year '6月3日' / '3 June'. ISO 8601 stays where a program reads it."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.cli import main
from reader.core import problems
from reader.core.export import Scope, collect
from reader.core.export.writers import FORMATS, render
from reader.core.index.scan import scan_library
from reader.core.library import Library
from reader.core.reading.dates import human_date
from reader.core.reading.loader import load_report
from reader.gui.widgets.report_filter import ReportFilterProxy
from reader.gui.widgets.report_tree import DATE, FilterTextRole, ReportTreeModel, rows_for
from tests.export_fixtures import fixed_library

HUMAN = {"zh": ("2019年7月29日", "6月6日", "6月3日"), "en": ("29 Jul 2019", "6 Jun", "3 Jun")}


@pytest.mark.parametrize(
    ("iso", "zh", "en"),
    [
        ("2019-07-29", "2019年7月29日", "29 Jul 2019"),
        ("--06-03", "6月3日", "3 Jun"),
        ("--12-31", "12月31日", "31 Dec"),
        ("", "", ""),
    ],
)
def test_human_date(iso: str, zh: str, en: str) -> None:
    assert (human_date(iso, "zh"), human_date(iso, "en")) == (zh, en)


def _text_of(fmt: str, data: bytes) -> str:
    """What a reader of the file sees, as text (the documents inside the packages)."""
    if fmt in ("xlsx", "docx", "qdpx"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(
                archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith((".xml", ".qde"))
            )
    return data.decode("utf-8-sig")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return fixed_library(tmp_path_factory.mktemp("dates") / "库")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "json"])
def test_exports_for_people_show_the_human_form(session: Library, fmt: str, lang: str) -> None:
    text = _text_of(fmt, render(collect(session, Scope()), fmt, session.root, lang))
    assert "--06-0" not in text and "06-03" not in text and "06-06" not in text
    full, partial, _ = HUMAN[lang]
    assert partial in text
    if fmt != "xlsx":  # there the full date is a date cell, shown through its format
        assert full in text and "2019-07-29" not in text


def test_machines_still_read_iso(session: Library, capsys: pytest.CaptureFixture[str]) -> None:
    first = session.entries[0].path
    assert main(["info", str(first)]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "--06-06"


def _dated_model(root: Path) -> tuple[ReportTreeModel, ReportFilterProxy]:
    model, proxy = ReportTreeModel(), ReportFilterProxy()
    proxy.setSourceModel(model)
    model.set_grouped(False)
    entries = scan_library(root).entries
    model.set_rows(rows_for(entries))
    model.set_dates({e.relpath: load_report(e.path, root).info.date.iso() for e in entries})  # type: ignore[union-attr]
    return model, proxy


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sidebar_shows_the_human_form_and_sorts_by_date(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(problems, "_chosen_language", lang)
    _model, proxy = _dated_model(seeds_copy)
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, DATE).data() for r in range(proxy.rowCount())]
    if lang == "zh":
        assert shown == ["2019年7月29日", "2019年9月10日", "6月3日", "6月3日", "6月6日"]
    else:
        assert shown == ["29 Jul 2019", "10 Sep 2019", "3 Jun", "3 Jun", "6 Jun"]
    filter_texts = [proxy.index(r, 0).data(FilterTextRole) for r in range(proxy.rowCount())]
    assert all("-" not in s.split()[0] for s in shown)
    assert any("2019-07-29" in t for t in filter_texts)  # found by what is stored as by what is shown


def test_sidebar_filter_finds_the_date_as_shown(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(problems, "_chosen_language", "zh")
    _model, proxy = _dated_model(seeds_copy)
    proxy.set_filter_text("6月3日")
    assert proxy.rowCount() == 2


@pytest.mark.parametrize(("lang", "expected"), [("zh", "2019年7月29日"), ("en", "29 Jul 2019")])
def test_reader_pane_metadata_line_shows_the_human_form(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: str
) -> None:
    from reader.gui.widgets.reader_view import ReaderView

    monkeypatch.setattr(problems, "_chosen_language", lang)
    view = ReaderView()
    qtbot.addWidget(view)
    entry = next(e for e in scan_library(seeds_copy).entries if e.relpath.startswith("001_"))
    view.set_report(load_report(entry.path, seeds_copy))
    meta = view.document().findBlockByNumber(1).text()
    assert expected in meta and "07-29" not in meta
