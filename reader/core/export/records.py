"""What an export holds: the annotations in scope, each with its report and where it
stands in the report's current text, gathered once for every format."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reader.core.analysis.docstructure import DocumentStructure, analyse_document
from reader.core.annotations.anchoring import ORPHANED, Anchor
from reader.core.annotations.coders import EVERYONE, CoderView
from reader.core.annotations.model import Annotation, Tag, text_only
from reader.core.problems import ReportError

if TYPE_CHECKING:
    from reader.core.annotations.memos import Memo
    from reader.core.annotations.report_variables import Casebook, Variable
    from reader.core.index.scan import ReportEntry
    from reader.core.reading.loader import Report

logger = logging.getLogger(__name__)


class AnnotatedLibrary(Protocol):
    """What an export reads of a library (`reader.core.library.Library` is one)."""

    root: Path
    entries: list[ReportEntry]

    def annotations(self) -> list[Annotation]: ...
    def annotations_in(self, relpath: str) -> list[Annotation]: ...
    def tags(self) -> list[Tag]: ...
    def load(self, entry: ReportEntry) -> Report: ...

    coder_view: CoderView

    def anchored(self, report: Report, every_coder: bool = False) -> list[tuple[Annotation, Anchor]]: ...
    def memos(self) -> list[Memo]: ...

    @property
    def casebook(self) -> Casebook: ...


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One annotation as exported: its passage in the current text (the stored quote
    when it is orphaned), its paragraph (1-based, 0 when orphaned) and its section
    path in the report's outline ('二、（三）2.', '第三条第二款'; '' when none)."""

    annotation: Annotation
    status: str
    start: int
    end: int
    passage: str
    paragraph: int
    section: str = ""

    @property
    def place(self) -> tuple[int, str, str]:
        """(paragraph, status, section), for `labels.place`."""
        return self.paragraph, self.status, self.section

    @property
    def orphaned(self) -> bool:
        return self.status == ORPHANED


@dataclass(slots=True)
class ExportReport:
    relpath: str
    number: str
    title: str
    date: str  # ISO (partial dates as --MM-DD), '' when none
    text: str | None  # the cleaned text; None when the report is gone or unreadable
    records: list[ExportRecord] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # the document fields (doc_number …)


@dataclass(slots=True)
class ExportSet:
    """Everything a writer needs; reports in library order, passages in text order."""

    library: str  # the library folder's name
    tags: list[Tag]
    reports: list[ExportReport]
    chosen: frozenset[str] | None = None  # the tags asked for (each with those below it)
    memos: list[Memo] = field(default_factory=list)  # those about what is exported
    variables: list[Variable] = field(default_factory=list)  # document fields, then the user's
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # relpath -> variable -> value

    @property
    def records(self) -> list[tuple[ExportReport, ExportRecord]]:
        return [(report, record) for report in self.reports for record in report.records]

    def tag_counts(self) -> dict[str, int]:
        counts = {tag.name: 0 for tag in self.tags}
        for _report, record in self.records:
            for tag in record.annotation.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return counts

    def tag_colour(self, name: str) -> str:
        return next((t.colour for t in self.tags if t.name == name), "#FFD54F")


@dataclass(frozen=True, slots=True)
class Scope:
    """Which annotations to export: all, or those of the given reports and/or tags
    (a tag includes the tags below it: 整改 takes 整改/专项整治) and/or ids (a
    selection, e.g. a retrieval's)."""

    reports: frozenset[str] | None = None
    tags: frozenset[str] | None = None
    ids: frozenset[str] | None = None

    def takes(self, annotation: Annotation) -> bool:
        if self.reports is not None and annotation.path not in self.reports:
            return False
        if self.ids is not None and annotation.id not in self.ids:
            return False
        if self.tags is None:
            return True
        return any(under(t, self.tags) for t in annotation.tags)


def under(tag: str, chosen: Iterable[str]) -> bool:
    """Whether `tag` is one of `chosen` or below one of them (整改/专项整治 is under 整改)."""
    return any(tag == c or tag.startswith(c + "/") for c in chosen)


def with_parents(names: Iterable[str]) -> list[str]:
    """The tags and every tag above them, each parent just before its first child:
    ['整改/专项整治', '学习'] -> ['整改', '整改/专项整治', '学习']. A parent needs no
    codebook entry of its own to be a tag (it means itself and everything below)."""
    result: dict[str, None] = {}
    for name in names:
        parts = name.split("/")
        for depth in range(1, len(parts) + 1):
            result.setdefault("/".join(parts[:depth]), None)
    return list(result)


def paragraph_of(text: str, offset: int) -> int:
    """The 1-based paragraph (line of the cleaned text) holding `offset`."""
    return text.count("\n", 0, max(0, min(offset, len(text)))) + 1


