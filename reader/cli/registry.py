"""The verbs of the `reader` command, in the order `--help` and the README list them.

A new verb is a module of `reader.cli` with a `COMMAND` plus one line here. A verb's
module is imported only when that verb runs: `reader search` never loads what
`reader export` needs (the export formats alone took a seventh of a second).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.cli.command import Command

#: verb -> the module of `reader.cli` that defines its COMMAND
MODULES: dict[str, str] = {
    "text": "text",
    "info": "info",
    "check": "check",
    "annotations": "annotations",
    "export": "export",
    "import": "import_file",
    "search": "search",
    "stats": "stats",
    "agreement": "agreement",
    "outline": "outline",
    "similar": "similar",
    "phrases": "phrases",
    "memos": "memos",
    "variables": "variables",
    "cooccurrence": "cooccurrence",
    "autocode": "autocode",
    "merge-driver": "merge_driver",
}
NAMES: tuple[str, ...] = tuple(MODULES)


def command(name: str) -> Command | None:
    """The verb called `name` (its module imported now), or None."""
    module = MODULES.get(name)
    if module is None:
        return None
    return importlib.import_module(f"reader.cli.{module}").COMMAND  # type: ignore[no-any-return]


def commands() -> tuple[Command, ...]:
    """Every verb, in order (imports all their modules: for `--help` checks and docs)."""
    found = tuple(command(name) for name in NAMES)
    return tuple(c for c in found if c is not None)
