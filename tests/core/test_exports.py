"""Exports: golden files for every format on the seeds, each file opened with the
library that reads its format, validation against the REFI-QDA schema and the W3C
assertions, and the `reader export` / `reader import` commands.

Regenerate the golden files after an intended change with REPORT_READER_UPDATE_GOLDEN=1."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.annotations.change import Change
from reader.core.export import Scope, collect
from reader.core.export.importer import plan_import
from reader.core.export.w3c import collection_id
from reader.core.export.writers import FORMATS, render
from reader.core.library import Library
from tests.export_fixtures import fixed_library, forget_annotations

GOLDEN = Path(__file__).parents[1] / "golden" / "export"
REFERENCE = Path(__file__).parents[1] / "reference"
UPDATE = os.environ.get("REPORT_READER_UPDATE_GOLDEN") == "1"
IDS = [f"00000000-0000-4000-8000-{n:012d}" for n in range(1, 6)]
ORPHAN = IDS[4]


@pytest.fixture
def session(tmp_path: Path) -> Library:
    return fixed_library(tmp_path / "样例库")


def rendered(session: Library, fmt: str, lang: str = "zh", by: str = "report", **scope: object) -> bytes:
    return render(collect(session, Scope(**scope)), fmt, session.root, lang, by)  # type: ignore[arg-type]


def check_golden(name: str, text: str) -> None:
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(text.encode("utf-8"))
    assert text == golden.read_bytes().decode("utf-8"), f"{name} differs from its golden file"


# -- CSV ---------------------------------------------------------------------------------------------
def test_csv_matches_golden_and_reads_back(session: Library) -> None:
    data = rendered(session, "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel and WPS need for UTF-8
    text = data.decode("utf-8-sig")
    check_golden("annotations.zh.csv", text)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["编号", "标题", "文件", "日期", "标签", "摘录", "笔记", "起点", "终点",
                       "作者", "创建时间", "修改时间", "状态", "所在层次"]  # fmt: skip
    assert len(rows) == 6
    first = rows[1]
    assert first[4] == "整改/专项整治; 学习"
    assert first[6] == "第一行\n第二行：=SUM(A1)"  # a newline inside a cell survives
    orphans = [r for r in rows if r[12] == "未找到"]
    assert [r[5] for r in orphans] == ["已删除的段落"]  # the orphan is exported, with its quote


def test_csv_headers_follow_the_language(session: Library) -> None:
    header = next(csv.reader(io.StringIO(rendered(session, "csv", lang="en").decode("utf-8-sig"))))
    assert header[:7] == ["No.", "Title", "File", "Date", "Tags", "Passage", "Note"]


# -- Excel -------------------------------------------------------------------------------------------
def test_xlsx_has_annotations_matrix_and_codebook_and_no_formula(session: Library, tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "a.xlsx"
    path.write_bytes(rendered(session, "xlsx"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["标注", "编码矩阵", "编码本"]
    dump = {}
    for sheet in book.worksheets:
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        dump[sheet.title] = rows
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    check_golden(
        "annotations.zh.xlsx.json", json.dumps(dump, ensure_ascii=False, indent=1, default=str) + "\n"
    )
    notes = [row[6] for row in dump["标注"][1:]]
    assert "第一行\n第二行：=SUM(A1)" in notes  # kept exactly, as text
    matrix = dump["编码矩阵"]
    assert matrix[0][1:] == ["整改", "整改/专项整治", "学习"]
    assert sum(sum(row[1:]) for row in matrix[1:]) == 5  # passages x tags: 2 + 1 + 1 + 1
    assert [row[3] for row in dump["编码本"][1:]] == [2, 1, 2]


# -- Markdown ----------------------------------------------------------------------------------------
def test_markdown_by_report_and_by_tag_match_golden(session: Library) -> None:
    by_report = rendered(session, "md").decode("utf-8")
    by_tag = rendered(session, "md", by="tag").decode("utf-8")
    check_golden("annotations.zh.by-report.md", by_report)
    check_golden("annotations.zh.by-tag.md", by_tag)
    assert "> 主题教育" in by_report and "第 1 段" in by_report
    assert by_tag.index("## 整改") < by_tag.index("## 学习")


def test_markdown_has_no_raw_html_and_no_links(session: Library) -> None:
    from markdown_it import MarkdownIt

    for by in ("report", "tag"):
        tokens = MarkdownIt("commonmark").parse(rendered(session, "md", by=by).decode("utf-8"))
        kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
        assert not kinds & {"html_block", "html_inline", "link_open", "image"}
        html = MarkdownIt("commonmark").render(rendered(session, "md", by=by).decode("utf-8"))
        assert "<b>" not in html and "&lt;b&gt;注意" in html


# -- W3C JSON ----------------------------------------------------------------------------------------
def test_w3c_json_passes_the_w3c_assertions(session: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonld"
    path.write_bytes(rendered(session, "json"))
    result = subprocess.run(
        [sys.executable, str(REFERENCE / "w3c-annotation-model" / "check_annotations.py"), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    last = result.stdout.strip().splitlines()[-1]
    assert last.endswith(" 0 failed") and int(last.split()[0]) >= 70


def test_w3c_json_matches_golden_and_is_json_ld(session: Library) -> None:
    data = json.loads(rendered(session, "json"))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"  # then our own terms
    assert data["type"] == "AnnotationCollection" and data["total"] == 5
    items = data["first"]["items"]
    assert all(item["type"] == "Annotation" for item in items)
    first = items[0]
    assert [b["purpose"] for b in first["body"]] == ["tagging", "tagging", "commenting"]
    kinds = [s["type"] for s in first["target"]["selector"]]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
    text = json.dumps(data, ensure_ascii=False, indent=2)
    text = text.replace(session.root.resolve().as_uri(), "file:///LIBRARY")
    text = text.replace(collection_id(session.root), "urn:uuid:LIBRARY")
    check_golden("annotations.jsonld", text + "\n")


# -- HTML --------------------------------------------------------------------------------------------
def test_html_matches_golden_and_has_no_active_content(session: Library) -> None:
    from html.parser import HTMLParser

    page = rendered(session, "html").decode("utf-8")
    check_golden("annotations.zh.html", page)

    class Audit(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.bad: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append(tag)
            for name, value in attrs:
                if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                    self.bad.append(f"{tag} {name}")
                if name in ("href", "src") and not (value or "").startswith("#"):
                    self.bad.append(f"{tag} {name}={value}")

    audit = Audit()
    audit.feed(page)
    assert not {"script", "iframe", "object", "embed", "img", "link", "form"} & set(audit.tags)
    assert audit.bad == []
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "&lt;b&gt;注意&lt;/b&gt;" in page  # the note's markup is text
    assert page.count("<mark") >= 4 and "已删除的段落" in page  # passages marked, orphan listed


# -- Word --------------------------------------------------------------------------------------------
def test_docx_matches_golden_and_sets_chinese_fonts(session: Library, tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    path = tmp_path / "a.docx"
    path.write_bytes(rendered(session, "docx"))
    document = docx.Document(str(path))
    lines = [f"{p.style.name}|{p.text}" for p in document.paragraphs]
    check_golden("annotations.zh.docx.txt", "\n".join(lines) + "\n")
    for name in ("Normal", "Heading 1", "Quote"):
        fonts = document.styles[name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")), name
    assert "Quote|主题教育" in lines


# -- REFI-QDA ----------------------------------------------------------------------------------------
def test_qdpx_is_valid_against_the_refi_qda_schema(session: Library, tmp_path: Path) -> None:
    from lxml import etree

    archive = zipfile.ZipFile(io.BytesIO(rendered(session, "qdpx")))
    names = archive.namelist()
    assert names[0] == "project.qde" and all(n.startswith("sources/") for n in names[1:])
    schema = etree.XMLSchema(etree.parse(str(REFERENCE / "refi-qda" / "Project-mrt2019.xsd")))
    project = etree.fromstring(archive.read("project.qde"))
    assert schema.validate(project), schema.error_log
    check_golden("project.qde", archive.read("project.qde").decode("utf-8") + "\n")

    ns = {"q": "urn:QDA-XML:project:1.0"}
    codes = {c.get("name"): c for c in project.iterfind(".//q:Code", ns)}
    assert codes["专项整治"].getparent() is codes["整改"]  # 整改/专项整治 nests
    assert codes["学习"].get("color") == "#2F9E8F"
    for source in project.iterfind(".//q:TextSource", ns):
        text = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://")).decode()
        for selection in source.iterfind("q:PlainTextSelection", ns):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert text[start:end] == selection.get("name")  # code points of the source text
    notes = [n.findtext("q:PlainTextContent", namespaces=ns) for n in project.iterfind(".//q:Note", ns)]
    assert any("已删除的段落" in n for n in notes)  # the orphan is a note on its report


def test_every_format_is_the_same_for_the_same_annotations(session: Library) -> None:
    for fmt in FORMATS:
        if fmt in ("xlsx", "docx"):
            continue  # their packages stamp the time of writing
        assert rendered(session, fmt) == rendered(session, fmt), fmt


# -- scope and grouping ------------------------------------------------------------------------------
def test_scope_by_tag_includes_tags_below_it(session: Library) -> None:
    export = collect(session, Scope(tags=frozenset({"整改"})))
    ids = {r.annotation.id for _rep, r in export.records}
    assert ids == {IDS[0], IDS[2], ORPHAN}  # 整改/专项整治 counts as 整改
    export = collect(session, Scope(reports=frozenset({session.entries[2].relpath})))
    assert [r.annotation.id for _rep, r in export.records] == [IDS[3]]


# -- import ------------------------------------------------------------------------------------------
def test_w3c_export_round_trips_through_import(session: Library, tmp_path: Path) -> None:
    exported = tmp_path / "a.jsonld"
    exported.write_bytes(rendered(session, "json"))
    forget_annotations(session.root)
    fresh = Library(session.root)
    assert not fresh.annotations()
    result = plan_import(fresh, exported)
    assert sorted(result.added) == IDS and not result.updated and not result.skipped
    fresh.apply(result.change)
    fresh.save()
    assert rendered(fresh, "json") == exported.read_bytes()


def test_import_merges_by_id_newest_wins_and_keeps_ours(session: Library, tmp_path: Path) -> None:
    other = tmp_path / "other"
    theirs = fixed_library(other)
    edits = {
        IDS[0]: ("对方改过的笔记", "2026-02-01T00:00:00+08:00"),
        IDS[1]: ("旧的笔记", "2025-01-01T00:00:00+08:00"),
    }
    before = {ann_id: theirs.annotation(ann_id) for ann_id in edits}
    after = {
        ann_id: dataclasses.replace(a, note=edits[ann_id][0], modified=edits[ann_id][1])
        for ann_id, a in before.items()
    }
    theirs.apply(Change(before, after, keep_times=True))
    theirs.save()
    result = plan_import(session, theirs.sidecar_location)
    assert result.updated == [IDS[0]]
    assert IDS[1] in result.skipped
    session.apply(result.change)
    assert session.annotation(IDS[0]).note == "对方改过的笔记"
    assert session.annotation(IDS[1]).note == ""  # ours was newer
    assert len(session.annotations()) == 5
    session.apply(result.change, undo=True)
    assert session.annotation(IDS[0]).note == "第一行\n第二行：=SUM(A1)"


def test_import_does_not_resurrect_what_we_deleted(session: Library, tmp_path: Path) -> None:
    copy_path = tmp_path / "copy.json"
    copy_path.write_bytes(session.sidecar_location.read_bytes())
    session.apply(session.delete_annotation(IDS[1]))
    result = plan_import(session, copy_path)
    assert IDS[1] in result.skipped and IDS[1] not in session.snapshot().annotations


# -- command line ------------------------------------------------------------------------------------
def test_cli_export_writes_what_the_dialog_writes(
    session: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "a.md"
    args = ["export", str(session.root), "--format", "md", "-o", str(out), "--by", "tag", "--lang", "zh"]
    assert main(args) == 0
    assert out.read_bytes() == rendered(session, "md", by="tag")
    assert "5 annotations from 3 reports" in capsys.readouterr().out
    out_csv = tmp_path / "one.csv"
    first = session.entries[0].relpath
    assert main(["export", str(session.root), "--format", "csv", "-o", str(out_csv),
                 "--report", first, "--tag", "学习"]) == 0  # fmt: skip
    rows = list(csv.reader(io.StringIO(out_csv.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 3 and all(r[2] == first for r in rows[1:])


def test_cli_export_refuses_unknown_tags_and_reports(
    session: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.csv"
    assert main(["export", str(session.root), "--format", "csv", "-o", str(out), "--tag", "没有"]) == 2
    assert main(["export", str(session.root), "--format", "csv", "-o", str(out), "--report", "x.txt"]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["export", str(session.root), "--format", "pdf", "-o", str(out)])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "no such tag" in err and "no such report" in err
    assert not out.exists()


def test_cli_import_reports_counts_and_rejects_other_json(
    session: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "a.jsonld"
    exported.write_bytes(rendered(session, "json"))
    assert main(["import", str(session.root), str(exported)]) == 0
    assert "Added 0, updated 0, skipped 5" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    before = session.sidecar_location.read_bytes()
    assert main(["import", str(session.root), str(bad)]) == 1
    assert "neither a Report Reader annotations file nor W3C" in capsys.readouterr().err
    assert session.sidecar_location.read_bytes() == before
