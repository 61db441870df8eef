"""Where an auto-coded annotation came from, and telling it apart from hand coding.

An annotation made by accepting an auto-coding proposal records its origin: the rule
set (a rule file, or a library search), the tag the rule gives, the terms or
patterns that matched in the passage and the unit coded (the hit, its sentence or
its paragraph). The annotation's author is the person who accepted it.

Until the sidecar stores an origin with each annotation, origins are kept in an
`Origins` registry (annotation id -> origin) held in memory; statistics and the
agreement table ask through an `OriginOf` function, so they will not change when
the sidecar does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from reader.core.annotations.model import Annotation

if TYPE_CHECKING:
    from reader.core.export.records import ExportSet

RULES, SEARCH = "rules", "search"
HIT, SENTENCE, PARAGRAPH = "hit", "sentence", "paragraph"
UNITS = (HIT, SENTENCE, PARAGRAPH)


@dataclass(frozen=True, slots=True)
class AutoOrigin:
    """How an auto-coded passage was found. `matched` holds the terms and patterns
    that hit inside the passage, written as in a rule file (a regular expression as
    `re:` + pattern); for a search, the query as typed."""

    source: str  # RULES or SEARCH
    name: str  # the rule set's name (its file name), or the search mode
    tag: str
    matched: tuple[str, ...]
    unit: str  # HIT, SENTENCE or PARAGRAPH
    digest: str = ""  # the rule file's SHA-256 (16 hex digits); '' for a search

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data, keys in a fixed order (what the sidecar will store)."""
        return {
            "source": self.source,
            "name": self.name,
            "digest": self.digest,
            "tag": self.tag,
            "matched": list(self.matched),
            "unit": self.unit,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AutoOrigin:
        return cls(
            source=str(data["source"]),
            name=str(data["name"]),
            tag=str(data["tag"]),
            matched=tuple(str(m) for m in data["matched"]),
            unit=str(data["unit"]),
            digest=str(data.get("digest", "")),
        )


#: An annotation -> its origin, or None when it was coded by hand.
OriginOf = Callable[[Annotation], AutoOrigin | None]


def by_hand(_annotation: Annotation) -> AutoOrigin | None:
    """The `OriginOf` that takes every annotation for hand coding."""
    return None


class Origins:
    """Origins of accepted proposals by annotation id (kept in memory for now);
    calling it is an `OriginOf`."""

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


def is_auto_coded(annotation: Annotation, origin_of: OriginOf) -> bool:
    """Whether `annotation` was made by a rule (accepted from a proposal), not by hand."""
    return origin_of(annotation) is not None


def hand_coded_only(export: ExportSet, origin_of: OriginOf) -> ExportSet:
    """`export` without the auto-coded annotations: what statistics of coders and
    the agreement table take (`reports_from_export(hand_coded_only(...))`)."""
    return _keep(export, lambda a: origin_of(a) is None)


def auto_coded_only(export: ExportSet, origin_of: OriginOf) -> ExportSet:
    """`export` with only the auto-coded annotations."""
    return _keep(export, lambda a: origin_of(a) is not None)


def _keep(export: ExportSet, keep: Callable[[Annotation], bool]) -> ExportSet:
    reports = [replace(r, records=[x for x in r.records if keep(x.annotation)]) for r in export.reports]
    return replace(export, reports=[r for r in reports if r.records])
