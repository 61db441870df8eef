"""What a verb of the `reader` command is: its name, description, arguments and run."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

from reader.cli.output import EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


@dataclass(frozen=True)
class Command:
    """A verb: `configure` adds its arguments to its parser, `run` returns the exit status."""

    name: str
    description: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]

    def parser(self) -> Parser:
        parser = Parser(prog=f"reader {self.name}", description=self.description)
        self.configure(parser)
        return parser
