"""The core behind the reading window: positions, find, keywords, highlights, word
lists and storage (no QApplication here)."""

from __future__ import annotations

import os
import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.annotations.model import SidecarError
from reader.core.library import Library
from reader.core.positions import Utf16Map
from reader.core.storage import atomic_write_bytes, library_file
from reader.core.text.folding import find_all
from reader.core.text.highlights import KEYWORD, WORDLIST, compute_highlights, term_spans, wordlist_spans
from reader.core.text.keywords import LIBRARY_IDF_MIN_REPORTS, KeywordEngine
from reader.core.text.wordlists import WordList, parse_plain_terms, terms_to_plain
from tests.conftest import SEEDS, scraper_report


@pytest.fixture(scope="module")
def engine() -> KeywordEngine:
    return KeywordEngine()


# -- positions -------------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("a中𠀀😀\n、")), max_size=60))
def test_utf16_map_agrees_with_python_encoding(text: str) -> None:
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        expected = len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.to_utf16(offset) == expected
        assert mapping.from_utf16(expected) == offset
    assert mapping.to_utf16(len(text)) == len(text.encode("utf-16-le")) // 2


def test_utf16_position_inside_a_surrogate_pair_rounds_down() -> None:
    assert Utf16Map("a𠀀b").from_utf16(2) == 1


# -- find ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("１９９８年与1998年", "1998", [(0, 4), (6, 10)]),
        ("ＡＢＣ公司", "abc", [(0, 3)]),
        ("ABC公司", "ａｂｃ", [(0, 3)]),
        ("全角，逗号,半角", ",", [(2, 3), (5, 6)]),
        ("𠀀主题𠀀主题", "主题", [(1, 3), (4, 6)]),
        ("aaaa", "aa", [(0, 2), (2, 4)]),
        ("无", "", []),
    ],
)
def test_find_is_width_and_case_insensitive(text: str, query: str, expected: list[tuple[int, int]]) -> None:
    assert find_all(text, query) == expected


# -- keywords --------------------------------------------------------------------------------------
def test_domain_terms_and_phrases_stay_whole(engine: KeywordEngine) -> None:
    text = "要深入开展“不忘初心、牢记使命”主题教育，抓好专项整治，召开专题民主生活会，增强“四个意识”。"
    tokens = [token for token, _ in engine.tokens(text)]
    for term in ("不忘初心、牢记使命", "主题教育", "专项整治", "四个意识"):
        assert term in tokens
    assert all(text[start : start + len(token)] == token for token, start in engine.tokens(text))


def test_keywords_exclude_stopwords_numbers_and_punctuation(engine: KeywordEngine) -> None:
    text = "我们的主题教育在2019年和2020年都是重要的。主题教育，主题教育！12345，６７８"
    terms = [k.term for k in engine.keywords(text, top_k=20)]
    assert terms[0] == "主题教育"
    for bad in ("我们", "的", "2019", "2020", "12345", "６７８", "，", "！"):
        assert bad not in terms


def test_library_idf_changes_the_ranking(engine: KeywordEngine) -> None:
    common = "主题教育" * 3
    texts = [common + f"第{i}篇" for i in range(LIBRARY_IDF_MIN_REPORTS)] + [common + "脱贫攻坚脱贫攻坚"]
    idf = engine.library_idf(texts)
    ranked = [k.term for k in engine.keywords(texts[-1], top_k=2, idf=idf)]
    assert ranked[0] == "脱贫攻坚"  # in one document only, where 主题教育 is in all


def test_user_words_are_kept_whole(engine: KeywordEngine) -> None:
    fresh = KeywordEngine(["扎实推进者"])
    assert "扎实推进者" in [t for t, _ in fresh.tokens("我们都是扎实推进者。")]
    fresh.add_word("新词语很长")
    assert "新词语很长" in [t for t, _ in fresh.tokens("出现了新词语很长的情况")]


