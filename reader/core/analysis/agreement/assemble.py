"""The agreement table of a library: which coders are present, and the table for a
scope (coders, reports, folders, tags) built from the library's annotations.

A chosen tag counts the tags below it, as everywhere else in the app (整改 takes
整改/专项整治); without chosen tags each tag the coders used is a row of its own,
exactly as named. Whether a coder coded a report (and so whether the report is
compared) is judged on all of the coder's tagged passages in it, not only those with
the chosen tags: a coder who read a report and found nothing of a tag in it agrees
with another who did the same. Auto-coded annotations are left out and counted
(an `OriginOf` says which are; until the sidecar records it, none are).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.analysis.agreement.model import AgreementTable, CodedReport, Coding
from reader.core.analysis.agreement.table import agreement_table
from reader.core.annotations.anchoring import ORPHANED
from reader.core.annotations.model import Annotation
from reader.core.export.records import ExportRecord, ExportReport, ExportSet, Scope, collect, under

if TYPE_CHECKING:
    from reader.core.library import Library

#: Says whether an annotation was auto-coded (anything but None: it was), as
#: `reader.core.autocode.OriginOf` does.
OriginOf = Callable[[Annotation], object]


def by_hand(_annotation: Annotation) -> None:
    """The `OriginOf` that takes every annotation for hand coding."""
    return None


def recorded(annotation: Annotation) -> object | None:
    """The `OriginOf` of the sidecar: the rule an auto-coded annotation records."""
    return annotation.auto


@dataclass(frozen=True, slots=True)
class Coder:
    """A coder present in a library: tagged passages and the reports they are in."""

    name: str
    passages: int
    reports: int


@dataclass(frozen=True, slots=True)
class AgreementScope:
    """What to compare. None means everything: every coder present (each pair), every
    report, every tag used. `folders` are report folders relative to the library
    ("" is the top); a report is in scope when it is in `reports` or in one of
    `folders` (when both are given, either will do)."""

    coders: tuple[str, ...] | None = None
    reports: frozenset[str] | None = None
    folders: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    common_reports_only: bool = True

    def takes_report(self, path: str) -> bool:
        if self.reports is None and self.folders is None:
            return True
        if self.reports is not None and path in self.reports:
            return True
        return self.folders is not None and any(in_folder(path, f) for f in self.folders)


@dataclass(frozen=True, slots=True)
class LibraryAgreement:
    """The table, with what was left out of it."""

    table: AgreementTable
    scope: AgreementScope
    auto_coded: int = 0  # auto-coded passages in scope, left out
    coders: tuple[Coder, ...] = field(default_factory=tuple)  # every coder present in scope


def in_folder(path: str, folder: str) -> bool:
    """Whether the report `path` lies in `folder` or below it ("" is the whole library)."""
    folder = folder.strip("/")
    return not folder or path.startswith(folder + "/")


def coders_of(annotations: Iterable[Annotation], origin_of: OriginOf = recorded) -> tuple[Coder, ...]:
    """The coders of tagged, hand-coded annotations, most passages first (then by name)."""
    passages: Counter[str] = Counter()
    reports: dict[str, set[str]] = {}
    for a in annotations:
        if a.tags and origin_of(a) is None:
            passages[a.author] += 1
            reports.setdefault(a.author, set()).add(a.path)
    ordered = sorted(passages, key=lambda name: (-passages[name], name))
    return tuple(Coder(name, passages[name], len(reports[name])) for name in ordered)


def coded_reports(
    export: ExportSet, tags: Sequence[str] | None, origin_of: OriginOf = recorded
) -> list[CodedReport]:
    """The export's reports as agreement input. Each passage keeps its own tags and
    gains each chosen tag it lies under (so a chosen parent counts its children).
    Orphaned and auto-coded annotations are left out (orphans counted)."""
    chosen = tuple(dict.fromkeys(tags or ()))
    result = []
    for report in export.reports:
        length = 0 if report.text is None else len(report.text)
        codings = []
        orphaned = 0
        for record in report.records:
            a = record.annotation
            if not a.tags or origin_of(a) is not None:
                continue
            if record.orphaned or not length:
                orphaned += 1
                continue
            names = list(dict.fromkeys(a.tags))
            names += [c for c in chosen if c not in names and any(under(t, (c,)) for t in a.tags)]
            codings.append(Coding(a.author, record.start, record.end, tuple(names)))
        result.append(CodedReport(report.relpath, length, tuple(codings), orphaned))
    return result


def library_agreement(
    session: Library,
    scope: AgreementScope = AgreementScope(),
    origin_of: OriginOf = recorded,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> LibraryAgreement:
    """The agreement table of `scope`. Each coded report's cleaned text comes from the
    library index when it has been built and holds every one of them (fast), else the
    reports are read and cleaned (slow)."""
    annotations = [a for a in session.annotations() if scope.takes_report(a.path)]
    auto = sum(1 for a in annotations if a.tags and origin_of(a) is not None)
    present = coders_of(annotations, origin_of)
    paths = frozenset(a.path for a in annotations if a.tags)
    export = _from_index(session, [a for a in annotations if a.path in paths], progress, cancelled)
    if export is None:
        export = collect(session, Scope(reports=paths), progress, cancelled, every_coder=True)
    reports = coded_reports(export, scope.tags, origin_of)
    coders = scope.coders if scope.coders is not None else tuple(c.name for c in present)
    table = agreement_table(reports, coders, scope.tags, scope.common_reports_only)
    return LibraryAgreement(table, scope, auto, present)


def _from_index(
    session: Library,
    annotations: list[Annotation],
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> ExportSet | None:
    """The coded reports with their annotations placed, from the library index's texts;
    None when there is no index or it lacks one of the reports (one added since)."""
    by_path: dict[str, list[Annotation]] = {}
    for a in annotations:
        by_path.setdefault(a.path, []).append(a)
    indexed_of = {path: session.indexed_report(path) for path in by_path}
    if not session.indexed or any(indexed is None for indexed in indexed_of.values()):
        return None
    order = {e.relpath: i for i, e in enumerate(session.entries)}
    ordered = sorted(by_path, key=lambda p: (order.get(p, len(order)), p))
    reports = []
    for done, path in enumerate(ordered, start=1):
        if cancelled():
            break
        indexed = indexed_of[path]
        text = indexed.text
        if text is None:  # unreadable: its annotations cannot be placed (counted as orphans)
            records = [ExportRecord(a, ORPHANED, a.start, a.end, "", 0) for a in by_path[path]]
        else:
            pairs = session.place(by_path[path], indexed.fingerprint, text)
            records = [ExportRecord(a, anchor.status, anchor.start, anchor.end, "", 0) for a, anchor in pairs]
        reports.append(ExportReport(path, "", indexed.title, "", text, records))
        progress(done, len(ordered))
    return ExportSet(session.root.name, [], reports)
