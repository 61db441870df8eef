"""Importing W3C annotations never writes a sidecar the app refuses to read: each
annotation is checked against the sidecar's own rules, and repaired where that keeps
its meaning or refused with a reason, the counts shown. Also: one id repeated in a
file counts once; an infinite position or a lone surrogate gets a plain reason."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.core.annotations.fileformat import loads
from reader.core.annotations.store import SidecarStore
from reader.core.export import Scope, collect
from reader.core.export.importer import UNKNOWN_TEXT, plan_import
from reader.core.export.writers import render
from reader.core.library import Library
from reader.core.storage import user_cache_path
from tests.export_fixtures import fixed_library, forget_annotations

NEW_ID = "0f6f4b1e-5d3c-4c2b-9a1e-3b2c1d0e9f8a"


@pytest.fixture
def library(tmp_path: Path) -> tuple[Library, dict[str, Any]]:
    """An empty library of the seeds, and a W3C file exported from the same reports
    with one attached annotation as a template."""
    session = fixed_library(tmp_path / "库")
    document = json.loads(render(collect(session, Scope()), "json", session.root))
    forget_annotations(session.root)
    return Library(session.root), document


def one(document: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """The file with only the first annotation, under a new id, changed by `change`."""
    result = copy.deepcopy(document)
    item = result["first"]["items"][0]
    item["id"] = f"urn:uuid:{NEW_ID}"
    change(item)
    result["first"]["items"] = [item]
    result["total"] = 1
    return result


def write(tmp_path: Path, document: Any, name: str = "in.jsonld") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")  # escaped: lone surrogates too
    return path


def assert_readable_anywhere(session: Library) -> None:
    """The sidecar as another machine reads it: full schema check, no cache."""
    shutil.rmtree(user_cache_path() / "schema-checked", ignore_errors=True)
    loads(session.file_bytes())
    store = SidecarStore(session.root)
    store.load()
    assert store.error is None, store.error.reason()


def quote(item: dict[str, Any]) -> dict[str, Any]:
    return item["target"]["selector"][0]


def position(item: dict[str, Any]) -> dict[str, Any]:
    return item["target"]["selector"][1]


def _set(
    getter: Callable[[dict[str, Any]], dict[str, Any]], **values: Any
) -> Callable[[dict[str, Any]], None]:
    return lambda item: getter(item).update(values)


def _pop(*keys: str) -> Callable[[dict[str, Any]], None]:
    return lambda item: [item.pop(k) for k in keys]


def _tag(value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda item: item["body"][0].update(value=value)


REFUSED: dict[str, Callable[[dict[str, Any]], None]] = {
    "empty quote": _set(quote, exact=""),
    "quote not text": _set(quote, exact=12),
    "tag not text": _tag(5),
    "no target": _pop("target"),
    "lone surrogate in the note": lambda item: item["body"][-1].update(value="笔记\ud800"),
    "tag too long": _tag("长" * 201),
    "impossible date": lambda item: item.update(created="2026-13-45T10:00:00+08:00"),
}

REPAIRED: dict[str, Callable[[dict[str, Any]], None]] = {
    "no dates": _pop("created", "modified"),
    "start after end": _set(position, start=64, end=60),
    "start equals end": _set(position, start=60, end=60),
    "upper-case id": lambda item: item.update(id=f"urn:uuid:{NEW_ID.upper()}"),
    "braced id": lambda item: item.update(id="{" + NEW_ID + "}"),
    "prefix over 32": lambda item: quote(item).update(prefix="前" * 40 + quote(item)["prefix"]),
    "tag with a newline": _tag("整改\n专项"),
    "time without offset": lambda item: item.update(
        created="2026-01-01T10:00:00", modified="2026-01-01T11:00:00"
    ),
    "negative offsets": _set(position, start=-5, end=3),
    "huge offsets": _set(position, start=10**12, end=10**12 + 4),
    "position not a number": _set(position, start="60", end=True),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_an_annotation_breaking_a_rule_is_refused_with_its_reason(
    library: tuple[Library, dict[str, Any]], tmp_path: Path, case: str
) -> None:
    session, document = library
    result = plan_import(session, write(tmp_path, one(document, REFUSED[case])))
    assert not result.added and len(result.refused) == 1
    assert result.refused[0]  # a reason
    session.apply(result.change)
    session.save()
    assert_readable_anywhere(session)


@pytest.mark.parametrize("case", list(REPAIRED))
def test_an_annotation_that_can_be_repaired_is_imported_repaired(
    library: tuple[Library, dict[str, Any]], tmp_path: Path, case: str
) -> None:
    session, document = library
    result = plan_import(session, write(tmp_path, one(document, REPAIRED[case])))
    assert result.added == [NEW_ID] and not result.refused
    assert list(result.repaired) == [NEW_ID]
    session.apply(result.change)
    session.save()
    assert_readable_anywhere(session)
    annotation = session.annotation(NEW_ID)
    report = session.load(next(e for e in session.entries if e.relpath == annotation.path))
    assert (
        report.document.text[annotation.start : annotation.end] == annotation.quote.exact
    )  # placed by quote


def test_repairs_keep_the_meaning(library: tuple[Library, dict[str, Any]], tmp_path: Path) -> None:
    session, document = library

    def change(item: dict[str, Any]) -> None:
        item.update(
            id="{" + NEW_ID.upper() + "}", created="2026-01-01T10:00:00", modified="2026-01-01T11:00:00"
        )
        item["body"][0]["value"] = "整改\n专项"

    result = plan_import(session, write(tmp_path, one(document, change)))
    session.apply(result.change)
    annotation = session.annotation(NEW_ID)
    assert annotation.tags[0] == "整改 专项"
    assert (annotation.created, annotation.modified) == (
        "2026-01-01T10:00:00.000+00:00",
        "2026-01-01T11:00:00.000+00:00",
    )


def test_an_orphan_not_found_keeps_no_lying_fingerprint(
    library: tuple[Library, dict[str, Any]], tmp_path: Path
) -> None:
    """A passage not in the current text, with a position past its end: imported as
    not found, and the sidecar stays valid once the report's text is stored in it."""
    session, document = library

    def change(item: dict[str, Any]) -> None:
        quote(item).update(exact="这句话不在报告里", prefix="", suffix="")
        position(item).update(start=90_000, end=90_008)

    result = plan_import(session, write(tmp_path, one(document, change)))
    session.apply(result.change)
    annotation = session.annotation(NEW_ID)
    assert annotation.fingerprint == UNKNOWN_TEXT
    report = session.load(next(e for e in session.entries if e.relpath == annotation.path))
    session.apply(session.annotate(report, 0, 4, ["学习"], "", "甲"))  # stores the report's text
    session.save()
    assert_readable_anywhere(session)
    status = {a.id: anchor.status for a, anchor in session.anchored(report)}
    assert status[NEW_ID] == "orphaned"


