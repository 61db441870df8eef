"""The listing number is the ASCII digits in front of a title; digits the title itself
begins with, written full-width, stay in the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.reading.listing import parse_listing_line, peek_listing
from reader.core.reading.loader import load_report

CASES = [
    ("95１５１封举报信，要价１５１万元.txt", 95, "１５１封举报信，要价１５１万元"),
    ("218１.txt", 218, "１"),
    ("１５１封举报信.txt", None, "１５１封举报信"),
    ("154山西省第一批主题教育全面展开.txt", 154, "山西省第一批主题教育全面展开"),
]


@pytest.mark.parametrize(("line", "number", "title"), CASES)
def test_listing_number_is_ascii_digits_and_the_title_keeps_full_width_ones(
    line: str, number: int | None, title: str
) -> None:
    listing = parse_listing_line(line)
    assert listing is not None
    assert (listing.number, listing.title) == (number, title)


@pytest.mark.parametrize(("line", "number", "title"), CASES[:2])
def test_sidebar_peek_and_full_load_agree(tmp_path: Path, line: str, number: int, title: str) -> None:
    path = tmp_path / line
    path.write_text(f"{line}\n<div><span>正文第一段。</span></div>\n", encoding="utf-8")
    peeked = peek_listing(path)
    assert peeked is not None and (peeked.number, peeked.title) == (number, title)
    info = load_report(path, tmp_path).info
    assert (info.number, info.title) == (number, title)
