"""Library search against a naive scan, and the index cache: edits, additions,
removals, renames and a damaged cache file are all picked up."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import zlib
from pathlib import Path
from unittest import mock

import pytest

from benchmarks.make_library import generate
from reader.core.analysis import search as search_module
from reader.core.analysis.search import REGEX, WORDS, Query, SearchError, kwic
from reader.core.index.library_index import IndexedReport, build_index, cache_file
from reader.core.index.scan import scan_library
from reader.core.library import Library
from reader.core.text.folding import fold1
from tests.conftest import SEEDS, scraper_report

WIDTH_REPORT = scraper_report(
    "7 全角测试报告.txt",
    "ＡＢＣ公司１９９８年成立，党建工作扎实。",
    "Abc 的英文名，1998 年；党。",
)
#: Characters outside the BMP, folds longer than one character, a phrase that
#: overlaps itself, and phrases at the very end of the text.
ODD_REPORT = scraper_report(
    "8 生僻字报告.txt",
    "𠀀𠀁字库收录𠀀，哈哈哈哈哈。",
    "ﬁnance 与 ＦＩＮＡＮＣＥ，İstanbul，Straße 和 STRASSE。",
    "结尾是党建",
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("search") / "库"
    generate(root, 60, seed=3, big=False)
    shutil.copytree(SEEDS, root / "seeds")
    (root / "全角.txt").write_text(WIDTH_REPORT, encoding="utf-8")
    (root / "seeds" / "生僻.txt").write_text(ODD_REPORT, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def session(library: Path, tmp_path_factory: pytest.TempPathFactory) -> Library:
    os.environ["REPORT_READER_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    session = Library(library)
    session.apply_index(session.index(workers=1))
    return session


def by_path(session: Library) -> dict[str, IndexedReport]:
    return {r.relpath: r for r in session.indexed_reports()}


def naive(session: Library, query: Query) -> set[tuple[str, int, int]]:
    """The reference: each report's text folded on its own, scanned from the start."""
    found = set()
    for report in session.indexed_reports():
        if report.text is None:
            continue
        if query.folder and not report.relpath.startswith(query.folder.rstrip("/") + "/"):
            continue
        text = report.text if query.exact else fold1(report.text)
        spans: list[tuple[int, int]] = []
        if query.mode == REGEX:
            pattern = (
                query.text if query.exact else "".join(c if c.isascii() else fold1(c) for c in query.text)
            )
            flags = 0 if query.exact else re.IGNORECASE
            spans = [m.span() for m in re.finditer(pattern, text, flags) if m.end() > m.start()]
        else:
            words = query.text.split() if query.mode == WORDS else [query.text.strip()]
            words = [w if query.exact else fold1(w) for w in words]
            if not all(w in text for w in words):
                continue
            for word in words:
                at = text.find(word)
                while at >= 0:
                    spans.append((at, at + len(word)))
                    at = text.find(word, at + len(word))
        found.update((report.relpath, s, e) for s, e in spans)
    return found


def hits(session: Library, query: Query) -> set[tuple[str, int, int]]:
    result = session.search(query)
    assert result.total == sum(len(r.hits) for r in result.reports)  # counted = listed
    found = {(r.report.relpath, s, e) for r in result.reports for s, e in r.hits}
    assert listed(session, query) == lines(result.reports, session.texts_of(result.reports))
    return found


def listed(session: Library, query: Query) -> list[tuple[str, int, int, str, str, str]]:
    """Every hit's line as `reader search` prints it: the texts the search counted in
    are kept for the listing (`keep_texts`), which must list what a fresh read lists,
    whether their hits are found in them as UTF-8 or in them decoded."""
    found = []
    for sparse in (0, 10**9):  # every text listed from its UTF-8; every text decoded
        with mock.patch.object(search_module, "SPARSE", sparse):
            result = session.search(query, keep_texts=True)
            found.append(lines(result.reports, session.texts_of(result.reports)))
    assert found[0] == found[1]
    return found[0]


def lines(groups, texts) -> list[tuple[str, int, int, str, str, str]]:
    found = []
    for group in groups:
        for start, end in group.hits:
            line = kwic(texts.get(group.report.id, ""), start, end)
            found.append((group.report.relpath, start, end, line.left, line.hit, line.right))
    return found


