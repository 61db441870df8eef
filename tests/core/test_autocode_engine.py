"""Auto-coding proposals (reader.core.analysis.autocode): sentences with Chinese punctuation,
the hit / sentence / paragraph units, deduplication, what existing annotations
already cover, width-insensitive terms, progress and cancel, proposals from a library
search."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.analysis.autocode import (
    HIT,
    PARAGRAPH,
    SENTENCE,
    LibrarySources,
    Rule,
    RuleFileError,
    Units,
    existing_from,
    propose,
    propose_from_search,
    sentences,
)
from reader.core.analysis.search import REGEX, WORDS, Query, SearchCorpus, search
from reader.core.index.library_index import LibraryIndex, build_index
from reader.core.index.scan import scan_library
from reader.core.text.folding import fold1
from tests.analysis_fixtures import passage
from tests.conftest import scraper_report


def texts_of(text, spans):
    return [text[s:e] for s, e in spans]


# -- sentences and units ------------------------------------------------------------------------------
def test_sentences_end_at_chinese_and_ascii_marks_and_at_line_ends():
    text = "第一句。第二句！第三句？第四句；第五句……第六句\n　　第七句!第八句?  第九句;第十句⋯⋯末句"
    assert texts_of(text, sentences(text)) == [
        "第一句。", "第二句！", "第三句？", "第四句；", "第五句……", "第六句",
        "第七句!", "第八句?", "第九句;", "第十句⋯⋯", "末句",
    ]  # fmt: skip


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    text = "他说：“我们要抓落实。”随后（会议结束。）散会了！」下一句"
    expected = ["他说：“我们要抓落实。”", "随后（会议结束。）", "散会了！」", "下一句"]
    assert texts_of(text, sentences(text)) == expected


def test_a_full_stop_and_decimal_points_do_not_end_a_sentence():
    text = "增长3.5个百分点，达到１２．６亿元。下一句"
    assert texts_of(text, sentences(text)) == ["增长3.5个百分点，达到１２．６亿元。", "下一句"]


def test_units_around_a_hit():
    text = "　　第一句有资金投入。第二句！\n第二段的一句。"
    units = Units(text)
    hit = (text.index("资金"), text.index("资金") + 4)
    assert text[slice(*units.span(HIT, *hit))] == "资金投入"
    assert text[slice(*units.span(SENTENCE, *hit))] == "第一句有资金投入。"  # leading U+3000 left out
    assert text[slice(*units.span(PARAGRAPH, *hit))] == "第一句有资金投入。第二句！"
    across = (text.index("投入"), text.index("第二句") + 2)  # a hit over two sentences
    assert text[slice(*units.span(SENTENCE, *across))] == "第一句有资金投入。第二句！"
    over_lines = (text.index("第二句"), text.index("第二段") + 2)
    assert text[slice(*units.span(PARAGRAPH, *over_lines))] == text.strip()
    with pytest.raises(ValueError):
        units.span("page", 0, 1)


# -- proposals ----------------------------------------------------------------------------------------
TEXT = "加大资金投入力度。完善人才培养机制，加大资金支持！\n政府采购向中小企业倾斜。"
SUPPLY = Rule("政策工具/供给型", ("资金投入", "资金", "人才培养"), ("加大资金.{2}",), "policy.txt", "abc", 2)
DEMAND = Rule("政策工具/需求型", ("政府采购", "资金投入"), (), "policy.txt", "abc", 7)


def run(unit, rules=(SUPPLY, DEMAND), existing=None, text=TEXT):
    return propose([("r1.txt", "fp1", text)], list(rules), unit=unit, existing=existing)


def summary(result):
    return [(p.tag.split("/")[1], p.passage, [m.pattern for m in p.matches]) for p in result.proposals]


def test_hit_proposals_merge_what_lies_inside_another_of_the_same_tag():
    result = run(HIT)
    assert summary(result) == [
        ("供给型", "加大资金投入", ["re:加大资金.{2}", "资金", "资金投入"]),
        ("需求型", "资金投入", ["资金投入"]),
        ("供给型", "人才培养", ["人才培养"]),
        ("供给型", "加大资金支持", ["re:加大资金.{2}", "资金"]),
        ("需求型", "政府采购", ["政府采购"]),
    ]
    first = result.proposals[0]
    assert (first.start, first.end, first.unit) == (0, 6, HIT)
    assert (first.report, first.fingerprint) == ("r1.txt", "fp1")
    assert result.texts == {"fp1": TEXT} and result.reports == 1 and not result.cancelled


def test_sentence_proposals_one_per_tag_and_sentence_with_every_hit():
    result = run(SENTENCE)
    assert summary(result) == [
        ("供给型", "加大资金投入力度。", ["re:加大资金.{2}", "资金", "资金投入"]),
        ("需求型", "加大资金投入力度。", ["资金投入"]),
        ("供给型", "完善人才培养机制，加大资金支持！", ["人才培养", "re:加大资金.{2}", "资金"]),
        ("需求型", "政府采购向中小企业倾斜。", ["政府采购"]),
    ]
    keys = [p.key for p in result.proposals]
    assert len(keys) == len(set(keys))


def test_paragraph_proposals():
    result = run(PARAGRAPH)
    assert [(p.tag, p.passage) for p in result.proposals] == [
        ("政策工具/供给型", TEXT.split("\n")[0]),
        ("政策工具/需求型", TEXT.split("\n")[0]),
        ("政策工具/需求型", TEXT.split("\n")[1]),
    ]


def test_origin_records_the_rule_file_the_tag_and_what_matched():
    origin = run(SENTENCE).proposals[0].origin
    assert origin.to_json() == {
        "source": "rules",
        "name": "policy.txt",
        "digest": "abc",
        "tag": "政策工具/供给型",
        "matched": ["re:加大资金.{2}", "资金", "资金投入"],
        "unit": "sentence",
    }
    assert type(origin).from_json(origin.to_json()) == origin


def test_what_an_annotation_with_the_tag_already_covers_is_not_proposed_again():
    sentence = TEXT.index("完善"), TEXT.index("！") + 1
    existing = existing_from([
        passage("x", "r1.txt", 0, 9, ("政策工具/需求型",)),  # covers the first sentence's 需求型
        passage("y", "r1.txt", *sentence, ("政策工具/供给型/人才",)),  # a tag below covers 供给型
        passage("z", "r1.txt", TEXT.index("政府"), TEXT.index("政府") + 2, ("政策工具/需求型",)),  # too short
        passage("w", "other.txt", 0, 50, ("政策工具/供给型",)),  # another report
    ])  # fmt: skip
    result = run(SENTENCE, existing=existing)
    assert [(p.tag[-3:], p.passage[:4]) for p in result.proposals] == [
        ("供给型", "加大资金"),
        ("需求型", "政府采购"),
    ]
    assert result.already_coded == 2


def test_terms_match_width_and_case_insensitively_at_the_right_offsets():
    text = "𠀀前言：推进ＡＩ＋教育，ai应用"
    result = propose([("r.txt", "fp", text)], [Rule("技术", ("AI",))])
    assert [(p.start, p.end, p.passage) for p in result.proposals] == [(6, 8, "ＡＩ"), (12, 14, "ai")]
    folded = [("r.txt", "fp", text, fold1(text))]  # a folded text given (the index's) is used as it is
    assert [p.passage for p in propose(folded, [Rule("技术", ("ai",))]).proposals] == ["ＡＩ", "ai"]


def test_rules_without_terms_or_with_a_bad_pattern():
    assert len(propose([("r.txt", "fp", TEXT)], [Rule("空")]).proposals) == 0
    with pytest.raises(RuleFileError) as caught:
        propose([("r.txt", "fp", TEXT)], [Rule("坏", patterns=("(",), line=4)])
    assert caught.value.code == "bad-regex" and caught.value.line == 4


def test_progress_and_cancel():
    sources = [(f"r{i}.txt", f"fp{i}", "资金投入") for i in range(250)]
    seen = []
    result = propose(sources, [SUPPLY], progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (2, 250) and seen[-1] == (250, 250)
    assert len(result.proposals) == 250 and len(result.texts) == 250

    given = []

    def generator():  # a total that is not known beforehand
        for source in sources:
            given.append(source)
            yield source

    calls = []
    stopped = propose(
        generator(), [SUPPLY], cancelled=lambda: len(given) > 150, progress=lambda d, t: calls.append(t)
    )
    assert stopped.cancelled and stopped.reports == 150
    assert len(stopped.proposals) == 150
    assert calls == [0]  # every 100 reports, with total 0 for "not known"


def test_unknown_units_are_refused():
    with pytest.raises(ValueError):
        run("page")


# -- from a library search ----------------------------------------------------------------------------
def index_of(root: Path, *texts: str, folders: tuple[str, ...] = ()) -> LibraryIndex:
    """A library of one-paragraph reports `r0.txt`, `r1.txt`, … (in `folders` if given),
    indexed as the app indexes it."""
    for i, text in enumerate(texts):
        path = root / (folders[i] if folders else "") / f"r{i}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(scraper_report(f"{i:03d}报告{i}.txt", text), encoding="utf-8")
    return build_index(root, scan_library(root).entries, workers=1)


def test_rules_run_over_the_indexed_library_or_one_folder(tmp_path: Path):
    texts = ("推进ＡＩ应用。", "AI教育", "没有")
    corpus = SearchCorpus(index_of(tmp_path, *texts, folders=("山西", "北京", "山西")))
    everything = LibrarySources(corpus)
    assert len(everything) == 3
    rules = [Rule("技术", ("ai",))]
    result = propose(everything, rules, unit=SENTENCE)
    assert [(p.report, p.passage) for p in result.proposals] == [
        ("北京/r1.txt", "AI教育"),  # in the library's order
        ("山西/r0.txt", "推进ＡＩ应用。"),
    ]
    assert result.reports == 3
    shanxi = LibrarySources(corpus, folder="/山西/")
    assert len(shanxi) == 2
    assert [p.report for p in propose(shanxi, rules).proposals] == ["山西/r0.txt"]


def test_tag_all_hits_of_a_search(tmp_path: Path):
    index = index_of(tmp_path, "专项整治工作。开展专项整治！", "没有", "继续ＳＰＥＣＩＡＬ整治。")
    result = propose_from_search(search(index, Query("专项整治")), " 整改 / 专项整治 ", unit=SENTENCE)
    assert [(p.report, p.tag, p.passage) for p in result.proposals] == [
        ("r0.txt", "整改/专项整治", "专项整治工作。"),
        ("r0.txt", "整改/专项整治", "开展专项整治！"),
    ]
    origin = result.proposals[0].origin
    assert (origin.source, origin.name, origin.digest) == ("search", "phrase", "")
    assert origin.matched == ("专项整治",)
    regex = propose_from_search(search(index, Query("special|专项", mode=REGEX)), "整改")
    assert [p.passage for p in regex.proposals] == ["专项", "专项", "ＳＰＥＣＩＡＬ"]
    assert regex.proposals[0].origin.matched == ("re:special|专项",)
    query = Query("开展 整治", mode=WORDS, exact=True)
    words = propose_from_search(search(index, query), "整改", unit=PARAGRAPH)
    assert [p.passage for p in words.proposals] == ["专项整治工作。开展专项整治！"]
    assert words.proposals[0].origin.name == "words, exact"
    with pytest.raises(RuleFileError) as caught:
        propose_from_search(search(index, Query("专项整治")), " / ")
    assert caught.value.code == "no-tag" and caught.value.reason("zh") == "请指定用于编码的标签。"


def test_a_term_in_several_rules_proposes_each_tag():
    rules = [Rule("甲", ("资金投入",)), Rule("乙", ("人才", "资金投入"))]
    result = propose([("r.txt", "fp", TEXT)], rules)
    assert [(p.tag, p.passage) for p in result.proposals] == [
        ("乙", "资金投入"),
        ("甲", "资金投入"),
        ("乙", "人才"),
    ]
    assert result.proposals.tag_counts() == {"乙": 2, "甲": 1}


def test_a_hit_over_two_sentences_takes_both_and_the_sentences_inside_join_it():
    rules = [Rule("跨句", ("力度",), ("力度。完善",))]
    result = propose([("r.txt", "fp", TEXT)], rules, unit=SENTENCE)
    (only,) = result.proposals
    assert only.passage == "加大资金投入力度。完善人才培养机制，加大资金支持！"
    assert [m.pattern for m in only.matches] == ["力度", "re:力度。完善"]  # by place


def test_hits_of_spaces_only_are_left_out():
    result = propose([("r.txt", "fp", "一　二 三")], [Rule("空白", (), (r"\s",))])
    assert len(result.proposals) == 0 and result.texts == {}


def test_reports_keep_the_order_they_were_given_in():
    sources = [("b.txt", "fp-b", "资金投入"), ("a.txt", "fp-a", "人才培养，资金投入")]
    result = propose(sources, [SUPPLY])
    assert [(p.report, p.passage) for p in result.proposals] == [
        ("b.txt", "资金投入"),
        ("a.txt", "人才培养"),
        ("a.txt", "资金投入"),
    ]
    proposals = result.proposals
    assert proposals[-1] == proposals[2] and proposals[1:] == [proposals[1], proposals[2]]
    with pytest.raises(IndexError):
        proposals[3]


# -- the deduplication read literally, on random texts -------------------------------------------
@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="甲乙丙。 \n", min_size=1, max_size=40),
    st.lists(
        st.tuples(st.sampled_from(["A", "B"]), st.text(alphabet="甲乙丙。", min_size=1, max_size=3)),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([HIT, SENTENCE, PARAGRAPH]),
)
def test_proposals_follow_the_rules_of_deduplication(text, terms, unit):
    rules = [Rule(tag, (term,)) for tag, term in terms]
    result = propose([("r.txt", "fp", text)], rules, unit=unit)
    units = Units(text)
    hits = []  # (tag, term, start, end) of every hit of every rule, and its unit's span
    spans = {}
    for tag, term in terms:
        at = text.find(term)
        while at >= 0:
            span = units.span(unit, at, at + len(term))
            if span is not None:
                hits.append((tag, term, at, at + len(term)))
                spans.setdefault(tag, set()).add(span)
            at = text.find(term, at + 1)
    # one proposal per tag and span that no other span of the tag contains
    expected = {
        (tag, s, e)
        for tag, found in spans.items()
        for s, e in found
        if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in found)
    }
    proposals = list(result.proposals)
    assert {(p.tag, p.start, p.end) for p in proposals} == expected
    assert len(proposals) == len(expected)
    # every hit is listed once, by a proposal of its tag that holds it
    listed = [(p.tag, m.pattern, m.start, m.end) for p in proposals for m in p.matches]
    assert sorted(listed) == sorted(hits)
    for p in proposals:
        assert all(p.start <= m.start and m.end <= p.end for m in p.matches)
        assert p.passage == text[p.start : p.end] and p.passage.strip() == p.passage


# -- reading the library page-wise, sorting by one key -----------------------------------------------
def test_library_sources_read_texts_and_folded_texts_a_page_at_a_time(tmp_path: Path, monkeypatch):
    """Auto-coding reads each report's folded text from the index with its text (one
    query per page of reports), instead of one query and a folding per report."""
    from reader.core.analysis.autocode import engine
    from reader.core.index.cache import IndexCache

    texts = ("推进ＡＩ应用。", "AI教育", "没有", "發展ａｉ", "再一篇")
    corpus = SearchCorpus(index_of(tmp_path, *texts))
    pages = []
    original = IndexCache.texts_folded
    monkeypatch.setattr(
        IndexCache, "texts_folded", lambda self, ids: pages.append(len(ids)) or original(self, ids)
    )
    monkeypatch.setattr(engine, "PAGE", 2)
    read = list(LibrarySources(corpus))
    assert pages == [2, 2, 1]
    assert [(s[2], s[3]) for s in read] == [(r.text, fold1(r.text)) for r in corpus.reports]
    assert [p.passage for p in propose(LibrarySources(corpus), [Rule("技术", ("ai",))]).proposals] == [
        "ＡＩ", "AI", "ａｉ"
    ]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 2**40), st.integers(0, 3)), min_size=0, max_size=30)
)
def test_sort_order_is_lexsort_of_the_columns_reversed(rows):
    """One key when the columns fit in 63 bits, lexsort when they do not: the same order."""
    import numpy as np

    from reader.core.analysis.autocode.proposals import sort_order

    columns = [np.array([r[i] for r in rows], dtype=np.int64) for i in range(3)]
    assert sort_order(*columns).tolist() == np.lexsort(columns[::-1]).tolist()
    small = [c % 1000 for c in columns]
    assert sort_order(*small).tolist() == np.lexsort(small[::-1]).tolist()
