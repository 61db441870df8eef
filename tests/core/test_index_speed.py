"""What keeps searching a 10,000-report library quick, checked by counting work
rather than timing it: the statements the index runs and the layout of its cache."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from benchmarks.make_library import generate
from reader.core.analysis.search import Query, search
from reader.core.index.library_index import build_index, cache_file
from reader.core.index.scan import scan_library
from reader.core.index.texts import SENTINEL
from tests.conftest import SEEDS


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    generate(root, 40, seed=5, big=False)
    shutil.copytree(SEEDS, root / "seeds")
    return root


def traced(db: sqlite3.Connection) -> list[str]:
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    return statements


def test_a_warm_open_reads_the_reports_metadata_once(library: Path) -> None:
    entries = scan_library(library).entries
    build_index(library, entries, workers=1)
    real_connect = sqlite3.connect
    statements: list[str] = []

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        db = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        db.set_trace_callback(statements.append)
        return db

    sqlite3.connect = connect  # type: ignore[assignment]
    try:
        index = build_index(library, entries, workers=1)
    finally:
        sqlite3.connect = real_connect  # type: ignore[assignment]
    assert index is not None and len(index.reports) == len(entries)
    reads = [s for s in statements if s.startswith("SELECT") and "relpath" in s and "FROM reports" in s]
    assert len(reads) == 1, reads


def test_the_cache_keeps_metadata_apart_from_texts_in_large_pages(library: Path) -> None:
    build_index(library, scan_library(library).entries, workers=1)
    db = sqlite3.connect(cache_file(library))
    assert db.execute("PRAGMA page_size").fetchone()[0] >= 65536  # a typical folded text in one page
    columns = {row[1] for row in db.execute("PRAGMA table_info(reports)")}
    assert not columns & {"text", "terms"}  # listing the reports reads no text


def test_a_phrase_in_most_reports_is_not_looked_up_in_the_full_text_index(library: Path) -> None:
    index = build_index(library, scan_library(library).entries, workers=1)
    assert index is not None
    statements = traced(index.cache.db)
    common = search(index, Query("的"))  # one character: every report, no lookup
    assert len(common.reports) > len(index.reports) // 2
    statements.clear()
    result = search(index, Query("工作的"))  # in most reports: reading the texts is cheaper
    assert len(result.reports) > len(index.reports) // 2
    assert not [s for s in statements if s.startswith("SELECT rowid FROM folded")]
    statements.clear()
    rare = search(index, Query("不存在的词语"))
    assert not rare.reports
    # a rare phrase still narrows what is read
    assert [s for s in statements if s.startswith("SELECT rowid FROM folded")]


def test_the_cache_gives_back_every_text_exactly_while_keeping_it_once(library: Path) -> None:
    from reader.core.index.scan import load_or_problem
    from tests.core.test_library_search import ODD_REPORT, WIDTH_REPORT

    (library / "全角.txt").write_text(WIDTH_REPORT, encoding="utf-8")
    (library / "生僻.txt").write_text(ODD_REPORT, encoding="utf-8")
    odd_bytes = "标题\n正文\udc80有孤立代理项，ＡＢＣ。".encode("utf-8", "surrogateescape")
    (library / "代理.txt").write_bytes(odd_bytes)
    entries = scan_library(library).entries
    build_index(library, entries, workers=1)
    index = build_index(library, entries, workers=1)  # from the cache
    assert index is not None
    loaded = {e.relpath: load_or_problem(e, library) for e in entries}
    for report in index.reports:
        want = loaded[report.relpath]
        assert report.text == (None if report.problem else want.document.text), report.relpath
    db = sqlite3.connect(cache_file(library))
    kept = db.execute("SELECT sum(length(patch)) FROM texts").fetchone()[0]
    utf8 = sum(len((r.text or "").encode("utf-8", "surrogatepass")) for r in index.reports)
    assert kept < utf8 / 10  # the folded text is the text, but for a few characters


def test_any_text_comes_back_from_its_folded_form() -> None:
    import json
    import random

    from reader.core.index.texts import _indexed, _pack, _patch, _restore, _searchable

    alphabet = ["a", "A", "ａ", "Ａ", ",", "，", "党", "𠀀", "\udc80", "ß", "ﬁ", "Ｓ", "s", "\ufffd", "１"]
    chooser = random.Random(17)
    for _ in range(500):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 30)))
        folded = _searchable(text)[: len(text)]
        patch = _pack(json.dumps(_patch(text, folded), ensure_ascii=False))
        assert _restore(folded, patch) == text, text
        assert _indexed(text) == (folded + SENTINEL, _patch(text, folded))  # what indexing stores


def test_a_long_text_comes_back_from_its_folded_form_with_a_small_patch() -> None:
    """Reports are thousands of characters, folded as arrays: the patch still gives
    back every character, and a report's usual folds (`，` for `,`) cost no runs."""
    import json
    import random

    from reader.core.index.texts import _indexed, _pack, _restore

    chooser = random.Random(41)
    common = "党建工作的，。：；（）１２３ＡＢＣ發展"
    for _ in range(20):
        text = "".join(chooser.choice(common) for _ in range(chooser.randint(4096, 9000)))
        text += "".join(chooser.choice([",", "a", "A", "\udc80", "𠀀"]) for _ in range(5))
        searchable, patch = _indexed(text)
        folded = searchable[: -len(SENTINEL)]
        assert _restore(folded, _pack(json.dumps(patch, ensure_ascii=False))) == text
        assert len(patch["runs"]) <= 5  # type: ignore[arg-type]  # only the odd characters at the end


