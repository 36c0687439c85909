"""Edits tied to one profile, saved beside nothing else so a crash or restart loses none of them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from preflight.core.assessment import CheckId
from preflight.gui.storage import write_atomically


class Draft(BaseModel):
    """What the user changed or added on top of an imported profile."""

    model_config = ConfigDict(extra="ignore")

    source: str = ""
    # None: not edited, the imported text stands.
    headline: str | None = None
    summary: str | None = None
    # The text of each field as it was last copied to the clipboard (to paste into LinkedIn).
    copied: dict[str, str] = Field(default_factory=dict)
    photo_path: str = ""
    confirmed: list[CheckId] = Field(default_factory=list)

    def is_empty(self) -> bool:
        """True when there is nothing to remember."""
        return (
            self.headline is None
            and self.summary is None
            and not self.photo_path
            and not self.confirmed
        )


def draft_key(source: Path | str) -> str:
    """A stable file name for the drafts of the profile read from ``source``."""
    resolved = str(Path(source).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]


class DraftStore:
    """One JSON file per profile in a folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, source: Path | str) -> Path:
        """The draft file for a profile source."""
        return self.folder / f"{draft_key(source)}.json"

    def load(self, source: Path | str) -> Draft:
        """The saved draft, or an empty one (a damaged file counts as none)."""
        try:
            return Draft.model_validate_json(self.path_for(source).read_bytes())
        except (OSError, ValidationError, ValueError):
            return Draft(source=str(source))

    def save(self, source: Path | str, draft: Draft) -> None:
        """Writes the draft atomically, or removes the file when the draft is empty."""
        target = self.path_for(source)
        if draft.is_empty() and not draft.copied:
            target.unlink(missing_ok=True)
            return
        write_atomically(target, draft.model_dump_json(indent=2))
