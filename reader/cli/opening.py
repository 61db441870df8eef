"""Libraries, reports and tags named on the command line, opened or refused with a
one-line reason."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reader.cli.messages import tr
from reader.cli.output import EXIT_PROBLEMS, EXIT_USAGE, error
from reader.core.problems import ReportError

if TYPE_CHECKING:
    from reader.core.library import Library
    from reader.core.reading.loader import Report

logger = logging.getLogger(__name__)


def library_folder(name: str) -> Path | None:
    """The library folder named on the command line, or None after saying what is wrong."""
    folder = Path(name)
    if not folder.is_dir():
        error(name, tr("no-folder") if not folder.exists() else tr("not-folder"))
        return None
    return folder


def load_or_complain(name: str) -> Report | None:
    from reader.core.reading.loader import load_report

    try:
        return load_report(Path(name))
    except ReportError as exc:
        error(name, exc.reason())
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        logger.debug("Unexpected error loading %s", name, exc_info=True)
        error(name, tr("internal", error=type(exc).__name__))
    return None


def open_annotations(name: str) -> Library | int:
    """The library when its annotations can be read; else, after saying why, the exit
    status to return."""
    from reader.core.library import Library

    folder = library_folder(name)
    if folder is None:
        return EXIT_USAGE
    session = Library(folder)
    if session.read_only_reason is not None:
        error(str(session.sidecar_location), session.read_only_reason)
        return EXIT_PROBLEMS
    return session


def indexed(name: str) -> Library | int:
    """The library with its index built (from the cache when fresh)."""
    session = open_annotations(name)
    if isinstance(session, int):
        return session
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total and done < total:
            sys.stderr.write("\r" + tr("indexing", done=done, total=total))
            sys.stderr.flush()

    from reader.core.library import IndexCacheError

    try:
        session.apply_index(session.index(progress=progress))
    except IndexCacheError as exc:
        error(name, exc.reason())
        return EXIT_PROBLEMS
    finally:
        if show:
            sys.stderr.write("\r\033[K")
    return session


def chosen_tags(session: Library, names: list[str]) -> frozenset[str] | Literal[False] | None:
    """The `--tag` options (None when there are none), each a tag of the library: in
    the codebook or on a passage, or a parent of one (整改 means itself and everything
    below it). False, after saying which, when one is not."""
    if not names:
        return None
    from reader.core.annotations.model import normalise_tag
    from reader.core.export.records import with_parents

    known = set(with_parents(session.tag_counts()))
    for name in names:
        if normalise_tag(name) not in known:
            error(name, tr("no-tag"))
            return False
    return frozenset(normalise_tag(name) for name in names)


def relpath_in(root: Path, name: str) -> str:
    """A report named on the command line as a path relative to the library."""
    path = Path(name)
    for candidate in (path, Path.cwd() / path):
        try:
            return candidate.resolve().relative_to(root.resolve()).as_posix()
        except (ValueError, OSError):
            continue
    return path.as_posix()
