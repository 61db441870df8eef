"""An official document's recognised fields (文号, 发文机关, 文种, 成文日期, 附件) are
built-in, read-only report variables: worked out from the text, kept in the cache
(never in the sidecar), empty for a news report, and carried by every export and by
tags by variable."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reader.core.analysis.documents import fields as document
from reader.core.analysis.passages import passages_from_export
from reader.core.analysis.variables import combine, tags_by_variable
from reader.core.annotations.report_variables import Variable, VariableError, check_variable
from reader.core.export import Scope, collect
from reader.core.export.writers import render
from reader.core.library import Library
from tests.conftest import SEEDS

DATA = Path(__file__).parent.parent / "data" / "docstructure"
NEWS = "001_964562f518f6e3ff.txt"
SCHEMA = Path(__file__).parents[1] / "reference" / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
OFFICIAL_FIELDS = {
    "doc_number": "晋发〔2022〕54号",
    "doc_organs": "中共山西省委",
    "doc_kind": "意见",
    "doc_date": "2022-08-10",
    "doc_attachments": "",
}


def library(tmp_path: Path, news_only: bool = False) -> Library:
    root = tmp_path / "库"
    root.mkdir()
    if not news_only:
        shutil.copy(DATA / "gen_001.txt", root / "official.txt")
    shutil.copy(SEEDS / NEWS, root / NEWS)
    session = Library(root)
    for entry in session.entries:
        report = session.load(entry)
        session.apply(session.annotate(report, 10, 18, ["甲"], "", "coder"))
    return session


def indexed(session: Library) -> list:
    session.apply_index(session.index(workers=1))
    return session.indexed_reports()


def test_fields_come_from_the_text_and_a_news_report_has_none(tmp_path: Path) -> None:
    session = library(tmp_path)
    fields = document.document_fields(session.root, indexed(session))
    assert fields["official.txt"] == OFFICIAL_FIELDS
    assert fields[NEWS] == document.empty()  # nothing invented


def test_fields_are_kept_in_the_cache_and_read_again_only_for_a_changed_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = library(tmp_path)
    reports = indexed(session)
    first = document.document_fields(session.root, reports)
    assert document.cache_path(session.root).is_file()
    read: list[str] = []
    real = document.fields_of
    monkeypatch.setattr(document, "fields_of", lambda text, title="": read.append(title) or real(text, title))
    assert document.document_fields(session.root, reports) == first
    assert read == []  # all from the cache
    (session.root / NEWS).write_text("国务院关于加强管理的通知\n国发〔2020〕3号\n各省：\n正文。\n", "utf-8")
    changed = document.document_fields(session.root, indexed(Library(session.root)))
    assert len(read) == 1
    assert changed[NEWS]["doc_number"] == "国发〔2020〕3号"
    assert changed["official.txt"] == OFFICIAL_FIELDS
    sidecar = session.sidecar_location
    assert not sidecar.exists() or "doc_number" not in sidecar.read_text("utf-8")


def test_a_user_variable_cannot_take_a_document_field_name() -> None:
    for name in document.FIELDS:
        with pytest.raises(VariableError) as caught:
            check_variable(Variable(name))
        assert caught.value.code == "builtin"


def test_tags_by_document_kind(tmp_path: Path) -> None:
    session = library(tmp_path)
    reports = indexed(session)
    fields = document.document_fields(session.root, reports)
    table = tags_by_variable(passages_from_export(collect(session)), combine(fields), "doc_kind")
    assert table.values == ("意见", "")
    assert table.population == (1, 1)
    assert table.passages == ((1, 1),)


def test_csv_and_excel_have_the_document_fields_as_columns(tmp_path: Path) -> None:
    session = library(tmp_path)
    export = collect(session, Scope())
    text = render(export, "csv", session.root, "zh").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    by_file = {r["文件"]: r for r in rows}
    official = by_file["official.txt"]
    assert (official["发文字号"], official["发文机关"], official["文种"], official["成文日期"]) == (
        "晋发〔2022〕54号",
        "中共山西省委",
        "意见",
        "2022-08-10",
    )
    assert all(by_file[NEWS][document.label(f, "zh")] == "" for f in document.FIELDS)
    import openpyxl

    path = tmp_path / "out.xlsx"
    path.write_bytes(render(export, "xlsx", session.root, "en"))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert "Document number" in header and "Date of issue" in header
    column = header.index("Document number")
    assert "晋发〔2022〕54号" in [row[column].value for row in sheet.iter_rows(min_row=2)]


def test_refi_qda_has_the_fields_as_variables_and_the_document_as_a_case(tmp_path: Path) -> None:
    session = library(tmp_path)
    archive = zipfile.ZipFile(io.BytesIO(render(collect(session), "qdpx", session.root, "en")))
    project = etree.fromstring(archive.read("project.qde"))
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(project), schema.error_log
    kinds = {v.get("name"): v.get("typeOfVariable") for v in project.findall("q:Variables/q:Variable", NS)}
    assert kinds["Document kind"] == "Text" and kinds["Date of issue"] == "Date"
    (case,) = project.findall("q:Cases/q:Case", NS)  # the news report has no values: no case
    values = [v.find("q:TextValue", NS) for v in case.findall("q:VariableValue", NS)]
    assert "晋发〔2022〕54号" in [v.text for v in values if v is not None]
    assert case.find("q:VariableValue/q:DateValue", NS).text == "2022-08-10"


def test_an_export_of_news_reports_has_no_document_columns(tmp_path: Path) -> None:
    session = library(tmp_path, news_only=True)
    export = collect(session, Scope())
    assert export.variables == [] and export.values == {}
    header = next(csv.reader(io.StringIO(render(export, "csv", session.root, "en").decode("utf-8-sig"))))
    assert "Document number" not in header


def test_many_reports_are_read_in_a_child_process_with_the_same_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first time a large library is opened, its fields are worked out in a child
    process (on a thread of the window's process, that work made every click wait for
    the interpreter): the same fields, and none read in this process."""
    from reader.core.analysis.documents import fields_elsewhere

    session = library(tmp_path)
    reports = indexed(session)
    monkeypatch.setattr(fields_elsewhere, "ELSEWHERE_MIN", 1)
    here: list[str] = []
    real = document.fields_of
    monkeypatch.setattr(document, "fields_of", lambda text, title="": here.append(title) or real(text, title))
    fields = fields_elsewhere.fields_anywhere(session.root, reports)
    assert here == []  # nothing read in this process
    assert fields["official.txt"] == OFFICIAL_FIELDS and fields[NEWS] == document.empty()
    assert document.document_fields(session.root, reports) == fields  # and kept for next time
    assert here == []


def test_cancelling_stops_the_child_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from reader.core.analysis.documents import fields_elsewhere

    session = library(tmp_path)
    reports = indexed(session)
    monkeypatch.setattr(fields_elsewhere, "ELSEWHERE_MIN", 1)
    with pytest.raises(document.Cancelled):
        fields_elsewhere.fields_anywhere(session.root, reports, cancelled=lambda: True)
    assert multiprocessing.active_children() == []
    assert not document.cache_path(session.root).exists()  # nothing kept of cancelled work
