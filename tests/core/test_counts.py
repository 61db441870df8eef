"""One count of a term: how often it occurs as a word of its own, as the text is
segmented. Keywords, the keyword panel, Statistics and `reader stats` all show it
(no Qt here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.analysis.stats import top_terms
from reader.core.library import Library
from tests.conftest import SEEDS

REPORT = "004_44db7bec739ae390.txt"  # 问题: 38 times as a word, 49 counting 问题清单 and the like


@pytest.fixture(scope="module")
def text() -> str:
    session = Library(SEEDS, read_only=True)
    return session.load(next(e for e in session.entries if e.relpath == REPORT)).document.text


def test_a_keyword_counts_its_words_as_the_statistics_do(text: str) -> None:
    session = Library(SEEDS, read_only=True)
    engine = session.engine()
    words = engine.term_counts(text)
    assert (words["问题"], text.count("问题")) == (38, 49)
    for keyword in engine.keywords(text, 10):
        assert keyword.count == words[keyword.term], keyword.term
    rows = {r.term: r.count for r in top_terms(words, None, 50)}
    assert rows["问题"] == 38


def test_reader_stats_shows_the_same_count(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    library = tmp_path / "one"
    library.mkdir()
    (library / REPORT).write_bytes((SEEDS / REPORT).read_bytes())
    assert main(["stats", str(library), "--top", "10", "--json"]) == 0
    terms = {t["term"]: t["count"] for t in json.loads(capsys.readouterr().out)["terms"]}
    assert terms["问题"] == 38
