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
from reader.core.annotations.model import Annotation
from reader.core.export.records import ExportSet, Scope, collect, under

if TYPE_CHECKING:
    from reader.core.library import Library

#: Says whether an annotation was auto-coded (anything but None: it was), as
#: `reader.core.autocode.OriginOf` does.
OriginOf = Callable[[Annotation], object]


def by_hand(_annotation: Annotation) -> None:
    """The `OriginOf` that takes every annotation for hand coding."""
    return None


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


def coders_of(annotations: Iterable[Annotation], origin_of: OriginOf = by_hand) -> tuple[Coder, ...]:
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
    export: ExportSet, tags: Sequence[str] | None, origin_of: OriginOf = by_hand
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
    origin_of: OriginOf = by_hand,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> LibraryAgreement:
    """Slow (loads each coded report of the scope): the agreement table of `scope`."""
    annotations = [a for a in session.sidecar.annotations.values() if scope.takes_report(a.path)]
    auto = sum(1 for a in annotations if a.tags and origin_of(a) is not None)
    present = coders_of(annotations, origin_of)
    paths = frozenset(a.path for a in annotations if a.tags)
    export = collect(session, Scope(reports=paths), progress, cancelled, every_coder=True)
    reports = coded_reports(export, scope.tags, origin_of)
    coders = scope.coders if scope.coders is not None else tuple(c.name for c in present)
    table = agreement_table(reports, coders, scope.tags, scope.common_reports_only)
    return LibraryAgreement(table, scope, auto, present)
