"""From shared k-grams to shared passages.

A seed is (doc a, position in a, doc b, position in b) of one shared k-gram. Seeds of
one pair of documents on one diagonal (the offset between the two texts), no more
than GAP characters apart, make a piece; pieces that follow each other within GAP on
diagonals at most DRIFT apart (characters inserted or deleted) make a chain. GAP
bridges the k-grams an edit breaks (up to 2k - 1 characters when both copies were
edited). Each chain is checked (`verify`): its ends grow over single mismatches
while the texts agree, and the two spans must be alike. Checked chains of one pair
are then joined (`merge`) across holes of up to MERGE_GAP characters when the text
in the hole is alike too: a stock phrase inside a passage leaves such a hole when its
k-grams all point to another, earlier report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel

GAP = 20
DRIFT = 3
MERGE_GAP = 100
#: Shortest chain kept for joining (joined chains must then reach the passage length).
MIN_PIECE = 2 * 8
#: How alike two spans must be (Indel similarity of their folded text, 0..1).
MIN_SIMILARITY = 0.8
_EXTEND = 64  # characters an end may grow over mismatches
_LOOK_BACK = 32  # earlier matches of a pair tried when joining


@dataclass(frozen=True, slots=True)
class Match:
    """One passage of document `a` (a_start:a_end) found again in `b`."""

    a: int
    a_start: int
    a_end: int
    b: int
    b_start: int
    b_end: int
    similarity: float


def chain_seeds(
    da: np.ndarray, pa: np.ndarray, db: np.ndarray, pb: np.ndarray, k: int
) -> list[tuple[int, int, int, int, int, int, int]]:
    """Chains of seeds: (a, a_start, a_end, b, b_start, b_end, seeds), the ones that
    can grow into a passage (see `_hopeless`) left out."""
    if len(da) == 0:
        return []
    da, db = da.astype(np.int64), db.astype(np.int64)
    pa, pb = pa.astype(np.int64), pb.astype(np.int64)
    diag = pb - pa
    # pieces: one pair of documents, one diagonal, seeds at most GAP apart
    order = _sort_seeds(da, db, diag, pa)
    da, pa, db, diag = da[order], pa[order], db[order], diag[order]
    brk = np.ones(len(da), dtype=bool)
    brk[1:] = (da[1:] != da[:-1]) | (db[1:] != db[:-1]) | (diag[1:] != diag[:-1]) | (pa[1:] - pa[:-1] > GAP)
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], len(da)) - 1
    counts = ends - starts + 1
    keep = counts >= 2  # a lone shared k-gram is chance
    starts, ends, counts = starts[keep], ends[keep], counts[keep]
    a, b, d = da[starts], db[starts], diag[starts]
    a0, a1 = pa[starts], pa[ends] + k
    # chains: pieces of one pair that follow each other within GAP on nearby diagonals
    order = np.lexsort((a0, b, a))
    a, b, d, a0, a1, counts = a[order], b[order], d[order], a0[order], a1[order], counts[order]
    reach = np.maximum.accumulate(a1)  # pieces are not nested in general; keep the furthest end
    brk = np.ones(len(a), dtype=bool)
    brk[1:] = (
        (a[1:] != a[:-1]) | (b[1:] != b[:-1]) | (a0[1:] - reach[:-1] > GAP) | (np.abs(d[1:] - d[:-1]) > DRIFT)
    )
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], len(a)) - 1
    c_a0 = a0[starts]
    c_a1 = np.maximum.reduceat(a1, starts)
    c_b0 = np.minimum.reduceat(a0 + d, starts)
    c_b1 = np.maximum.reduceat(a1 + d, starts)
    c_n = np.add.reduceat(counts, starts)
    c_a, c_b = a[starts], b[starts]
    keep = ~_hopeless(c_a, c_b, c_a0, c_a1, k)
    return list(
        zip(
            c_a[keep].tolist(),
            c_a0[keep].tolist(),
            c_a1[keep].tolist(),
            c_b[keep].tolist(),
            c_b0[keep].tolist(),
            c_b1[keep].tolist(),
            c_n[keep].tolist(),
            strict=True,
        )
    )


def _sort_seeds(da: np.ndarray, db: np.ndarray, diag: np.ndarray, pa: np.ndarray) -> np.ndarray:
    """The order of seeds by (a, b, diagonal, position in a): two stable sorts on one
    packed key when the numbers fit in 63 bits, else numpy's four-key lexsort."""
    docs = int(max(da.max(), db.max())) + 1
    low, high = int(diag.min()), int(diag.max())
    doc_bits, diag_bits = docs.bit_length(), (high - low).bit_length()
    if 2 * doc_bits + diag_bits > 63:
        return np.lexsort((pa, diag, db, da))
    key = (((da << doc_bits) | db) << diag_bits) | (diag - low)
    by_position = np.argsort(pa, kind="stable")
    return by_position[np.argsort(key[by_position], kind="stable")]


