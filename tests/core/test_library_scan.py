"""A library mixing every variant and every kind of bad input: each problem is
reported with a reason, and every other report loads."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from reader.core.index.scan import check_library, natural_key, scan_library
from reader.core.problems import ReportError
from reader.core.reading import safe_read
from reader.core.reading.loader import load_report
from tests.conftest import scraper_report

GOOD = scraper_report("1好报告.txt", "第一段正文。")
# High bytes with no control characters: valid double-byte pairs by chance, text in no codec.
_RNG = random.Random(1)
GARBLED = bytes(_RNG.randrange(0x80, 0x100) for _ in range(600))


def build_mixed_library(root: Path) -> dict[str, str]:
    """Create the library; returns {relative path: expected problem code}."""
    (root / "分类一" / "子类").mkdir(parents=True)
    (root / "分类一" / "3三号报告").mkdir()
    (root / ".hidden").mkdir()
    (root / "分类一" / "3三号报告" / "图片").mkdir()

    (root / "1好报告.txt").write_text(GOOD, encoding="utf-8")
    (root / "2国标.txt").write_bytes(scraper_report("2国标报告.txt", "国标编码正文。").encode("gb18030"))
    (root / "分类一" / "子类" / "5繁體.txt").write_bytes(
        scraper_report("5繁體報告.txt", "中華民國經濟發展座談會今日舉行。").encode("big5")
    )
    (root / "分类一" / "3三号报告" / "3三号报告.txt").write_text(
        scraper_report("3三号报告.txt", "甲。", "乙。", banner_before=1), encoding="utf-8"
    )
    (root / "分类一" / "3三号报告" / "图片" / "0.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / "网页.html").write_text("<html><head><title>网页</title></head><body><p>段落</p></body></html>")
    (root / "plain notes.txt").write_text("第一行\n第二行\n", encoding="utf-8")
    (root / "名字 带 空格 - 和破折号——.txt").write_text(GOOD, encoding="utf-8")
    odd = os.fsdecode(b"odd-\xff\xfe-name.txt")
    (root / odd).write_text(GOOD, encoding="utf-8")

    # Not reports at all: silently ignored.
    (root / ".hidden" / "9.txt").write_text(GOOD, encoding="utf-8")
    (root / ".dotfile.txt").write_text(GOOD, encoding="utf-8")
    (root / "reader-annotations.json").write_text("{}")
    (root / "reader-wordlist.txt").write_text("词\n")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (root / "分类一" / "3三号报告" / "图片" / "说明.txt").write_text(GOOD)

    problems = {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "undecodable.txt": "undecodable",
        "huge.txt": "too-large",
        "fifo.txt": "not-regular",
        "device.txt": "not-regular",
        "broken-link.txt": "broken-link",
        "分类一/loop": "symlink-loop",
        "only-title.txt": "no-text",
    }
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "undecodable.txt").write_bytes(GARBLED)
    with (root / "huge.txt").open("wb") as f:  # sparse: 60 MB on paper, nothing on disk
        f.truncate(60 * 1024 * 1024)
    os.mkfifo(root / "fifo.txt")
    (root / "device.txt").symlink_to("/dev/zero")
    (root / "broken-link.txt").symlink_to(root / "nowhere.txt")
    (root / "分类一" / "loop").symlink_to(root)
    (root / "only-title.txt").write_text("8只有标题.txt\n", encoding="utf-8")
    return problems


def test_mixed_library_reports_each_problem_and_loses_nothing(tmp_path: Path) -> None:
    expected_problems = build_mixed_library(tmp_path)

    result = check_library(tmp_path)

    assert {p.path: p.code for p in result.problems} == expected_problems
    for problem in result.problems:
        assert problem.reason("en") and problem.reason("zh")
        assert "Traceback" not in problem.reason("en")
    titles = sorted(r.title for r in result.reports)
    assert titles == sorted(
        ["好报告", "国标报告", "繁體報告", "三号报告", "网页", "plain notes", "好报告", "好报告"]
    )
    by_title = {r.title: r for r in result.reports}
    assert by_title["国标报告"].encoding == "gb18030"
    assert by_title["繁體報告"].encoding == "big5"
    assert by_title["繁體報告"].category == "分类一/子类"
    assert by_title["三号报告"].category == "分类一"
    assert by_title["三号报告"].images == 1


def test_scan_lists_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_mixed_library(tmp_path)

    def no_reading(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("scan must not read files")

    monkeypatch.setattr(safe_read, "read_report_bytes", no_reading)
    result = scan_library(tmp_path)
    assert len(result.entries) == 8 + 5  # eight loadable files + five that fail on reading
    assert {p.code for p in result.problems} == {"not-regular", "broken-link", "symlink-loop"}


def test_huge_file_is_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(51 * 1024 * 1024)
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: (_ for _ in ()).throw(AssertionError("read")))
    with pytest.raises(ReportError) as caught:
        load_report(path)
    monkeypatch.setattr(os, "read", real_read)
    assert caught.value.code == "too-large"
    assert "51.0 MB" in caught.value.reason("en")


def test_fifo_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReportError) as caught:
        load_report(fifo)
    assert caught.value.code == "not-regular"
    assert "FIFO" in caught.value.reason("en")


def test_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission errors (simulated: tests may run as root, who can read anything)."""
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def guarded_open(path: object, flags: int, *args: object) -> int:
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", guarded_open)
    result = check_library(tmp_path)
    assert [(p.path, p.code) for p in result.problems] == [("locked.txt", "unreadable")]
    assert "Permission denied" in result.problems[0].reason("en")
    assert len(result.reports) == 1


