"""The CSV file and the Excel workbook: one row per annotation."""

from __future__ import annotations

import csv
import datetime
import io
import math
import unicodedata
from typing import Any

from reader.core.export.casework import heading, variable_cells
from reader.core.export.labels import COLUMNS, label
from reader.core.export.records import ExportRecord, ExportReport, ExportSet
from reader.core.reading.dates import human_date, parse_iso

#: A cell starting with one of these is a formula to Excel, WPS or LibreOffice
#: (full-width forms too: spreadsheet apps fold them on entry).
FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")
TAG_SEPARATOR = "; "


def neutralise(value: str) -> str:
    """A text cell that no spreadsheet reads as a formula: an apostrophe in front.
    A value that already starts with one gets another, so that dropping the first
    apostrophe of a cell that has one always gives the value back."""
    return "'" + value if value[:1] in FORMULA_STARTS or value[:1] == "'" else value


def cell_text(value: str) -> str:
    """Line ends as spreadsheets keep them inside a cell: LF only (a CR would come back
    from Excel's XML as `_x000D_`)."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def number_value(number: str) -> int | str:
    """The listing number as a number when it is one (so it sorts as one)."""
    return int(number) if number.isascii() and number.isdigit() else number


def row_values(report: ExportReport, record: ExportRecord, lang: str) -> dict[str, str | int]:
    a = record.annotation
    return {
        "number": number_value(report.number),
        "title": report.title,
        "file": report.relpath,
        "date": human_date(report.date, lang),
        "tags": TAG_SEPARATOR.join(a.tags),
        "passage": record.passage,
        "note": a.note,
        "start": record.start,
        "end": record.end,
        "author": a.author,
        "created": a.created,
        "modified": a.modified,
        "status": label(record.status, lang),
        "section": record.section,
    }


def to_csv(export: ExportSet, lang: str) -> bytes:
    """UTF-8 with a BOM (so Excel and WPS read Chinese right), CRLF rows. Every text
    field is quoted, so a comma, semicolon or tab in it stays in its cell whichever of
    them the spreadsheet splits on (LibreOffice Calc ticks all three by default);
    numbers (number, start, end) are bare."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow(
        [label(c, lang) for c in COLUMNS] + [neutralise(heading(v, lang)) for v in export.variables]
    )
    for report, record in export.records:
        values = [*row_values(report, record, lang).values(), *variable_cells(export, report.relpath)]
        writer.writerow([neutralise(v) if isinstance(v, str) else v for v in values])
    return out.getvalue().encode("utf-8-sig")


#: Column widths (characters) of the annotations sheet; the rest are 10.
_WIDTHS = {"number": 6, "title": 22, "file": 14, "date": 13, "tags": 14, "passage": 40, "note": 30,
           "start": 6, "end": 6, "author": 8, "created": 23, "modified": 23, "status": 8,
           "section": 14}  # fmt: skip
_LINE_POINTS = 14.0  # one line of 10-point text, CJK included
_MAX_ROW_POINTS = 409.0  # Excel's limit


def _lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide (a
    CJK or other wide character counts two)."""
    total = 0
    for line in text.split("\n"):
        size = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
        total += max(1, math.ceil(size / max(1.0, width - 1)))
    return total


def _row_height(cells: list[tuple[str, float]]) -> float:
    """The height that shows every wrapped cell of a row whole: spreadsheet programs
    do not grow rows written without one (LibreOffice overlaps the lines)."""
    lines = max((_lines(text, width) for text, width in cells), default=1)
    return min(_MAX_ROW_POINTS, lines * _LINE_POINTS + 2)


#: How a full report date shows in Excel (a real date, so it sorts): the human form.
_DATE_FORMATS = {"zh": 'yyyy"年"m"月"d"日"', "en": "[$-409]d mmm yyyy"}


def _print_layout(sheet: Any, columns: int = 0) -> None:
    """Landscape A4, as wide as one page, the header row (and `columns`) on every page."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    if columns:
        sheet.repeat_columns(0, columns - 1)
    sheet.set_footer("&C&P / &N")


