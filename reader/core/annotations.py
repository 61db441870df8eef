"""Annotations, tags and the sidecar document that holds them (`reader-annotations.json`).

Pure data and (de)serialisation; reading and writing files is `reader.core.sidecar`.
An annotation targets a passage of a report's cleaned text by code-point offsets,
and carries the quoted text with 32 characters of context on each side, so that it
can be found again when the text changes (`reader.core.anchoring`).
"""

from __future__ import annotations

import base64
import copy
import getpass
import json
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, ClassVar

from reader.bundled import resources_dir
from reader.core.problems import ExplainedError
from reader.core.wordlists import WordList

FORMAT = "report-reader-annotations"
VERSION = 1
CONTEXT = 32
DEFAULT_TAG_COLOUR = "#d98f1d"


class SidecarError(ExplainedError):
    """A sidecar that must not be written over; `reason` says why in plain words."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "not-json": {
            "en": "The annotations file is damaged: it is not valid JSON",
            "zh": "标注文件已损坏：不是有效的 JSON",
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
    }


def now() -> str:
    """The current time, ISO 8601 with the local UTC offset, in milliseconds."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes
        return ""


def timestamp_key(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


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
        note=note,
        author=author,
        created=stamp,
        modified=stamp,
    )


def quote_for(text: str, start: int, end: int) -> Quote:
    return Quote(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT])


def normalise_tag(name: str) -> str:
    """'整改 / 专项整治 ' -> '整改/专项整治': hierarchy levels joined by '/', trimmed."""
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
    """Everything the sidecar holds."""

    tags: list[Tag] = field(default_factory=list)
    wordlists: list[WordList] = field(default_factory=list)
    dictionary: list[str] = field(default_factory=list)
    annotations: dict[str, Annotation] = field(default_factory=dict)
    deleted: dict[str, str] = field(default_factory=dict)  # id -> when (tombstones)
    texts: dict[str, str] = field(default_factory=dict)  # fingerprint -> cleaned text

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
        )

    def tag(self, name: str) -> Tag | None:
        return next((t for t in self.tags if t.name == name), None)

    def ensure_tags(self, names: list[str], palette: tuple[str, ...]) -> None:
        """Add codebook entries for tags not yet in it, with colours from the palette."""
        for name in names:
            if self.tag(name) is None:
                self.tags.append(Tag(name, palette[len(self.tags) % len(palette)]))

    def for_report(self, path: str) -> list[Annotation]:
        return sorted(
            (a for a in self.annotations.values() if a.path == path), key=lambda a: (a.start, a.end, a.id)
        )


# -- JSON ------------------------------------------------------------------------------------------
def _ordered(sidecar: Sidecar) -> list[Annotation]:
    return sorted(sidecar.annotations.values(), key=lambda a: (a.path, a.start, a.end, a.id))


def to_json(sidecar: Sidecar) -> dict[str, Any]:
    """The sidecar as JSON data, in a stable order (so the file diffs cleanly)."""
    return _document(sidecar, [_annotation_json(a) for a in _ordered(sidecar)])


def _document(sidecar: Sidecar, annotations: Any) -> dict[str, Any]:
    used = {a.fingerprint for a in sidecar.annotations.values()}
    return {
        "format": FORMAT,
        "version": VERSION,
        "tags": [{"name": t.name, "colour": t.colour, "description": t.description} for t in sidecar.tags],
        "wordlists": [
            {"name": w.name, "colour": w.colour, "enabled": w.enabled, "terms": list(w.terms)}
            for w in sidecar.wordlists
        ],
        "dictionary": sorted(set(sidecar.dictionary)),
        "annotations": annotations,
        "deleted": [{"id": i, "modified": m} for i, m in sorted(sidecar.deleted.items())],
        "texts": {fp: _pack(text) for fp, text in sorted(sidecar.texts.items()) if fp in used},
    }


