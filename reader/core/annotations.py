"""Annotations, tags and the sidecar document that holds them (`reader-annotations.json`).

Pure data, the model's rules, merging and the file format; reading and writing files
is `reader.core.sidecar`. An annotation targets a passage of a
report's cleaned text by code-point offsets, and carries the quoted text with 32
characters of context on each side, so that it can be found again when the text
changes (`reader.core.anchoring`).
"""

from __future__ import annotations

import base64
import copy
import getpass
import json
import json.encoder
import math
import re
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, ClassVar

from reader.bundled import resources_dir
from reader.core.auto_origin import AutoOrigin
from reader.core.memos import Memo, MemoError, check_memo, memo_from_json, memo_json, merge_memos
from reader.core.memos import ordered as ordered_memos
from reader.core.problems import ExplainedError
from reader.core.report_variables import (
    Casebook,
    VariableError,
    casebook_from_json,
    casebook_json,
    check_casebook_json,
    merge_casebooks,
)
from reader.core.wordlists import WordList

CONTEXT = 32
DEFAULT_TAG_COLOUR = "#d98f1d"
#: C0 and C1 control characters and DEL: never part of a tag, word or term.
CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class SidecarError(ExplainedError):
    """A sidecar that must not be written over, or a save that was refused; `reason`
    says why in plain words."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "not-json": {
            "en": "The annotations file is damaged: it is not valid JSON",
            "zh": "标注文件已损坏：不是有效的 JSON",
        },
        "damaged": {
            "en": "The annotations file is damaged",
            "zh": "标注文件已损坏",
        },
        "not-ours": {
            "en": "This is not a Report Reader annotations file",
            "zh": "这不是报告阅读器的标注文件",
        },
        "newer": {
            "en": "The annotations file was written by a newer version of Report Reader",
            "zh": "标注文件由更新版本的报告阅读器写入",
        },
        "invalid": {
            "en": "The annotations file does not have the expected structure",
            "zh": "标注文件的结构不符合要求",
        },
        "unreadable": {
            "en": "The annotations file cannot be read",
            "zh": "无法读取标注文件",
        },
        "loading": {
            "en": "The annotations are still being read",
            "zh": "仍在读取标注",
        },
        "not-regular": {
            "en": "The annotations file is not a regular file (something else, such as a named pipe, "
            "a device or a folder, stands in its place); it was not opened",
            "zh": "标注文件不是普通文件（其位置上是命名管道、设备或文件夹等），未打开",
        },
        "link": {
            "en": "A file or folder Report Reader keeps beside the annotations is a symbolic link; "
            "links are not followed, nothing was written. Remove the link",
            "zh": "报告阅读器在标注旁保存的文件或文件夹是符号链接；不跟随链接，未写入任何内容。请删除该链接",
        },
        "own-file": {
            "en": "This is the library's annotations file, its lock or a backup of it; choose another file",
            "zh": "这是库的标注文件、其锁文件或其备份；请另选文件",
        },
        "own-not-regular": {
            "en": "Something of another kind (such as a folder where a file should be) stands where "
            "Report Reader keeps one of its own files; nothing was written. Remove it",
            "zh": "报告阅读器存放自身文件的位置被其他类型的东西占用（例如应为文件处是文件夹）；"
            "未写入任何内容。请删除它",
        },
        "too-large": {
            "en": "The annotations are too large to save (over the size limit); nothing was written, "
            "nothing is lost. Undo the change that made them so large",
            "zh": "标注过大，无法保存（超过大小上限）；未写入任何内容，没有丢失。请撤销使其过大的操作",
        },
        "too-large-file": {
            "en": "The annotations file is larger than the size limit; it was not opened",
            "zh": "标注文件超过大小上限，未打开",
        },
        "gone": {
            "en": "The annotations file was deleted while the library was open; it was not created "
            "again. Restore a backup, or save the annotations elsewhere",
            "zh": "库打开期间标注文件被删除；未重新创建。请恢复备份，或将标注另存他处",
        },
        "library-gone": {
            "en": "The library folder no longer exists; it was not created again, nothing was written. "
            "Save the annotations elsewhere",
            "zh": "库文件夹已不存在；未重新创建，未写入任何内容。请将标注另存他处",
        },
        "unwritable-text": {
            "en": "An annotation holds text that cannot be written as UTF-8; nothing was written",
            "zh": "某条标注包含无法以 UTF-8 写入的文字；未写入任何内容",
        },
        "control-character": {
            "en": "Tags, dictionary words and word-list terms cannot contain control characters "
            "(line breaks, tabs, NUL and the like)",
            "zh": "标签、词典词语和词表词语不能包含控制字符（换行、制表符、NUL 等）",
        },
    }


def now() -> str:
    """The current time, ISO 8601 with the local UTC offset, in milliseconds."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


