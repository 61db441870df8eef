"""Read the structure of one report's cleaned text: its own 文号, issuing organs, 文种,
成文日期, attachments and outline.

Where a field may come from (GB/T 9704-2012 §7; precision before recall):

- **文号** (the document's own): a paragraph among the first eight, before the body,
  that is the number and nothing else (a 签发人 beside it is allowed); the value of a
  发文字号： label; or a number in parentheses at the end of the title paragraph. A
  number anywhere else (running text: '根据《…》（国发〔2019〕12号）要求') is a *cited*
  number, listed apart and never taken for the document's own.
- **发文机关**: a 发文字号/发文机关 label; the signature (organ lines right above the
  成文日期); the 发文机关标志 ('国务院文件' above the number); the title's prefix
  ('国务院办公厅关于…的通知'), in that order.
- **文种**: the end of the title when it reads '…关于…的通知' (or 转发/印发/批转);
  a rule or plan title ('…管理办法', '…实施方案') only when the text also has 条, an
  outline with at least two 一、 headings, its own number or a 主送机关.
- **成文日期**: a 成文日期： label; a paragraph that is only a date, after the body,
  either right under an organ signature or in a text that is otherwise an official
  document; the 发布 date in parentheses under a rule's title.
- **附件**: the 附件说明 ('附件：1．…', then '2．…') and the attachments themselves
  (a paragraph '附件1' or '附件', the title under it).

A text without any of these (a news report) gets none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.analysis.docstructure import fields as f
from reader.core.analysis.docstructure.docnumber import DocNumber, find_numbers
from reader.core.analysis.docstructure.numerals import find_dates
from reader.core.analysis.docstructure.outline import ATTACHMENT, Section, build_zone, cite, sections_at
from reader.core.reading.dates import ReportDate

_HEADER_REACH = 8  # paragraphs from the top where a header element may stand
_SIGNATURE_LINES = 3
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Organ:
    name: str
    span: Span | None  # None when read from a title that is not in the text


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attachment: its number (None for a single unnumbered one), name, where the
    附件说明 names it and where its own text stands (either may be missing)."""

    number: int | None
    name: str
    note: Span | None
    body: Span | None


@dataclass(slots=True)
class DocumentStructure:
    """What `analyse_document` found. Every span is a code-point range of the text."""

    number: DocNumber | None = None
    cited_numbers: list[DocNumber] = field(default_factory=list)
    organs: list[Organ] = field(default_factory=list)
    kind: str | None = None
    title: str = ""
    date: ReportDate | None = None
    date_span: Span | None = None
    addressee: Span | None = None
    attachments: list[Attachment] = field(default_factory=list)
    outline: list[Section] = field(default_factory=list)

    @property
    def is_official(self) -> bool:
        """Whether the text carries any mark of an official document."""
        return bool(self.number or self.organs or self.kind or self.date or self.attachments)

    def sections_at(self, position: int) -> list[Section]:
        """The sections holding `position`, outermost first."""
        return sections_at(self.outline, position)

    def section_path(self, position: int) -> str:
        """The place of `position` as a reader cites it: '二、（三）2.', '第三条第二款',
        '附件1 一、'; '' outside every section."""
        return cite(self.sections_at(position))

    def variables(self) -> dict[str, str]:
        """The fields as report variables (`reader.core.analysis.documents.fields`):
        `doc_number`, `doc_organs`, `doc_kind`, `doc_date`, `doc_attachments`."""
        from reader.core.analysis.documents.fields import structure_fields

        return structure_fields(self)

    def as_json(self) -> dict[str, object]:
        return {
            "number": self.number.normalised if self.number else None,
            "cited_numbers": [n.normalised for n in self.cited_numbers],
            "organs": [o.name for o in self.organs],
            "kind": self.kind,
            "date": self.date.iso() if self.date else None,
            "attachments": [a.name for a in self.attachments],
            "outline": [s.as_json() for s in self.outline],
        }


