"""The app's own preferences (language, theme, recent files) and the checklist settings file.

Preferences are read before the window shows, so they are a small validated class (no pydantic or
dataclasses import on the way to the first paint); the checklist settings use the core's model,
loaded later."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from preflight.gui.storage import write_atomically

if TYPE_CHECKING:
    from preflight.core.settings import Settings

MAX_RECENT = 8
LANGUAGES = ("system", "en", "es")
THEMES = ("system", "light", "dark")

InterfaceLanguage = Literal["system", "en", "es"]
Theme = Literal["system", "light", "dark"]


class Preferences:
    """Interface choices remembered between runs; immutable, validated when made."""

    __slots__ = ("language", "recent", "theme")
    FIELDS = ("language", "theme", "recent")

    language: InterfaceLanguage
    theme: Theme
    recent: list[str]

    def __init__(
        self,
        language: InterfaceLanguage = "system",
        theme: Theme = "system",
        recent: list[str] | None = None,
    ) -> None:
        recent = [] if recent is None else recent
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if theme not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}")
        if not isinstance(recent, list) or not all(isinstance(p, str) for p in recent):
            raise ValueError("recent must be a list of paths")
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "theme", theme)
        object.__setattr__(self, "recent", list(recent))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Preferences are immutable; use replace()")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Preferences) and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]  # equal by value, and the recent list is mutable

    def __repr__(self) -> str:
        return f"Preferences({self.as_dict()!r})"

    def as_dict(self) -> dict[str, Any]:
        """The preferences as plain values."""
        return {name: getattr(self, name) for name in self.FIELDS}

    def replace(self, **changes: Any) -> Preferences:
        """A validated copy with ``changes``."""
        return Preferences(**{**self.as_dict(), **changes})

    def with_recent(self, path: str) -> Preferences:
        """A copy with ``path`` first in the recent list."""
        recent = [path] + [p for p in self.recent if p != path]
        return self.replace(recent=recent[:MAX_RECENT])

    def to_json(self) -> str:
        """The preferences as the JSON file holds them."""
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> Preferences:
        """Parses and validates the file's JSON; unknown keys are ignored."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("preferences must be a JSON object")
        return cls(**{k: v for k, v in data.items() if k in cls.FIELDS})


def load_preferences(path: Path) -> Preferences:
    """The saved preferences; defaults when the file is missing or damaged."""
    try:
        return Preferences.from_json(path.read_bytes())
    except (OSError, ValueError, TypeError):
        return Preferences()


def save_preferences(path: Path, preferences: Preferences) -> None:
    """Saves the preferences atomically."""
    write_atomically(path, preferences.to_json())


def load_checklist_settings(path: Path) -> Settings:
    """The saved checklist settings; defaults when there is no file yet or it is damaged."""
    from preflight.core.errors import InputError
    from preflight.core.settings import Settings, load_settings

    if not path.exists():
        return Settings()
    try:
        return load_settings(path)
    except InputError:
        return Settings()


def save_checklist_settings(path: Path, settings: Settings) -> None:
    """Saves the settings as JSON that ``load_settings`` reads back (also used for presets)."""
    write_atomically(path, json.dumps(settings.model_dump(mode="json"), indent=2) + "\n")