#: Queries the library holds (a test of them finds something)
FOUND_SOMEWHERE = ("党", "党建", "主题教育", "𠀀", "哈哈", "是党建", "finance", "ＡＢＣ 党建")
FOUND_SOMEWHERE += ("主题教育 教育", "哈哈哈 哈哈 𠀀𠀁 𠀁字")


@pytest.mark.parametrize(
    "query",
    [
        Query("党"),
        Query("党建"),
        Query("主题教育"),
        Query("ＡＢＣ"),
        Query("abc"),
        Query("1998"),
        Query("１９９８年"),
        Query("不存在的词语"),
        Query("Abc", exact=True),
        Query("ＡＢＣ", exact=True),
        Query("主题 整改", WORDS),
        Query("第[一二]批", REGEX),
        Query(r"\d+年", REGEX),
        Query("会议.{0,3}召开", REGEX),
        Query("党", folder="seeds"),
        Query("主题教育", folder="山西"),
        Query("𠀀"),
        Query("𠀀𠀁字"),
        Query("哈哈"),
        Query("哈哈哈"),
        Query("建"),
        Query("是党建"),
        Query("finance"),
        Query("ﬁnance"),
        Query("straße"),
        Query("1998 年"),
        Query("ＡＢＣ 党建", WORDS),
        Query("abc 党建", WORDS, exact=True),
        Query("ＡＢＣ 党建", WORDS, exact=True),
        Query("主题 不存在的词语", WORDS),
        Query("主题教育 教育", WORDS),  # words whose hits overlap
        Query("哈哈哈 哈哈 𠀀𠀁 𠀁字", WORDS),
        Query("ＡＢ[Ｃc]", REGEX),
        Query("[ab]bc", REGEX, exact=True),
        Query("[Ａa]bc", REGEX, exact=True),
        Query("哈{2}", REGEX),
        Query("𠀀.", REGEX),
        Query("。\n[^。]*党", REGEX),
        Query("(整改|落实)工作", REGEX),
        Query("(主题|专项)(教育|整治)", REGEX),
        Query("(党建)+工作", REGEX),
        Query("党?建设", REGEX),
        Query("整改(?i:ABC)?落实", REGEX),
        Query("第[一二三四五六七八九十]批", REGEX),
        Query("(?:哈){2}", REGEX),
        Query("(?i)STRASSE|straße", REGEX),
        Query("[一二三]批", REGEX, folder="seeds"),
        Query("\ud800党"),
    ],
    ids=lambda q: f"{q.mode}:{q.text}:{'exact' if q.exact else 'folded'}:{q.folder or ''}",
)
def test_search_finds_what_a_naive_scan_finds(session: Library, query: Query) -> None:
    expected = naive(session, query)
    assert hits(session, query) == expected
    if query.text in FOUND_SOMEWHERE:
        assert expected  # the query is not vacuous


def test_a_regular_expression_is_looked_up_by_what_every_match_holds() -> None:
    """Only the reports holding one of the strings every match contains are read:
    alternatives and classes of plain characters are expanded, anything else (a
    character with case, a range, an optional part) only ends a run."""
    from reader.core.analysis.regex_lookup import required_alternatives

    def needs(pattern: str) -> list[set[str]]:
        return required_alternatives(re.compile(pattern, re.IGNORECASE))

    assert needs("(整改|落实)工作") == [{"整改工作", "落实工作"}]
    assert needs("第[一二]批") == [{"第一批", "第二批"}]
    assert needs(r"习近平.{0,10}讲话") == [{"习近平"}, {"讲话"}]
    assert needs("(党建)+工作") == [{"党建"}, {"工作"}]
    assert needs("党?建设") == [{"建设"}]
    assert needs("a|b") == [] and needs("[一-龥]+") == [] and needs("(?i)STRASSE|straße") == []


def test_width_and_case_folding(session: Library) -> None:
    found = {by_path(session)[r].text[s:e] for r, s, e in hits(session, Query("abc"))}
    assert found == {"ＡＢＣ", "Abc"}
    found = {by_path(session)[r].text[s:e] for r, s, e in hits(session, Query("1998年"))}
    assert found == {"１９９８年"}  # "1998 年" has a space


