"""One count of a term everywhere: every occurrence in the text, also inside longer
words, width and case ignored (as Find counts). The keyword panel, Statistics and
`reader stats` all show it (no Qt here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.keywords import occurrences
from reader.core.session import LibrarySession
from reader.core.stats import library_counts, library_top_terms, report_counts, top_terms
from reader.core.text_find import find_all

from .conftest import SEEDS

REPORT = "004_44db7bec739ae390.txt"  # 问题: 49 occurrences, 38 of them as a word of its own


@pytest.fixture(scope="module")
def seeds() -> LibrarySession:
    session = LibrarySession(SEEDS, read_only=True)
    session.apply_index(session.index(workers=1))
    return session


def test_occurrences_count_inside_longer_words_and_across_widths() -> None:
    text = "检视问题，问题清单。ＡＢＣ与abc。"
    assert occurrences(text, ["问题", "abc", "清单问"]) == {"问题": 2, "abc": 2, "清单问": 0}


def test_the_keyword_count_and_the_report_statistics_agree(seeds: LibrarySession) -> None:
    entry = next(e for e in seeds.entries if e.relpath == REPORT)
    text = seeds.load(entry).document.text
    as_find_counts = len(find_all(text, "问题"))
    assert as_find_counts == 49
    engine = seeds.engine()
    assert engine.term_counts(text)["问题"] == 38  # as a segmented word: not what is shown
    keyword = next(k for k in engine.keywords(text, 10) if k.term == "问题")
    assert keyword.count == as_find_counts
    rows = {r.term: r.count for r in top_terms(report_counts(engine, text), None, 50)}
    assert rows["问题"] == as_find_counts


def test_the_library_statistics_count_the_same_way(seeds: LibrarySession) -> None:
    texts = [seeds.load(e).document.text for e in seeds.entries]
    rows = library_top_terms(library_counts(seeds.library_index), seeds.corpus, seeds.idf, 10)
    assert [r.count for r in rows] == sorted((r.count for r in rows), reverse=True)
    for row in rows:
        assert row.count == sum(len(find_all(t, row.term)) for t in texts), row.term


def test_reader_stats_shows_the_same_count(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    library = tmp_path / "one"
    library.mkdir()
    (library / REPORT).write_bytes((SEEDS / REPORT).read_bytes())
    assert main(["stats", str(library), "--top", "10", "--json"]) == 0
    terms = {t["term"]: t["count"] for t in json.loads(capsys.readouterr().out)["terms"]}
    assert terms["问题"] == 49
