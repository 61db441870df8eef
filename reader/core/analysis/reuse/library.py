"""Passages shared across a library, and the reports most like one report.

Reports are put in date order (undated last). Every k-gram is linked to the place
where it first occurs, in the earliest report that has it; only later reports link
back, so a passage printed in 2,000 reports costs 2,000 links, not 2,000² pairs. A
k-gram (or 2k-gram) found in at most SMALL_GROUP places also links each place to
every earlier one: inside a stock phrase every k-gram is common and points to
whichever report used the phrase first, and the rare strings crossing from the
phrase into the words around it are what tie the copies of one passage together.

The links of each (later report, earlier report) pair are chained and checked
(`chains`); a span of a later report keeps only its match in the earliest report.
The spans found on an earliest report are cut where the set of reports repeating
them changes: each piece is one shared passage, carried by its earliest report and
every report that repeats it, in date order (who said it first).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from reader.core.analysis.reuse.chains import MIN_PIECE, Match, chain_seeds, merge, verify
from reader.core.analysis.reuse.shingles import SHINGLE, ReuseSignature, folded, signature
from reader.core.reading.dates import ReportDate

logger = logging.getLogger(__name__)

MIN_CHARS = 50
_SNAP = 2 * SHINGLE  # span ends closer than this are one cut
SMALL_GROUP = 8


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a passage stands in one report: text[start:end] of report `report`."""

    report: str
    start: int
    end: int


@dataclass(slots=True)
class SharedPassage:
    """A passage found in several reports; `occurrences[0]` is the earliest."""

    occurrences: list[Occurrence]
    text: str  # as the earliest report has it

    @property
    def reports(self) -> list[str]:
        return [o.report for o in self.occurrences]

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "occurrences": [[o.report, o.start, o.end] for o in self.occurrences]}

    @classmethod
    def from_json(cls, data: dict) -> SharedPassage:
        return cls([Occurrence(str(r), int(s), int(e)) for r, s, e in data["occurrences"]], str(data["text"]))


@dataclass(frozen=True, slots=True)
class SimilarReport:
    """A report sharing passages with the one asked about: how many of that report's
    characters it shares, and what part of that report they are."""

    report: str
    shared_chars: int
    share: float
    passages: int


@dataclass(slots=True)
class _Entry:
    key: str
    text: str
    date: ReportDate | None
    signature: ReuseSignature


@dataclass(slots=True)
class ReuseLibrary:
    """The reports of a library with their signatures; `passages()` finds what they
    share (computed once, then kept until a report is added)."""

    min_chars: int = MIN_CHARS
    _entries: dict[str, _Entry] = field(default_factory=dict)
    _passages: list[SharedPassage] | None = None

    def add(
        self, key: str, text: str, date: ReportDate | None = None, sig: ReuseSignature | None = None
    ) -> None:
        """Add (or replace) a report; `sig` is its stored signature, if any."""
        if sig is None or sig.length != len(text) or sig.k != SHINGLE:
            sig = signature(text)
        self._entries[key] = _Entry(key, text, date, sig)
        self._passages = None

    def signature_of(self, key: str) -> ReuseSignature:
        return self._entries[key].signature

    def passages(self, progress: Callable[[str], None] | None = None) -> list[SharedPassage]:
        """Every passage of at least `min_chars` characters that several reports share,
        most reports first; `progress` is told each step ('links', 'chains', 'check')."""
        if self._passages is None:
            self._passages = _find_passages(list(self._entries.values()), self.min_chars, progress)
        return self._passages

    def set_passages(self, passages: Iterable[SharedPassage]) -> None:
        """Use passages computed before (read from a cache) instead of finding them."""
        self._passages = list(passages)

    def similar(self, key: str, top: int = 20) -> list[SimilarReport]:
        """The reports sharing most characters with report `key`, most first."""
        length = len(self._entries[key].text) if key in self._entries else 0
        return similar_reports(self.passages(), key, length, top)


def similar_reports(
    passages: Iterable[SharedPassage], key: str, length: int, top: int = 20
) -> list[SimilarReport]:
    """The reports sharing most characters with report `key` (of `length` characters)
    in `passages`, most first: characters of `key` inside passages they share, and
    their share of `key`."""
    own: dict[str, list[tuple[int, int]]] = defaultdict(list)
    count: dict[str, int] = defaultdict(int)
    for passage in passages:
        mine = [o for o in passage.occurrences if o.report == key]
        if not mine:
            continue
        for other in {o.report for o in passage.occurrences if o.report != key}:
            own[other].extend((o.start, o.end) for o in mine)
            count[other] += 1
    rows = []
    for other, spans in own.items():
        shared = _covered(spans)
        rows.append(SimilarReport(other, shared, shared / max(1, length), count[other]))
    rows.sort(key=lambda r: (-r.shared_chars, r.report))
    return rows[:top]


