"""Cleaning: only text reaches the document, in order, with the banner as an image."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.reading.cleaning import clean_body
from reader.core.reading.document import IMAGE_PLACEHOLDER
from reader.core.reading.listing import parse_listing_line, peek_listing
from reader.core.reading.loader import load_report
from tests.conftest import BANNER, scraper_report


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        (
            "154山西省第一批“不忘初心、牢记使命”主题教育全面展开.txt",
            154,
            "山西省第一批“不忘初心、牢记使命”主题教育全面展开",
        ),
        (
            "16以为民谋利为民尽责的成效取信于民 ——山西、内蒙古部署开展第二批主题教育.txt",
            16,
            "以为民谋利为民尽责的成效取信于民 ——山西、内蒙古部署开展第二批主题教育",
        ),
        ("7 Title with spaces - and dashes.TXT", 7, "Title with spaces - and dashes"),
        ("没有编号的标题.txt", None, "没有编号的标题"),
    ],
)
def test_listing_line(line: str, number: int | None, title: str) -> None:
    listing = parse_listing_line(line)
    assert listing is not None
    assert (listing.number, listing.title) == (number, title)


@pytest.mark.parametrize("line", ["<div><span>正文</span></div>", "普通的一句话。", "", "   "])
def test_non_listing_lines(line: str) -> None:
    assert parse_listing_line(line) is None


def test_paragraphs_spacers_and_whitespace(tmp_path: Path) -> None:
    body = (
        "<div><span style='font-size:16px;display:block'> \u3000\u3000第一段&amp;正文。\u3000</span></div>"
        "<div>&nbsp;</div><div>\u00a0 \u3000</div>"
        "<div><span style='text-indent:30px;display:block'>\u3000第二段 \n 跨行。</span></div>"
    )
    report = load_report(write(tmp_path, "r.txt", "1标题.txt\n" + body))
    assert report.document.paragraphs == ["第一段&正文。", "第二段 跨行。"]
    assert report.document.text == "第一段&正文。\n第二段 跨行。"


def test_scripts_styles_comments_and_attributes_never_reach_the_text(tmp_path: Path) -> None:
    body = (
        "<style>.x{color:red}</style><script>alert('x')</script><!-- 注释 -->"
        "<div title='属性' onclick='evil()'><span data-x='值'>正文一</span></div>"
        "<template><p>模板</p></template><noscript>不显示</noscript>"
        "<div>正文二<![CDATA[数据]]></div>"
    )
    report = load_report(write(tmp_path, "r.txt", "2标题.txt\n" + body))
    assert report.document.paragraphs == ["正文一", "正文二"]


def test_literal_markup_in_text_stays_text(tmp_path: Path) -> None:
    body = '<div><span>文中写着 &lt;img src="/dev/zero"&gt; 这段字。</span></div>'
    report = load_report(write(tmp_path, "r.txt", "3标题.txt\n" + body))
    assert report.document.paragraphs == ['文中写着 <img src="/dev/zero"> 这段字。']


def test_banner_becomes_an_image_block_in_place(tmp_path: Path) -> None:
    text = scraper_report("306吉林省会议召开.txt", "第一段。", "第二段。", banner_before=1)
    report = load_report(write(tmp_path, "r.txt", text))
    assert report.document.lines() == ["第一段。", IMAGE_PLACEHOLDER, "第二段。"]
    assert "这里有图片" not in report.document.text
    assert report.info.images == 1
    image = next(b for b in report.document.blocks if b.kind == "image")
    assert image.start == image.end == len("第一段。\n")


def test_banner_at_start_and_on_a_line_with_markup(tmp_path: Path) -> None:
    text = (
        "9标题.txt\n" + BANNER + "<div><span>甲。</span></div>"
        "-------------------这里有图片------------<div><span>乙。</span></div>"
    )
    report = load_report(write(tmp_path, "r.txt", text))
    assert report.document.lines() == [IMAGE_PLACEHOLDER, "甲。", IMAGE_PLACEHOLDER, "乙。"]


def test_words_about_pictures_are_not_a_banner() -> None:
    assert clean_body("这里有图片说明的文字。\n") == ["这里有图片说明的文字。"]


def test_plain_text_one_paragraph_per_line(tmp_path: Path) -> None:
    text = "5纯文本报告.txt\n\u3000\u3000第一行。\n\n   \n第二行。  \n" + BANNER + "第三行。"
    report = load_report(write(tmp_path, "r.txt", text))
    assert report.document.lines() == ["第一行。", "第二行。", IMAGE_PLACEHOLDER, "第三行。"]


def test_plain_text_without_header_takes_the_file_name(tmp_path: Path) -> None:
    report = load_report(write(tmp_path, "笔记 草稿.txt", "只有正文。\n第二行。"))
    assert report.title == "笔记 草稿"
    assert report.info.number is None
    assert report.document.paragraphs == ["只有正文。", "第二行。"]


def test_html_file_title_and_blocks(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>网页标题</title><meta charset='utf-8'>"
        "<style>p{}</style></head><body><h1>大标题</h1><p>第一段<br>换行<b>加粗</b>。</p>"
        "<ul><li>条目一</li><li>条目二</li></ul><img src='http://example.invalid/x.png'></body></html>"
    )
    report = load_report(write(tmp_path, "页面.html", page))
    assert report.title == "网页标题"
    assert report.document.lines() == [
        "大标题",
        "第一段",
        "换行加粗。",
        "条目一",
        "条目二",
        IMAGE_PLACEHOLDER,
    ]


def test_deep_nesting_does_not_overflow(tmp_path: Path) -> None:
    body = "<div>" * 50_000 + "深处的文字" + "</div>" * 50_000
    report = load_report(write(tmp_path, "r.html", body))
    assert report.document.paragraphs == ["深处的文字"]


def test_characters_outside_the_bmp_count_as_one(tmp_path: Path) -> None:
    text = scraper_report("8标题.txt", "𠀀主题教育", "第二段")
    report = load_report(write(tmp_path, "r.txt", text))
    doc = report.document
    assert doc.text == "𠀀主题教育\n第二段"
    assert doc.blocks[1].start == 6
    assert report.info.chars == 8


def test_dates_full_partial_and_absent(tmp_path: Path) -> None:
    def date_of(*paras: str) -> str | None:
        info = load_report(write(tmp_path, "d.txt", scraper_report("1标题.txt", *paras))).info
        return info.date.iso() if info.date else None

    assert date_of("会议于2019年7月29日召开。") == "2019-07-29"
    assert date_of("6月3日，北京市委召开会议。", "2019年9月10日") == "--06-03"
    assert date_of("２０１９年１０月１日举行。") == "2019-10-01"
    assert date_of("共有13月40日这样的错字，和126月的数字。") is None
    assert date_of("没有日期。") is None


def test_report_in_its_own_folder_with_images(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    folder = library / "分类甲" / "306吉林省会议召开"
    text = scraper_report("306吉林省会议召开.txt", "第一段。", "第二段。", banner_before=1)
    path = write(folder, "306吉林省会议召开.txt", text)
    (folder / "图片").mkdir()
    for name in ("1.jpg", "0.jpg", "10.jpg", "2.jpg"):
        (folder / "图片" / name).write_bytes(b"\xff\xd8\xff")

    report = load_report(path, library)

    assert report.info.category == "分类甲"
    assert [p.name for p in report.image_files] == ["0.jpg", "1.jpg", "2.jpg", "10.jpg"]
    # One banner in the text; the three other images on disk stand at the end.
    assert report.document.lines() == ["第一段。", IMAGE_PLACEHOLDER, "第二段。", *[IMAGE_PLACEHOLDER] * 3]
    assert report.info.images == 4


def test_shared_image_folder_is_not_claimed_by_several_reports(tmp_path: Path) -> None:
    write(tmp_path, "1甲.txt", scraper_report("1甲.txt", "甲"))
    path = write(tmp_path, "2乙.txt", scraper_report("2乙.txt", "乙"))
    (tmp_path / "图片").mkdir()
    (tmp_path / "图片" / "0.jpg").write_bytes(b"\xff\xd8\xff")
    assert load_report(path, tmp_path).image_files == ()


def test_peek_listing_reads_only_the_head(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt", scraper_report("42标题四十二.txt", "正文" * 10_000), "gb18030")
    listing = peek_listing(path)
    assert listing is not None
    assert (listing.number, listing.title) == (42, "标题四十二")


def test_peek_listing_reads_a_big5_title(tmp_path: Path) -> None:
    """The sidebar's first title of a traditional report is its own, not GB18030 garble."""
    path = write(
        tmp_path, "r.txt", scraper_report("6經濟發展座談會.txt", "中華民國經濟發展座談會今日舉行。"), "big5"
    )
    listing = peek_listing(path)
    assert listing is not None
    assert (listing.number, listing.title) == (6, "經濟發展座談會")