def default_author() -> str:
    try:
        return text_only(getpass.getuser())
    except Exception:  # no user name in some sandboxes
        return ""


def timestamp_key(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def later(a: str, b: str) -> bool:
    """Whether timestamp `a` is after `b`; an empty one ('' = unknown) is the oldest."""
    return bool(a) and (not b or timestamp_key(a) > timestamp_key(b))


def text_only(value: str) -> str:
    """`value` with lone surrogates (undecodable bytes, not text) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def check_name(value: str) -> str:
    """`value` when it may be a dictionary word, word-list name or term; else
    SidecarError (the window says why the word or list could not be saved)."""
    if CONTROL.search(value) or _SURROGATE.search(value):
        raise SidecarError("control-character", repr(value)[:60])
    return value


class TagError(ExplainedError, ValueError):
    """A tag name that cannot be used; `reason` says why."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "empty": {"en": "A tag needs a name", "zh": "标签需要名称"},
        "exists": {"en": "There is already a tag with this name", "zh": "已有同名标签"},
        "control": {
            "en": "A tag cannot contain control characters (line breaks, tabs, NUL and the like)",
            "zh": "标签不能包含控制字符（换行、制表符、NUL 等）",
        },
    }


@dataclass
class Quote:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass
class Annotation:
    id: str
    path: str  # the report, relative to the library
    fingerprint: str  # of the cleaned text the offsets refer to
    start: int
    end: int
    quote: Quote
    tags: list[str] = field(default_factory=list)
    note: str = ""
    colour: str | None = None
    author: str = ""
    created: str = ""
    modified: str = ""
    auto: AutoOrigin | None = None  # how auto-coding found it; None when coded by hand


