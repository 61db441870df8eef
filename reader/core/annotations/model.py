"""Annotations, tags and the sidecar document that holds them: the data and its rules.

An annotation targets a passage of a report's cleaned text by code-point offsets, and
carries the quoted text with 32 characters of context on each side, so that it can be
found again when the text changes (`reader.core.annotations.anchoring`). Merging is
`merge`, the file format `fileformat`, reading and writing the file `store`.
"""

from __future__ import annotations

import copy
import getpass
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from reader.core.annotations.auto_origin import AutoOrigin
from reader.core.annotations.decisions import Decision
from reader.core.annotations.memos import Memo
from reader.core.annotations.report_variables import Casebook
from reader.core.problems import ExplainedError
from reader.core.text.wordlists import WordList

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
    decisions: dict[str, Decision] = field(default_factory=dict)  # id -> adjudication decision
    deleted_decisions: dict[str, str] = field(default_factory=dict)  # id -> when (tombstones)

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
            decisions=dict(self.decisions),
            deleted_decisions=dict(self.deleted_decisions),
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
