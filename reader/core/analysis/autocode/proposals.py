"""The proposals of a run, gathered and deduplicated in arrays.

Hits are collected report by report as arrays (owner, start, end); `Gatherer.finish`
turns them into proposals in a few array operations, whatever their number: each hit
gets the span of its unit, hits with the same tag and span become one proposal, a
proposal inside another of the same tag joins it, and proposals an existing
annotation with the tag (or a tag below it) already covers are dropped. Proposals
are made as objects only when asked for (`ProposalSet.proposals[i]`), so a run with
millions of hits stays small.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, overload

import numpy as np

from reader.core.analysis.autocode.provenance import HIT, SENTENCE, AutoOrigin
from reader.core.analysis.autocode.rules import Rule
from reader.core.analysis.autocode.units import Units

#: (relpath, fingerprint, text) -> (start, end, tags) of the report's existing
#: annotations in that text.
ExistingSpans = Callable[[str, str, str], Iterable[tuple[int, int, Sequence[str]]]]
#: What a hit's owner number stands for: the rule, its term or pattern as a rule file
#: writes it, and whether it is a regular expression.
Owner = tuple[Rule, str, bool]


class Match(NamedTuple):
    """One hit of a rule: the term or pattern (as a rule file writes it) and where."""

    rule: Rule
    pattern: str
    start: int
    end: int


class Proposal(NamedTuple):
    """An annotation to be: tag `tag` on [start, end) of the report's text, with the
    hits that make it."""

    report: str
    fingerprint: str
    start: int
    end: int
    tag: str
    unit: str
    passage: str
    matches: tuple[Match, ...]

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.report, self.tag, self.start, self.end)

    @property
    def origin(self) -> AutoOrigin:
        """What the annotation will record: the first rule that hit, with every term
        or pattern that hit in the passage."""
        rule = self.matches[0].rule
        matched = tuple(dict.fromkeys(m.pattern for m in self.matches))
        return AutoOrigin(rule.source, rule.ruleset, self.tag, matched, self.unit, rule.digest)


_EMPTY = np.zeros(0, dtype=np.int64)


class Proposals(Sequence[Proposal]):
    """The proposals of a run in report and text order (then by tag), made on demand."""

    def __init__(
        self,
        unit: str = HIT,
        reports: Sequence[tuple[str, str, str]] = (),
        tags: Sequence[str] = (),
        owners: Sequence[Owner] = (),
        columns: dict[str, np.ndarray] | None = None,
    ) -> None:
        self.unit, self.reports, self.tags, self.owners = unit, reports, tags, owners
        c = columns or {}
        self._report, self._tag = c.get("report", _EMPTY), c.get("tag", _EMPTY)
        self._start, self._end = c.get("start", _EMPTY), c.get("end", _EMPTY)
        self._first_hit = c.get("first_hit", np.zeros(1, dtype=np.int64))
        self._owner, self._hit_start = c.get("owner", _EMPTY), c.get("hit_start", _EMPTY)
        self._hit_end = c.get("hit_end", _EMPTY)

    def __len__(self) -> int:
        return len(self._start)

    @overload
    def __getitem__(self, index: int) -> Proposal: ...
    @overload
    def __getitem__(self, index: slice) -> list[Proposal]: ...
    def __getitem__(self, index: int | slice) -> Proposal | list[Proposal]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        relpath, fingerprint, text = self.reports[int(self._report[index])]
        start, end = int(self._start[index]), int(self._end[index])
        lo, hi = int(self._first_hit[index]), int(self._first_hit[index + 1])
        matches = tuple(
            Match(self.owners[o][0], self.owners[o][1], s, e)
            for o, s, e in zip(
                self._owner[lo:hi].tolist(),
                self._hit_start[lo:hi].tolist(),
                self._hit_end[lo:hi].tolist(),
                strict=True,
            )
        )
        tag = self.tags[int(self._tag[index])]
        return Proposal(relpath, fingerprint, start, end, tag, self.unit, text[start:end], matches)

    def __iter__(self) -> Iterator[Proposal]:
        for i in range(len(self)):
            yield self[i]

    def tag_counts(self) -> dict[str, int]:
        """Proposals per tag (for a review list grouped by rule)."""
        counts = np.bincount(self._tag, minlength=len(self.tags)) if len(self) else []
        return {t: int(n) for t, n in zip(self.tags, counts, strict=False) if n}


@dataclass(slots=True)
class ProposalSet:
    """What a run proposes; `texts` holds the text of each report with proposals (by
    fingerprint), for `accept`."""

    proposals: Proposals = field(default_factory=Proposals)
    texts: dict[str, str] = field(default_factory=dict)
    reports: int = 0  # reports looked at
    already_coded: int = 0  # proposals not made: an annotation with the tag covers them
    cancelled: bool = False


class Gatherer:
    """Collects the hits of one run, report by report, then makes the proposals."""

    def __init__(self, owners: Sequence[Owner], unit: str, existing: ExistingSpans | None) -> None:
        self.owners, self.unit, self.existing = owners, unit, existing
        self.tags = sorted({rule.tag for rule, _label, _regex in owners})
        column = {t: i for i, t in enumerate(self.tags)}
        self._owner_tag = np.array([column[rule.tag] for rule, _l, _r in owners], dtype=np.int64)
        self._owner_regex = np.array([regex for _rule, _l, regex in owners], dtype=bool)
        self.reports: list[tuple[str, str, str]] = []
        self._parts: list[tuple[np.ndarray, ...]] = []

    def add(self, relpath: str, fingerprint: str, text: str, hits: tuple[np.ndarray, ...]) -> None:
        """One report's hits: arrays of owners, starts and ends."""
        owner, start, end = hits
        if not len(owner):
            return
        unit_start, unit_end = self._spans(text, owner, start, end)
        keep = np.flatnonzero(unit_start < unit_end)
        tag, unit_start, unit_end = self._owner_tag[owner][keep], unit_start[keep], unit_end[keep]
        # by tag, then span (longest first among those starting together), as `finish`
        # takes them: sorting each report's few hits here spares sorting them all there
        order = sort_order(tag, unit_start, len(text) - (unit_end - unit_start))
        keep = keep[order]
        number = np.full(len(keep), len(self.reports), dtype=np.int64)
        self.reports.append((relpath, fingerprint, text))
        self._parts.append(
            (number, tag[order], unit_start[order], unit_end[order], owner[keep], start[keep], end[keep])
        )

    def _spans(
        self, text: str, owner: np.ndarray, start: np.ndarray, end: np.ndarray
    ) -> tuple[np.ndarray, ...]:
        """Each hit's unit, trimmed of spaces (start = end when nothing is left)."""
        units = Units(text)
        if self.unit == HIT:
            unit_start, unit_end = start.copy(), end.copy()
            slow = np.flatnonzero(self._owner_regex[owner])  # a term has no spaces at its ends
        else:
            starts = np.array(units.sentence_starts() if self.unit == SENTENCE else units.paragraph_starts())
            first = np.searchsorted(starts, start, side="right") - 1
            last = np.searchsorted(starts, np.maximum(start, end - 1), side="right") - 1
            trimmed_start = np.full(len(starts), -1, dtype=np.int64)
            trimmed_end = np.full(len(starts), -1, dtype=np.int64)
            bounds = [*starts.tolist(), len(text)]
            for i in np.unique(np.concatenate((first, last))).tolist():
                span = _trimmed(text, bounds[i], bounds[i + 1])
                if span is not None:
                    trimmed_start[i], trimmed_end[i] = span
            # trimming a run of units trims its first unit's start and its last one's end
            unit_start, unit_end = trimmed_start[first], trimmed_end[last]
            slow = np.flatnonzero((unit_start < 0) | (unit_end < 0))  # a unit of spaces only
        for i in slow.tolist():
            span = units.span(self.unit, int(start[i]), int(end[i]))
            unit_start[i], unit_end[i] = span if span is not None else (0, 0)
        return unit_start, unit_end

    def finish(self, result: ProposalSet) -> ProposalSet:
        """Fill `result` with the deduplicated proposals of every hit added."""
        empty = Proposals(self.unit, self.reports, self.tags, self.owners)
        if not self._parts:
            result.proposals = empty
            return result
        report, tag, unit_start, unit_end, owner, hit_start, hit_end = (
            np.concatenate(c) for c in zip(*self._parts, strict=True)
        )
        self._parts = []
        if not len(report):
            result.proposals = empty
            return result
        # the hits come by report (in order), tag, then span (longest first among those
        # starting together): `add` sorted each report's
        new = np.ones(len(report), dtype=bool)
        new[1:] = (
            (report[1:] != report[:-1])
            | (tag[1:] != tag[:-1])
            | (unit_start[1:] != unit_start[:-1])
            | (unit_end[1:] != unit_end[:-1])
        )
        group_of_hit = np.cumsum(new) - 1
        heads = np.flatnonzero(new)
        g_report, g_tag, g_start, g_end = report[heads], tag[heads], unit_start[heads], unit_end[heads]
        # A span inside an earlier one of the same report and tag (the groups are by
        # start, longest first) ends no later than the furthest end before it.
        segment = np.ones(len(heads), dtype=bool)
        segment[1:] = (g_report[1:] != g_report[:-1]) | (g_tag[1:] != g_tag[:-1])
        reach = (np.cumsum(segment) - 1) * (int(g_end.max()) + 1) + g_end
        before = np.concatenate(([-1], np.maximum.accumulate(reach)[:-1]))
        nested = before >= reach
        container = np.maximum.accumulate(np.where(nested, -1, np.arange(len(heads))))
        number = np.cumsum(~nested) - 1  # a kept group's proposal number
        proposal_of_hit = number[container[group_of_hit]]
        kept = np.flatnonzero(~nested)
        p_report, p_tag, p_start, p_end = g_report[kept], g_tag[kept], g_start[kept], g_end[kept]
        dropped = self._already_coded(p_report, p_tag, p_start, p_end)
        result.already_coded += int(dropped.sum())
        # proposals by report, start, end and tag; hits by proposal and place
        p_order = sort_order(p_report, p_start, p_end - p_start, p_tag)  # by end = by length
        p_order = p_order[~dropped[p_order]]
        rank = np.full(len(kept), -1, dtype=np.int64)
        rank[p_order] = np.arange(len(p_order))
        hit_rank = rank[proposal_of_hit]
        h_order = sort_order(hit_rank + 1, hit_start, hit_end - hit_start, owner)  # rank -1: dropped
        h_order = h_order[hit_rank[h_order] >= 0]
        first_hit = np.searchsorted(hit_rank[h_order], np.arange(len(p_order) + 1))
        columns = {
            "report": p_report[p_order],
            "tag": p_tag[p_order],
            "start": p_start[p_order],
            "end": p_end[p_order],
            "first_hit": first_hit,
            "owner": owner[h_order],
            "hit_start": hit_start[h_order],
            "hit_end": hit_end[h_order],
        }
        result.proposals = Proposals(self.unit, self.reports, self.tags, self.owners, columns)
        for number in np.unique(columns["report"]).tolist():
            _relpath, fingerprint, text = self.reports[number]
            result.texts[fingerprint] = text
        return result

    def _already_coded(
        self, report: np.ndarray, tag: np.ndarray, start: np.ndarray, end: np.ndarray
    ) -> np.ndarray:
        """Which proposals an existing annotation with the tag (or one below it) covers."""
        dropped = np.zeros(len(report), dtype=bool)
        if self.existing is None:
            return dropped
        bounds = np.searchsorted(report, np.arange(len(self.reports) + 1))  # reports come in order
        for number in np.unique(report).tolist():
            relpath, fingerprint, text = self.reports[number]
            covering = list(self.existing(relpath, fingerprint, text))
            if not covering:
                continue
            for i in range(int(bounds[number]), int(bounds[number + 1])):
                name, s, e = self.tags[int(tag[i])], int(start[i]), int(end[i])
                dropped[i] = any(
                    a <= s and e <= b and any(t == name or t.startswith(name + "/") for t in tags)
                    for a, b, tags in covering
                )
        return dropped


def sort_order(*columns: np.ndarray) -> np.ndarray:
    """The stable order by the first column, then the next…, as `np.lexsort` of the
    columns reversed gives it (columns of integers from 0): by one key made of them
    all when it fits in 63 bits, many times faster than lexsort on millions of rows."""
    if not len(columns[0]):
        return np.zeros(0, dtype=np.int64)
    key = columns[0].astype(np.int64)
    for column in columns[1:]:
        span = int(column.max()) + 1
        if int(key.max()) >= (2**62) // span:  # too many digits: sort column by column
            return np.lexsort(columns[::-1])
        key = key * span + column
    return np.argsort(key, kind="stable")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without its line break and the spaces at either end; None when
    nothing is left."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if start < end else None