def make_annotation(
    path: str, fingerprint: str, text: str, start: int, end: int, tags: list[str], note: str, author: str
) -> Annotation:
    """A new annotation on text[start:end], with its quote and context."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"empty or out-of-range passage {start}-{end}")
    stamp = now()
    return Annotation(
        id=str(uuid.uuid4()),
        path=path,
        fingerprint=fingerprint,
        start=start,
        end=end,
        quote=quote_for(text, start, end),
        tags=normalise_tags(tags),
        note=text_only(note),
        author=text_only(author),
        created=stamp,
        modified=stamp,
    )


def quote_for(text: str, start: int, end: int) -> Quote:
    return Quote(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT])


def normalise_tag(name: str) -> str:
    """'整改 / 专项整治 ' -> '整改/专项整治': hierarchy levels joined by '/', trimmed.
    TagError for a name with control characters."""
    if CONTROL.search(name) or _SURROGATE.search(name):
        raise TagError("control", repr(name)[:60])
    return "/".join(part.strip() for part in name.split("/") if part.strip())


def normalise_tags(names: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        tag = normalise_tag(name)
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


@dataclass
class Tag:
    name: str
    colour: str = DEFAULT_TAG_COLOUR
    description: str = ""


@dataclass
class Sidecar:
    """Everything the sidecar holds.

    Tags, word lists and dictionary words carry when they last changed (`*_times`, by
    name; none for those read from a version 1 file) and leave a tombstone when deleted
    (`deleted_*`, name -> when), as annotations do, so a merge with an older copy
    neither brings a deleted one back nor undoes an edit.
    """

    tags: list[Tag] = field(default_factory=list)
    wordlists: list[WordList] = field(default_factory=list)
    dictionary: list[str] = field(default_factory=list)
    annotations: dict[str, Annotation] = field(default_factory=dict)
    deleted: dict[str, str] = field(default_factory=dict)  # id -> when (tombstones)
    texts: dict[str, str] = field(default_factory=dict)  # fingerprint -> cleaned text
    tag_times: dict[str, str] = field(default_factory=dict)
    wordlist_times: dict[str, str] = field(default_factory=dict)
    word_times: dict[str, str] = field(default_factory=dict)
    deleted_tags: dict[str, str] = field(default_factory=dict)
    deleted_wordlists: dict[str, str] = field(default_factory=dict)
    deleted_words: dict[str, str] = field(default_factory=dict)
    memos: dict[str, Memo] = field(default_factory=dict)  # id -> memo (replaced on change)
    deleted_memos: dict[str, str] = field(default_factory=dict)  # id -> when (tombstones)
    casebook: Casebook = field(default_factory=Casebook)  # report variables and values

    def copy(self) -> Sidecar:
        return copy.deepcopy(self)

    def snapshot(self) -> Sidecar:
        """A copy to write in the background while the user goes on working.
        Annotations are replaced on every change, never altered in place, so they are
        shared; the containers and the codebook are copied."""
        return Sidecar(
            tags=copy.deepcopy(self.tags),
            wordlists=copy.deepcopy(self.wordlists),
            dictionary=list(self.dictionary),
            annotations=dict(self.annotations),
            deleted=dict(self.deleted),
            texts=dict(self.texts),
            tag_times=dict(self.tag_times),
            wordlist_times=dict(self.wordlist_times),
            word_times=dict(self.word_times),
            deleted_tags=dict(self.deleted_tags),
            deleted_wordlists=dict(self.deleted_wordlists),
            deleted_words=dict(self.deleted_words),
            memos=dict(self.memos),
            deleted_memos=dict(self.deleted_memos),
            casebook=self.casebook.copy(),
        )

    def tag(self, name: str) -> Tag | None:
        return next((t for t in self.tags if t.name == name), None)

    def ensure_tags(self, names: list[str], palette: tuple[str, ...]) -> None:
        """Add codebook entries for tags not yet in it, with colours from the palette."""
        stamp = ""
        for name in names:
            if self.tag(name) is None:
                stamp = stamp or now()
                self.tags.append(Tag(name, palette[len(self.tags) % len(palette)]))
                self.tag_times[name] = stamp
                self.deleted_tags.pop(name, None)

    def set_tags(self, tags: list[Tag], stamp: str) -> None:
        """Replace the codebook: changed and new tags are stamped, removed ones leave a
        tombstone."""
        self._set_named(
            "tags",
            copy.deepcopy(tags),
            lambda t: (t.colour, t.description),
            self.tag_times,
            self.deleted_tags,
            stamp,
        )

    def set_wordlists(self, wordlists: list[WordList], stamp: str) -> None:
        """Replace the word lists, stamping changes and leaving tombstones as `set_tags`."""
        self._set_named(
            "wordlists",
            copy.deepcopy(wordlists),
            lambda w: (w.colour, w.enabled, list(w.terms)),
            self.wordlist_times,
            self.deleted_wordlists,
            stamp,
        )

    def _set_named(self, attr: str, new: list, state, times: dict, dead: dict, stamp: str) -> None:  # noqa: ANN001
        old = {item.name: state(item) for item in getattr(self, attr)}
        names = {item.name for item in new}
        for item in new:
            if old.get(item.name) != state(item) or item.name not in old:
                times[item.name] = stamp
                dead.pop(item.name, None)
        for name in old:
            if name not in names:
                times.pop(name, None)
                dead[name] = stamp
        setattr(self, attr, new)

    def add_word(self, word: str, stamp: str) -> bool:
        """Add a dictionary word (False if it is there already)."""
        if word in self.dictionary:
            return False
        self.dictionary.append(word)
        self.word_times[word] = stamp
        self.deleted_words.pop(word, None)
        return True

    def remove_word(self, word: str, stamp: str) -> bool:
        """Remove a dictionary word, leaving a tombstone (False if it was not there)."""
        if word not in self.dictionary:
            return False
        self.dictionary.remove(word)
        self.word_times.pop(word, None)
        self.deleted_words[word] = stamp
        return True

    def for_report(self, path: str) -> list[Annotation]:
        return sorted(
            (a for a in self.annotations.values() if a.path == path), key=lambda a: (a.start, a.end, a.id)
        )


# -- merging -----------------------------------------------------------------------------------------
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


# -- the file ----------------------------------------------------------------------------------------
FORMAT = "report-reader-annotations"
#: Version 2 added the times and tombstones of tags, word lists and dictionary words;
#: version 3 memos, report variables and the origin of auto-coded annotations.
#: Files of earlier versions are read as they are.
VERSION = 3
#: What only a version 3 file may hold.
_SINCE_3 = ("memos", "deletedMemos", "variables", "deletedVariables", "values")
_encode = json.encoder.encode_basestring  # a JSON string, non-ASCII kept (the C encoder)
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
#: Undecodable bytes of a file name, as os.fsdecode gives them (surrogateescape).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _ordered(sidecar: Sidecar) -> list[Annotation]:
    return sorted(sidecar.annotations.values(), key=lambda a: (a.path, a.start, a.end, a.id))


def _timed(entry: dict[str, Any], when: str | None) -> dict[str, Any]:
    if when:
        entry["modified"] = when
    return entry


def to_json(sidecar: Sidecar) -> dict[str, Any]:
    """The sidecar as JSON data, in a stable order (so the file diffs cleanly)."""
    return _document(sidecar, [_annotation_json(a) for a in _ordered(sidecar)], _texts(sidecar))


def _document(sidecar: Sidecar, annotations: Any, texts: Any) -> dict[str, Any]:
    def tombstones(key: str, dead: dict[str, str]) -> list[dict[str, str]]:
        return [{key: name, "modified": when} for name, when in sorted(dead.items())]

    words = sorted(set(sidecar.dictionary))
    return {
        "format": FORMAT,
        "version": VERSION,
        "tags": [
            _timed(
                {"name": t.name, "colour": t.colour, "description": t.description},
                sidecar.tag_times.get(t.name),
            )
            for t in sidecar.tags
        ],
        "wordlists": [
            _timed(
                {"name": w.name, "colour": w.colour, "enabled": w.enabled, "terms": list(w.terms)},
                sidecar.wordlist_times.get(w.name),
            )
            for w in sidecar.wordlists
        ],
        "dictionary": words,
        "dictionaryTimes": {w: sidecar.word_times[w] for w in words if w in sidecar.word_times},
        "annotations": annotations,
        "deleted": [{"id": i, "modified": m} for i, m in sorted(sidecar.deleted.items())],
        "deletedTags": tombstones("name", sidecar.deleted_tags),
        "deletedWordlists": tombstones("name", sidecar.deleted_wordlists),
        "deletedWords": tombstones("word", sidecar.deleted_words),
        "memos": [memo_json(m) for m in ordered_memos(sidecar.memos.values())],
        "deletedMemos": [{"id": i, "modified": m} for i, m in sorted(sidecar.deleted_memos.items())],
        **casebook_json(sidecar.casebook),
        "texts": texts,
    }


def _texts(sidecar: Sidecar) -> dict[str, str]:
    used = {a.fingerprint for a in sidecar.annotations.values()}
    return {fp: _pack(fp, text) for fp, text in sorted(sidecar.texts.items()) if fp in used}


def _annotation_json(a: Annotation) -> dict[str, Any]:
    item = {
        "id": a.id,
        "report": {"path": a.path, "fingerprint": a.fingerprint},
        "target": {
            "start": a.start,
            "end": a.end,
            "quote": {"exact": a.quote.exact, "prefix": a.quote.prefix, "suffix": a.quote.suffix},
        },
        "tags": list(a.tags),
        "note": a.note,
        "colour": a.colour,
        "author": a.author,
        "created": a.created,
        "modified": a.modified,
    }
    if a.auto is not None:
        item["auto"] = a.auto.to_json()
    return item


def dumps(sidecar: Sidecar) -> bytes:
    """The file's bytes: UTF-8, Chinese unescaped, indented, keys in a fixed order.

    The same bytes as json.dumps(to_json(sidecar), ensure_ascii=False, indent=2), but
    rendered here (the standard library renders indented JSON in pure Python, about
    20 times slower) and each annotation's text cached by its content, so a save
    re-renders only what changed. A report path with undecodable bytes is written with
    `\\udcXX` escapes, which `loads` accepts there only. SidecarError when some other
    text cannot be written as UTF-8 (nothing is written then).
    """
    annotations = _RAW_ANNOTATIONS
    document = _document(sidecar, annotations, _RAW_TEXTS)
    parts = []
    for key, value in document.items():
        if value is _RAW_ANNOTATIONS:
            ordered = _ordered(sidecar)
            rendered = "[\n" + ",\n".join(map(_fragment, ordered)) + "\n  ]" if ordered else "[]"
        elif value is _RAW_TEXTS:
            texts = _texts(sidecar)
            items = [f"    {_encode(fp)}: {_encode(packed)}" for fp, packed in texts.items()]
            rendered = "{\n" + ",\n".join(items) + "\n  }" if items else "{}"
        else:
            rendered = _render(value, "  ")
        parts.append(f"  {_encode(key)}: {rendered}")
    text = "{\n" + ",\n".join(parts) + "\n}\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SidecarError("unwritable-text", f"at character {exc.start}") from None


class _Raw:
    """Stands for a part of the document that `dumps` renders itself (compared by identity)."""


_RAW_ANNOTATIONS, _RAW_TEXTS = _Raw(), _Raw()


def _render(value: Any, pad: str) -> str:
    """`value` as json.dumps(indent=2, ensure_ascii=False) renders it at indentation `pad`."""
    if isinstance(value, str):
        return _encode(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = pad + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{inner}{_encode(k)}: {_render(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _render(v, inner) for v in value) + "\n" + pad + "]"
    raise TypeError(f"cannot render {type(value).__name__}")


def _path_json(path: str) -> str:
    rendered = _encode(path)
    if _SURROGATE.search(rendered):
        rendered = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", rendered)
    return rendered


_FRAGMENTS: dict[tuple[Any, ...], str] = {}
_FRAGMENTS_MAX = 100_000


def _fragment(a: Annotation) -> str:
    """One annotation rendered as it stands inside the `annotations` array."""
    key = (
        a.id, a.path, a.fingerprint, a.start, a.end, a.quote.exact, a.quote.prefix, a.quote.suffix,
        tuple(a.tags), a.note, a.colour, a.author, a.created, a.modified, a.auto,
    )  # fmt: skip
    cached = _FRAGMENTS.get(key)
    if cached is None:
        if len(_FRAGMENTS) >= _FRAGMENTS_MAX:
            _FRAGMENTS.clear()
        cached = _FRAGMENTS[key] = _render_annotation(a)
    return cached


def _render_annotation(a: Annotation) -> str:
    e = _encode
    tags = "[\n" + ",\n".join("        " + e(t) for t in a.tags) + "\n      ]" if a.tags else "[]"
    colour = "null" if a.colour is None else e(a.colour)
    return (
        "    {\n"
        f'      "id": {e(a.id)},\n'
        '      "report": {\n'
        f'        "path": {_path_json(a.path)},\n'
        f'        "fingerprint": {e(a.fingerprint)}\n'
        "      },\n"
        '      "target": {\n'
        f'        "start": {int.__repr__(a.start)},\n'
        f'        "end": {int.__repr__(a.end)},\n'
        '        "quote": {\n'
        f'          "exact": {e(a.quote.exact)},\n'
        f'          "prefix": {e(a.quote.prefix)},\n'
        f'          "suffix": {e(a.quote.suffix)}\n'
        "        }\n"
        "      },\n"
        f'      "tags": {tags},\n'
        f'      "note": {e(a.note)},\n'
        f'      "colour": {colour},\n'
        f'      "author": {e(a.author)},\n'
        f'      "created": {e(a.created)},\n'
        f'      "modified": {e(a.modified)}'
        + ("" if a.auto is None else f',\n      "auto": {_render(a.auto.to_json(), "      ")}')
        + "\n    }"
    )


_PACKED: dict[str, tuple[str, str]] = {}  # fingerprint -> (text, packed): compressing is slow
_PACKED_MAX = 10_000


def _pack(fingerprint: str, text: str) -> str:
    cached = _PACKED.get(fingerprint)
    if cached is not None and cached[0] == text:
        return cached[1]
    packed = base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")
    if len(_PACKED) >= _PACKED_MAX:
        _PACKED.clear()
    _PACKED[fingerprint] = (text, packed)
    return packed


def _unpack(data: str) -> str:
    return zlib.decompress(base64.b64decode(data, validate=True)).decode("utf-8")


@cache
def schema() -> dict[str, Any]:
    path = resources_dir() / "schemas" / "annotations.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def loads(raw: bytes, schema_checked: bool = False) -> Sidecar:
    """Parse and check a sidecar file; SidecarError with a reason when it is unusable.

    `schema_checked`: these exact bytes already passed the JSON Schema (the slow
    part); the other checks still run.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SidecarError("not-json", f"invalid UTF-8 at byte {exc.start}") from None
    try:
        data = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants, parse_float=_finite
        )
    except RecursionError:
        raise SidecarError("not-json", "nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, huge integers, duplicate keys, NaN, 1e400
        raise SidecarError("not-json", str(exc).split(":")[0]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SidecarError("not-ours")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise SidecarError("newer", f"format version {version}; this version reads up to {VERSION}")
    if _ESCAPED_SURROGATE.search(text):
        _check_strings(data)
    if not schema_checked:
        _validate_schema(data)
    _check_semantics(data)
    return _from_json(data)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise ValueError(f"the number {literal[:20]} is out of range")
    return value


def _check_strings(data: Any) -> None:
    """Refuse lone surrogates (valid JSON escapes, but not text), except undecodable
    bytes of a file name in an annotation's report path."""
    paths: set[int] = set()
    annotations = data.get("annotations")
    for item in annotations if isinstance(annotations, list) else ():
        report = item.get("report") if isinstance(item, dict) else None
        path = report.get("path") if isinstance(report, dict) else None
        if isinstance(path, str) and not _SURROGATE.search(_ESCAPED_BYTE.sub("", path)):
            paths.add(id(path))
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if id(item) not in paths and _SURROGATE.search(item):
                raise SidecarError("damaged", "a text contains a lone surrogate")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _validate_schema(data: Any, part: str = "") -> None:
    """Check `data` against the schema, or against one part of it: `part` is a JSON
    pointer such as '/$defs/annotation' (then `data` is one such item)."""
    error = next(iter(sorted(_validator(part).iter_errors(data), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise SidecarError("invalid", f"{where}: {error.message[:160]}")


@cache
def _validator(part: str) -> Any:
    from jsonschema import Draft202012Validator

    whole = schema()
    if not part:
        return Draft202012Validator(whole)
    sub: Any = whole
    for key in part.strip("/").split("/"):
        sub = sub[key]
    return Draft202012Validator({**sub, "$defs": whole["$defs"]})


def check_annotation(annotation: Annotation, text: str | None = None) -> None:
    """The sidecar's rules for one annotation, the same `loads` applies to each (the
    schema and the checks beyond it); SidecarError says what is wrong. `text`: the
    text its offsets count in, when known."""
    item = _annotation_json(annotation)
    _check_strings(item)
    _validate_schema(item, "/$defs/annotation")
    _check_item(item, text)


def check_tag(tag: Tag) -> None:
    """The sidecar's rules for one codebook entry; SidecarError says what is wrong."""
    item = {"name": tag.name, "colour": tag.colour, "description": tag.description}
    _check_strings(item)
    _validate_schema(item, "/properties/tags/items")


def _check_semantics(data: dict[str, Any]) -> None:
    """What the schema cannot say (texts decompress, ids are unique, offsets fit), and
    what a file whose schema check was remembered by an older version may still hold
    (control characters in names)."""
    texts: dict[str, str] = {}
    for fingerprint, packed in data["texts"].items():
        try:
            texts[fingerprint] = _unpack(packed)
        except (ValueError, zlib.error, UnicodeDecodeError):
            raise SidecarError("invalid", f"the stored text {fingerprint} is damaged") from None
    names = [t["name"] for t in data["tags"]] + [d["name"] for d in data.get("deletedTags", ())]
    for w in data["wordlists"]:
        names += [w["name"], *w["terms"]]
    names += data["dictionary"]
    ids: set[str] = set()
    for item in data["annotations"]:
        if item["id"] in ids:
            raise SidecarError("invalid", f"annotation {item['id']} appears twice")
        ids.add(item["id"])
        names += item["tags"]
        _check_item(item, texts.get(item["report"]["fingerprint"]))
    for name in names:
        if CONTROL.search(name):
            raise SidecarError("invalid", f"the name {name!r} contains a control character")
    _check_since_3(data)


def _check_since_3(data: dict[str, Any]) -> None:
    """Memos, variables and values: only in a version 3 file, memo ids unique, the
    memo and variable rules, real dates."""
    version = data["version"]
    if version < VERSION and (
        any(key in data for key in _SINCE_3) or any("auto" in item for item in data["annotations"])
    ):
        raise SidecarError("invalid", f"memos, variables or auto-coding in a version {version} file")
    stamps = [
        d["modified"] for key in ("deletedMemos", "deletedVariables", "values") for d in data.get(key, ())
    ]
    stamps += [v["modified"] for v in data.get("variables", ()) if "modified" in v]
    ids: set[str] = set()
    for item in data.get("memos", ()):
        if item["id"] in ids:
            raise SidecarError("invalid", f"memo {item['id']} appears twice")
        ids.add(item["id"])
        try:
            check_memo(memo_from_json(item))
        except MemoError as exc:
            raise SidecarError("invalid", f"memo {item['id']}: {exc.reason('en')}") from None
        stamps += [item["created"], item["modified"]]
    try:
        check_casebook_json(data)
    except VariableError as exc:
        raise SidecarError("invalid", f"report variables: {exc.reason('en')}") from None
    for stamp in stamps:
        try:
            timestamp_key(stamp)
        except ValueError:
            raise SidecarError("invalid", f"an impossible date {stamp}") from None


def _check_item(item: dict[str, Any], text: str | None) -> None:
    """One schema-valid annotation: start before end, inside its text, real dates."""
    target = item["target"]
    if target["start"] >= target["end"]:
        raise SidecarError("invalid", f"annotation {item['id']} has start {target['start']} ≥ end")
    if text is not None and target["end"] > len(text):
        raise SidecarError("invalid", f"annotation {item['id']} ends past the end of its text")
    for stamp in (item["created"], item["modified"]):
        try:
            timestamp_key(stamp)
        except ValueError:
            raise SidecarError("invalid", f"annotation {item['id']} has an impossible date {stamp}") from None


def _from_json(data: dict[str, Any]) -> Sidecar:
    annotations = {}
    for item in data["annotations"]:
        target = item["target"]
        quote = target["quote"]
        annotations[item["id"]] = Annotation(
            id=item["id"],
            path=item["report"]["path"],
            fingerprint=item["report"]["fingerprint"],
            start=target["start"],
            end=target["end"],
            quote=Quote(quote["exact"], quote["prefix"], quote["suffix"]),
            tags=list(item["tags"]),
            note=item["note"],
            colour=item["colour"],
            author=item["author"],
            created=item["created"],
            modified=item["modified"],
            auto=AutoOrigin.from_json(item["auto"]) if "auto" in item else None,
        )

    def times(items: list[dict[str, Any]]) -> dict[str, str]:
        return {i["name"]: i["modified"] for i in items if "modified" in i}

    def dead(key: str, field_name: str = "name") -> dict[str, str]:
        return {d[field_name]: d["modified"] for d in data.get(key, ())}

    return Sidecar(
        tags=[Tag(t["name"], t["colour"], t["description"]) for t in data["tags"]],
        wordlists=[
            WordList(w["name"], w["colour"], list(w["terms"]), w["enabled"]) for w in data["wordlists"]
        ],
        dictionary=list(data["dictionary"]),
        annotations=annotations,
        deleted={d["id"]: d["modified"] for d in data["deleted"]},
        texts={fp: _unpack(packed) for fp, packed in data["texts"].items()},
        tag_times=times(data["tags"]),
        wordlist_times=times(data["wordlists"]),
        word_times=dict(data.get("dictionaryTimes", {})),
        deleted_tags=dead("deletedTags"),
        deleted_wordlists=dead("deletedWordlists"),
        deleted_words=dead("deletedWords", "word"),
        memos={item["id"]: memo_from_json(item) for item in data.get("memos", ())},
        deleted_memos={d["id"]: d["modified"] for d in data.get("deletedMemos", ())},
        casebook=casebook_from_json(data),
    )