def test_unlistable_folder_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "closed").mkdir()
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def guarded_scandir(path: object) -> object:
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    result = check_library(tmp_path)
    assert [(p.path, p.code) for p in result.problems] == [("closed", "unlistable")]
    assert len(result.reports) == 1


def test_an_unexpected_bug_in_one_report_does_not_stop_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.reading import loader

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    real_load = loader.load_report

    def flaky(path: Path, root: Path) -> object:
        if path.name == "a.txt":
            raise ValueError("bug")
        return real_load(path, root)

    monkeypatch.setattr(loader, "load_report", flaky)
    result = check_library(tmp_path)
    assert [(p.path, p.code) for p in result.problems] == [("a.txt", "unreadable")]
    assert len(result.reports) == 1


def test_folder_links_are_followed_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "1.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    result = check_library(tmp_path)
    assert len(result.reports) == 1
    assert result.problems == []


def test_natural_order_of_reports(tmp_path: Path) -> None:
    for name in ("10.txt", "2.txt", "1.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    assert [e.relpath for e in scan_library(tmp_path).entries] == ["1.txt", "2.txt", "10.txt"]


def test_natural_order_takes_any_name(tmp_path: Path) -> None:
    assert sorted(["10", "2", "b", "A"], key=natural_key) == ["2", "10", "A", "b"]
    assert sorted(["第10号", "第2号", "第２号"], key=natural_key)[0] in ("第2号", "第２号")
    root = tmp_path / "lib"
    (root / "²").mkdir(parents=True)  # a superscript: a digit to str.isdigit, not to int()
    (root / "²" / "报告.txt").write_text("标题\n正文", encoding="utf-8")
    assert [e.relpath for e in scan_library(root).entries] == ["²/报告.txt"]


@pytest.mark.parametrize(
    "names",
    [
        ["10.txt", "9.txt", "0100_a.txt", "11b.txt", "003.txt"],  # each starts with another number
        ["1.txt", "01.txt", "001b.txt", "2.txt"],  # the same number written differently
        ["3.txt", "２.txt", "1.txt"],  # a full-width digit
        ["3a.txt", "b.txt", "1.txt", "B2.txt"],  # a name without a leading number
        ["07697_b1f.txt", "01093_9f4.txt", "1383北京", "3211山西"],  # files and report folders
    ],
)
def test_scan_lists_every_folder_in_natural_order(tmp_path: Path, names: list[str]) -> None:
    for name in names:
        if name.endswith(".txt"):
            (tmp_path / name).write_text(GOOD, encoding="utf-8")
        else:
            (tmp_path / name).mkdir()
            (tmp_path / name / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    relpaths = [e.relpath for e in scan_library(tmp_path).entries]
    files, folders = [n for n in names if n.endswith(".txt")], [n for n in names if "." not in n]
    expected = sorted(files, key=natural_key) + sorted(folders, key=natural_key)  # a folder's files first
    assert [r.split("/")[0] for r in relpaths] == expected
