"""The app's own preferences (language, theme, recent files) and the checklist settings file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from preflight.core.errors import InputError
from preflight.core.settings import Settings, load_settings
from preflight.gui.storage import write_atomically

MAX_RECENT = 8

InterfaceLanguage = Literal["system", "en", "es"]
Theme = Literal["system", "light", "dark"]


class Preferences(BaseModel):
    """Interface choices remembered between runs."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    language: InterfaceLanguage = "system"
    theme: Theme = "system"
    recent: list[str] = Field(default_factory=list)

    def with_recent(self, path: str) -> Preferences:
        """A copy with ``path`` first in the recent list."""
        recent = [path] + [p for p in self.recent if p != path]
        return self.model_copy(update={"recent": recent[:MAX_RECENT]})


def load_preferences(path: Path) -> Preferences:
    """The saved preferences; defaults when the file is missing or damaged."""
    try:
        return Preferences.model_validate_json(path.read_bytes())
    except (OSError, ValidationError, ValueError):
        return Preferences()


def save_preferences(path: Path, preferences: Preferences) -> None:
    """Saves the preferences atomically."""
    write_atomically(path, preferences.model_dump_json(indent=2))


def load_checklist_settings(path: Path) -> Settings:
    """The saved checklist settings; defaults when there is no file yet."""
    if not path.exists():
        return Settings()
    try:
        return load_settings(path)
    except InputError:
        return Settings()


def save_checklist_settings(path: Path, settings: Settings) -> None:
    """Saves the settings as JSON that ``load_settings`` reads back (also used for presets)."""
    write_atomically(path, json.dumps(settings.model_dump(mode="json"), indent=2) + "\n")
