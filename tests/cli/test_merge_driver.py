"""The git merge driver: two coders' clones of a library kept in git, both annotate,
`git merge` runs `reader merge-driver` and leaves no conflict markers; the merged
sidecar loads and holds both sides' work."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.annotations.fileformat import dumps, loads
from reader.core.annotations.merge_driver import three_way
from reader.core.annotations.model import Sidecar, Tag, make_annotation
from reader.core.library import Library
from reader.core.text.wordlists import WordList
from tests.conftest import scraper_report

SIDECAR = "reader-annotations.json"


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=check)


def configure(clone: Path, name: str, driver: bool = True) -> None:
    git(clone, "config", "user.name", name)
    git(clone, "config", "user.email", f"{name}@example.org")
    if driver:  # the README's lines, with this interpreter standing for `reader`
        git(clone, "config", "merge.report-reader.name", "Report Reader annotations")
        command = f'"{sys.executable}" -m reader merge-driver %O %A %B %P'
        git(clone, "config", "merge.report-reader.driver", command)


def annotate(lib: Path, relpath: str, phrase: str, tags: list[str], note: str = "") -> str:
    session = Library(lib)
    entry = next(e for e in session.entries if e.relpath == relpath)
    report = session.load(entry)
    start = report.document.text.index(phrase)
    change = session.annotate(report, start, start + len(phrase), tags, note, "甲")
    session.apply(change)
    session.save()
    return next(iter(change.after))


def commit(clone: Path, message: str) -> None:
    shutil.rmtree(clone / "lib" / ".reader-backups", ignore_errors=True)  # each coder's own
    git(clone, "add", "-A")
    git(clone, "commit", "-q", "-m", message)


@pytest.fixture
def origin(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A repository with a library of two reports and two annotations."""
    repo = tmp_path / "origin"
    lib = repo / "lib"
    lib.mkdir(parents=True)
    (lib / "a.txt").write_text(
        scraper_report("1 甲报告.txt", "主题教育推进会在太原召开。", "会议强调整改落实和专项整治。"),
        encoding="utf-8",
    )
    (lib / "b.txt").write_text(scraper_report("2 乙报告.txt", "调查研究要扎实，检视问题要深入。"), "utf-8")
    git(repo, "init", "-q", "-b", "main")
    configure(repo, "origin", driver=False)
    (repo / ".gitattributes").write_text(f"{SIDECAR} merge=report-reader\n", encoding="utf-8")
    (repo / ".gitignore").write_text(".reader-backups/\n.reader-annotations.lock\n", encoding="utf-8")
    ids = {
        "x": annotate(lib, "a.txt", "主题教育", ["学习"]),
        "y": annotate(lib, "b.txt", "调查研究", ["调研"], "原来的备注"),
    }
    commit(repo, "base")
    return repo, ids


def clone(origin: Path, name: str, driver: bool = True) -> Path:
    target = origin.parent / name
    subprocess.run(["git", "clone", "-q", str(origin), str(target)], check=True)
    configure(target, name, driver)
    return target


def two_coders(origin: Path, ids: dict[str, str], driver: bool = True) -> tuple[Path, dict[str, str]]:
    """Coder A adds a passage and deletes X; coder B adds a passage and edits Y's note;
    A pulls B's work. Returns A's clone and the new ids."""
    a, b = clone(origin, "coder-a", driver), clone(origin, "coder-b")
    new = {"a1": annotate(a / "lib", "a.txt", "整改落实", ["整改"], "甲的备注")}
    session = Library(a / "lib")
    session.apply(session.delete_annotation(ids["x"]))
    session.save()
    commit(a, "A codes")

    new["b1"] = annotate(b / "lib", "a.txt", "专项整治", ["整改/专项整治"], "乙的备注")
    session = Library(b / "lib")
    session.apply(session.update_annotation(ids["y"], note="乙改过的备注"))
    session.save()
    commit(b, "B codes")

    git(a, "fetch", "-q", str(b), "main:coder-b")
    return a, new


