"""Annotations as a W3C Web Annotation Data Model collection (JSON-LD), and back.

Each annotation targets its report (a file: URI) with a TextQuoteSelector (exact,
prefix, suffix) and a TextPositionSelector (start, end: code points of the cleaned
text, as the model counts characters). Tags are TextualBody items with purpose
`tagging`, the note one with purpose `commenting`; the author is the creator. An
orphan (not in the report's current text) has its stored quote, no position, and
`status: orphaned`; the codebook (colours, descriptions) is on the collection. Both
are terms of our own namespace, declared in the @context."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from reader.core.annotations.anchoring import ORPHANED
from reader.core.annotations.model import Annotation, Quote, Tag
from reader.core.export.records import ExportRecord, ExportReport, ExportSet

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Our own terms, in our namespace: the codebook (tags with colour and description,
#: in the user's order) on the collection, and `status` on an annotation whose passage
#: is not in the report's current text (it then has no position selector).
NAMESPACE = "https://report-reader.invalid/ns/annotations#"
OUR_TERMS = {
    "rr": NAMESPACE,
    "codebook": {"@id": "rr:codebook", "@container": "@list"},
    "colour": "rr:colour",
    "description": "rr:description",
    "status": "rr:status",
}
CONTEXT: list[Any] = [ANNO_CONTEXT, OUR_TERMS]
_NAMESPACE = uuid.UUID("6f1c7c52-4b7e-4f8e-9a43-7a1d0d6f2b10")  # ours, for collection ids
CONTEXT_CHARS = 32  # prefix and suffix, as the sidecar keeps them


class W3CFormatError(ValueError):
    """The JSON is not a collection or list of annotations this app can read."""


@dataclass
class W3CItem:
    """One annotation read from a W3C file: where its target points (a file: URI or
    path), the annotation (no fingerprint yet), and what was repaired in it."""

    source: str
    annotation: Annotation
    orphaned: bool = False  # exported as not found in its report's text
    repairs: list[str] = field(default_factory=list)


@dataclass
class W3CFile:
    items: list[W3CItem] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one reason per item not read
    tags: list[Tag] = field(default_factory=list)  # the codebook, when the file has ours


def collection_id(library: Path) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, str(library))}"


def to_w3c(export: ExportSet, library: Path) -> bytes:
    items = [_annotation(record, report, library / report.relpath) for report, record in export.records]
    ident = collection_id(library)
    document = {
        "@context": CONTEXT,
        "id": ident,
        "type": "AnnotationCollection",
        "label": export.library,
        "total": len(items),
        "codebook": [
            {"label": t.name, "colour": t.colour, "description": t.description} for t in export.tags
        ],
        "first": {"id": f"{ident}#page1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _annotation(record: ExportRecord, report: ExportReport, path: Path) -> dict[str, Any]:
    a = record.annotation
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag, "format": "text/plain"} for tag in a.tags
    ]
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain"})
    if record.orphaned or report.text is None:
        # Not in the current text: the words and context it was made on, no position
        # (the stored one would point at other words now).
        quote = {"type": "TextQuoteSelector", "exact": a.quote.exact, "prefix": a.quote.prefix,
                 "suffix": a.quote.suffix}  # fmt: skip
        selectors: list[dict[str, Any]] = [quote]
    else:
        text, start, end = report.text, record.start, record.end
        before, after = text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]
        quote = {"type": "TextQuoteSelector", "exact": text[start:end], "prefix": before, "suffix": after}
        selectors = [quote, {"type": "TextPositionSelector", "start": start, "end": end}]
    item: dict[str, Any] = {
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "tagging" if a.tags else ("commenting" if a.note else "highlighting"),
    }
    for key in ("created", "modified"):
        if getattr(a, key):
            item[key] = getattr(a, key)
    if a.author:
        item["creator"] = {"type": "Person", "name": a.author}
    if body:
        item["body"] = body
    if record.orphaned or report.text is None:
        item["status"] = ORPHANED
    item["target"] = {"source": path.resolve().as_uri(), "selector": selectors}
    return item


def parse_w3c(data: Any) -> W3CFile:
    """Every annotation in a W3C collection, page, list or single annotation, each
    read on its own: one that cannot be read is refused with a reason, the others
    still come in. The fingerprint is left empty for the importer to fill in."""
    result = W3CFile()
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        first = data.get("first")
        items = first.get("items") if isinstance(first, dict) else data.get("items")
        result.tags = _codebook(data.get("codebook"))
    elif isinstance(data, dict) and data.get("type") == "AnnotationPage":
        items = data.get("items")
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        items = [data]
    else:
        items = data
    if not isinstance(items, list):
        raise W3CFormatError("no annotations")
    for n, item in enumerate(items, start=1):
        try:
            result.items.append(_parse_one(item))
        except W3CFormatError as exc:
            result.refused.append(f"#{n}: {exc}")
    return result


def _codebook(entries: Any) -> list[Tag]:
    """Our codebook extension: tags with colour and description (ours to check)."""
    tags = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("label"), str):
            colour, description = entry.get("colour"), entry.get("description")
            tags.append(
                Tag(
                    entry["label"],
                    colour if isinstance(colour, str) else "",
                    description if isinstance(description, str) else "",
                )
            )
    return tags


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise W3CFormatError(f"{what} is not text")
    return value


def _parse_one(item: Any) -> W3CItem:
    if not isinstance(item, dict):
        raise W3CFormatError("not an annotation object")
    repairs: list[str] = []
    raw_id = _text(item.get("id"), "id")
    bare = raw_id[9:] if raw_id[:9].lower() == "urn:uuid:" else raw_id  # URN schemes ignore case
    try:
        ident = str(uuid.UUID(bare))
    except ValueError:
        raise W3CFormatError(f"id {raw_id[:60]!r} is not a UUID") from None
    if ident != bare:
        repairs.append("id")
    target = item.get("target")
    if not isinstance(target, dict):
        raise W3CFormatError(f"{ident}: no target with a source")
    source = _text(target.get("source"), f"{ident}: the target's source")
    selectors = target.get("selector")
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
    if quote is None:
        raise W3CFormatError(f"{ident}: no TextQuoteSelector")
    exact = _text(quote.get("exact"), f"{ident}: the quote")
    if not exact:
        raise W3CFormatError(f"{ident}: the quote is empty")
    prefix = _text(quote.get("prefix", ""), f"{ident}: the quote's prefix")
    suffix = _text(quote.get("suffix", ""), f"{ident}: the quote's suffix")
    if len(prefix) > CONTEXT_CHARS or len(suffix) > CONTEXT_CHARS:  # the sidecar keeps 32 each side
        prefix, suffix = prefix[-CONTEXT_CHARS:], suffix[:CONTEXT_CHARS]
        repairs.append("context")
    position = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None
    )
    start, end = _position(position, len(exact))
    if position is not None and (start, end) != (position.get("start"), position.get("end")):
        repairs.append("position")
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    tags, notes = [], []
    for body in bodies:
        if isinstance(body, dict) and body.get("purpose") in ("tagging", "commenting"):
            value = _text(body.get("value"), f"{ident}: a {body['purpose']} body's value")
            (tags if body["purpose"] == "tagging" else notes).append(value)
    creator = item.get("creator")
    author = creator.get("name", "") if isinstance(creator, dict) else creator or ""
    created, modified = item.get("created", ""), item.get("modified", "")
    annotation = Annotation(
        id=ident,
        path="",
        fingerprint="",
        start=start,
        end=end,
        quote=Quote(exact, prefix, suffix),
        tags=tags,
        note="\n\n".join(notes),
        author=_text(author, f"{ident}: the creator's name"),
        created=_text(created, f"{ident}: created"),
        modified=_text(modified, f"{ident}: modified"),
    )
    return W3CItem(source, annotation, item.get("status") == ORPHANED, repairs)


MAX_OFFSET = 100_000_000  # as the sidecar allows


def _position(selector: dict[str, Any] | None, length: int) -> tuple[int, int]:
    """The position hint when it is one (whole numbers, 0 <= start < end within the
    sidecar's range), else where a passage of `length` would stand at the start; the
    importer places the annotation by its quote either way."""
    if selector is not None:
        start, end = selector.get("start"), selector.get("end")
        if type(start) is int and type(end) is int and 0 <= start < end <= MAX_OFFSET:
            return start, end
    return 0, length


def source_parts(source: str) -> tuple[str, ...]:
    """The path parts of a target's source (a file: URI or a plain path)."""
    parsed = urlparse(source)
    path = unquote(parsed.path) if parsed.scheme in ("file", "") else source
    return PurePosixPath(path.replace("\\", "/")).parts
