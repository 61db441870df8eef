"""Writing to the terminal: exit statuses, one-line errors, JSON, printable paths."""

from __future__ import annotations

import json
import os
import sys
from typing import TextIO

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as printable text: undecodable bytes in file names become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def error(path: str, message: str) -> None:
    """One line on stderr: `reader: PATH: MESSAGE`."""
    sys.stderr.write(f"reader: {display_path(path)}: {message}\n")
    sys.stderr.flush()


def write_json(value: object, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    out.flush()


def utf8_streams() -> None:
    """Chinese output whatever the console's locale; nothing unprintable aborts a run."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
