"""Numbered formulations (四个意识, 两个维护, 八项规定, 三严三实) and stock phrases found
across a library, each with its counts, first appearance and spread over the months.

**Numbered formulations.** A numeral (一…十, 两, or Arabic digits) + 个/项/大/条 + a
noun of two to four characters ('四个意识', '四项重点措施', '8个专项整治'), or two
numbered halves ('三严三实', '两学一做', '两不愁三保障', '一岗双责'). Counting
phrases look the same (三个月, 两个人, 153个单位), so a candidate counts as a
formulation only when it is quoted somewhere in the library (“四个意识”), or when
it is found in at least `min_reports` reports and its noun is not a counted thing
(months, people, units, places, aspects: `COUNTED`). 大 takes a numeral of one
character only (十九大 is a congress, not a formulation); idioms of jieba's
dictionary (一心一意, 千方百计) and doubled counts (一项一项) are not formulations.
Unquoted, the noun is as long as it stays in every occurrence: '四项重点' is always
'四项重点措施', so that is the formulation.

**Stock phrases.** Character strings of 6 to 48 characters between sentence marks
(。！？；： quotes, brackets, line breaks; ，and 、 may be inside) found in at least
`min_reports` reports, and not part of a longer such string found in as many reports;
a string that starts or ends with a particle or preposition (的, 在, 把, …), or
with a word cut off by a comma ('导，确保…'), is cut inside a sentence and left out.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from reader.core.reading.dates import ReportDate

NUMERAL = "一二两三四五六七八九十百千"
_NUM = rf"(?:[{NUMERAL}]{{1,3}}|[0-9０-９]{{1,3}})"
_NUMBERED = re.compile(
    rf"(?<![{NUMERAL}0-9０-９第])(?P<num>{_NUM})(?P<measure>[个项大条])(?P<noun>[\u4e00-\u9fff]{{2,4}})"
)
_PARALLEL = re.compile(
    rf"(?<![{NUMERAL}\u4e00-\u9fff])?(?P<n1>[{NUMERAL}双])(?P<x>[\u4e00-\u9fff]{{1,2}}?)(?P<n2>[{NUMERAL}双])(?P<y>[\u4e00-\u9fff]{{1,2}})"
)
_QUOTED = re.compile(r"[“「\"](?P<q>[^”」\"]{2,12})[”」\"]")
#: Nouns that say what is being counted, not a formulation (三个月, 153个单位).
COUNTED = frozenset(
    {
        "月", "年", "天", "日", "周", "小时", "分钟", "星期", "季度", "人", "名", "位", "次", "批",
        "家", "户", "所", "项目", "单位", "部门", "地区", "地方", "方面", "县", "市", "区", "省", "乡",
        "镇", "村", "国家", "问题", "多", "余", "以上", "左右", "百分点", "亿", "万", "阶段", "环节", "层次",
        "小组", "组", "专题", "会议", "文件", "案例", "党员", "干部", "班子", "支部", "企业", "学校",
        "城市", "平台", "指导组", "巡回", "分组", "工作日", "点", "条件",
    }
)  # fmt: skip
_NOT_HALF = set("月日年时分秒个次号点岁元成倍项批级")  # 三月五日, 一次两次: counts, not halves
_SENTENCE = re.compile(r"[。！？；：“”‘’「」《》〈〉（）()【】\[\]\n\"]")


@dataclass(slots=True)
class Spread:
    """Occurrences per month of the reports' dates; reports without a full date apart."""

    months: list[tuple[str, int, int]] = field(default_factory=list)  # (YYYY-MM, occurrences, reports)
    undated: int = 0
    undated_reports: int = 0


@dataclass(slots=True)
class Formulation:
    """A formulation or stock phrase across the library."""

    text: str
    kind: str  # 'numbered', 'parallel' or 'phrase'
    count: int
    reports: int
    first_date: ReportDate | None
    first_report: str | None
    spread: Spread

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "kind": self.kind,
            "count": self.count,
            "reports": self.reports,
            "first_date": self.first_date.iso() if self.first_date else None,
            "first_report": self.first_report,
            "months": [list(m) for m in self.spread.months],
            "undated": self.spread.undated,
        }


ReportText = tuple[str, str, ReportDate | None]  # (key, cleaned text, date)


@lru_cache(maxsize=1)
def _idioms() -> frozenset[str]:
    """Numbered idioms of jieba's dictionary (tags i and m): 一心一意, 七上八下."""
    try:
        import jieba
    except ImportError:  # pragma: no cover - jieba is a dependency
        return frozenset()
    found = set()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    starts = set(NUMERAL + "双万")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line[:1] in starts:
                parts = line.split()
                if len(parts) == 3 and parts[2] in ("i", "m"):
                    found.add(parts[0])
    return frozenset(found)


