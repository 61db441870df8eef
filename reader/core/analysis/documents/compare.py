"""Two reports side by side, as rows: each shared passage beside its copy (with the
edits inside it), and the text only one report has between them."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.analysis.reuse.align import Alignment, Edit, align

SHARED, ONLY = "shared", "only"
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class CompareRow:
    """One row: a[left] beside b[right] (either may be None: nothing on that side).
    `edits` mark what differs inside a shared row (offsets into the whole texts)."""

    kind: str
    left: Span | None
    right: Span | None
    edits: tuple[Edit, ...] = ()


def side_by_side(text_a: str, text_b: str, alignment: Alignment | None = None) -> list[CompareRow]:
    """Rows in the order of report a. The text between two passages stands beside the
    text between their copies. The passages whose copies keep a's order (the longest
    such run) frame the rows; a passage whose copy stands elsewhere in b (moved) is
    shown beside its copy, and that copy is left out of b's text around it, so every
    character of both texts is in exactly one row."""
    alignment = alignment or align(text_a, text_b)
    passages = alignment.passages
    in_order = _longest_run([p.b_start for p in passages])
    moved = sorted((p.b_start, p.b_end) for i, p in enumerate(passages) if i not in in_order)
    rows: list[CompareRow] = []
    a_at = b_at = 0
    for i, p in enumerate(passages):
        b_gaps: list[Span] = []
        if i in in_order:
            b_gaps = _minus((b_at, p.b_start), moved)
            b_at = p.b_end
        rows += _only(_span(a_at, p.a_start), b_gaps)
        rows.append(CompareRow(SHARED, (p.a_start, p.a_end), (p.b_start, p.b_end), p.edits))
        a_at = p.a_end
    rows += _only(_span(a_at, len(text_a)), _minus((b_at, len(text_b)), moved))
    return rows


def _only(a_gap: Span | None, b_gaps: list[Span]) -> list[CompareRow]:
    if not a_gap and not b_gaps:
        return []
    first = CompareRow(ONLY, a_gap, b_gaps[0] if b_gaps else None)
    return [first, *(CompareRow(ONLY, None, gap) for gap in b_gaps[1:])]


def _longest_run(values: list[int]) -> set[int]:
    """Indexes of a longest strictly increasing subsequence of `values`."""
    best: list[list[int]] = []
    for i, value in enumerate(values):
        chains = [c for c in best if values[c[-1]] < value]
        best.append([*max(chains, key=len), i] if chains else [i])
    return set(max(best, key=len)) if best else set()


def _span(start: int, end: int) -> Span | None:
    return (start, end) if end > start else None


def _minus(span: Span, holes: list[Span]) -> list[Span]:
    """The parts of `span` outside every hole (holes sorted)."""
    parts, at = [], span[0]
    for start, end in holes:
        if end <= at or start >= span[1]:
            continue
        if start > at:
            parts.append((at, start))
        at = max(at, end)
    if at < span[1]:
        parts.append((at, span[1]))
    return parts
