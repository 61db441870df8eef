"""What a sidecar file must be to be read: JSON without duplicate keys or
non-finite numbers, the JSON Schema, and the model's rules for each annotation, tag,
memo and variable (`reader.core.annotations.fileformat.loads` runs them)."""

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
from reader.core.annotations.memos import MemoError, check_memo, memo_from_json
from reader.core.annotations.model import (
    _SURROGATE,
    CONTROL,
    SidecarError,
    Tag,
    timestamp_key,
)
from reader.core.annotations.report_variables import (
    VariableError,
    check_casebook_json,
)

#: The format's version: version 2 added the times and tombstones of tags, word lists
#: and dictionary words; version 3 memos, report variables and the origin of
#: auto-coded annotations. Files of earlier versions are read as they are.
VERSION = 3
#: What only a version 3 file may hold.
_SINCE_3 = ("memos", "deletedMemos", "variables", "deletedVariables", "values")
#: Undecodable bytes of a file name, as os.fsdecode gives them (surrogateescape).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _unpack(data: str) -> str:
    """A report text as the file packs it (base64 of zlib)."""
    return zlib.decompress(base64.b64decode(data, validate=True)).decode("utf-8")


@cache
def schema() -> dict[str, Any]:
    path = resources_dir() / "schemas" / "annotations.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


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
    if version < VERSION and (
        any(key in data for key in _SINCE_3) or any("auto" in item for item in data["annotations"])
    ):
        raise SidecarError("invalid", f"memos, variables or auto-coding in a version {version} file")
    parts = ("deletedMemos", "deletedVariables", "values")
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