def candidates(text: str) -> Iterable[tuple[str, str, int, int]]:
    """(kind, form, start, end) of every numbered candidate in `text`, quoted or not."""
    for match in _NUMBERED.finditer(text):
        if match.group("measure") == "大" and len(match.group("num")) > 1:
            continue
        noun = match.group("noun")
        if noun[0] in NUMERAL and noun[1] == match.group("measure"):
            continue  # 一项一项
        yield "numbered", match.group(), match.start(), match.end()
    for match in _PARALLEL.finditer(text):
        x, y = match.group("x"), match.group("y")
        if x[0] in _NOT_HALF or y[0] in _NOT_HALF or len(y) < len(x):
            continue
        if x == y and match.group("n1") == match.group("n2"):
            continue  # 一项一项
        yield "parallel", match.group(), match.start(), match.end()


def _quoted_forms(reports: Sequence[ReportText]) -> set[str]:
    forms = set()
    for _key, text, _date in reports:
        for match in _QUOTED.finditer(text):
            quoted = match.group("q")
            if _NUMBERED.fullmatch(quoted) or _PARALLEL.fullmatch(quoted):
                forms.add(quoted)
    return forms


def numbered_formulations(reports: Iterable[ReportText], min_reports: int = 2) -> list[Formulation]:
    """The numbered formulations of the library (see the module doc), most reports first."""
    reports = list(reports)
    quoted = _quoted_forms(reports)
    idioms = _idioms()
    raw: Counter[str] = Counter()
    found: list[tuple[int, str, str, int]] = []  # (report index, kind, form, start)
    for index, (_key, text, _date) in enumerate(reports):
        for kind, form, start, _end in candidates(text):
            found.append((index, kind, form, start))
            raw[form] += 1
    forms: dict[tuple[int, str], tuple[str, str]] = {}
    for index, kind, form, start in found:
        text = reports[index][1]
        known = next((q for q in sorted(quoted, key=len, reverse=True) if text.startswith(q, start)), None)
        if known:
            forms[(index, start)] = (kind, known)
        elif kind == "numbered":
            forms[(index, start)] = (kind, _stable_noun(form, raw))
        else:
            forms[(index, start)] = (kind, form)
    places: dict[str, list[int]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for (index, _start), (kind, form) in forms.items():
        places[form].append(index)
        kinds[form] = kind
    result = []
    for form, indices in places.items():
        spread_reports = len(set(indices))
        if form in idioms:
            continue
        if form not in quoted and (spread_reports < min_reports or _counted(form, kinds[form])):
            continue
        result.append(_formulation(form, kinds[form], indices, reports))
    result.sort(key=lambda f: (-f.reports, -f.count, f.text))
    return result


def _stable_noun(form: str, raw: Counter[str]) -> str:
    """The shortest form (two-character noun) grown while every occurrence continues alike."""
    match = _NUMBERED.fullmatch(form)
    assert match
    head = match.group("num") + match.group("measure")
    noun = match.group("noun")
    best = head + noun[:2]
    total = sum(c for f, c in raw.items() if f.startswith(best))
    for size in (3, 4):
        if len(noun) < size:
            break
        longer = head + noun[:size]
        if sum(c for f, c in raw.items() if f.startswith(longer)) == total:
            best = longer
        else:
            break
    return best


def _counted(form: str, kind: str) -> bool:
    if kind != "numbered":
        return False
    match = _NUMBERED.fullmatch(form)
    noun = match.group("noun") if match else ""
    return any(noun.startswith(word) for word in COUNTED)


def _formulation(text: str, kind: str, indices: list[int], reports: Sequence[ReportText]) -> Formulation:
    counts = Counter(indices)
    first: tuple[ReportDate, str] | None = None
    spread = Spread()
    months: dict[str, list[int]] = {}
    for index, count in counts.items():
        key, _text, date = reports[index]
        if date is None or date.year is None:
            spread.undated += count
            spread.undated_reports += 1
            continue
        bucket = months.setdefault(f"{date.year:04d}-{date.month:02d}", [0, 0])
        bucket[0] += count
        bucket[1] += 1
        if first is None or (date, key) < first:
            first = (date, key)
    spread.months = [(m, c, r) for m, (c, r) in sorted(months.items())]
    return Formulation(
        text,
        kind,
        sum(counts.values()),
        len(counts),
        first[0] if first else None,
        first[1] if first else None,
        spread,
    )


# -- stock phrases ----------------------------------------------------------------------------
_B = np.uint64(1_000_003)
#: Characters a stock phrase neither starts nor ends with (particles, prepositions, marks).
_EDGE = set("，、 \u3000的了与和及把在对是将为以等并而从向被让使于中上下之其也都又就要")


def stock_phrases(
    reports: Iterable[ReportText], min_reports: int = 2, min_len: int = 6, max_len: int = 48, top: int = 200
) -> list[Formulation]:
    """Strings found in at least `min_reports` reports and not inside a longer one
    found in as many (see the module doc), most reports first, then longest."""
    reports = list(reports)
    if len(reports) < min_reports:
        return []
    texts = [_SENTENCE.sub("\n", text) for _key, text, _date in reports]
    joined = "\n".join(texts)
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    lengths = np.array([len(t) + 1 for t in texts], dtype=np.int64)
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[: len(points)]
    breaks = points == ord("\n")
    # characters left before the next break, for each position
    idx = np.flatnonzero(breaks)
    next_break = np.full(len(points), len(points), dtype=np.int64)
    if len(idx):
        positions = np.searchsorted(idx, np.arange(len(points)))
        valid = positions < len(idx)
        next_break[valid] = idx[positions[valid]]
    room = next_break - np.arange(len(points))
    alive = np.flatnonzero(room >= 1)
    hashes = points[alive].copy()
    closed: dict[int, tuple[int, int, int]] = {}  # hash -> (length, start, df)
    previous: tuple[np.ndarray, np.ndarray, dict[int, int]] | None = None  # positions, hashes, df by hash
    for size in range(1, max_len + 2):
        if size > 1:
            keep = room[alive] >= size
            alive, hashes = alive[keep], hashes[keep]
            with np.errstate(over="ignore"):
                hashes = hashes * _B + points[alive + size - 1]
        df = _document_frequency(hashes, doc[alive])
        frequent = df >= min_reports
        alive_f, hashes_f, df_f = alive[frequent], hashes[frequent], df[frequent]
        if previous is not None:
            prev_pos, prev_hash, prev_df = previous
            _mark_extended(closed, prev_pos, prev_hash, prev_df, alive_f, df_f)
        if size > max_len or not len(alive_f):
            break
        level = dict(zip(hashes_f.tolist(), zip(alive_f.tolist(), df_f.tolist(), strict=True), strict=True))
        if size >= min_len:
            for h, (start, d) in level.items():
                closed[h] = (size, start, d)
        previous = (alive_f, hashes_f, {h: d for h, (_s, d) in level.items()})
        # a window of size+1 can be frequent only where its two halves of `size` are
        ok = np.isin(alive + 1, alive_f)
        keep = np.isin(alive, alive_f) & ok
        alive, hashes = alive[keep], hashes[keep]
    ranked: dict[str, int] = {}
    for _h, (size, start, df) in closed.items():
        text = joined[start : start + size]
        if text[0] in _EDGE or text[-1] in _EDGE or re.search("[，、]", text[:3] + "|" + text[-3:]):
            continue  # '主题教育的', '在主题教育中', '导，确保…': cut inside a word or sentence
        if len(re.findall(r"[\u4e00-\u9fff]", text)) >= min_len - 1:
            ranked[text] = max(df, ranked.get(text, 0))
    # only the phrases that can make the list are counted (a pass over the texts each)
    best = sorted(ranked, key=lambda t: (-ranked[t], -len(t), t))[: top * 2]
    occurrences: dict[str, list[int]] = {}
    for phrase in best:
        indices = [i for i, t in enumerate(texts) for _ in range(t.count(phrase))]
        if len(set(indices)) >= min_reports:
            occurrences[phrase] = indices
    spread = {p: len(set(i)) for p, i in occurrences.items()}
    inside = {p for p in occurrences for q in occurrences if p != q and p in q and spread[q] == spread[p]}
    kept = [p for p in occurrences if p not in inside]
    result = [_formulation(p, "phrase", occurrences[p], reports) for p in kept]
    result.sort(key=lambda f: (-f.reports, -len(f.text), f.text))
    return result[:top]


def _document_frequency(hashes: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """For each position, in how many documents its hash occurs."""
    if not len(hashes):
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((docs, hashes))
    h, d = hashes[order], docs[order]
    new_hash = np.ones(len(h), dtype=bool)
    new_hash[1:] = h[1:] != h[:-1]
    new_pair = new_hash.copy()
    new_pair[1:] |= d[1:] != d[:-1]
    group = np.cumsum(new_hash) - 1
    per_group = np.bincount(group, weights=new_pair).astype(np.int64)
    result = np.empty(len(h), dtype=np.int64)
    result[order] = per_group[group]
    return result


def _mark_extended(
    closed: dict[int, tuple[int, int, int]],
    prev_pos: np.ndarray,
    prev_hash: np.ndarray,
    prev_df: dict[int, int],
    positions: np.ndarray,
    df: np.ndarray,
) -> None:
    """Drop from `closed` the shorter strings that a longer one extends with the same
    number of reports (at the same start, or one character later)."""
    by_position = dict(zip(prev_pos.tolist(), prev_hash.tolist(), strict=True))
    for start, d in zip(positions.tolist(), df.tolist(), strict=True):
        for inner in (start, start + 1):
            h = by_position.get(inner)
            if h is not None and prev_df.get(h) == d:
                closed.pop(h, None)