def test_one_id_repeated_counts_once(library: tuple[Library, dict[str, Any]], tmp_path: Path) -> None:
    session, document = library
    repeated = one(document, lambda item: None)
    item = repeated["first"]["items"][0]
    newer = copy.deepcopy(item)
    newer["modified"] = "2026-03-01T00:00:00+08:00"
    repeated["first"]["items"] = [item, newer, copy.deepcopy(item)]
    result = plan_import(session, write(tmp_path, repeated))
    assert result.added == [NEW_ID] and len(result.skipped) == 2
    session.apply(result.change)
    assert session.snapshot().annotations[NEW_ID].modified == "2026-03-01T00:00:00+08:00"  # the newest copy


def test_cli_gives_reasons_for_infinite_positions_and_lone_surrogates(
    library: tuple[Library, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, document = library
    text = json.dumps(one(document, lambda item: None), ensure_ascii=True)
    infinite = tmp_path / "inf.jsonld"
    infinite.write_text(text.replace('"start": 60', '"start": 1e400'), encoding="utf-8")
    assert main(["import", str(session.root), str(infinite)]) == 0
    out = capsys.readouterr()
    assert "Added 1" in out.out and "repaired" in out.out and "unexpected" not in out.err
    surrogate = tmp_path / "surrogate.jsonld"
    other = text.replace(NEW_ID, "1f6f4b1e-5d3c-4c2b-9a1e-3b2c1d0e9f8a")
    surrogate.write_text(other.replace('"name": "\\u7532"', '"name": "\\ud800"'), encoding="utf-8")
    assert main(["import", str(session.root), str(surrogate)]) == 0
    out = capsys.readouterr()
    assert "Added 0" in out.out and "1 annotations were not imported" in out.out
    assert "lone surrogate" in out.out and "unexpected" not in out.err
    assert_readable_anywhere(Library(session.root))


def test_tag_colours_and_descriptions_come_back(
    library: tuple[Library, dict[str, Any]], tmp_path: Path
) -> None:
    session, document = library
    result = plan_import(session, write(tmp_path, document))
    session.apply(result.change)
    tags = {t.name: (t.colour, t.description) for t in session.tags()}
    assert tags == {
        "整改": ("#E0533D", "整改落实情况"),
        "整改/专项整治": ("#F08C00", "专项整治的措施"),
        "学习": ("#2F9E8F", ""),
    }
    assert [t.name for t in session.tags()] == ["整改", "整改/专项整治", "学习"]  # the user's order


def test_an_orphan_is_exported_with_its_quote_and_status_and_no_position(tmp_path: Path) -> None:
    session = fixed_library(tmp_path / "库")
    data = json.loads(render(collect(session, Scope()), "json", session.root))
    orphan = next(i for i in data["first"]["items"] if i["id"].endswith("000000000005"))
    assert orphan["status"] == "orphaned"
    assert [s["type"] for s in orphan["target"]["selector"]] == ["TextQuoteSelector"]
    assert orphan["target"]["selector"][0]["exact"] == "已删除的段落"
    ours = data["@context"][1]
    assert (
        ours["status"] == ours["rr"] + "status"
        if ":" not in ours["status"]
        else ours["status"] == "rr:status"
    )
    assert ours["rr"].startswith("https://") and "codebook" in ours
