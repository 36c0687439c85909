"""The app's own preferences (language, theme, recent files) and the checklist settings file.

Preferences are read before the window shows, so they are a small validated class (no pydantic
import on the way to the first paint); the checklist settings use the core's model, loaded later.
Both files carry a ``format`` version; a damaged one is set aside, never a reason to stop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from preflight.core.state_files import Loaded, load_state_file, upgrade
from preflight.gui.storage import write_atomically

if TYPE_CHECKING:
    from preflight.core.settings import LenientSettings, Settings

MAX_RECENT = 8
# A path longer than this is not a path any file system takes (Linux allows 4,096 bytes).
MAX_PATH_CHARS = 4096
PREFERENCES_FORMAT = 1
LANGUAGES = ("system", "en", "es")
THEMES = ("system", "light", "dark")

InterfaceLanguage = Literal["system", "en", "es"]
Theme = Literal["system", "light", "dark"]


class Preferences:
    """Interface choices remembered between runs; immutable, validated when made."""

    __slots__ = ("language", "recent", "theme", "unknown")
    FIELDS = ("language", "theme", "recent")

    language: InterfaceLanguage
    theme: Theme
    recent: list[str]
    # Keys written by a newer version, kept so saving here does not lose them there.
    unknown: dict[str, Any]

    def __init__(
        self,
        language: InterfaceLanguage = "system",
        theme: Theme = "system",
        recent: list[str] | None = None,
        unknown: dict[str, Any] | None = None,
    ) -> None:
        recent = [] if recent is None else recent
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if theme not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}")
        if not isinstance(recent, list) or not all(_usable_path(p) for p in recent):
            raise ValueError("recent must be a list of paths")
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "theme", theme)
        object.__setattr__(self, "recent", list(recent[:MAX_RECENT]))
        object.__setattr__(self, "unknown", dict(unknown or {}))

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
        return Preferences(**{**self.as_dict(), "unknown": self.unknown, **changes})

    def with_recent(self, path: str) -> Preferences:
        """A copy with ``path`` first in the recent list."""
        recent = [path] + [p for p in self.recent if p != path]
        return self.replace(recent=[p for p in recent if _usable_path(p)][:MAX_RECENT])

    def to_json(self) -> str:
        """The preferences as the JSON file holds them (with the format and any kept keys)."""
        data = {"format": PREFERENCES_FORMAT, **self.unknown, **self.as_dict()}
        # ASCII escapes: a file name that is not UTF-8 (a lone surrogate) still round-trips.
        return json.dumps(data, indent=2)

    @classmethod
    def from_json(cls, text: str | bytes) -> Preferences:
        """Parses and validates the file's JSON; ValueError unless every value is usable."""
        preferences, problems = cls.salvage(json.loads(text))
        if problems:
            raise ValueError("; ".join(problems))
        return preferences

    @classmethod
    def salvage(cls, data: object) -> tuple[Preferences, list[str]]:
        """Every usable value of ``data``, and what was wrong with the rest (their defaults used).

        Keys this version does not know (a newer version's) are kept, not a problem.
        """
        if not isinstance(data, dict):
            return cls(), ["preferences must be a JSON object"]
        values, _ = upgrade(data, UPGRADES)
        problems: list[str] = []
        language, theme = values.pop("language", "system"), values.pop("theme", "system")
        if language not in LANGUAGES:
            problems.append("unknown language")
            language = "system"
        if theme not in THEMES:
            problems.append("unknown theme")
            theme = "system"
        recent = values.pop("recent", [])
        if not isinstance(recent, list):
            problems.append("recent files are not a list")
            recent = []
        usable = [p for p in recent if _usable_path(p)]
        if len(usable) < len(recent):
            problems.append(f"{len(recent) - len(usable)} recent files are not paths")
        # A longer list (another version's) is simply cut to this version's length.
        return cls(language, theme, usable[:MAX_RECENT], values), problems


def _usable_path(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_PATH_CHARS and "\x00" not in value


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Files written before the format was recorded hold the same keys as format 1."""
    return data


# (format reached, step), in order; see preflight.core.state_files.upgrade.
UPGRADES = ((1, _from_unversioned),)


def read_preferences(path: Path) -> Loaded[Preferences]:
    """The saved preferences; a damaged file is set aside (kept) and what it held is salvaged."""

    def parse(data: bytes) -> tuple[Preferences, list[str]]:
        return Preferences.salvage(json.loads(data))

    return load_state_file(path, parse, Preferences)


def load_preferences(path: Path) -> Preferences:
    """The saved preferences; defaults when the file is missing or damaged (which is set aside)."""
    return read_preferences(path).value


def save_preferences(path: Path, preferences: Preferences) -> None:
    """Saves the preferences atomically."""
    write_atomically(path, preferences.to_json())


def read_checklist_settings(path: Path) -> Loaded[LenientSettings]:
    """The saved checklist settings: bad values at their defaults (the file then set aside)."""
    from preflight.core.errors import InputError
    from preflight.core.settings import (
        LenientSettings,
        Settings,
        parse_settings_text,
        settings_leniently,
    )

    def parse(data: bytes) -> tuple[LenientSettings, list[str]]:
        try:
            raw = parse_settings_text(data, json_first=True, name=path.name)
        except InputError as error:
            raise ValueError(error.message) from error
        if not isinstance(raw, dict):
            raise ValueError("the settings are not a table")
        read = settings_leniently(raw)
        return read, [f"{p.where}: {p.problem}" for p in read.problems]

    return load_state_file(path, parse, lambda: LenientSettings(Settings()))


def load_checklist_settings(path: Path) -> Settings:
    """The saved checklist settings; defaults when there is no file yet or it is damaged."""
    return read_checklist_settings(path).value.settings


def save_checklist_settings(
    path: Path, settings: Settings, unknown: dict[str, Any] | None = None
) -> None:
    """Saves the settings as JSON that ``load_settings`` reads back (also used for presets)."""
    from preflight.core.settings import settings_file_data

    write_atomically(path, json.dumps(settings_file_data(settings, unknown), indent=2) + "\n")