def test_git_merge_of_two_coders_leaves_no_conflict(origin: tuple[Path, dict[str, str]]) -> None:
    repo, ids = origin
    a, new = two_coders(repo, ids)
    merged = git(a, "merge", "--no-edit", "coder-b", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert git(a, "status", "--porcelain").stdout == ""  # nothing unmerged, nothing left over
    raw = (a / "lib" / SIDECAR).read_bytes()
    assert b"<<<<<<<" not in raw and b">>>>>>>" not in raw

    session = Library(a / "lib")
    assert session.read_only_reason is None  # the merged file loads
    notes = {i: x.note for i, x in session.snapshot().annotations.items()}
    assert notes == {new["a1"]: "甲的备注", new["b1"]: "乙的备注", ids["y"]: "乙改过的备注"}
    assert ids["x"] in session.snapshot().deleted  # A's deletion holds
    assert {t.name for t in session.tags()} >= {"学习", "调研", "整改", "整改/专项整治"}
    assert git(a, "log", "-1", "--format=%s").stdout.startswith("Merge")


def test_without_the_driver_git_leaves_conflict_markers(origin: tuple[Path, dict[str, str]]) -> None:
    repo, ids = origin
    a, _new = two_coders(repo, ids, driver=False)
    merged = git(a, "merge", "--no-edit", "coder-b", check=False)
    assert merged.returncode != 0
    assert b"<<<<<<<" in (a / "lib" / SIDECAR).read_bytes()  # what the driver saves a team from


def test_an_unreadable_side_is_a_conflict_and_ours_is_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, theirs, base = tmp_path / "ours.json", tmp_path / "theirs.json", tmp_path / "base.json"
    ours.write_bytes(dumps(Sidecar(tags=[Tag("学习")])))
    before = ours.read_bytes()
    base.write_bytes(b"")  # no common ancestor
    theirs.write_text("<<<<<<< HEAD\n{}\n=======\n", encoding="utf-8")
    assert main(["merge-driver", str(base), str(ours), str(theirs), "lib/" + SIDECAR]) == 1
    assert ours.read_bytes() == before
    assert "their version" in capsys.readouterr().err

    theirs.write_bytes(dumps(Sidecar(tags=[Tag("调研")])))
    assert main(["merge-driver", str(base), str(ours), str(theirs)]) == 0
    assert [t.name for t in loads(ours.read_bytes()).tags] == ["学习", "调研"]


def _annotation(quote: str, modified: str) -> object:
    text = "主题教育推进会在太原召开，会议强调整改落实。"
    start = text.index(quote)
    made = make_annotation("a.txt", "f" * 16, text, start, start + len(quote), ["学习"], "", "甲")
    made.created = made.modified = modified
    return made


def test_what_one_side_removed_without_a_tombstone_stays_removed() -> None:
    kept, dropped, edited = (
        _annotation("主题教育", "2026-01-01T10:00:00.000+08:00"),
        _annotation("太原", "2026-01-01T10:00:00.000+08:00"),
        _annotation("整改落实", "2026-01-01T10:00:00.000+08:00"),
    )
    base = Sidecar(
        tags=[Tag("学习"), Tag("旧标签")],
        wordlists=[WordList("领导", "#3d7ae0", ["甲", "乙"])],
        dictionary=["推进会", "整改落实"],
        annotations={a.id: a for a in (kept, dropped, edited)},  # type: ignore[union-attr]
    )
    ours = base.copy()  # a hand edit: a passage, a tag, a list term and a word removed
    del ours.annotations[dropped.id]  # type: ignore[union-attr]
    del ours.annotations[edited.id]  # type: ignore[union-attr]
    ours.tags = [Tag("学习")]
    ours.wordlists = [WordList("领导", "#3d7ae0", ["甲"])]
    ours.dictionary = ["推进会"]
    theirs = base.copy()  # they left those alone, edited one passage and added a term
    changed = theirs.annotations[edited.id]  # type: ignore[union-attr]
    changed.note, changed.modified = "改过", "2026-01-02T10:00:00.000+08:00"
    theirs.wordlists[0].terms.append("丙")
    theirs.dictionary.append("专项整治")

    merged = three_way(base, ours, theirs)
    assert set(merged.annotations) == {kept.id, edited.id}  # type: ignore[union-attr]
    assert merged.annotations[edited.id].note == "改过"  # type: ignore[union-attr]  # an edit is not lost
    assert dropped.id in merged.deleted  # type: ignore[union-attr]  # and stays gone in later merges
    assert [t.name for t in merged.tags] == ["学习"]
    assert merged.wordlists[0].terms == ["甲", "丙"]
    assert merged.dictionary == ["推进会", "专项整治"]