def test_any_slice_of_a_text_comes_back_from_its_folded_form() -> None:
    """`reader search` prints each hit with twenty characters each side, restored
    from the folded text only there: any slice is the slice of the whole text."""
    import json
    import random

    from reader.core.index.texts import Excerpts, _pack, _patch, _searchable

    alphabet = ["a", "A", "ａ", "Ａ", ",", "，", "党", "發", "发", "𠀀", "\udc80", "ß", "Ｓ", "s", "１", "1"]
    chooser = random.Random(29)
    for _ in range(300):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 40)))
        folded = _searchable(text)[: len(text)]
        excerpts = Excerpts(folded, _pack(json.dumps(_patch(text, folded), ensure_ascii=False)))
        assert len(excerpts) == len(text)
        for _ in range(10):
            start, stop = sorted(chooser.randint(-5, len(text) + 5) for _ in range(2))
            start = max(start, 0)
            assert excerpts[start:stop] == text[start:stop], (text, start, stop)
            if start <= stop <= len(text):  # a hit's line
                line = (text[max(0, start - 3) : start], text[start:stop], text[stop : stop + 3])
                assert excerpts.around(start, stop, 3) == line


def test_any_slice_of_a_text_comes_back_from_its_utf8_near_known_places() -> None:
    """A search's hits are found in the folded text as the index stores it (UTF-8)
    and their lines cut from it there: any slice is the slice of the decoded text."""
    import random

    from reader.core.index.texts import SENTINEL, Excerpts, Utf8Text, char_count

    alphabet = ["a", "，", "党", "𠀀", "é", "\n", "1"]
    chooser = random.Random(31)
    for _ in range(300):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 60)))
        data = (text + SENTINEL).encode("utf-8")
        chars = sorted(chooser.sample(range(len(text) + 1), min(len(text) + 1, chooser.randint(0, 4))))
        places = [(c, len(text[:c].encode("utf-8"))) for c in chars]
        utf8 = Utf8Text(data, len(data) - len(SENTINEL), places)
        assert len(utf8) == char_count(text.encode("utf-8")) == len(text)
        for _ in range(10):
            start, stop = sorted(chooser.randint(0, len(text) + 5) for _ in range(2))
            assert utf8[start:stop] == text[start:stop], (text, places, start, stop)
        assert utf8[-3:] == text[-3:] and utf8[2:] == text[2:]
        excerpts = Excerpts(utf8, None)
        for start, stop in zip(chars[::2], chars[1::2], strict=False):  # hits' lines, from the places
            line = (text[max(0, start - 3) : start], text[start:stop], text[stop : stop + 3])
            assert excerpts.around(start, stop, 3) == line


def test_search_lines_show_the_text_as_written(tmp_path: Path) -> None:
    """The lines of `reader search` quote the report as written (full-width,
    traditional, upper case), though the hits are found in the folded text."""
    from reader.core.analysis.search import kwic, sort_reports
    from reader.core.library import Library

    library = tmp_path / "lib"
    library.mkdir()
    body = "前文ＡＢＣ發展，Hello；後文" * 3
    (library / "1.txt").write_text(f"1标题.txt\n<div><span>{body}</span></div>", encoding="utf-8")
    session = Library(library)
    session.apply_index(session.index(workers=1))
    groups = sort_reports(session.search(Query("abc发展")), "report")
    texts = session.texts_of(groups)
    lines = [kwic(texts[g.report.id], s, e) for g in groups for s, e in g.hits]
    assert [line.hit for line in lines] == ["ＡＢＣ發展"] * 3
    assert lines[1].left.endswith("Hello；後文前文") and lines[1].right.startswith("，Hello；後文")


