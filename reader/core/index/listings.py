"""A library's reports before and after its folder is scanned: the reports its index
cache lists (`entries_from_cache`: the sidebar shows them at once), titles for the
reports the cache does not know as they are now (`listings_for`), and what a scan
changed (`compare_entries`)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.index.cache import Listing
from reader.core.index.scan import ReportEntry, ScanResult, scan_library
from reader.core.problems import Problem
from reader.core.reading.listing import peek_listing

Listings = dict[str, Listing]


@dataclass(slots=True)
class EntryChanges:
    """What a scan found changed since the reports listed before: reports added,
    removed, and changed (the same relative path, another size, modification time
    or folder; the entry as it is now)."""

    added: list[ReportEntry] = field(default_factory=list)
    removed: list[ReportEntry] = field(default_factory=list)
    changed: list[ReportEntry] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def entries_from_cache(root: Path, listings: Listings) -> list[ReportEntry]:
    """The reports the index cache lists, as a scan of `root` found them when the
    cache was written (nothing is read or listed; in the cache's order, not sorted:
    the sidebar sorts its rows, and a scan puts them in its order)."""
    prefix = str(root) + os.sep
    return [
        ReportEntry(prefix + relpath.replace("/", os.sep), relpath, known[5], known[0], known[1])
        for relpath, known in listings.items()
    ]


def listings_for(entries: Sequence[ReportEntry], cached: Listings) -> Listings:
    """A listing for each of `entries`: the cached one while it is of the file as it
    is (size and modification time), else number and title from the file's first
    line (4 KB read), else its name. Slow for many new files: off the UI thread."""
    listings: Listings = {}
    for entry in entries:
        known = cached.get(entry.relpath)
        if known is not None and known[0] == entry.size and known[1] == entry.mtime_ns and known[3]:
            listings[entry.relpath] = known
            continue
        peeked = peek_listing(entry.path)
        title = peeked.title if peeked and peeked.title else entry.path.stem
        number = peeked.number if peeked else None
        listings[entry.relpath] = (entry.size, entry.mtime_ns, number, title, "", entry.category)
    return listings


def compare_entries(before: Sequence[ReportEntry], after: Sequence[ReportEntry]) -> EntryChanges:
    """What changed from the reports `before` to those `after` (by relative path)."""
    if not before:
        return EntryChanges(added=list(after))
    old = {e.relpath: e for e in before}
    new = {e.relpath: e for e in after}
    changes = EntryChanges(removed=[e for e in before if e.relpath not in new])
    for entry in after:
        known = old.get(entry.relpath)
        if known is None:
            changes.added.append(entry)
        elif known != entry:
            changes.changed.append(entry)
    return changes


class ListingOps:
    """The library's reports before and after a scan, mixed into `Library`: the
    window scans with `scan_folder` off the UI thread and hands the result to
    `take_scan` on it."""

    root: Path
    entries: list[ReportEntry]
    scan_problems: list[Problem]
    listings: Listings  # relpath -> number, title, date… as the sidebar shows them
    scanned: bool  # whether `entries` are the folder as scanned, not as the cache listed it

    def scan_folder(self) -> tuple[ScanResult, Listings]:
        """Slow (one stat per file; a read of each file the cache does not know as it
        is): the folder as it is now and the listings of its reports, for
        `take_scan`. Changes nothing: safe off the UI thread."""
        scan = scan_library(self.root)
        return scan, listings_for(scan.entries, self.listings)

    def take_scan(self, scan: ScanResult, listings: Listings | None = None) -> EntryChanges:
        """Use `scan` (and its `listings`), what `scan_folder` found; returns what
        changed since the reports held before (those the index cache listed)."""
        changes = compare_entries(self.entries, scan.entries)
        self.entries, self.scan_problems, self.scanned = scan.entries, scan.problems, True
        if listings is not None:
            self.listings = listings
        return changes