def test_entities_report_people_places_organisations(engine: KeywordEngine) -> None:
    text = (SEEDS / "001_964562f518f6e3ff.txt").read_text(encoding="utf-8")
    from reader.core.reading.loader import load_report

    clean = load_report(SEEDS / "001_964562f518f6e3ff.txt").document.text
    found = {(e.kind, e.text) for e in engine.entities(clean)}
    assert ("person", "骆惠宁") in found
    assert ("place", "太原") in found
    assert all(clean[e.start : e.end] == e.text for e in engine.entities(clean))
    assert text  # the raw file is not what entities are found in


# -- highlights ------------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("主题教育专项整治𠀀 ")), max_size=80),
    st.lists(st.text(alphabet=st.sampled_from(list("主题教育专项整治")), min_size=1, max_size=4), max_size=5),
)
def test_term_spans_are_ordered_non_overlapping_occurrences(text: str, terms: list[str]) -> None:
    spans = term_spans(text, terms)
    for (start, end, term), following in pairwise(spans):
        assert end <= following[0]
        assert text[start:end] == term
    covered = {i for s, e, _ in spans for i in range(s, e)}
    for term in terms:  # every occurrence of a term is covered by some span
        for match in re.finditer(re.escape(term), text):
            assert any(i in covered for i in range(match.start(), match.end()))


def test_longest_term_wins_and_first_list_owns_a_term() -> None:
    assert term_spans("主题教育", ["主题", "主题教育"]) == [(0, 4, "主题教育")]
    lists = [WordList("甲", "#111111", ["主题"]), WordList("乙", "#222222", ["主题", "教育"])]
    assert [(s.key, s.start) for s in wordlist_spans("主题教育", lists)] == [("甲", 0), ("乙", 2)]
    lists[0].enabled = False
    assert [s.key for s in wordlist_spans("主题教育", lists)] == ["乙", "乙"]


def test_compute_highlights_layers(engine: KeywordEngine) -> None:
    text = "骆惠宁强调主题教育。主题教育要抓实。骆惠宁指出。"
    result = compute_highlights(engine, text, top_k=3, wordlists=[WordList("领导", "#e0533d", ["骆惠宁"])])
    assert {s.layer for s in result.spans} == {KEYWORD, WORDLIST}
    assert [(s.start, s.end) for s in result.layer(WORDLIST)] == [(0, 3), (18, 21)]
    assert result.counts(WORDLIST) == {"领导": 2}


# -- word lists and storage ---------------------------------------------------------------------------
def test_plain_text_word_lists_round_trip() -> None:
    terms = parse_plain_terms("\ufeff# 领导\n骆惠宁\n\n  楼阳生  \n骆惠宁\n")
    assert terms == ["骆惠宁", "楼阳生"]
    assert parse_plain_terms(terms_to_plain(terms)) == terms


def test_session_never_overwrites_a_sidecar_it_could_not_read(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(scraper_report("1甲.txt", "正文。"), encoding="utf-8")
    broken = tmp_path / "reader-annotations.json"
    broken.write_bytes(b'{"format": "report-reader-annotations", "version": 1, "tags": [')
    session = Library(tmp_path)
    assert session.read_only_reason and "not valid JSON" in session.read_only_reason
    with pytest.raises(SidecarError):
        session.apply(session.add_dictionary_word("词"))
    with pytest.raises(SidecarError):
        session.apply(session.set_wordlists([WordList("甲", "#123456", ["词"])]))
    assert broken.read_bytes() == b'{"format": "report-reader-annotations", "version": 1, "tags": ['


def test_atomic_write_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(b"old")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_library_file_falls_back_to_user_data_when_read_only(
    tmp_path: Path, isolated_user_data: Path
) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    assert library_file(library, "x.json") == library.resolve() / "x.json"
    fallback = library_file(library, "x.json", read_only=True)
    assert fallback.is_relative_to(isolated_user_data / "data") and fallback.name == "x.json"
    assert fallback != library_file(tmp_path, "x.json", read_only=True)  # one folder per library
