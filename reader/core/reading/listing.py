"""The scraper's first line: the original file name, listing number + title + '.txt'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reader.core.problems import ReportError
from reader.core.reading.encoding import decode_bytes
from reader.core.reading.safe_read import read_head

#: The listing number is ASCII digits; digits written full-width (`１５１`) are the
#: title's own ('95１５１封举报信.txt' is number 95, title '１５１封举报信').
_LISTING = re.compile(r"^(?P<number>[0-9]+)?\s*(?P<title>.*?)\s*\.(?:txt|html?)$", re.IGNORECASE)
_MAX_LINE = 400


@dataclass(frozen=True, slots=True)
class ListingName:
    number: int | None
    title: str


def parse_listing_line(line: str) -> ListingName | None:
    """Number and title from a line such as '154山西省第一批….txt', else None.

    >>> parse_listing_line("154山西省第一批主题教育全面展开.txt")
    ListingName(number=154, title='山西省第一批主题教育全面展开')
    """
    line = line.strip().lstrip("\ufeff").strip()
    if not line or len(line) > _MAX_LINE or "<" in line or ">" in line:
        return None
    match = _LISTING.match(line)
    if match is None:
        return None
    number = match.group("number")
    title = match.group("title").strip()
    if not title and number is None:
        return None
    return ListingName(int(number) if number else None, title)


def peek_listing(path: Path) -> ListingName | None:
    """Number and title from a report's first line, reading only its first 4 KB.

    Fast enough to fill a list of 10,000 reports; None when the file has no
    scraper header (or cannot be read: the full load reports why).
    """
    try:
        head = read_head(path)
    except OSError:
        return None
    line = head.split(b"\n", 1)[0]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            if codec.startswith("utf-16"):
                text = head[len(bom) :].decode(codec, "ignore")
                return parse_listing_line(text.split("\n", 1)[0])
            line = line[len(bom) :]
            break
    try:
        return parse_listing_line(line.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:  # GB18030 or Big5, whichever reads as common Chinese
        return parse_listing_line(decode_bytes(line).text)
    except ReportError:
        return None
