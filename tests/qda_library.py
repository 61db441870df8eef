"""A library that exercises what QDA programs get wrong on import: several reports,
hierarchical tags whose leaf names repeat (整改/其他, 人物/其他) in an order that is not
code-point order, a highlight with a note and no tag, a highlight with neither, an
orphan with a note, notes with Windows line ends and with several paragraphs, and a
passage after a character outside the BMP (𠀀), so positions in code points and in
UTF-16 units differ, and a passage with digits.

Used by the export tests and by tools/qualcoder_import_check.py."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.annotations.model import Annotation, Tag, make_annotation
from reader.core.library import Library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

#: a report in the scraper format with 𠀀 (U+20000) before the passage 整改措施
EXTRA_REPORT = (
    "900𠀀字报告：整改落实情况.txt\n"
    "<div><span>𠀀是扩展B区的第一个字，排在这段文字之前。</span></div><div>&nbsp;</div>"
    "<div><span>2019年，𠀀𠀀两字之后，整改措施逐项落实。</span></div>\n"
)

#: the codebook in the user's order (not code-point order: 人 < 学 < 整)
TAGS = [
    Tag("学习", "#2F9E8F", ""),
    Tag("整改", "#E0533D", "整改落实情况"),
    Tag("整改/其他", "#F08C00", "其他整改"),
    Tag("人物/其他", "#7048E8", "其他人物"),
    Tag("人物/领导", "#1C7ED6", ""),
]

CRLF_NOTE = "第一行\r\n第二行：=SUM(A1)"
PARAGRAPHS_NOTE = "第一段：会议要求。\n\n第二段：落实情况。\n\n第三段：存在问题。"

#: (report index, passage, occurrence, tags, note, author)
SPECS: list[tuple[int, str, int, list[str], str, str]] = [
    (0, "主题教育", 0, ["整改/其他", "学习"], CRLF_NOTE, "甲"),
    (0, "连日来", 0, ["人物/其他"], "", "乙"),
    (1, "主题教育推进会", 0, ["整改"], PARAGRAPHS_NOTE, "甲"),
    (2, "主题教育", 1, [], "只有笔记，没有标签。", "乙"),
    (2, "北京", 0, [], "", "乙"),
    (5, "整改措施", 0, ["人物/领导", "整改/其他"], "𠀀之后的摘录", "甲"),
    (1, "2019年7月29日", 0, ["学习"], "", "乙"),  # digits in a passage
]
ORPHAN_QUOTE = "已删除的段落"
ORPHAN_NOTE = "原文已删除\r\n只剩笔记"


def qda_library(root: Path) -> Library:
    """Copy the seeds to `root`, add the 𠀀 report and annotate; ids are fixed
    (…000000000001 in the order of SPECS, the orphan last)."""
    shutil.copytree(SEEDS, root)
    (root / "900_extra.txt").write_text(EXTRA_REPORT, encoding="utf-8")
    session = Library(root)
    reports = [session.load(e) for e in session.entries]
    sidecar = session.snapshot()  # built here, then taken in as if read from the file
    sidecar.tags = [Tag(t.name, t.colour, t.description) for t in TAGS]
    for n, (index, passage, occurrence, tags, note, author) in enumerate(SPECS, start=1):
        report = reports[index]
        text = report.document.text
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(passage, start + 1)
        annotation = make_annotation(
            report.relpath, report.info.fingerprint, text, start, start + len(passage), tags, note, author
        )
        _fix(annotation, n)
        sidecar.annotations[annotation.id] = annotation
        sidecar.texts[report.info.fingerprint] = text
    report = reports[1]
    orphan = make_annotation(
        report.relpath, report.info.fingerprint, report.document.text, 0, 6, ["整改"], ORPHAN_NOTE, "甲"
    )
    orphan.quote.exact = ORPHAN_QUOTE  # words that are not in the report's text
    _fix(orphan, len(SPECS) + 1)
    sidecar.annotations[orphan.id] = orphan
    session.take_annotations(sidecar)
    session.save()
    return session


def _fix(annotation: Annotation, n: int) -> None:
    annotation.id = f"00000000-0000-4000-8000-{n:012d}"
    annotation.created = f"2026-01-0{n}T10:00:00+08:00"
    annotation.modified = f"2026-01-0{n}T11:30:00+08:00"


#: (kind, report index or tag name or None, title, text): memos where QualCoder puts
#: them: the journal (a repeated title, an untitled entry), a file's memo, a code's
#: memo (with and without a description, on a code that is only a parent), and a memo
#: on a report without passages (a journal entry there)
MEMOS: list[tuple[str, int | str | None, str, str]] = [
    ("journal", None, "第一周", "读了三篇报告。\n\n下周：比较整改措施。"),
    ("journal", None, "第一周", "重名的日志条目。"),
    ("journal", None, "", "没有标题的日志\n第二行"),
    ("report", 0, "初读印象", "主题教育的部署\n𠀀之后也要读。"),
    ("report", 3, "未标注的报告", "这篇还没有标注。"),
    ("tag", "整改", "整改的边界", "包括专项整治。\n不包括表态。"),
    ("tag", "学习", "学习", "理论学习与专题研讨。"),
    ("tag", "人物", "人物编码", "只标有名有姓的人。"),
]


def add_memos(session: Library) -> None:
    """Write the MEMOS into `session` (author 甲)."""
    entries = session.entries
    for kind, about, title, text in MEMOS:
        target = entries[about].relpath if isinstance(about, int) else (about or "")
        session.apply(session.add_memo(kind, target, title, text, "甲"))
