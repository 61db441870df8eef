"""The first date written in a report's text: '2019年7月29日', or a partial '6月3日'."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATE = re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]")


@dataclass(frozen=True, slots=True, order=True)
class ReportDate:
    """A calendar date; `year` is None for a partial date such as 6月3日."""

    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        """ISO 8601: '2019-07-29', or '--06-03' when the year is unknown."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def first_date(text: str) -> ReportDate | None:
    """The first plausible date in `text` (ASCII or full-width digits)."""
    for match in _DATE.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isdigit():
            continue  # '12019年' or '126月' is not a date
        month, day = int(match.group("month")), int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else None
        if 1 <= month <= 12 and 1 <= day <= _days_in(month) and (year is None or 1800 <= year <= 2200):
            return ReportDate(year, month, day)
    return None


def _days_in(month: int) -> int:
    return 30 if month in (4, 6, 9, 11) else 29 if month == 2 else 31
