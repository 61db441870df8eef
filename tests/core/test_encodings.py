"""Every encoding met in the wild decodes to the same text, and is named in the info."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.problems import ReportError
from reader.core.reading.encoding import decode_bytes
from reader.core.reading.loader import load_report
from tests.conftest import scraper_report

SIMPLIFIED = scraper_report(
    "154山西省第一批“不忘初心、牢记使命”主题教育全面展开.txt",
    "唯有不忘初心，才能知根知本、坚定信仰；唯有牢记使命，才能知重扛重、砥砺前行。",
    "2019年7月29日，山西省主题教育推进会在太原召开。",
)
TRADITIONAL = scraper_report(
    "12臺灣地區經濟發展座談會召開.txt",
    "中華民國總統府今日舉行記者會，說明政府對於經濟發展與兩岸關係的最新政策。",
    "行政院長表示，將持續推動產業升級，並加強社會福利制度，確保國民生活品質。",
)

CASES = [
    ("utf-8", SIMPLIFIED, lambda t: t.encode("utf-8")),
    ("utf-8-sig", SIMPLIFIED, lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("gb18030", SIMPLIFIED, lambda t: t.encode("gb2312")),
    ("gb18030", SIMPLIFIED, lambda t: t.encode("gbk")),
    ("gb18030", SIMPLIFIED + "𠀀", lambda t: t.encode("gb18030")),
    ("big5", TRADITIONAL, lambda t: t.encode("big5")),
    ("utf-16-le", SIMPLIFIED, lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf-16-be", SIMPLIFIED, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("utf-16-le", SIMPLIFIED, lambda t: t.encode("utf-16-le")),  # no BOM
]


@pytest.mark.parametrize(
    ("expected", "text", "encode"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_report_decodes_identically(tmp_path: Path, expected: str, text: str, encode) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(encode(text))
    reference = tmp_path / "reference.txt"
    reference.write_bytes(text.encode("utf-8"))

    report = load_report(path)

    assert report.info.encoding == expected
    assert report.document.text == load_report(reference).document.text
    assert report.info.title == load_report(reference).info.title


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(tmp_path: Path, line_end: str) -> None:
    text = "3测试报告.txt\n第一段。\n\n第二段。\n"
    path = tmp_path / "r.txt"
    path.write_bytes(text.replace("\n", line_end).encode("gbk"))
    report = load_report(path)
    assert (report.info.number, report.title) == (3, "测试报告")
    assert report.document.paragraphs == ["第一段。", "第二段。"]
    assert report.info.encoding == "gb18030"


def test_whole_file_decides_not_the_first_line(tmp_path: Path) -> None:
    """'省委通山' in GBK is valid UTF-8; the body that follows is not."""
    title = "省委通山.txt"
    assert title.encode("gbk").decode("utf-8")  # the trap: the first line alone passes as UTF-8
    path = tmp_path / "r.txt"
    path.write_bytes(scraper_report(title, "全省主题教育全面展开，各级党组织迅速行动。").encode("gbk"))
    report = load_report(path)
    assert report.info.encoding == "gb18030"
    assert report.title == "省委通山"


def test_short_gbk_that_is_valid_utf8(tmp_path: Path) -> None:
    data = "省委通山".encode("gbk")
    assert data.decode("utf-8")
    assert decode_bytes(data).text == "省委通山"


@pytest.mark.parametrize("text", ["café naïve", "Straße", "Ελληνικά κείμενο", "λόγος", "Привет мир"])
def test_western_utf8_is_not_mistaken_for_gbk(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (text, "utf-8")


def test_other_legacy_encodings_are_recognised() -> None:
    text = "Le rapport annuel présente les résultats économiques de la région. " * 5
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64,
        bytes(range(256)) * 16,
    ],
    ids=["png", "elf", "all-bytes"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(ReportError) as caught:
        decode_bytes(data)
    assert caught.value.code in {"binary", "undecodable"}


def test_broken_utf16_with_bom_is_undecodable() -> None:
    with pytest.raises(ReportError) as caught:
        decode_bytes(codecs.BOM_UTF16_LE + "正文".encode("utf-16-le") + b"\x00\xd8")
    assert caught.value.code == "undecodable"


def test_a_report_error_keeps_its_reason_across_processes() -> None:
    import pickle

    from reader.core.problems import ReportError

    error = ReportError("too-large", size="5.2 MB", limit="4.0 MB")
    copy = pickle.loads(pickle.dumps(error))  # as a worker process sends it back
    assert copy.reason("en") == error.reason("en") and "5.2 MB" in copy.reason("zh")
    assert str(copy) == error.reason("en")
