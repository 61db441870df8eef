"""The open library: the one door between the core and the window or command line.

`Library` scans the folder, loads reports, indexes and searches the library, computes
highlights and statistics, and holds the annotations. Callers get plain data back
(reports, annotations, tags, results); they never reach the sidecar, its store or the
index. Every edit is a `Change` built without touching anything (`annotate`,
`rename_tag`…, from `reader.core.annotations.operations`) and made by `apply`, which
returns what it changed so that views refresh only that. Methods marked slow run
jieba or read every report: the window calls them off the UI thread.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.analysis.pass_result import IndexResult
from reader.core.analysis.search import SearchCorpus
from reader.core.analysis.search_ops import SearchOps
from reader.core.analysis.statistics_ops import StatisticsOps
from reader.core.annotations import operations
from reader.core.annotations.casework import CaseworkOps
from reader.core.annotations.change import Change
from reader.core.annotations.coders import EVERYONE, CoderView
from reader.core.annotations.fileformat import dumps
from reader.core.annotations.merge import merge
from reader.core.annotations.model import (  # TagError is imported from here, too
    Annotation,
    Sidecar,
    SidecarError,
    Tag,
    TagError,
    now,
)
from reader.core.annotations.store import SidecarStore
from reader.core.index.library_index import (
    IndexCacheError,
    IndexedReport,
    LibraryIndex,
    build_index,
    cached_listings,
)
from reader.core.index.listings import EntryChanges, ListingOps, Listings, entries_from_cache
from reader.core.index.scan import ReportEntry, scan_library
from reader.core.problems import Problem
from reader.core.text.keywords import DEFAULT_TOP_K, LIBRARY_IDF_MIN_REPORTS, IdfTable, KeywordEngine
from reader.core.text.wordlists import WordList

if TYPE_CHECKING:  # imported where a method needs them: not for every command
    from reader.core.annotations.anchoring import Anchor
    from reader.core.reading.loader import Report
    from reader.core.text.highlights import ReportHighlights

__all__ = ["Change", "EntryChanges", "IndexCacheError", "IndexResult", "Library", "TagError"]

logger = logging.getLogger(__name__)


class Library(SearchOps, StatisticsOps, CaseworkOps, ListingOps):
    def __init__(
        self,
        root: Path,
        read_only: bool = False,
        load_annotations: bool = True,
        scan: bool = True,
        segment_in_child: bool = False,
    ) -> None:
        """Scan `root` (or, when `scan` is False, take the reports its index cache
        lists, with their titles in `listings`: the window shows them at once, then
        scans with `scan_folder` off the UI thread and calls `take_scan`); read its
        annotations too unless `load_annotations` is False (the window reads them on
        a worker thread with `read_annotations`, then calls `take_annotations`).
        `segment_in_child`: jieba runs in a child process (the window: see
        `reader.core.text.engine_child`); `close_engine` ends it."""
        self.root = Path(root)
        self.entries: list[ReportEntry] = []
        self.scan_problems: list[Problem] = []
        self.listings: Listings = {}  # relpath -> number, title, date… as the sidebar shows them
        self.scanned = False  # whether `entries` are the folder as scanned, not as cached
        if scan:
            self.take_scan(scan_library(self.root))
        else:
            self.listings = cached_listings(self.root)
            self.entries = entries_from_cache(self.root, self.listings)
        self.load_problems: list[Problem] = []
        self._store = SidecarStore(self.root, read_only)
        self._sidecar = Sidecar()
        self.coder_view: CoderView = EVERYONE  # whose annotations are shown (annotations.coders)
        self.annotations_loaded = False
        self.idf: IdfTable | None = None
        self._index: LibraryIndex | None = None
        self._corpus: SearchCorpus | None = None
        self._term_counts: Counter[str] | None = None
        self._engine: KeywordEngine | None = None
        self._engine_lock = threading.Lock()
        self._segment_in_child = segment_in_child
        if load_annotations:
            self.take_annotations(self.read_annotations())

    # -- reports ------------------------------------------------------------------
    @property
    def problems(self) -> list[Problem]:
        return self.scan_problems + self.load_problems

    def cached_listings(self) -> dict[str, tuple[int, int, int | None, str, str]]:
        """The titles, numbers and categories the index cache remembers, by relpath
        (the sidebar shows them before any report is read)."""
        return cached_listings(self.root)

    def entry_for(self, path: Path) -> ReportEntry | None:
        resolved = Path(path).resolve()
        return next((e for e in self.entries if e.path.resolve() == resolved), None)

    def load(self, entry: ReportEntry) -> Report:
        """Read and clean one report (raises ReportError with a reason)."""
        from reader.core.reading.loader import load_report  # the cleaning: not needed to search

        return load_report(entry.path, self.root)

    def load_to_show(self, entry: ReportEntry) -> Report:
        """A report for the reader pane: as `load`, but a report too large to show is
        refused with a reason (a file too large is not even read; a large one is
        cleaned in a child process: `load_showable`)."""
        from reader.core.reading.loader import load_showable

        return load_showable(entry.path, self.root, entry.size)

    # -- the index ---------------------------------------------------------------------
    def index(
        self,
        cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] = lambda done, total: None,
        workers: int | None = None,
        background: bool = False,
    ) -> IndexResult:
        """Slow: the library index (cleaned texts, dates, problems, terms), from the
        cache where it is fresh, else built in a pool of processes (at a lower
        priority when `background`: the window's UI comes first)."""
        built = build_index(
            self.root,
            self.entries,
            list(self._sidecar.dictionary),
            progress=lambda p: progress(p.done, p.total),
            cancelled=cancelled,
            workers=workers,
            engine=self.engine,  # loaded only if reports must be indexed here
            background=background,
        )
        if built is None:
            return IndexResult(cancelled=True)
        result = IndexResult(index=built, corpus=SearchCorpus(built), problems=built.problems)
        result.dates = {r.relpath: r.date for r in built.reports}
        if built.idf is not None and built.idf.documents >= LIBRARY_IDF_MIN_REPORTS:
            result.idf = built.idf
        return result

    def apply_index(self, result: IndexResult) -> None:
        self.load_problems = result.problems
        if result.idf is not None:
            self.idf = result.idf
        if result.index is not None:
            self._index = result.index
            self._corpus = result.corpus
            self._term_counts = None

    @property
    def indexed(self) -> bool:
        """Whether `index` has run (search and statistics need it)."""
        return self._index is not None

    def indexed_report(self, relpath: str) -> IndexedReport | None:
        """One report of the index (None before `index` has run, or for a report added since)."""
        return self._index.by_path.get(relpath) if self._index is not None else None

    def indexed_reports(self) -> list[IndexedReport]:
        """Every report of the index (empty before `index` has run)."""
        return list(self._index.reports) if self._index is not None else []

    # -- library search: SearchOps (reader.core.analysis.search_ops) -----------------------
    # -- statistics: StatisticsOps (reader.core.analysis.statistics_ops) -------------------
    # -- keywords, word lists and the dictionary -------------------------------------------
    def engine(self) -> KeywordEngine:
        """The keyword engine (slow the first time: loads jieba's dictionary)."""
        with self._engine_lock:
            if self._engine is None and self._segment_in_child:
                from reader.core.text.engine_child import ChildProcessEngine

                self._engine = ChildProcessEngine(self._sidecar.dictionary)
            elif self._engine is None:
                # jieba alone: one report at a time needs no fast backend (about 60 MB)
                self._engine = KeywordEngine(self._sidecar.dictionary, fast=False)
            engine = self._engine
        engine.ensure_loaded()
        return engine

    def close_engine(self) -> None:
        """End the keyword engine's child process, if it has one (the library is left:
        work in progress raises EngineClosed; a later `engine` call starts another)."""
        with self._engine_lock:
            close = getattr(self._engine, "close", None)
            if close is not None:
                self._engine = None
        if close is not None:
            close()

    def highlights(
        self, report: Report, top_k: int = DEFAULT_TOP_K, entities: bool = False
    ) -> ReportHighlights:
        """Slow: every highlight layer for a report."""
        from reader.core.text.highlights import compute_highlights

        return compute_highlights(
            self.engine(),
            report.document.text,
            top_k=top_k,
            idf=self.idf,
            wordlists=self._sidecar.wordlists,
            entities=entities,
        )

    def wordlist_highlights(self, report: Report) -> ReportHighlights:
        """Fast: word-list matches only (shown before the keywords are ready)."""
        from reader.core.text.highlights import ReportHighlights, wordlist_spans

        return ReportHighlights([], wordlist_spans(report.document.text, self._sidecar.wordlists))

    def wordlists(self) -> list[WordList]:
        return copy.deepcopy(self._sidecar.wordlists)

    def dictionary(self) -> list[str]:
        return list(self._sidecar.dictionary)

    # -- reading the annotations ------------------------------------------------------------
    def annotation(self, ann_id: str) -> Annotation | None:
        return self._sidecar.annotations.get(ann_id)

    def annotations(self) -> list[Annotation]:
        """Every annotation, by report and position."""
        return sorted(self._sidecar.annotations.values(), key=lambda a: (a.path, a.start, a.end, a.id))

    def annotations_in(self, relpath: str) -> list[Annotation]:
        return self._sidecar.for_report(relpath)

    def anchored(self, report: Report, every_coder: bool = False) -> list[tuple[Annotation, Anchor]]:
        """The report's annotations (those `coder_view` shows, unless `every_coder`) and
        where each stands in its current text."""
        annotations = self._sidecar.for_report(report.relpath)
        if not every_coder:
            annotations = self.coder_view.keep(annotations)
        return self.place(annotations, report.info.fingerprint, report.document.text)

    def place(
        self, annotations: Sequence[Annotation], fingerprint: str, text: str
    ) -> list[tuple[Annotation, Anchor]]:
        """Where each of `annotations` stands in `text`, a report's cleaned text with
        `fingerprint` (as the library index keeps it): no report is read again."""
        from reader.core.annotations.anchoring import anchor_all  # not needed by a search

        return anchor_all(self._sidecar, annotations, fingerprint, text)

    def visible_annotations(self) -> list[Annotation]:
        """The annotations `coder_view` shows."""
        return self.coder_view.keep(self._sidecar.annotations.values())

    def tags(self) -> list[Tag]:
        """The codebook (a copy)."""
        return copy.deepcopy(self._sidecar.tags)

    def tag(self, name: str) -> Tag | None:
        found = self._sidecar.tag(name)
        return copy.deepcopy(found) if found is not None else None

    def tag_counts(self, every_coder: bool = False) -> dict[str, int]:
        """Annotations per tag (exact name): those `coder_view` shows, unless `every_coder`."""
        counts = {t.name: 0 for t in self._sidecar.tags}
        for annotation in self._sidecar.annotations.values() if every_coder else self.visible_annotations():
            for tag in annotation.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return counts

    def annotations_with_tag(self, name: str, every_coder: bool = False) -> list[Annotation]:
        """Passages coded with `name` or a tag below it (`整改` includes `整改/专项整治`):
        those `coder_view` shows, unless `every_coder`."""
        prefix = name + "/"
        pool = self._sidecar.annotations.values() if every_coder else self.visible_annotations()
        found = [a for a in pool if any(t == name or t.startswith(prefix) for t in a.tags)]
        return sorted(found, key=lambda a: (a.path, a.start, a.id))

    def snapshot(self) -> Sidecar:
        """A copy of everything the annotations file holds, for work off the UI thread
        (a save, an export): later changes do not reach it."""
        return self._sidecar.snapshot()

    # -- the annotations file -------------------------------------------------------------------
    @property
    def sidecar_location(self) -> Path:
        """Where the annotations are kept."""
        return self._store.path

    @property
    def sidecar_in_library(self) -> bool:
        """False when the library's folder cannot be written and the annotations are
        kept in the user's data folder instead."""
        return self._store.in_library

    def owns(self, path: Path) -> bool:
        """Whether `path` is the annotations file or one of its backups."""
        return self._store.owns(path)

    @property
    def read_only(self) -> bool:
        """Whether nothing more can be written until the user acts (a file that failed
        to parse, a link, a folder that cannot be written)."""
        return self._store.read_only

    @property
    def read_only_reason(self) -> str | None:
        """Why annotations cannot be changed now (None when they can)."""
        if not self.annotations_loaded:
            return SidecarError("loading").reason()
        return self._store.error.reason() if self._store.error is not None else None

    @property
    def notice(self) -> str | None:
        """Something the user should know about the annotations just read (an older
        file was merged with the copy of the last save), in the UI language."""
        recovered = self._store.recovered
        return recovered.reason() if recovered else None

    def read_annotations(self) -> Sidecar:
        """Slow for a large file written elsewhere (its schema is checked): what the
        annotations file holds, for `take_annotations`. Safe off the UI thread."""
        return self._store.load()

    def annotations_unreadable(self, reason: str) -> None:
        """Reading the annotations failed unexpectedly (`reason`): nothing may be
        written over the file; the library holds no annotations."""
        self._store.error = SidecarError("unreadable", reason)
        self.take_annotations(Sidecar())

    def take_annotations(self, sidecar: Sidecar) -> None:
        """Use `sidecar`, what `read_annotations` read."""
        self._sidecar = sidecar
        self.annotations_loaded = True
        if self._engine is not None:
            for word in sidecar.dictionary:
                self._engine.add_word(word)

    def changed_on_disk(self) -> bool:
        """Whether the annotations file changed since this library last read or wrote it."""
        return self._store.changed_on_disk()

    def save(self) -> bool:
        """Write the annotations, merged with the file on disk if that changed (True
        then: others' work came in)."""
        written = self._store.save(self._sidecar)
        merged, self._sidecar = written is not self._sidecar, written
        return merged

    def write(self, snapshot: Sidecar) -> Sidecar:
        """Write `snapshot` (a `snapshot()` taken on the UI thread) from a worker
        thread; what was written, merged with the file on disk if that changed, goes
        to `saved`."""
        return self._store.save(snapshot)

    def saved(self, snapshot: Sidecar, written: Sidecar) -> bool:
        """Take in `written`, what `write` wrote for `snapshot`. When the file on disk
        had changed, that holds others' work: it is merged in, and the changes made
        since the snapshot, newer, win. True then."""
        if written is snapshot:
            return False
        self._sidecar = merge(self._sidecar, written)
        return True

    def file_bytes(self) -> bytes:
        """The whole annotations file as it would be written now (File > Save As)."""
        return dumps(self._sidecar)

    def has_backups(self) -> bool:
        return bool(self._store.backups())

    def newest_good_backup(self) -> Path | None:
        return self._store.newest_good_backup()

    def restore_backup(self, backup: Path) -> bool:
        """Put `backup` in place of the unusable annotations file. Work held in memory
        (done before the file was damaged under us) is merged in; True when there is
        such work, which then still needs saving."""
        restored = self._store.restore_backup(backup)
        kept = self._sidecar
        self._sidecar = merge(restored, kept)
        return bool(kept.annotations or kept.deleted)

    # -- edits: each builds a Change, touching nothing; `apply` makes it ------------------
    def annotate(
        self, report: Report, start: int, end: int, tags: Sequence[str], note: str, author: str
    ) -> Change:
        self._require_writable()
        info, text = report.info, report.document.text
        return operations.annotate(
            self._sidecar, report.relpath, info.fingerprint, text, start, end, tags, note, author
        )

    def update_annotation(
        self, ann_id: str, tags: Sequence[str] | None = None, note: str | None = None
    ) -> Change:
        self._require_writable()
        return operations.update_annotation(self._sidecar, ann_id, tags, note)

    def delete_annotation(self, ann_id: str) -> Change:
        self._require_writable()
        return operations.delete_annotation(self._sidecar, ann_id)

    def add_tag(self, name: str, colour: str | None = None, description: str = "") -> Change:
        self._require_writable()
        return operations.add_tag(self._sidecar, name, colour, description)

    def edit_tag(self, name: str, colour: str | None = None, description: str | None = None) -> Change:
        self._require_writable()
        return operations.edit_tag(self._sidecar, name, colour, description)

    def rename_tag(self, old: str, new: str) -> Change:
        """Rename a tag and the tags below it; renaming onto an existing tag merges them."""
        self._require_writable()
        return operations.rename_tag(self._sidecar, old, new)

    def delete_tag(self, name: str) -> Change:
        """Remove a tag (and those below it) from the codebook and every annotation."""
        self._require_writable()
        return operations.delete_tag(self._sidecar, name)

    def set_wordlists(self, wordlists: Sequence[WordList]) -> Change:
        """Replace the word lists (SidecarError for a name or term with control characters)."""
        self._require_writable()
        return operations.set_wordlists(self._sidecar, wordlists)

    def add_dictionary_word(self, word: str) -> Change:
        """Teach the segmenter `word` (SidecarError for a word with control characters)."""
        self._require_writable()
        return operations.add_word(self._sidecar, word)

    def remove_dictionary_word(self, word: str) -> Change:
        """Forget a dictionary word (it stays in the segmenter until the library is
        opened again)."""
        self._require_writable()
        return operations.remove_word(self._sidecar, word)

    def _require_writable(self) -> None:
        if not self.annotations_loaded:
            raise SidecarError("loading")
        if self._store.error is not None:
            raise self._store.error

    def apply(self, change: Change, undo: bool = False) -> Change:
        """Make a change (or undo it); returns the change made (the inverse when
        undoing). Re-created annotations get a new `modified` time so that a merge
        with an older copy on disk keeps them."""
        self._require_writable()
        made = change.inverse() if undo else change
        sidecar = self._sidecar
        stamp = now()
        for ann_id, state in made.after.items():
            if state is None:
                sidecar.annotations.pop(ann_id, None)
                sidecar.deleted[ann_id] = stamp
            else:
                restored = copy.deepcopy(state)
                if undo or not change.keep_times:
                    restored.modified = stamp
                sidecar.annotations[ann_id] = restored
                sidecar.deleted.pop(ann_id, None)
        for fingerprint, text in made.texts.items():
            sidecar.texts.setdefault(fingerprint, text)
        if made.tags_after is not None:
            sidecar.set_tags(made.tags_after, stamp)
        if made.wordlists_after is not None:
            sidecar.set_wordlists(made.wordlists_after, stamp)
        for word in made.words_added:
            if sidecar.add_word(word, stamp) and self._engine is not None:
                self._engine.add_word(word)
        for word in made.words_removed:
            sidecar.remove_word(word, stamp)
        self.apply_casework(made, stamp)
        return made