def collect(
    session: AnnotatedLibrary,
    scope: Scope = Scope(),
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
    every_coder: bool = False,
) -> ExportSet:
    """Slow: load every report with annotations in scope and re-anchor them: those of
    the coders `session.coder_view` shows, unless `every_coder`."""
    view = EVERYONE if every_coder else session.coder_view
    wanted = [a for a in view.keep(session.annotations()) if scope.takes(a)]
    paths = {a.path for a in wanted}
    order = {e.relpath: i for i, e in enumerate(session.entries)}
    by_path = {e.relpath: e for e in session.entries}
    reports: list[ExportReport] = []
    ordered = sorted(paths, key=lambda p: (order.get(p, len(order)), p))
    for done, path in enumerate(ordered, start=1):
        if cancelled():
            break
        reports.append(_report(session, path, by_path.get(path), scope, view))
        progress(done, len(ordered))
    used = {t for r in reports for rec in r.records for t in rec.annotation.tags}
    tags = [t for t in session.tags() if (scope.tags is None and scope.ids is None) or t.name in used]
    known = {t.name for t in tags}
    tags += [Tag(name) for name in sorted(used - known)]
    export = ExportSet(session.root.name, tags, reports, scope.tags)
    from reader.core.export.casework import add_casework

    return add_casework(export, session.memos(), session.casebook, whole=scope == Scope())


def _report(
    session: AnnotatedLibrary, path: str, entry: ReportEntry | None, scope: Scope, view: CoderView
) -> ExportReport:
    report = None
    if entry is not None:
        try:
            report = session.load(entry)
        except ReportError as exc:
            logger.info("exporting %s without its text: %s", path, exc.reason())
    if report is not None:
        pairs = session.anchored(report, every_coder=True)
        text: str | None = report.document.text
        info = report.info
        number = "" if info.number is None else str(info.number)
        date = info.date.iso() if info.date else ""
        result = ExportReport(text_only(path), number, text_only(info.title), date, text)
    else:  # (a file name that is not UTF-8 is exported with U+FFFD for its odd bytes)
        pairs = [(a, Anchor(ORPHANED, a.start, a.end)) for a in session.annotations_in(path)]
        result = ExportReport(text_only(path), "", text_only(Path(path).stem), "", None)
    chosen = [(a, anchor) for a, anchor in pairs if scope.takes(a) and view.shows(a.author)]
    structure = analyse_document(result.text, result.title) if result.text is not None else None
    if structure is not None:
        from reader.core.analysis.documents.fields import structure_fields

        result.fields = structure_fields(structure)
    result.records = sorted(
        (_record(a, anchor, result.text, structure) for a, anchor in chosen),
        key=lambda r: (r.orphaned, r.start, r.end, r.annotation.id),
    )
    return result


def _record(
    annotation: Annotation, anchor: Anchor, text: str | None, structure: DocumentStructure | None
) -> ExportRecord:
    if anchor.status == ORPHANED or text is None:
        return ExportRecord(annotation, ORPHANED, annotation.start, annotation.end, annotation.quote.exact, 0)
    return ExportRecord(
        annotation,
        anchor.status,
        anchor.start,
        anchor.end,
        text[anchor.start : anchor.end],
        paragraph_of(text, anchor.start),
        structure.section_path(anchor.start) if structure is not None else "",
    )


def records_by_tag(export: ExportSet) -> Iterable[tuple[str, list[tuple[ExportReport, ExportRecord]]]]:
    """(tag, its passages) in codebook order; a passage with several tags is under each;
    untagged passages last, under ''. When the export was of chosen tags, only those
    and the tags below them are headings (a passage's other tags are not)."""
    names = [t.name for t in export.tags]
    groups: dict[str, list[tuple[ExportReport, ExportRecord]]] = {name: [] for name in names}
    for report, record in export.records:
        for tag in record.annotation.tags or [""]:
            groups.setdefault(tag, []).append((report, record))
    for name, items in groups.items():
        if items and name and (export.chosen is None or under(name, export.chosen)):
            yield name, items
    if groups.get(""):
        yield "", groups[""]


def xml_safe(text: str) -> str:
    """Text that XML 1.0 can hold: control characters other than tab and line ends,
    lone surrogates and U+FFFE/U+FFFF are dropped."""
    return "".join(
        c
        for c in text
        if c in "\t\n\r" or (0x20 <= ord(c) < 0xD800) or (0xE000 <= ord(c) <= 0xFFFD) or ord(c) > 0xFFFF
    )


def hex_colour(value: str) -> str | None:
    """`value` if it is a #RGB or #RRGGBB colour (safe in a style attribute or an
    XML colour), else None."""
    hexdigits = "0123456789abcdefABCDEF"
    if len(value) in (4, 7) and value[0] == "#" and all(c in hexdigits for c in value[1:]):
        return value
    return None
