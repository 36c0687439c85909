"""Edits tied to one profile, saved beside nothing else so a crash or restart loses none of them.

A draft file carries a ``format`` version. Keys and check ids from another version are kept (and
written back), never a reason to drop the draft; a damaged file is set aside with the date and
what could be read from it is used. A draft file is deleted only when the user resets to the
imported text (``DraftStore.discard``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from preflight.core.state_files import Loaded, load_state_file, upgrade
from preflight.gui.storage import write_atomically

DRAFT_FORMAT = 1
# Far above a draft of LinkedIn's longest headline and About; a bigger file is not a draft.
MAX_DRAFT_BYTES = 32 * 1024 * 1024


class Draft(BaseModel):
    """What the user changed or added on top of an imported profile."""

    # Keys from a newer version are kept (and saved again), not dropped.
    model_config = ConfigDict(extra="allow")

    format: int = DRAFT_FORMAT
    source: str = ""
    # None: not edited, the imported text stands.
    headline: str | None = None
    summary: str | None = None
    # The text of each field as it was last copied to the clipboard (to paste into LinkedIn).
    copied: dict[str, str] = Field(default_factory=dict)
    photo_path: str = ""
    # Check ids as text: one this version does not know is kept, and simply not applied.
    confirmed: list[str] = Field(default_factory=list)

    def is_empty(self) -> bool:
        """True when there is nothing to remember."""
        return (
            self.headline is None
            and self.summary is None
            and not self.photo_path
            and not self.confirmed
            and not self.copied
            and not self.model_extra
        )

    def to_json(self) -> str:
        """The draft as its file holds it (ASCII escapes, so any text round-trips)."""
        return json.dumps(self.model_dump(), indent=2)


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Drafts written before the format was recorded hold the same keys as format 1."""
    return data


# (format reached, step), in order; see preflight.core.state_files.upgrade.
UPGRADES = ((1, _from_unversioned),)


def parse_draft(data: bytes, source: str) -> tuple[Draft, list[str]]:
    """The draft in a file's bytes, and the values that had to be dropped to read it.

    Raises ValueError (or RecursionError) when the bytes hold no JSON object at all.
    """
    raw = json.loads(data)
    if not isinstance(raw, dict):
        raise ValueError("a draft is a JSON object")
    values, version = upgrade(raw, UPGRADES)
    values["format"] = max(version, DRAFT_FORMAT)
    values.setdefault("source", source)
    problems: list[str] = []
    # Each round drops at least one bad value, so this ends; the bound is only a guard.
    for _ in range(len(values) + sum(_size(v) for v in values.values()) + 1):
        try:
            return Draft.model_validate(values), problems
        except ValidationError as error:
            for detail in error.errors():
                problems.append(f"{'.'.join(map(str, detail['loc']))}: {detail['msg']}")
                _drop(values, detail["loc"])
    return Draft(source=source), problems


def _size(value: object) -> int:
    return len(value) if isinstance(value, list | dict) else 1


def _drop(values: dict[str, Any], loc: Sequence[int | str]) -> None:
    """Removes the bad value at ``loc``: one item of a list or dict, else the whole field."""
    if not loc:
        return
    field = str(loc[0])
    container = values.get(field)
    index = loc[1] if len(loc) >= 2 else None
    if isinstance(container, list) and isinstance(index, int) and 0 <= index < len(container):
        values[field] = container[:index] + container[index + 1 :]
        return
    if len(loc) >= 2 and isinstance(container, dict) and str(loc[1]) in container:
        values[field] = {k: v for k, v in container.items() if k != str(loc[1])}
        return
    values.pop(field, None)


def draft_key(source: Path | str) -> str:
    """A stable file name for the drafts of the profile read from ``source``."""
    resolved = str(Path(source).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class DraftStore:
    """One JSON file per profile in a folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, source: Path | str) -> Path:
        """The draft file for a profile source."""
        return self.folder / f"{draft_key(source)}.json"

    def read(self, source: Path | str) -> Loaded[Draft]:
        """The saved draft (empty when there is none); a damaged file is set aside and salvaged."""
        return load_state_file(
            self.path_for(source),
            lambda data: parse_draft(data, str(source)),
            lambda: Draft(source=str(source)),
            MAX_DRAFT_BYTES,
        )

    def load(self, source: Path | str) -> Draft:
        """The saved draft, or an empty one."""
        return self.read(source).value

    def save(self, source: Path | str, draft: Draft) -> None:
        """Writes the draft atomically (an empty draft with no file yet needs none)."""
        target = self.path_for(source)
        if draft.is_empty() and not target.exists():
            return
        write_atomically(target, draft.to_json())

    def discard(self, source: Path | str) -> None:
        """Deletes the draft file: only when the user put the imported text back."""
        self.path_for(source).unlink(missing_ok=True)
