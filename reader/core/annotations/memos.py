"""Memos: thinking on paper, kept in the sidecar beside the annotations.

A memo is about a report (`kind="report"`, `about` its path in the library), about
a tag (`kind="tag"`, `about` the tag's name) or free-standing, an entry of the
research journal (`kind="journal"`, `about` ''). It has a title, a text of any
length (plain text with line breaks), its author, when it was created and last
modified, and may link to passages (the ids of annotations). Memos merge as
annotations do: by id, the newest `modified` wins, and a deletion leaves a
tombstone so that an older copy does not bring the memo back.

Pure data and rules; no Qt, no files.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from reader.core.annotations.versions import merge_by_id, when
from reader.core.problems import ExplainedError

REPORT, TAG, JOURNAL = "report", "tag", "journal"
KINDS = (REPORT, TAG, JOURNAL)
TITLE_MAX = 200
TEXT_MAX = 1_000_000
_CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f]")
#: In a memo's text: control characters other than line breaks and tabs.
_TEXT_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class MemoError(ExplainedError, ValueError):
    """A memo that cannot be kept as it is; `reason` says why."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "kind": {"en": "A memo is about a report, a tag or nothing (a journal entry)",
                 "zh": "备忘录只能关于报告、标签，或不关于任何对象（日志条目）"},
        "about": {"en": "A memo about a report or a tag must say which",
                  "zh": "关于报告或标签的备忘录必须指明对象"},
        "title": {"en": "A memo's title is one line of at most 200 characters",
                  "zh": "备忘录标题须为一行，最多 200 个字符"},
        "text": {"en": "A memo's text cannot contain control characters other than line breaks "
                 "and tabs, nor be longer than 1,000,000 characters",
                 "zh": "备忘录正文不能包含换行和制表符以外的控制字符，也不能超过 1,000,000 个字符"},
        "missing": {"en": "There is no such memo (it may have been deleted)",
                    "zh": "没有这条备忘录（可能已被删除）"},
    }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Memo:
    """One memo (replaced on every change, never altered in place)."""

    id: str
    kind: str  # REPORT, TAG or JOURNAL
    about: str  # the report's path, the tag's name, or '' for a journal entry
    title: str
    text: str
    author: str
    created: str
    modified: str
    links: tuple[str, ...] = ()  # annotation ids

    def label(self) -> str:
        """The title, or the first line of the text when there is no title."""
        if self.title:
            return self.title
        return self.text.strip().split("\n", 1)[0][:80]


def check_memo(memo: Memo) -> Memo:
    """`memo` when it may be kept; MemoError says what is wrong."""
    if memo.kind not in KINDS:
        raise MemoError("kind", repr(memo.kind)[:40])
    if (memo.kind == JOURNAL) != (memo.about == ""):
        raise MemoError("about")
    if _CONTROL.search(memo.about) or _SURROGATE.search(memo.about):
        raise MemoError("about", repr(memo.about)[:60])
    if len(memo.title) > TITLE_MAX or _CONTROL.search(memo.title) or _SURROGATE.search(memo.title):
        raise MemoError("title", repr(memo.title)[:60])
    if len(memo.text) > TEXT_MAX or _TEXT_CONTROL.search(memo.text) or _SURROGATE.search(memo.text):
        raise MemoError("text")
    return memo


def make_memo(kind: str, about: str, title: str, text: str, author: str, stamp: str) -> Memo:
    """A new memo, stamped `stamp` (created and modified); MemoError when unfit."""
    memo = Memo(
        id=str(uuid.uuid4()),
        kind=kind,
        about=about if kind != JOURNAL else "",
        title=title.strip(),
        text=text,
        author=author,
        created=stamp,
        modified=stamp,
    )
    return check_memo(memo)


def edited(
    memo: Memo,
    stamp: str,
    title: str | None = None,
    text: str | None = None,
    links: Iterable[str] | None = None,
) -> Memo:
    """`memo` with a new title, text or links, modified at `stamp`."""
    changed = replace(
        memo,
        title=memo.title if title is None else title.strip(),
        text=memo.text if text is None else text,
        links=memo.links if links is None else tuple(dict.fromkeys(links)),
        modified=stamp,
    )
    return check_memo(changed)


def newer(a: Memo, b: Memo) -> bool:
    """Whether `a` wins over `b` in a merge (the later `modified`; on a tie, a fixed
    order of their content so both sides of a merge choose the same)."""
    ka, kb = when(a.modified), when(b.modified)
    return ka > kb or (ka == kb and (a.author, a.title, a.text) > (b.author, b.title, b.text))


def merge_memos(
    ours: Mapping[str, Memo],
    theirs: Mapping[str, Memo],
    ours_dead: Mapping[str, str],
    theirs_dead: Mapping[str, str],
) -> tuple[dict[str, Memo], dict[str, str]]:
    """Both sides' memos and tombstones (id -> when deleted): the newest version of
    each memo; a deletion wins over versions modified before it."""
    return merge_by_id(ours, theirs, ours_dead, theirs_dead, newer)


def ordered(memos: Iterable[Memo]) -> list[Memo]:
    """Memos in the order the file keeps them: by kind, then what they are about, then
    when they were created."""
    return sorted(memos, key=lambda m: (KINDS.index(m.kind), m.about, m.created, m.id))


def memo_json(memo: Memo) -> dict[str, Any]:
    """The memo as the sidecar stores it (keys in a fixed order)."""
    return {
        "id": memo.id,
        "kind": memo.kind,
        "about": memo.about,
        "title": memo.title,
        "text": memo.text,
        "links": list(memo.links),
        "author": memo.author,
        "created": memo.created,
        "modified": memo.modified,
    }


def memo_from_json(item: Mapping[str, Any]) -> Memo:
    """A memo from schema-valid sidecar data."""
    return Memo(
        id=item["id"],
        kind=item["kind"],
        about=item["about"],
        title=item["title"],
        text=item["text"],
        author=item["author"],
        created=item["created"],
        modified=item["modified"],
        links=tuple(item.get("links", ())),
    )
