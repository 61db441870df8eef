"""The verbs of the `reader` command, in the order `--help` and the README list them.

A new verb is a module of `reader.cli` with a `COMMAND` plus one line here.
"""

from __future__ import annotations

from reader.cli import (
    agreement,
    annotations,
    check,
    export,
    import_file,
    info,
    merge_driver,
    outline,
    phrases,
    search,
    similar,
    stats,
    text,
)
from reader.cli.command import Command

COMMANDS: tuple[Command, ...] = (
    text.COMMAND,
    info.COMMAND,
    check.COMMAND,
    annotations.COMMAND,
    export.COMMAND,
    import_file.COMMAND,
    search.COMMAND,
    stats.COMMAND,
    agreement.COMMAND,
    outline.COMMAND,
    similar.COMMAND,
    phrases.COMMAND,
    merge_driver.COMMAND,
)
NAMES: tuple[str, ...] = tuple(c.name for c in COMMANDS)


def command(name: str) -> Command | None:
    """The verb called `name`, or None."""
    return next((c for c in COMMANDS if c.name == name), None)
