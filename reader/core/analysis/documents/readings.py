"""A library's shared passages, numbered formulations and stock phrases, computed in
one pass over the index's texts and kept in the user cache folder.

    readings = library_readings(root, index.reports, progress, cancelled)
    readings.similar("a/b.txt")        # reports sharing most of its characters
    readings.carriers(passage)         # every report carrying it, earliest first
    readings.formulations, readings.phrases

The cache file (`~/.cache/report-reader/documents/`) is keyed by every report's
path, fingerprint, title and date: a changed, added or removed report makes it
stale, and it is computed again. A cache that cannot be read or written is
ignored (the readings are computed, not kept).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from reader import __version__
from reader.core.analysis.formulations import Formulation, Spread, numbered_formulations, stock_phrases
from reader.core.analysis.reuse import Occurrence, ReuseLibrary, SharedPassage, SimilarReport
from reader.core.analysis.reuse.library import similar_reports
from reader.core.reading.dates import ReportDate, parse_iso
from reader.core.storage import atomic_write_bytes, user_cache_path

logger = logging.getLogger(__name__)

#: Bump when what is computed or how it is stored changes.
FORMAT = 1
#: Steps after the texts are read: the passages' four, formulations, stock phrases.
_PASSAGE_STEPS = 4
_LATER_STEPS = _PASSAGE_STEPS + 2

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The computation was cancelled (nothing is cached)."""


class SourceReport(Protocol):
    """What the readings need of a report (an `IndexedReport` has it)."""

    relpath: str
    title: str
    date: str
    fingerprint: str
    problem: object

    @property
    def text(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ReportInfo:
    key: str
    title: str
    date: str  # ISO 8601 as the index has it ('2019-07-29', '--06-03' or '')
    length: int


@dataclass(slots=True)
class LibraryReadings:
    """What was found; every key is a report's path relative to the library."""

    reports: dict[str, ReportInfo] = field(default_factory=dict)
    passages: list[SharedPassage] = field(default_factory=list)
    formulations: list[Formulation] = field(default_factory=list)
    phrases: list[Formulation] = field(default_factory=list)
    _by_report: dict[str, list[SharedPassage]] | None = None

    def similar(self, key: str, top: int = 20) -> list[SimilarReport]:
        """The reports sharing most characters with report `key`, most first."""
        info = self.reports.get(key)
        return similar_reports(self.passages_of(key), key, info.length if info else 0, top)

    def passages_of(self, key: str) -> list[SharedPassage]:
        """The shared passages report `key` carries, in the order of the library's list."""
        if self._by_report is None:
            by_report: dict[str, list[SharedPassage]] = {}
            for passage in self.passages:
                for report in dict.fromkeys(passage.reports):
                    by_report.setdefault(report, []).append(passage)
            self._by_report = by_report
        return self._by_report.get(key, [])

    def carriers(self, passage: SharedPassage) -> list[Occurrence]:
        """Every occurrence of `passage`, earliest report first (undated reports last)."""
        return sorted(passage.occurrences, key=lambda o: (_date_key(self._date(o.report)), o.report, o.start))

    def shared_between(self, key_a: str, key_b: str) -> list[SharedPassage]:
        """The passages both reports carry."""
        return [p for p in self.passages_of(key_a) if key_b in p.reports]

    def _date(self, key: str) -> ReportDate | None:
        info = self.reports.get(key)
        return parse_iso(info.date) if info and info.date else None

    def as_json(self) -> dict[str, object]:
        return {
            "reports": [[r.key, r.title, r.date, r.length] for r in self.reports.values()],
            "passages": [p.as_json() for p in self.passages],
            "formulations": [formulation_json(f) for f in self.formulations],
            "phrases": [formulation_json(f) for f in self.phrases],
        }

    @classmethod
    def from_json(cls, data: dict) -> LibraryReadings:
        reports = {str(k): ReportInfo(str(k), str(t), str(d), int(n)) for k, t, d, n in data["reports"]}
        return cls(
            reports,
            [SharedPassage.from_json(p) for p in data["passages"]],
            [formulation_from_json(f) for f in data["formulations"]],
            [formulation_from_json(f) for f in data["phrases"]],
        )


def formulation_json(formulation: Formulation) -> dict[str, object]:
    """A formulation as stored (its `as_json`, with the undated reports too)."""
    return {**formulation.as_json(), "undated_reports": formulation.spread.undated_reports}


def formulation_from_json(data: dict) -> Formulation:
    spread = Spread(
        [(str(m), int(n), int(r)) for m, n, r in data["months"]],
        int(data.get("undated", 0)),
        int(data.get("undated_reports", 0)),
    )
    first = data.get("first_date")
    return Formulation(
        str(data["text"]),
        str(data["kind"]),
        int(data["count"]),
        int(data["reports"]),
        parse_iso(first) if first else None,
        data.get("first_report"),
        spread,
    )


def _date_key(date: ReportDate | None) -> tuple[int, int, int, int]:
    if date is None or date.year is None:
        return (1, 0, 0, 0)
    return (0, date.year, date.month, date.day)


def compute_readings(
    reports: Sequence[SourceReport],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LibraryReadings:
    """Read every readable report's text and find what the library shares. `progress`
    is told (done, total) steps; `cancelled` is asked between them (Cancelled)."""
    readable = [r for r in reports if r.problem is None]
    total = len(readable) + _LATER_STEPS
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled
        done = min(done + 1, total)
        if progress is not None:
            progress(done, total)

    library = ReuseLibrary()
    texts: list[tuple[str, str, ReportDate | None]] = []
    infos: dict[str, ReportInfo] = {}
    for report in readable:
        text = report.text
        step()
        if text is None:
            continue
        date = parse_iso(report.date) if report.date else None
        library.add(report.relpath, text, date)
        texts.append((report.relpath, text, date))
        infos[report.relpath] = ReportInfo(report.relpath, report.title, report.date, len(text))
    passages = library.passages(lambda _name: step())
    while done < len(readable) + _PASSAGE_STEPS:  # fewer than two reports skip the steps
        step()
    formulations = numbered_formulations(texts)
    step()
    phrases = stock_phrases(texts)
    step()
    return LibraryReadings(infos, passages, formulations, phrases)


def cache_path(root: Path) -> Path:
    key = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:16]
    name = "".join(c if c.isalnum() else "_" for c in Path(root).name)[:40] or "library"
    return user_cache_path() / "documents" / f"{name}-{key}.json"


def readings_key(reports: Iterable[SourceReport]) -> str:
    """What the readings depend on: the app, this format and every report's identity."""
    digest = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    for r in sorted(reports, key=lambda r: r.relpath):
        if r.problem is None:
            digest.update("\0".join((r.relpath, r.fingerprint, r.title, r.date)).encode("utf-8", "replace"))
            digest.update(b"\1")
    return digest.hexdigest()


def cached_readings(root: Path, reports: Sequence[SourceReport]) -> LibraryReadings | None:
    """The readings kept for exactly these reports, or None."""
    try:
        data = json.loads(cache_path(root).read_bytes())
        if data.get("key") != readings_key(reports):
            return None
        return LibraryReadings.from_json(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def library_readings(
    root: Path,
    reports: Sequence[SourceReport],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LibraryReadings:
    """The cached readings when they are of these reports, else computed and kept."""
    readings = cached_readings(root, reports)
    if readings is not None:
        return readings
    readings = compute_readings(reports, progress, cancelled)
    data = {"key": readings_key(reports), **readings.as_json()}
    with contextlib.suppress(OSError):  # an unusable cache folder: computed each time
        atomic_write_bytes(cache_path(root), json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return readings
