"""Statistics on a small hand-made library (numbers checked by hand), the `reader
search` and `reader stats` commands, and a chart drawn offscreen with Chinese labels."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.analysis.search import SearchCorpus, folded_text
from reader.core.analysis.stats import coding_matrix, keyness, library_counts, top_terms
from reader.core.index.library_index import LibraryIndex
from reader.core.library import Library
from reader.core.text.folding import fold1
from reader.core.text.keywords import IdfTable
from tests.conftest import scraper_report

REPORTS = {
    "a.txt": ("1 甲报告.txt", "2019年7月1日，扶贫工作会议召开。扶贫扶贫。"),
    "b.txt": ("2 乙报告.txt", "2019年7月20日，生态环境保护会议召开，扶贫。"),
    "c.txt": ("3 丙报告.txt", "2020年1月5日，生态环境整改落实。"),
    "d.txt": ("4 丁报告.txt", "6月3日，扶贫。"),  # a date without a year
    "e.txt": ("5 戊报告.txt", "没有日期的报告，说到扶贫和生态环境。"),
}


def index_of(session: Library) -> LibraryIndex:
    """The library's index, as `Library.index` returns it (from the cache, now fresh)."""
    result = session.index(workers=1)
    assert result.index is not None
    return result.index


@pytest.fixture
def session(tmp_path: Path) -> Library:
    root = tmp_path / "小库"
    root.mkdir()
    for name, (title, body) in REPORTS.items():
        (root / name).write_text(scraper_report(title, body), encoding="utf-8")
    session = Library(root)
    session.apply_index(session.index(workers=1))
    return session


def test_term_over_time_counts_by_month_and_undated_apart(session: Library) -> None:
    series = session.term_over_time("扶贫")
    assert series.months == [("2019-07", 4, 2)]  # a: 3 times, b: once
    assert (series.undated, series.undated_reports) == (2, 2)  # d (no year) and e (no date)
    assert session.term_over_time("生态环境").months == [("2019-07", 1, 1), ("2020-01", 1, 1)]


def test_top_terms_and_tfidf_by_hand() -> None:
    counts = Counter({"扶贫": 6, "生态环境": 3, "会议": 2})
    idf = IdfTable(Counter({"扶贫": 4, "生态环境": 3, "会议": 2}), 5)
    rows = top_terms(counts, idf, 3, "count")
    assert [(r.term, r.count) for r in rows] == [("扶贫", 6), ("生态环境", 3), ("会议", 2)]
    expected = {
        t: c / 11 * (math.log(6 / (df + 1)) + 1)
        for t, c, df in [("扶贫", 6, 4), ("生态环境", 3, 3), ("会议", 2, 2)]
    }
    for row in rows:
        assert row.tfidf == pytest.approx(expected[row.term])
    assert [r.term for r in top_terms(counts, idf, 3, "tfidf")] == sorted(
        expected, key=lambda t: -expected[t]
    )


def test_library_counts_sum_the_reports(session: Library) -> None:
    counts = library_counts(index_of(session))
    assert counts["扶贫"] == 6  # 3 + 1 + 1 + 1: each report's text has it as a word
    engine = session.engine()
    expected: Counter[str] = Counter()
    for report in session.indexed_reports():
        expected.update(engine.term_counts(report.text))
    assert counts == expected
    assert index_of(session).document_frequencies().documents == 5


def test_indexing_adds_up_each_reports_terms(tmp_path: Path) -> None:
    """The library's term totals and document frequencies, added up while indexing,
    are those of the reports' own counts, a phrase of the dictionary included."""
    from reader.core.index.scan import scan_library
    from reader.core.index.workers import rows_for
    from reader.core.reading.loader import load_report
    from reader.core.text.keywords import KeywordEngine

    for name, (title, body) in REPORTS.items():
        (tmp_path / name).write_text(scraper_report(title, body + "生态·环境，生态·环境。"), encoding="utf-8")
    engine = KeywordEngine(["生态·环境"])
    entries = scan_library(tmp_path).entries
    _rows, df, totals = rows_for(entries, tmp_path, engine)
    expected_df: Counter[str] = Counter()
    expected_totals: Counter[str] = Counter()
    for entry in entries:
        counts = engine.term_counts(load_report(tmp_path / entry.relpath, tmp_path).document.text)
        expected_df.update(counts.keys())
        expected_totals.update(counts)
    assert totals["生态·环境"] == 10 and totals["扶贫"] == 6
    assert (df, totals) == (expected_df, expected_totals)


def test_keyness_by_hand() -> None:
    library = Counter({"扶贫": 10, "会议": 80, "整改": 10})
    tag = Counter({"整改": 5, "会议": 5})
    (row,) = keyness(tag, library)  # 会议 is used less in the passages: left out
    a, b, c, d = 5, 10, 10, 100
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    assert row.term == "整改"
    assert row.log_likelihood == pytest.approx(2 * (a * math.log(a / e1) + b * math.log(b / e2)))
    assert (row.tag_per_10k, row.library_per_10k) == (5000, 1000)


def test_coding_matrix_counts_passages_per_report_and_tag() -> None:
    matrix = coding_matrix(
        [("a.txt", ["整改", "学习"]), ("a.txt", ["整改"]), ("c.txt", ["学习"])],
        [("a.txt", "1 甲"), ("b.txt", "2 乙"), ("c.txt", "3 丙")],
        ["整改", "学习"],
    )
    assert matrix.reports == [("a.txt", "1 甲"), ("c.txt", "3 丙")]
    assert matrix.counts == [[2, 1], [0, 1]]


def test_cli_search_and_stats(session: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(session.root), "扶贫", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {r["report"]: r["count"] for r in found} == {"a.txt": 3, "b.txt": 1, "d.txt": 1, "e.txt": 1}
    assert found[0]["hits"][0]["hit"] == "扶贫"
    assert main(["search", str(session.root), r"20\d\d年", "--regex"]) == 0
    out = capsys.readouterr().out
    assert "【2019年】" in out and "3 hits in 3 reports." in out
    assert main(["search", str(session.root), "[", "--regex"]) == 2
    assert "Not a valid regular expression" in capsys.readouterr().err
    assert main(["stats", str(session.root), "--top", "3", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["reports"] == 5 and stats["terms"][0] == {
        "term": "扶贫",
        "count": 6,
        "tfidf": stats["terms"][0]["tfidf"],
    }


def test_the_indexed_folded_texts_line_up_with_the_reports(session: Library) -> None:
    index = index_of(session)
    corpus = SearchCorpus(index)
    for report in corpus.reports:
        assert folded_text(index.cache, report.id) == fold1(report.text)
