"""Auto-coding: proposed annotations from rules or from a library search, for review.

Nothing is written here. `propose` runs rules over reports, `propose_from_search`
turns a search's hits into proposals; the person reviewing keeps some, and
`reader.core.analysis.autocode.review.accept` makes them annotations as one change.

Each hit becomes a proposal on the hit itself, its sentence or its paragraph (see
`units`). Proposals are deduplicated per tag: hits that give the same span make one
proposal (it lists them all in `matches`); a proposal inside another of the same tag
is merged into it; and a proposal inside an existing annotation with that tag (or a
tag below it) is not made (`already_coded` counts them).

Terms are found all at once by one Aho-Corasick automaton (pyahocorasick) over the
width-folded text, so the cost hardly grows with the number of terms; each regular
expression is one more pass over the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from itertools import chain
from typing import Any, Protocol

import numpy as np

from reader.core.analysis.autocode.proposals import (
    ExistingSpans,
    Gatherer,
    Match,
    Owner,
    Proposal,
    Proposals,
    ProposalSet,
)
from reader.core.analysis.autocode.provenance import HIT, SEARCH, UNITS
from reader.core.analysis.autocode.rules import Rule, RuleFileError, compile_pattern, notation
from reader.core.analysis.search import REGEX, SearchCorpus, SearchResult
from reader.core.annotations.model import normalise_tag
from reader.core.text.folding import fold1

__all__ = [
    "ExistingSpans",
    "LibrarySources",
    "Match",
    "Proposal",
    "ProposalSet",
    "Proposals",
    "RuleMatcher",
    "Source",
    "existing_from",
    "propose",
    "propose_from_search",
]

#: (relpath, fingerprint, cleaned text) of a report, optionally with its
#: `fold1`-folded text as a fourth item (the library index has it).
Source = tuple[str, str, str] | tuple[str, str, str, str | None]
Progress = Callable[[int, int], None]
PAGE = 200  # reports read from the index at a time


class RuleMatcher:
    """Rules made ready to run: one automaton for all terms, each pattern compiled.
    A hit names its *owner*: `owners[n]` is (rule, term or pattern as written, regex)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self.owners: list[Owner] = []
        words: dict[str, list[int]] = {}
        self._patterns: list[tuple[int, Any]] = []
        for rule in self.rules:
            for term in rule.terms:
                key = fold1(term.strip())
                if key:
                    words.setdefault(key, []).append(len(self.owners))
                    self.owners.append((rule, term, False))
            for pattern in rule.patterns:
                self._patterns.append((len(self.owners), compile_pattern(pattern, rule.line)))
                self.owners.append((rule, notation(pattern, True), True))
        counts = [len(owners) for owners in words.values()]
        self._length = np.array([len(key) for key in words], dtype=np.int64)
        self._offset = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self._flat = np.array([o for owners in words.values() for o in owners], dtype=np.int64)
        self._shared = any(n > 1 for n in counts)  # a term in several rules
        self._automaton: Any = None
        if words:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for number, key in enumerate(words):
                automaton.add_word(key, number)
            automaton.make_automaton()
            self._automaton = automaton

    def hits(self, folded: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Owners, starts and ends of every hit in a folded text (arrays)."""
        parts = []
        if self._automaton is not None:
            found = list(self._automaton.iter(folded))  # (last character, term number)
            if found:
                flat = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=2 * len(found))
                keys, end = flat[1::2], flat[0::2] + 1
                start = end - self._length[keys]
                if self._shared:
                    per_key = self._offset[keys + 1] - self._offset[keys]
                    row = np.repeat(np.arange(len(keys)), per_key)
                    within = np.arange(len(row)) - np.repeat(np.cumsum(per_key) - per_key, per_key)
                    owner = self._flat[self._offset[keys][row] + within]
                    start, end = start[row], end[row]
                else:
                    owner = self._flat[keys]
                parts.append((owner, start, end))
        for owner_number, pattern in self._patterns:
            spans = [m.span() for m in pattern.finditer(folded) if m.end() > m.start()]
            if spans:
                found_spans = np.array(spans, dtype=np.int64)
                owner = np.full(len(spans), owner_number, dtype=np.int64)
                parts.append((owner, found_spans[:, 0], found_spans[:, 1]))
        if not parts:
            return (np.zeros(0, dtype=np.int64),) * 3  # type: ignore[return-value]
        owner, start, end = (np.concatenate(column) for column in zip(*parts, strict=True))
        return owner, start, end


def propose(
    sources: Iterable[Source],
    rules: Sequence[Rule] | RuleMatcher,
    unit: str = HIT,
    existing: ExistingSpans | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
) -> ProposalSet:
    """Proposals of `rules` over `sources` (see the module doc). `progress(done,
    total)` is called now and then (`total` 0 when unknown); when `cancelled()`
    turns true the run stops and returns what it found, marked cancelled."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    matcher = rules if isinstance(rules, RuleMatcher) else RuleMatcher(rules)
    if total is None:
        total = len(sources) if isinstance(sources, Sized) else 0
    result = ProposalSet()
    gatherer = Gatherer(matcher.owners, unit, existing)
    step = max(1, total // 100) if total else 100
    done = 0
    for source in sources:
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        relpath, fingerprint, text = source[0], source[1], source[2]
        folded = source[3] if len(source) > 3 else None
        gatherer.add(relpath, fingerprint, text, matcher.hits(folded if folded is not None else fold1(text)))
        done += 1
        result.reports = done
        if progress is not None and done % step == 0:
            progress(done, total)
    gatherer.finish(result)
    if progress is not None and not result.cancelled:
        progress(done, total or done)
    return result


class LibrarySources:
    """The readable reports of an indexed library, or of one folder of it, as sources
    (each text read from the index's cache when its turn comes, and folded then)."""

    def __init__(self, corpus: SearchCorpus, folder: str | None = None) -> None:
        prefix = folder.strip("/") + "/" if folder and folder.strip("/") else ""
        self.corpus = corpus
        self.chosen = [i for i, r in enumerate(corpus.reports) if r.relpath.startswith(prefix)]

    def __len__(self) -> int:
        return len(self.chosen)

    def __iter__(self) -> Iterator[Source]:
        """Each report with its text and folded text, read a page at a time."""
        reports = self.corpus.reports
        cache = self.corpus.index.cache
        for at in range(0, len(self.chosen), PAGE):
            page = [reports[i] for i in self.chosen[at : at + PAGE]]
            read = cache.texts_folded([r.id for r in page])
            for report in page:
                if report.id in read:
                    text, folded = read[report.id]
                    yield report.relpath, report.fingerprint, text, folded
                else:  # not in the cache (any more): as the report says
                    yield report.relpath, report.fingerprint, report.text or ""


def propose_from_search(
    result: SearchResult,
    tag: str,
    unit: str = HIT,
    existing: ExistingSpans | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ProposalSet:
    """Proposals with `tag` on the hits of a library search ("Tag all hits…")."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    name = normalise_tag(tag)
    if not name:
        raise RuleFileError("no-tag")
    query = result.query
    regex = query.mode == REGEX
    mode = query.mode + (", exact" if query.exact else "")
    rule = Rule(name, () if regex else (query.text,), (query.text,) if regex else (), mode, source=SEARCH)
    gatherer = Gatherer([(rule, notation(query.text, regex), regex)], unit, existing)
    proposals = ProposalSet()
    total = len(result.reports)
    for done, group in enumerate(result.reports, start=1):
        if cancelled is not None and cancelled():
            proposals.cancelled = True
            break
        report = group.report
        if report.text is not None and group.hits:
            spans = np.array(group.hits, dtype=np.int64).reshape(-1, 2)
            owner = np.zeros(len(spans), dtype=np.int64)
            gatherer.add(report.relpath, report.fingerprint, report.text, (owner, spans[:, 0], spans[:, 1]))
        proposals.reports = done
        if progress is not None:
            progress(done, total)
    return gatherer.finish(proposals)


class Placed(Protocol):
    """An annotation placed in its report's current text (a `Passage` is one)."""

    report: str
    start: int
    end: int
    tags: Sequence[str]


def existing_from(passages: Iterable[Placed]) -> ExistingSpans:
    """`ExistingSpans` from placed annotations (e.g. `passages_from_export(collect(...))`)."""
    by_report: dict[str, list[tuple[int, int, Sequence[str]]]] = {}
    for p in passages:
        by_report.setdefault(p.report, []).append((p.start, p.end, tuple(p.tags)))
    return lambda relpath, _fingerprint, _text: by_report.get(relpath, [])
