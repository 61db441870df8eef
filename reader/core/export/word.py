"""Study notes as a Word document (.docx): a heading per report (or tag), each passage
quoted with its tags and note. East Asian fonts are set on every style used, so the
file opens with Chinese fonts in Word and WPS."""

from __future__ import annotations

import io

from reader.core.export.labels import display_date, label
from reader.core.export.records import ExportRecord, ExportReport, ExportSet, records_by_tag
from reader.core.export.records import xml_safe as _clean

BODY_FONT = ("SimSun", "宋体")  # (Latin-name fallback, East Asian name)
HEADING_FONT = ("SimHei", "黑体")


def _set_fonts(style: object, latin: str, east_asian: str) -> None:
    from docx.oxml.ns import qn

    style.font.name = latin  # type: ignore[attr-defined]
    rpr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


def to_docx(export: ExportSet, lang: str, by: str = "report") -> bytes:
    import docx
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    styles = document.styles
    _set_fonts(styles["Normal"], "Times New Roman", BODY_FONT[1])
    styles["Normal"].font.size = Pt(11)
    for name in ("Title", "Heading 1", "Heading 2"):
        _set_fonts(styles[name], "Arial", HEADING_FONT[1])
    _set_fonts(styles["Quote"], "Times New Roman", "楷体")
    document.core_properties.title = label("annotations-of", lang, name=export.library)
    document.core_properties.language = "zh-CN" if lang == "zh" else "en"

    document.add_heading(_clean(label("annotations-of", lang, name=export.library)), level=0)
    if by == "tag":
        for name, items in records_by_tag(export):
            document.add_heading(_clean(name) or label("untagged", lang), level=1)
            for report, record in items:
                _passage(document, report, record, lang, cite_report=True)
    else:
        for report in export.reports:
            heading = " ".join(p for p in (report.number, report.title) if p) or report.relpath
            document.add_heading(_clean(heading), level=1)
            date = display_date(report.date, lang)
            meta = document.add_paragraph(_clean(report.relpath + (f" · {date}" if date else "")))
            meta.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
            for record in report.records:
                _passage(document, report, record, lang, cite_report=False)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _passage(
    document: object, report: ExportReport, record: ExportRecord, lang: str, cite_report: bool
) -> None:
    from docx.shared import RGBColor

    a = record.annotation
    document.add_paragraph(_clean(record.passage), style="Quote")  # type: ignore[attr-defined]
    where = label("paragraph", lang, n=record.paragraph) if record.paragraph else label(record.status, lang)
    cite = f"{report.title or report.relpath}，{where}" if cite_report else where
    line = document.add_paragraph()  # type: ignore[attr-defined]
    run = line.add_run(_clean("— " + cite))
    run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    if a.tags:
        tags = line.add_run(_clean("    " + label("tags-line", lang) + "; ".join(a.tags)))
        tags.bold = True
    if a.note.strip():
        for paragraph in a.note.replace("\r\n", "\n").split("\n\n"):
            document.add_paragraph(_clean(paragraph))  # type: ignore[attr-defined]
