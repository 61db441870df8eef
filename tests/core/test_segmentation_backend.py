"""The fast segmentation backend (rjieba) must cut exactly as jieba does, with our
dictionary and the user's words, or it may not be used; and the index built by a
pool of processes is the one built in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.make_library import generate
from reader.core.index.library_index import build_index
from reader.core.index.scan import scan_library
from reader.core.reading.loader import load_report
from reader.core.text.keywords import KeywordEngine
from tests.conftest import SEEDS

EXTRA = ["骆惠宁", "不忘初心、牢记使命", "主题教育推进会"]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("seg")
    generate(root, 200, seed=11, big=False)
    texts = [load_report(e.path, root).document.text for e in scan_library(root).entries]
    texts += [load_report(p).document.text for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def test_rjieba_cuts_exactly_as_jieba(documents: list[str]) -> None:
    fast = KeywordEngine(EXTRA, fast=True)
    slow = KeywordEngine(EXTRA, fast=False)
    assert fast.backend == "rjieba" and slow.backend == "jieba"
    fast.add_word("专项整治攻坚战")
    slow.add_word("专项整治攻坚战")
    assert len(documents) == 205
    for text in documents:
        assert fast.tokens(text) == slow.tokens(text)
        assert fast.term_counts(text) == slow.term_counts(text)


def test_term_counts_are_the_candidate_tokens(documents: list[str]) -> None:
    engine = KeywordEngine()
    from collections import Counter

    for text in documents[:20]:
        expected = Counter(t for t, _ in engine.tokens(text) if engine.is_candidate(t))
        assert engine.term_counts(text) == expected


def test_a_process_pool_builds_the_same_index(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    generate(root, 90, seed=5, big=False)
    entries = scan_library(root).entries
    pooled = build_index(root, entries, workers=2)
    pooled_texts = {r.relpath: (r.text, r.date, r.title) for r in pooled.reports}
    pooled_terms = pooled.terms()
    pooled.cache.close()
    for path in pooled.cache.path.parent.iterdir():
        path.unlink()
    local = build_index(root, entries, workers=1)
    assert {r.relpath: (r.text, r.date, r.title) for r in local.reports} == pooled_texts
    assert local.terms() == pooled_terms
    assert pooled.idf.documents == local.idf.documents == 90
