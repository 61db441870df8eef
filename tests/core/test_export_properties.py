"""Property tests: whatever the user typed, exports stay inert and readable.

Random tags, notes and passages with formula prefixes, markup, Markdown
metacharacters, line breaks and 𠀀 go through every text format."""

from __future__ import annotations

import copy
import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.annotations.model import CONTROL, Annotation, Quote, Sidecar, Tag, normalise_tag
from reader.core.export import Scope, collect
from reader.core.export.importer import plan_import
from reader.core.export.records import ExportRecord, ExportReport, ExportSet
from reader.core.export.tabular import FORMULA_STARTS, to_csv
from reader.core.export.writers import render
from reader.core.library import Library
from tests.export_fixtures import fixed_library

NASTY = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠", "<script>", "</p>", "*", "_", "[", "](",
         "`", "#", ">", "|", "\\", "&amp;", "\n", "\n\n", "𠀀", "整改", " ", "javascript:", "<!--",
         "!["]  # fmt: skip
nasty_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=4)), max_size=12).map("".join)
# A tag never holds a control character (the model refuses them): the rest stays nasty.
tag_text = nasty_text.map(lambda t: normalise_tag(CONTROL.sub("", t)) or "标签")


@st.composite
def export_sets(draw: st.DrawFn) -> ExportSet:
    text = draw(st.lists(nasty_text, min_size=1, max_size=4)).__iter__()
    body = "\n".join(text) or "𠀀"
    records = []
    for n in range(draw(st.integers(1, 5))):
        start = draw(st.integers(0, len(body)))
        end = draw(st.integers(start, len(body)))
        annotation = Annotation(
            id=f"00000000-0000-4000-8000-{n:012d}",
            path="r.txt",
            fingerprint="0" * 16,
            start=start,
            end=end,
            quote=Quote(body[start:end]),
            tags=draw(st.lists(tag_text, max_size=3, unique=True)),
            note=draw(nasty_text),
            author=draw(nasty_text),
            created="2026-01-01T00:00:00+08:00",
            modified="2026-01-01T00:00:00+08:00",
        )
        status = draw(st.sampled_from(["attached", "moved", "orphaned"]))
        records.append(ExportRecord(annotation, status, start, end, body[start:end], 1))
    tags = sorted({t for r in records for t in r.annotation.tags})
    report = ExportReport("r.txt", draw(nasty_text), draw(nasty_text), "", body, records)
    colours = [Tag(t, draw(st.sampled_from(["#E0533D", "bad"]))) for t in tags]
    return ExportSet(draw(nasty_text) or "库", colours, [report])


def unneutralise(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" else cell


@settings(max_examples=150, deadline=None)
@given(export_sets())
def test_csv_cells_never_start_a_formula_and_round_trip(export: ExportSet) -> None:
    text = to_csv(export, "zh").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 1 + len(export.records)
    for row, (report, record) in zip(rows[1:], export.records, strict=True):
        assert all(cell[:1] not in FORMULA_STARTS for cell in row)
        assert unneutralise(row[5]) == record.passage
        assert unneutralise(row[6]) == record.annotation.note
        assert unneutralise(row[1]) == report.title
        assert unneutralise(row[4]) == "; ".join(record.annotation.tags)


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if (
            tag in {"script", "iframe", "object", "embed", "img", "link", "form", "base", "meta"}
            and tag != "meta"
        ):
            self.problems.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag}.{name}")
            if name in ("href", "src", "action") and not (value or "").startswith("#"):
                self.problems.append(f"{tag}.{name}={value}")
            if name == "style" and any(w in (value or "").lower() for w in ("url(", "expression", "import")):
                self.problems.append(f"{tag}.style={value}")

    def handle_comment(self, data: str) -> None:
        self.problems.append("comment")


@settings(max_examples=150, deadline=None)
@given(export_sets())
def test_html_has_no_active_content(export: ExportSet) -> None:
    page = render(export, "html", Path("/library"), "zh").decode("utf-8")
    audit = _Audit()
    audit.feed(page)
    assert audit.problems == []
    body = page.partition("<body>")[2]
    assert "<script" not in body.lower() and body.count("<style") == 0
    for _report, record in export.records:
        assert "<script>" not in record.annotation.note or "&lt;script&gt;" in body


@settings(max_examples=150, deadline=None)
@given(export_sets(), st.sampled_from(["report", "tag"]))
def test_markdown_has_no_raw_html_links_or_images(export: ExportSet, by: str) -> None:
    from markdown_it import MarkdownIt

    text = render(export, "md", Path("/library"), "zh", by).decode("utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "code_block", "fence"}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return fixed_library(tmp_path_factory.mktemp("w3c") / "库")


#: Tags a sidecar can hold: no line breaks, tabs or other control characters (an
#: import repairs those, so they would not come back unchanged).
sidecar_tag = nasty_text.map(
    lambda t: normalise_tag(" ".join("".join(c if c.isprintable() else " " for c in t).split())) or "标签"
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(sidecar_tag, nasty_text, nasty_text), min_size=5, max_size=5))
def test_w3c_json_round_trips_through_import_unchanged(
    library: Library, tmp_path: Path, edits: list[tuple[str, str, str]]
) -> None:
    original = library.snapshot()
    source = copy.deepcopy(original)
    for annotation, (tag, note, author) in zip(
        sorted(source.annotations.values(), key=lambda a: a.id), edits, strict=True
    ):
        annotation.tags, annotation.note, annotation.author = [tag], note, author
    library.take_annotations(source)
    try:
        exported = render(collect(library, Scope()), "json", library.root)
        path = tmp_path / "a.jsonld"
        path.write_bytes(exported)
        library.take_annotations(Sidecar())  # an empty copy of the library imports it
        result = plan_import(library, path)
        assert len(result.added) == 5
        library.apply(result.change)
        assert render(collect(library, Scope()), "json", library.root) == exported
    finally:
        library.take_annotations(original)
