"""Library search over memos: the same query modes and folding as over reports,
hits in title and text at offsets of the text as written, and the folder and tag
limits."""

from __future__ import annotations

import pytest

from reader.core.analysis.memo_search import TEXT, TITLE, search_memos
from reader.core.analysis.search import REGEX, WORDS, Query, SearchError
from reader.core.annotations.memos import JOURNAL, REPORT, TAG, Memo


def memo(kind: str, about: str, title: str, text: str, ident: str = "") -> Memo:
    return Memo(ident or title, kind, about, title, text, "甲", "2026-01-01T00:00:00", "2026-01-01T00:00:00")


MEMOS = [
    memo(TAG, "整改/专项", "整改边界", "包括专项整治。\n不包括表态。"),
    memo(REPORT, "省级/001.txt", "初读", "ＡＢＣ的讨论，發展很快。"),
    memo(JOURNAL, "", "第一周", "读了三篇，下周继续整改的比较。"),
    memo(REPORT, "市级/002.txt", "", "没有标题，只有正文"),
]


def test_a_phrase_is_found_in_titles_and_texts_journal_first() -> None:
    found = search_memos(MEMOS, Query("整改"))
    assert [(h.memo.title, h.hits) for h in found] == [
        ("第一周", ((TEXT, 9, 11),)),
        ("整改边界", ((TITLE, 0, 2),)),
    ]


def test_width_case_and_traditional_are_folded_unless_exact() -> None:
    (hit,) = search_memos(MEMOS, Query("abc"))
    assert hit.memo.title == "初读" and hit.hits == ((TEXT, 0, 3),)
    assert [h.memo.title for h in search_memos(MEMOS, Query("发展"))] == ["初读"]
    assert search_memos(MEMOS, Query("abc", exact=True)) == []


def test_words_need_every_word_and_regex_works() -> None:
    assert [h.memo.title for h in search_memos(MEMOS, Query("包括 表态", WORDS))] == ["整改边界"]
    assert search_memos(MEMOS, Query("包括 下周", WORDS)) == []
    assert [h.count for h in search_memos(MEMOS, Query("包括.", REGEX))] == [2]
    with pytest.raises(SearchError):
        search_memos(MEMOS, Query("(", REGEX))


def test_a_folder_keeps_the_memos_on_its_reports_and_tags_those_on_the_tags() -> None:
    assert [h.memo.about for h in search_memos(MEMOS, Query("的", folder="省级"))] == ["省级/001.txt"]
    assert [h.memo.about for h in search_memos(MEMOS, Query("包括", tags=frozenset({"整改"})))] == [
        "整改/专项"
    ]
    assert search_memos(MEMOS, Query("第一周", tags=frozenset({"整改"}))) == []
