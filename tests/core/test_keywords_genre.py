"""Keywords a reader of the genre accepts: generic officialese weighs little when a
library is too small for its own IDF; a large library keeps its own."""

from __future__ import annotations

import pytest

from reader.core.reading.loader import load_report
from reader.core.text.genre import GenreTable, load_genre_table
from reader.core.text.keywords import LIBRARY_IDF_MIN_REPORTS, KeywordEngine
from tests.conftest import SEEDS

#: Terms judged generic for Chinese official and news reports: procedure, exhortation
#: and boilerplate that say nothing of what a report is about (the issue's nine first).
GENERIC = frozenset(
    {
        "开展", "推动", "工作", "学习", "问题", "部署", "抓好", "到位", "负责同志",
        "推进", "落实", "加强", "坚持", "全面", "深入", "扎实", "进一步", "切实", "要求", "强调", "指出",
        "会议", "召开", "重要", "实际", "单位", "各级", "领导", "组织", "实施", "确保", "提高", "精神",
        "贯彻", "各项", "重点", "举措", "成效", "目标", "任务", "方面", "情况", "结合", "围绕", "聚焦",
        "注重", "强化", "着力", "统筹", "持续", "不断", "积极", "认真", "高度", "全省", "全市", "全区",
        "研讨", "安排", "形式", "活动", "有关", "领导干部", "各地", "部门", "推进会", "讲话",
        "带头", "对照", "自觉", "把握", "迫切需要", "重要讲话", "根本任务", "贯彻落实",
    }
)  # fmt: skip
#: The nine the issue names.
ISSUE_GENERIC = frozenset({"开展", "推动", "工作", "学习", "问题", "部署", "抓好", "到位", "负责同志"})


def seed_texts() -> list[str]:
    return [load_report(path).document.text for path in sorted(SEEDS.glob("*.txt"))]


def share(engine: KeywordEngine, terms: frozenset[str]) -> float:
    """Mean share of `terms` in the top ten keywords of each seed."""
    tops = [[k.term for k in engine.keywords(text, 10)] for text in seed_texts()]
    return sum(sum(t in terms for t in top) / len(top) for top in tops) / len(tops)


@pytest.fixture(scope="module")
def engine() -> KeywordEngine:
    return KeywordEngine()


def test_generic_officialese_is_a_small_share_of_the_seeds_top_ten(engine: KeywordEngine) -> None:
    # jieba's IDF alone gives 0.40 of the judged list and 0.30 of the issue's nine:
    # "about a third". Weighed against the genre, under three in ten of the judged list
    # and at most one in ten of the nine remain.
    assert share(engine, GENERIC) < 0.3
    assert share(engine, ISSUE_GENERIC) <= 0.1


def test_keywords_stay_the_report_s_own(engine: KeywordEngine) -> None:
    text = load_report(SEEDS / "001_964562f518f6e3ff.txt").document.text
    top = [k.term for k in engine.keywords(text, 10)]
    for term in ("主题教育", "骆惠宁", "专项整治", "整改落实", "检视问题"):
        assert term in top


def test_a_library_large_enough_keeps_its_own_idf() -> None:
    texts = [*seed_texts(), *("开展工作" * 3 + f"第{i}篇" for i in range(LIBRARY_IDF_MIN_REPORTS))]
    plain = KeywordEngine(genre=GenreTable(0))
    idf = plain.library_idf(texts)
    weighed = KeywordEngine()
    for text in seed_texts():
        assert weighed.keywords(text, 10, idf) == plain.keywords(text, 10, idf)


def test_genre_factor() -> None:
    table = GenreTable.build([{"开展", "工作"}, {"开展"}, {"开展", "专项整治"}])
    assert table.factor("开展") == 0.0  # in every document
    assert table.factor("主题教育") == 1.0  # in none
    assert 0 < table.factor("工作") < 1
    assert GenreTable.from_text(table.to_text(minimum=1)) == table
    assert GenreTable(0).factor("开展") == 1.0
    bundled = load_genre_table()
    assert bundled.documents >= 90 and bundled.factor("开展") < bundled.factor("专项整治")
