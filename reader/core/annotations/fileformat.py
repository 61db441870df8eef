"""The sidecar file format (`reader-annotations.json`): writing it for people
(`dumps`), reading it back (`loads`) with the schema and the model's rules checked."""

from __future__ import annotations

import base64
import json
import json.encoder
import math
import re
import zlib
from functools import cache
from typing import Any

from reader.bundled import resources_dir
from reader.core.annotations.auto_origin import AutoOrigin
from reader.core.annotations.decisions import decision_from_json, decision_json
from reader.core.annotations.decisions import ordered as ordered_decisions
from reader.core.annotations.memos import MemoError, check_memo, memo_from_json, memo_json
from reader.core.annotations.memos import ordered as ordered_memos
from reader.core.annotations.model import (
    _SURROGATE,
    CONTROL,
    Annotation,
    Quote,
    Sidecar,
    SidecarError,
    Tag,
    timestamp_key,
)
from reader.core.annotations.report_variables import (
    VariableError,
    casebook_from_json,
    casebook_json,
    check_casebook_json,
)
from reader.core.text.wordlists import WordList

FORMAT = "report-reader-annotations"
#: Version 2 added the times and tombstones of tags, word lists and dictionary words;
#: version 3 memos, report variables and the origin of auto-coded annotations;
#: version 4 adjudication decisions. Files of earlier versions are read as they are,
#: and a file without decisions is written as version 3 (what the release before
#: reads).
VERSION = 4
#: What only a version 3 (or later) file may hold.
_SINCE_3 = ("memos", "deletedMemos", "variables", "deletedVariables", "values")
#: What only a version 4 file may hold.
_SINCE_4 = ("decisions", "deletedDecisions")
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
    decided = bool(sidecar.decisions or sidecar.deleted_decisions)
    return {
        "format": FORMAT,
        "version": VERSION if decided else 3,
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
        **(_decisions_json(sidecar) if decided else {}),
        "texts": texts,
    }


def _decisions_json(sidecar: Sidecar) -> dict[str, Any]:
    return {
        "decisions": [decision_json(d) for d in ordered_decisions(sidecar.decisions.values())],
        "deletedDecisions": [{"id": i, "modified": m} for i, m in sorted(sidecar.deleted_decisions.items())],
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
    if version < 3 and (
        any(key in data for key in _SINCE_3) or any("auto" in item for item in data["annotations"])
    ):
        raise SidecarError("invalid", f"memos, variables or auto-coding in a version {version} file")
    if version < 4 and any(key in data for key in _SINCE_4):
        raise SidecarError("invalid", f"adjudication decisions in a version {version} file")
    parts = ("deletedMemos", "deletedVariables", "values", "deletedDecisions")
    stamps = [d["modified"] for key in parts for d in data.get(key, ())]
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
    ids = set()
    for item in data.get("decisions", ()):
        if item["id"] in ids:
            raise SidecarError("invalid", f"decision {item['id']} appears twice")
        ids.add(item["id"])
        if item["target"]["start"] >= item["target"]["end"]:
            raise SidecarError("invalid", f"decision {item['id']} has start ≥ end")
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
        decisions={item["id"]: decision_from_json(item) for item in data.get("decisions", ())},
        deleted_decisions={d["id"]: d["modified"] for d in data.get("deletedDecisions", ())},
    )
