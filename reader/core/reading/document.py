"""The cleaned document: one text string, and blocks with code-point offsets into it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from reader.core.reading.cleaning import IMAGE

PARAGRAPH: Literal["paragraph"] = "paragraph"
IMAGE_BLOCK: Literal["image"] = "image"
#: How an image block is written in plain-text output.
IMAGE_PLACEHOLDER = "[图片]"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (text[start:end]) or an image standing at offset `start`: the start
    of the paragraph after it, or the end of the text.

    Image blocks are empty (start == end) and number the report's images in order
    (`image` is 0 for the first), which is also the order of the files in `图片/`.
    """

    kind: Literal["paragraph", "image"]
    start: int
    end: int
    image: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Cleaned text (paragraphs joined by '\\n') and its blocks.

    Every position the app stores is a code-point offset into `text`.
    """

    text: str
    blocks: tuple[Block, ...]

    @property
    def paragraphs(self) -> list[str]:
        return [self.text[b.start : b.end] for b in self.blocks if b.kind == PARAGRAPH]

    @property
    def image_count(self) -> int:
        return sum(1 for b in self.blocks if b.kind == IMAGE_BLOCK)

    @property
    def char_count(self) -> int:
        """Characters of text, not counting the line breaks between paragraphs."""
        return sum(b.end - b.start for b in self.blocks if b.kind == PARAGRAPH)

    @property
    def fingerprint(self) -> str:
        return text_fingerprint(self.text)

    def lines(self) -> list[str]:
        """One line per block, images as the placeholder: the `reader text` body."""
        return [self.text[b.start : b.end] if b.kind == PARAGRAPH else IMAGE_PLACEHOLDER for b in self.blocks]


def build_document(raw_blocks: Iterable[str | object], extra_images: int = 0) -> Document:
    """Assemble a Document from cleaned paragraphs and IMAGE markers.

    `extra_images` image blocks are appended at the end (images on disk that no
    banner in the text stands for).
    """
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    pending_images = 0  # images waiting for the paragraph they stand before
    placed_images = 0

    def place_images(at: int) -> None:
        nonlocal pending_images, placed_images
        for _ in range(pending_images):
            blocks.append(Block(IMAGE_BLOCK, at, at, placed_images))
            placed_images += 1
        pending_images = 0

    for raw in raw_blocks:
        if raw is IMAGE:
            pending_images += 1
            continue
        assert isinstance(raw, str) and raw and "\n" not in raw
        if parts:
            offset += 1  # the '\n' joining paragraphs
        place_images(offset)
        blocks.append(Block(PARAGRAPH, offset, offset + len(raw)))
        parts.append(raw)
        offset += len(raw)
    pending_images += extra_images
    place_images(offset)
    return Document("\n".join(parts), tuple(blocks))


def text_fingerprint(text: str) -> str:
    """A short stable hash of cleaned text (SHA-256, first 16 hex digits)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
