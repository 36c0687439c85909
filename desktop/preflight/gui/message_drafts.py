"""The InMail being written for one profile, kept on disk so a crash or restart loses none of it.

One versioned JSON file per profile in ``drafts/inmail/``, written atomically. Keys from another
version are kept and written back; a damaged file is set aside with the date and what could be
read is used. A file is deleted only when the user discards the draft
(``MessageDraftStore.discard``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from preflight.core.draft.model import Draft, Recipient
from preflight.core.safe_write import write_atomically
from preflight.core.state_files import Loaded, load_state_file, upgrade
from preflight.gui.drafts import draft_key

MESSAGE_FORMAT = 1
# A draft is a few KB; LinkedIn's body holds about 2,000 characters. A bigger file is not ours.
MAX_MESSAGE_BYTES = 8 * 1024 * 1024


class MessageDraft(BaseModel):
    """Subject, body, the recipient as typed, and what was last copied out."""

    model_config = ConfigDict(extra="allow")

    format: int = MESSAGE_FORMAT
    source: str = ""
    subject: str = ""
    body: str = ""
    recipient_name: str = ""
    recipient_company: str = ""
    recipient_role: str = ""
    recipient_post: str = ""
    # "subject"/"body" -> the text as it was last copied to the clipboard.
    copied: dict[str, str] = Field(default_factory=dict)

    def is_empty(self) -> bool:
        """True when there is nothing to remember."""
        texts = (self.subject, self.body, self.recipient_name, self.recipient_company)
        more = (self.recipient_role, self.recipient_post)
        return not any(t.strip() for t in (*texts, *more)) and not self.copied

    def draft(self) -> Draft:
        """The message as the checks read it."""
        return Draft(subject=self.subject, body=self.body)

    def recipient(self) -> Recipient:
        """The recipient as the checks read it."""
        return Recipient(
            name=self.recipient_name,
            company=self.recipient_company,
            role=self.recipient_role,
            post=self.recipient_post,
        )

    def uncopied(self) -> list[str]:
        """ "subject" and/or "body" when their current text has not been copied out yet."""
        current = {"subject": self.subject, "body": self.body}
        return [k for k, v in current.items() if v.strip() and self.copied.get(k) != v]


UPGRADES: tuple[tuple[int, Any], ...] = ((1, lambda data: data),)


def parse_message_draft(data: bytes, source: str) -> tuple[MessageDraft, list[str]]:
    """The draft in a file's bytes, and the values that had to be dropped to read it."""
    raw = json.loads(data)
    if not isinstance(raw, dict):
        raise ValueError("a message draft is a JSON object")
    values, version = upgrade(raw, UPGRADES)
    values["format"] = max(version, MESSAGE_FORMAT)
    values.setdefault("source", source)
    problems: list[str] = []
    for _ in range(len(values) + 1):
        try:
            return MessageDraft.model_validate(values), problems
        except ValidationError as error:
            for detail in error.errors():
                problems.append(f"{'.'.join(map(str, detail['loc']))}: {detail['msg']}")
                values.pop(str(detail["loc"][0]) if detail["loc"] else "", None)
    return MessageDraft(source=source), problems


class MessageDraftStore:
    """One JSON file per profile in a folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, source: Path | str) -> Path:
        """The message draft file for a profile source."""
        return self.folder / f"{draft_key(source)}.json"

    def read(self, source: Path | str) -> Loaded[MessageDraft]:
        """The saved draft (empty when there is none); a damaged file is set aside and salvaged."""
        return load_state_file(
            self.path_for(source),
            lambda data: parse_message_draft(data, str(source)),
            lambda: MessageDraft(source=str(source)),
            MAX_MESSAGE_BYTES,
        )

    def save(self, source: Path | str, draft: MessageDraft) -> None:
        """Writes the draft atomically (an empty draft with no file yet needs none)."""
        target = self.path_for(source)
        if draft.is_empty() and not target.exists():
            return
        write_atomically(target, json.dumps(draft.model_dump(), indent=2))

    def discard(self, source: Path | str) -> None:
        """Deletes the draft file: only when the user chose to discard the draft."""
        self.path_for(source).unlink(missing_ok=True)
