"""Where the app keeps its files, and writing them so a crash never leaves half a file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from preflight.core.safe_write import write_atomically

__all__ = ["APP_NAME", "AppPaths", "write_atomically"]

APP_NAME = "Preflight"


@dataclass(frozen=True)
class AppPaths:
    """The app's data folder (drafts, pastes) and config folder (settings, preferences)."""

    data: Path
    config: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's folders, or PREFLIGHT_DATA_DIR / PREFLIGHT_CONFIG_DIR when set.

        Qt's standard locations follow each platform's convention (XDG folders on Linux, AppData
        on Windows, Library on macOS) and cost nothing to import, unlike platformdirs, on the
        way to the first paint. The generic locations do not depend on the app's names.
        """
        from PySide6.QtCore import QStandardPaths

        def standard(kind: QStandardPaths.StandardLocation) -> Path:
            return Path(QStandardPaths.writableLocation(kind)) / APP_NAME

        data = os.environ.get("PREFLIGHT_DATA_DIR")
        config = os.environ.get("PREFLIGHT_CONFIG_DIR")
        locations = QStandardPaths.StandardLocation
        return cls(
            data=Path(data) if data else standard(locations.GenericDataLocation),
            config=Path(config) if config else standard(locations.GenericConfigLocation),
        )

    @property
    def drafts(self) -> Path:
        """One JSON file of edits per profile."""
        return self.data / "drafts"

    @property
    def pastes(self) -> Path:
        """Pasted profile text, kept so drafts and recent files can find it again."""
        return self.data / "pastes"

    @property
    def settings_file(self) -> Path:
        """The checklist settings (the core's Settings model)."""
        return self.config / "settings.json"

    @property
    def preferences_file(self) -> Path:
        """Interface language, theme and recent files."""
        return self.config / "preferences.json"

    @property
    def window_state_file(self) -> Path:
        """The window's size and place (Qt's QSettings)."""
        return self.config / "window.ini"
