"""Merging two sidecars: annotations and memos by id and newest edit, tags, word lists,
dictionary words and report variables by name (values by report and variable),
tombstones winning over older edits."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from reader.core.annotations.decisions import merge_decisions
from reader.core.annotations.memos import merge_memos
from reader.core.annotations.model import Annotation, Sidecar, later, timestamp_key
from reader.core.annotations.report_variables import merge_casebooks


def merge(ours: Sidecar, theirs: Sidecar) -> Sidecar:
    """Both sides' work: annotations by id, the newest `modified` wins; a deletion
    (tombstone) wins over an edit made before it. Tags, word lists and dictionary words
    likewise by name (the newest change wins, ours on a tie or without times; a deletion
    wins over what was changed before it). Pure: neither argument is changed
    (annotations are shared: they are replaced on change, never altered in place)."""
    annotations = dict(ours.annotations)
    for ann_id, theirs_ann in theirs.annotations.items():
        mine = annotations.get(ann_id)
        if mine is None or _newer(theirs_ann, mine):
            annotations[ann_id] = theirs_ann
    deleted = dict(ours.deleted)
    for ann_id, when in theirs.deleted.items():
        if ann_id not in deleted or timestamp_key(when) > timestamp_key(deleted[ann_id]):
            deleted[ann_id] = when
    for ann_id, when in deleted.items():
        current = annotations.get(ann_id)
        if current is not None and timestamp_key(current.modified) <= timestamp_key(when):
            del annotations[ann_id]
    tags, tag_times, deleted_tags = _merge_named(
        ours.tags, theirs.tags, ours.tag_times, theirs.tag_times, ours.deleted_tags, theirs.deleted_tags
    )
    wordlists, wordlist_times, deleted_wordlists = _merge_named(
        ours.wordlists,
        theirs.wordlists,
        ours.wordlist_times,
        theirs.wordlist_times,
        ours.deleted_wordlists,
        theirs.deleted_wordlists,
    )
    words, word_times, deleted_words = _merge_named(
        [_Word(w) for w in ours.dictionary],
        [_Word(w) for w in theirs.dictionary],
        ours.word_times,
        theirs.word_times,
        ours.deleted_words,
        theirs.deleted_words,
    )
    texts = dict(ours.texts)
    for fingerprint, text in theirs.texts.items():
        texts.setdefault(fingerprint, text)
    memos, deleted_memos = merge_memos(ours.memos, theirs.memos, ours.deleted_memos, theirs.deleted_memos)
    decisions, deleted_decisions = merge_decisions(
        ours.decisions, theirs.decisions, ours.deleted_decisions, theirs.deleted_decisions
    )
    return Sidecar(
        tags=tags,
        wordlists=wordlists,
        dictionary=[w.name for w in words],
        annotations=annotations,
        deleted=deleted,
        texts=texts,
        tag_times=tag_times,
        wordlist_times=wordlist_times,
        word_times=word_times,
        deleted_tags=deleted_tags,
        deleted_wordlists=deleted_wordlists,
        deleted_words=deleted_words,
        memos=memos,
        deleted_memos=deleted_memos,
        casebook=merge_casebooks(ours.casebook, theirs.casebook),
        decisions=decisions,
        deleted_decisions=deleted_decisions,
    )


@dataclass
class _Word:
    name: str


Times = dict[str, str]


def _merge_named(
    ours: list, theirs: list, ours_times: Times, theirs_times: Times, ours_dead: Times, theirs_dead: Times
) -> tuple[list, Times, Times]:
    """Items with a `name` from both sides (ours first), with their times and tombstones."""
    dead = dict(ours_dead)
    for name, when in theirs_dead.items():
        if later(when, dead.get(name, "")):
            dead[name] = when
    mine = {item.name: item for item in ours}
    other = {item.name: item for item in theirs}
    result, times = [], {}
    for item in [*ours, *(t for t in theirs if t.name not in mine)]:
        name = item.name
        chosen, when = mine.get(name), ours_times.get(name, "")
        if chosen is None or (name in other and later(theirs_times.get(name, ""), when)):
            chosen, when = other[name], theirs_times.get(name, "")
        if name in dead:
            if not later(when, dead[name]):
                continue  # deleted after its last change
            del dead[name]
        result.append(copy.deepcopy(chosen))
        if when:
            times[name] = when
    return result, times, dead


def _newer(a: Annotation, b: Annotation) -> bool:
    ka, kb = timestamp_key(a.modified), timestamp_key(b.modified)
    return ka > kb or (ka == kb and (a.author, a.note, a.tags) > (b.author, b.note, b.tags))
