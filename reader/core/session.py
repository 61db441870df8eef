"""The open library: the one object the window talks to (no Qt here).

It scans the folder, loads reports, keeps the library's word lists and dictionary
words, and computes highlights. Methods marked slow run jieba or read every
report: the GUI calls them off the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.highlights import ReportHighlights, compute_highlights, wordlist_spans
from reader.core.keywords import (
    DEFAULT_TOP_K,
    LIBRARY_IDF_MIN_REPORTS,
    LIBRARY_IDF_SAMPLE,
    IdfTable,
    KeywordEngine,
)
from reader.core.library import ReportEntry, scan_library
from reader.core.loader import Report, load_report
from reader.core.problems import Problem, ReportError
from reader.core.wordlists import LibraryWords, WordList, WordListError, load_words, save_words, words_path

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class IndexResult:
    """What the background pass over every report found."""

    dates: dict[str, str] = field(default_factory=dict)  # relpath -> ISO date ('' when none)
    problems: list[Problem] = field(default_factory=list)
    idf: IdfTable | None = None
    cancelled: bool = False


class LibrarySession:
    def __init__(self, root: Path, read_only: bool = False) -> None:
        self.root = Path(root)
        scan = scan_library(self.root)
        self.entries: list[ReportEntry] = scan.entries
        self.scan_problems: list[Problem] = scan.problems
        self.load_problems: list[Problem] = []
        self.words_path = words_path(self.root, read_only)
        self.words_error: str | None = None
        try:
            self.words = load_words(self.words_path)
        except WordListError as exc:
            logger.warning("Word lists at %s not used: %s", self.words_path, exc)
            self.words_error = str(exc)
            self.words = LibraryWords()
        self.idf: IdfTable | None = None
        self._engine: KeywordEngine | None = None
        self._engine_lock = threading.Lock()

    # -- reports ------------------------------------------------------------------
    @property
    def problems(self) -> list[Problem]:
        return self.scan_problems + self.load_problems

    @property
    def stores_words_in_library(self) -> bool:
        return self.words_path.parent == self.root.resolve()

    def entry_for(self, path: Path) -> ReportEntry | None:
        resolved = Path(path).resolve()
        return next((e for e in self.entries if e.path.resolve() == resolved), None)

    def load(self, entry: ReportEntry) -> Report:
        """Read and clean one report (raises ReportError with a reason)."""
        return load_report(entry.path, self.root)

    def index(
        self,
        cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> IndexResult:
        """Slow: clean every report for dates and problems; sample them for the IDF."""
        result = IndexResult()
        total = len(self.entries)
        sample_every = max(1, total // LIBRARY_IDF_SAMPLE)
        sample: list[str] = []
        for done, entry in enumerate(self.entries, start=1):
            if cancelled():
                result.cancelled = True
                return result
            try:
                report = self.load(entry)
            except ReportError as exc:
                result.problems.append(Problem(entry.relpath, exc.code, exc.params))
            except Exception:  # a bug must not stop the pass
                logger.exception("Unexpected error loading %s", entry.path)
                result.problems.append(Problem(entry.relpath, "unreadable", {"error": "internal error"}))
            else:
                result.dates[entry.relpath] = report.info.date.iso() if report.info.date else ""
                if total >= LIBRARY_IDF_MIN_REPORTS and done % sample_every == 0:
                    sample.append(report.document.text)
            if done % 50 == 0 or done == total:
                progress(done, total)
        if sample and not cancelled():
            result.idf = self.engine().library_idf(sample)
        return result

    def apply_index(self, result: IndexResult) -> None:
        self.load_problems = result.problems
        if result.idf is not None:
            self.idf = result.idf

    # -- keywords and word lists ----------------------------------------------------
    def engine(self) -> KeywordEngine:
        """The keyword engine (slow the first time: loads jieba's dictionary)."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = KeywordEngine(self.words.dictionary)
            engine = self._engine
        engine.ensure_loaded()
        return engine

    def highlights(
        self, report: Report, top_k: int = DEFAULT_TOP_K, entities: bool = False
    ) -> ReportHighlights:
        """Slow: every highlight layer for a report."""
        return compute_highlights(
            self.engine(),
            report.document.text,
            top_k=top_k,
            idf=self.idf,
            wordlists=self.words.wordlists,
            entities=entities,
        )

    def wordlist_highlights(self, report: Report) -> ReportHighlights:
        """Fast: word-list matches only (shown before the keywords are ready)."""
        return ReportHighlights([], wordlist_spans(report.document.text, self.words.wordlists))

    def set_wordlists(self, wordlists: Sequence[WordList]) -> None:
        self.words.wordlists = list(wordlists)
        self.save_words()

    def add_dictionary_word(self, word: str) -> None:
        word = word.strip()
        if word and word not in self.words.dictionary:
            self.words.dictionary.append(word)
            self.save_words()
            if self._engine is not None:
                self._engine.add_word(word)

    def save_words(self) -> None:
        """Write the word-list file; refuses to replace a file that could not be read."""
        if self.words_error is not None:
            raise WordListError(self.words_error)
        save_words(self.words_path, self.words)
