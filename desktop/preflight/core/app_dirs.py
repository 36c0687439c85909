"""The app's data folder without Qt, for the command line: the same folder the desktop app uses."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Preflight"


def data_dir() -> Path:
    """PREFLIGHT_DATA_DIR, else the platform's per-user data folder (Qt's generic data location)."""
    override = os.environ.get("PREFLIGHT_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local")) / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_NAME


def outreach_log_path() -> Path:
    """The outreach log's SQLite file."""
    return data_dir() / "outreach.sqlite"


def history_path() -> Path:
    """The score history the app keeps (``preflight.core.history``)."""
    from preflight.core.history import HISTORY_FILE

    return data_dir() / HISTORY_FILE
