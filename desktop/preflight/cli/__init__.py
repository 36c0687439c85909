"""The ``preflight`` command: check, report and gui subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from preflight import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    from preflight.cli import check, gui, report

    parser = argparse.ArgumentParser(
        prog="preflight",
        description="Is your LinkedIn profile ready before you spend InMail credits?",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (check, report, gui):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one subcommand and returns its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    return code
