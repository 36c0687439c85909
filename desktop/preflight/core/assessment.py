"""The verdict on a profile: one result per check, the score, and whether InMail may be sent."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from preflight.core.models import Language, SourceInfo, Status


class CheckId(StrEnum):
    """The six checklist sections, in the order they are shown."""

    PHOTO = "photo"
    HEADLINE = "headline"
    SUMMARY = "summary"
    EXPERIENCE = "experience"
    SKILLS = "skills"
    POSTS = "posts"


class TextFix(BaseModel):
    """A concrete rewrite the user can apply to one editable field with one click."""

    field: Literal["headline", "summary"]
    text: str


class CheckResult(BaseModel):
    """One section's verdict, with the profile's own words as evidence and what to change."""

    id: CheckId
    status: Status
    points: int
    max_points: int
    title: str
    evidence: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    fixes: list[TextFix] = Field(default_factory=list)
    confirmed_by_user: bool = False

    @property
    def points_to_gain(self) -> int:
        """Points still missing from this section."""
        return self.max_points - self.points

    @property
    def blocks(self) -> bool:
        """True when this section keeps InMail blocked."""
        return self.status in (Status.FAIL, Status.UNKNOWN)


class Assessment(BaseModel):
    """The whole readiness verdict for one profile on one day."""

    ready: bool
    score: int = Field(ge=0, le=100)
    as_of: dt.date
    language: Language
    source: SourceInfo
    name: str
    headline: str
    checks: list[CheckResult]
    blockers: list[CheckId]

    def check(self, check_id: CheckId | str) -> CheckResult:
        """The result of one check by id."""
        for result in self.checks:
            if result.id == check_id:
                return result
        raise KeyError(check_id)
