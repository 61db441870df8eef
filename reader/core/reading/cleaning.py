"""Turn a report body (HTML fragments or plain text) into paragraphs and image markers.

Only text reaches the result: tags, attributes, comments, scripts and styles are
dropped, entities decoded, whitespace at paragraph ends (including U+3000 and NBSP)
stripped, and the scraper's three-line "这里有图片" banner becomes an image marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bs4.element import Tag

# BeautifulSoup is imported where it is used: about 90 ms that the window's first
# paint (a list of titles) does not need.

#: A marker in a cleaned block list: an image stood here.
IMAGE: Final = object()

_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029|\x85")
# The banner: an optional line of dashes, "---这里有图片---", an optional line of dashes.
_BANNER = re.compile(
    r"(?:^[ \t]*-{8,}[ \t]*\n)?[^\S\n]*-{3,}[^\S\n]*这里有图片[^\S\n]*-{3,}[^\S\n]*(?:\n[ \t]*-{8,}[ \t]*$)?",
    re.MULTILINE,
)
_MARKUP = re.compile(
    r"<\s*/?\s*(?:div|p|span|br|html|body|head|table|tr|td|h[1-6]|ul|ol|li|section|article|font|strong|center)\b[^>]*>",
    re.IGNORECASE,
)
# All whitespace except the ideographic space, which is typography inside a paragraph.
_INNER_SPACE = re.compile(r"[^\S\u3000]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_EDGE_INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff"

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIP_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "select",
        "textarea",
        "button",
        "audio",
        "video",
        "canvas",
        "map",
    ]
)


def normalise_line_ends(text: str) -> str:
    """CRLF, CR and Unicode line separators become '\\n'."""
    return _LINE_ENDS.sub("\n", text)


def looks_like_markup(body: str) -> bool:
    """Whether a body is HTML (block or span tags), rather than plain text."""
    return _MARKUP.search(body) is not None


def clean_body(body: str, *, markup: bool | None = None) -> list[str | object]:
    """Paragraph strings and IMAGE markers, in document order."""
    body = normalise_line_ends(body)
    if markup is None:
        markup = looks_like_markup(body)
    clean = _clean_html if markup else _clean_plain
    blocks: list[str | object] = []
    for chunk_index, chunk in enumerate(_BANNER.split(body)):
        if chunk_index:
            blocks.append(IMAGE)
        blocks.extend(clean(chunk))
    return blocks


def warm_up() -> None:
    """Import BeautifulSoup and clean a one-line page, so that the first report a user
    opens does not wait for them (a few hundred milliseconds on the UI thread, which
    reads small reports itself). For a background thread, once a library is open. The
    page has an entity: BeautifulSoup builds its table of them at the first one met
    (about 50 ms)."""
    clean_body('<div><span style="x">预热&nbsp;</span></div><div>&nbsp;</div>', markup=True)


def tidy_paragraph(text: str) -> str:
    """Collapse inner whitespace, drop control characters, strip both ends."""
    text = _CONTROLS.sub("", text)
    text = _INNER_SPACE.sub(" ", text)
    previous = None
    while previous != text:
        previous = text
        text = text.strip().strip(_EDGE_INVISIBLES)
    return text


def _clean_plain(chunk: str) -> Iterator[str | object]:
    for line in chunk.split("\n"):
        paragraph = tidy_paragraph(line)
        if paragraph:
            yield paragraph


def _clean_html(chunk: str) -> Iterator[str | object]:
    from bs4 import BeautifulSoup

    if not chunk.strip():
        return
    soup = BeautifulSoup(chunk, "html.parser")
    yield from html_blocks(soup)


def html_blocks(root: Tag) -> Iterator[str | object]:
    """Walk a parsed tree iteratively (deep nesting cannot overflow the stack)."""
    from bs4.element import NavigableString, PreformattedString, Tag

    buffer: list[str] = []

    def flush() -> Iterator[str]:
        if buffer:
            paragraph = tidy_paragraph("".join(buffer))
            buffer.clear()
            if paragraph:
                yield paragraph

    # Each stack entry is an iterator over a node's children, and whether the
    # node is a block (so leaving it ends a paragraph).
    stack: list[tuple[Iterator, bool]] = [(iter(root.contents), False)]
    while stack:
        children, is_block = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            if is_block:
                yield from flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                buffer.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in _SKIP_TAGS:
            continue
        if name == "br":
            yield from flush()
            continue
        if name == "img":
            yield from flush()
            yield IMAGE
            continue
        block = name in _BLOCK_TAGS
        if block:
            yield from flush()
        stack.append((iter(node.contents), block))
    yield from flush()


def html_title(body: str) -> str:
    """The text of <title>, or of the first <h1>, in an HTML document; '' if none."""
    from bs4 import BeautifulSoup
    from bs4.element import Tag

    soup = BeautifulSoup(normalise_line_ends(body), "html.parser")
    for name in ("title", "h1"):
        tag = soup.find(name)
        if isinstance(tag, Tag):
            title = tidy_paragraph(" ".join(tag.stripped_strings))
            if title:
                return title
    return ""
