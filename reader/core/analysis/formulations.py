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
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Characters of the reports the candidates are drawn from: in a larger library, every
#: n-th report (a phrase that makes the list is in many reports, so in the sample too);
#: each candidate is then counted in every report.
SAMPLE_CHARS = 1_000_000
_SAMPLE_REPORT_MAX = 100_000  # a report this long is counted, not sampled
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
    best = _candidates(_sample(texts), min_reports, min_len, max_len, top * 2)
    occurrences = _occurrences(best, texts, min_reports)
    spread = {p: len(set(i)) for p, i in occurrences.items()}
    inside = {p for p in occurrences for q in occurrences if p != q and p in q and spread[q] == spread[p]}
    kept = [p for p in occurrences if p not in inside]
    result = [_formulation(p, "phrase", occurrences[p], reports) for p in kept]
    result.sort(key=lambda f: (-f.reports, -len(f.text), f.text))
    return result[:top]


def _sample(texts: list[str]) -> list[str]:
    """All of `texts` when they hold at most SAMPLE_CHARS characters, else every n-th
    (very long ones left out) so that they hold about that many."""
    total = sum(map(len, texts))
    if total <= SAMPLE_CHARS:
        return texts
    usual = [t for t in texts if len(t) <= _SAMPLE_REPORT_MAX]
    step = -(-sum(map(len, usual)) // SAMPLE_CHARS)
    return usual[::step]


def _candidates(texts: list[str], min_reports: int, min_len: int, max_len: int, count: int) -> list[str]:
    """The `count` strings found in most of `texts` (then longest), not inside a longer
    one found in as many."""
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
    kept: list[tuple[int, np.ndarray, np.ndarray, np.ndarray]] = []  # (size, hashes, starts, dfs)
    pending: tuple[int, np.ndarray, np.ndarray, np.ndarray] | None = None  # the last size's strings
    previous: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # positions, hashes, dfs
    for size in range(1, max_len + 2):
        if size > 1:
            keep = room[alive] >= size
            alive, hashes = alive[keep], hashes[keep]
            with np.errstate(over="ignore"):
                hashes = hashes * _B + points[alive + size - 1]
        df, unique, last, unique_df = _document_frequency(hashes, doc[alive])
        frequent = df >= min_reports
        alive_f, hashes_f, df_f = alive[frequent], hashes[frequent], df[frequent]
        if previous is not None and pending is not None:
            extended = _extended(*previous, alive_f, df_f)
            p_size, p_hashes, p_starts, p_dfs = pending
            closed = ~np.isin(p_hashes, extended)
            kept.append((p_size, p_hashes[closed], p_starts[closed], p_dfs[closed]))
            pending = None
        if size > max_len or not len(alive_f):
            break
        if size >= min_len:  # each string once, at its last place
            often = unique_df >= min_reports
            pending = (size, unique[often], alive[last[often]], unique_df[often])
        previous = (alive_f, hashes_f, df_f)
        # a window of size+1 can be frequent only where its two halves of `size` are
        keep = _within(alive, alive_f) & _within(alive + 1, alive_f)
        alive, hashes = alive[keep], hashes[keep]
    ranked: dict[str, int] = {}
    for size, _hashes, starts, dfs in kept:
        for start, df in zip(starts.tolist(), dfs.tolist(), strict=True):
            _rank(ranked, joined[start : start + size], df, min_len)
    return sorted(ranked, key=lambda t: (-ranked[t], -len(t), t))[:count]


def _occurrences(phrases: list[str], texts: list[str], min_reports: int) -> dict[str, list[int]]:
    """For each phrase found in at least `min_reports` texts, the text of each of its
    occurrences (only the phrases that can make the list are counted)."""
    if not phrases:
        return {}
    import ahocorasick  # every phrase in one pass over each text (in C)

    automaton = ahocorasick.Automaton()
    for number, phrase in enumerate(phrases):
        automaton.add_word(phrase, number)
    automaton.make_automaton()
    found: list[list[int]] = [[] for _ in phrases]
    for index, text in enumerate(texts):
        free = [0] * len(phrases)  # counted as str.count does: occurrences that do not overlap
        for end, number in automaton.iter(text):
            start = end + 1 - len(phrases[number])
            if start >= free[number]:
                found[number].append(index)
                free[number] = end + 1
    return {p: found[n] for n, p in enumerate(phrases) if len(set(found[n])) >= min_reports}


def _document_frequency(
    hashes: np.ndarray, docs: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For each position (`docs` in order), in how many documents its hash occurs;
    and each distinct hash with its last position (an index) and that number."""
    if not len(hashes):
        empty = np.zeros(0, dtype=np.int64)
        return empty, hashes[:0], empty, empty
    order = np.argsort(hashes, kind="stable")  # positions of one hash stay in order
    h, d = hashes[order], docs[order]
    new_hash = np.ones(len(h), dtype=bool)
    new_hash[1:] = h[1:] != h[:-1]
    new_pair = new_hash.copy()
    new_pair[1:] |= d[1:] != d[:-1]
    group = np.cumsum(new_hash) - 1
    per_group = np.bincount(group, weights=new_pair).astype(np.int64)
    result = np.empty(len(h), dtype=np.int64)
    result[order] = per_group[group]
    ends = np.append(np.flatnonzero(new_hash)[1:], len(h)) - 1
    return result, h[new_hash], order[ends], per_group


def _within(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Whether each of `values` is in `sorted_set` (sorted, as positions are)."""
    if not len(sorted_set):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[at] == values


def _rank(ranked: dict[str, int], text: str, df: int, min_len: int) -> None:
    """Count `text` (found in `df` reports) unless it is cut inside a word or sentence
    ('主题教育的', '在主题教育中', '导，确保…') or has too few Chinese characters."""
    if text[0] in _EDGE or text[-1] in _EDGE or re.search("[，、]", text[:3] + "|" + text[-3:]):
        return
    if len(_HAN.findall(text)) >= min_len - 1:
        ranked[text] = max(df, ranked.get(text, 0))


def _extended(
    prev_pos: np.ndarray, prev_hash: np.ndarray, prev_df: np.ndarray, positions: np.ndarray, df: np.ndarray
) -> np.ndarray:
    """The hashes of the shorter strings (at `prev_pos`, sorted) that a longer one (at
    `positions`) extends with the same number of reports, at the same start or one
    character later."""
    if not len(prev_pos) or not len(positions):
        return np.zeros(0, dtype=prev_hash.dtype)
    found = []
    for inner in (positions, positions + 1):
        at = np.minimum(np.searchsorted(prev_pos, inner), len(prev_pos) - 1)
        same = (prev_pos[at] == inner) & (prev_df[at] == df)
        found.append(prev_hash[at[same]])
    return np.concatenate(found)
