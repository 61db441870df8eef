"""A parent tag means itself and everything below it, everywhere: `reader export
--tag 整改`, `reader search --tag 整改` and the Export dialog take 整改 even when only
整改/专项整治 is in the codebook; export grouped by tag heads only the chosen tags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.cli import main
from reader.core.annotations.model import Tag
from reader.core.export import Scope, collect
from reader.core.export.writers import render
from reader.core.library import Library
from reader.gui.settings import AppSettings
from tests.export_fixtures import fixed_library

IDS = [f"00000000-0000-4000-8000-{n:012d}" for n in range(1, 6)]


@pytest.fixture
def session(tmp_path: Path) -> Library:
    """The export library with 整改 only as the parent of 整改/专项整治: no codebook
    entry and no passage of its own."""
    session = fixed_library(tmp_path / "库")
    sidecar = session.snapshot()
    for ann_id in (IDS[2], IDS[4]):  # the passages tagged 整改 itself
        del sidecar.annotations[ann_id]
    sidecar.tags = [Tag("整改/专项整治", "#F08C00", ""), Tag("学习", "#2F9E8F", "")]
    session.take_annotations(sidecar)
    session.save()
    return Library(session.root)


def test_cli_export_takes_an_implicit_parent_tag(
    session: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.md"
    args = ["export", str(session.root), "--format", "md", "-o", str(out), "--tag", "整改", "--by", "tag"]
    assert main([*args, "--lang", "zh"]) == 0
    assert "Wrote 1 annotations" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "## 整改/专项整治" in text
    assert "## 学习" not in text  # the passage's other tag was not chosen


def test_cli_search_takes_an_implicit_parent_tag(
    session: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", str(session.root), "主题教育", "--tag", "整改", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    passage = session.annotation(IDS[0])
    assert [(r["report"], [(h["start"], h["end"]) for h in r["hits"]]) for r in found] == [
        (passage.path, [(passage.start, passage.end)])
    ]


def test_cli_still_refuses_a_tag_that_is_not_one(
    session: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.csv"
    assert main(["export", str(session.root), "--format", "csv", "-o", str(out), "--tag", "整"]) == 2
    assert main(["search", str(session.root), "主题", "--tag", "专项整治"]) == 2  # a child is not a root
    assert capsys.readouterr().err.count("no such tag") == 2


def test_grouped_by_tag_heads_only_the_chosen_tags(tmp_path: Path) -> None:
    full = fixed_library(tmp_path / "全")
    text = render(collect(full, Scope(tags=frozenset({"学习"}))), "md", full.root, "zh", "tag").decode()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## 学习"]  # 主题教育 is also 整改/专项整治, not asked for


def test_export_dialog_offers_the_parent_tag(qtbot, tmp_path: Path) -> None:
    from reader.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(AppSettings(tmp_path / "s.ini"), "库", [], ["整改/专项整治", "学习"], None)
    qtbot.addWidget(dialog)
    offered = [dialog.tag_list.item(i).text() for i in range(dialog.tag_list.count())]
    assert offered == ["整改", "整改/专项整治", "学习"]
    dialog.scope.setCurrentIndex(dialog.scope.findData("tags"))
    dialog.tag_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.choice().scope.tags == frozenset({"整改"})
