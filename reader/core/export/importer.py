"""Importing annotations from a JSON file: this app's sidecar from another copy or
coder, or its W3C export. Annotations merge by id (the newer `modified` wins; one
deleted here after the other copy last changed it stays deleted); tags merge, ours
keeping their colours. The result is one Change, so the window can undo it."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from reader.core.annotations.anchoring import ORPHANED, reanchor
from reader.core.annotations.fileformat import FORMAT, check_annotation, check_tag, loads
from reader.core.annotations.model import (
    Annotation,
    Sidecar,
    SidecarError,
    Tag,
    normalise_tag,
    normalise_tags,
    now,
    timestamp_key,
)
from reader.core.export.w3c import W3CFormatError, W3CItem, parse_w3c, source_parts
from reader.core.problems import ExplainedError, ReportError, pick, user_language
from reader.core.reading.safe_read import FileRefused, read_regular
from reader.core.text.wordlists import PALETTE

if TYPE_CHECKING:
    from reader.core.annotations.change import Change
    from reader.core.index.scan import ReportEntry
    from reader.core.reading.loader import Report


class ImportTarget(Protocol):
    """What an import reads of the library it goes into (`Library` is one)."""

    entries: list[ReportEntry]

    def load(self, entry: ReportEntry) -> Report: ...
    def snapshot(self) -> Sidecar: ...


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
    skipped: list[str] = field(default_factory=list)  # older or equal, deleted here, or repeated
    unplaced: list[str] = field(default_factory=list)  # reports not found in this library
    repaired: dict[str, list[str]] = field(default_factory=dict)  # id -> what was brought to the rules
    refused: list[str] = field(default_factory=list)  # one reason per annotation not imported
    change: Change | None = None


#: What `plan_import` repairs in a W3C annotation, for messages.
REPAIRS: dict[str, dict[str, str]] = {
    "id": {"en": "id written in capitals or braces", "zh": "以大写或花括号书写的编号"},
    "context": {"en": "context longer than 32 characters", "zh": "超过 32 个字符的上下文"},
    "position": {"en": "impossible position", "zh": "不可能的位置"},
    "tags": {"en": "line breaks or control characters in tags", "zh": "标签中的换行或控制字符"},
    "dates": {"en": "dates missing or without a time zone", "zh": "缺少日期或日期没有时区"},
}


def repairs_text(result: ImportResult, lang: str | None = None) -> str:
    """What was repaired in an import, in the user's language ('tags, dates')."""
    kinds = {kind for done in result.repaired.values() for kind in done}
    separator = "、" if (lang or user_language()) == "zh" else ", "
    return separator.join(pick(REPAIRS, kind, lang) for kind in REPAIRS if kind in kinds)


@dataclass
class Incoming:
    """What a file holds. A W3C file's annotations have no report path or fingerprint
    yet (see `place`); they still need checking (`plan_import`)."""

    annotations: list[Annotation]
    tags: list[Tag]
    texts: dict[str, str]
    w3c: bool = False
    repairs: dict[str, list[str]] = field(default_factory=dict)  # id -> what was repaired
    refused: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)  # ids met again in the same file


def read_import(path: Path) -> Incoming:
    """The annotations, tags and texts (by fingerprint) of either kind of file."""
    try:  # a regular file only, never blocking: not a FIFO, not /dev/zero
        raw = read_regular(path, MAX_IMPORT_BYTES)
    except FileRefused as exc:
        raise ImportFailed("too-large" if exc.code == "too-large" else "unreadable", str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # ValueError: a 5,000-digit number
        raise ImportFailed("not-json", exc.__class__.__name__) from None
    if isinstance(data, dict) and data.get("format") == FORMAT:
        try:
            sidecar = loads(raw)  # every rule of the sidecar, the schema in full
        except SidecarError as exc:
            raise ImportFailed(exc.code, exc.detail, cause=exc) from None
        return Incoming(list(sidecar.annotations.values()), sidecar.tags, sidecar.texts)
    try:
        parsed = parse_w3c(data)
    except W3CFormatError as exc:
        raise ImportFailed("not-annotations", str(exc)) from None
    incoming = Incoming([], [], {}, w3c=True, refused=parsed.refused)
    newest: dict[str, W3CItem] = {}
    for item in parsed.items:  # one id several times: the newest copy, counted once
        ident = item.annotation.id
        if ident in newest:
            incoming.repeated.append(ident)
            if _when(item.annotation.modified) <= _when(newest[ident].annotation.modified):
                continue
        newest[ident] = item
    for item in newest.values():
        item.annotation.path = "/".join(source_parts(item.source))
        incoming.annotations.append(item.annotation)
        if item.repairs:
            incoming.repairs[item.annotation.id] = list(item.repairs)
    incoming.tags = _codebook(parsed.tags)
    return incoming


def _codebook(tags: list[Tag]) -> list[Tag]:
    """A W3C file's codebook brought to the sidecar's rules: names normalised, a
    colour that is not one replaced, an entry that still breaks a rule left out."""
    result: dict[str, Tag] = {}
    for tag in tags:
        name = normalise_tag(_clean_tag(tag.name))
        colour = tag.colour if _COLOUR.fullmatch(tag.colour) else PALETTE[len(result) % len(PALETTE)]
        candidate = Tag(name, colour, tag.description)
        try:
            check_tag(candidate)
        except SidecarError:
            continue
        result.setdefault(name, candidate)
    return list(result.values())


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_OFFSET_STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([+-][0-9]{2}:[0-9]{2}|Z)"
)


