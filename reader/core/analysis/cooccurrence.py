"""Co-occurrence of tags: which tags are found together, and how strongly.

Two passages are *together* when they overlap (share at least one character:
OVERLAP), touch a common paragraph (PARAGRAPH) or are in the same report (REPORT);
a passage is together with itself. The cell of tags A and B holds the passages
that carry A and are together with a passage carrying B, and those that carry B and
are together with a passage carrying A (a passage carrying both is one of them);
its count is the number of such passages. The diagonal cell of A holds the passages
carrying A (the node size in a network). Jaccard similarity is the count over the
passages carrying A or B: 1 when every such passage meets the other tag, 0 when
none does. With `include_children` (the default) a parent tag counts the passages of
the tags under it, so a parent and its child always co-occur: `edges()` leaves such
pairs out unless asked.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from reader.core.analysis.passages import (
    EVERYTHING,
    Passage,
    PassageFilter,
    counted_tags,
    is_under,
    tag_order,
)

OVERLAP, PARAGRAPH, REPORT = "overlap", "paragraph", "report"
MODES = (OVERLAP, PARAGRAPH, REPORT)


@dataclass(frozen=True, slots=True)
class Cell:
    """Tags `a` and `b` together: the passages that make the cell, in report and text
    order, how many there are, in how many reports, and the Jaccard similarity."""

    a: str
    b: str
    count: int
    jaccard: float
    reports: int
    passages: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class Node:
    tag: str
    size: int  # passages carrying the tag


@dataclass(frozen=True, slots=True)
class Edge:
    a: str
    b: str
    count: int
    jaccard: float


@dataclass(slots=True)
class CooccurrenceMatrix:
    """Tags by tags. `tags` gives the order of rows and columns."""

    mode: str
    include_children: bool
    tags: tuple[str, ...]
    passages: tuple[Passage, ...]  # those that took part, after the filter
    _carried: np.ndarray = field(repr=False)  # passages x tags: the passage carries the tag
    _met: np.ndarray = field(repr=False)  # passages x tags: it is together with one that does
    _counts: np.ndarray = field(repr=False)
    _both: np.ndarray = field(repr=False)  # passages carrying both tags
    _column: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._column = {t: i for i, t in enumerate(self.tags)}

    def size(self, tag: str) -> int:
        """Passages carrying `tag`."""
        i = self._column[tag]
        return int(self._both[i, i])

    def count(self, a: str, b: str) -> int:
        return int(self._counts[self._column[a], self._column[b]])

    def jaccard(self, a: str, b: str) -> float:
        i, j = self._column[a], self._column[b]
        together = self._counts[i, j]
        if not together:
            return 0.0
        return float(together / (self._both[i, i] + self._both[j, j] - self._both[i, j]))

    def cell(self, a: str, b: str) -> Cell:
        """The cell with the passages that make it ("clicking a cell lists them")."""
        i, j = self._column[a], self._column[b]
        carried, met = self._carried, self._met
        members = np.flatnonzero((carried[:, i] & met[:, j]) | (carried[:, j] & met[:, i]))
        passages = tuple(self.passages[k] for k in members)
        reports = len({p.report for p in passages})
        return Cell(a, b, len(passages), self.jaccard(a, b), reports, passages)

    def counts(self) -> list[list[int]]:
        """The count matrix, rows and columns in `tags` order (for a heat map)."""
        return [[int(v) for v in row] for row in self._counts]

    def jaccards(self) -> list[list[float]]:
        return [[self.jaccard(a, b) for b in self.tags] for a in self.tags]

    def nodes(self) -> list[Node]:
        return [Node(tag, self.size(tag)) for tag in self.tags]

    def edges(self, minimum: int = 1, nested: bool = False) -> list[Edge]:
        """Pairs of different tags found together at least `minimum` times (for a
        network: edge weight `count` or `jaccard`); a tag and one under it only with
        `nested`."""
        result = []
        for i, a in enumerate(self.tags):
            for b in self.tags[i + 1 :]:
                if not nested and (is_under(a, b) or is_under(b, a)):
                    continue
                count = self.count(a, b)
                if count >= max(1, minimum):
                    result.append(Edge(a, b, count, self.jaccard(a, b)))
        return result

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data: the tags, their sizes, and the counts and Jaccard values."""
        return {
            "mode": self.mode,
            "include_children": self.include_children,
            "tags": list(self.tags),
            "sizes": [self.size(t) for t in self.tags],
            "counts": self.counts(),
            "jaccard": [[round(v, 6) for v in row] for row in self.jaccards()],
        }


