"""The `reader` command: launch the window, or a batch verb (`text`, `check`, `export`…).

Exit status: 0 success, 1 when a file or library has problems, 2 for a usage error.
Errors are one line on stderr; no command ever prints a traceback. Each verb is a
module of this package, listed once in `reader.cli.registry`.
"""

from reader.cli.entry import main

__all__ = ["main"]
