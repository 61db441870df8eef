"""Study notes in Markdown: passages as block quotes, grouped by report or by tag.

Every piece of user text is escaped (each ASCII punctuation character gets a
backslash, which CommonMark defines as a literal), so nothing the user typed can
become markup, a link or raw HTML."""

from __future__ import annotations

import re

from reader.core.export.casework import label as memo_label
from reader.core.export.casework import memo_sections, variable_line
from reader.core.export.labels import display_date, label, place
from reader.core.export.records import ExportRecord, ExportReport, ExportSet, records_by_tag

_PUNCTUATION = re.compile(r"([!-.:-@\[-`{-~])")  # ASCII punctuation but "/", which is inert


def escape(text: str) -> str:
    """User text as one line of literal Markdown (line breaks and tabs become spaces;
    leading spaces would make a code block)."""
    flat = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return _PUNCTUATION.sub(r"\\\1", flat).strip()


def _lines(text: str) -> list[str]:
    return [escape(line) for line in text.replace("\r\n", "\n").split("\n")]


def _quote(text: str) -> list[str]:
    return [f"> {line}" if line else ">" for line in _lines(text)]


def _paragraph(text: str) -> list[str]:
    """Lines with hard breaks; blank lines stay paragraph breaks."""
    lines = _lines(text)
    return [
        line + "\\" if line and i + 1 < len(lines) and lines[i + 1] else line for i, line in enumerate(lines)
    ]


def _heading(report: ExportReport, lang: str) -> str:
    parts = [report.number, report.title]
    head = " ".join(escape(p) for p in parts if p) or escape(report.relpath)
    return head + (f"（{escape(display_date(report.date, lang))}）" if report.date else "")


def _citation(report: ExportReport, record: ExportRecord, lang: str) -> str:
    where = escape(place(*record.place, lang))
    title = escape(report.title or report.relpath)
    return f"— {title}，{where}" if lang == "zh" else f"— {title}, {where}"


def _passage(report: ExportReport, record: ExportRecord, lang: str, cite_report: bool) -> list[str]:
    lines = _quote(record.passage)
    a = record.annotation
    cite = _citation(report, record, lang) if cite_report else "— " + escape(place(*record.place, lang))
    lines += ["", cite]
    if a.tags:
        lines += ["", label("tags-line", lang) + "; ".join(f"`{_code(t)}`" for t in a.tags)]
    if a.author:
        lines += ["", label("coder-line", lang) + escape(a.author)]
    if a.note.strip():
        lines += ["", *_paragraph(a.note)]
    return [*lines, ""]


def _code(text: str) -> str:
    """A tag in a code span: backticks cannot close it (they are not allowed in tags
    anyway, but a file from elsewhere may hold one)."""
    return text.replace("`", "'").replace("\r", " ").replace("\n", " ")


def to_markdown(export: ExportSet, lang: str, by: str = "report") -> bytes:
    out = [f"# {escape(label('annotations-of', lang, name=export.library))}", ""]
    if by == "tag":
        for name, items in records_by_tag(export):
            out += [f"## {escape(name) if name else label('untagged', lang)}", ""]
            for report, record in items:
                out += _passage(report, record, lang, cite_report=True)
    else:
        for report in export.reports:
            out += [f"## {_heading(report, lang)}", "", f"*{escape(report.relpath)}*", ""]
            values = variable_line(export, report.relpath, lang)
            if values:
                out += [escape(values), ""]
            for record in report.records:
                out += _passage(report, record, lang, cite_report=False)
    sections = memo_sections(export, lang)
    if sections:
        out += [f"## {escape(memo_label('memos', lang))}", ""]
    for heading, items in sections:
        out += [f"### {escape(heading)}", ""]
        for title, byline, memo in items:
            out += [f"#### {escape(title)}", "", f"*{escape(byline)}*", ""]
            if memo.text.strip():
                out += [*_paragraph(memo.text.strip("\n")), ""]
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")
