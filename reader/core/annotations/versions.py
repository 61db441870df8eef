"""Merging records kept by id with tombstones (memos, adjudication decisions): the
newest version of each record wins, and a deletion wins over versions modified
before it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Protocol, TypeVar


class Versioned(Protocol):
    @property
    def modified(self) -> str: ...


T = TypeVar("T", bound=Versioned)


def when(stamp: str) -> datetime:
    """An ISO time stamp as written in the sidecar (`Z` or an offset)."""
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def merge_by_id(
    ours: Mapping[str, T],
    theirs: Mapping[str, T],
    ours_dead: Mapping[str, str],
    theirs_dead: Mapping[str, str],
    newer: Callable[[T, T], bool],
) -> tuple[dict[str, T], dict[str, str]]:
    """Both sides' records and tombstones (id -> when deleted): for each id the
    version `newer` prefers; a record modified no later than its tombstone is gone."""
    records = dict(ours)
    for record_id, record in theirs.items():
        mine = records.get(record_id)
        if mine is None or newer(record, mine):
            records[record_id] = record
    dead = dict(ours_dead)
    for record_id, stamp in theirs_dead.items():
        if record_id not in dead or when(stamp) > when(dead[record_id]):
            dead[record_id] = stamp
    for record_id, stamp in dead.items():
        record = records.get(record_id)
        if record is not None and when(record.modified) <= when(stamp):
            del records[record_id]
    return records, dead
