"""Chinese numerals and dates as official documents write them.

`cn_number('二十三')` is 23, `cn_number('二〇一九')` 2019 (digit by digit, for years);
`find_dates` finds '2019年3月5日', '２０１９年３月５日' and '二〇一九年三月五日' with their
code-point spans.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core.reading.dates import ReportDate

_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
#: Characters of a Chinese numeral (digits and units).
CN_DIGITS = "〇○零一二两三四五六七八九"
CN_NUMERAL = CN_DIGITS + "十百千"
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① .. ⑳


def cn_number(text: str) -> int | None:
    """The value of a Chinese numeral ('十二' 12, '一百零五' 105, '二〇一九' 2019) or of
    ASCII/full-width digits; None when `text` is not one."""
    text = unicodedata.normalize("NFKC", text.strip())
    if not text:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if text in _CIRCLED:
        return _CIRCLED[text]
    if any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    if not any(ch in _UNITS for ch in text):  # digit by digit: 二〇一九
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
    return total + (digit or 0)


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: ReportDate
    start: int
    end: int


_N = rf"[0-9０-９]|[{CN_NUMERAL}]"
_DATE = re.compile(
    rf"(?P<year>(?:[0-9０-９]\s*){{4}}|[{CN_DIGITS}]{{4}})\s*年\s*"
    rf"(?P<month>(?:{_N}){{1,3}})\s*月\s*(?P<day>(?:{_N}){{1,3}})\s*日"
)


def find_dates(text: str) -> Iterator[FoundDate]:
    """Every full date (year, month, day) in `text`, Arabic or Chinese numerals."""
    for match in _DATE.finditer(text):
        if match.start() > 0 and (text[match.start() - 1].isdigit() or text[match.start() - 1] in CN_DIGITS):
            continue
        year = cn_number(re.sub(r"\s", "", match.group("year")))
        month = cn_number(re.sub(r"\s", "", match.group("month")))
        day = cn_number(re.sub(r"\s", "", match.group("day")))
        if year is None or month is None or day is None:
            continue
        if 1900 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= _days_in(year, month):
            yield FoundDate(ReportDate(year, month, day), match.start(), match.end())


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
