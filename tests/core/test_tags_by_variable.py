"""Tags by report variables (reader.core.analysis.variables): the built-in variables,
choosing reports by value, and the counts per tag and value, raw and per 100
reports, as a table and as CSV."""

from __future__ import annotations

import csv
import io

import pytest

from reader.core.analysis import (
    PassageFilter,
    builtin_variables,
    combine,
    reports_where,
    tags_by_variable,
    values_of,
)
from reader.core.index.library_index import IndexedReport
from tests.analysis_fixtures import passage

VARIABLES = {
    "r1": {"year": "2019", "folder": "山西"},
    "r2": {"year": "2019", "folder": "北京"},
    "r3": {"year": "2020", "folder": "山西"},
    "r4": {"year": "", "folder": "山西"},  # no date: no year
}


def coded():
    return [
        passage("a1", "r1", 0, 3, ("A",)),
        passage("a2", "r1", 12, 15, ("A", "B")),
        passage("a3", "r2", 0, 2, ("A/x",), author="乙"),
        passage("b1", "r3", 0, 2, ("B",)),
    ]


def test_counts_per_tag_and_year_raw_and_per_100_reports():
    table = tags_by_variable(coded(), VARIABLES, "year")
    assert table.values == ("2019", "2020", "")
    assert table.population == (2, 1, 1)
    assert table.tags == ("A", "A/x", "B")
    # A counts A/x (a3): three passages in the two 2019 reports
    assert table.passages == ((3, 0, 0), (1, 0, 0), (1, 1, 0))
    assert table.reports == ((2, 0, 0), (1, 0, 0), (1, 1, 0))
    assert table.matrix("passages_per_100") == [[150.0, 0.0, 0.0], [50.0, 0.0, 0.0], [50.0, 100.0, 0.0]]
    assert table.matrix("reports_per_100") == [[100.0, 0.0, 0.0], [50.0, 0.0, 0.0], [50.0, 100.0, 0.0]]
    with pytest.raises(ValueError):
        table.matrix("share")


def test_tags_exactly_as_named_and_a_chosen_tag_order():
    table = tags_by_variable(coded(), VARIABLES, "folder", tags=["B", "A"], include_children=False)
    assert table.values == ("北京", "山西")
    assert table.population == (1, 3)
    assert table.passages == ((0, 2), (0, 2))  # a3 is A/x, not A


def test_filters_narrow_the_passages_and_the_population():
    where = PassageFilter(coders=frozenset({"甲"}), reports=reports_where(VARIABLES, {"folder": {"山西"}}))
    table = tags_by_variable(coded(), VARIABLES, "year", where=where)
    assert table.values == ("2019", "2020", "")
    assert table.population == (1, 1, 1)  # r2 (北京) is out
    assert table.tags == ("A", "B")
    assert table.passages == ((2, 0, 0), (1, 1, 0))


def test_a_report_missing_from_the_variables_counts_under_no_value():
    table = tags_by_variable([passage("z", "r9", 0, 2, ("A",))], {"r1": {"year": "2019"}}, "year")
    assert table.values == ("2019", "")
    assert table.population == (1, 1)
    assert table.passages == ((0, 1),)


def test_csv_long_form_in_english_and_chinese():
    variables = {"r1": {"folder": "=SUM(1)"}, "r2": {"folder": ""}}
    table = tags_by_variable([passage("a", "r1", 0, 2, ("A",))], variables, "folder")
    raw = table.to_csv("en")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [
        "Tag",
        "Value",
        "Reports with this value",
        "Passages",
        "Reports with the tag",
        "Passages per 100 reports",
        "Reports with the tag per 100 reports",
    ]
    assert rows[1] == ["A", "'=SUM(1)", "1", "1", "1", "100.0", "100.0"]  # no cell is a formula
    assert rows[2] == ["A", "(no value)", "1", "0", "0", "0.0", "0.0"]
    chinese = list(csv.reader(io.StringIO(table.to_csv("zh").decode("utf-8-sig"))))
    assert chinese[0][:2] == ["标签", "取值"] and chinese[2][1] == "（无）"


def test_builtin_variables_from_the_library_index():
    reports = [
        IndexedReport("山西/001.txt", 1, 1, number=154, title="标题", date="2019-07-29", category="山西"),
        IndexedReport("002.txt", 1, 1, number=None, title="无年份", date="--06-03", category=""),
        IndexedReport("003.txt", 1, 1, title="无日期"),
    ]
    variables = builtin_variables(reports)
    assert variables["山西/001.txt"] == {
        "number": "154",
        "title": "标题",
        "date": "2019-07-29",
        "year": "2019",
        "month": "2019-07",
        "folder": "山西",
    }
    assert variables["002.txt"] == {
        "number": "",
        "title": "无年份",
        "date": "--06-03",
        "year": "",
        "month": "--06",
        "folder": "",
    }
    assert (variables["003.txt"]["year"], variables["003.txt"]["month"]) == ("", "")
    joined = combine(variables, {"002.txt": {"stance": "支持"}})
    assert joined["002.txt"]["stance"] == "支持" and joined["002.txt"]["title"] == "无年份"
    assert values_of(joined, "year") == ["2019", ""]


def test_reports_where_takes_any_of_the_values_of_every_variable():
    assert reports_where(VARIABLES, {"year": {"2019", "2020"}, "folder": {"山西"}}) == {"r1", "r3"}
    assert reports_where(VARIABLES, {"year": {""}}) == {"r4"}
    assert reports_where(VARIABLES, {}) == set(VARIABLES)
    assert values_of({"a": {"n": "10"}, "b": {"n": "2"}, "c": {}}, "n") == ["2", "10", ""]