def paragraph_spans(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def analyse_document(text: str, title: str = "") -> DocumentStructure:
    """The structure of `text` (a report's cleaned text); `title` is the report's title
    when it is not the first line of the text (the listing title)."""
    return _Analysis(text, title).run()


class _Analysis:
    def __init__(self, text: str, title: str) -> None:
        self.text = text
        self.given_title = title
        self.spans = [s for s in paragraph_spans(text) if text[s[0] : s[1]].strip(" \t\u3000")]
        self.paras = [text[a:b] for a, b in self.spans]
        self.result = DocumentStructure()
        self.header_end = 0  # index of the first paragraph after the header
        self.closing_start = len(self.paras)  # index of the first closing paragraph
        self.skip: set[int] = set()
        self.colophon_start = len(self.paras)  # index of the 版记's first line
        self.title_span: Span | None = None
        self.flag = False

    def run(self) -> DocumentStructure:
        labels = self._labels()
        title_index = self._title()
        self._own_number(labels, title_index)
        flag_organs = self._flag()
        self.flag = bool(flag_organs)
        self._addressee(title_index)
        markers = self._markers()
        self._colophon(markers)
        self._attachment_note(markers)
        sig_organs = self._date_and_signature(labels, markers, title_index)
        self._organs(labels, sig_organs, flag_organs)
        self._outline(markers)
        self._kind()
        own = self.result.number
        self.result.cited_numbers = [
            n for n in find_numbers(self.text) if own is None or (n.start, n.end) != (own.start, own.end)
        ]
        return self.result

    # -- header ---------------------------------------------------------------------------
    def _labels(self) -> dict[str, tuple[str, Span]]:
        found: dict[str, tuple[str, Span]] = {}
        for i, para in enumerate(self.paras[:15]):
            for label, (value, offset) in f.metadata_labels(para).items():
                start = self.spans[i][0] + offset
                found.setdefault(label, (value, (start, start + len(value))))
                self._header(i)
        return found

    def _header(self, index: int) -> None:
        self.skip.add(index)
        self.header_end = max(self.header_end, index + 1)

    def _title(self) -> int | None:
        given = f.clean_title(self.given_title)
        for i, para in enumerate(self.paras[: _HEADER_REACH + 2]):
            cleaned = f.clean_title(para)
            joined = f.clean_title(para + self.paras[i + 1]) if i + 1 < len(self.paras) else ""
            if (given and cleaned == given) or (cleaned and f.title_kind(para)[2]):
                self.result.title = para.strip()
                self.title_span = self.spans[i]
                self._header(i)
                return i
            split_title = "关于" in para and f.title_kind(joined)[2]  # '国务院关于印发' / '…的通知'
            if joined and (joined == given or split_title) and not f.title_kind(para)[0]:
                self.result.title = para.strip() + self.paras[i + 1].strip()
                self.title_span = (self.spans[i][0], self.spans[i + 1][1])
                self._header(i)
                self._header(i + 1)
                return i
        self.result.title = self.given_title.strip()
        return None

    def _own_number(self, labels: dict[str, tuple[str, Span]], title_index: int | None) -> None:
        if "发文字号" in labels:
            value, (start, _end) = labels["发文字号"]
            numbers = list(find_numbers(value, start))
            if numbers:
                self.result.number = numbers[0]
                return
        reach = _HEADER_REACH if title_index is None else min(_HEADER_REACH, title_index + 3)
        for i, para in enumerate(self.paras[:reach]):
            numbers = list(find_numbers(para, self.spans[i][0]))
            if len(numbers) != 1:
                continue
            number = numbers[0]
            local = para[: number.start - self.spans[i][0]] + para[number.end - self.spans[i][0] :]
            rest = f.re.sub(r"签\s*发\s*人\s*[：:]\s*\S+(?:\s+\S+)?", "", local).strip(" \t\u3000")
            if not rest:
                self.result.number = number
                self._header(i)
                return
            if i == title_index and para.rstrip().endswith(("）", ")")) and rest.endswith(("（", "(")):
                self.result.number = number
                return

    def _flag(self) -> list[Organ]:
        """The 发文机关标志 ('国务院文件', or the organ's name alone above the number)."""
        number_index = next(
            (
                i
                for i, s in enumerate(self.spans)
                if self.result.number and s[0] <= self.result.number.start < s[1]
            ),
            None,
        )
        for i, para in enumerate(self.paras[:4]):
            squeezed = f.squeeze(para.strip(" \t\u3000"))
            if squeezed.endswith("文件") and len(squeezed) <= 60:
                names = f.organ_list(squeezed[:-2])
                if names:
                    self._header(i)
                    return [Organ(n, self.spans[i]) for n in names]
            if number_index is not None and i < number_index:
                names = f.organ_list(squeezed)
                if names:
                    self._header(i)
                    return [Organ(n, self.spans[i]) for n in names]
        return []

    def _addressee(self, title_index: int | None) -> None:
        first = 0 if title_index is None else title_index + 1
        for i in range(first, min(len(self.paras), first + 3)):
            if f.is_addressee(self.paras[i]):
                self.result.addressee = self.spans[i]
                self._header(i)
                return

    # -- closing --------------------------------------------------------------------------
    def _markers(self) -> list[tuple[int, int]]:
        """(paragraph index, number) of each attachment's first line, after the body."""
        found = []
        for i, para in enumerate(self.paras):
            if i < max(self.header_end, 2):
                continue
            number = f.attachment_marker(para)
            if number is None or i + 1 >= len(self.paras):
                continue
            expected = found[-1][1] + 1 if found else None
            if (expected is None and number in (0, 1)) or number == expected:
                found.append((i, number))
        return found

    def _attachment_note(self, markers: list[tuple[int, int]]) -> None:
        end = markers[0][0] if markers else len(self.paras)
        attachments: list[Attachment] = []
        for i in range(max(self.header_end, 1), end):
            first = f.attachment_note(self.paras[i])
            if not first:
                continue
            number, name = first
            attachments.append(Attachment(number, name, self._span(i), None))
            self._closing(i)
            j = i + 1
            while number is not None and j < end:
                item = f.note_item(self.paras[j])
                if not item or item[0] != number + 1:
                    break
                number, name = item
                attachments.append(Attachment(number, name, self._span(j), None))
                self._closing(j)
                j += 1
            break
        bodies = {number: (i, self._zone_stop(markers, k)) for k, (i, number) in enumerate(markers)}
        if attachments:
            by_number = {a.number or 0: a for a in attachments}
            for number, (i, stop) in bodies.items():
                key = number if number in by_number else (0 if len(attachments) == 1 else None)
                if key is not None and key in by_number:
                    a = by_number[key]
                    by_number[key] = Attachment(a.number, a.name, a.note, (self.spans[i][0], self._end(stop)))
            attachments = list(by_number.values())
        else:
            for number, (i, stop) in bodies.items():
                name = f.clean_name(self.paras[i + 1]) if i + 1 < stop else ""
                attachments.append(
                    Attachment(number or None, name, None, (self.spans[i][0], self._end(stop)))
                )
        self.result.attachments = attachments
        if markers:
            self._closing(markers[0][0])

    def _zone_stop(self, markers: list[tuple[int, int]], k: int) -> int:
        """Where the k-th attachment ends: at the next one, or at the 版记."""
        stop = markers[k + 1][0] if k + 1 < len(markers) else len(self.paras)
        return min(stop, max(self.colophon_start, markers[k][0] + 1))

    def _span(self, index: int) -> Span:
        return self.spans[index]

    def _end(self, stop: int) -> int:
        return self.spans[stop - 1][1]

    def _closing(self, index: int) -> None:
        self.skip.add(index)
        self.closing_start = min(self.closing_start, index)

    def _date_and_signature(
        self, labels: dict[str, tuple[str, Span]], markers: list[tuple[int, int]], title_index: int | None
    ) -> list[Organ]:
        if "成文日期" in labels:
            value, (start, _end) = labels["成文日期"]
            dates = list(find_dates(value))
            if dates:
                self.result.date = dates[0].date
                self.result.date_span = (start + dates[0].start, start + dates[0].end)
        end = markers[0][0] if markers else len(self.paras)
        first_body = max(self.header_end, 1)
        titled = title_index is not None and f.title_kind(self.result.title)[0] is not None
        official = bool(self.result.number or self.result.addressee or self.flag or titled)
        for i in range(first_body, end):
            found = f.standalone_date(self.paras[i])
            if not found:
                continue
            if title_index is not None and i == self._after_title(title_index) and i + 1 < end:
                self._header(i)  # '（2019年6月23日）' under the title, as newspapers print 中央 documents
                offset = self.spans[i][0] + _lead(self.paras[i])
                self.result.date = found.date
                self.result.date_span = (offset + found.start, offset + found.end)
                return []
            signature = self._signature_above(i)
            if not (signature or official):
                continue
            if self.result.date is None:
                offset = self.spans[i][0] + _lead(self.paras[i])
                self.result.date = found.date
                self.result.date_span = (offset + found.start, offset + found.end)
            self._closing(i)
            for j in range(i + 1, min(end, i + 3)):
                if f.is_annotation(self.paras[j]):
                    self._closing(j)
            organs = []
            for j in signature:
                self._closing(j)
                names = f.organ_list(self.paras[j]) or []
                organs.extend(Organ(n, self.spans[j]) for n in names)
            return organs
        if self.result.date is None:
            for i, para in enumerate(self.paras[: _HEADER_REACH + 2]):
                found = f.header_date(para)
                if found:
                    self.result.date = found.date
                    offset = self.spans[i][0] + _lead(para)
                    self.result.date_span = (offset + found.start, offset + found.end)
                    self._header(i)
                    break
        return []

    def _after_title(self, title_index: int) -> int:
        """The index of the paragraph after the title (a title may take two lines)."""
        end = self.title_span[1] if self.title_span else self.spans[title_index][1]
        return next((i for i, s in enumerate(self.spans) if s[0] > end), len(self.spans))

    def _signature_above(self, index: int) -> list[int]:
        lines: list[int] = []
        for j in range(index - 1, max(self.header_end, index - 1 - _SIGNATURE_LINES) - 1, -1):
            if j < 0 or not f.organ_list(self.paras[j]):
                break
            lines.insert(0, j)
        return lines

    def _colophon(self, markers: list[tuple[int, int]]) -> None:
        for i in range(max(self.header_end, 1), len(self.paras)):
            if f.is_colophon(self.paras[i]):
                self.colophon_start = min(self.colophon_start, i)
                if markers and i > markers[0][0]:
                    self.skip.add(i)
                else:
                    self._closing(i)

    # -- fields from several places ---------------------------------------------------------
    def _organs(self, labels: dict[str, tuple[str, Span]], signature: list[Organ], flag: list[Organ]) -> None:
        if "发文机关" in labels:
            value, (start, _end) = labels["发文机关"]
            names = f.organ_list(value)
            if names:
                self.result.organs = [Organ(n, (start, start + len(value))) for n in names]
                return
        if signature:
            self.result.organs = signature
            return
        if flag:
            self.result.organs = flag
            return
        _kind, names, official = f.title_kind(self.result.title)
        if official and names:
            organs = []
            for name in names:
                at = self.text.find(name, *self.title_span) if self.title_span else -1
                organs.append(Organ(name, (at, at + len(name)) if at >= 0 else None))
            self.result.organs = organs

    def _kind(self) -> None:
        kind, _organs, official = f.title_kind(self.result.title)
        if kind is None:
            return
        if official:
            self.result.kind = kind
            return
        articles = any(s.kind == "article" for root in self.outline_roots() for _a, s in root.walk())
        level1 = sum(1 for root in self.outline_roots() for s in root.children if s.kind == "level1")
        if articles or level1 >= 2 or self.result.number or self.result.addressee:
            self.result.kind = kind

    def outline_roots(self) -> list[Section]:
        return [s for s in self.result.outline if s.kind == ATTACHMENT] + [
            Section("body", "", 0, "", 0, 0, [s for s in self.result.outline if s.kind != ATTACHMENT])
        ]

    def _outline(self, markers: list[tuple[int, int]]) -> None:
        body_end = min([self.closing_start, *(i for i, _n in markers)])
        body = [self.spans[i] for i in range(self.header_end, body_end) if i not in self.skip]
        root = build_zone(Section("body", "", 0, "", 0, 0), body, self.text)
        outline = list(root.children)
        for k, (i, number) in enumerate(markers):
            stop = self._zone_stop(markers, k)
            zone = [self.spans[j] for j in range(i + 2, stop) if j not in self.skip]
            label = f"附件{number}" if number else "附件"
            name = f.clean_name(self.paras[i + 1]) if i + 1 < stop else ""
            node = Section(ATTACHMENT, label, number, name, self.spans[i][0], self.spans[i][0])
            attachment = build_zone(node, zone, self.text)
            attachment.start = self.spans[i][0]
            attachment.end = max(attachment.end, self.spans[stop - 1][1])
            outline.append(attachment)
        self.result.outline = outline


def _lead(paragraph: str) -> int:
    return len(paragraph) - len(paragraph.lstrip(" \t\u3000"))
