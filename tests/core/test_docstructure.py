"""Document structure: 文号, organs, 文种, 成文日期, attachments, outline and section paths
(GB/T 9704-2012 layouts), and nothing of the kind invented for news reports."""

from __future__ import annotations

import pytest

from benchmarks.bench_docstructure import found_fields, labelled_set
from reader.core.analysis.docstructure import analyse_document, find_numbers
from reader.core.analysis.docstructure.numerals import cn_number, find_dates
from reader.core.reading.dates import ReportDate

SET = {item.name: item for item in labelled_set()}
NEWS = sorted(name for name, item in SET.items() if item.layout.startswith("news"))
HAND_WRITTEN = sorted(name for name in SET if name.startswith("odd_"))
GENERATED = sorted(name for name in SET if name.startswith("gen_0"))[::8]


def test_the_labelled_set_has_both_genres_and_enough_documents() -> None:
    assert len(SET) >= 100
    assert len(NEWS) >= 25
    assert {name for name in NEWS if name.startswith("news_seed_")} == {f"news_seed_{i}" for i in range(5)}


@pytest.mark.parametrize("name", HAND_WRITTEN + GENERATED)
def test_official_document_fields_as_labelled(name: str) -> None:
    item = SET[name]
    found = found_fields(analyse_document(item.text, item.title), item.text, item.expected["paths"])
    for field in ("number", "organs", "kind", "date", "attachments", "outline", "paths"):
        assert found[field] == item.expected[field], field


@pytest.mark.parametrize("name", NEWS)
def test_nothing_is_invented_for_a_news_report(name: str) -> None:
    item = SET[name]
    structure = analyse_document(item.text, item.title)
    assert structure.number is None
    assert structure.organs == []
    assert structure.kind is None
    assert structure.date is None
    assert structure.attachments == []
    assert not structure.is_official


def test_a_number_quoted_in_running_text_is_cited_not_the_documents_own() -> None:
    text = (
        "根据《国务院关于促进乡村产业振兴的指导意见》（国发〔2019〕12号）要求，我省出台实施意见。\n"
        "下一步将加强督促指导。"
    )
    structure = analyse_document(text, "我省出台措施促进乡村产业振兴")
    assert structure.number is None
    assert [n.normalised for n in structure.cited_numbers] == ["国发〔2019〕12号"]
    assert text[structure.cited_numbers[0].start : structure.cited_numbers[0].end] == "国发〔2019〕12号"


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("国发〔2019〕12号", "国发〔2019〕12号"),
        ("中办发［２０１９］３号", "中办发〔2019〕3号"),
        ("晋政办发[2020]21号", "晋政办发〔2020〕21号"),
        ("京政发（2018）7号", "京政发〔2018〕7号"),
        ("国办函(2019)72号", "国办函〔2019〕72号"),
        ("豫财预【2021】5号", "豫财预〔2021〕5号"),
        ("晋财农〔２０１９〕　１５　号", "晋财农〔2019〕15号"),
    ],
)
def test_document_numbers_in_every_bracket_and_width(written: str, normalised: str) -> None:
    text = f"各市人民政府：\n{written}"
    (number,) = find_numbers(text)
    assert number.normalised == normalised
    assert text[number.start : number.end] == written


def test_a_standalone_number_in_the_header_is_the_documents_own() -> None:
    text = "\n".join(
        [
            "国务院文件",
            "国发［２０１９］１２号",
            "国务院关于促进乡村产业振兴的指导意见",
            "各省、自治区、直辖市人民政府：",
            "正文。",
            "国务院",
            "2019年6月17日",
        ]
    )
    structure = analyse_document(text)
    assert structure.number is not None and structure.number.normalised == "国发〔2019〕12号"
    assert structure.number.start == text.index("国发")
    assert [o.name for o in structure.organs] == ["国务院"]
    assert structure.kind == "意见"
    assert structure.date == ReportDate(2019, 6, 17)
    assert structure.variables() == {
        "doc_number": "国发〔2019〕12号",
        "doc_organs": "国务院",
        "doc_kind": "意见",
        "doc_date": "2019-06-17",
        "doc_attachments": "",
    }


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("一百零五", 105),
        ("二〇一九", 2019),
        ("２３", 23),
        ("③", 3),
    ],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert cn_number(numeral) == value


def test_dates_in_chinese_numerals_and_full_width_digits() -> None:
    text = (
        "二〇一九年三月五日、二○二〇年十二月三十一日、二零一八年十月一日和２０１９年３月５日；"
        "2019年2月30日不是日期"
    )
    assert [f.date.iso() for f in find_dates(text)] == [
        "2019-03-05",
        "2020-12-31",
        "2018-10-01",
        "2019-03-05",
    ]


def test_section_paths_of_articles_clauses_and_items() -> None:
    text = "\n".join(
        [
            "第一章　总则",
            "第一条　为了规范管理，制定本办法。",
            "第二条　申请人应当提交下列材料：",
            "（一）申请书；",
            "（二）身份证明。",
            "前款规定的材料应当真实。",
            "第二章　附则",
            "第三条　本办法自发布之日起施行。",
        ]
    )
    structure = analyse_document(text, "某某管理办法")
    assert structure.kind == "办法"
    assert structure.section_path(text.index("身份证明")) == "第二条第一款第（二）项"
    assert structure.section_path(text.index("前款")) == "第二条第二款"
    assert structure.section_path(text.index("规范管理")) == "第一条"
    assert structure.section_path(text.index("施行")) == "第三条"
    assert [s.label for s in structure.sections_at(text.index("施行"))] == ["第二章", "第三条"]


def test_section_paths_of_the_standards_levels() -> None:
    text = "\n".join(
        [
            "为做好工作，现通知如下。",
            "一、总体要求",
            "二、主要任务",
            "（一）加强领导。",
            "（四）落实责任。",
            "（二）完善机制。",
            "1．建立台账。",
            "2．定期调度。逐月报送进展。",
            "（1）按月报送。",
            "①报表。",
        ]
    )
    structure = analyse_document(text, "关于做好工作的通知")
    assert structure.section_path(text.index("逐月报送")) == "二、（二）2．"
    assert structure.section_path(text.index("按月")) == "二、（二）2．（1）"
    assert structure.section_path(text.index("报表")) == "二、（二）2．（1）①"
    # a （四） out of sequence is text of （一）
    assert structure.section_path(text.index("落实责任")) == "二、（一）"
    assert structure.section_path(0) == ""


def test_attachments_from_the_note_and_their_own_pages() -> None:
    text = "\n".join(
        [
            "晋政办发〔2021〕3号",
            "山西省人民政府办公厅关于做好统计工作的通知",
            "各市人民政府：",
            "请认真做好统计工作。",
            "附件：1．统计表",
            "2．联系人名单",
            "山西省人民政府办公厅",
            "2021年1月20日",
            "附件1",
            "统计表",
            "一、人口",
            "附件2",
            "联系人名单",
            "张三",
        ]
    )
    structure = analyse_document(text)
    assert [(a.number, a.name) for a in structure.attachments] == [(1, "统计表"), (2, "联系人名单")]
    body = structure.attachments[1].body
    assert body is not None and text[body[0] : body[1]] == "附件2\n联系人名单\n张三"
    assert structure.section_path(text.index("人口")) == "附件1 一、"
    assert structure.date == ReportDate(2021, 1, 20)
