"""Two reports side by side: their shared passages matched one to one, in order,
with what differs inside each passage marked (replaced, inserted, deleted)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel, Levenshtein

from reader.core.analysis.reuse.chains import MIN_PIECE, MIN_SIMILARITY, Match, chain_seeds, merge, verify
from reader.core.analysis.reuse.library import MIN_CHARS
from reader.core.analysis.reuse.shingles import SHINGLE, ReuseSignature, folded, signature

_MAX_REPEATS = 16  # a k-gram repeated more often than this in one text seeds nothing


@dataclass(frozen=True, slots=True)
class Edit:
    """One difference inside a passage: 'replace', 'insert' (only in b) or 'delete'
    (only in a), as a[a_start:a_end] against b[b_start:b_end]."""

    tag: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True, slots=True)
class AlignedPassage:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True)
class Alignment:
    """The passages two texts share, in the order of text a."""

    passages: tuple[AlignedPassage, ...]
    a_length: int
    b_length: int

    @property
    def shared_a(self) -> int:
        return sum(p.a_end - p.a_start for p in self.passages)

    @property
    def shared_b(self) -> int:
        return sum(p.b_end - p.b_start for p in self.passages)


def seed_pairs(sig_a: ReuseSignature, sig_b: ReuseSignature) -> tuple[np.ndarray, np.ndarray]:
    """Positions (in a, in b) of every k-gram the two texts share."""
    ha, hb = sig_a.hashes, sig_b.hashes
    if not len(ha) or not len(hb):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    order_b = np.argsort(hb, kind="stable")
    sorted_b = hb[order_b]
    lo = np.searchsorted(sorted_b, ha, side="left")
    hi = np.searchsorted(sorted_b, ha, side="right")
    counts = hi - lo
    keep = (counts > 0) & (counts <= _MAX_REPEATS)
    pa = np.repeat(np.flatnonzero(keep), counts[keep])
    starts = np.repeat(lo[keep], counts[keep])
    within = np.arange(len(pa)) - np.repeat(np.cumsum(counts[keep]) - counts[keep], counts[keep])
    pb = order_b[starts + within]
    return pa.astype(np.int64), pb.astype(np.int64)


def _apart(m: Match, c: Match) -> bool:
    return (m.a_end <= c.a_start or m.a_start >= c.a_end) and (m.b_end <= c.b_start or m.b_start >= c.b_end)


def _clear_of(m: Match, chosen: list[Match], fa: str, fb: str, min_chars: int) -> Match | None:
    """`m` with the ends that overlap a longer passage already chosen cut off (both
    sides alike: two passages may both have grown over the same few characters, such
    as a name starting the paragraph after each); None when too little is left or it
    overlaps more than at its ends."""
    a0, a1, b0, b1 = m.a_start, m.a_end, m.b_start, m.b_end
    for c in chosen:
        cut = max(
            c.a_end - a0 if c.a_start <= a0 < c.a_end else 0, c.b_end - b0 if c.b_start <= b0 < c.b_end else 0
        )
        a0, b0 = a0 + cut, b0 + cut
        cut = max(
            a1 - c.a_start if c.a_start < a1 <= c.a_end else 0,
            b1 - c.b_start if c.b_start < b1 <= c.b_end else 0,
        )
        a1, b1 = a1 - cut, b1 - cut
    if a1 - a0 < min_chars or b1 - b0 < min_chars:
        return None
    if (a0, a1, b0, b1) != (m.a_start, m.a_end, m.b_start, m.b_end):
        similarity = Indel.normalized_similarity(fa[a0:a1], fb[b0:b1])
        if similarity < MIN_SIMILARITY:
            return None
        m = Match(m.a, a0, a1, m.b, b0, b1, similarity)
    return m if all(_apart(m, c) for c in chosen) else None


def align(
    text_a: str,
    text_b: str,
    min_chars: int = MIN_CHARS,
    sig_a: ReuseSignature | None = None,
    sig_b: ReuseSignature | None = None,
) -> Alignment:
    """The passages of at least `min_chars` characters `text_a` and `text_b` share."""
    sig_a = sig_a or signature(text_a)
    sig_b = sig_b or signature(text_b)
    pa, pb = seed_pairs(sig_a, sig_b)
    zeros = np.zeros(len(pa), dtype=np.int64)
    chains = chain_seeds(zeros, pa, zeros + 1, pb, SHINGLE)
    fa, fb = folded(text_a), folded(text_b)
    matches = []
    for _a, a0, a1, _b, b0, b1, _n in chains:
        match = verify(0, a0, a1, fa, 1, b0, b1, fb, MIN_PIECE)
        if match:
            matches.append(match)
    matches = merge(matches, lambda i: fb if i else fa, min_chars)
    chosen: list[Match] = []
    for m in sorted(matches, key=lambda m: -(m.a_end - m.a_start)):
        trimmed = _clear_of(m, chosen, fa, fb, min_chars)
        if trimmed is not None:
            chosen.append(trimmed)
    passages = []
    for m in sorted(chosen, key=lambda m: m.a_start):
        edits = tuple(
            Edit(
                op.tag,
                m.a_start + op.src_start,
                m.a_start + op.src_end,
                m.b_start + op.dest_start,
                m.b_start + op.dest_end,
            )
            for op in Levenshtein.opcodes(fa[m.a_start : m.a_end], fb[m.b_start : m.b_end])
            if op.tag != "equal"
        )
        passages.append(AlignedPassage(m.a_start, m.a_end, m.b_start, m.b_end, m.similarity, edits))
    return Alignment(tuple(passages), len(text_a), len(text_b))
