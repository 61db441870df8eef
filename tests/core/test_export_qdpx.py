"""The REFI-QDA project as QDA programs read it: notes in each selection's
Description (where QualCoder reads memos), unique code names with their hierarchy
and colours, carriage returns kept, the codebook in the user's order, positions in
code points after 𠀀, and a schema-valid project.qde."""

from __future__ import annotations

import io
import xml.etree.ElementTree as StdET
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reader.core.export import Scope, collect
from reader.core.export.writers import render
from reader.core.library import Library
from tests.qda_library import CRLF_NOTE, ORPHAN_NOTE, ORPHAN_QUOTE, PARAGRAPHS_NOTE, SPECS, TAGS, qda_library

SCHEMA = Path(__file__).parents[1] / "reference" / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
ORPHAN_ID = f"00000000-0000-4000-8000-{len(SPECS) + 1:012d}"


def _id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return qda_library(tmp_path_factory.mktemp("qda") / "测试库")


@pytest.fixture(scope="module")
def archive(session: Library) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(render(collect(session), "qdpx", session.root, "zh")))


@pytest.fixture(scope="module")
def project(archive: zipfile.ZipFile) -> etree._Element:
    return etree.fromstring(archive.read("project.qde"))


def selection(project: etree._Element, n: int) -> etree._Element:
    found = project.find(f".//q:PlainTextSelection[@guid='{_id(n)}']", NS)
    assert found is not None, n
    return found


def code_path(code: etree._Element) -> list[str]:
    """The names from the top of the codebook down to `code`."""
    names = []
    while code.tag == f"{{{NS['q']}}}Code":
        names.append(code.get("name"))
        code = code.getparent()
    return names[::-1]


def test_the_project_is_valid_against_the_refi_qda_schema(project: etree._Element) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(project), schema.error_log


def test_every_note_is_in_its_selections_description_and_still_in_a_linked_note(
    project: etree._Element,
) -> None:
    notes = {
        n.get("guid"): n.findtext("q:PlainTextContent", namespaces=NS)
        for n in project.iterfind(".//q:Note", NS)
    }
    with_notes = [(n, spec[4]) for n, spec in enumerate(SPECS, start=1) if spec[4]]
    assert len(with_notes) == 4  # two tagged, one highlight with a note and no tag, one after 𠀀
    for n, note in with_notes:
        element = selection(project, n)
        assert element.findtext("q:Description", namespaces=NS) == note, n
        refs = [r.get("targetGUID") for r in element.iterfind("q:NoteRef", NS)]
        assert [notes[r] for r in refs] == [note], n
    for n, spec in enumerate(SPECS, start=1):
        if not spec[4]:
            assert selection(project, n).find("q:Description", NS) is None, n  # no empty memo


def test_a_note_without_a_tag_is_an_uncoded_selection_with_its_description(project: etree._Element) -> None:
    note_only = next(n for n, spec in enumerate(SPECS, start=1) if spec[4] and not spec[3])
    element = selection(project, note_only)
    assert element.find("q:Coding", NS) is None
    assert element.findtext("q:Description", namespaces=NS) == SPECS[note_only - 1][4]


def test_an_orphans_note_is_in_its_sources_description(project: etree._Element, session: Library) -> None:
    assert project.find(f".//q:PlainTextSelection[@guid='{ORPHAN_ID}']", NS) is None  # no position that lies
    report = session.entries[1]
    source = next(
        s
        for s in project.iterfind(".//q:TextSource", NS)
        if report.relpath in s.findtext("q:Description", "", NS)
    )
    memo = source.findtext("q:Description", namespaces=NS)
    assert ORPHAN_QUOTE in memo and ORPHAN_NOTE in memo and "整改" in memo
    refs = [r.get("targetGUID") for r in source.iterfind("q:NoteRef", NS)]
    note = project.find(f".//q:Note[@guid='{refs[0]}']", NS)
    assert ORPHAN_NOTE in note.findtext("q:PlainTextContent", namespaces=NS)


