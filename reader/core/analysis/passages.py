"""Coded passages as the comparisons see them: each annotation placed in its report's
current text, with the paragraphs it spans, its tags, its coder and, when a rule made
it, its origin. Built from an export set (`reader.core.export.collect` loads each
report and re-anchors its annotations); orphaned annotations have no place and are
left out (`orphaned` counts them).

Tags are hierarchical (`整改/专项整治`). With `include_children` (the default, as
everywhere else in the app: the Codebook panel, exports, search) a parent tag means
itself and everything under it, so a passage tagged `整改/专项整治` counts for `整改`
too; without it tags count exactly as named (as the agreement table counts them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.core.analysis.autocode.provenance import AutoOrigin, OriginOf, recorded

if TYPE_CHECKING:
    from reader.core.export.records import ExportSet

ALL, HAND, AUTO = "all", "hand", "auto"


@dataclass(frozen=True, slots=True)
class Passage:
    """An annotation where it stands now: [start, end) in code points of the report's
    cleaned text, in paragraphs `first_paragraph`..`last_paragraph` (1-based)."""

    id: str
    report: str  # relpath
    start: int
    end: int
    first_paragraph: int
    last_paragraph: int
    tags: tuple[str, ...]
    author: str
    text: str = ""
    origin: AutoOrigin | None = None

    @property
    def auto_coded(self) -> bool:
        return self.origin is not None


@dataclass(frozen=True, slots=True)
class PassageFilter:
    """Which passages take part: by coder (the annotation's author), by report
    (relpaths, e.g. from `reports_where`), by how they were coded (ALL, HAND, AUTO)."""

    coders: frozenset[str] | None = None
    reports: frozenset[str] | None = None
    coding: str = ALL

    def __post_init__(self) -> None:
        if self.coding not in (ALL, HAND, AUTO):
            raise ValueError(f"unknown coding {self.coding!r}")

    def keeps(self, passage: Passage) -> bool:
        if self.coders is not None and passage.author not in self.coders:
            return False
        if self.reports is not None and passage.report not in self.reports:
            return False
        if self.coding == HAND:
            return passage.origin is None
        if self.coding == AUTO:
            return passage.origin is not None
        return True


EVERYTHING = PassageFilter()


def passages_from_export(export: ExportSet, origin_of: OriginOf = recorded) -> list[Passage]:
    """The placed annotations of `export`, in report and text order."""
    result = []
    for report in export.reports:
        text = report.text
        if text is None:
            continue
        for record in report.records:
            if record.orphaned:
                continue
            first = record.paragraph or paragraph_at(text, record.start)
            last = first + text.count("\n", record.start, max(record.start, record.end - 1))
            annotation = record.annotation
            result.append(
                Passage(
                    annotation.id,
                    report.relpath,
                    record.start,
                    record.end,
                    first,
                    last,
                    tuple(annotation.tags),
                    annotation.author,
                    record.passage,
                    origin_of(annotation),
                )
            )
    return result


def orphaned(export: ExportSet) -> int:
    """Annotations of `export` that have no place in their report's current text."""
    return sum(1 for r in export.reports for x in r.records if x.orphaned or r.text is None)


def paragraph_at(text: str, offset: int) -> int:
    """The 1-based paragraph (line of the cleaned text) holding `offset`."""
    return text.count("\n", 0, max(0, min(offset, len(text)))) + 1


def counted_tags(tags: Iterable[str], include_children: bool) -> tuple[str, ...]:
    """The tags a passage with `tags` counts for: with `include_children`, each tag
    and the tags above it ('a/b/c' also counts for 'a/b' and 'a')."""
    return _counted(tuple(tags), include_children)


@lru_cache(maxsize=4096)
def _counted(tags: tuple[str, ...], include_children: bool) -> tuple[str, ...]:
    if not include_children:
        return tuple(dict.fromkeys(tags))
    seen: dict[str, None] = {}
    for tag in tags:
        parts = tag.split("/")
        for depth in range(1, len(parts) + 1):
            seen.setdefault("/".join(parts[:depth]), None)
    return tuple(seen)


def is_under(tag: str, ancestor: str) -> bool:
    """Whether `tag` is `ancestor` or lies below it."""
    return tag == ancestor or tag.startswith(ancestor + "/")


def tag_order(passages: Iterable[Passage], include_children: bool) -> tuple[str, ...]:
    """Every tag the passages count for, by name (a parent before its children)."""
    found = {t for p in passages for t in counted_tags(p.tags, include_children)}
    return tuple(sorted(found, key=lambda t: t.split("/")))


def by_report(passages: Iterable[Passage]) -> Mapping[str, list[Passage]]:
    groups: dict[str, list[Passage]] = {}
    for passage in passages:
        groups.setdefault(passage.report, []).append(passage)
    return groups
