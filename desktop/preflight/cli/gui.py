"""The ``preflight gui``  subcommand (being built)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds the subcommand to the parser."""
    parser = commands.add_parser("gui", help="(not yet available)")
    parser.set_defaults(run=lambda args: 2)
