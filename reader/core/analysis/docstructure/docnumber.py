"""发文字号 (document numbers) such as 国发〔2019〕12号.

GB/T 9704-2012 §7.2.4: 发文机关代字 + 年份 + 发文顺序号; the year in 六角括号 〔〕, the
serial number without leading zeros or 第. Documents in the wild use ［］ [] （） () 【】
for the year, full-width digits, stray spaces and sometimes 第; all are accepted and
normalised to the standard form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_OPEN = "〔［[（(【"
_CLOSE = "〕］]）)】"
_DIGIT = "0-9０-９"
NUMBER_RE = re.compile(
    rf"(?P<agency>[\u4e00-\u9fff]{{1,12}}?)\s*[{re.escape(_OPEN)}]\s*(?P<year>(?:[{_DIGIT}]\s*){{4}})"
    rf"[{re.escape(_CLOSE)}]\s*第?\s*(?P<serial>(?:[{_DIGIT}]\s*){{1,5}})号"
)
# Characters that do not occur in an agency code and words that come before one in
# running text ('根据国发〔…〕' is 国发): the code starts after the last of them.
_NOT_AGENCY = set("的了和与及在是对将把按据为由以于即见")
_LEAD_WORDS = re.compile(
    "(?:根据|依据|按照|参照|要求|印发|转发|执行|落实|贯彻|文件|通知|精神|详见|参见|号召)"
)
_LONGEST_AGENCY = 8


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A 文号 as written (`text`, at `start`:`end`) and its parts."""

    text: str
    agency: str
    year: int
    serial: int
    start: int
    end: int

    @property
    def normalised(self) -> str:
        """The standard form: 国发〔2019〕12号."""
        return f"{self.agency}〔{self.year}〕{self.serial}号"


def find_numbers(text: str, offset: int = 0) -> Iterator[DocNumber]:
    """Every 文号 in `text`; positions are shifted by `offset`."""
    for match in NUMBER_RE.finditer(text):
        agency = match.group("agency")
        # The agency code is the run of CJK characters before the bracket, without a
        # leading function word ('根据国发〔…' is 国发 only when 根据 is cut: keep the
        # shortest tail that does not start with such a character).
        cut = max((i + 1 for i, ch in enumerate(agency) if ch in _NOT_AGENCY), default=0)
        cut = max([cut, *(m.end() for m in _LEAD_WORDS.finditer(agency))])
        cut = max(cut, len(agency) - _LONGEST_AGENCY)
        agency = agency[cut:]
        if not agency:
            continue
        year = int(unicodedata.normalize("NFKC", re.sub(r"\s", "", match.group("year"))))
        serial = int(unicodedata.normalize("NFKC", re.sub(r"\s", "", match.group("serial"))))
        if not 1949 <= year <= 2100 or serial == 0:
            continue
        start = match.start("agency") + cut
        yield DocNumber(text[start : match.end()], agency, year, serial, offset + start, offset + match.end())
