"""Memos and report variables: the pure rules (no Qt, no files)."""

from __future__ import annotations

import pytest

from reader.core.annotations.memos import JOURNAL, REPORT, TAG, MemoError, edited, make_memo, merge_memos
from reader.core.annotations.report_variables import (
    CHOICE,
    DATE,
    NUMBER,
    TEXT,
    Casebook,
    Value,
    Variable,
    VariableError,
    check_variable,
    merge_casebooks,
    normalise_value,
    parse_csv,
    set_variables,
    sort_key,
    value_changes,
)

T1, T2, T3 = "2026-11-26T10:00:00.000+08:00", "2026-11-26T11:00:00.000+08:00", "2026-11-26T12:00:00.000+08:00"


def test_a_memo_is_about_a_report_a_tag_or_nothing() -> None:
    assert make_memo(REPORT, "a/001.txt", " 读后 ", "第一段\n\n第二段", "甲", T1).title == "读后"
    assert make_memo(TAG, "整改", "", "定义", "甲", T1).label() == "定义"
    assert make_memo(JOURNAL, "ignored", "日志", "", "甲", T1).about == ""
    with pytest.raises(MemoError):
        make_memo(REPORT, "", "无对象", "", "甲", T1)
    with pytest.raises(MemoError):
        make_memo("folder", "x", "", "", "甲", T1)
    with pytest.raises(MemoError) as caught:
        make_memo(JOURNAL, "", "两行\n标题", "", "甲", T1)
    assert "标题" in caught.value.reason("zh")
    with pytest.raises(MemoError):
        make_memo(JOURNAL, "", "", "NUL\u0000", "甲", T1)


def test_memos_merge_by_id_newest_wins_and_a_deletion_holds_against_older_copies() -> None:
    base = make_memo(JOURNAL, "", "日志", "v1", "甲", T1)
    ours = edited(base, T2, text="我方修改")
    theirs = edited(base, T3, text="对方后改")
    merged, dead = merge_memos({base.id: ours}, {base.id: theirs}, {}, {})
    assert merged[base.id].text == "对方后改" and not dead
    other = make_memo(REPORT, "001.txt", "", "删掉的", "乙", T1)
    merged, dead = merge_memos({}, {other.id: other}, {other.id: T2}, {})
    assert other.id not in merged and dead == {other.id: T2}
    revived = edited(other, T3, text="删除后又编辑")
    merged, _ = merge_memos({}, {other.id: revived}, {other.id: T2}, {})
    assert merged[other.id].text == "删除后又编辑"


def test_values_are_kept_in_one_form_whatever_way_they_are_typed() -> None:
    number, when = Variable("人数", NUMBER), Variable("发布", DATE)
    region = Variable("地区", CHOICE, ("华北", "华东"))
    assert normalise_value(number, "１，２００") == "1200"
    assert normalise_value(number, "3.50") == "3.5"
    assert normalise_value(when, "2019年7月29日") == "2019-07-29"
    assert normalise_value(when, "2019/7") == "2019-07"
    assert normalise_value(region, " 华北 ") == "华北" and normalise_value(region, "") == ""
    for variable, bad in ((number, "很多"), (number, "nan"), (when, "2019-02-30"), (region, "西南")):
        with pytest.raises(VariableError):
            normalise_value(variable, bad)
    with pytest.raises(VariableError):
        normalise_value(Variable("备注", TEXT), "一行\n两行")
    assert sorted(["10", "", "9"], key=lambda v: sort_key(number, v)) == ["9", "10", ""]


def test_a_variable_cannot_take_a_builtin_name_nor_have_empty_or_repeated_choices() -> None:
    bad_ones = (
        Variable("year"),
        Variable(" "),
        Variable("地区", CHOICE),
        Variable("地区", CHOICE, ("甲", "甲")),
    )
    for bad in bad_ones:
        with pytest.raises(VariableError):
            check_variable(bad)
    with pytest.raises(VariableError):
        check_variable(Variable("x", "colour"))
    assert check_variable(Variable(" 地区 ", CHOICE, (" 甲", "乙"))) == Variable("地区", CHOICE, ("甲", "乙"))


def test_two_coders_values_merge_by_report_and_variable_and_a_deleted_variable_stays_deleted() -> None:
    region = Variable("地区", CHOICE, ("华北", "华东"))
    ours = Casebook([region], {"地区": T1}, {}, {("a.txt", "地区"): Value("华北", T2)})
    theirs = Casebook(
        [region, Variable("人数", NUMBER)],
        {"地区": T1, "人数": T1},
        {},
        {
            ("a.txt", "地区"): Value("华东", T3),
            ("b.txt", "地区"): Value("华北", T1),
            ("a.txt", "人数"): Value("5", T1),
        },
    )
    merged = merge_casebooks(ours, theirs)
    assert merged.table() == {"a.txt": {"地区": "华东", "人数": "5"}, "b.txt": {"地区": "华北"}}
    set_variables(ours, [], T2)  # we delete 地区 after they set b's value, before their a edit
    merged = merge_casebooks(ours, theirs)
    assert merged.variable("地区") is None and merged.table() == {"a.txt": {"人数": "5"}}


def test_edits_are_normalised_and_name_the_report_that_does_not_fit() -> None:
    book = Casebook([Variable("人数", NUMBER)])
    before, after = value_changes(book, [("a.txt", "人数", "１２"), ("b.txt", "人数", "")])
    assert before == {("a.txt", "人数"): ""} and after == {("a.txt", "人数"): "12"}
    with pytest.raises(VariableError) as caught:
        value_changes(book, [("c.txt", "人数", "十二")])
    assert "c.txt" in caught.value.reason("en")


def test_a_csv_keyed_by_file_sets_values_types_new_columns_and_lists_what_it_could_not_use() -> None:
    book = Casebook([Variable("地区", CHOICE, ("华北", "华东"))])
    raw = (
        "文件,地区,人数,发布,备注\n001.txt,华北,12,2019-07-29,好\n"
        "sub/002.txt,西南,3,2019-08-01,\n无此文件,华东,1,2019,\n"
    )
    result = parse_csv(raw.encode("gb18030"), book, ["001.txt", "sub/002.txt"])
    typed = [(v.name, v.type) for v in result.new_variables]
    assert typed == [("人数", NUMBER), ("发布", DATE), ("备注", TEXT)]
    assert ("001.txt", "地区", "华北") in result.edits and ("sub/002.txt", "人数", "3") in result.edits
    assert [(row, name) for row, name, _ in result.errors] == [(3, "地区")]
    assert result.unknown_reports == [(4, "无此文件")]
    with pytest.raises(VariableError):
        parse_csv(b"a,b\n1,2\n", book, [])
