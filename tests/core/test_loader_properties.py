"""Property tests: whatever the bytes or markup, loading never raises anything but a
ReportError, and the document's offsets always index its text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.problems import ReportError
from reader.core.reading.cleaning import clean_body
from reader.core.reading.document import PARAGRAPH, build_document
from reader.core.reading.encoding import decode_bytes
from reader.core.reading.loader import load_report

TAGS = [
    "div",
    "span",
    "p",
    "br",
    "script",
    "style",
    "img",
    "b",
    "table",
    "td",
    "li",
    "template",
    "title",
    "h1",
]
TEXT = st.text(
    alphabet=st.sampled_from(list("主题教育不忘初心 　\n\r\t<>&;/='\"-#这里有图片𠀀\x00\x0b\u2028abc123")),
    max_size=40,
)
PIECES = st.one_of(
    TEXT,
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(["&nbsp;", "&amp;", "&#x20000;", "&#0;", "&bogus;", "<!--", "-->", "<![CDATA[", "]]>"]),
    st.just("-------------------这里有图片------------\n"),
    st.sampled_from(TAGS).map(lambda t: f"<{t} style='x;display:block' onclick=\"y\">"),
)
MARKUP = st.lists(PIECES, max_size=60).map("".join)


def _check_document_invariants(doc) -> None:
    paragraphs = [b for b in doc.blocks if b.kind == PARAGRAPH]
    assert "\n".join(doc.text[b.start : b.end] for b in paragraphs) == doc.text
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(doc.text)
    for block in paragraphs:
        piece = doc.text[block.start : block.end]
        assert piece and piece == piece.strip() and "\n" not in piece


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_random_markup_cleans_to_consistent_documents(markup: str) -> None:
    doc = build_document(clean_body(markup))
    _check_document_invariants(doc)
    assert "<script" not in doc.text.lower() or "<script" in markup.lower()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=2000), MARKUP.map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_random_bytes_never_crash_the_loader(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.txt"
        path.write_bytes(data)
        try:
            report = load_report(path)
        except ReportError as exc:
            assert exc.reason("en") and exc.reason("zh")
            return
        _check_document_invariants(report.document)
        assert report.info.paragraphs == len(report.document.paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_decoding_either_succeeds_or_says_why(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except ReportError as exc:
        assert exc.code in {"binary", "undecodable"}
    else:
        assert "\x00" not in decoded.text
