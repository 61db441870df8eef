"""A library with a fixed set of annotations for the export tests: Chinese passages,
several tags (one hierarchical), a note with line breaks and formula-like text, a
note with markup, and an orphan."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.annotations.model import Annotation, Tag, make_annotation
from reader.core.library import Library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def fixed_library(root: Path) -> Library:
    shutil.copytree(SEEDS, root)
    session = Library(root)
    reports = [session.load(e) for e in session.entries]
    specs = [
        (0, "主题教育", 0, ["整改/专项整治", "学习"], "第一行\n第二行：=SUM(A1)", "甲"),
        (0, "连日来", 0, ["学习"], "", "乙"),
        (1, "主题教育推进会", 0, ["整改"], "*重点* <b>注意</b> [链接](javascript:alert(1))", "甲"),
        (2, "主题教育", 1, [], "只有笔记，没有标签。", "乙"),
    ]
    sidecar = session.snapshot()  # built here, then taken in as if read from the file
    sidecar.tags = [
        Tag("整改", "#E0533D", "整改落实情况"),
        Tag("整改/专项整治", "#F08C00", "专项整治的措施"),
        Tag("学习", "#2F9E8F", ""),
    ]
    for n, (index, passage, occurrence, tags, note, author) in enumerate(specs, start=1):
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
    # An orphan: words that are not in the report's current text.
    report = reports[1]
    orphan = make_annotation(
        report.relpath, report.info.fingerprint, report.document.text, 0, 6, ["整改"], "原文已删除", "甲"
    )
    orphan.quote.exact = "已删除的段落"
    _fix(orphan, 5)
    sidecar.annotations[orphan.id] = orphan
    session.take_annotations(sidecar)
    session.save()
    return session


def _fix(annotation: Annotation, n: int) -> None:
    annotation.id = f"00000000-0000-4000-8000-{n:012d}"
    annotation.created = f"2026-01-0{n}T10:00:00+08:00"
    annotation.modified = f"2026-01-0{n}T11:30:00+08:00"


def forget_annotations(root: Path) -> None:
    """Make `root` a library that was never annotated: no sidecar and no backups (with
    the backups left, a missing sidecar comes back from the copy of the last save)."""
    (root / "reader-annotations.json").unlink()
    shutil.rmtree(root / ".reader-backups", ignore_errors=True)