def _annotation_json(a: Annotation) -> dict[str, Any]:
    return {
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


def dumps(sidecar: Sidecar) -> bytes:
    """The file's bytes: UTF-8, Chinese unescaped, indented, keys in a fixed order.

    The same bytes as json.dumps(to_json(sidecar), ensure_ascii=False, indent=2),
    but each annotation's text is cached by its content, so a save re-renders only
    what changed (indented JSON is rendered in pure Python: about 0.2 s for 10,000).
    """
    text = json.dumps(_document(sidecar, _SLOT), ensure_ascii=False, indent=2)
    if sidecar.annotations:
        rendered = "[\n" + ",\n".join(_fragment(a) for a in _ordered(sidecar)) + "\n  ]"
    else:
        rendered = "[]"
    text = text.replace(json.dumps(_SLOT), rendered, 1)
    return (text + "\n").encode("utf-8")


_SLOT = "\u0000annotations-slot\u0000"  # cannot occur in valid data (no NUL is ever written)
_FRAGMENTS: dict[tuple[Any, ...], str] = {}
_FRAGMENTS_MAX = 200_000


def _fragment(a: Annotation) -> str:
    """One annotation rendered as it stands inside the `annotations` array."""
    key = (
        a.id, a.path, a.fingerprint, a.start, a.end, a.quote.exact, a.quote.prefix, a.quote.suffix,
        tuple(a.tags), a.note, a.colour, a.author, a.created, a.modified,
    )  # fmt: skip
    cached = _FRAGMENTS.get(key)
    if cached is None:
        if len(_FRAGMENTS) >= _FRAGMENTS_MAX:
            _FRAGMENTS.clear()
        rendered = json.dumps(_annotation_json(a), ensure_ascii=False, indent=2)
        cached = _FRAGMENTS[key] = "\n".join("    " + line for line in rendered.split("\n"))
    return cached


def _pack(text: str) -> str:
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")


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
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except RecursionError:
        raise SidecarError("not-json", "nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, huge integers, duplicate keys, NaN
        raise SidecarError("not-json", str(exc).split(":")[0]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SidecarError("not-ours")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise SidecarError("newer", f"format version {version}; this version reads {VERSION}")
    _check_strings(data)
    if not schema_checked:
        _validate_schema(data)
    _check_semantics(data)
    return _from_json(data)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _check_strings(data: Any) -> None:
    """Refuse lone surrogates (valid JSON escapes, but not text)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise SidecarError("invalid", "a text contains a lone surrogate") from None
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
    """What the schema cannot say: texts decompress, ids are unique, offsets fit."""
    texts: dict[str, str] = {}
    for fingerprint, packed in data["texts"].items():
        try:
            texts[fingerprint] = _unpack(packed)
        except (ValueError, zlib.error, UnicodeDecodeError):
            raise SidecarError("invalid", f"the stored text {fingerprint} is damaged") from None
    ids: set[str] = set()
    for item in data["annotations"]:
        if item["id"] in ids:
            raise SidecarError("invalid", f"annotation {item['id']} appears twice")
        ids.add(item["id"])
        _check_item(item, texts.get(item["report"]["fingerprint"]))


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
        )
    return Sidecar(
        tags=[Tag(t["name"], t["colour"], t["description"]) for t in data["tags"]],
        wordlists=[
            WordList(w["name"], w["colour"], list(w["terms"]), w["enabled"]) for w in data["wordlists"]
        ],
        dictionary=list(data["dictionary"]),
        annotations=annotations,
        deleted={d["id"]: d["modified"] for d in data["deleted"]},
        texts={fp: _unpack(packed) for fp, packed in data["texts"].items()},
    )


# -- merging -----------------------------------------------------------------------------------------
def merge(ours: Sidecar, theirs: Sidecar) -> Sidecar:
    """Both sides' work: annotations by id, the newest `modified` wins; a deletion
    (tombstone) wins over an edit made before it; tags, word lists and dictionary
    words are united (ours first). Pure: neither argument is changed."""
    result = ours.copy()
    for ann_id, theirs_ann in theirs.annotations.items():
        mine = result.annotations.get(ann_id)
        if mine is None or _newer(theirs_ann, mine):
            result.annotations[ann_id] = copy.deepcopy(theirs_ann)
    for ann_id, when in theirs.deleted.items():
        if ann_id not in result.deleted or timestamp_key(when) > timestamp_key(result.deleted[ann_id]):
            result.deleted[ann_id] = when
    for ann_id, when in result.deleted.items():
        current = result.annotations.get(ann_id)
        if current is not None and timestamp_key(current.modified) <= timestamp_key(when):
            del result.annotations[ann_id]
    names = {t.name for t in result.tags}
    result.tags += [copy.deepcopy(t) for t in theirs.tags if t.name not in names]
    lists = {w.name for w in result.wordlists}
    result.wordlists += [copy.deepcopy(w) for w in theirs.wordlists if w.name not in lists]
    result.dictionary += [w for w in theirs.dictionary if w not in result.dictionary]
    for fingerprint, text in theirs.texts.items():
        result.texts.setdefault(fingerprint, text)
    return result


def _newer(a: Annotation, b: Annotation) -> bool:
    ka, kb = timestamp_key(a.modified), timestamp_key(b.modified)
    return ka > kb or (ka == kb and (a.author, a.note, a.tags) > (b.author, b.note, b.tags))
