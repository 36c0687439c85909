"""The ``preflight`` command: check, report and gui subcommands."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from preflight import __version__

EXIT_INTERNAL_ERROR = 70


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: every subcommand, or only ``gui`` when opening the app."""
    from preflight.cli import gui

    modules: tuple[ModuleType, ...] = (gui,)
    if not argv or argv[0] != "gui":
        # check and report pull in pydantic and the core; the window should not wait for them.
        from preflight.cli import check, draft, outreach, report

        modules = (check, report, draft, outreach, gui)
    parser = argparse.ArgumentParser(
        prog="preflight",
        description="Is your LinkedIn profile ready before you spend InMail credits?",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in modules:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one subcommand and returns its exit code."""
    from preflight.core.startup_gc import collector_paused

    arguments = list(sys.argv[1:] if argv is None else argv)
    with collector_paused():
        parser = build_parser(arguments)
        args = parser.parse_args(arguments)
    try:
        code: int = args.run(args)
        # Everything alive now lives until exit: leave it out of the collector's final passes,
        # which otherwise walk spaCy's and pydantic's objects for a fifth of a check's time.
        gc.freeze()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: say so plainly, full details only on request
        if os.environ.get("PREFLIGHT_DEBUG"):
            raise
        print(f"preflight: internal error ({type(exc).__name__}: {exc}).", file=sys.stderr)
        print("Please report it; PREFLIGHT_DEBUG=1 shows the details.", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
    return code
