"""One open profile: what was imported, what the user changed, and the profile to judge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from preflight.core.assessment import Assessment, CheckId
from preflight.core.edits import with_texts
from preflight.core.models import Profile
from preflight.gui.drafts import Draft

if TYPE_CHECKING:
    from preflight.core.models import Language
    from preflight.core.settings import Settings
    from preflight.gui.engine import Engine

Field = Literal["headline", "summary"]
FIELDS: tuple[Field, ...] = ("headline", "summary")


class ProfileSession:
    """The imported profile plus the draft on top of it."""

    def __init__(
        self, path: Path, imported: Profile, draft: Draft, with_photo: Profile | None
    ) -> None:
        self.path = path
        self.imported = imported
        self.draft = draft
        self.with_photo = with_photo
        self.assessment: Assessment | None = None

    def text(self, field: Field) -> str:
        """The field as it stands now (edited or imported)."""
        edited: str | None = getattr(self.draft, field)
        return edited if edited is not None else self.imported_text(field)

    def imported_text(self, field: Field) -> str:
        """The field as imported."""
        value: str = getattr(self.imported, field)
        return value

    def set_text(self, field: Field, text: str) -> bool:
        """Records an edit; returns True when it changed anything."""
        if text == self.text(field):
            return False
        edited = None if text == self.imported_text(field) else text
        self.draft = self.draft.model_copy(update={field: edited})
        return True

    def mark_copied(self, field: Field) -> None:
        """Remembers that the current text of ``field`` went to the clipboard."""
        copied = {**self.draft.copied, field: self.text(field)}
        self.draft = self.draft.model_copy(update={"copied": copied})

    def uncopied_edits(self) -> list[Field]:
        """Edited fields whose current text has not been copied out yet."""
        return [
            f
            for f in FIELDS
            if getattr(self.draft, f) is not None and self.draft.copied.get(f) != self.text(f)
        ]

    def reset_text(self) -> None:
        """Puts the imported headline and About back."""
        self.draft = self.draft.model_copy(update={"headline": None, "summary": None, "copied": {}})

    def reset_field(self, field: Field) -> None:
        """Puts the imported text of one field back."""
        copied = {k: v for k, v in self.draft.copied.items() if k != field}
        self.draft = self.draft.model_copy(update={field: None, "copied": copied})

    def has_text_edits(self) -> bool:
        """True when the headline or About differs from the import."""
        return self.draft.headline is not None or self.draft.summary is not None

    def set_confirmed(self, check: CheckId, confirmed: bool) -> None:
        """Records (or withdraws) the user's own confirmation of a check."""
        ids = [c for c in self.draft.confirmed if c != check.value]
        if confirmed:
            ids.append(check.value)
        self.draft = self.draft.model_copy(update={"confirmed": ids})

    def confirmed(self) -> frozenset[CheckId]:
        """Checks the user vouched for (ids from another version are kept in the draft, unused)."""
        known = {c.value for c in CheckId}
        return frozenset(CheckId(c) for c in self.draft.confirmed if c in known)

    def set_photo(self, path: str, with_photo: Profile | None) -> None:
        """Attaches (or, with an empty path, removes) the photo file."""
        self.with_photo = with_photo
        self.draft = self.draft.model_copy(update={"photo_path": path})

    def profile_to_judge(self) -> Profile:
        """The imported profile with the photo and text edits applied."""
        base = self.with_photo or self.imported
        return with_texts(base, {f: self.text(f) for f in FIELDS})


def read_and_judge(
    engine: Engine,
    path: Path,
    draft: Draft,
    *,
    text: str | None,
    as_of: dt.date,
    language: Language,
    settings: Settings,
) -> tuple[ProfileSession, Assessment]:
    """Reads the profile at ``path`` (or the pasted ``text`` named by it), with the user's draft
    and photo on top, and judges it: what opening a profile does, off the GUI thread."""
    from preflight.core.errors import InputError

    if text is None:
        imported = engine.load(path, as_of=as_of)
    else:
        imported = engine.load_text(text, source=path, as_of=as_of)
    with_photo = None
    if draft.photo_path and Path(draft.photo_path).is_file():
        try:
            with_photo = engine.attach_photo(imported, Path(draft.photo_path), settings.photo)
        except InputError:
            draft = draft.model_copy(update={"photo_path": ""})
    session = ProfileSession(path, imported, draft, with_photo)
    assessment = engine.assess(
        session.profile_to_judge(),
        as_of=as_of,
        language=language,
        settings=settings,
        confirmed=session.confirmed(),
    )
    return session, assessment
