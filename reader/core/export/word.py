"""Study notes as a Word document (.docx): a heading per report (or tag), each passage
quoted with its tags and note. East Asian fonts are set on every style used, so the
file opens with Chinese fonts in Word and WPS.

Passage and note differ by layout, not by font alone (a machine without 楷体 shows
both in the same face): the passage (style Quote, upright so its digits are not
italic) is indented behind a rule; the note (style Note) starts with the label
笔记：/Note: on a light shading."""

from __future__ import annotations

import io

from reader.core.export.casework import label as memo_label
from reader.core.export.casework import memo_sections, variable_line
from reader.core.export.labels import display_date, label, place
from reader.core.export.records import ExportRecord, ExportReport, ExportSet, records_by_tag
from reader.core.export.records import xml_safe as _clean

BODY_FONT = ("SimSun", "宋体")  # (Latin-name fallback, East Asian name)
HEADING_FONT = ("SimHei", "黑体")
NOTE_STYLE = "Note"
INDENT_TWIPS = 567  # 1 cm: passages, their citation and their notes stand in from the margin
RULE_COLOUR = "8C8C8C"
NOTE_SHADING = "F2F2F2"


def _set_fonts(style: object, latin: str, east_asian: str) -> None:
    from docx.oxml.ns import qn

    style.font.name = latin  # type: ignore[attr-defined]
    rpr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


class _Writer:
    """Appends paragraphs to the document body directly. python-docx's own
    add_paragraph looks for the section properties among all the body's children
    and its style lookup scans every style, each time: 10,000 passages took half a
    minute."""

    def __init__(self, document: object) -> None:
        from docx.oxml.ns import qn

        self.document = document
        self.body = document.element.body  # type: ignore[attr-defined]
        self.section = self.body.find(qn("w:sectPr"))
        if self.section is not None:
            self.body.remove(self.section)
        self.styles = {name: document.styles[name].style_id for name in STYLE_NAMES}  # type: ignore[attr-defined]

    def paragraph(self, text: str = "", style: str | None = None) -> object:
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        element = OxmlElement("w:p")
        self.body.append(element)
        paragraph = Paragraph(element, self.document._body)  # type: ignore[attr-defined]
        if style is not None:
            element.style = self.styles[style]
        if text:
            paragraph.add_run(_clean(text))
        return paragraph

    def finish(self) -> None:
        if self.section is not None:
            self.body.append(self.section)  # the section properties close the body


STYLE_NAMES = ("Title", "Heading 1", "Heading 2", "Quote", NOTE_STYLE)


def to_docx(export: ExportSet, lang: str, by: str = "report") -> bytes:
    import docx
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    styles = document.styles
    _set_fonts(styles["Normal"], "Times New Roman", BODY_FONT[1])
    styles["Normal"].font.size = Pt(11)
    for name in ("Title", "Heading 1", "Heading 2"):
        _set_fonts(styles[name], "Arial", HEADING_FONT[1])
    _passage_styles(document)
    document.core_properties.title = label("annotations-of", lang, name=export.library)
    document.core_properties.language = "zh-CN" if lang == "zh" else "en"

    out = _Writer(document)
    out.paragraph(label("annotations-of", lang, name=export.library), "Title")
    if by == "tag":
        for name, items in records_by_tag(export):
            out.paragraph(name or label("untagged", lang), "Heading 1")
            for report, record in items:
                _passage(out, report, record, lang, cite_report=True)
    else:
        for report in export.reports:
            heading = " ".join(p for p in (report.number, report.title) if p) or report.relpath
            out.paragraph(heading, "Heading 1")
            date = display_date(report.date, lang)
            meta = out.paragraph(report.relpath + (f" · {date}" if date else ""))
            meta.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)  # type: ignore[attr-defined]
            values = variable_line(export, report.relpath, lang)
            if values:
                out.paragraph(values)
            for record in report.records:
                _passage(out, report, record, lang, cite_report=False)
    sections = memo_sections(export, lang)
    if sections:
        out.paragraph(memo_label("memos", lang), "Heading 1")
    for heading, items in sections:
        out.paragraph(heading, "Heading 1")
        for title, byline, memo in items:
            out.paragraph(title, "Heading 2")
            meta = out.paragraph(byline)
            meta.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)  # type: ignore[attr-defined]
            for block in memo.text.strip("\n").split("\n"):
                out.paragraph(block)
    out.finish()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _passage_styles(document: object) -> None:
    """Quote for passages: upright, indented behind a rule on the left. Note for
    notes: indented like the passage, on a light shading (its label is a run)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Twips

    styles = document.styles  # type: ignore[attr-defined]
    quote = styles["Quote"]
    _set_fonts(quote, "Times New Roman", "楷体")
    quote.font.italic = False
    quote.font.size = Pt(12)
    quote.element.get_or_add_rPr().get_or_add_iCs().val = False  # the template's complex-script italic
    fmt = quote.paragraph_format
    fmt.left_indent = Twips(INDENT_TWIPS)
    fmt.space_before = Pt(12)
    fmt.space_after = Pt(2)
    fmt.keep_with_next = True
    _border(quote.element.get_or_add_pPr(), "left", RULE_COLOUR)

    note = styles.add_style(NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    note.paragraph_format.left_indent = Twips(INDENT_TWIPS)
    note.paragraph_format.space_after = Pt(2)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), NOTE_SHADING)
    note.element.get_or_add_pPr().insert_element_before(shading, *_AFTER_SHD)


def _border(ppr: object, side: str, colour: str) -> None:
    """A rule on one side of a paragraph (w:pBdr), 2¼ pt, 8 pt from the text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    rule = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", "18"), ("space", "8"), ("color", colour)):
        rule.set(qn(f"w:{key}"), value)
    borders.append(rule)
    ppr.insert_element_before(borders, "w:shd", *_AFTER_SHD)  # type: ignore[attr-defined]


#: what follows w:shd in a w:pPr (the schema fixes the order; Word refuses another)
_AFTER_SHD = (
    "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _passage(out: _Writer, report: ExportReport, record: ExportRecord, lang: str, cite_report: bool) -> None:
    from docx.shared import RGBColor, Twips

    a = record.annotation
    out.paragraph(record.passage, "Quote")
    where = place(*record.place, lang)
    comma = "，" if lang == "zh" else ", "
    cite = f"{report.title or report.relpath}{comma}{where}" if cite_report else where
    line = out.paragraph()
    line.paragraph_format.left_indent = Twips(INDENT_TWIPS)  # type: ignore[attr-defined]
    run = line.add_run(_clean("— " + cite))  # type: ignore[attr-defined]
    run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    if a.tags:
        tags = line.add_run(_clean("    " + label("tags-line", lang) + "; ".join(a.tags)))  # type: ignore[attr-defined]
        tags.bold = True
    if a.author:
        line.add_run(_clean("    " + label("coder-line", lang) + a.author))  # type: ignore[attr-defined]
    if a.note.strip():
        note = a.note.replace("\r\n", "\n").replace("\r", "\n")
        for i, paragraph in enumerate(note.split("\n\n")):
            element = out.paragraph(style=NOTE_STYLE)
            if i == 0:
                element.add_run(label("note", lang) + ("：" if lang == "zh" else ": ")).bold = True  # type: ignore[attr-defined]
            element.add_run(_clean(paragraph))  # type: ignore[attr-defined]
