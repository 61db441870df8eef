"""Where the next disagreement of two coders is when the report shown has none left:
the nearest report after (or before) it, in library order, in which the two coders'
passages disagree somewhere; past the last report it goes on from the first (and
before the first, from the last), as a search does.

Only reports in which either coder has a tagged passage can hold a disagreement, so
only those are looked at, nearest first; each is placed in its cleaned text from the
library index when the index has it, else read and cleaned. Slow for a library whose
reports all agree: run it off the UI thread (it can be cancelled)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.analysis.agreement.compare import disagreements, passages_of
from reader.core.annotations.anchoring import Anchor
from reader.core.annotations.model import Annotation
from reader.core.reading.loader import ReportError

if TYPE_CHECKING:
    from reader.core.library import Library

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Found:
    """A report with disagreements: its path, title and how many; `wrapped` when it
    was found by going on from the other end of the library."""

    relpath: str
    title: str
    count: int
    wrapped: bool = False


def nearest_disagreement(
    session: Library,
    current: str,
    first: str,
    second: str,
    forward: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
) -> Found | None:
    """The nearest report after `current` (before it, unless `forward`) in library
    order in which `first` and `second` disagree, going on from the other end of the
    library past the last (first) report; None when no other report has one."""
    order = [e.relpath for e in session.entries]
    if current not in order:
        return None
    by_path: dict[str, list[Annotation]] = {}
    for a in session.annotations():
        by_path.setdefault(a.path, []).append(a)
    coded = {
        path for path, some in by_path.items() if any(a.tags and a.author in (first, second) for a in some)
    }
    here = order.index(current)
    if forward:
        candidates = [(p, False) for p in order[here + 1 :]] + [(p, True) for p in order[:here]]
    else:
        candidates = [(p, False) for p in order[:here][::-1]] + [(p, True) for p in order[here + 1 :][::-1]]
    for relpath, wrapped in candidates:
        if cancelled():
            return None
        if relpath not in coded:
            continue
        placed = _placed(session, relpath, by_path[relpath])
        if placed is None:
            continue
        title, pairs = placed
        count = len(disagreements(passages_of(pairs, first), passages_of(pairs, second)))
        if count:
            return Found(relpath, title, count, wrapped)
    return None


def _placed(
    session: Library, relpath: str, annotations: list[Annotation]
) -> tuple[str, list[tuple[Annotation, Anchor]]] | None:
    """The report's title and its annotations placed in its text (None: unreadable)."""
    indexed = session.indexed_report(relpath) if session.indexed else None
    if indexed is not None and indexed.text is not None:
        return indexed.title, session.place(annotations, indexed.fingerprint, indexed.text)
    entry = next((e for e in session.entries if e.relpath == relpath), None)
    if entry is None:
        return None
    try:
        report = session.load(entry)
    except ReportError as exc:
        logger.info("looking for disagreements: %s is unreadable: %s", relpath, exc.reason())
        return None
    return report.info.title, session.place(annotations, report.info.fingerprint, report.document.text)
