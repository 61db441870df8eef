"""Entry point of the standalone application (PyInstaller): the `reader` command,
window and command-line verbs alike."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The library index runs a pool of "spawn" processes: in a frozen app each of
    # them starts this executable again, and this call turns it into the worker.
    multiprocessing.freeze_support()
    from reader.cli import main

    sys.exit(main())
