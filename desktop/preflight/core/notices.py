"""What an importer could not read or show, as a catalogue key and values, shown in any language."""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from preflight.core.messages import Messages

PREFIX = "notices."


class Notice(BaseModel):
    """One note on the import ("A PDF shows only your top 3 skills"), from ``notices.<key>``."""

    model_config = ConfigDict(frozen=True)

    key: str
    values: dict[str, str | int] = Field(default_factory=dict)

    def text(self, msg: Messages) -> str:
        """The note in ``msg``'s language, numbers written the language's way."""
        values = {
            name: spelled_number(value, msg.language) if isinstance(value, int) else value
            for name, value in self.values.items()
        }
        return msg(f"{PREFIX}{self.key}", **values)


def notice(key: str, /, **values: str | int) -> Notice:
    """The Notice for ``notices.<key>``; KeyError when English has no such note or other values."""
    from preflight.core.messages import messages

    english = messages("en")
    if not english.has(f"{PREFIX}{key}"):
        raise KeyError(f"no note '{PREFIX}{key}'")
    wanted = placeholders(english(f"{PREFIX}{key}"))
    if wanted != set(values):
        raise KeyError(f"note '{key}' takes {sorted(wanted)}, not {sorted(values)}")
    return Notice(key=key, values=values)


def placeholders(template: str) -> set[str]:
    """The names in braces in a message template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def spelled_number(value: int, language: str) -> str:
    """An integer with the language's thousands separator (Spanish: none below 10 000)."""
    if language == "es":
        return str(value) if abs(value) < 10000 else f"{value:,}".replace(",", "\u00a0")
    return f"{value:,}"
