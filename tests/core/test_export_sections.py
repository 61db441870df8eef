"""Exports cite a passage of an official document by its section path (一、（二）,
第三条第二款) beside its paragraph; a news report's passages get none."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from reader.core.export import Scope, collect
from reader.core.export.writers import render
from reader.core.library import Library
from tests.conftest import SEEDS

OFFICIAL = Path(__file__).parent.parent / "data" / "docstructure" / "gen_001.txt"
NEWS = "001_964562f518f6e3ff.txt"


def annotated(tmp_path: Path) -> Library:
    root = tmp_path / "库"
    root.mkdir()
    shutil.copy(OFFICIAL, root / "official.txt")
    shutil.copy(SEEDS / NEWS, root / NEWS)
    session = Library(root)
    for entry in session.entries:
        report = session.load(entry)
        text = report.document.text
        start = text.index("鼓励社会力量参与") if entry.relpath == "official.txt" else 10
        session.apply(session.annotate(report, start, start + 8, ["甲"], "", "coder"))
    return session


def test_csv_and_xlsx_have_a_section_column(tmp_path: Path) -> None:
    session = annotated(tmp_path)
    export = collect(session, Scope())
    text = render(export, "csv", session.root, "en").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    sections = {r["File"]: r["Section"] for r in rows}
    assert sections == {"official.txt": "一、（二）", NEWS: ""}


def test_notes_and_documents_cite_paragraph_and_section(tmp_path: Path) -> None:
    session = annotated(tmp_path)
    export = collect(session, Scope())
    markdown = render(export, "md", session.root, "zh").decode("utf-8")
    assert "— 第 8 段 · 一、（二）" in markdown
    html = render(export, "html", session.root, "en").decode("utf-8")
    assert "paragraph 8 · 一、（二）" in html
    news = next(r for r in export.records if r[0].relpath == NEWS)[1]
    assert news.section == "" and "\n— 第 1 段\n" in markdown  # no path where there are no headings