def test_tag_restriction_keeps_only_hits_inside_tagged_passages(session: Library) -> None:
    report = next(r for r in session.indexed_reports() if r.relpath.startswith("seeds/"))
    entry = session.entry_for(session.root / report.relpath)
    loaded = session.load(entry)
    text = loaded.document.text
    start = text.index("主题教育")
    session.apply(session.annotate(loaded, start, start + 30, ["整改/专项整治"], "", "甲"))
    session.apply(session.annotate(loaded, 0, 5, ["学习"], "", "甲"))
    found = hits(session, Query("主题", tags=frozenset({"整改"})))
    expected = {(report.relpath, s, e) for (r, s, e) in naive(session, Query("主题")) if r == report.relpath}
    expected = {h for h in expected if start <= h[1] and h[2] <= start + 30}
    assert found == expected and found


def test_kwic_has_twenty_characters_each_side(session: Library) -> None:
    result = session.search(Query("主题教育"))
    group = result.reports[0]
    start, end = group.hits[0]
    line = kwic(group.report.text, start, end)
    assert line.hit == "主题教育"
    assert len(line.left) == min(20, start) and len(line.right) <= 20
    assert "\n" not in line.left + line.right


def test_bad_regular_expression_is_a_clear_error(session: Library) -> None:
    with pytest.raises(SearchError, match="Not a valid regular expression"):
        session.search(Query("第[一", REGEX))
    with pytest.raises(SearchError, match="empty"):
        session.search(Query("x*", REGEX))


def test_sorting_by_date_puts_undated_reports_last(session: Library) -> None:
    from reader.core.analysis.search import sort_reports

    ordered = sort_reports(session.search(Query("党")), "date")
    dates = [r.report.date for r in ordered]
    dated = [d for d in dates if d]
    assert dates[: len(dated)] == dated


# -- the cache --------------------------------------------------------------------------------------
def index_of(root: Path):
    return build_index(root, scan_library(root).entries, workers=1)


def texts(index) -> dict[str, str]:
    return {r.relpath: r.text for r in index.reports}


def test_cache_picks_up_edits_additions_removals_and_renames(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    shutil.copytree(SEEDS, root)
    first = texts(index_of(root))
    assert cache_file(root).is_file()
    names = sorted(p.name for p in root.glob("*.txt"))

    edited = root / names[0]
    raw = edited.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n")
    edited.write_text(head + "\n" + body.replace("主题教育", "主题学习教育", 1), encoding="utf-8")
    os.utime(edited, ns=(edited.stat().st_atime_ns, edited.stat().st_mtime_ns + 10**9))
    (root / names[1]).unlink()
    (root / names[2]).rename(root / "改名.txt")
    (root / "新增.txt").write_text(
        scraper_report("9 新增报告.txt", "新增的报告说到脱贫攻坚。"), encoding="utf-8"
    )

    second = index_of(root)
    after = texts(second)
    assert "主题学习教育" in after[names[0]] and after[names[0]] != first[names[0]]
    assert names[1] not in after and names[2] not in after
    assert after["改名.txt"] == first[names[2]]
    assert "脱贫攻坚" in after["新增.txt"]
    rows = sqlite3.connect(cache_file(root)).execute("SELECT relpath FROM reports").fetchall()
    assert sorted(r[0] for r in rows) == sorted(after)  # nothing stale is kept


def test_a_damaged_cache_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    shutil.copytree(SEEDS, root)
    good = texts(index_of(root))
    path = cache_file(root)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    assert texts(index_of(root)) == good
    sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()


def test_rows_whose_file_changed_are_indexed_again(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    shutil.copytree(SEEDS, root)
    good = texts(index_of(root))
    db = sqlite3.connect(cache_file(root))
    with db:  # rows that no longer describe their files: other size, wrong text
        db.execute("UPDATE reports SET size = size + 1")
        db.execute("UPDATE texts SET patch = ?", (zlib.compress(b'[[0, "\xe9\x94\x99"]]'),))
    db.close()
    assert texts(index_of(root)) == good


def test_new_dictionary_words_make_the_terms_stale(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    shutil.copytree(SEEDS, root)
    entries = scan_library(root).entries
    plain = build_index(root, entries, workers=1)
    words = build_index(root, entries, ["不忘初心牢记使命主题教育"], workers=1)
    assert plain.cache.signature != words.cache.signature
