"""Small sets of placed passages for the comparison tests, worked out by hand."""

from __future__ import annotations

from reader.core.analysis import Passage
from reader.core.analysis.autocode import SENTENCE, ProposalSet, propose

# Report r1 is three paragraphs of 10 characters (offsets 0-10, 11-21, 22-32), r2 one.
R1 = "\n".join(["一二三四五六七八九十"] * 3)
R2 = "甲乙丙丁戊己庚辛壬癸"


def passage(
    pid: str, report: str, start: int, end: int, tags: tuple[str, ...], author: str = "甲", origin=None
) -> Passage:
    text = R1 if report == "r1" else R2
    first = text.count("\n", 0, start) + 1
    last = first + text.count("\n", start, end - 1)
    return Passage(pid, report, start, end, first, last, tags, author, text[start:end], origin)


def sample() -> list[Passage]:
    """p1 (A) overlaps p2 (B) in r1's first paragraph; p3 carries A and C and shares
    the second paragraph with p4 (B) without touching it; p5 (C) is alone in the
    third; in r2, p6 (A/x, a child of A) overlaps p7 (C)."""
    return [
        passage("p1", "r1", 0, 5, ("A",)),
        passage("p2", "r1", 3, 8, ("B",), author="乙"),
        passage("p3", "r1", 12, 15, ("A", "C")),
        passage("p4", "r1", 17, 20, ("B",)),
        passage("p5", "r1", 23, 26, ("C",)),
        passage("p6", "r2", 0, 4, ("A/x",)),
        passage("p7", "r2", 2, 6, ("C",)),
    ]


def library_proposals(session, rules, unit=SENTENCE) -> ProposalSet:
    """Proposals of `rules` over every report of a session's library."""
    reports = [session.load(e) for e in session.entries]
    sources = [(r.relpath, r.info.fingerprint, r.document.text) for r in reports]
    return propose(sources, rules, unit=unit)
