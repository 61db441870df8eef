"""The outline of a document: 第X编/章/节/条 with their 款, and the 层次序数 of GB/T
9704-2012 §7.3.3 (一、 （一） 1. （1）, and ① below them), as a tree of sections.

A paragraph is a heading only where its number continues the sequence: the first of
its kind under its parent is number 1, each next one the previous plus 1 (编, 章 and
条 count through the whole document, 节 within its 章). A stray '3.' or '（二）' that
breaks the sequence is body text, so a list in running text is not taken for an
outline. 款 (clauses) are the paragraphs of an 条: the 条's own paragraph is 第一款,
each later paragraph that is not an item (（一）…) starts the next; an 条 of one
paragraph has no 款 level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.analysis.docstructure.numerals import CN_NUMERAL, cn_number

PART, CHAPTER, SECTION, ARTICLE, CLAUSE = "part", "chapter", "section", "article", "clause"
L1, L2, L3, L4, L5 = "level1", "level2", "level3", "level4", "level5"
ATTACHMENT = "attachment"
RANK = {
    ATTACHMENT: 0,
    PART: 1,
    CHAPTER: 2,
    SECTION: 3,
    ARTICLE: 4,
    CLAUSE: 5,
    L1: 6,
    L2: 7,
    L3: 8,
    L4: 9,
    L5: 10,
}
#: Kinds numbered through the whole document (or attachment), not within their parent.
_DOCUMENT_WIDE = frozenset({PART, CHAPTER, ARTICLE})

_CN = f"[{CN_NUMERAL}]{{1,4}}"
_SPACE = "\\s\u3000"
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (PART, re.compile(rf"第(?P<n>{_CN}|\d{{1,3}})(?:编|部分)(?=[{_SPACE}]|$)")),
    (CHAPTER, re.compile(rf"第(?P<n>{_CN}|\d{{1,3}})章(?=[{_SPACE}]|$|[^，。、的])")),
    (SECTION, re.compile(rf"第(?P<n>{_CN}|\d{{1,3}})节(?=[{_SPACE}]|$)")),
    (ARTICLE, re.compile(rf"第(?P<n>{_CN}|\d{{1,4}})条(?=[{_SPACE}【]|[^，。、的件例])")),
    (L1, re.compile(rf"(?P<n>[{CN_NUMERAL}]{{1,3}})(?:、|[.．](?=\S))")),
    (L2, re.compile(rf"[（(](?P<n>[{CN_NUMERAL}]{{1,3}})[）)]")),
    (L3, re.compile(r"(?P<n>[0-9０-９]{1,2})(?:[.．](?![0-9０-９])|、)")),
    (L4, re.compile(r"[（(](?P<n>[0-9０-９]{1,2})[）)]")),
    (L5, re.compile(r"(?P<n>[\u2460-\u2473])")),
)
_TITLE_STOP = re.compile(r"[。！？；]")
_SHORT_HEADING = 40


@dataclass(slots=True)
class Section:
    """One node of the outline: `label` as written ('二、', '（三）', '第三条'; '第二款'
    for a clause), its `number`, a short `title`, and its span text[start:end] (from
    its heading to the end of its last paragraph)."""

    kind: str
    label: str
    number: int
    title: str
    start: int
    end: int
    children: list[Section] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "label": self.label,
            "number": self.number,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "children": [c.as_json() for c in self.children],
        }

    def walk(self) -> Iterable[tuple[tuple[Section, ...], Section]]:
        """(ancestors, section) for this section and every one below it, in order."""
        yield (), self
        for child in self.children:
            for ancestors, node in child.walk():
                yield (self, *ancestors), node


def detect_heading(paragraph: str) -> tuple[str, str, int, str] | None:
    """(kind, label, number, title) when `paragraph` starts like a heading."""
    stripped = paragraph.lstrip(" \t\u3000")
    for kind, pattern in _HEADINGS:
        match = pattern.match(stripped)
        if not match:
            continue
        number = cn_number(match.group("n"))
        if number is None or number == 0:
            return None
        label = stripped[: match.end()].strip()
        rest = stripped[match.end() :].strip(" \t\u3000")
        if kind in (PART, CHAPTER, SECTION) and (len(rest) > _SHORT_HEADING or _TITLE_STOP.search(rest)):
            return None  # '第一节课上…' is a sentence, not a heading
        return kind, label, number, _title(kind, rest)
    return None


def _title(kind: str, rest: str) -> str:
    if kind == ARTICLE:
        bracket = re.match(r"【([^】]{1,20})】", rest)
        return bracket.group(1) if bracket else ""
    stop = _TITLE_STOP.search(rest)
    title = re.sub(r"[\s\u3000]+", "", rest[: stop.start()] if stop else rest)
    title = title.rstrip("：:，, ")
    return title if len(title) <= _SHORT_HEADING else title[:_SHORT_HEADING] + "…"


class _Builder:
    """Builds one zone's tree (the body, or one attachment) from its paragraphs."""

    def __init__(self, root: Section) -> None:
        self.root = root
        self.stack: list[Section] = [root]
        self.last_wide: dict[str, int] = {}
        self.end = root.start

    def _parent_for(self, kind: str) -> int:
        depth = len(self.stack)
        while depth > 1 and RANK[self.stack[depth - 1].kind] >= RANK[kind]:
            depth -= 1
        return depth

    def _close(self, depth: int) -> None:
        for section in self.stack[depth:]:
            section.end = self.end
        del self.stack[depth:]

    def heading(self, kind: str, label: str, number: int, title: str, start: int) -> bool:
        depth = self._parent_for(kind)
        parent = self.stack[depth - 1]
        if kind in _DOCUMENT_WIDE:
            previous = self.last_wide.get(kind, 0)
        else:
            siblings = [c for c in parent.children if c.kind == kind]
            previous = siblings[-1].number if siblings else 0
        if number != previous + 1:
            return False
        if kind in _DOCUMENT_WIDE:
            self.last_wide[kind] = number
            if kind != ARTICLE:  # a new 章 restarts nothing but the 节 below it
                self.last_wide.pop(SECTION, None)
        self._close(depth)
        section = Section(kind, label, number, title, start, start)
        parent.children.append(section)
        self.stack.append(section)
        if kind == ARTICLE:
            clause = Section(CLAUSE, "第一款", 1, "", start, start)
            section.children.append(clause)
            self.stack.append(clause)
        return True

    def body(self, start: int) -> None:
        """A paragraph that is not a heading: inside an 条 it starts the next 款."""
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].kind == ARTICLE:
                article = self.stack[depth]
                self._close(depth + 1)
                number = len(article.children) + 1
                clause = Section(CLAUSE, f"第{_cn(number)}款", number, "", start, start)
                article.children.append(clause)
                self.stack.append(clause)
                return

    def finish(self) -> Section:
        self._close(1)
        self.root.end = self.end
        _drop_single_clauses(self.root)
        return self.root


