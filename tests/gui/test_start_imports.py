"""What the window loads to show the sidebar: nothing that only a dock or dialog not
yet opened needs (each module counts at every start of a 10,000-report library)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SEEDS, scraper_report


def test_the_window_opens_without_matplotlib_numpy_rapidfuzz_or_the_exports(tmp_path: Path) -> None:
    """The Formulations dock's chart is made when the dock is first shown: matplotlib
    took half a second of every start. numpy and rapidfuzz (auto-coding, co-occurrence,
    agreement, text reuse) came in through the flows' imports, about 0.2 s more: they
    load when one of those is first used. So does the export package (every writer,
    the importer, the Export dialog), which the flows of exports, retrieval and
    comparing tags and the agreement tables brought in at every start, and the
    document-structure analysis (dozens of patterns compiled), which the names of
    the document fields brought in: it loads when a report is first analysed. So does
    multiprocessing (with subprocess, socket, pickle: 30 ms), which the type hints of
    the indexing's pools brought in: it loads when the library is first indexed, and
    the side-by-side comparison of two similar reports (with difflib and html), which
    loads when two reports are first compared. So does the Compare Coders panel, with
    the agreement code: when its dock is first shown or F8 asks for it."""
    code = (
        "import sys; from reader.app import build_window; window = build_window(sys.argv[1]); "
        "print([m for m in ('matplotlib', 'numpy', 'rapidfuzz', 'reader.core.export', "
        "'reader.gui.dialogs.export_dialog', 'reader.core.analysis.docstructure', 'multiprocessing', "
        "'reader.gui.widgets.compare_view', 'reader.core.analysis.agreement', "
        "'reader.gui.widgets.compare_panel') "
        "if m in sys.modules])"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPORT_READER_DATA_DIR": str(tmp_path),
           "REPORT_READER_CONFIG_DIR": str(tmp_path / "config")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, cwd=REPO, env=env,
        timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_formulations_chart_is_drawn_when_the_dock_is_first_shown(qtbot) -> None:
    from reader.gui.widgets.phrases_panel import PhrasesPanel

    panel = PhrasesPanel()
    qtbot.addWidget(panel)
    assert panel.findChild(object, "phrasesChart") is None  # not made while hidden
    panel.show()
    qtbot.waitExposed(panel)
    chart = panel.findChild(object, "phrasesChart")
    assert chart is not None and chart is panel.canvas and chart.isVisible()
    assert len(panel.canvas.figure.axes) == 1  # drawn (an empty chart until a row is chosen)


def test_the_html_parser_is_loaded_in_the_background_before_the_first_click(tmp_path: Path) -> None:
    """A small report is read on the UI thread when clicked, a large one in a process of
    its own. When the report shown at start was a large one, the first click of the
    session waited for BeautifulSoup to load (a few hundred milliseconds): it now loads
    in the background once a library is open."""
    code = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from reader.app import build_window\n"
        "def main():\n"
        "    window = build_window(sys.argv[1]); app = QApplication.instance()\n"
        "    end = time.monotonic() + 120\n"
        "    while time.monotonic() < end and window.reader_view.report is None:\n"
        "        app.processEvents(); time.sleep(0.01)\n"
        "    end = time.monotonic() + 5\n"
        "    while time.monotonic() < end and 'bs4.builder' not in sys.modules:\n"
        "        app.processEvents(); time.sleep(0.01)\n"
        "    print(window.reader_view.report.relpath, 'bs4.builder' in sys.modules)\n"
        "if __name__ == '__main__':\n"
        "    main()\n"
    )
    library = tmp_path / "lib"
    library.mkdir()
    paragraph = "第一段正文，主题教育扎实推进。" * 20
    big = scraper_report("1大报告.txt", *[paragraph] * 5_000)  # 4.5 MB: cleaned in a child process
    (library / "1大报告.txt").write_text(big, encoding="utf-8")
    (library / "2小报告.txt").write_text(scraper_report("2小报告.txt", "正文。"), encoding="utf-8")
    script = tmp_path / "probe.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REPORT_READER_DATA_DIR": str(tmp_path),
           "REPORT_READER_CONFIG_DIR": str(tmp_path / "config"), "PYTHONPATH": str(REPO)}  # fmt: skip
    result = subprocess.run(
        [sys.executable, str(script), str(library)], capture_output=True, text=True, cwd=REPO, env=env,
        timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1大报告.txt True"  # the large one shown; the parser
