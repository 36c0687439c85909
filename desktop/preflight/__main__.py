"""Runs the command line with ``python -m preflight``."""

from preflight.cli import main

raise SystemExit(main())
