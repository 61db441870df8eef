"""The sidecar file format (`reader-annotations.json`): writing it for people
(`dumps`), reading it back (`loads`) with the schema and the model's rules checked."""

from __future__ import annotations

import base64
import json
import json.encoder
import re
import zlib
from typing import Any

from reader.core.annotations.auto_origin import AutoOrigin
from reader.core.annotations.checks import (
    VERSION,
    _check_item,
    _check_semantics,
    _check_strings,
    _finite,
    _no_constants,
    _no_duplicates,
    _unpack,
    _validate_schema,
    check_tag,
    schema,
)
from reader.core.annotations.memos import memo_from_json, memo_json
from reader.core.annotations.memos import ordered as ordered_memos
from reader.core.annotations.model import (
    _SURROGATE,
    Annotation,
    Quote,
    Sidecar,
    SidecarError,
    Tag,
)
from reader.core.annotations.report_variables import (
    casebook_from_json,
    casebook_json,
)
from reader.core.text.wordlists import WordList

__all__ = ["FORMAT", "VERSION", "check_annotation", "check_tag", "dumps", "loads", "schema", "to_json"]

FORMAT = "report-reader-annotations"
_encode = json.encoder.encode_basestring  # a JSON string, non-ASCII kept (the C encoder)
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


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


def check_annotation(annotation: Annotation, text: str | None = None) -> None:
    """The sidecar's rules for one annotation, the same `loads` applies to each (the
    schema and the checks beyond it); SidecarError says what is wrong. `text`: the
    text its offsets count in, when known."""
    item = _annotation_json(annotation)
    _check_strings(item)
    _validate_schema(item, "/$defs/annotation")
    _check_item(item, text)


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
