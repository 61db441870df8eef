"""The CSV and the Excel workbook as spreadsheet programs read them.

LibreOffice Calc's CSV import dialog ticks comma, semicolon and tab as separators by
default, with `"` as the text delimiter. Python's csv module takes one delimiter only,
and it is no stand-in for that: with `;` as its delimiter a quoted field stops being
quoted at the first `,` after its closing quote, and the `;` of the next field splits
it. So the file is checked twice: with the csv module as a comma-separated file, and
with `calc_split`, which reads it the way Calc does with all three ticked."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

import pytest

from reader.core.export import Scope, collect
from reader.core.export.tabular import neutralise
from reader.core.export.writers import render
from reader.core.library import Library
from tests.export_fixtures import fixed_library

IDS = [f"00000000-0000-4000-8000-{n:012d}" for n in range(1, 6)]
COLUMNS = 14
AWKWARD_NOTE = 'a, b; c\td "quoted", \'x\r\nWindows line\rold Mac line'


@pytest.fixture
def session(tmp_path: Path) -> Library:
    session = fixed_library(tmp_path / "库")
    annotation = session.annotation(IDS[1])
    annotation.note = AWKWARD_NOTE
    annotation.tags = ["学习", "人物;其他", "地方,省"]
    return session


def rendered(session: Library, fmt: str, lang: str = "zh") -> bytes:
    return render(collect(session, Scope()), fmt, session.root, lang)


def calc_split(text: str, separators: str = ",;\t", quote: str = '"') -> list[list[str]]:
    """Rows as LibreOffice Calc splits them with every character of `separators` ticked
    and `quote` as the text delimiter: a field that starts with the quote runs to the
    quote that is followed by a separator or a line end (a doubled quote inside stands
    for one, separators and line breaks inside are text); any other field runs to the
    next separator. Rows end at CRLF or LF outside quotes."""
    rows: list[list[str]] = []
    row: list[str] = []
    i, n = 0, len(text)
    while i < n:
        field: list[str] = []
        if text[i] == quote:
            i += 1
            while i < n:
                if text[i] == quote and i + 1 < n and text[i + 1] == quote:
                    field.append(quote)
                    i += 2
                elif text[i] == quote:
                    i += 1
                    break
                else:
                    field.append(text[i])
                    i += 1
            while i < n and text[i] not in separators and text[i] not in "\r\n":
                field.append(text[i])  # text after a closing quote (never written by us)
                i += 1
        else:
            while i < n and text[i] not in separators and text[i] not in "\r\n":
                field.append(text[i])
                i += 1
        row.append("".join(field))
        if i < n and text[i] in separators:
            i += 1
            if i == n or text[i] in "\r\n":
                row.append("")
        if i >= n or text[i] in "\r\n":
            i += 2 if text[i : i + 2] == "\r\n" else 1
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


def unguard(value: str) -> str:
    """The text a neutralised cell stands for (drop the first apostrophe of a cell that
    has one in front of a formula start or an apostrophe)."""
    return value[1:] if value[:1] == "'" and neutralise(value[1:]) == value else value


def test_calc_split_reads_like_calc() -> None:
    """The emulation itself: a bare `;` or tab splits, a quoted one does not."""
    assert calc_split('a;b\tc,"d;e\tf,g ""h"""\r\n1,2\n') == [["a", "b", "c", 'd;e\tf,g "h"'], ["1", "2"]]
    assert calc_split('"x\r\ny",z\r\n') == [["x\r\ny", "z"]]


def test_csv_keeps_14_columns_with_comma_semicolon_and_tab_as_separators(session: Library) -> None:
    text = rendered(session, "csv").decode("utf-8-sig")
    as_calc = calc_split(text)
    assert [len(row) for row in as_calc] == [COLUMNS] * 6
    as_csv = list(csv.reader(io.StringIO(text, newline="")))
    assert as_calc == as_csv  # the same cells whichever way it is read
    row = next(r for r in as_calc if r[6].startswith("a, b"))
    assert row[4] == "学习; 人物;其他; 地方,省"
    assert row[6] == AWKWARD_NOTE  # line breaks of every kind stay in the cell


@pytest.mark.parametrize("separators", [",", ",;", ",\t", ",;\t"])
def test_ticking_semicolon_or_tab_as_well_changes_no_cell(session: Library, separators: str) -> None:
    """Only bare numbers stand outside quotes, so a separator other than the comma
    never splits anything, whichever of them are ticked."""
    text = rendered(session, "csv").decode("utf-8-sig")
    assert calc_split(text, separators) == list(csv.reader(io.StringIO(text, newline="")))


def test_csv_text_fields_are_quoted_and_numbers_are_bare(session: Library) -> None:
    lines = rendered(session, "csv").decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith('"编号","标题"')
    assert lines[1].startswith('154,"山西省')  # the number is a number, the title text


def test_csv_keeps_the_formula_guard_and_the_bom(session: Library) -> None:
    session.annotation(IDS[0]).note = "=SUM(A1)"
    data = rendered(session, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert '"\'=SUM(A1)"' in data.decode("utf-8-sig")
    notes = [row[6] for row in calc_split(data.decode("utf-8-sig"))[1:]]
    assert "'=SUM(A1)" in notes and "=SUM(A1)" in [unguard(n) for n in notes]


# -- Excel -------------------------------------------------------------------------------------------
def workbook(session: Library, tmp_path: Path, lang: str = "zh"):
    import openpyxl

    path = tmp_path / f"a.{lang}.xlsx"
    path.write_bytes(rendered(session, "xlsx", lang))
    return openpyxl.load_workbook(path)


def test_xlsx_windows_line_ends_read_back_as_line_breaks(session: Library, tmp_path: Path) -> None:
    sheet = workbook(session, tmp_path).worksheets[0]
    notes = [row[6].value for row in sheet.iter_rows(min_row=2)]
    assert 'a, b; c\td "quoted", \'x\nWindows line\nold Mac line' in notes
    assert not any("_x000D_" in (n or "") or "\r" in (n or "") for n in notes)


def test_xlsx_text_wraps_and_numbers_are_numbers(session: Library, tmp_path: Path) -> None:
    sheet = workbook(session, tmp_path).worksheets[0]
    rows = list(sheet.iter_rows(min_row=2))
    for row in rows:
        number, passage, note, start = row[0], row[5], row[6], row[7]
        assert passage.alignment.wrap_text and note.alignment.wrap_text
        assert isinstance(start.value, int)
        assert number.value is None or isinstance(number.value, int)
    assert sorted({row[0].value for row in rows}) == [34, 50, 154]


def test_xlsx_prints_landscape_one_page_wide_with_the_header_on_every_page(
    session: Library, tmp_path: Path
) -> None:
    book = workbook(session, tmp_path)
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        width = sheet.page_setup.fitToWidth or 1  # absent means 1 (ECMA-376)
        assert (width, sheet.page_setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title


@pytest.mark.parametrize(("lang", "shown"), [("zh", 'yyyy"年"m"月"d"日"'), ("en", "d mmm yyyy")])
def test_xlsx_dates_are_dates_in_the_human_form(
    session: Library, tmp_path: Path, lang: str, shown: str
) -> None:
    sheet = workbook(session, tmp_path, lang).worksheets[0]
    cells = {row[2].value: row[3] for row in sheet.iter_rows(min_row=2)}
    full = cells["001_964562f518f6e3ff.txt"]
    assert full.value == datetime.datetime(2019, 7, 29)
    assert full.number_format.endswith(shown)
    partial = cells["000_d1456dbc0793e714.txt"].value
    assert partial == ("6月6日" if lang == "zh" else "6 Jun")
