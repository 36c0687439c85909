"""Entry point of the one-folder build: the CLI, or the desktop app when started with no arguments."""

import multiprocessing
import sys

from preflight.cli import main

COMMANDS = {"check", "report", "draft", "log", "credits", "gui"}

if __name__ == "__main__":
    # PDFs are read in a child process (a fork server in the app): a frozen program is its own
    # Python, so the children start this executable with "-c …", which freeze_support() runs
    # (PyInstaller's multiprocessing hook) instead of the command line.
    multiprocessing.freeze_support()
    # A menu launch passes no arguments (or only a file): open the desktop app.
    if len(sys.argv) == 1 or (
        len(sys.argv) == 2 and not sys.argv[1].startswith("-") and sys.argv[1] not in COMMANDS
    ):
        sys.argv[1:1] = ["gui"]
    sys.exit(main())
