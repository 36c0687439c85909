"""The ``preflight gui`` subcommand: opens the desktop app, with PATH loaded when given."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds the subcommand to the parser."""
    from preflight.gui.app import add_arguments

    parser = commands.add_parser(
        "gui", help="open the desktop app", description="Open the desktop app."
    )
    add_arguments(parser)
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from preflight.gui.app import run

    return run(args)
