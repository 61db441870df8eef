"""Exports carry memos and report variables: Markdown and Word sections, CSV and
Excel columns, REFI-QDA Variables, Cases and Notes (valid against the schema); an
export of one tag carries only the memos on what it exports."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reader.core.annotations.memos import JOURNAL, REPORT, TAG
from reader.core.annotations.report_variables import CHOICE, DATE, NUMBER, Variable
from reader.core.export import Scope, collect
from reader.core.export.writers import render
from reader.core.library import Library
from tests.export_fixtures import fixed_library

SCHEMA = Path(__file__).parents[1] / "reference" / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Library:
    session = fixed_library(tmp_path_factory.mktemp("memos") / "lib")
    first = session.entries[0].relpath
    for kind, about, title, text in (
        (JOURNAL, "", "第一周", "读了三篇。\n下周继续。"),
        (REPORT, first, "初读", "主题明确"),
        (TAG, "学习", "学习的定义", "包括理论学习"),
    ):
        session.apply(session.add_memo(kind, about, title, text, "甲"))
    for variable in (
        Variable("地区", CHOICE, ("华北", "东北")),
        Variable("人数", NUMBER),
        Variable("发布", DATE),
    ):
        session.apply(session.define_variable(variable))
    session.apply(
        session.set_values([(first, "地区", "华北"), (first, "人数", "12"), (first, "发布", "2019-07-29")])
    )
    return session


def test_markdown_has_the_variables_under_the_report_and_a_memos_section(session: Library) -> None:
    text = render(collect(session), "md", session.root, "zh").decode()
    assert "地区\\: 华北 · 人数\\: 12 · 发布\\: 2019\\-07\\-29" in text  # escaped: literal text
    memos = text[text.index("## 备忘录") :]
    assert memos.index("### 研究日志") < memos.index("### 报告备忘录") < memos.index("### 标签备忘录")
    assert "#### 第一周" in memos and "读了三篇。\\" in memos and "下周继续。" in memos
    assert "#### 学习\\: 学习的定义" in memos


def test_word_has_the_same_sections(session: Library) -> None:
    import docx

    document = docx.Document(io.BytesIO(render(collect(session), "docx", session.root, "en")))
    paragraphs = [p.text for p in document.paragraphs]
    assert "地区: 华北 · 人数: 12 · 发布: 2019-07-29" in paragraphs
    assert paragraphs.index("Memos") < paragraphs.index("Research journal") < paragraphs.index("第一周")
    assert "下周继续。" in paragraphs


def test_csv_and_excel_have_a_column_per_variable(session: Library, tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(render(collect(session), "csv", session.root).decode("utf-8-sig"))))
    assert rows[0][-3:] == ["地区", "人数", "发布"]
    first = session.entries[0].relpath
    file_column = rows[0].index("File")
    assert {tuple(r[-3:]) for r in rows[1:] if r[file_column] == first} == {("华北", "12", "2019-07-29")}
    assert {tuple(r[-3:]) for r in rows[1:] if r[file_column] != first} == {("", "", "")}
    import openpyxl

    path = tmp_path / "out.xlsx"
    path.write_bytes(render(collect(session), "xlsx", session.root))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[-3:] == ["地区", "人数", "发布"]
    assert ["华北", "12", "2019-07-29"] in [[c.value for c in row][-3:] for row in sheet.iter_rows(min_row=2)]


def test_refi_qda_has_variables_cases_and_memo_notes(session: Library) -> None:
    archive = zipfile.ZipFile(io.BytesIO(render(collect(session), "qdpx", session.root)))
    project = etree.fromstring(archive.read("project.qde"))
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(project), schema.error_log
    kinds = {v.get("name"): v.get("typeOfVariable") for v in project.findall("q:Variables/q:Variable", NS)}
    assert kinds == {"地区": "Text", "人数": "Float", "发布": "Date"}
    (case,) = project.findall("q:Cases/q:Case", NS)
    assert case.find("q:VariableValue/q:FloatValue", NS).text == "12"
    assert case.find("q:VariableValue/q:DateValue", NS).text == "2019-07-29"
    source = project.find(
        f"q:Sources/q:TextSource[@guid='{case.find('q:SourceRef', NS).get('targetGUID')}']", NS
    )
    notes = {n.get("guid"): n for n in project.findall("q:Notes/q:Note", NS)}
    memos = {m.kind: m for m in session.snapshot().memos.values()}
    assert {m.id for m in memos.values()} <= set(notes)
    journal = notes[memos[JOURNAL].id]  # QualCoder's journal takes a Note whose text is a file
    assert journal.find("q:PlainTextContent", NS) is None and journal.get("name") == "第一周"
    assert archive.read(f"sources/{memos[JOURNAL].id}.txt").decode() == "读了三篇。\n下周继续。"
    assert journal.get("plainTextPath") == f"internal://{memos[JOURNAL].id}.txt"
    assert memos[REPORT].id in {r.get("targetGUID") for r in source.findall("q:NoteRef", NS)}
    assert memos[JOURNAL].id in {r.get("targetGUID") for r in project.findall("q:NoteRef", NS)}
    code = next(c for c in project.iter("{urn:QDA-XML:project:1.0}Code") if c.get("name") == "学习")
    assert memos[TAG].id in {r.get("targetGUID") for r in code.findall("q:NoteRef", NS)}


def test_refi_qda_memos_on_reports_and_tags_are_in_their_descriptions(session: Library) -> None:
    """QualCoder reads a file's memo and a code's memo from the Description alone."""
    archive = zipfile.ZipFile(io.BytesIO(render(collect(session), "qdpx", session.root)))
    project = etree.fromstring(archive.read("project.qde"))
    first = session.entries[0].relpath
    source = next(
        s
        for s in project.iter(f"{{{NS['q']}}}TextSource")
        if s.findtext("q:Description", namespaces=NS).startswith(first)
    )
    assert source.findtext("q:Description", namespaces=NS).endswith("\n\n初读\n\n主题明确")
    code = next(c for c in project.iter(f"{{{NS['q']}}}Code") if c.get("name") == "学习")
    description = session.tag("学习").description if session.tag("学习") else ""
    expected = "\n\n".join(p for p in (description, "学习的定义\n\n包括理论学习") if p)
    assert code.findtext("q:Description", namespaces=NS) == expected


def test_refi_qda_journal_names_are_unique_and_stray_memos_join_the_journal(tmp_path: Path) -> None:
    """QualCoder's import stops on a repeated journal name; a memo on a report without
    passages has no source to sit on."""
    session = fixed_library(tmp_path / "lib")
    annotated = {a.path for a in session.annotations()}
    bare = next(e.relpath for e in session.entries if e.relpath not in annotated)
    for kind, about, title, text in (
        (JOURNAL, "", "周记", "一"),
        (JOURNAL, "", "周记", "二"),
        (REPORT, bare, "未标注", "只有备忘录"),
    ):
        session.apply(session.add_memo(kind, about, title, text, "甲"))
    archive = zipfile.ZipFile(io.BytesIO(render(collect(session), "qdpx", session.root)))
    project = etree.fromstring(archive.read("project.qde"))
    assert etree.XMLSchema(etree.parse(str(SCHEMA))).validate(project)
    journal = {
        n.get("name"): archive.read("sources/" + n.get("plainTextPath").split("//", 1)[1]).decode()
        for n in project.findall("q:Notes/q:Note", NS)
        if n.get("plainTextPath")
    }
    assert journal[f"{bare}: 未标注"] == "只有备忘录"  # the two of the same title, in the memos' order
    assert sorted(journal) == sorted(["周记", "周记 (2)", f"{bare}: 未标注"])
    assert {journal["周记"], journal["周记 (2)"]} == {"一", "二"}


def test_an_export_of_one_tag_carries_only_the_memos_on_what_it_exports(session: Library) -> None:
    export = collect(session, Scope(reports=frozenset({session.entries[1].relpath})))
    assert export.memos == [] and export.values == {}  # no memo, no value on that report
    export = collect(session, Scope(tags=frozenset({"学习"})))
    assert {m.kind for m in export.memos} == {REPORT, TAG}  # the journal goes with the whole library
    whole = collect(session)
    assert {m.kind for m in whole.memos} == {JOURNAL, REPORT, TAG}
