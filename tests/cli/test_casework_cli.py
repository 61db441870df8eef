"""`reader memos`, `reader variables` (list and --import), `reader cooccurrence` and
`reader autocode --dry-run`: their text and JSON output, exit statuses, messages in
both languages, and that a dry run writes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.core.annotations.memos import JOURNAL, REPORT
from reader.core.annotations.report_variables import NUMBER, Variable
from reader.core.annotations.store import FILE_NAME
from reader.core.library import Library
from tests.cli.test_cli import run
from tests.conftest import SEEDS

FIRST = "001_964562f518f6e3ff.txt"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    shutil.copytree(SEEDS, root)
    session = Library(root)
    report = session.load(next(e for e in session.entries if e.relpath == FIRST))
    text = report.document.text
    for phrase, tag in (("主题教育", "学习"), ("主题教育推进会", "整改"), ("骆惠宁", "领导")):
        start = text.index(phrase)
        session.apply(session.annotate(report, start, start + len(phrase), [tag], "", "甲"))
    session.apply(session.add_memo(JOURNAL, "", "第一周", "读了三篇。\n下周继续。", "甲"))
    session.apply(session.add_memo(REPORT, FIRST, "初读", "", "乙"))
    session.apply(session.define_variable(Variable("人数", NUMBER)))
    session.apply(session.set_values([(FIRST, "人数", "12")]))
    session.save()
    return root


def test_memos_are_listed_as_text_and_json(library: Path) -> None:
    result = run("memos", str(library), lang="zh_CN")
    assert result.returncode == 0 and "第一周\t[日志]" in result.stdout and "  下周继续。\n" in result.stdout
    assert "共 2 条备忘录" in result.stdout
    memos = json.loads(run("memos", str(library), "--kind", "report", "--json").stdout)
    assert [(m["kind"], m["about"], m["title"], m["author"]) for m in memos] == [
        ("report", FIRST, "初读", "乙")
    ]


def test_variables_are_listed_and_imported_from_a_csv(library: Path, tmp_path: Path) -> None:
    lines = run("variables", str(library)).stdout.splitlines()
    assert lines[0] == (
        "file\tnumber\ttitle\tdate\tfolder\tdoc_number\tdoc_organs\tdoc_kind\tdoc_date\tdoc_attachments\t人数"
    )
    row = next(line.split("\t") for line in lines if line.startswith(FIRST))
    assert row[5:10] == ["", "", "", "", ""]  # a news report: no document fields invented
    assert row[1] == "34" and row[3] == "2019-07-29" and row[-1] == "12"
    csv_file = tmp_path / "v.csv"
    csv_file.write_text(
        "文件,人数,地区\n002_6d946ca4620bde1b.txt,７,华北\n无此报告.txt,3,东北\n", encoding="gb18030"
    )
    result = run("variables", str(library), "--import", str(csv_file))
    assert result.returncode == 1  # a row was not imported, and says why
    assert "Imported 2 values and 1 new variables" in result.stdout and "无此报告.txt" in result.stderr
    data = json.loads(run("variables", str(library), "--json").stdout)
    values = {r["report"]: r["values"] for r in data["reports"]}
    assert values["002_6d946ca4620bde1b.txt"] == {"人数": "7", "地区": "华北"}
    assert [v["name"] for v in data["variables"]] == ["人数", "地区"]
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    refused = run("variables", str(library), "--import", str(bad))
    assert refused.returncode == 2 and "column naming the report" in refused.stderr


def test_cooccurrence_prints_counts_and_jaccard(library: Path) -> None:
    result = run("cooccurrence", str(library))
    assert result.returncode == 0 and "Jaccard similarity:" in result.stdout
    data = json.loads(run("cooccurrence", str(library), "--mode", "report", "--json").stdout)
    tags = data["tags"]
    i, j = tags.index("学习"), tags.index("领导")
    assert data["counts"][i][j] == 2 and data["jaccard"][i][j] == 1.0  # one report holds both
    overlap = json.loads(run("cooccurrence", str(library), "--json").stdout)
    assert overlap["counts"][i][j] == 0 and overlap["counts"][i][tags.index("整改")] == 2


def test_autocode_dry_run_lists_proposals_and_writes_nothing(library: Path, tmp_path: Path) -> None:
    rules = tmp_path / "规则.txt"
    rules.write_text("[学习]\n主题教育\n[调研]\n调查研究\n", encoding="utf-8")
    before = (library / FILE_NAME).read_bytes()
    result = run("autocode", str(library), str(rules), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["rules"]["name"] == "规则.txt" and data["unit"] == "sentence"
    assert {p["tag"] for p in data["proposals"]} == {"学习", "调研"}
    assert all("主题教育" in p["passage"] or "调查研究" in p["passage"] for p in data["proposals"])
    assert (library / FILE_NAME).read_bytes() == before
    text = run("autocode", str(library), str(rules), "--dry-run", "--unit", "hit").stdout
    assert "Proposals per tag:" in text and "nothing was written" in text
    refused = run("autocode", str(library), str(rules), lang="zh_CN")
    assert refused.returncode == 2 and "只提供 --dry-run" in refused.stderr
    rules.write_text("[学习]\nre:(未闭合\n", encoding="utf-8")
    bad = run("autocode", str(library), str(rules), "--dry-run")
    assert bad.returncode == 2 and "Line 2" in bad.stderr and "Traceback" not in bad.stderr


def test_variables_lists_an_official_documents_recognised_fields(library: Path) -> None:
    shutil.copy(Path(__file__).parents[1] / "data" / "docstructure" / "gen_001.txt", library / "official.txt")
    data = json.loads(run("variables", str(library), "--json").stdout)
    official = next(r for r in data["reports"] if r["report"] == "official.txt")
    assert (official["doc_number"], official["doc_organs"], official["doc_kind"], official["doc_date"]) == (
        "晋发〔2022〕54号",
        "中共山西省委",
        "意见",
        "2022-08-10",
    )
    assert official["values"] == {}  # read from the text, not stored as the user's values
    news = next(r for r in data["reports"] if r["report"] == FIRST)
    assert news["doc_number"] == news["doc_kind"] == news["doc_date"] == ""
    row = next(line.split("\t") for line in run("variables", str(library)).stdout.splitlines()
               if line.startswith("official.txt"))  # fmt: skip
    assert row[5:9] == ["晋发〔2022〕54号", "中共山西省委", "意见", "2022-08-10"]


def test_search_with_memos_lists_memo_hits_after_the_reports_and_leaves_the_rest_alone(library: Path) -> None:
    plain = run("search", str(library), "下周", lang="en_US")
    assert plain.returncode == 0 and "memo" not in plain.stdout  # without --memos: as before
    result = run("search", str(library), "下周", "--memos", lang="zh_CN")
    assert result.returncode == 0
    assert result.stdout.startswith(plain.stdout.replace("0 hits in 0 reports.", "共 0 篇报告中 0 处匹配。"))
    assert "memo:journal\t-\t第一周\t(1)\n" in result.stdout
    assert "  text       6  " in result.stdout and "读了三篇。 【下周】继续。" in result.stdout
    assert result.stdout.endswith("共 1 条备忘录中 1 处匹配。\n")
    items = json.loads(run("search", str(library), "初读", "--memos", "--json").stdout)
    assert [(i.get("memo") is not None, i.get("kind"), i.get("title"), i.get("count")) for i in items] == [
        (True, "report", "初读", 1)
    ]
    assert items[0]["hits"][0] | {} == {
        "field": "title",
        "start": 0,
        "end": 2,
        "left": "",
        "hit": "初读",
        "right": "",
    }