def _covered(spans: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for start, stop in sorted(spans):
        if stop <= end:
            continue
        total += stop - max(start, end)
        end = stop
    return total


def _order(entries: list[_Entry]) -> list[_Entry]:
    """Earliest first; reports without a full date after every dated one."""
    return sorted(
        entries,
        key=lambda e: (
            e.date is None or e.date.year is None,
            (e.date.year or 0, e.date.month, e.date.day) if e.date else (0, 0, 0),
            e.key,
        ),
    )


def _find_passages(
    entries: list[_Entry], min_chars: int, progress: Callable[[str], None] | None
) -> list[SharedPassage]:
    entries = _order(entries)
    k = SHINGLE
    if len(entries) < 2:
        return []
    pieces_a, pieces_b = [], []
    for long in (False, True):
        parts = [_long_hashes(e.signature.hashes) if long else e.signature.hashes for e in entries]
        lengths = np.array([len(p) for p in parts], dtype=np.int64)
        if not lengths.sum():
            continue
        hashes = np.concatenate(parts)
        docs = np.repeat(np.arange(len(entries), dtype=np.int32), lengths)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        positions = (np.arange(len(hashes), dtype=np.int64) - np.repeat(offsets, lengths)).astype(np.int32)
        if progress:
            progress("links")
        later, source = _links(hashes, docs, star=not long)
        pieces_a.append((docs[later], positions[later]))
        pieces_b.append((docs[source], positions[source]))
    if not pieces_a:
        return []
    if progress:
        progress("chains")
    chains = chain_seeds(
        np.concatenate([d for d, _ in pieces_a]),
        np.concatenate([p for _, p in pieces_a]),
        np.concatenate([d for d, _ in pieces_b]),
        np.concatenate([p for _, p in pieces_b]),
        k,
    )
    if progress:
        progress("check")
    folded_texts: dict[int, str] = {}

    def text(i: int) -> str:
        if i not in folded_texts:
            folded_texts[i] = folded(entries[i].text)
        return folded_texts[i]

    matches = []
    for a, a0, a1, b, b0, b1, _seeds in chains:
        if a1 - a0 < MIN_PIECE or b1 - b0 < MIN_PIECE:
            continue
        match = verify(a, a0, a1, text(a), b, b0, b1, text(b), MIN_PIECE)
        if match:
            matches.append(match)
    logger.debug("%d reports: %d chains, %d checked matches", len(entries), len(chains), len(matches))
    return _cluster(_earliest_sources(merge(matches, text, min_chars)), entries, min_chars)


def _long_hashes(hashes: np.ndarray) -> np.ndarray:
    """Hashes of the 2k-grams, from the k-gram hashes at i and i + k. Inside a stock
    phrase every k-gram is common and links to whichever report used the phrase first;
    the 2k-grams that cross into the words around it are rare and link the copies of
    one passage to each other."""
    if len(hashes) <= SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    with np.errstate(over="ignore"):
        combined = hashes[:-SHINGLE] * np.uint64(0x9E3779B97F4A7C15) + hashes[SHINGLE:]
        combined ^= combined >> np.uint64(29)
    return combined


def _links(hashes: np.ndarray, docs: np.ndarray, star: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(later, earlier) index pairs of equal k-grams in different reports (indexes grow
    with the reports' dates): with `star`, every occurrence links to the first one; a
    k-gram found at most SMALL_GROUP times also links every occurrence to every earlier
    one (a rare k-gram says more)."""
    # Sort the hashes with their index packed into the low bits (a plain sort is many
    # times faster than an argsort): equal hashes come out in index order, earliest first.
    # The hash keeps its top 64 - bits bits, enough to tell the k-grams of a library apart.
    bits = max(1, (len(hashes) - 1).bit_length())
    low = np.uint64((1 << bits) - 1)
    packed = np.sort((hashes & ~low) | np.arange(len(hashes), dtype=np.uint64))
    order = (packed & low).astype(np.int64)
    sorted_hashes = packed >> np.uint64(bits)
    del packed
    first = np.ones(len(order), dtype=bool)
    first[1:] = sorted_hashes[1:] != sorted_hashes[:-1]
    starts = np.flatnonzero(first)
    sizes = np.diff(np.append(starts, len(order)))
    group_first = np.repeat(order[starts], sizes)
    group_start = np.repeat(starts, sizes)
    small = np.repeat(sizes <= SMALL_GROUP, sizes)
    later_parts, source_parts = [], []
    if star:
        # Star links of common k-grams are sampled (the same quarter of k-grams in every
        # report, by hash): a passage printed many times still has a seed every few
        # characters, and a library of template reports has a quarter of the seeds to chain.
        sampled = small | (hashes[order] & np.uint64(3) == 0)
        later_parts.append(order[sampled])
        source_parts.append(group_first[sampled])
    for d in range(1, SMALL_GROUP):
        index = np.flatnonzero(small[d:] & (np.arange(d, len(order)) - group_start[d:] >= d))
        x, y = order[index + d], order[index]
        later, source = np.maximum(x, y), np.minimum(x, y)
        if star:  # the first occurrence has its star link already
            keep = source != group_first[index]
            later, source = later[keep], source[keep]
        later_parts.append(later)
        source_parts.append(source)
    later = np.concatenate(later_parts) if later_parts else np.zeros(0, dtype=np.int64)
    source = np.concatenate(source_parts) if source_parts else np.zeros(0, dtype=np.int64)
    keep = docs[later] != docs[source]
    return later[keep], source[keep]


def _earliest_sources(matches: list[Match]) -> list[Match]:
    """Each span of a later report keeps only its match in the earliest report (a
    match more than half inside spans already kept is dropped)."""
    kept: list[Match] = []
    by_later: dict[int, list[Match]] = defaultdict(list)
    for m in matches:
        by_later[m.a].append(m)
    for found in by_later.values():
        taken = np.zeros(max(m.a_end for m in found), dtype=bool)
        for m in sorted(found, key=lambda m: (m.b, m.a_start)):
            if np.count_nonzero(taken[m.a_start : m.a_end]) * 2 < m.a_end - m.a_start:
                kept.append(m)
                taken[m.a_start : m.a_end] = True
    return kept


def _cluster(matches: list[Match], entries: list[_Entry], min_chars: int) -> list[SharedPassage]:
    """Cut the spans found on each earliest report where the reports repeating them
    change; each piece is a passage (see the module doc)."""
    by_source: dict[int, list[Match]] = defaultdict(list)
    for match in matches:
        by_source[match.b].append(match)
    passages = []
    for b, found in sorted(by_source.items()):
        for start, end, members in _pieces(found, min_chars):
            occurrences = [Occurrence(entries[b].key, start, end)]
            seen = {b}
            for m in sorted(members, key=lambda m: m.a):
                if m.a in seen:
                    continue
                seen.add(m.a)
                shift = m.a_start - m.b_start
                lo = max(m.a_start, start + shift)
                hi = min(m.a_end, end + shift)
                if hi - lo >= max(min_chars - _SNAP, (end - start) // 2):
                    occurrences.append(Occurrence(entries[m.a].key, lo, hi))
            if len(occurrences) >= 2:
                passages.append(SharedPassage(occurrences, entries[b].text[start:end]))
    passages.sort(key=lambda p: (-len(p.occurrences), -len(p.text)))
    return passages


def _pieces(found: list[Match], min_chars: int) -> list[tuple[int, int, list[Match]]]:
    """Split the union of the source spans at the ends of the matches (ends closer
    than a shingle are one), keeping pieces of at least `min_chars`; neighbouring
    pieces repeated by the same reports are one."""
    points = sorted({m.b_start for m in found} | {m.b_end for m in found})
    cuts: list[int] = []
    for p in points:
        if not cuts or p - cuts[-1] >= _SNAP:
            cuts.append(p)
    starts = np.array([m.b_start for m in found], dtype=np.int64)
    ends = np.array([m.b_end for m in found], dtype=np.int64)
    pieces: list[tuple[int, int, frozenset[int], list[Match]]] = []
    for lo, hi in pairwise(cuts):
        need = max((hi - lo) / 2, hi - lo - 2 * _SNAP)  # ends differ by an edit near them
        inside = np.flatnonzero(np.minimum(ends, hi) - np.maximum(starts, lo) >= need)
        if not len(inside):
            continue
        members = [found[i] for i in inside.tolist()]
        reports = frozenset(m.a for m in members)
        if pieces and pieces[-1][1] == lo and pieces[-1][2] == reports:
            start, _end, prev, prev_members = pieces[-1]
            pieces[-1] = (start, hi, prev, prev_members)
        else:
            pieces.append((lo, hi, reports, members))
    return [(lo, hi, members) for lo, hi, _r, members in pieces if hi - lo >= min_chars]
