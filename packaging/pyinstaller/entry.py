"""Entry point of the one-folder build: the CLI, or the desktop app when started with no arguments."""

import sys

from preflight.cli import main

if __name__ == "__main__":
    # A menu launch passes no arguments (or only a file): open the desktop app.
    if len(sys.argv) == 1 or (len(sys.argv) == 2 and not sys.argv[1].startswith("-") and sys.argv[1] not in {"check", "report", "gui"}):
        sys.argv[1:1] = ["gui"]
    sys.exit(main())
