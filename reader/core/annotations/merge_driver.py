"""A git merge driver for the sidecar: two coders' `reader-annotations.json` merged by
annotation id, so `git merge` never leaves conflict markers in the JSON.

git calls `reader merge-driver %O %A %B` with the common ancestor, our version and
theirs; the merged sidecar replaces %A. Annotations, memos, report variables and
their values merge as the app merges them (`annotations.merge`: by id, the newest
`modified` wins, tombstones respected). The ancestor says what one side removed
without a tombstone (an annotation, memo, tag, word list, list term or dictionary
word the other side left as it was): it stays removed.
"""

from __future__ import annotations

import copy
from pathlib import Path

from reader.core.annotations.fileformat import dumps, loads
from reader.core.annotations.merge import merge
from reader.core.annotations.model import Sidecar, SidecarError, timestamp_key
from reader.core.storage import atomic_write_bytes
from reader.core.text.wordlists import PALETTE, WordList


def read_side(path: Path) -> Sidecar:
    """A version of the sidecar as git hands it over; an empty file (no common
    ancestor, or a file added on both sides) is an empty sidecar. SidecarError when
    the file cannot be used (then nothing is written)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SidecarError("unreadable", exc.strerror or str(exc)) from None
    if not raw.strip():
        return Sidecar()
    return loads(raw)


def three_way(base: Sidecar, ours: Sidecar, theirs: Sidecar) -> Sidecar:
    """Both sides' work (see the module doc). Pure: no argument is changed."""
    merged = merge(ours, theirs)
    _drop_removed_annotations(merged, base, ours, theirs)
    _drop_removed_memos(merged, base, ours, theirs)
    _merge_tags(merged, base, ours, theirs)
    merged.wordlists = _merge_wordlists(base.wordlists, ours.wordlists, theirs.wordlists)
    merged.dictionary = _merge_terms(base.dictionary, ours.dictionary, theirs.dictionary)
    used = [t for a in merged.annotations.values() for t in a.tags]
    merged.ensure_tags(used, PALETTE)  # a tag one side dropped that the other still uses
    return merged


class UnreadableSide(Exception):
    """One of the versions cannot be used: `path` and the SidecarError saying why."""

    def __init__(self, path: Path, error: SidecarError) -> None:
        super().__init__(str(path), error.code)
        self.path, self.error = path, error


def merge_files(ancestor: Path, ours: Path, theirs: Path) -> Sidecar:
    """Merge the three versions and write the result over `ours`, atomically.
    UnreadableSide (and `ours` untouched) when a version cannot be read; OSError
    when the result cannot be written."""
    sides = []
    for path in (ancestor, ours, theirs):
        try:
            sides.append(read_side(Path(path)))
        except SidecarError as exc:
            raise UnreadableSide(Path(path), exc) from None
    merged = three_way(*sides)
    atomic_write_bytes(Path(ours), dumps(merged))
    return merged


def _drop_removed_annotations(merged: Sidecar, base: Sidecar, ours: Sidecar, theirs: Sidecar) -> None:
    """An annotation of the ancestor that one side removed without a tombstone and the
    other left unchanged is removed; its tombstone keeps older copies from bringing
    it back. An edit made on the other side wins (nothing typed is lost)."""
    for ann_id, old in base.annotations.items():
        for gone, kept in ((ours, theirs), (theirs, ours)):
            if ann_id in gone.annotations or ann_id in gone.deleted:
                continue
            other = kept.annotations.get(ann_id)
            if other is None or timestamp_key(other.modified) <= timestamp_key(old.modified):
                merged.annotations.pop(ann_id, None)
                when = merged.deleted.get(ann_id)
                if when is None or timestamp_key(when) < timestamp_key(old.modified):
                    merged.deleted[ann_id] = old.modified


def _drop_removed_memos(merged: Sidecar, base: Sidecar, ours: Sidecar, theirs: Sidecar) -> None:
    """Memos as annotations: one that a side removed without a tombstone while the
    other left it unchanged is removed."""
    for memo_id, old in base.memos.items():
        for gone, kept in ((ours, theirs), (theirs, ours)):
            if memo_id in gone.memos or memo_id in gone.deleted_memos:
                continue
            other = kept.memos.get(memo_id)
            if other is None or timestamp_key(other.modified) <= timestamp_key(old.modified):
                merged.memos.pop(memo_id, None)
                when = merged.deleted_memos.get(memo_id)
                if when is None or timestamp_key(when) < timestamp_key(old.modified):
                    merged.deleted_memos[memo_id] = old.modified


def _merge_tags(merged: Sidecar, base: Sidecar, ours: Sidecar, theirs: Sidecar) -> None:
    """Tags by name: one that a side removed and the other left as it was goes; a
    colour or description changed on one side only is taken from that side."""
    before = {t.name: t for t in base.tags}
    mine = {t.name: t for t in ours.tags}
    other = {t.name: t for t in theirs.tags}
    kept = []
    for tag in merged.tags:
        old = before.get(tag.name)
        if old is not None and (
            (tag.name not in mine and other.get(tag.name) == old)
            or (tag.name not in other and mine.get(tag.name) == old)
        ):
            continue
        if old is not None and mine.get(tag.name) == old and tag.name in other:
            tag = copy.deepcopy(other[tag.name])
        kept.append(tag)
    merged.tags = kept


def _merge_wordlists(base: list[WordList], ours: list[WordList], theirs: list[WordList]) -> list[WordList]:
    before = {w.name: w for w in base}
    other = {w.name: w for w in theirs}
    result: list[WordList] = []
    for mine in ours:
        old, their = before.get(mine.name), other.get(mine.name)
        if their is None:
            if old is None or old != mine:  # added or changed by us: kept
                result.append(copy.deepcopy(mine))
            continue
        if old is None:
            old = WordList(mine.name, mine.colour, [], mine.enabled)
        pick = their if mine.colour == old.colour and mine.enabled == old.enabled else mine
        terms = _merge_terms(old.terms, mine.terms, their.terms)
        result.append(WordList(mine.name, pick.colour, terms, pick.enabled))
    names = {w.name for w in ours}
    for their in theirs:
        if their.name in names:
            continue
        old = before.get(their.name)
        if old is None or old != their:  # added or changed by them: kept
            result.append(copy.deepcopy(their))
    return result


def _merge_terms(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """Ours then theirs' additions, without what either side removed from the ancestor."""
    old, mine, other = set(base), set(ours), set(theirs)
    removed = (old - mine) | (old - other)
    result = [t for t in ours if t not in removed]
    result += [t for t in theirs if t not in mine and t not in removed]
    return list(dict.fromkeys(result))
