"""Annotations as a W3C Web Annotation Data Model collection (JSON-LD), and back.

Each annotation targets its report (a file: URI) with a TextQuoteSelector (exact,
prefix, suffix) and a TextPositionSelector (start, end: code points of the cleaned
text, as the model counts characters). Tags are TextualBody items with purpose
`tagging`, the note one with purpose `commenting`; the author is the creator."""

from __future__ import annotations

import json
import uuid
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from reader.core.annotations import Annotation, Quote
from reader.core.export.records import ExportSet

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_NAMESPACE = uuid.UUID("6f1c7c52-4b7e-4f8e-9a43-7a1d0d6f2b10")  # ours, for collection ids


class W3CFormatError(ValueError):
    """The JSON is not a collection or list of annotations this app can read."""


def collection_id(library: Path) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, str(library))}"


def to_w3c(export: ExportSet, library: Path) -> bytes:
    items = [
        _annotation(record.annotation, record.start, record.end, library / report.relpath, record.passage)
        for report, record in export.records
    ]
    ident = collection_id(library)
    document = {
        "@context": CONTEXT,
        "id": ident,
        "type": "AnnotationCollection",
        "label": export.library,
        "total": len(items),
        "first": {"id": f"{ident}#page1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _annotation(a: Annotation, start: int, end: int, path: Path, passage: str) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag, "format": "text/plain"} for tag in a.tags
    ]
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain"})
    # The quote is the passage in the current text when it was found there; an
    # orphaned one keeps the words and context it was made on.
    exact = passage or a.quote.exact
    selectors = [
        {"type": "TextQuoteSelector", "exact": exact, "prefix": a.quote.prefix, "suffix": a.quote.suffix},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]
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
    item["target"] = {"source": path.resolve().as_uri(), "selector": selectors}
    return item


def parse_w3c(data: Any) -> list[tuple[str, Annotation]]:
    """(the target's file path as written, the annotation) for every annotation in a
    W3C collection, page, list or single annotation; the fingerprint is left empty
    for the importer to fill in."""
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        first = data.get("first")
        items = first.get("items") if isinstance(first, dict) else data.get("items")
    elif isinstance(data, dict) and data.get("type") == "AnnotationPage":
        items = data.get("items")
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        items = [data]
    else:
        items = data
    if not isinstance(items, list):
        raise W3CFormatError("no annotations")
    return [_parse_one(item) for item in items]


def _parse_one(item: Any) -> tuple[str, Annotation]:
    try:
        ident = str(item["id"]).removeprefix("urn:uuid:")
        uuid.UUID(ident)
        target = item["target"]
        source = str(target["source"])
        selectors = target["selector"]
        selectors = selectors if isinstance(selectors, list) else [selectors]
        quote = next(s for s in selectors if s.get("type") == "TextQuoteSelector")
        position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
        bodies = item.get("body", [])
        bodies = bodies if isinstance(bodies, list) else [bodies]
        tags = [str(b["value"]) for b in bodies if isinstance(b, dict) and b.get("purpose") == "tagging"]
        notes = [str(b["value"]) for b in bodies if isinstance(b, dict) and b.get("purpose") == "commenting"]
        creator = item.get("creator")
        author = str(creator.get("name", "")) if isinstance(creator, dict) else str(creator or "")
        exact = str(quote["exact"])
        start = int(position["start"]) if position else 0
        end = int(position["end"]) if position else start + len(exact)
    except (KeyError, TypeError, ValueError, StopIteration, AttributeError) as exc:
        raise W3CFormatError(f"an annotation lacks {exc}") from None
    annotation = Annotation(
        id=ident,
        path="",
        fingerprint="",
        start=start,
        end=end,
        quote=Quote(exact, str(quote.get("prefix", "")), str(quote.get("suffix", ""))),
        tags=tags,
        note="\n\n".join(notes),
        author=author,
        created=str(item.get("created", "")),
        modified=str(item.get("modified", item.get("created", ""))),
    )
    return source, annotation


def source_parts(source: str) -> tuple[str, ...]:
    """The path parts of a target's source (a file: URI or a plain path)."""
    parsed = urlparse(source)
    path = unquote(parsed.path) if parsed.scheme in ("file", "") else source
    return PurePosixPath(path.replace("\\", "/")).parts
