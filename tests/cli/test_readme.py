"""The README documents what CI runs and the contracts the code keeps."""

from __future__ import annotations

import re

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")


def _quick_start_commands() -> list[str]:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", quick, re.S)


def test_quick_start_has_two_commands_and_ci_runs_the_test_one() -> None:
    launch, test = _quick_start_commands()
    assert launch.endswith(".venv/bin/reader")
    ci_command = re.search(r"TEST_COMMAND='(.+)'", CI).group(1)
    assert test.endswith(" && " + ci_command)
    ci_packages = re.search(r'SYSTEM_PACKAGES="(.+)"', CI).group(1)
    assert test.startswith(f"sudo apt-get install -y {ci_packages} && ")


def test_readme_documents_every_command_and_info_field() -> None:
    from reader.cli.registry import NAMES
    from reader.core.export.writers import FORMATS

    for command in NAMES:  # a new verb cannot go undocumented
        assert f"`reader {command} " in README, command
    contracts = ("--json", "==> FILE <==", "[图片]", "--format", "--tag T", "--report FILE", "--by report")
    for contract in contracts:
        assert contract in README
    for fmt in FORMATS:
        assert f"| `{fmt}` |" in README, fmt
    for field in ("path", "number", "title", "category", "date", "encoding", "chars", "paragraphs", "images"):
        assert f"`{field}`" in README


def test_readme_documents_the_window_contract() -> None:
    for contract in (
        "reader.app.build_window",
        "`MainWindow`",
        "`reportList`",
        "`filterEdit`",
        "`readerView`",
        "`actionOpenLibrary`",
        "`actionFind`",
        "`actionZoomIn`",
        "`actionZoomOut`",
        "`actionToggleKeywords`",
        "`actionToggleEntities`",
        "reader --install-desktop",
        "REPORT_READER_CONFIG_DIR",
        "REPORT_READER_DATA_DIR",
        "reader-annotations.json",
        "annotate_selection",
        "`annotationList`",
        "`tagList`",
        "`actionUndo`",
        "`actionRedo`",
        "reader annotations DIR",
        "`actionExport`",
        "`actionImportAnnotations`",
        "`actionSearchLibrary`",
        "`searchPanel`",
        "`actionStatistics`",
        "`statsWindow`",
    ):
        assert contract in README, contract