def test_code_names_are_unique_and_every_tag_keeps_its_place_and_colour(project: etree._Element) -> None:
    codes = list(project.iterfind(".//q:Code", NS))
    names = [c.get("name") for c in codes]
    assert len(names) == len(set(names)), names
    assert len({n.casefold() for n in names}) == len(names)
    by_guid = {c.get("guid"): c for c in codes}
    for tag in TAGS:
        parts = tag.name.split("/")
        matches = [c for c in codes if len(code_path(c)) == len(parts) and c.get("color") == tag.colour]
        assert len(matches) == 1, tag.name
        code = matches[0]
        assert code.get("name") in (parts[-1], tag.name)  # the leaf, or the whole path when the leaf repeats
        parent = code.getparent()
        if len(parts) > 1:
            assert parent.get("name") == parts[-2], tag.name  # nested under its parent code
        assert (code.findtext("q:Description", namespaces=NS) or "") == tag.description
    # each coding points at the code of its tag, not at a namesake
    for n, (_i, _p, _o, tags, _note, _a) in enumerate(SPECS, start=1):
        coded = [
            by_guid[c.get("targetGUID")] for c in selection(project, n).iterfind("q:Coding/q:CodeRef", NS)
        ]
        assert [c.get("color") for c in coded] == [
            next(t.colour for t in TAGS if t.name == name) for name in tags
        ]
        for code, name in zip(coded, tags, strict=True):
            assert code_path(code)[:-1] == name.split("/")[:-1], name


def test_carriage_returns_in_notes_survive_an_xml_parser(archive: zipfile.ZipFile) -> None:
    raw = archive.read("project.qde")
    for root in (etree.fromstring(raw), StdET.fromstring(raw)):  # lxml, and the stdlib parser QualCoder uses
        descriptions = [d.text for d in root.iter("{urn:QDA-XML:project:1.0}Description")]
        assert CRLF_NOTE in descriptions
        assert any(ORPHAN_NOTE in (d or "") for d in descriptions)
        contents = [c.text for c in root.iter("{urn:QDA-XML:project:1.0}PlainTextContent")]
        assert CRLF_NOTE in contents
    assert PARAGRAPHS_NOTE in [
        d.text for d in etree.fromstring(raw).iter("{urn:QDA-XML:project:1.0}Description")
    ]


def test_the_codebook_is_in_the_users_order(project: etree._Element) -> None:
    written = ["/".join(code_path(c)) for c in project.iterfind(".//q:Code", NS)]  # document order
    # a parent that is not a tag of its own (人物) stands where its first child does
    expected = ["学习", "整改", "整改/整改/其他", "人物", "人物/人物/其他", "人物/领导"]
    assert written == expected


def test_positions_count_code_points_after_a_character_outside_the_bmp(
    archive: zipfile.ZipFile, project: etree._Element
) -> None:
    n = next(n for n, spec in enumerate(SPECS, start=1) if spec[0] == 5)
    element = selection(project, n)
    source = element.getparent()
    text = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://")).decode("utf-8")
    start, end = int(element.get("startPosition")), int(element.get("endPosition"))
    assert "𠀀" in text[:start]
    assert text[start:end] == SPECS[n - 1][1]


def test_a_report_whose_text_is_gone_is_a_readable_empty_source(session: Library, tmp_path: Path) -> None:
    """QualCoder reads every TextSource's plainTextPath; a source without one stops its import."""
    gone = session.entries[1].relpath
    export = collect(session, Scope(reports=frozenset({gone})))
    export.reports[0].text = None
    for record in export.reports[0].records:
        assert record.annotation.path == gone
    archive = zipfile.ZipFile(io.BytesIO(render(export, "qdpx", session.root, "en")))
    project = etree.fromstring(archive.read("project.qde"))
    assert etree.XMLSchema(etree.parse(str(SCHEMA))).validate(project)
    source = project.find(".//q:TextSource", NS)
    path = source.get("plainTextPath").removeprefix("internal://")
    assert archive.read("sources/" + path) == b""
    memo = source.findtext("q:Description", namespaces=NS)
    assert "not available" in memo and PARAGRAPHS_NOTE in memo


def test_code_names_stay_unique_whatever_the_tag_names() -> None:
    from reader.core.export.qdpx import code_names

    names = code_names(["其他", "整改", "整改/其他", "人物", "人物/其他", "人物/领导"])
    assert names == {
        "其他": "其他",
        "整改": "整改",
        "整改/其他": "整改/其他",
        "人物": "人物",
        "人物/其他": "人物/其他",
        "人物/领导": "领导",
    }
    # tags that differ only in case: QDA tools may compare names without it
    names = code_names(["A", "A/x", "a", "a/X", "B"])
    assert len({n.casefold() for n in names.values()}) == 5
    assert names["A/x"] == "A/x" and names["B"] == "B"
