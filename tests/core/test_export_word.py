"""The Word export where 楷体 is missing: a passage and its note must still look
different (by indent, rule, shading and label, not by font), and digits in a passage
must not turn italic."""

from __future__ import annotations

import io

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn

from reader.core.export import collect
from reader.core.export.writers import render
from reader.core.library import Library
from tests.qda_library import SPECS, qda_library

NOTE_LABELS = {"zh": "笔记：", "en": "Note: "}


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return qda_library(tmp_path_factory.mktemp("word") / "测试库")


def exported(session: Library, lang: str, by: str = "report") -> Document:
    return docx.Document(io.BytesIO(render(collect(session), "docx", session.root, lang, by)))


def left_rule(style: object) -> str | None:
    ppr = style.element.pPr  # type: ignore[attr-defined]
    rule = None if ppr is None else ppr.find(f"{qn('w:pBdr')}/{qn('w:left')}")
    return None if rule is None or rule.get(qn("w:val")) in ("nil", "none") else rule.get(qn("w:val"))


def shading(style: object) -> str | None:
    ppr = style.element.pPr  # type: ignore[attr-defined]
    shd = None if ppr is None else ppr.find(qn("w:shd"))
    return None if shd is None or shd.get(qn("w:fill")) in (None, "auto", "FFFFFF") else shd.get(qn("w:fill"))


def italic(style: object, on: str) -> bool:
    """Whether `style` (or a style it is based on) turns on w:i or w:iCs."""
    while style is not None:
        rpr = style.element.rPr  # type: ignore[attr-defined]
        element = None if rpr is None else rpr.find(qn(on))
        if element is not None:
            return element.get(qn("w:val")) not in ("0", "false", "off")
        style = style.base_style  # type: ignore[attr-defined]
    return False


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("by", ["report", "tag"])
def test_passage_and_note_differ_by_layout_and_label(session: Library, lang: str, by: str) -> None:
    document = exported(session, lang, by)
    passages = [p for p in document.paragraphs if p.style.name == "Quote"]
    notes = [p for p in document.paragraphs if p.style.name == "Note"]
    assert passages and notes
    quote, note = passages[0].style, notes[0].style
    # the passage stands in behind a rule; the note is shaded and has no rule
    assert quote.paragraph_format.left_indent and quote.paragraph_format.left_indent > 0
    assert left_rule(quote) and not shading(quote)
    assert shading(note) and not left_rule(note)
    # each note begins with its label, in bold, and holds the note's text; every note is there
    written = {p.text for p in notes}
    for _i, passage, _o, _tags, text, _a in SPECS:
        if text:
            assert NOTE_LABELS[lang] + text.replace("\r\n", "\n").split("\n\n")[0] in written, passage
    starts = [p for p in notes if p.text.startswith(NOTE_LABELS[lang])]
    assert all(p.runs[0].text == NOTE_LABELS[lang] and p.runs[0].bold for p in starts)
    records = [r for _rep, r in collect(session).records if r.annotation.note]
    copies = sum(max(1, len(r.annotation.tags)) if by == "tag" else 1 for r in records)  # under each tag
    assert len(starts) == copies


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_passage_is_italic(session: Library, lang: str) -> None:
    document = exported(session, lang)
    passages = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert "2019年7月29日" in [p.text for p in passages]  # digits, which a slanted face would tilt
    quote = passages[0].style
    assert not italic(quote, "w:i") and not italic(quote, "w:iCs")
    for paragraph in passages:
        for run in paragraph.runs:
            assert run.font.italic is not True, paragraph.text
            rpr = run._element.rPr
            assert rpr is None or rpr.find(qn("w:iCs")) is None, paragraph.text


def test_grouped_by_tag_an_english_citation_uses_an_english_comma(session: Library) -> None:
    lines = [p.text for p in exported(session, "en", "tag").paragraphs if p.text.startswith("— ")]
    assert lines and all("，paragraph" not in line for line in lines)
    assert any(", paragraph 1" in line for line in lines)
