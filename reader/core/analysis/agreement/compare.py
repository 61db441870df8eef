"""Two coders' codings of one report side by side: where they disagree, and the
consensus coding an adjudicator makes of a disagreement (keep the first coder's
passages, the second's, both, or neither), as one undoable change.

Passages that overlap (share at least one character) form a group; a group is a
disagreement when, somewhere in it, the two coders gave a character different sets
of tags (one coded it and the other did not, or they tagged it differently). Passages
of the same coder in a group may overlap each other; identical passages of the two
coders (same place, same tags) are kept once when both are kept.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from reader.core.annotations.anchoring import ORPHANED, Anchor
from reader.core.annotations.decisions import (
    BOTH,
    CHOICES,
    FIRST,
    NEITHER,
    SECOND,
    Decision,
    make_decision,
    same_question,
)
from reader.core.annotations.model import Annotation, make_annotation, now

if TYPE_CHECKING:
    from reader.core.annotations.change import Change


@dataclass(frozen=True, slots=True)
class Passage:
    """A tagged annotation placed in the report's current text."""

    id: str
    coder: str
    start: int
    end: int
    tags: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A group of overlapping passages on which the two coders differ."""

    start: int
    end: int
    first: tuple[Passage, ...]
    second: tuple[Passage, ...]
    differing: tuple[tuple[int, int], ...]  # the characters given different tags


def passages_of(pairs: Iterable[tuple[Annotation, Anchor]], coder: str) -> list[Passage]:
    """`coder`'s tagged passages among a report's placed annotations (orphans left out)."""
    return [
        Passage(a.id, a.author, anchor.start, anchor.end, tuple(a.tags), a.note)
        for a, anchor in pairs
        if a.author == coder and a.tags and anchor.status != ORPHANED and anchor.start < anchor.end
    ]


def disagreements(first: Sequence[Passage], second: Sequence[Passage]) -> list[Disagreement]:
    """The disagreements of two coders' passages in one report, in text order."""
    found = []
    for group in _groups([(p, 0) for p in first] + [(p, 1) for p in second]):
        differing = _differing(group)
        if differing:
            found.append(
                Disagreement(
                    min(p.start for p, _ in group),
                    max(p.end for p, _ in group),
                    tuple(p for p, side in group if side == 0),
                    tuple(p for p, side in group if side == 1),
                    differing,
                )
            )
    return found


def _groups(sided: list[tuple[Passage, int]]) -> list[list[tuple[Passage, int]]]:
    """Passages linked by overlap, each group in text order."""
    groups: list[list[tuple[Passage, int]]] = []
    end = -1
    for item in sorted(sided, key=lambda x: (x[0].start, x[0].end, x[1], x[0].id)):
        if groups and item[0].start < end:
            groups[-1].append(item)
            end = max(end, item[0].end)
        else:
            groups.append([item])
            end = item[0].end
    return groups


def _differing(group: list[tuple[Passage, int]]) -> tuple[tuple[int, int], ...]:
    cuts = sorted({x for p, _ in group for x in (p.start, p.end)})
    runs: list[tuple[int, int]] = []
    for left, right in pairwise(cuts):
        tags: tuple[set[str], set[str]] = (set(), set())
        for p, side in group:
            if p.start <= left and right <= p.end:
                tags[side].update(p.tags)
        if tags[0] != tags[1]:
            if runs and runs[-1][1] == left:
                runs[-1] = (runs[-1][0], right)
            else:
                runs.append((left, right))
    return tuple(runs)


def kept(disagreement: Disagreement, choice: str) -> list[Passage]:
    """The passages the consensus keeps for `choice` (FIRST, SECOND, BOTH, NEITHER)."""
    if choice not in CHOICES:
        raise ValueError(f"unknown choice {choice!r}")
    chosen = {
        FIRST: disagreement.first,
        SECOND: disagreement.second,
        BOTH: disagreement.first + disagreement.second,
        NEITHER: (),
    }[choice]
    seen: set[tuple[int, int, frozenset[str]]] = set()
    result = []
    for p in chosen:
        key = (p.start, p.end, frozenset(p.tags))
        if key not in seen:
            seen.add(key)
            result.append(p)
    return result


def adjudication(
    disagreement: Disagreement,
    choice: str,
    consensus: str,
    existing: Sequence[Passage],
    current: Mapping[str, Annotation],
    path: str,
    fingerprint: str,
    text: str,
    coders: tuple[str, str] = ("", ""),
    decisions: Sequence[Decision] = (),
    author: str = "",
) -> Change:
    """The change that makes `consensus`'s coding of the disagreement `choice`: the
    consensus passages already overlapping it (among `existing`: re-adjudicating) go,
    and copies of the kept passages (their tags and notes) come, under `consensus`.
    `current` holds the annotations by id (what undo brings back). The decision is
    recorded (`coders` compared, by `author`): it replaces the decisions among
    `decisions` on the same stretch for the same coders and consensus."""
    from reader.core.annotations.change import Change

    before: dict[str, Annotation | None] = {}
    after: dict[str, Annotation | None] = {}
    for p in existing:
        overlaps = p.start < disagreement.end and disagreement.start < p.end
        if p.coder == consensus and overlaps and p.id in current:
            before[p.id] = copy.deepcopy(current[p.id])
            after[p.id] = None
    for p in kept(disagreement, choice):
        new = make_annotation(path, fingerprint, text, p.start, p.end, list(p.tags), p.note, consensus)
        before[new.id] = None
        after[new.id] = new
    earlier = [
        d
        for d in decisions
        if same_question(d, path, coders, consensus) and d.overlaps(disagreement.start, disagreement.end)
    ]
    stamp = now()
    first = earlier[0] if earlier else None
    decided = make_decision(
        path, fingerprint, text, disagreement.start, disagreement.end, coders, consensus, choice,
        author, stamp, decision_id=first.id if first else None, created=first.created if first else None,
    )  # fmt: skip
    decisions_before: dict[str, Decision | None] = {d.id: d for d in earlier}
    decisions_after: dict[str, Decision | None] = {d.id: None for d in earlier}
    decisions_before.setdefault(decided.id, None)
    decisions_after[decided.id] = decided
    return Change(before, after, decisions_before=decisions_before, decisions_after=decisions_after)


def settled(
    disagreement: Disagreement, consensus: Sequence[Passage], decisions: Sequence[Decision] = ()
) -> bool:
    """Whether the consensus coder has coded within the disagreement, or a decision
    (of the consensus coder's, for these coders: the caller picks them) covers it."""
    return any(p.start < disagreement.end and disagreement.start < p.end for p in consensus) or any(
        d.overlaps(disagreement.start, disagreement.end) for d in decisions
    )
