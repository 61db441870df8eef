"""Words that exports show to readers, in English and Simplified Chinese."""

from __future__ import annotations

from reader.core.anchoring import ATTACHED, MOVED, ORPHANED

#: The columns of the CSV and the Excel annotations sheet, in order.
COLUMNS = (
    "number", "title", "file", "date", "tags", "passage", "note",
    "start", "end", "author", "created", "modified", "status",
)  # fmt: skip

_LABELS: dict[str, tuple[str, str]] = {
    "number": ("No.", "编号"),
    "title": ("Title", "标题"),
    "file": ("File", "文件"),
    "date": ("Date", "日期"),
    "tags": ("Tags", "标签"),
    "tags-line": ("Tags: ", "标签："),
    "passage": ("Passage", "摘录"),
    "note": ("Note", "笔记"),
    "start": ("Start", "起点"),
    "end": ("End", "终点"),
    "author": ("Author", "作者"),
    "created": ("Created", "创建时间"),
    "modified": ("Modified", "修改时间"),
    "status": ("Status", "状态"),
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


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip


def display_date(iso: str, lang: str = "en") -> str:
    """A report date for readers: full dates as they are ('2019-07-29'); a date
    without a year ('--06-03' in ISO 8601) as '6月3日' or '3 June'."""
    if not iso.startswith("--"):
        return iso
    try:
        month, day = int(iso[2:4]), int(iso[5:7])
        return f"{month}月{day}日" if lang == "zh" else f"{day} {_MONTHS[month - 1]}"
    except (ValueError, IndexError):
        return iso
