"""Adjudication decisions: how a disagreement of two coders was settled into the
consensus coder (keep the first coder's passages, the second's, both, or neither),
kept in the sidecar beside the annotations (version 4).

Keeping A's, B's or both leaves the consensus passages; keeping neither leaves none,
so without a record of its own that decision would be lost on reloading or merging.
Every adjudication records one decision: the report and the stretch of text it
settled, the two coders, the consensus coder, the choice, who decided and when. A
decision on the same stretch (for the same coders and consensus) replaces the one
before it. Decisions merge as memos and annotations do: by id, the newest
`modified` wins, a deletion leaves a tombstone.

Pure data and rules; no Qt, no files.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reader.core.annotations.versions import merge_by_id, when

FIRST, SECOND, BOTH, NEITHER = "first", "second", "both", "neither"
CHOICES = (FIRST, SECOND, BOTH, NEITHER)
CONTEXT = 32  # characters of context kept on each side of the quote


@dataclass(frozen=True, slots=True)
class Decision:
    """One adjudication (replaced on every change, never altered in place)."""

    id: str
    path: str  # the report, relative to the library
    fingerprint: str  # of the cleaned text the offsets count in
    start: int
    end: int
    exact: str  # the text settled, with some context either side
    prefix: str
    suffix: str
    coders: tuple[str, str]  # the two coders compared (A, B)
    consensus: str  # the coder the decision was kept under
    choice: str  # FIRST, SECOND, BOTH or NEITHER
    author: str  # who adjudicated
    created: str
    modified: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def make_decision(
    path: str,
    fingerprint: str,
    text: str,
    start: int,
    end: int,
    coders: tuple[str, str],
    consensus: str,
    choice: str,
    author: str,
    stamp: str,
    decision_id: str | None = None,
    created: str | None = None,
) -> Decision:
    """A decision on text[start:end] (a new id unless `decision_id`)."""
    if choice not in CHOICES:
        raise ValueError(f"unknown choice {choice!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"empty or out-of-range stretch {start}-{end}")
    return Decision(
        id=decision_id or str(uuid.uuid4()),
        path=path,
        fingerprint=fingerprint,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        coders=coders,
        consensus=consensus,
        choice=choice,
        author=author,
        created=created or stamp,
        modified=stamp,
    )


def same_question(decision: Decision, path: str, coders: Sequence[str], consensus: str) -> bool:
    """Whether `decision` settled a disagreement of these coders in this report for
    this consensus coder (the coders in either order)."""
    return (
        decision.path == path
        and decision.consensus == consensus
        and sorted(decision.coders) == sorted(coders)
    )


def newer(a: Decision, b: Decision) -> bool:
    """Whether `a` wins over `b` in a merge (the later `modified`; on a tie, a fixed
    order of their content so both sides of a merge choose the same)."""
    ka, kb = when(a.modified), when(b.modified)
    return ka > kb or (
        ka == kb and (a.choice, a.author, a.start, a.end) > (b.choice, b.author, b.start, b.end)
    )


def merge_decisions(
    ours: Mapping[str, Decision],
    theirs: Mapping[str, Decision],
    ours_dead: Mapping[str, str],
    theirs_dead: Mapping[str, str],
) -> tuple[dict[str, Decision], dict[str, str]]:
    """Both sides' decisions and tombstones (id -> when deleted): the newest version
    of each; a deletion wins over versions modified before it."""
    return merge_by_id(ours, theirs, ours_dead, theirs_dead, newer)


def ordered(decisions: Iterable[Decision]) -> list[Decision]:
    """Decisions in the order the file keeps them: by report, place, then id."""
    return sorted(decisions, key=lambda d: (d.path, d.start, d.end, d.id))


def decision_json(d: Decision) -> dict[str, Any]:
    """The decision as the sidecar stores it (keys in a fixed order)."""
    return {
        "id": d.id,
        "report": {"path": d.path, "fingerprint": d.fingerprint},
        "target": {
            "start": d.start,
            "end": d.end,
            "quote": {"exact": d.exact, "prefix": d.prefix, "suffix": d.suffix},
        },
        "coders": list(d.coders),
        "consensus": d.consensus,
        "choice": d.choice,
        "author": d.author,
        "created": d.created,
        "modified": d.modified,
    }


def decision_from_json(item: Mapping[str, Any]) -> Decision:
    """A decision from schema-valid sidecar data."""
    target = item["target"]
    quote = target["quote"]
    first, second = item["coders"]
    return Decision(
        id=item["id"],
        path=item["report"]["path"],
        fingerprint=item["report"]["fingerprint"],
        start=target["start"],
        end=target["end"],
        exact=quote["exact"],
        prefix=quote["prefix"],
        suffix=quote["suffix"],
        coders=(first, second),
        consensus=item["consensus"],
        choice=item["choice"],
        author=item["author"],
        created=item["created"],
        modified=item["modified"],
    )
