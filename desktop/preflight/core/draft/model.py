"""What a draft is, and what its checks say about it."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from preflight.core.models import Language, Status

_SUBJECT_LINE = re.compile(r"^\s*(subject|asunto)\s*:\s*(.*)$", re.I)


class DraftCheckId(StrEnum):
    """The draft checks, in the order they are shown."""

    SUBJECT = "subject"
    LENGTH = "length"
    PERSONAL = "personalisation"
    ASK = "ask"
    FOCUS = "focus"
    READABILITY = "readability"
    PLACEHOLDERS = "placeholders"
    TONE = "tone"
    COHERENCE = "coherence"


class Recipient(BaseModel):
    """Who the InMail is for, as the user typed or pasted it."""

    name: str = ""
    company: str = ""
    role: str = ""
    post: str = ""  # their recent post, or a shared interest, group, event or connection


class Draft(BaseModel):
    """The subject and the body the user will paste into LinkedIn."""

    subject: str = ""
    body: str = ""


class Mark(BaseModel):
    """Words of the draft a finding is about: ``field`` is "subject" or "body"."""

    field: Literal["subject", "body"]
    start: int
    end: int
    message: str


class DraftCheckResult(BaseModel):
    """One draft check's verdict, shaped like a profile check: evidence quoting the draft, fixes."""

    id: DraftCheckId
    status: Status
    title: str
    evidence: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    marks: list[Mark] = Field(default_factory=list)

    @property
    def blocks(self) -> bool:
        """A failing draft check keeps "Ready to send" off."""
        return self.status == Status.FAIL


class DraftAssessment(BaseModel):
    """The draft's checks, the profile's gate, and whether the InMail is ready to send."""

    language: Language
    checks: list[DraftCheckResult]
    profile_ready: bool
    profile_blockers: list[str] = Field(default_factory=list)
    words: int
    characters: int
    send_day_note: str = ""

    @property
    def draft_blockers(self) -> list[DraftCheckId]:
        """The draft checks that fail."""
        return [c.id for c in self.checks if c.blocks]

    @property
    def ready(self) -> bool:
        """Ready to send: the profile gate is open and no draft check fails."""
        return self.profile_ready and not self.draft_blockers

    def check(self, check_id: DraftCheckId | str) -> DraftCheckResult:
        """One check's result by id."""
        for result in self.checks:
            if result.id == check_id:
                return result
        raise KeyError(check_id)


def parse_message(text: str) -> Draft:
    """A message file: "Subject: …" (or "Asunto: …"), a blank line, then the body.

    Without a subject line the whole text is the body and the subject is empty (which the subject
    check then fails, as LinkedIn requires one).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = _SUBJECT_LINE.match(line)
        if match is None:
            break
        body = "\n".join(lines[index + 1 :]).strip("\n")
        return Draft(subject=match.group(2).strip(), body=body.strip())
    return Draft(subject="", body=text.strip())
