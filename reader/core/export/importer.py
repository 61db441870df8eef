"""Importing annotations from a JSON file: this app's sidecar from another copy or
coder, or its W3C export. Annotations merge by id (the newer `modified` wins; one
deleted here after the other copy last changed it stays deleted); tags merge, ours
keeping their colours. The result is one Change, so the window can undo it."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from reader.core.anchoring import ORPHANED, reanchor
from reader.core.annotations import (
    FORMAT,
    Annotation,
    SidecarError,
    Tag,
    loads,
    normalise_tags,
    timestamp_key,
)
from reader.core.export.w3c import W3CFormatError, parse_w3c, source_parts
from reader.core.problems import ExplainedError, ReportError
from reader.core.safe_read import FileRefused, read_regular
from reader.core.wordlists import PALETTE

if TYPE_CHECKING:
    from reader.core.session import Change, LibrarySession

#: The fingerprint of an imported annotation whose report is not in this library.
UNKNOWN_TEXT = "0" * 16
MAX_IMPORT_BYTES = 200 * 1024 * 1024


class ImportFailed(ExplainedError, ValueError):
    """The file cannot be imported; `reason` says why in plain words."""

    def __init__(self, code: str, detail: str = "", cause: SidecarError | None = None) -> None:
        super().__init__(code, detail)
        self.cause = cause

    def reason(self, lang: str | None = None) -> str:
        if self.cause is not None:  # a damaged sidecar: its own reason
            return self.cause.reason(lang)
        return super().reason(lang)

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "too-large": {"en": "The file is too large to be annotations", "zh": "文件太大，不可能是标注"},
        "unreadable": {"en": "The file cannot be read", "zh": "无法读取文件"},
        "not-json": {"en": "This is not a JSON file", "zh": "这不是 JSON 文件"},
        "not-annotations": {
            "en": "This is neither a Report Reader annotations file nor W3C annotations",
            "zh": "这既不是报告阅读器的标注文件，也不是 W3C 标注",
        },
    }


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # reports not found in this library
    change: Change | None = None


def read_import(path: Path) -> tuple[list[Annotation], list[Tag], dict[str, str]]:
    """(annotations, tags, texts by fingerprint) from either kind of file; W3C ones
    have no report path or fingerprint yet (see `place`)."""
    try:  # a regular file only, never blocking: not a FIFO, not /dev/zero
        raw = read_regular(path, MAX_IMPORT_BYTES)
    except FileRefused as exc:
        raise ImportFailed("too-large" if exc.code == "too-large" else "unreadable", str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ImportFailed("not-json", exc.__class__.__name__) from None
    if isinstance(data, dict) and data.get("format") == FORMAT:
        try:
            sidecar = loads(raw)
        except SidecarError as exc:
            raise ImportFailed(exc.code, exc.detail, cause=exc) from None
        return list(sidecar.annotations.values()), sidecar.tags, sidecar.texts
    try:
        parsed = parse_w3c(data)
    except W3CFormatError as exc:
        raise ImportFailed("not-annotations", str(exc)) from None
    annotations = []
    for source, annotation in parsed:
        annotation.path = "/".join(source_parts(source))
        annotations.append(annotation)
    return annotations, [], {}


def place(session: LibrarySession, annotations: list[Annotation], unplaced: list[str]) -> None:
    """Give W3C annotations (no fingerprint yet) a report of this library: the entry
    whose path is the longest tail of the target's path, then the quote fixes the
    position in its current text."""
    tails = {}
    for entry in session.entries:
        parts = tuple(Path(entry.relpath).parts)
        tails[parts] = entry
    loaded = {}
    for annotation in annotations:
        if annotation.fingerprint:
            continue
        parts = tuple(annotation.path.split("/"))
        entry = None
        for size in range(len(parts), 0, -1):
            matches = [e for p, e in tails.items() if p[-size:] == parts[-size:] and len(p) >= size]
            if len(matches) == 1:
                entry = matches[0]
                break
        if entry is None:
            annotation.path = parts[-1] if parts else "?"
            annotation.fingerprint = UNKNOWN_TEXT
            unplaced.append(annotation.id)
            continue
        annotation.path = entry.relpath
        try:
            report = loaded.get(entry.relpath) or loaded.setdefault(entry.relpath, session.load(entry))
        except ReportError:
            annotation.fingerprint = UNKNOWN_TEXT
            continue
        annotation.fingerprint = report.info.fingerprint
        anchor = reanchor(annotation, report.document.text)
        if anchor.status != ORPHANED:
            annotation.start, annotation.end = anchor.start, anchor.end


def _when(value: str) -> datetime:
    """A timestamp to compare; a missing or unreadable one is older than any other."""
    try:
        when = timestamp_key(value)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def plan_import(session: LibrarySession, path: Path) -> ImportResult:
    """What importing `path` would change (nothing is changed yet): apply
    `result.change` with `session.apply`, then save."""
    from reader.core.session import Change

    annotations, tags, texts = read_import(path)
    result = ImportResult()
    place(session, annotations, result.unplaced)
    ours = session.sidecar
    before: dict[str, Annotation | None] = {}
    after: dict[str, Annotation | None] = {}
    for incoming in annotations:
        incoming.tags = normalise_tags(incoming.tags)
        current = ours.annotations.get(incoming.id)
        tombstone = ours.deleted.get(incoming.id)
        if tombstone is not None and _when(tombstone) >= _when(incoming.modified):
            result.skipped.append(incoming.id)
        elif current is None:
            before[incoming.id], after[incoming.id] = None, incoming
            result.added.append(incoming.id)
        elif _when(incoming.modified) > _when(current.modified):
            before[incoming.id], after[incoming.id] = copy.deepcopy(current), incoming
            result.updated.append(incoming.id)
        else:
            result.skipped.append(incoming.id)
    for fingerprint, text in texts.items():  # the other copy's texts, to re-anchor with
        if any(a.fingerprint == fingerprint for a in after.values() if a is not None):
            ours.texts.setdefault(fingerprint, text)
    tags_before = copy.deepcopy(ours.tags)
    tags_after = copy.deepcopy(ours.tags)
    known = {t.name for t in tags_after}
    for tag in tags:
        if tag.name not in known:
            tags_after.append(copy.deepcopy(tag))
            known.add(tag.name)
    for annotation in after.values():
        for name in annotation.tags if annotation is not None else []:
            if name not in known:
                tags_after.append(Tag(name, PALETTE[len(tags_after) % len(PALETTE)]))
                known.add(name)
    result.change = Change(before, after, tags_before, tags_after, keep_times=True)
    return result
