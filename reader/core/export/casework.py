"""Memos and report variables in exports.

An export of the whole library carries every memo; an export of some reports or
tags carries the memos on its reports and on the tags of its passages (and the tags
above them); journal entries go with the whole library only. Every export carries
the user-defined variables and the values of its reports: columns in CSV and Excel,
a line under each report in Markdown and Word, Cases and Variables in REFI-QDA.
The recognised fields of official documents (文号, 发文机关, 文种, 成文日期, 附件:
`reader.core.analysis.documents.fields`) go first, as variables of their own, when
an exported report has any of them;
memos are a section at the end of Markdown and Word, and Notes in REFI-QDA (the
journal's on the project, the others on their report or code).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.analysis.documents.fields import FIELDS
from reader.core.analysis.documents.fields import label as field_label
from reader.core.annotations.memos import JOURNAL, REPORT, TAG, Memo
from reader.core.annotations.report_variables import DATE, NUMBER, TEXT, Variable

if TYPE_CHECKING:
    from collections.abc import Iterable

    from reader.core.annotations.report_variables import Casebook
    from reader.core.export.records import ExportSet

_LABELS: dict[str, tuple[str, str]] = {
    "memos": ("Memos", "备忘录"),
    JOURNAL: ("Research journal", "研究日志"),
    REPORT: ("Memos on reports", "报告备忘录"),
    TAG: ("Memos on tags", "标签备忘录"),
    "untitled": ("(untitled)", "（无标题）"),
    "by": ("{author}, {when}", "{author}，{when}"),
    "linked": ("Linked passages: {count}", "链接的文段：{count} 条"),
}


def label(key: str, lang: str = "en", **params: object) -> str:
    en, zh = _LABELS[key]
    return (zh if lang == "zh" else en).format(**params)


def add_casework(export: ExportSet, memos: Iterable[Memo], book: Casebook, whole: bool) -> ExportSet:
    """`export` with the memos and variables that go with it (see the module doc)."""
    reports = {r.relpath for r in export.reports}
    tags = {  # the tags of the exported passages, and the tags above them
        "/".join(parts[:n])
        for _report, record in export.records
        for tag in record.annotation.tags
        for parts in [tag.split("/")]
        for n in range(1, len(parts) + 1)
    }
    export.memos = [
        m
        for m in memos
        if whole or (m.kind == REPORT and m.about in reports) or (m.kind == TAG and m.about in tags)
    ]
    table = book.table()
    export.values = {relpath: dict(table[relpath]) for relpath in reports if relpath in table}
    export.variables = list(book.variables)
    if any(any(r.fields.values()) for r in export.reports):
        export.variables[:0] = DOCUMENT_VARIABLES
        for report in export.reports:
            found = {k: v for k, v in report.fields.items() if v}
            if found:
                export.values.setdefault(report.relpath, {}).update(found)
    return export


#: The document fields as the exports' variables.
DOCUMENT_VARIABLES = [
    Variable(name, {"doc_date": DATE, "doc_attachments": NUMBER}.get(name, TEXT)) for name in FIELDS
]


def heading(variable: Variable, lang: str = "en") -> str:
    """A variable's column heading: a document field's name in `lang` ('文种'), a
    user variable's own name."""
    return field_label(variable.name, lang) if variable.name in FIELDS else variable.name


def variable_line(export: ExportSet, relpath: str, lang: str = "en") -> str:
    """'文种: 通知 · 地区: 华北 · 人数: 12' for a report ('' when it has no values)."""
    values = export.values.get(relpath, {})
    return " · ".join(f"{heading(v, lang)}: {values[v.name]}" for v in export.variables if values.get(v.name))


def variable_cells(export: ExportSet, relpath: str) -> list[str]:
    """The report's value of each variable, in the variables' order ('' when none)."""
    values = export.values.get(relpath, {})
    return [values.get(v.name, "") for v in export.variables]


def memo_sections(export: ExportSet, lang: str) -> list[tuple[str, list[tuple[str, str, Memo]]]]:
    """(section heading, [(memo heading, byline, memo)]) for the journal, the memos on
    reports and those on tags, leaving out empty sections."""
    titles = {r.relpath: " ".join(p for p in (r.number, r.title) if p) or r.relpath for r in export.reports}
    sections = []
    for kind in (JOURNAL, REPORT, TAG):
        items = []
        for memo in export.memos:
            if memo.kind != kind:
                continue
            title = memo.title or label("untitled", lang)
            if kind == REPORT:
                title = f"{titles.get(memo.about, memo.about)}: {title}"
            elif kind == TAG:
                title = f"{memo.about}: {title}"
            when = memo.modified[:16].replace("T", " ")
            byline = label("by", lang, author=memo.author or "?", when=when)
            if memo.links:
                byline += " · " + label("linked", lang, count=len(memo.links))
            items.append((title, byline, memo))
        if items:
            sections.append((label(kind, lang), items))
    return sections


def qdpx_type(variable: Variable) -> str:
    """REFI-QDA's typeOfVariable: numbers as Float, dates as Date when every value is
    a full date (the writer checks), the rest as Text."""
    return {NUMBER: "Float", DATE: "Date"}.get(variable.type, "Text")
