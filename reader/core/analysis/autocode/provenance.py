"""Where an auto-coded annotation came from, and telling it apart from hand coding.

An annotation made by accepting an auto-coding proposal records its origin: the rule
set (a rule file, or a library search), the tag the rule gives, the terms or
patterns that matched in the passage and the unit coded (the hit, its sentence or
its paragraph). The annotation's author is the person who accepted it.

The sidecar stores the origin with the annotation (`annotation.auto`, the file's
`auto` object); statistics and the agreement table ask through an `OriginOf`
function, by default `recorded` (what the annotation says). An `Origins` registry
(annotation id -> origin) is an `OriginOf` for origins held elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.annotations.auto_origin import (  # noqa: F401 (the autocode package's names)
    HIT,
    PARAGRAPH,
    RULES,
    SEARCH,
    SENTENCE,
    UNITS,
    AutoOrigin,
)
from reader.core.annotations.model import Annotation

if TYPE_CHECKING:
    from reader.core.export.records import ExportSet

#: An annotation -> its origin, or None when it was coded by hand.
OriginOf = Callable[[Annotation], AutoOrigin | None]


def by_hand(_annotation: Annotation) -> AutoOrigin | None:
    """The `OriginOf` that takes every annotation for hand coding."""
    return None


def recorded(annotation: Annotation) -> AutoOrigin | None:
    """The `OriginOf` of the sidecar: the origin the annotation records."""
    return annotation.auto


class Origins:
    """Origins by annotation id, held apart from the annotations; calling it is an
    `OriginOf`."""

    def __init__(self, items: Mapping[str, AutoOrigin] | None = None) -> None:
        self._items: dict[str, AutoOrigin] = dict(items or {})

    def __call__(self, annotation: Annotation) -> AutoOrigin | None:
        return self._items.get(annotation.id)

    def add(self, items: Mapping[str, AutoOrigin]) -> None:
        self._items.update(items)

    def forget(self, ids: Iterable[str]) -> None:
        for ann_id in ids:
            self._items.pop(ann_id, None)

    def __len__(self) -> int:
        return len(self._items)


def is_auto_coded(annotation: Annotation, origin_of: OriginOf = recorded) -> bool:
    """Whether `annotation` was made by a rule (accepted from a proposal), not by hand."""
    return origin_of(annotation) is not None


def hand_coded_only(export: ExportSet, origin_of: OriginOf = recorded) -> ExportSet:
    """`export` without the auto-coded annotations: what statistics of coders and
    the agreement table take (`reports_from_export(hand_coded_only(...))`)."""
    return _keep(export, lambda a: origin_of(a) is None)


def auto_coded_only(export: ExportSet, origin_of: OriginOf = recorded) -> ExportSet:
    """`export` with only the auto-coded annotations."""
    return _keep(export, lambda a: origin_of(a) is not None)


def _keep(export: ExportSet, keep: Callable[[Annotation], bool]) -> ExportSet:
    reports = [replace(r, records=[x for x in r.records if keep(x.annotation)]) for r in export.reports]
    return replace(export, reports=[r for r in reports if r.records])
