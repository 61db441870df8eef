"""`reader [PATH]`: open the window; `--install-desktop` adds it to the applications menu."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader import __version__
from reader.cli.command import Parser
from reader.cli.messages import tr
from reader.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, display_path, error


def launch_parser() -> Parser:
    parser = Parser(
        prog="reader",
        description="Report Reader: read, tag and annotate Chinese news and policy reports.",
        epilog=(
            "commands:\n"
            "  reader [PATH]                  open the window on a library folder or a report\n"
            "                                 (no PATH: the bundled sample reports)\n"
            "  reader text [--json] FILE...   print reports as clean text\n"
            "  reader info FILE...            print report metadata as JSON Lines\n"
            "  reader check DIR [--json]      list a library's problems; exit 1 if any\n"
            "  reader annotations DIR [--json]  list a library's annotations and their status\n"
            "  reader export DIR --format F -o OUT [--tag T]... [--report FILE]... [--by report|tag]\n"
            "                                 write annotations as csv|xlsx|md|json|html|docx|qdpx\n"
            "  reader import DIR FILE         merge annotations from a sidecar or W3C JSON file\n"
            "  reader search DIR QUERY [--regex|--words] [--exact] [--tag T]... [--in FOLDER]\n"
            "                [--sort report|date|count] [--json]  search every report\n"
            "  reader stats DIR [--top N] [--json]  top terms and tag counts\n"
            "  reader outline [--json] FILE...  an official document's fields and outline\n"
            "  reader similar DIR [REPORT] [--top N] [--json]  shared passages, or reports like REPORT\n"
            "  reader phrases DIR [--top N] [--json]  numbered formulations and stock phrases\n"
            "  reader merge-driver %O %A %B   git merge driver for reader-annotations.json\n"
            "  reader --install-desktop       add the app to your applications menu\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", metavar="PATH", help="library folder or report file")
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Report Reader to your applications menu (launcher and icon, XDG folders)",
    )
    parser.add_argument("--uninstall-desktop", action="store_true", help="remove that launcher and icon")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def launch(options: argparse.Namespace) -> int:
    if options.install_desktop or options.uninstall_desktop:
        return desktop(install=options.install_desktop)
    path = options.path
    if path is not None and not os.path.exists(path):
        error(path, tr("no-path"))
        return EXIT_USAGE
    from reader.app import run  # Qt is imported only for the window

    return run(Path(path) if path else None)


def desktop(install: bool) -> int:
    from reader import desktop

    if sys.platform in ("win32", "darwin"):
        sys.stderr.write("reader: " + tr("desktop-unsupported") + "\n")
        return EXIT_USAGE
    try:
        paths = desktop.install_desktop() if install else desktop.uninstall_desktop()
    except OSError as exc:
        error(str(exc.filename or desktop.data_home()), exc.strerror or str(exc))
        return EXIT_PROBLEMS
    sys.stdout.write(tr("desktop-installed" if install else "desktop-removed", count=len(paths)) + "\n")
    for path in paths:
        sys.stdout.write(f"  {display_path(path)}\n")
    if install:
        sys.stdout.write(desktop.offer_summary() + "\n")
    return EXIT_OK
