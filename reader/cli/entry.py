"""The entry point of the `reader` console script and `python -m reader`."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from reader.cli.messages import tr
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, silence_stdout, utf8_streams
from reader.cli.registry import command

logger = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a verb (`reader check DIR`…) or open the window (`reader [PATH]`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    utf8_streams()
    try:
        verb = command(args[0]) if args else None
        if verb is not None:
            _one_line_logging()
            return verb.run(verb.parser().parse_args(args[1:]))
        from reader.cli.launch import launch, launch_parser  # the window: not for a verb

        return launch(launch_parser().parse_args(args))
    except BrokenPipeError:
        # The reader of our output went away (`reader text … | head`): not an error.
        silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        logger.debug("Unexpected error", exc_info=True)
        sys.stderr.write("reader: " + tr("internal", error=f"{type(exc).__name__}: {exc}") + "\n")
        return EXIT_PROBLEMS


class _OneLine(logging.Formatter):
    """A log record as one line, without its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return f"reader: {record.getMessage()}"


def _one_line_logging() -> None:
    """Batch commands: the app's log says nothing on stderr unless it is an error, and
    never with a traceback (a warning such as an unusable cache folder is handled: the
    command goes on without it)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.ERROR)
    handler.setFormatter(_OneLine())
    app_logger = logging.getLogger("reader")
    if not any(isinstance(h.formatter, _OneLine) for h in app_logger.handlers):
        app_logger.addHandler(handler)
