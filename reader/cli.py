"""The `reader` command: launch the window, or `text`, `info` and `check` for batch use.

Exit status: 0 success, 1 when a file or library has problems, 2 for a usage error.
Errors are one line on stderr; no command ever prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, NoReturn, TextIO

from reader import __version__
from reader.core.export.writers import FORMATS, GROUPINGS
from reader.core.problems import ReportError, pick, user_language

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
COMMANDS = ("text", "info", "check", "annotations", "export", "import", "search", "stats", "merge-driver")

_TEXTS: dict[str, dict[str, str]] = {
    "summary": {
        "en": "{reports} reports loaded, {problems} problems.",
        "zh": "已加载 {reports} 篇报告，发现 {problems} 个问题。",
    },
    "problems-heading": {"en": "Problems:", "zh": "问题："},
    "no-folder": {"en": "no such folder", "zh": "文件夹不存在"},
    "not-folder": {"en": "not a folder", "zh": "不是文件夹"},
    "no-path": {"en": "no such file or folder", "zh": "文件或文件夹不存在"},
    "desktop-installed": {
        "en": "Report Reader is now in your applications menu ({count} files written):",
        "zh": "报告阅读器已加入应用程序菜单（写入 {count} 个文件）：",
    },
    "desktop-removed": {
        "en": "Launcher and icon removed ({count} files):",
        "zh": "已移除启动器和图标（{count} 个文件）：",
    },
    "desktop-unsupported": {
        "en": "--install-desktop is for Linux desktops; on Windows and macOS use the shortcut pip installs",
        "zh": "--install-desktop 仅适用于 Linux 桌面；Windows 和 macOS 请使用 pip 安装的快捷方式",
    },
    "annotations-summary": {
        "en": "{count} annotations (kept in {where}).",
        "zh": "共 {count} 条标注（保存在 {where}）。",
    },
    "exported": {
        "en": "Wrote {count} annotations from {reports} reports to {path}.",
        "zh": "已将 {reports} 篇报告中的 {count} 条标注写入 {path}。",
    },
    "imported": {
        "en": "Added {added}, updated {updated}, skipped {skipped} annotations (kept in {where}).",
        "zh": "新增 {added} 条、更新 {updated} 条、跳过 {skipped} 条标注（保存在 {where}）。",
    },
    "repaired": {
        "en": "{count} of them were repaired to the annotations file's rules ({what}).",
        "zh": "其中 {count} 条已按标注文件的规则修正（{what}）。",
    },
    "refused": {
        "en": "{count} annotations were not imported, as they break the annotations file's rules:",
        "zh": "{count} 条标注不符合标注文件的规则，未导入：",
    },
    "unplaced": {
        "en": "{count} annotations are for reports not in this library; they are kept as not found.",
        "zh": "{count} 条标注所属的报告不在此库中，已保留为“未找到”。",
    },
    "search-summary": {
        "en": "{hits} hits in {reports} reports.",
        "zh": "共 {reports} 篇报告中 {hits} 处匹配。",
    },
    "indexing": {"en": "Indexing {done} of {total} reports…", "zh": "正在索引 {done}/{total} 篇报告…"},
    "top-count": {"en": "Top terms (occurrences):", "zh": "高频词（出现次数）："},
    "top-tfidf": {"en": "Top terms (TF-IDF):", "zh": "关键词（TF-IDF）："},
    "tag-counts": {"en": "Tags (passages):", "zh": "标签（摘录数）："},
    "stats-summary": {
        "en": "{reports} reports, {tokens} term occurrences.",
        "zh": "{reports} 篇报告，词语共出现 {tokens} 次。",
    },
    "no-report": {"en": "no such report in the library", "zh": "库中没有这篇报告"},
    "side-ancestor": {"en": "the common ancestor", "zh": "共同祖先版本"},
    "side-ours": {"en": "our version", "zh": "我方版本"},
    "side-theirs": {"en": "their version", "zh": "对方版本"},
    "merged": {
        "en": "Merged the annotations of both sides: {count} annotations in {path}.",
        "zh": "已合并双方的标注：{path} 中共 {count} 条标注。",
    },
    "no-tag": {"en": "no such tag in the library's codebook", "zh": "库的编码本中没有这个标签"},
    "cannot-write": {"en": "cannot write the file ({error})", "zh": "无法写入文件（{error}）"},
    "internal": {
        "en": "unexpected error ({error}); details are in the log",
        "zh": "意外错误（{error}）；详情见日志",
    },
}


def tr(key: str, **params: object) -> str:
    """A command-line message in the user's language."""
    return pick(_TEXTS, key).format(**params)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as printable text: undecodable bytes in file names become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _command_parser(command: str) -> _Parser:
    parser = _Parser(prog=f"reader {command}")
    if command == "text":
        parser.description = "Print each report's title, a blank line, then one paragraph per line."
        parser.add_argument("--json", action="store_true", help="print one JSON array instead")
        parser.add_argument("files", nargs="+", metavar="FILE", help="report files (.txt, .html)")
    elif command == "info":
        parser.description = "Print one JSON object per report (JSON Lines)."
        parser.add_argument("files", nargs="+", metavar="FILE", help="report files (.txt, .html)")
    elif command == "annotations":
        parser.description = "List a library's annotations: report, tags, quote, note and status."
        parser.add_argument("--json", action="store_true", help="print a JSON array instead")
        parser.add_argument("folder", metavar="DIR", help="the library folder")
    elif command == "export":
        parser.description = "Write a library's annotations to a file (the same files as the Export dialog)."
        parser.add_argument("folder", metavar="DIR", help="the library folder")
        parser.add_argument("--format", required=True, choices=list(FORMATS), help="file format")
        parser.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
        parser.add_argument("--tag", action="append", default=[], metavar="T", help="only passages with T")
        parser.add_argument(
            "--report", action="append", default=[], metavar="FILE", help="only annotations of FILE"
        )
        parser.add_argument("--by", choices=GROUPINGS, default="report", help="grouping (md, docx)")
        parser.add_argument("--lang", choices=("en", "zh"), help="language of headings and columns")
    elif command == "search":
        parser.description = (
            "Search every report of a library; print keyword-in-context lines. By default QUERY is "
            "a phrase, found ignoring case and full-width/half-width differences."
        )
        parser.add_argument("folder", metavar="DIR", help="the library folder")
        parser.add_argument("query", metavar="QUERY", help="the text to find")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--regex", action="store_true", help="QUERY is a regular expression")
        mode.add_argument(
            "--words", action="store_true", help="every space-separated word of QUERY, anywhere in a report"
        )
        parser.add_argument(
            "--exact", action="store_true", help="match case and full-width/half-width as written"
        )
        parser.add_argument(
            "--tag",
            action="append",
            default=[],
            metavar="T",
            help="only inside passages tagged T (repeat for several)",
        )
        parser.add_argument(
            "--in", dest="subfolder", metavar="FOLDER", help="only reports under FOLDER of the library"
        )
        parser.add_argument(
            "--sort",
            choices=("report", "date", "count"),
            default="report",
            help="order of the reports: by path (default), by date, or by number of hits",
        )
        parser.add_argument("--json", action="store_true", help="print a JSON array instead")
    elif command == "stats":
        parser.description = "Print a library's top terms (occurrences and TF-IDF) and tag counts."
        parser.add_argument("folder", metavar="DIR", help="the library folder")
        parser.add_argument("--top", type=int, default=20, metavar="N", help="how many terms (default 20)")
        parser.add_argument("--json", action="store_true", help="print a JSON object instead")
    elif command == "import":
        parser.description = "Merge annotations from a JSON file (a sidecar or a W3C export) into a library."
        parser.add_argument("folder", metavar="DIR", help="the library folder")
        parser.add_argument("file", metavar="FILE", help="a reader-annotations.json or a W3C JSON export")
    elif command == "merge-driver":
        parser.description = (
            "git merge driver for reader-annotations.json: merge %%O (ancestor), %%A (ours) and "
            "%%B (theirs) by annotation id and write the result to %%A."
        )
        parser.add_argument("ancestor", metavar="ANCESTOR", help="the common ancestor's version (%%O)")
        parser.add_argument("ours", metavar="OURS", help="our version, replaced by the merge (%%A)")
        parser.add_argument("theirs", metavar="THEIRS", help="their version (%%B)")
        parser.add_argument("path", nargs="?", metavar="PATH", help="the file's name in the repository (%%P)")
    else:
        parser.description = "Scan a library, list every problem with its reason, then a summary."
        parser.add_argument("--json", action="store_true", help="print a JSON object instead")
        parser.add_argument("folder", metavar="DIR", help="the library folder")
    return parser