def cooccurrence(
    passages: Iterable[Passage],
    mode: str = OVERLAP,
    tags: Sequence[str] | None = None,
    include_children: bool = True,
    where: PassageFilter = EVERYTHING,
) -> CooccurrenceMatrix:
    """The co-occurrence matrix of `tags` (default: every tag the passages count for,
    by name) over the passages `where` keeps (see the module doc)."""
    if mode not in MODES:
        raise ValueError(f"unknown co-occurrence mode {mode!r}")
    chosen = tuple(p for p in passages if where.keeps(p))
    names = tuple(dict.fromkeys(tags)) if tags is not None else tag_order(chosen, include_children)
    column = {t: i for i, t in enumerate(names)}
    carried = np.zeros((len(chosen), len(names)), dtype=bool)
    rows, columns = [], []
    for i, p in enumerate(chosen):
        for tag in counted_tags(p.tags, include_children):
            if tag in column:
                rows.append(i)
                columns.append(column[tag])
    carried[rows, columns] = True
    met = _met(chosen, carried, mode)
    both = _cross(carried, carried)
    # A passage is in cell (x, y) when it carries x and meets y, or carries y and meets
    # x; both hold exactly when it carries x and y (what it carries, it meets).
    crossed = _cross(carried, met)
    counts = crossed + crossed.T - both
    return CooccurrenceMatrix(mode, include_children, names, chosen, carried, met, counts, both)


def _cross(rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Tags x tags: how many passages have tag x in `rows` and tag y in `columns`
    (row by row, no BLAS: these are small and sparse)."""
    size = rows.shape[1]
    result = np.zeros((size, columns.shape[1]), dtype=np.int64)
    for x in range(size):
        chosen = rows[:, x]
        if chosen.any():
            result[x] = columns[chosen].sum(axis=0)
    return result


def _met(passages: Sequence[Passage], carried: np.ndarray, mode: str) -> np.ndarray:
    """Passages x tags: the tags carried by a passage or by one it is together with."""
    if mode == OVERLAP:
        first, second = _overlapping(passages)
        met = carried.copy()
        np.logical_or.at(met, first, carried[second])
        np.logical_or.at(met, second, carried[first])
        return met
    keys: dict[tuple[str, int], int] = {}  # a report (REPORT) or a paragraph of one
    rows, places = [], []
    for i, p in enumerate(passages):
        spans = (0,) if mode == REPORT else range(p.first_paragraph, p.last_paragraph + 1)
        for number in spans:
            rows.append(i)
            places.append(keys.setdefault((p.report, number), len(keys)))
    in_place = np.zeros((len(keys), carried.shape[1]), dtype=bool)
    np.logical_or.at(in_place, places, carried[rows])
    met = np.zeros_like(carried)
    np.logical_or.at(met, rows, in_place[places])
    return met


def _overlapping(passages: Sequence[Passage]) -> tuple[list[int], list[int]]:
    """Every pair of different passages that share a character, as two index lists."""
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        groups.setdefault(p.report, []).append(i)
    first: list[int] = []
    second: list[int] = []
    for members in groups.values():
        order = sorted(members, key=lambda i: (passages[i].start, passages[i].end))
        starts = [passages[i].start for i in order]
        for position, i in enumerate(order):
            # the passages starting inside this one overlap it
            for j in order[position + 1 : bisect_right(starts, passages[i].end - 1)]:
                first.append(i)
                second.append(j)
    return first, second
