"""The window's keyword engine segments in a child process (loading jieba there, not on
a thread of the window's process, keeps clicks from waiting): the same tokens, counts,
keywords and entities as in this process, the user's words kept, a child that dies
replaced, and no child left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.reading.loader import load_report
from reader.core.text.engine_child import ChildProcessEngine, EngineClosed
from reader.core.text.keywords import IdfTable, KeywordEngine
from tests.conftest import REPO, SEEDS, process_runs

WORDS = ["主题教育推进会", "不忘初心、牢记使命"]
ADDED = "专项整治攻坚战"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [load_report(p).document.text for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def here() -> KeywordEngine:
    engine = KeywordEngine(WORDS, fast=False)
    engine.add_word(ADDED)
    return engine


def kill_child(engine: ChildProcessEngine) -> None:
    pid = engine.child_pid
    assert pid is not None and pid != os.getpid()
    os.kill(pid, signal.SIGKILL)


def test_the_child_segments_as_this_process_does(texts: list[str], here: KeywordEngine) -> None:
    engine = ChildProcessEngine(WORDS)
    try:
        engine.add_word(ADDED)  # before the child runs: it is given the word at its start
        engine.ensure_loaded()
        assert engine.in_child and engine.child_pid not in (None, os.getpid())
        assert engine._tokenizer is None  # jieba's dictionary was not loaded here
        idf = IdfTable.from_documents(here.term_counts(t).keys() for t in texts)
        for text in texts:
            assert engine.tokens(text) == here.tokens(text)
            assert engine.term_counts(text) == here.term_counts(text)
            assert engine.keywords(text) == here.keywords(text)
            assert engine.keywords(text, 5, idf) == here.keywords(text, 5, idf)
        assert engine.entities(texts[0]) == here.entities(texts[0]) != []
        assert any(token == ADDED for t in texts for token, _ in engine.tokens(t + ADDED))
    finally:
        engine.close()


def test_a_word_added_while_the_child_runs_is_kept_whole(texts: list[str]) -> None:
    engine = ChildProcessEngine(WORDS)
    try:
        sentence = "会议部署了扶贫领域作风问题专项整治工作。"
        assert "扶贫领域作风问题专项整治" not in [token for token, _ in engine.tokens(sentence)]
        engine.add_word("扶贫领域作风问题专项整治")
        assert "扶贫领域作风问题专项整治" in [token for token, _ in engine.tokens(sentence)]
    finally:
        engine.close()


def test_a_child_that_dies_is_replaced_then_segmenting_falls_back_here(
    texts: list[str], here: KeywordEngine
) -> None:
    engine = ChildProcessEngine(WORDS)
    try:
        engine.add_word(ADDED)
        engine.ensure_loaded()
        first = engine.child_pid
        kill_child(engine)
        assert engine.tokens(texts[0] + ADDED) == here.tokens(texts[0] + ADDED)  # a new child, the word kept
        assert engine.in_child and engine.child_pid not in (None, first)
        kill_child(engine)
        assert engine.tokens(texts[1] + ADDED) == here.tokens(texts[1] + ADDED)
        assert not engine.in_child  # twice dead: jieba is loaded here instead
        assert engine.keywords(texts[2]) == here.keywords(texts[2])
    finally:
        engine.close()


def test_closing_ends_the_child(texts: list[str]) -> None:
    engine = ChildProcessEngine(WORDS)
    engine.ensure_loaded()
    pid = engine.child_pid
    assert pid is not None and process_runs(pid)
    engine.close()
    assert not process_runs(pid)
    with pytest.raises(EngineClosed):  # work asked of a library that was left is dropped
        engine.tokens("主题教育")


def test_a_library_that_segments_in_a_child_closes_it(seeds_copy: Path, texts: list[str]) -> None:
    library = Library(seeds_copy, segment_in_child=True)
    engine = library.engine()
    assert isinstance(engine, ChildProcessEngine)
    pid = engine.child_pid
    assert pid is not None and process_runs(pid)
    report = library.load(library.entries[0])
    highlights = library.highlights(report)
    library.close_engine()
    assert not process_runs(pid)
    command_line = Library(seeds_copy)  # the command line segments in its own process
    assert type(command_line.engine()) is KeywordEngine
    assert highlights == command_line.highlights(report) and highlights.keywords


ORPHAN = """
import os, sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from reader.core.index.workers import _init_worker
from reader.core.pools import exit_with_parent
from reader.core.text.engine_child import ChildProcessEngine
if __name__ == "__main__":
    if sys.argv[1] == "segmenter":
        engine = ChildProcessEngine()
        engine.ensure_loaded()
        pid = engine.child_pid
    else:  # the indexing workers' pool, or a pool for one job (document fields, a large report)
        start = (_init_worker, ([], 0)) if sys.argv[1] == "indexing" else (exit_with_parent, ())
        pool = ProcessPoolExecutor(1, get_context("spawn"), *start)
        pid = pool.submit(os.getpid).result()
    print(pid, flush=True)
    os.kill(os.getpid(), 9)  # the window's process killed, or crashed: nothing ends its children
"""


@pytest.mark.parametrize("child", ["segmenter", "indexing", "one job"])
def test_a_child_ends_when_the_windows_process_is_killed(tmp_path: Path, child: str) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(ORPHAN, encoding="utf-8")
    command = [sys.executable, str(script), child]
    parent = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert parent.stdout is not None
    pid = int(parent.stdout.readline())
    parent.wait(60)
    parent.stdout.close()
    for _ in range(300):  # up to 30 s: it ends within a moment of its parent
        if not process_runs(pid):
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        pytest.fail(f"the {child} process outlived the process that started it")
