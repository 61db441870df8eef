"""`reader outline FILE`, `reader similar DIR [REPORT]` and `reader phrases DIR`: text
in the user's language and JSON, exit statuses, one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import SEEDS
from tests.core.test_documents import PASSAGE, planted

OFFICIAL = Path(__file__).parent.parent / "data" / "docstructure" / "gen_001.txt"
NEWS = SEEDS / "001_964562f518f6e3ff.txt"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-documents") / "库"
    shutil.copytree(SEEDS, root)
    planted(root)
    return root


def test_outline_prints_fields_and_indented_headings() -> None:
    result = run("outline", str(OFFICIAL))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "Document number: 晋发〔2022〕54号",
        "Issuing organs: 中共山西省委",
        "Kind: 意见",
        "Date of issue: 2022-08-10",
    ]
    assert "  一、 重点工作  [108]" in lines and "    （一） 加强监督检查  [115]" in lines
    chinese = run("outline", str(OFFICIAL), lang="zh_CN").stdout.splitlines()
    assert chinese[0] == "发文字号：晋发〔2022〕54号"


def test_outline_json_and_a_news_report_without_fields() -> None:
    result = run("outline", "--json", str(OFFICIAL), str(NEWS))
    assert result.returncode == 0, result.stderr
    official, news = json.loads(result.stdout)
    assert official["number"] == "晋发〔2022〕54号" and official["kind"] == "意见"
    assert official["outline"][1]["children"][2]["path"] == "二、（三）"
    assert news["number"] is None and news["organs"] == [] and news["outline"] == []


def test_outline_of_a_missing_file_is_one_line_and_exit_1() -> None:
    result = run("outline", "no-such-report.txt")
    assert result.returncode == 1
    assert result.stderr.strip() == "reader: no-such-report.txt: No such file or folder."


def test_similar_lists_shared_passages_with_carriers_by_date(library: Path) -> None:
    result = run("similar", str(library), "--json")
    assert result.returncode == 0, result.stderr
    passage = next(p for p in json.loads(result.stdout) if PASSAGE[:10] in p["text"])
    assert [o["report"] for o in passage["occurrences"]] == ["22 早报.txt", "23 中报.txt", "21 晚报.txt"]
    text = run("similar", str(library)).stdout
    assert "Passages shared by several reports:" in text and "2019-01-05  22 早报.txt  早报" in text


def test_similar_for_one_report(library: Path) -> None:
    result = run("similar", str(library), str(library / "22 早报.txt"), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["report"] for r in rows} == {"21 晚报.txt", "23 中报.txt"}
    assert all(abs(r["shared_chars"] - len(PASSAGE)) <= 2 and 0 < r["share"] < 1 for r in rows)
    chinese = run("similar", str(library), "22 早报.txt", lang="zh_CN").stdout
    assert chinese.startswith("与 22 早报.txt 有共同段落的报告：")
    outside = run("similar", str(library), str(OFFICIAL))
    assert outside.returncode == 2 and outside.stderr.strip().endswith("not a report of this library")


def test_phrases_lists_formulations_and_stock_phrases(library: Path) -> None:
    result = run("phrases", str(library), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    formulations = {f["text"]: f for f in data["formulations"]}
    assert formulations["四个意识"]["kind"] == "numbered" and formulations["四个意识"]["reports"] >= 2
    assert any(p["text"] == "不忘初心、牢记使命" for p in data["phrases"])
    text = run("phrases", str(library), "--top", "3").stdout.splitlines()
    assert text[0] == "Numbered formulations:" and len(text) == 8


def test_a_missing_library_is_a_usage_error() -> None:
    for verb in ("similar", "phrases"):
        result = run(verb, "/no/such/library")
        assert result.returncode == 2
        assert result.stderr.strip() == "reader: /no/such/library: no such folder"