def test_a_window_indexes_a_library_in_a_process_of_its_own(library: Path, monkeypatch) -> None:
    """Indexing for the window (`background`) cleans, counts and writes in another
    process: none of that work competes with the window's UI thread for the GIL (a
    click on a report took 300 ms and more to paint while the library was indexed)."""
    from reader.core.index import cache as cache_module
    from reader.core.index import workers

    def not_here(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("indexing work in the window's process")

    monkeypatch.setattr(workers, "rows_for", not_here)  # the child processes import their own
    monkeypatch.setattr(cache_module.IndexCache, "put", not_here)
    entries = scan_library(library).entries
    seen: list[tuple[int, int]] = []
    index = build_index(library, entries, workers=2, background=True,
                        progress=lambda p: seen.append((p.done, p.total)))  # fmt: skip
    assert index is not None and len(index.reports) == len(entries) == 45
    assert seen[-1] == (45, 45) and len(seen) >= 2  # the progress came through
    assert index.idf is not None and index.idf.documents == 45
    assert search(index, Query("主题教育")).total > 0
    import multiprocessing

    assert multiprocessing.active_children() == []


def test_cancelling_the_indexing_process_stops_it_and_keeps_what_it_did(library: Path) -> None:
    import multiprocessing

    entries = scan_library(library).entries
    seen: list[int] = []
    index = build_index(library, entries, workers=2, background=True, cancelled=lambda: bool(seen),
                        progress=lambda p: seen.append(p.done))  # fmt: skip
    assert index is None and seen
    assert multiprocessing.active_children() == []
    again = build_index(library, entries, workers=1)  # what was done stays cached; the rest now
    assert again is not None and len(again.reports) == 45


def test_cancelling_a_pool_of_workers_ends_them_before_returning(library: Path, monkeypatch) -> None:
    """Cancel stops the cleaning processes themselves: none is left to finish its
    chunk or to wait for a shutdown message (one that never came outlived the
    indexing process)."""
    import multiprocessing

    from reader.core.index import workers

    monkeypatch.setattr(workers, "CHUNK", 5)  # many chunks: most are still to do at Cancel
    entries = scan_library(library).entries
    seen: list[int] = []
    index = build_index(library, entries, workers=2, cancelled=lambda: any(seen),
                        progress=lambda p: seen.append(p.done))  # fmt: skip
    assert index is None and 0 < seen[-1] < len(entries)
    assert multiprocessing.active_children() == []
    again = build_index(library, entries, workers=1)  # what was done stays cached; the rest now
    assert again is not None and len(again.reports) == len(entries)


def test_a_cache_written_in_many_batches_finds_and_gives_back_the_same(library: Path, monkeypatch) -> None:
    """The first indexing writes the cache a batch at a time, each batch its own
    full-text segment: written in batches of three reports, the cache gives the same
    hits and the same texts as one written in a single batch."""
    from reader.core.analysis.search import REGEX
    from reader.core.index import workers

    queries = [Query("党"), Query("党建"), Query("主题教育"), Query("工作的"), Query("ＡＢＣ"),
               Query("第[一二]批", REGEX), Query("不存在的词语")]  # fmt: skip
    entries = scan_library(library).entries

    def found() -> tuple[list[set[tuple[str, int, int]]], dict[str, str | None]]:
        index = build_index(library, entries, workers=1)
        assert index is not None
        hits = [
            {(g.report.relpath, s, e) for g in search(index, q).reports for s, e in g.hits} for q in queries
        ]
        texts = {r.relpath: r.text for r in index.reports}
        index.cache.close()
        for old in cache_file(library).parent.glob("*"):
            old.unlink()
        return hits, texts

    from reader.core.index.cache import IndexCache

    writes: list[int] = []
    put = IndexCache.put
    monkeypatch.setattr(IndexCache, "put", lambda self, rows: (writes.append(len(rows)), put(self, rows)))
    monkeypatch.setattr(workers, "CHUNK", 3)
    monkeypatch.setattr(workers, "WRITE_BATCH", 3)
    in_batches = found()
    assert len(writes) == -(-len(entries) // 3)  # fifteen batches, fifteen segments
    monkeypatch.setattr(workers, "WRITE_BATCH", 10_000)
    at_once = found()
    assert in_batches == at_once
    assert all(in_batches[0][:3])  # the phrases are found
