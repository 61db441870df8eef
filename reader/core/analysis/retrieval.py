"""Retrieval with conditions: the passages with tag A that

- AND: overlap a passage with tag B (share a character with it; a passage carrying
  both tags is one),
- NOT: overlap no passage with tag B (and do not carry it),
- NEAR: are in the same paragraph as a passage with tag B (or, with `paragraphs`
  = n, at most n paragraphs apart), in the same report,

among the passages a `PassageFilter` keeps (coder, reports, e.g. those whose
variables have given values, hand or auto coding); the filter applies to the B side
too. A tag includes the tags below it unless `include_children` is False. The result
is a selection of annotations that any export writes (`Retrieved.scope()`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.analysis.passages import EVERYTHING, Passage, PassageFilter, by_report, is_under
from reader.core.export.records import Scope

AND, NOT, NEAR = "and", "not", "near"
OPERATORS = (AND, NOT, NEAR)


@dataclass(frozen=True, slots=True)
class Condition:
    a: str
    operator: str
    b: str
    paragraphs: int = 0  # NEAR: how many paragraphs apart at most

    def __post_init__(self) -> None:
        if self.operator not in OPERATORS:
            raise ValueError(f"unknown operator {self.operator!r}")
        if self.paragraphs < 0:
            raise ValueError("paragraphs must be 0 or more")


@dataclass(frozen=True, slots=True)
class Retrieved:
    """The passages with A that meet the condition, and (AND, NEAR) the passages with
    B that made them meet it; both in report and text order."""

    condition: Condition
    passages: tuple[Passage, ...]
    partners: tuple[Passage, ...] = ()

    def ids(self, with_partners: bool = False) -> frozenset[str]:
        chosen = self.passages + (self.partners if with_partners else ())
        return frozenset(p.id for p in chosen)

    def scope(self, with_partners: bool = False) -> Scope:
        """The selection as an export scope (`collect(session, retrieved.scope())`)."""
        return Scope(ids=self.ids(with_partners))


def retrieve(
    passages: Iterable[Passage],
    condition: Condition,
    include_children: bool = True,
    where: PassageFilter = EVERYTHING,
) -> Retrieved:
    """The passages that meet `condition` (see the module doc)."""

    def carries(p: Passage, tag: str) -> bool:
        if include_children:
            return any(is_under(t, tag) for t in p.tags)
        return tag in p.tags

    chosen = [p for p in passages if where.keeps(p)]
    order = {id(p): i for i, p in enumerate(chosen)}
    found: list[Passage] = []
    partners: dict[str, Passage] = {}
    for group in by_report(chosen).values():
        side_a = [p for p in group if carries(p, condition.a)]
        if not side_a:
            continue
        side_b = sorted((p for p in group if carries(p, condition.b)), key=lambda p: (p.start, p.end))
        for p in side_a:
            met = _meeting(p, side_b, condition)
            if condition.operator == NOT:
                if not met:
                    found.append(p)
            elif met:
                found.append(p)
                for q in met:
                    partners.setdefault(q.id, q)
    found.sort(key=lambda p: order[id(p)])
    return Retrieved(condition, tuple(found), tuple(sorted(partners.values(), key=lambda p: order[id(p)])))


def _meeting(p: Passage, side_b: Sequence[Passage], condition: Condition) -> list[Passage]:
    """The passages of `side_b` (sorted by start) that `p` meets: overlapping it for
    AND and NOT, within `condition.paragraphs` paragraphs for NEAR."""
    if condition.operator == NEAR:
        reach = condition.paragraphs
        return [
            q
            for q in side_b
            if q.first_paragraph - reach <= p.last_paragraph and p.first_paragraph - reach <= q.last_paragraph
        ]
    starts = [q.start for q in side_b]
    candidates = side_b[: bisect_right(starts, p.end - 1)]
    return [q for q in candidates if q.end > p.start]
