"""The CSV file and the Excel workbook: one row per annotation."""

from __future__ import annotations

import csv
import io

from reader.core.export.labels import COLUMNS, label
from reader.core.export.records import ExportRecord, ExportReport, ExportSet

#: A cell starting with one of these is a formula to Excel, WPS or LibreOffice
#: (full-width forms too: spreadsheet apps fold them on entry).
FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")
TAG_SEPARATOR = "; "


def neutralise(value: str) -> str:
    """A text cell that no spreadsheet reads as a formula: an apostrophe in front.
    A value that already starts with one gets another, so that dropping the first
    apostrophe of a cell that has one always gives the value back."""
    return "'" + value if value[:1] in FORMULA_STARTS or value[:1] == "'" else value


def row_values(report: ExportReport, record: ExportRecord, lang: str) -> dict[str, str | int]:
    a = record.annotation
    return {
        "number": report.number,
        "title": report.title,
        "file": report.relpath,
        "date": report.date,
        "tags": TAG_SEPARATOR.join(a.tags),
        "passage": record.passage,
        "note": a.note,
        "start": record.start,
        "end": record.end,
        "author": a.author,
        "created": a.created,
        "modified": a.modified,
        "status": label(record.status, lang),
    }


def to_csv(export: ExportSet, lang: str) -> bytes:
    """UTF-8 with a BOM (so Excel and WPS read Chinese right), CRLF rows."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([label(c, lang) for c in COLUMNS])
    for report, record in export.records:
        values = row_values(report, record, lang)
        writer.writerow([neutralise(v) if isinstance(v, str) else v for v in values.values()])
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(export: ExportSet, lang: str) -> bytes:
    """Three sheets: annotations, the coding matrix (reports x tags) and the codebook.
    Every text goes in with write_string: no cell is ever a formula."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    book.set_properties({"title": label("annotations-of", lang, name=export.library)})
    font = {"font_name": "Microsoft YaHei" if lang == "zh" else "Calibri", "font_size": 10}
    header = book.add_format({**font, "bold": True, "bg_color": "#E8E8E8", "valign": "top"})
    cell = book.add_format({**font, "valign": "top"})
    wrapped = book.add_format({**font, "valign": "top", "text_wrap": True})

    sheet = book.add_worksheet(label("annotations-sheet", lang))
    widths = {"title": 30, "file": 24, "tags": 20, "passage": 60, "note": 40, "created": 25, "modified": 25}
    for col, name in enumerate(COLUMNS):
        sheet.write_string(0, col, label(name, lang), header)
        sheet.set_column(col, col, widths.get(name, 10), wrapped if name in ("passage", "note") else cell)
    for row, (report, record) in enumerate(export.records, start=1):
        for col, value in enumerate(row_values(report, record, lang).values()):
            if isinstance(value, int):
                sheet.write_number(row, col, value)
            else:
                sheet.write_string(row, col, value)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(export.records)), len(COLUMNS) - 1)

    tags = [t.name for t in export.tags]
    matrix = book.add_worksheet(label("matrix-sheet", lang))
    matrix.write_string(0, 0, label("report", lang), header)
    matrix.set_column(0, 0, 40)
    for col, name in enumerate(tags, start=1):
        matrix.write_string(0, col, name, header)
    for row, report in enumerate(export.reports, start=1):
        matrix.write_string(row, 0, f"{report.number} {report.title}".strip() or report.relpath, cell)
        for col, name in enumerate(tags, start=1):
            count = sum(name in r.annotation.tags for r in report.records)
            matrix.write_number(row, col, count, cell)
    matrix.freeze_panes(1, 1)

    codebook = book.add_worksheet(label("codebook-sheet", lang))
    counts = export.tag_counts()
    for col, name in enumerate(("tag", "colour", "description", "count")):
        codebook.write_string(0, col, label(name, lang), header)
    codebook.set_column(0, 0, 24)
    codebook.set_column(2, 2, 50)
    for row, tag in enumerate(export.tags, start=1):
        swatch = book.add_format({**font, "bg_color": tag.colour})
        codebook.write_string(row, 0, tag.name, cell)
        codebook.write_string(row, 1, tag.colour, swatch)
        codebook.write_string(row, 2, tag.description, wrapped)
        codebook.write_number(row, 3, counts.get(tag.name, 0), cell)
    book.close()
    return buffer.getvalue()
