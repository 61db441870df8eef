"""The open library: the one object the window talks to (no Qt here).

It scans the folder, loads reports, keeps the library's word lists and dictionary
words, and computes highlights. Methods marked slow run jieba or read every
report: the GUI calls them off the UI thread.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.analysis.search import Query, SearchCorpus, SearchError, SearchResult, search
from reader.core.annotations.anchoring import ORPHANED, Anchor, TextMap, reanchor
from reader.core.annotations.casework import CaseworkOps
from reader.core.annotations.change import Change
from reader.core.annotations.coders import EVERYONE, CoderView
from reader.core.annotations.merge import merge
from reader.core.annotations.model import (  # TagError is imported from here, too
    Annotation,
    Sidecar,
    SidecarError,
    Tag,
    TagError,
    check_name,
    make_annotation,
    normalise_tag,
    normalise_tags,
    now,
    text_only,
)
from reader.core.annotations.store import SidecarStore
from reader.core.export.records import Scope
from reader.core.index.library_index import IndexedReport, LibraryIndex, build_index
from reader.core.index.scan import ReportEntry, scan_library
from reader.core.problems import Problem
from reader.core.reading.loader import Report, load_report, load_showable
from reader.core.text.highlights import ReportHighlights, compute_highlights, wordlist_spans
from reader.core.text.keywords import (
    DEFAULT_TOP_K,
    LIBRARY_IDF_MIN_REPORTS,
    IdfTable,
    KeywordEngine,
)
from reader.core.text.wordlists import PALETTE, WordList

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class IndexResult:
    """What the background pass over every report found."""

    dates: dict[str, str] = field(default_factory=dict)  # relpath -> ISO date ('' when none)
    problems: list[Problem] = field(default_factory=list)
    idf: IdfTable | None = None
    cancelled: bool = False
    index: LibraryIndex | None = None
    corpus: SearchCorpus | None = None


class Library(CaseworkOps):
    def __init__(self, root: Path, read_only: bool = False, load_annotations: bool = True) -> None:
        """Scan `root`; read its annotations too unless `load_annotations` is False
        (the window reads them on a worker thread, then calls `take_annotations`)."""
        self.root = Path(root)
        scan = scan_library(self.root)
        self.entries: list[ReportEntry] = scan.entries
        self.scan_problems: list[Problem] = scan.problems
        self.load_problems: list[Problem] = []
        self.store = SidecarStore(self.root, read_only)
        self.sidecar = Sidecar()
        self.coder_view: CoderView = EVERYONE  # whose annotations are shown (reader.core.annotations.coders)
        self.annotations_loaded = False
        self.idf: IdfTable | None = None
        self.library_index: LibraryIndex | None = None
        self.corpus: SearchCorpus | None = None
        self._engine: KeywordEngine | None = None
        self._engine_lock = threading.Lock()
        if load_annotations:
            self.take_annotations(self.store.load())

    # -- reports ------------------------------------------------------------------
    @property
    def problems(self) -> list[Problem]:
        return self.scan_problems + self.load_problems

    @property
    def notice(self) -> str | None:
        """Something the user should know about the annotations just read (an older
        file was merged with the copy of the last save), in the UI language."""
        recovered = self.store.recovered
        return recovered.reason() if recovered else None

    @property
    def read_only_reason(self) -> str | None:
        """Why annotations cannot be changed now (None when they can)."""
        if not self.annotations_loaded:
            return SidecarError("loading").reason()
        return self.store.error.reason() if self.store.error is not None else None

    def entry_for(self, path: Path) -> ReportEntry | None:
        resolved = Path(path).resolve()
        return next((e for e in self.entries if e.path.resolve() == resolved), None)

    def load(self, entry: ReportEntry) -> Report:
        """Read and clean one report (raises ReportError with a reason)."""
        return load_report(entry.path, self.root)

    def load_to_show(self, entry: ReportEntry) -> Report:
        """A report for the reader pane: as `load`, but a report too large to show is
        refused with a reason (a file too large is not even read; a large one is
        cleaned in a child process: `load_showable`)."""
        return load_showable(entry.path, self.root, entry.size)

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
            list(self.sidecar.dictionary),
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
            self.library_index = result.index
            self.corpus = result.corpus

    # -- library search ------------------------------------------------------------------
    def search(self, query: Query) -> SearchResult:
        """Search the indexed library (index() must have run; raises SearchError)."""
        if self.library_index is None:
            raise SearchError("not-indexed")
        tagged = None
        if query.tags:
            tagged = self._tagged_spans(query.tags)
        return search(self.library_index, query, tagged, self.corpus)

    def _tagged_spans(self, tags: frozenset[str]) -> Callable[[IndexedReport], list[tuple[int, int]]]:
        """The spans of passages with `tags` (or tags below them) in an indexed report."""
        scope = Scope(tags=tags)

        def spans(report: IndexedReport) -> list[tuple[int, int]]:
            shown = self.coder_view.keep(self.sidecar.for_report(report.relpath))
            chosen = [a for a in shown if scope.takes(a)]
            pairs = self._anchor_all(chosen, report.fingerprint, report.text or "")
            return [(a.start, a.end) for _annotation, a in pairs if a.status != ORPHANED]

        return spans

    def tag_passages(self, tag: str) -> list[str]:
        """The current text of every passage with `tag` (or a tag below it)."""
        if self.library_index is None:
            return []
        spans_of = self._tagged_spans(frozenset({tag}))
        passages = []
        for path in sorted({a.path for a in self.annotations_with_tag(tag)}):
            report = self.library_index.by_path.get(path)
            if report is not None and report.text:
                passages += [report.text[s:e] for s, e in spans_of(report)]
        return passages

    # -- keywords and word lists ----------------------------------------------------
    def engine(self) -> KeywordEngine:
        """The keyword engine (slow the first time: loads jieba's dictionary)."""
        with self._engine_lock:
            if self._engine is None:
                # jieba alone: one report at a time needs no fast backend (about 60 MB)
                self._engine = KeywordEngine(self.sidecar.dictionary, fast=False)
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
            wordlists=self.sidecar.wordlists,
            entities=entities,
        )

    def wordlist_highlights(self, report: Report) -> ReportHighlights:
        """Fast: word-list matches only (shown before the keywords are ready)."""
        return ReportHighlights([], wordlist_spans(report.document.text, self.sidecar.wordlists))

    def set_wordlists(self, wordlists: Sequence[WordList]) -> None:
        """Replace the library's word lists (saved with the annotations; a removed list
        leaves a tombstone). SidecarError for a name or term with control characters."""
        self._require_writable()
        for wordlist in wordlists:
            check_name(wordlist.name)
            for term in wordlist.terms:
                check_name(term)
        self.sidecar.set_wordlists(list(wordlists), now())

    def add_dictionary_word(self, word: str) -> None:
        """Teach the segmenter `word` (saved with the annotations). SidecarError for a
        word with control characters."""
        word = word.strip()
        self._require_writable()
        added = bool(word) and self.sidecar.add_word(check_name(word), now())
        if added and self._engine is not None:
            self._engine.add_word(word)

    def remove_dictionary_word(self, word: str) -> bool:
        """Forget a dictionary word (a tombstone keeps another copy from bringing it
        back); it stays in the segmenter until the library is opened again."""
        self._require_writable()
        return self.sidecar.remove_word(word, now())

    # -- annotations -------------------------------------------------------------------
    def save(self) -> None:
        """Write the sidecar (merged with the file on disk if that changed)."""
        self.sidecar = self.store.save(self.sidecar)

    def saved(self, snapshot: Sidecar, written: Sidecar) -> bool:
        """Take in `written`, what `SidecarStore.save` wrote for `snapshot` (a
        `Sidecar.snapshot` saved in the background). When the file on disk had changed,
        that holds others' work: it is merged into the sidecar, whose own changes since
        the snapshot are newer and win. True then."""
        if written is snapshot:
            return False
        self.sidecar = merge(self.sidecar, written)
        return True

    def restore_backup(self, backup: Path) -> bool:
        """Put `backup` in place of the unusable sidecar file. Work held in memory (done
        before the file was damaged under us) is merged in; True when there is such
        work, which then still needs saving."""
        restored = self.store.restore_backup(backup)
        kept = self.sidecar
        self.sidecar = merge(restored, kept)
        return bool(kept.annotations or kept.deleted)

    def take_annotations(self, sidecar: Sidecar) -> None:
        """Use `sidecar`, what `store.load()` read (slow for a large file that was
        written elsewhere: its schema is checked)."""
        self.sidecar = sidecar
        self.annotations_loaded = True
        if self._engine is not None:
            for word in sidecar.dictionary:
                self._engine.add_word(word)

    def _require_writable(self) -> None:
        if not self.annotations_loaded:
            raise SidecarError("loading")
        if self.store.error is not None:
            raise self.store.error

    def anchored(self, report: Report, every_coder: bool = False) -> list[tuple[Annotation, Anchor]]:
        """The report's annotations (those `coder_view` shows, unless `every_coder`) and
        where each stands in its current text."""
        annotations = self.sidecar.for_report(report.relpath)
        if not every_coder:
            annotations = self.coder_view.keep(annotations)
        return self._anchor_all(annotations, report.info.fingerprint, report.document.text)

    def place(
        self, annotations: Sequence[Annotation], fingerprint: str, text: str
    ) -> list[tuple[Annotation, Anchor]]:
        """Where each of `annotations` stands in `text`, a report's cleaned text with
        `fingerprint` (as the library index keeps it): no report is read again."""
        return self._anchor_all(annotations, fingerprint, text)

    def _anchor_all(
        self, annotations: Sequence[Annotation], fingerprint: str, text: str
    ) -> list[tuple[Annotation, Anchor]]:
        """Where each annotation stands in `text` (the cleaned text with `fingerprint`):
        by its offsets when it was made on this text, else through a diff of the text it
        was made on (one diff per old text)."""
        maps: dict[str, TextMap] = {}
        result = []
        for annotation in annotations:
            mapping = None
            if annotation.fingerprint != fingerprint:
                old = self.sidecar.texts.get(annotation.fingerprint)
                if old is not None:
                    if annotation.fingerprint not in maps:
                        maps[annotation.fingerprint] = TextMap(old, text)
                    mapping = maps[annotation.fingerprint]
            result.append((annotation, reanchor(annotation, text, mapping)))
        return result

    def annotate(
        self, report: Report, start: int, end: int, tags: Sequence[str], note: str, author: str
    ) -> Change:
        self._require_writable()
        annotation = make_annotation(
            report.relpath,
            report.info.fingerprint,
            report.document.text,
            start,
            end,
            list(tags),
            note,
            author,
        )
        self.sidecar.texts[report.info.fingerprint] = report.document.text
        tags_before = self._tags()
        self.sidecar.ensure_tags(annotation.tags, PALETTE)
        return Change({annotation.id: None}, {annotation.id: annotation}, tags_before, self._tags())

    def update_annotation(
        self, ann_id: str, tags: Sequence[str] | None = None, note: str | None = None
    ) -> Change:
        self._require_writable()
        before = self.sidecar.annotations[ann_id]
        after = copy.deepcopy(before)
        if tags is not None:
            after.tags = normalise_tags(list(tags))
        if note is not None:
            after.note = text_only(note)
        after.modified = now()
        tags_before = self._tags()
        self.sidecar.ensure_tags(after.tags, PALETTE)
        return Change({ann_id: copy.deepcopy(before)}, {ann_id: after}, tags_before, self._tags())

    def delete_annotation(self, ann_id: str) -> Change:
        self._require_writable()
        return Change({ann_id: copy.deepcopy(self.sidecar.annotations[ann_id])}, {ann_id: None})

    # -- the codebook --------------------------------------------------------------------
    def visible_annotations(self) -> list[Annotation]:
        """The annotations `coder_view` shows."""
        return self.coder_view.keep(self.sidecar.annotations.values())

    def tag_counts(self, every_coder: bool = False) -> dict[str, int]:
        """Annotations per tag (exact name): those `coder_view` shows, unless `every_coder`."""
        counts = {t.name: 0 for t in self.sidecar.tags}
        for annotation in self.sidecar.annotations.values() if every_coder else self.visible_annotations():
            for tag in annotation.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return counts

    def annotations_with_tag(self, name: str, every_coder: bool = False) -> list[Annotation]:
        """Passages coded with `name` or a tag below it (`整改` includes `整改/专项整治`):
        those `coder_view` shows, unless `every_coder`."""
        prefix = name + "/"
        found = [
            a
            for a in (self.sidecar.annotations.values() if every_coder else self.visible_annotations())
            if any(t == name or t.startswith(prefix) for t in a.tags)
        ]
        return sorted(found, key=lambda a: (a.path, a.start, a.id))

    def add_tag(self, name: str, colour: str | None = None, description: str = "") -> Change:
        self._require_writable()
        name = normalise_tag(name)
        if not name:
            raise TagError("empty")
        if self.sidecar.tag(name) is not None:
            raise TagError("exists", name)
        tags = [
            *self._tags(),
            Tag(name, colour or PALETTE[len(self.sidecar.tags) % len(PALETTE)], description),
        ]
        return Change({}, {}, self._tags(), tags)

    def edit_tag(self, name: str, colour: str | None = None, description: str | None = None) -> Change:
        self._require_writable()
        tags = self._tags()
        for tag in tags:
            if tag.name == name:
                tag.colour = colour or tag.colour
                tag.description = tag.description if description is None else description
        return Change({}, {}, self._tags(), tags)

    def rename_tag(self, old: str, new: str) -> Change:
        """Rename a tag and the tags below it; renaming onto an existing tag merges them."""
        self._require_writable()
        new = normalise_tag(new)
        if not new:
            raise TagError("empty")

        def renamed(tag: str) -> str:
            if tag == old:
                return new
            return new + tag[len(old) :] if tag.startswith(old + "/") else tag

        before, after = self._retag(lambda tags: normalise_tags([renamed(t) for t in tags]))
        tags_after: list[Tag] = []
        for tag in self._tags():
            name = renamed(tag.name)
            if all(t.name != name for t in tags_after):
                tags_after.append(Tag(name, tag.colour, tag.description))
        return Change(before, after, self._tags(), tags_after)

    def delete_tag(self, name: str) -> Change:
        """Remove a tag (and those below it) from the codebook and every annotation;
        the passages stay annotated."""
        self._require_writable()
        prefix = name + "/"
        before, after = self._retag(lambda tags: [t for t in tags if t != name and not t.startswith(prefix)])
        tags_after = [t for t in self._tags() if t.name != name and not t.name.startswith(prefix)]
        return Change(before, after, self._tags(), tags_after)

    def _retag(
        self, retag: Callable[[list[str]], list[str]]
    ) -> tuple[dict[str, Annotation | None], dict[str, Annotation | None]]:
        """Before and after states of every annotation whose tags `retag` changes."""
        before: dict[str, Annotation | None] = {}
        after: dict[str, Annotation | None] = {}
        stamp = now()
        for annotation in self.sidecar.annotations.values():
            tags = retag(annotation.tags)
            if tags != annotation.tags:
                before[annotation.id] = copy.deepcopy(annotation)
                changed = copy.deepcopy(annotation)
                changed.tags, changed.modified = tags, stamp
                after[annotation.id] = changed
        return before, after

    def _tags(self) -> list[Tag]:
        return copy.deepcopy(self.sidecar.tags)

    # -- applying changes ------------------------------------------------------------------
    def apply(self, change: Change, undo: bool = False) -> None:
        """Make a change (or undo it) in the sidecar. Re-created annotations get a new
        `modified` time so that a merge with an older copy on disk keeps them."""
        self._require_writable()
        states = change.before if undo else change.after
        stamp = now()
        for ann_id, state in states.items():
            if state is None:
                self.sidecar.annotations.pop(ann_id, None)
                self.sidecar.deleted[ann_id] = stamp
            else:
                restored = copy.deepcopy(state)
                if undo or not change.keep_times:
                    restored.modified = stamp
                self.sidecar.annotations[ann_id] = restored
                self.sidecar.deleted.pop(ann_id, None)
        tags = change.tags_before if undo else change.tags_after
        if tags is not None:
            self.sidecar.set_tags(tags, stamp)
        self.apply_casework(change, undo, stamp)