def _launch_parser() -> _Parser:
    parser = _Parser(
        prog="reader",
        description="Report Reader: read, tag and annotate Chinese news and policy reports.",
        epilog=(
            "commands:\n"
            "  reader [PATH]                  open the window on a library folder or a report\n"
            "                                 (no PATH: the bundled sample reports)\n"
            "  reader text [--json] FILE...   print reports as clean text\n"
            "  reader info FILE...            print report metadata as JSON Lines\n"
            "  reader check DIR [--json]      list a library's problems; exit 1 if any\n"
            "  reader annotations DIR [--json]  list a library's annotations and their status\n"
            "  reader export DIR --format F -o OUT [--tag T]... [--report FILE]... [--by report|tag]\n"
            "                                 write annotations as csv|xlsx|md|json|html|docx|qdpx\n"
            "  reader import DIR FILE         merge annotations from a sidecar or W3C JSON file\n"
            "  reader search DIR QUERY [--regex|--words] [--exact] [--tag T]... [--in FOLDER]\n"
            "                [--sort report|date|count] [--json]  search every report\n"
            "  reader stats DIR [--top N] [--json]  top terms and tag counts\n"
            "  reader merge-driver %O %A %B   git merge driver for reader-annotations.json\n"
            "  reader --install-desktop       add the app to your applications menu\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="library folder or report file")
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Report Reader to your applications menu (launcher and icon, XDG folders)",
    )
    parser.add_argument("--uninstall-desktop", action="store_true", help="remove that launcher and icon")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `reader` console script and `python -m reader`."""
    args = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    try:
        if args and args[0] in COMMANDS:
            _one_line_logging()
            options = _command_parser(args[0]).parse_args(args[1:])
            commands = {
                "text": _cmd_text,
                "info": _cmd_info,
                "check": _cmd_check,
                "annotations": _cmd_annotations,
                "export": _cmd_export,
                "import": _cmd_import,
                "search": _cmd_search,
                "stats": _cmd_stats,
                "merge-driver": _cmd_merge_driver,
            }
            return commands[args[0]](options)
        options = _launch_parser().parse_args(args)
        if options.install_desktop or options.uninstall_desktop:
            return _desktop(install=options.install_desktop)
        return _launch(options.path)
    except BrokenPipeError:
        # The reader of our output went away (`reader text … | head`): not an error.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        logger.debug("Unexpected error", exc_info=True)
        sys.stderr.write("reader: " + tr("internal", error=f"{type(exc).__name__}: {exc}") + "\n")
        return EXIT_PROBLEMS


class _OneLine(logging.Formatter):
    """A log record as one line, without its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return f"reader: {record.getMessage()}"


def _one_line_logging() -> None:
    """Batch commands: the app's log says nothing on stderr unless it is an error, and
    never with a traceback (a warning such as an unusable cache folder is handled: the
    command goes on without it)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.ERROR)
    handler.setFormatter(_OneLine())
    app_logger = logging.getLogger("reader")
    if not any(isinstance(h.formatter, _OneLine) for h in app_logger.handlers):
        app_logger.addHandler(handler)


def _launch(path: str | None) -> int:
    if path is not None and not os.path.exists(path):
        _error(path, tr("no-path"))
        return EXIT_USAGE
    from reader.app import run  # Qt is imported only for the window

    return run(Path(path) if path else None)


def _desktop(install: bool) -> int:
    from reader import desktop

    if sys.platform in ("win32", "darwin"):
        sys.stderr.write("reader: " + tr("desktop-unsupported") + "\n")
        return EXIT_USAGE
    try:
        paths = desktop.install_desktop() if install else desktop.uninstall_desktop()
    except OSError as exc:
        _error(str(exc.filename or desktop.data_home()), exc.strerror or str(exc))
        return EXIT_PROBLEMS
    sys.stdout.write(tr("desktop-installed" if install else "desktop-removed", count=len(paths)) + "\n")
    for path in paths:
        sys.stdout.write(f"  {display_path(path)}\n")
    if install:
        sys.stdout.write(desktop.offer_summary() + "\n")
    return EXIT_OK


def _cmd_text(options: argparse.Namespace) -> int:
    status = EXIT_OK
    as_json: list[dict[str, object]] = []
    printed = 0
    for name in options.files:
        report = _load_or_complain(name)
        if report is None:
            status = EXIT_PROBLEMS
            continue
        if options.json:
            as_json.append(
                {"path": display_path(name), "title": report.title, "paragraphs": report.document.lines()}
            )
            continue
        out = sys.stdout
        if len(options.files) > 1:
            out.write(("\n" if printed else "") + f"==> {display_path(name)} <==\n")
        out.write(report.title + "\n\n")
        for line in report.document.lines():
            out.write(line + "\n")
        printed += 1
    if options.json:
        _write_json(as_json, sys.stdout)
    return status


def _cmd_info(options: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in options.files:
        report = _load_or_complain(name)
        if report is None:
            status = EXIT_PROBLEMS
            continue
        info = report.info.as_json()
        info["path"] = display_path(name)
        sys.stdout.write(json.dumps(info, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return status


def _cmd_check(options: argparse.Namespace) -> int:
    from reader.core.library import check_library

    folder = _library_folder(options.folder)
    if folder is None:
        return EXIT_USAGE
    result = check_library(folder)
    if options.json:
        payload = {
            "reports": len(result.reports),
            "problems": [{"path": display_path(p.path), "reason": p.reason()} for p in result.problems],
        }
        _write_json(payload, sys.stdout)
    else:
        out = sys.stdout
        if result.problems:
            out.write(tr("problems-heading") + "\n")
            for problem in result.problems:
                out.write(f"  {display_path(problem.path)}: {problem.reason()}\n")
        out.write(tr("summary", reports=len(result.reports), problems=len(result.problems)) + "\n")
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def _cmd_annotations(options: argparse.Namespace) -> int:
    session = _open_annotations(options.folder)
    if isinstance(session, int):
        return session
    rows = _annotation_rows(session)
    if options.json:
        _write_json(rows, sys.stdout)
        return EXIT_OK
    out = sys.stdout
    for row in rows:
        tags = "; ".join(row["tags"]) or "—"
        out.write(f"{row['report']}\t[{row['status']}]\t{tags}\n  「{row['quote']}」\n")
        if row["note"]:
            out.write("".join(f"  > {line}\n" for line in str(row["note"]).splitlines()))
    out.write(tr("annotations-summary", count=len(rows), where=display_path(session.store.path)) + "\n")
    return EXIT_OK


def _annotation_rows(session) -> list[dict[str, object]]:  # noqa: ANN001 - LibrarySession
    """Every annotation with its status in its report's current text (the export's
    gathering: a report that is gone or unreadable leaves its annotations orphaned)."""
    from reader.core.export import collect

    rows: list[dict[str, object]] = []
    for report, record in collect(session).records:
        a = record.annotation
        rows.append(
            {"id": a.id, "report": report.relpath, "title": report.title if report.text is not None else "",
             "tags": list(a.tags), "quote": a.quote.exact, "note": a.note, "status": record.status,
             "start": record.start, "end": record.end, "author": a.author, "modified": a.modified}
        )  # fmt: skip
    return rows


def _open_annotations(name: str):  # noqa: ANN202 - LibrarySession | int, imported lazily
    """The library's session when its annotations can be read; else, after saying
    why, the exit status to return."""
    from reader.core.session import LibrarySession

    folder = _library_folder(name)
    if folder is None:
        return EXIT_USAGE
    session = LibrarySession(folder)
    if session.read_only_reason is not None:
        _error(str(session.store.path), session.read_only_reason)
        return EXIT_PROBLEMS
    return session


def _cmd_export(options: argparse.Namespace) -> int:
    from reader.core.annotations import SidecarError
    from reader.core.export import Scope, collect, write_export

    session = _open_annotations(options.folder)
    if isinstance(session, int):
        return session
    reports = None
    if options.report:
        known = {e.relpath for e in session.entries}
        reports = set()
        for name in options.report:
            relpath = _relpath_in(session.root, name)
            if relpath not in known and relpath not in {a.path for a in session.sidecar.annotations.values()}:
                _error(name, tr("no-report"))
                return EXIT_USAGE
            reports.add(relpath)
    tags = _chosen_tags(session, options.tag)
    if tags is False:
        return EXIT_USAGE
    out = Path(options.output)
    if session.store.owns(out):
        _error(options.output, SidecarError("own-file").reason())
        return EXIT_USAGE
    export = collect(session, Scope(frozenset(reports) if reports is not None else None, tags))
    try:
        write_export(export, options.format, out, session.root, options.lang or user_language(), options.by)
    except OSError as exc:
        _error(options.output, tr("cannot-write", error=exc.strerror or exc))
        return EXIT_PROBLEMS
    count = len(export.records)
    sys.stdout.write(tr("exported", count=count, reports=len(export.reports), path=display_path(out)) + "\n")
    return EXIT_OK


def _chosen_tags(session, names: list[str]) -> frozenset[str] | Literal[False] | None:  # noqa: ANN001
    """The `--tag` options (None when there are none), each a tag of the library: in
    the codebook or on a passage, or a parent of one (整改 means itself and everything
    below it). False, after saying which, when one is not."""
    from reader.core.annotations import normalise_tag
    from reader.core.export.records import with_parents

    if not names:
        return None
    known = set(with_parents(session.tag_counts()))
    for name in names:
        if normalise_tag(name) not in known:
            _error(name, tr("no-tag"))
            return False
    return frozenset(normalise_tag(name) for name in names)


def _relpath_in(root: Path, name: str) -> str:
    """A report named on the command line as a path relative to the library."""
    path = Path(name)
    for candidate in (path, Path.cwd() / path):
        try:
            return candidate.resolve().relative_to(root.resolve()).as_posix()
        except (ValueError, OSError):
            continue
    return path.as_posix()


def _cmd_import(options: argparse.Namespace) -> int:
    from reader.core.annotations import SidecarError
    from reader.core.export.importer import ImportFailed, plan_import, repairs_text

    session = _open_annotations(options.folder)
    if isinstance(session, int):
        return session
    if not os.path.lexists(options.file):
        _error(options.file, tr("no-path"))
        return EXIT_USAGE
    try:  # a FIFO, device or folder is refused there, without being read
        result = plan_import(session, Path(options.file))
    except ImportFailed as exc:
        _error(options.file, exc.reason())
        return EXIT_PROBLEMS
    assert result.change is not None
    session.apply(result.change)
    try:
        session.save()
    except SidecarError as exc:  # too large to write, a link, the file deleted meanwhile...
        _error(str(session.store.path), exc.reason())
        return EXIT_PROBLEMS
    except OSError as exc:
        _error(str(session.store.path), tr("cannot-write", error=exc.strerror or exc))
        return EXIT_PROBLEMS
    sys.stdout.write(
        tr(
            "imported",
            added=len(result.added),
            updated=len(result.updated),
            skipped=len(result.skipped),
            where=display_path(session.store.path),
        )
        + "\n"
    )
    if result.repaired:
        sys.stdout.write(tr("repaired", count=len(result.repaired), what=repairs_text(result)) + "\n")
    if result.unplaced:
        sys.stdout.write(tr("unplaced", count=len(result.unplaced)) + "\n")
    if result.refused:
        sys.stdout.write(tr("refused", count=len(result.refused)) + "\n")
        sys.stdout.writelines(f"  {reason}\n" for reason in result.refused)
    return EXIT_OK


def _indexed(name: str):  # noqa: ANN202 - LibrarySession, imported lazily
    """The library's session with its index built (from the cache when fresh)."""
    session = _open_annotations(name)
    if isinstance(session, int):
        return session
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total and done < total:
            sys.stderr.write("\r" + tr("indexing", done=done, total=total))
            sys.stderr.flush()

    from reader.core.library_index import IndexCacheError

    try:
        session.apply_index(session.index(progress=progress))
    except IndexCacheError as exc:
        _error(name, exc.reason())
        return EXIT_PROBLEMS
    finally:
        if show:
            sys.stderr.write("\r\033[K")
    return session


def _cmd_search(options: argparse.Namespace) -> int:
    from reader.core.library_index import IndexCacheError
    from reader.core.search import REGEX, WORDS, Query, SearchError, kwic, list_all, sort_reports

    session = _indexed(options.folder)
    if isinstance(session, int):
        return session
    tags = _chosen_tags(session, options.tag)
    if tags is False:
        return EXIT_USAGE
    mode = REGEX if options.regex else WORDS if options.words else "phrase"
    query = Query(options.query, mode, options.exact, options.subfolder, tags)
    try:
        result = session.search(query)
        groups = sort_reports(result, options.sort)
        # listed now, a batch of texts at a time: a damaged cache is one error, not half a listing
        texts = list_all(session.library_index.cache, groups)
    except SearchError as exc:
        _error(options.query, exc.reason())
        return EXIT_USAGE
    except IndexCacheError as exc:
        _error(options.folder, exc.reason())
        return EXIT_PROBLEMS
    if options.json:
        payload = []
        for group in groups:
            text = texts.get(group.report.id, "")
            lines = []
            for start, end in group.hits:
                line = kwic(text, start, end)
                lines.append(
                    {"start": start, "end": end, "left": line.left, "hit": line.hit, "right": line.right}
                )
            report = group.report
            payload.append(
                {"report": report.relpath, "title": report.title, "date": report.date or None,
                 "count": group.count, "hits": lines}
            )  # fmt: skip
        _write_json(payload, sys.stdout)
        return EXIT_OK
    out = sys.stdout
    for group in groups:
        out.write(f"{group.report.relpath}\t{group.report.title}\t({group.count})\n")
        text = texts.get(group.report.id, "")
        for start, end in group.hits:
            line = kwic(text, start, end)
            out.write(f"  {start:>7}  {line.left:>20}【{line.hit}】{line.right}\n")
    out.write(tr("search-summary", hits=result.total, reports=len(result.reports)) + "\n")
    return EXIT_OK


def _cmd_stats(options: argparse.Namespace) -> int:
    from reader.core.stats import library_counts, top_terms

    session = _indexed(options.folder)
    if isinstance(session, int):
        return session
    index = session.library_index
    counts = library_counts(index)
    idf = index.document_frequencies()
    by_count = top_terms(counts, idf, options.top, "count")
    by_tfidf = top_terms(counts, idf, options.top, "tfidf")
    tags = sorted(session.tag_counts().items(), key=lambda kv: (-kv[1], kv[0]))
    readable = sum(1 for r in index.reports if r.text is not None)
    if options.json:
        _write_json(
            {
                "reports": readable,
                "occurrences": sum(counts.values()),
                "terms": [{"term": r.term, "count": r.count, "tfidf": round(r.tfidf, 6)} for r in by_count],
                "tfidf": [{"term": r.term, "count": r.count, "tfidf": round(r.tfidf, 6)} for r in by_tfidf],
                "tags": [{"tag": t, "count": c} for t, c in tags],
            },
            sys.stdout,
        )
        return EXIT_OK
    out = sys.stdout
    out.write(tr("stats-summary", reports=readable, tokens=sum(counts.values())) + "\n\n")
    out.write(tr("top-count") + "\n")
    for row in by_count:
        out.write(f"  {row.term}\t{row.count}\n")
    out.write("\n" + tr("top-tfidf") + "\n")
    for row in by_tfidf:
        out.write(f"  {row.term}\t{row.tfidf:.5f}\n")
    if tags:
        out.write("\n" + tr("tag-counts") + "\n")
        for tag, count in tags:
            out.write(f"  {tag}\t{count}\n")
    return EXIT_OK


