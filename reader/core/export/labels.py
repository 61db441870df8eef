"""Words that exports show to readers, in English and Simplified Chinese."""

from __future__ import annotations

from reader.core.annotations.anchoring import ATTACHED, MOVED, ORPHANED
from reader.core.reading.dates import human_date

#: The columns of the CSV and the Excel annotations sheet, in order.
COLUMNS = (
    "number", "title", "file", "date", "tags", "passage", "note",
    "start", "end", "author", "created", "modified", "status", "section",
)  # fmt: skip

_LABELS: dict[str, tuple[str, str]] = {
    "number": ("No.", "编号"),
    "title": ("Title", "标题"),
    "file": ("File", "文件"),
    "date": ("Date", "日期"),
    "tags": ("Tags", "标签"),
    "tags-line": ("Tags: ", "标签："),
    "coder-line": ("Coder: ", "编码者："),
    "passage": ("Passage", "摘录"),
    "note": ("Note", "笔记"),
    "start": ("Start", "起点"),
    "end": ("End", "终点"),
    "author": ("Author", "作者"),
    "created": ("Created", "创建时间"),
    "modified": ("Modified", "修改时间"),
    "status": ("Status", "状态"),
    "section": ("Section", "所在层次"),
    ATTACHED: ("attached", "已定位"),
    MOVED: ("moved", "已移位"),
    ORPHANED: ("orphaned", "未找到"),
    "annotations-sheet": ("Annotations", "标注"),
    "matrix-sheet": ("Coding matrix", "编码矩阵"),
    "codebook-sheet": ("Codebook", "编码本"),
    "report": ("Report", "报告"),
    "tag": ("Tag", "标签"),
    "colour": ("Colour", "颜色"),
    "description": ("Description", "说明"),
    "count": ("Passages", "摘录数"),
    "untagged": ("Untagged", "未加标签"),
    "paragraph": ("paragraph {n}", "第 {n} 段"),
    "orphans": ("Passages not found in the current text", "在当前文本中未找到的摘录"),
    "legend": ("Tags", "标签"),
    "notes": ("Notes", "笔记"),
    "annotations-of": ("Annotations: {name}", "标注：{name}"),
    "no-text": ("The report's text is not available.", "报告文本不可用。"),
    "total": ("{count} passages", "共 {count} 条摘录"),
}


def label(key: str, lang: str = "en", **params: object) -> str:
    en, zh = _LABELS[key]
    return (zh if lang == "zh" else en).format(**params)


def place(paragraph: int, status: str, section: str, lang: str = "en") -> str:
    """Where a passage stands, as exports cite it: 'paragraph 3', with its section path
    when the report has headings ('paragraph 3 · 二、（一）'); its status when orphaned."""
    if not paragraph:
        return label(status, lang)
    where = label("paragraph", lang, n=paragraph)
    return f"{where} · {section}" if section else where


def display_date(iso: str, lang: str = "en") -> str:
    """A report date for readers, the one form used everywhere (`human_date`)."""
    return human_date(iso, lang)