def _hopeless(a: np.ndarray, b: np.ndarray, a0: np.ndarray, a1: np.ndarray, k: int) -> np.ndarray:
    """Chains too short to be a passage and with no other chain of their pair within
    MERGE_GAP to join: a stock phrase both reports use, nothing more."""
    short = a1 - a0 < 3 * k
    same_prev = np.zeros(len(a), dtype=bool)
    same_prev[1:] = (a[1:] == a[:-1]) & (b[1:] == b[:-1]) & (a0[1:] - a1[:-1] <= MERGE_GAP)
    same_next = np.zeros(len(a), dtype=bool)
    same_next[:-1] = same_prev[1:]
    return short & ~same_prev & ~same_next


def verify(
    a: int, a0: int, a1: int, text_a: str, b: int, b0: int, b1: int, text_b: str, min_chars: int
) -> Match | None:
    """The chain as a match, its ends grown over edits, when both spans are at least
    `min_chars` long and alike enough; None otherwise."""
    a0, b0 = _grow(text_a, a0, text_b, b0, -1)
    a1, b1 = _grow(text_a, a1, text_b, b1, +1)
    if a1 - a0 < min_chars or b1 - b0 < min_chars:
        return None
    similarity = Indel.normalized_similarity(text_a[a0:a1], text_b[b0:b1])
    if similarity < MIN_SIMILARITY:
        return None
    return Match(a, a0, a1, b, b0, b1, similarity)


def merge(matches: list[Match], text: Callable[[int], str], min_chars: int) -> list[Match]:
    """Join the matches of one pair of documents that follow each other within
    MERGE_GAP on nearby diagonals when the text between them is alike too (a stock
    phrase whose k-grams all point to an earlier report leaves such a hole), then keep
    those of at least `min_chars` characters. A match in between on another diagonal
    (the same stock phrase elsewhere) does not stop the join."""
    out: list[Match] = []
    group: tuple[int, int] | None = None
    start = 0  # where the current pair's matches begin in `out`
    for m in sorted(matches, key=lambda m: (m.a, m.b, m.a_start)):
        if (m.a, m.b) != group:
            group, start = (m.a, m.b), len(out)
        for i in range(len(out) - 1, max(start, len(out) - _LOOK_BACK) - 1, -1):
            joined = _join(out[i], m, text)
            if joined is not None:
                out[i] = joined
                break
        else:
            out.append(m)
    return [m for m in out if m.a_end - m.a_start >= min_chars and m.b_end - m.b_start >= min_chars]


def _join(prev: Match, m: Match, text: Callable[[int], str]) -> Match | None:
    if not (
        -MIN_PIECE <= m.a_start - prev.a_end <= MERGE_GAP
        and m.b_start >= prev.b_start
        and abs((m.b_start - m.a_start) - (prev.b_start - prev.a_start)) <= MERGE_GAP // 4
    ):
        return None
    ta, tb = text(m.a), text(m.b)
    a_end, b_end = max(prev.a_end, m.a_end), max(prev.b_end, m.b_end)
    gap_a, gap_b = ta[prev.a_end : m.a_start], tb[prev.b_end : m.b_start]
    if Indel.distance(gap_a, gap_b) > max(6, 0.3 * (len(gap_a) + len(gap_b))):
        return None  # the text between differs: two passages, not one with edits
    similarity = Indel.normalized_similarity(ta[prev.a_start : a_end], tb[prev.b_start : b_end])
    if similarity < MIN_SIMILARITY:
        return None
    return Match(m.a, prev.a_start, a_end, m.b, prev.b_start, b_end, similarity)


def _grow(text_a: str, i: int, text_b: str, j: int, step: int) -> tuple[int, int]:
    """Move an end outwards while the texts agree, over single mismatched characters
    (two mismatches in a row end it), by at most _EXTEND characters."""
    if step > 0:
        a, b = text_a[i : i + _EXTEND], text_b[j : j + _EXTEND]
    else:
        a, b = text_a[max(0, i - _EXTEND) : i][::-1], text_b[max(0, j - _EXTEND) : j][::-1]
    limit = min(len(a), len(b))
    grown = at = _agreeing(a, b, 0, limit)
    while at < limit - 1 and a[at + 1] == b[at + 1]:  # one mismatch at `at`, then agreement
        at = _agreeing(a, b, at + 1, limit)
        grown = at
    return i + step * grown, j + step * grown


def _agreeing(a: str, b: str, start: int, limit: int) -> int:
    """The first position from `start` where `a` and `b` differ (`limit` if none)."""
    lo, hi = start, limit  # a[start:lo] == b[start:lo]; the answer is in [lo, hi]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[start:mid] == b[start:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo
