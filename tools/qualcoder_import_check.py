"""Import a .qdpx exported by Report Reader with QualCoder's own "Import REFI-QDA
project", offscreen, and count what arrived.

It prints, each as "N of M": the codes (with their parent code and colour), the
sources (with their full text), the codings whose text at QualCoder's positions
equals the passage (under the right code), the notes found where QualCoder shows
them, and the memos: journal entries (name and text exactly), memos on reports in
their file's memo, memos on tags in their code's memo (after the description,
exactly); each memo is printed as QualCoder holds it. Exit status 0 when everything
arrived, 1 otherwise.

Set up once (QualCoder is PyQt6; keep it out of this repository and its venv):

    git clone https://github.com/ccbogel/QualCoder /tmp/qualcoder
    python3 -m venv /tmp/qc-venv
    /tmp/qc-venv/bin/pip install PyQt6 qtawesome charset-normalizer diff-match-patch \\
        EbookLib emoji matplotlib markdown-it-py networkx odfpy openpyxl pandas \\
        pdfminer.six wordcloud Pillow plotly ply pymupdf python-vlc requests rispy six \\
        PyYAML json_repair "pylatexenc>=2.10,<3" striprtf

(its requirements.txt without the AI packages: langchain, faiss, transformers,
sentence-transformers, Bio, mcp, openai are replaced by empty stand-ins here, and the
AI stays off). Then, from a checkout of Report Reader with its .venv:

    .venv/bin/python tools/qualcoder_import_check.py /tmp/qualcoder \\
        --qc-python /tmp/qc-venv/bin/python [--library DIR] [--lang zh] [--keep DIR]

Without --library it builds the test library of tests/qda_library.py (repeated leaf
names, a note-only highlight, an orphan, CRLF and multi-paragraph notes, 𠀀 before a
passage, and its MEMOS: journal entries, memos on reports and on tags) in a
temporary folder. --keep DIR keeps the .qdpx, the QualCoder project and
screenshots of QualCoder's windows there.

Checked with QualCoder 4.0 Beta (its source at commit c3204641). QualCoder runs in
a child process with QT_QPA_PLATFORM=offscreen and HOME pointing at a temporary
folder (it writes ~/.qualcoder); its modal dialogs are answered, its start-up release
check is switched off and every socket connection or name lookup is refused and
counted, so it makes no network call (the count is printed).

QualCoder's coding window counts positions in UTF-16 units while REFI-QDA (and its
import) count code points, so after a character outside the BMP it draws a coding
early; the line under "codings" counts the codings it draws at their passage."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.export import ExportSet

ROOT = Path(__file__).resolve().parents[1]


# -- the QualCoder side (runs in QualCoder's venv; imports nothing of ours) -----------------------
AI_PACKAGES = (
    "langchain", "langchain_core", "langchain_community", "langchain_openai",
    "langchain_text_splitters", "faiss", "transformers", "sentence_transformers",
    "Bio", "mcp", "openai", "torch", "tiktoken", "httpx", "pydantic", "huggingface_hub",
)  # fmt: skip


def _install_stubs() -> None:
    """Empty stand-ins for the AI packages when they are not installed: every name
    imported from them is a class that accepts anything."""
    import importlib.abc
    import importlib.machinery
    import types

    class AnythingType(type):
        def __getattr__(cls, name: str) -> type:
            if name.startswith("__"):
                raise AttributeError(name)
            return AnythingType(name, (Anything,), {})

        def __getitem__(cls, item: object) -> type:
            return cls

    class Anything(metaclass=AnythingType):
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def __call__(self, *args: object, **kwargs: object) -> Anything:
            return Anything()

        def __getattr__(self, name: str) -> Anything:
            return Anything()

    class StubModule(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            if name.startswith("__"):
                raise AttributeError(name)
            return AnythingType(name, (Anything,), {})

    class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        def find_spec(self, name: str, path: object, target: object = None) -> object:
            if name.split(".")[0] in AI_PACKAGES:
                return importlib.machinery.ModuleSpec(name, self, is_package=True)
            return None

        def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
            module = StubModule(spec.name)
            module.__path__ = []
            return module

        def exec_module(self, module: types.ModuleType) -> None:
            pass

    sys.meta_path.append(Finder())  # last: only what is not installed


NETWORK_ATTEMPTS: list[str] = []


def _refuse_network() -> None:
    """Refuse and count every connection and name lookup (local sockets pass)."""
    import socket

    def refuse(what: str) -> None:
        NETWORK_ATTEMPTS.append(what)
        raise OSError(f"network refused by the import check: {what}")

    original_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if self.family == socket.AF_UNIX:
            return original_connect(self, address)
        refuse(f"connect {address}")

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = lambda self, address: refuse(f"connect {address}")  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = lambda *args, **kwargs: refuse(f"lookup {args[0]}")  # type: ignore[assignment,return-value]
    socket.create_connection = lambda address, *a, **k: refuse(f"connect {address}")  # type: ignore[assignment,return-value]


def inside(source: Path, qdpx: Path, work: Path, colours: list[str], shots: Path | None) -> dict[str, object]:
    """Run QualCoder's "Import REFI-QDA project" on `qdpx` into a new project in
    `work`, then read the project's tables back."""
    _refuse_network()
    _install_stubs()
    sys.path.insert(0, str(source / "src"))
    import gettext

    from PyQt6 import QtWidgets

    gettext.NullTranslations().install()  # QualCoder's gui() does this before anything
    qt = QtWidgets.QApplication(["qualcoder"])
    from qualcoder import __main__ as qc_main
    from qualcoder.app import App
    from qualcoder.color_selector import color_matcher
    from qualcoder.helpers import Message

    messages: list[str] = []

    def no_modal(self: object) -> int:
        messages.append(f"{self.windowTitle()}: {self.text()}")  # type: ignore[attr-defined]
        return 0

    def no_dialog(self: object) -> int:
        messages.append(f"{self.windowTitle()} (dialog)")  # type: ignore[attr-defined]
        return 0

    Message.exec = no_modal  # type: ignore[method-assign]
    QtWidgets.QDialog.exec = no_dialog  # type: ignore[method-assign]

    def fail(kind: type, value: BaseException, tb: object) -> None:
        import traceback

        traceback.print_exception(kind, value, tb)
        os._exit(3)  # QualCoder's hook would open a modal error dialog

    sys.excepthook = fail
    qc_main.MainWindow.get_latest_github_release = lambda self: None  # type: ignore[method-assign]
    project = work / "imported"
    QtWidgets.QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(project), "*.qda"))  # type: ignore[method-assign]
    QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(qdpx), "*.qdpx"))  # type: ignore[method-assign]

    sys.excepthook = fail  # QualCoder's modules install their own
    window = qc_main.MainWindow(App())
    window.refi_project_import()  # the menu's Project > Import > REFI-QDA project
    qt.processEvents()
    conn = window.app.conn

    def rows(sql: str) -> list[list[object]]:
        return [list(r) for r in conn.execute(sql).fetchall()]

    result: dict[str, object] = {
        "qdpx": str(qdpx),
        "version": window.app.version,
        "project": window.app.project_path,
        "codes": rows("select cid, name, supercid, catid, color, memo from code_name order by cid"),
        "categories": rows("select catid, name, supercatid from code_cat order by catid"),
        "sources": rows("select id, name, fulltext, memo from source order by id"),
        "codings": rows("select cid, fid, seltext, pos0, pos1, owner, memo from code_text order by ctid"),
        "annotations": rows("select fid, pos0, pos1, memo, owner from annotation order by anid"),
        "journals": rows("select name, jentry from journal order by jid"),
        "colours": {c: color_matcher(c) for c in colours},
        "messages": messages,
        "log": window.ui.textEdit.toPlainText(),
        "network": NETWORK_ATTEMPTS,
    }
    if shots is not None:
        result["screenshots"] = _screenshots(window, qt, shots)
    return result


def _screenshots(window: object, qt: object, shots: Path) -> list[str]:
    """Grab QualCoder's windows as a person would see them after the import: the
    file manager (file memos) and the coding window on each text source."""
    from PyQt6 import QtCore

    shots.mkdir(parents=True, exist_ok=True)
    saved: list[str] = []
    w = window  # type: ignore[assignment]
    w.resize(1600, 1000)
    w.show()

    def grab(name: str) -> None:
        for _ in range(20):
            qt.processEvents()  # type: ignore[attr-defined]
            QtCore.QThread.msleep(25)
        path = shots / name
        w.grab().save(str(path))
        saved.append(str(path))

    w.manage_files()
    w.ui.tabWidget.setCurrentWidget(w.ui.tab_manage)
    grab("qualcoder-files.png")
    for (fid,) in w.app.conn.execute("select id from source order by id").fetchall():
        w.text_coding(doc_id=fid)
        w.ui.tabWidget.setCurrentWidget(w.ui.tab_coding)
        grab(f"qualcoder-coding-{fid}.png")
    # Reports > Coding reports: every code with its coded memos, then the annotations
    from qualcoder.report_codes import DialogReportCodes

    w.report_coding()
    w.ui.tabWidget.setCurrentWidget(w.ui.tab_reports)
    report = w.ui.tab_reports.findChild(DialogReportCodes)
    for key, name in (
        ("also_coded", "qualcoder-report-coded-memos.png"),
        ("annotations", "qualcoder-report-annotations.png"),
    ):
        report.ui.comboBox_memos.setCurrentIndex(report.ui.comboBox_memos.findData(key))
        report.ui.treeWidget.selectAll()
        report.ui.listWidget_files.selectAll()
        report.search()
        grab(name)
        (shots / name.replace(".png", ".txt")).write_text(report.ui.textEdit.toPlainText(), encoding="utf-8")
    # the memo of each file, in QualCoder's memo dialog
    from qualcoder.memo import DialogMemo

    for fid, name, memo in w.app.conn.execute("select id, name, memo from source order by id").fetchall():
        dialog = DialogMemo(w.app, "Memo for file " + name, memo, entity_type="file", entity_id=fid)
        dialog.resize(700, 400)
        dialog.show()
        for _ in range(10):
            qt.processEvents()  # type: ignore[attr-defined]
        path = shots / f"qualcoder-file-memo-{fid}.png"
        dialog.grab().save(str(path))
        saved.append(str(path))
        dialog.close()
    # the journal (Project > Journals), with its first entry open
    from qualcoder.journals import DialogJournals

    journals = DialogJournals(w.app, w.ui.textEdit)
    journals.resize(1000, 600)
    journals.show()
    if journals.ui.tableWidget.rowCount():
        journals.ui.tableWidget.selectRow(0)
    for _ in range(10):
        qt.processEvents()  # type: ignore[attr-defined]
    path = shots / "qualcoder-journal.png"
    journals.grab().save(str(path))
    saved.append(str(path))
    journals.close()
    # the memo of each code, in the same memo dialog
    for cid, name, memo in w.app.conn.execute(
        "select cid, name, memo from code_name order by cid"
    ).fetchall():
        if not memo:
            continue
        dialog = DialogMemo(w.app, "Memo for code " + name, memo, entity_type="code", entity_id=cid)
        dialog.resize(700, 400)
        dialog.show()
        for _ in range(10):
            qt.processEvents()  # type: ignore[attr-defined]
        path = shots / f"qualcoder-code-memo-{cid}.png"
        dialog.grab().save(str(path))
        saved.append(str(path))
        dialog.close()
    return saved


# -- our side (Report Reader's venv) ---------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("qualcoder", type=Path, help="QualCoder's source folder (holds src/qualcoder)")
    parser.add_argument("--qc-python", default=sys.executable, help="the python of QualCoder's venv")
    parser.add_argument("--library", type=Path, help="a library with annotations (default: the test library)")
    parser.add_argument("--lang", choices=("en", "zh"), default="zh")
    parser.add_argument("--keep", type=Path, help="keep the .qdpx, the project and screenshots here")
    parser.add_argument("--inside", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inside:
        qdpx, work, colours, shots = args.inside
        try:
            result = inside(
                args.qualcoder, Path(qdpx), Path(work), json.loads(colours), Path(shots) if shots else None
            )
        except BaseException:  # QualCoder's own hook would open a modal dialog
            import traceback

            traceback.print_exc()
            os._exit(3)
        sys.stdout.write("\n@@RESULT@@" + json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        os._exit(0)  # QualCoder's windows and timers need no orderly goodbye
    return check(args)


def check(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(ROOT))
    from reader.core.export import collect
    from reader.core.export.writers import render
    from reader.core.library import Library

    with tempfile.TemporaryDirectory(prefix="qc-check-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.library is None:
            from tests.qda_library import add_memos, qda_library

            session = qda_library(Path(tmp) / "测试库")
            add_memos(session)
        else:
            session = Library(args.library)
        export = collect(session)
        qdpx = work / f"{session.root.name}.qdpx"
        qdpx.write_bytes(render(export, "qdpx", session.root, args.lang))
        home = Path(tmp) / "home"
        home.mkdir()
        env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        colours = sorted({t.colour.upper() for t in export.tags})
        shots = str(work / "screenshots") if args.keep else ""
        command = [args.qc_python, __file__, str(args.qualcoder.resolve()), "--inside",
                   str(qdpx), str(work), json.dumps(colours), shots]  # fmt: skip
        run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        if "@@RESULT@@" not in run.stdout:
            sys.stderr.write(run.stdout + run.stderr + "QualCoder's import did not finish\n")
            return 1
        result = json.loads(run.stdout.split("@@RESULT@@", 1)[1])
        return report(export, result)


def report(export: ExportSet, qc: dict[str, Any]) -> int:
    """Compare what QualCoder holds with what the library holds; print the counts."""
    lines, problems = [], []

    def count(name: str, arrived: int, total: int, how: str) -> None:
        lines.append(f"{name + ':':<10}{arrived} of {total}  ({how})")

    # codes: every tag and every parent of one, by name, parent code, colour and description
    paths: list[str] = []
    for tag in export.tags:
        parts = tag.name.split("/")
        paths += [p for p in ("/".join(parts[:i]) for i in range(1, len(parts) + 1)) if p not in paths]
    from reader.core.annotations.memos import TAG
    from reader.core.export.qdpx_memos import described

    tags = {t.name: t for t in export.tags}
    tag_memos = {p: [m for m in export.memos if m.kind == TAG and m.about == p] for p in paths}
    cids: dict[str, int] = {}
    for path in paths:
        parent = cids.get(path.rsplit("/", 1)[0]) if "/" in path else None
        leaf = path.rsplit("/", 1)[-1]
        found = [c for c in qc["codes"] if c[1] in (leaf, path) and c[2] == parent and c[3] is None]
        tag = tags.get(path)
        memo = described(tag.description if tag else "", tag_memos[path])  # the code's memo
        found = [c for c in found if (c[5] or "") == memo]
        if tag is not None:
            colour = qc["colours"].get(tag.colour.upper())
            found = [c for c in found if c[4] == colour]
        if len(found) == 1 and ("/" not in path or parent is not None):
            cids[path] = found[0][0]
        else:
            problems.append(f"code {path}: not found with its parent, colour and description")
    count(
        "codes",
        len(cids),
        len(paths),
        "name, parent code, colour (QualCoder's nearest), description and memos",
    )
    order = [cids[p] for p in paths if p in cids]
    lines.append(f"{'':<10}codebook order kept: {'yes' if order == sorted(order) else 'no'}")

    # sources: every report, its text whole
    fids: dict[str, int] = {}
    texts: dict[int, str] = {}
    for report in export.reports:
        found = [
            s for s in qc["sources"] if (s[3] or "").split(" · ", 1)[0].split("\n", 1)[0] == report.relpath
        ]
        if len(found) == 1 and found[0][2] == (report.text or ""):
            fids[report.relpath] = found[0][0]
            texts[found[0][0]] = found[0][2]
        else:
            problems.append(f"source {report.relpath}: missing or its text differs")
    count("sources", len(fids), len(export.reports), "one per report with annotations, full text identical")

    # codings, and notes where QualCoder shows them
    codings = [
        (rep, rec, t)
        for rep, rec in export.records
        if not rec.orphaned and rep.text is not None
        for t in rec.annotation.tags
    ]
    arrived = shown = 0
    for rep, rec, tag in codings:
        fid, cid = fids.get(rep.relpath), cids.get(tag)
        rows = [c for c in qc["codings"] if None not in (cid, fid) and (c[0], c[1]) == (cid, fid)]
        text = texts.get(fid, "") if fid is not None else ""
        if any(text[c[3] : c[4]] == rec.passage for c in rows):
            arrived += 1
        else:
            problems.append(f"coding {tag} on «{rec.passage}» in {rep.relpath}: not at its passage")
        if any(_utf16(text, c[3], c[4]) == rec.passage for c in rows):
            shown += 1
    count(
        "codings", arrived, len(codings), "text[pos0:pos1] in code points equals the passage, under its code"
    )
    window = "where QualCoder's coding window shows them (it counts UTF-16 units)"
    lines.append(f"{'':<10}{shown} of {len(codings)} {window}")

    noted = [(rep, rec) for rep, rec in export.records if rec.annotation.note]
    notes = 0
    for rep, rec in noted:
        a, fid = rec.annotation, fids.get(rep.relpath)
        if rec.orphaned or rep.text is None:
            memo = next((s[3] or "" for s in qc["sources"] if s[0] == fid), "")
            ok = a.note in memo and rec.passage in memo
            where = "file memo"
        elif a.tags:
            rows = [c for c in qc["codings"] if c[1] == fid and (c[3], c[4]) == (rec.start, rec.end)]
            ok = len(rows) == len(a.tags) and all(c[6] == a.note for c in rows)
            where = "coding memo"
        else:
            rows = [n for n in qc["annotations"] if n[0] == fid and (n[1], n[2]) == (rec.start, rec.end)]
            ok = len(rows) == 1 and rows[0][3] == a.note
            where = "annotation"
        notes += ok
        if not ok:
            problems.append(f"note of {a.id} ({where}): missing or changed")
    count(
        "notes",
        notes,
        len(noted),
        "exact, line ends included: coding memo, annotation, or file memo for orphans",
    )
    _memos(export, qc, fids, cids, count, lines, problems)
    lines.append(f"network:  {len(qc['network'])} connection attempts")

    lines.insert(0, f"{qc['version']} imported {qc['qdpx']} into {qc['project']}")
    lines += ["  missing: " + problem for problem in problems]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0 if not problems and not qc["network"] else 1


def _memos(
    export: ExportSet,
    qc: dict[str, Any],
    fids: dict[str, int],
    cids: dict[str, int],
    count: Any,
    lines: list[str],
    problems: list[str],
) -> None:
    """The memos: journal entries by name and text, memos on reports in their file's
    memo and memos on tags in their code's memo, each a paragraph of it, exactly."""
    from reader.core.annotations.memos import REPORT, TAG
    from reader.core.export.qdpx_memos import journal_names, memo_block

    reports = {r.relpath for r in export.reports}
    codes = {"/".join(t.name.split("/")[:n]) for t in export.tags for n in range(1, t.name.count("/") + 2)}

    def held(memo: Any) -> bool:
        return (memo.kind == REPORT and memo.about in reports) or (memo.kind == TAG and memo.about in codes)

    names = journal_names(export.memos, held, "zh")
    journal = {name: text for name, text in qc["journals"]}
    file_memos = {s[0]: s[3] or "" for s in qc["sources"]}
    code_memos = {c[0]: c[5] or "" for c in qc["codes"]}
    arrived = {"journal": 0, REPORT: 0, TAG: 0}
    expected = {"journal": 0, REPORT: 0, TAG: 0}
    shown = []
    for memo in export.memos:
        if memo.id in names:
            kind, name = "journal", names[memo.id]
            ok = journal.get(name) == memo.text
            shown.append(f"  journal «{name}»: {journal.get(name)!r}")
        else:
            kind = memo.kind
            home = fids.get(memo.about) if kind == REPORT else cids.get(memo.about)
            holder = (file_memos if kind == REPORT else code_memos).get(home or -1)
            ok = holder is not None and f"\n\n{memo_block(memo)}\n\n" in f"\n\n{holder}\n\n"
            where = "file memo" if kind == REPORT else "code memo"
            shown.append(f"  {where} of {memo.about}: {holder!r}")
        expected[kind] += 1
        arrived[kind] += ok
        if not ok:
            problems.append(f"memo {memo.label()!r} on {memo.about or 'the journal'}: missing or changed")
    count("journal", arrived["journal"], expected["journal"], "QualCoder's journal: name and text exact")
    count(
        "memos", arrived[REPORT], expected[REPORT], "memos on reports: a paragraph of the file's memo, exact"
    )
    lines.append(
        f"{'':<10}{arrived[TAG]} of {expected[TAG]}  (memos on tags: a paragraph of the code's memo, exact)"
    )
    lines.extend(shown)
    extra = sorted(set(journal) - set(names.values()))
    if extra:
        problems.append(f"journal entries that are no memo: {extra}")


def _utf16(text: str, start: int, end: int) -> str:
    """text[start:end] with start and end counted in UTF-16 units, as Qt counts."""
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * end].decode("utf-16-le", "replace")


if __name__ == "__main__":
    sys.exit(main())
