"""The first date written in a report's text: '2019年7月29日', or a partial '6月3日'.

Dates are kept and exchanged in ISO 8601 ('2019-07-29', '--06-03' without a year);
people read them in one form, that of the UI or export language (`human_date`):
'2019年7月29日' and '6月3日' in Chinese, '29 Jul 2019' and '3 Jun' in English (short
enough for a list column)."""

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

    def human(self, lang: str = "en") -> str:
        """As people read it in `lang` ('zh' or 'en'); see `human_date`."""
        if lang == "zh":
            return (f"{self.year}年" if self.year is not None else "") + f"{self.month}月{self.day}日"
        day_month = f"{self.day} {MONTHS[self.month - 1]}"
        return day_month if self.year is None else f"{day_month} {self.year}"


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO = re.compile(r"^(?:(?P<year>[0-9]{4})|-)-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})$")


def parse_iso(iso: str) -> ReportDate | None:
    """'2019-07-29' or '--06-03' as a ReportDate; None for anything else."""
    match = _ISO.match(iso)
    if match is None:
        return None
    year = int(match.group("year")) if match.group("year") else None
    month, day = int(match.group("month")), int(match.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= _days_in(month)):
        return None
    return ReportDate(year, month, day)


def human_date(iso: str, lang: str = "en") -> str:
    """A report date (ISO 8601, as stored) the way people read it, in `lang`:
    '2019年7月29日' / '29 Jul 2019'; without a year '6月3日' / '3 Jun'. '' stays '';
    anything that is not such a date is returned unchanged."""
    date = parse_iso(iso)
    return iso if date is None else date.human(lang)


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