def build_zone(root: Section, paragraphs: Sequence[tuple[int, int]], text: str) -> Section:
    """Fill `root` with the outline of `paragraphs` ((start, end) spans of `text`)."""
    builder = _Builder(root)
    for start, end in paragraphs:
        found = detect_heading(text[start:end])
        if not (found and builder.heading(*found, start)):
            builder.body(start)
        builder.end = end
    return builder.finish()


def _drop_single_clauses(section: Section) -> None:
    if section.kind == ARTICLE and len(section.children) == 1 and section.children[0].kind == CLAUSE:
        section.children = section.children[0].children
    for child in section.children:
        _drop_single_clauses(child)


def _cn(number: int) -> str:
    digits = "零一二三四五六七八九"
    if number < 10:
        return digits[number]
    tens, ones = divmod(number, 10)
    return ("十" if tens == 1 else digits[tens] + "十") + (digits[ones] if ones else "")


def sections_at(roots: Sequence[Section], position: int) -> list[Section]:
    """The sections holding `position`, outermost first ([] outside every section)."""
    path: list[Section] = []
    level: Sequence[Section] = roots
    while True:
        inside = [s for s in level if s.start <= position < s.end or s.start == position]
        if not inside:
            return path
        path.append(inside[-1])
        level = inside[-1].children


def cite(path: Sequence[Section]) -> str:
    """How a reader cites the place: '二、（三）2.', '第三条第二款第（一）项', '附件1 一、'."""
    prefix = ""
    if path and path[0].kind == ATTACHMENT:
        prefix, path = path[0].label, path[1:]
    articles = [i for i, s in enumerate(path) if s.kind == ARTICLE]
    if articles:
        parts = []
        for depth, section in enumerate(path[articles[0] :]):
            if section.kind in (ARTICLE, CLAUSE):
                parts.append(section.label)
            elif depth == 1 or (depth == 2 and path[articles[0] + 1].kind == CLAUSE):
                parts.append(f"第{section.label}项")  # 项 directly under 条 or 款
            else:
                parts.append(f"第{section.number}目")
        body = "".join(parts)
    else:
        body = "".join(s.label for s in path)
    return f"{prefix} {body}".strip() if prefix else body