def _clean_tag(name: str) -> str:
    """Line breaks, tabs and other control characters in a tag become spaces."""
    return " ".join("".join(c if c.isprintable() else " " for c in name).split())


def _clean_stamp(value: str) -> str:
    """A timestamp as the sidecar keeps them (ISO 8601 with an offset): one without an
    offset is UTC, as the W3C model says its timestamps are; unreadable ones unchanged."""
    if _OFFSET_STAMP.fullmatch(value):
        return value
    try:
        when = timestamp_key(value)
    except ValueError:
        return value
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).isoformat(timespec="milliseconds")


def _repair(annotation: Annotation, stamp: str) -> list[str]:
    """Bring a W3C annotation to the sidecar's rules where that keeps its meaning:
    tags without control characters, timestamps with an offset, a missing one taken
    from the other (or `stamp`, the time of import). What was repaired."""
    done = []
    tags = normalise_tags([_clean_tag(t) for t in annotation.tags])
    if tags != annotation.tags:
        annotation.tags, done = tags, [*done, "tags"]
    created, modified = _clean_stamp(annotation.created), _clean_stamp(annotation.modified)
    created, modified = created or modified or stamp, modified or created or stamp
    if (created, modified) != (annotation.created, annotation.modified):
        annotation.created, annotation.modified, done = created, modified, [*done, "dates"]
    return done


def place(session: ImportTarget, annotations: list[Annotation], unplaced: list[str]) -> None:
    """Give W3C annotations (no fingerprint yet) a report of this library: the entry
    whose path is the longest tail of the target's path, then the quote fixes the
    position in its current text. One whose quote is not there keeps its position
    hint but not the text's fingerprint: it was made on a text we do not have, and
    is found again by its quote (or listed as not found)."""
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
        anchor = reanchor(annotation, report.document.text)
        if anchor.status == ORPHANED:
            annotation.fingerprint = UNKNOWN_TEXT
        else:
            annotation.fingerprint = report.info.fingerprint
            annotation.start, annotation.end = anchor.start, anchor.end


def _when(value: str) -> datetime:
    """A timestamp to compare; a missing or unreadable one is older than any other."""
    try:
        when = timestamp_key(value)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def plan_import(session: ImportTarget, path: Path) -> ImportResult:
    """What importing `path` would change (nothing is changed yet): apply
    `result.change` with `session.apply`, then save."""
    from reader.core.annotations.change import Change

    read = read_import(path)
    tags, texts = read.tags, read.texts
    result = ImportResult(refused=list(read.refused), skipped=list(read.repeated))
    place(session, read.annotations, result.unplaced)
    ours = session.snapshot()
    annotations = read.annotations  # a sidecar's passed every rule in `loads`
    undated = {a.id for a in read.annotations if not (a.created or a.modified)}
    if read.w3c:
        stamp = now()
        for annotation in read.annotations:
            done = read.repairs.get(annotation.id, []) + _repair(annotation, stamp)
            if done:
                read.repairs[annotation.id] = done
        annotations = _checked(read, ours.texts, result)
    before: dict[str, Annotation | None] = {}
    after: dict[str, Annotation | None] = {}
    for incoming in annotations:
        incoming.tags = normalise_tags(incoming.tags)
        current = ours.annotations.get(incoming.id)
        tombstone = ours.deleted.get(incoming.id)
        if current is not None and incoming.id in undated:
            result.skipped.append(incoming.id)  # an undated copy never replaces ours
        elif tombstone is not None and _when(tombstone) >= _when(incoming.modified):
            result.skipped.append(incoming.id)
        elif current is None:
            before[incoming.id], after[incoming.id] = None, incoming
            result.added.append(incoming.id)
        elif _when(incoming.modified) > _when(current.modified):
            before[incoming.id], after[incoming.id] = copy.deepcopy(current), incoming
            result.updated.append(incoming.id)
        else:
            result.skipped.append(incoming.id)
    new_texts = {}  # the other copy's texts, to re-anchor with
    for fingerprint, text in texts.items():
        if fingerprint not in ours.texts and any(a.fingerprint == fingerprint for a in after.values() if a):
            new_texts[fingerprint] = text
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
    result.change = Change(before, after, tags_before, tags_after, keep_times=True, texts=new_texts)
    return result


def _checked(read: Incoming, texts: dict[str, str], result: ImportResult) -> list[Annotation]:
    """The W3C annotations that meet every rule of the sidecar (the checks `loads`
    applies, `check_annotation`); the others are refused with the reason."""
    kept = []
    for annotation in read.annotations:
        try:
            check_annotation(annotation, texts.get(annotation.fingerprint))
        except SidecarError as exc:
            result.refused.append(f"{annotation.id}: {exc.detail}")
            continue
        kept.append(annotation)
        if annotation.id in read.repairs:
            result.repaired[annotation.id] = read.repairs[annotation.id]
    return kept
