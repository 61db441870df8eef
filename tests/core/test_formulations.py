"""Numbered formulations and stock phrases across a library: counts, first appearance,
spread over the months; counting phrases (三个月, 153个单位) are not formulations."""

from __future__ import annotations

from reader.core.analysis.formulations import numbered_formulations, stock_phrases
from reader.core.reading.dates import ReportDate
from reader.core.reading.loader import load_report
from tests.conftest import SEEDS

#: What a reader of the genre calls a formulation in the five seeds (judged by hand).
SEED_FORMULATIONS = {
    "两个维护",
    "四个意识",
    "四个自信",
    "四项重点措施",
    "8个专项整治",
    "四个到位",
    "四个伟大",
    "两手抓两促进",
    "两学一做",
    "两不愁三保障",
    "一岗双责",
    "四不两直",
}
#: Numbered phrases of the seeds that only count things (judged by hand).
SEED_COUNTING = {
    "153个单位",
    "24个巡回",
    "12个巡回",
    "7个市人",
    "6个方面",
    "四个专题",
    "两个平台",
    "十九大确定",
}


def seed_reports() -> list[tuple[str, str, ReportDate | None]]:
    reports = []
    for path in sorted(SEEDS.glob("*.txt")):
        report = load_report(path)
        reports.append((report.relpath, report.document.text, report.info.date))
    return reports


def test_the_seeds_formulations_and_no_counting_phrase() -> None:
    found = {f.text for f in numbered_formulations(seed_reports())}
    assert found == SEED_FORMULATIONS
    assert not any(text.startswith(counting) for text in found for counting in SEED_COUNTING)


def test_counts_first_appearance_and_months() -> None:
    reports = [
        ("a", "增强“四个意识”，坚定四个自信。", ReportDate(2019, 3, 5)),
        ("b", "树牢四个意识。四个意识要增强。", ReportDate(2018, 11, 2)),
        ("c", "增强四个意识。", ReportDate(None, 6, 1)),
        ("d", "用三个月时间，两个人负责，三个月后验收。", ReportDate(2019, 3, 9)),
        ("e", "三个月内完成，两个人值守。", ReportDate(2019, 4, 9)),
    ]
    found = {f.text: f for f in numbered_formulations(reports)}
    assert set(found) == {"四个意识"}  # 四个自信 is in one report, unquoted; 三个月 counts
    item = found["四个意识"]
    assert (item.count, item.reports) == (4, 3)
    assert item.first_date == ReportDate(2018, 11, 2) and item.first_report == "b"
    assert item.spread.months == [("2018-11", 2, 1), ("2019-03", 1, 1)]
    assert (item.spread.undated, item.spread.undated_reports) == (1, 1)


def test_parallel_formulations_but_not_dates_idioms_or_doubled_counts() -> None:
    reports = [
        ("a", "践行“三严三实”，一心一意，三月五日一项一项落实。", None),
        ("b", "开展三严三实专题教育，一心一意谋发展，三月五日启动，一项一项抓。", None),
    ]
    assert [f.text for f in numbered_formulations(reports)] == ["三严三实"]


def test_an_unquoted_noun_is_as_long_as_every_occurrence() -> None:
    reports = [
        ("a", "推动四项重点措施有机融合。", None),
        ("b", "把握四项重点措施，四项重点措施贯穿全过程。", None),
    ]
    assert [f.text for f in numbered_formulations(reports)] == ["四项重点措施"]


def test_stock_phrases_of_the_seeds() -> None:
    phrases = {f.text: f for f in stock_phrases(seed_reports())}
    assert phrases["不忘初心、牢记使命"].reports == 5
    assert "理论学习有收获、思想政治受洗礼、干事创业敢担当、为民服务解难题、清正廉洁作表率" in phrases
    assert "问题不解决不松劲、解决不彻底不放手、群众不认可不罢休" in phrases
    # a part of a longer phrase in as many reports is not listed apart
    assert "理论学习有收获、思想政治受" not in phrases
    assert not any(p.startswith(("的", "在", "把")) or p.endswith(("的", "中")) for p in phrases)
    assert all(f.reports >= 2 for f in phrases.values())


def test_a_large_library_draws_candidates_from_a_sample_and_counts_them_in_every_report(monkeypatch) -> None:
    import random

    from reader.core.analysis import formulations

    rng = random.Random(5)

    def filler(length: int) -> str:
        return "".join(chr(0x4E00 + rng.randrange(4000)) for _ in range(length))

    common, half = "坚决扛起管党治党政治责任", "推动全面从严治党向纵深发展"
    reports = []
    for i in range(40):
        parts = [filler(80), common, "。", filler(60)]
        if i % 2 == 0:
            parts += ["。", half, "。", filler(40)]
        reports.append((f"r{i:02d}", "".join(parts), ReportDate(2020, 1 + i % 12, 1)))
    whole = [(f.text, f.reports, f.count) for f in stock_phrases(reports)]
    assert (common, 40, 40) in whole and (half, 20, 20) in whole
    total = sum(len(t) for _k, t, _d in reports)
    monkeypatch.setattr(formulations, "SAMPLE_CHARS", total // 4)
    sampled = [(f.text, f.reports, f.count) for f in stock_phrases(reports)]
    assert sampled == whole  # found in a quarter of the reports, counted in all of them


def test_phrases_are_counted_as_str_count_counts_them() -> None:
    from reader.core.analysis.formulations import _occurrences

    texts = ["学习学习学习学习学", "学习学习", "无"]
    found = _occurrences(["学习学习", "无", "学习"], texts, 1)
    assert found["学习学习"] == [0, 0, 1]  # two that do not overlap in the first text
    assert found["学习"] == [0] * 4 + [1] * 2 and found["无"] == [2]
    assert [texts[0].count("学习学习"), texts[1].count("学习学习")] == [2, 1]