def _cmd_merge_driver(options: argparse.Namespace) -> int:
    """Merge two coders' sidecars for git; non-zero (and OURS untouched, so git
    reports a conflict) only when a version cannot be read or the result written."""
    from reader.core.merge_driver import UnreadableSide, merge_files

    shown = options.path or options.ours
    try:
        merged = merge_files(Path(options.ancestor), Path(options.ours), Path(options.theirs))
    except UnreadableSide as exc:
        which = {options.ancestor: "side-ancestor", options.ours: "side-ours", options.theirs: "side-theirs"}
        side = which.get(str(exc.path))
        _error(f"{shown} ({tr(side) if side else exc.path})", exc.error.reason())
        return EXIT_PROBLEMS
    except OSError as exc:
        _error(shown, tr("cannot-write", error=exc.strerror or exc))
        return EXIT_PROBLEMS
    sys.stdout.write(tr("merged", count=len(merged.annotations), path=display_path(shown)) + "\n")
    return EXIT_OK


def _library_folder(name: str) -> Path | None:
    """The library folder named on the command line, or None after saying what is wrong."""
    folder = Path(name)
    if not folder.is_dir():
        _error(name, tr("no-folder") if not folder.exists() else tr("not-folder"))
        return None
    return folder


def _load_or_complain(name: str):  # noqa: ANN202 - Report, imported lazily
    from reader.core.loader import load_report

    try:
        return load_report(Path(name))
    except ReportError as exc:
        _error(name, exc.reason())
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        logger.debug("Unexpected error loading %s", name, exc_info=True)
        _error(name, tr("internal", error=type(exc).__name__))
    return None


def _error(path: str, message: str) -> None:
    sys.stderr.write(f"reader: {display_path(path)}: {message}\n")
    sys.stderr.flush()


def _write_json(value: object, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    out.flush()


def _utf8_streams() -> None:
    """Chinese output whatever the console's locale; nothing unprintable aborts a run."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
