"""The index cache damaged while a library is open: a truncated `-shm` or database
file is an error or a rebuild, never a signal (each case runs in a subprocess, so a
crash shows as a negative exit status instead of killing the test run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO, SEEDS

PROBE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from reader.core.index.library_index import cache_file
    try:
        from reader.core.index.library_index import IndexCacheError
    except ImportError:  # before the cache had its own error
        IndexCacheError = RuntimeError
    from reader.core.analysis.search import Query
    from reader.core.library import Library
    from reader.core.analysis.stats import library_counts

    library, how = Path(sys.argv[1]), sys.argv[2]
    session = Library(library)
    result = session.index(workers=1)
    session.apply_index(result)  # as the window does
    index, cache = result.index, cache_file(library)
    if how == "shm":  # a sync tool or a full disk truncates the shared-memory file
        shm = Path(str(cache) + "-shm")
        if shm.exists():
            os.truncate(shm, 0)
        else:
            shm.write_bytes(b"")
    else:  # the database file itself is cut short
        os.truncate(cache, 8192)
    try:
        terms = sum(len(counts) for _path, counts in index.iter_terms())  # Statistics' term counts
        counts = library_counts(index)
        hits = session.search(Query("主题教育")).total
        print("read", terms, len(counts), hits)
    except IndexCacheError as exc:
        print("error", exc.reason("en"))
    again = Library(library)
    again.apply_index(again.index(workers=1))  # the next open
    print("reopened", again.search(Query("主题教育")).total)
    """
)


def run_probe(tmp_path: Path, how: str) -> subprocess.CompletedProcess[str]:
    library = tmp_path / "lib"
    shutil.copytree(SEEDS, library)
    env = {**os.environ, "REPORT_READER_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", PROBE, str(library), how], capture_output=True, text=True, env=env, timeout=300
    )


def test_a_truncated_shm_file_while_in_use_is_not_a_crash(tmp_path: Path) -> None:
    result = run_probe(tmp_path, "shm")
    assert result.returncode == 0, f"exit status {result.returncode}: {result.stderr[-2000:]}"
    lines = result.stdout.splitlines()
    assert lines[0].startswith("read ") and int(lines[0].split()[-1]) > 0  # the data is still right
    assert lines[1] == f"reopened {lines[0].split()[-1]}"


def test_a_truncated_cache_while_in_use_is_a_clear_error_then_a_rebuild(tmp_path: Path) -> None:
    result = run_probe(tmp_path, "database")
    assert result.returncode == 0, f"exit status {result.returncode}: {result.stderr[-2000:]}"
    first, second = result.stdout.splitlines()
    assert first.startswith(
        "error The library's index cache is damaged; it is rebuilt when the library is next opened"
    )
    assert second.startswith("reopened ") and int(second.split()[1]) > 0


def test_reader_search_says_the_cache_is_damaged_in_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    from reader.cli import main
    from reader.core.index.library_index import IndexCacheError
    from reader.core.library import Library

    library = tmp_path / "lib"
    shutil.copytree(SEEDS, library)

    def damaged(self, query, keep_texts=False):
        raise IndexCacheError("damaged", "database disk image is malformed")

    monkeypatch.setattr(Library, "search", damaged)
    assert main(["search", str(library), "主题教育"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reader: {library}: The library's index cache is damaged") and err.count("\n") == 1