def to_xlsx(export: ExportSet, lang: str) -> bytes:
    """Three sheets: annotations, the coding matrix (reports x tags) and the codebook.
    Every text goes in with write_string (no cell is ever a formula), wrapped, with LF
    line ends; numbers are numbers and full report dates are dates shown in the
    human form; each sheet prints landscape, one page wide, its header on every page."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    book.set_properties({"title": label("annotations-of", lang, name=export.library)})
    font = {"font_name": "Microsoft YaHei" if lang == "zh" else "Calibri", "font_size": 10}
    top = {**font, "valign": "top"}
    header = book.add_format({**top, "bold": True, "bg_color": "#E8E8E8", "text_wrap": True})
    wrapped = book.add_format({**top, "text_wrap": True})
    number = book.add_format(top)
    date = book.add_format(
        {**top, "align": "left", "num_format": _DATE_FORMATS.get(lang, _DATE_FORMATS["en"])}
    )

    sheet = book.add_worksheet(label("annotations-sheet", lang))
    for col, name in enumerate(COLUMNS):
        sheet.write_string(0, col, label(name, lang), header)
        sheet.set_column(col, col, _WIDTHS.get(name, 10))
    for col, variable in enumerate(export.variables, start=len(COLUMNS)):  # the report's variables
        sheet.write_string(0, col, cell_text(heading(variable, lang)), header)
        sheet.set_column(col, col, 12)
    for row, (report, record) in enumerate(export.records, start=1):
        values = row_values(report, record, lang)
        for variable, value in zip(export.variables, variable_cells(export, report.relpath), strict=True):
            values[f"variable:{variable.name}"] = value
        texts = [(cell_text(v), _WIDTHS.get(k, 10)) for k, v in values.items() if isinstance(v, str)]
        sheet.set_row(row, _row_height(texts))
        for col, (name, value) in enumerate(values.items()):
            full_date = parse_iso(report.date) if name == "date" else None
            if full_date is not None and full_date.year is not None:
                when = datetime.datetime(full_date.year, full_date.month, full_date.day)
                sheet.write_datetime(row, col, when, date)
            elif isinstance(value, int):
                sheet.write_number(row, col, value, number)
            else:
                sheet.write_string(row, col, cell_text(value), wrapped)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(export.records)), len(COLUMNS) + len(export.variables) - 1)
    _print_layout(sheet)

    tags = [t.name for t in export.tags]
    matrix = book.add_worksheet(label("matrix-sheet", lang))
    matrix.write_string(0, 0, label("report", lang), header)
    matrix.set_column(0, 0, 40)
    matrix.set_column(1, max(1, len(tags)), 12)
    matrix.set_row(0, _row_height([(cell_text(name), 12) for name in tags]))
    for col, name in enumerate(tags, start=1):
        matrix.write_string(0, col, cell_text(name), header)
    for row, report in enumerate(export.reports, start=1):
        name = cell_text(f"{report.number} {report.title}".strip() or report.relpath)
        matrix.set_row(row, _row_height([(name, 40)]))
        matrix.write_string(row, 0, name, wrapped)
        for col, tag in enumerate(tags, start=1):
            count = sum(tag in r.annotation.tags for r in report.records)
            matrix.write_number(row, col, count, number)
    matrix.freeze_panes(1, 1)
    _print_layout(matrix, columns=1)

    codebook = book.add_worksheet(label("codebook-sheet", lang))
    counts = export.tag_counts()
    for col, name in enumerate(("tag", "colour", "description", "count")):
        codebook.write_string(0, col, label(name, lang), header)
    codebook.set_column(0, 0, 24)
    codebook.set_column(2, 2, 50)
    for row, tag in enumerate(export.tags, start=1):
        codebook.set_row(row, _row_height([(cell_text(tag.name), 24), (cell_text(tag.description), 50)]))
        swatch = book.add_format({**top, "bg_color": tag.colour})
        codebook.write_string(row, 0, cell_text(tag.name), wrapped)
        codebook.write_string(row, 1, tag.colour, swatch)
        codebook.write_string(row, 2, cell_text(tag.description), wrapped)
        codebook.write_number(row, 3, counts.get(tag.name, 0), number)
    _print_layout(codebook)
    book.close()
    return buffer.getvalue()
