"""The profile as every importer delivers it: one pydantic model, whatever the source format."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from preflight.core.notices import Notice

Language = Literal["en", "es"]


class SourceFormat(StrEnum):
    """The kinds of file a profile can come from."""

    LINKEDIN_EXPORT = "linkedin-export"
    PASTED_TEXT = "pasted-text"
    LINKEDIN_PDF = "linkedin-pdf"
    JSON_RESUME = "json-resume"


class PartialDate(BaseModel):
    """A date with the precision the source gave: a year, a month or a day."""

    model_config = ConfigDict(frozen=True)

    year: int = Field(ge=1900, le=2200)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _day_needs_month(self) -> PartialDate:
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            dt.date(self.year, self.month, self.day)  # raises on 31 February
        return self

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """A day-precision date."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """How much of the date the source gave."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def earliest(self) -> dt.date:
        """The first day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this date can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class Position(BaseModel):
    """One job on the profile; no end date means it is current."""

    title: str = ""
    company: str = ""
    description: str = ""
    location: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None

    @property
    def is_current(self) -> bool:
        """True when the position has no end date (it may not have started yet)."""
        return self.end is None

    def has_started(self, as_of: dt.date) -> bool:
        """True when the position starts on or before ``as_of`` (or gives no start)."""
        return self.start is None or self.start.earliest() <= as_of

    def is_current_on(self, as_of: dt.date) -> bool:
        """True when the position has started by ``as_of`` and has no end: LinkedIn's "current"."""
        return self.is_current and self.has_started(as_of)


class Education(BaseModel):
    """One school entry."""

    school: str = ""
    degree: str = ""
    field: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None


class Post(BaseModel):
    """One item of the member's activity: their own post, or a repost of someone else's."""

    date: dt.date | None = None
    # True when the date was worked out from a relative age such as "3mo".
    approximate: bool = False
    text: str = ""
    link: str = ""
    # A repost without words of the member's own: shown as activity, never counted as a post.
    repost: bool = False

    @property
    def is_own(self) -> bool:
        """True for something the member wrote: an original post or a repost with a comment."""
        return not self.repost


class Box(BaseModel):
    """A rectangle in image pixels."""

    model_config = ConfigDict(frozen=True)

    x: int
    y: int
    width: int
    height: int


class Status(StrEnum):
    """The verdict of one check, or one finding inside it."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    UNKNOWN = "unknown"


class PhotoFinding(BaseModel):
    """One thing measured in the photo file, with the numbers behind it."""

    code: str
    status: Status
    values: dict[str, float | int | str] = Field(default_factory=dict)


class PhotoMeasures(BaseModel):
    """What was measured in a photo file, before any judgement (the photo check judges it)."""

    # False when the face model is missing from the installation, so no face could be looked for.
    face_detection: bool = True
    # Where light and focus were measured: the main face, or the whole photo without one.
    light_region: Literal["face", "photo"] = "photo"
    luminance: float = 0.0  # mean grey value, 0-255
    clipped_share: float = 0.0  # share of pure-white pixels, 0-1
    sharpness: float | None = None  # focus score on the face; None without a face


class PhotoAnalysis(BaseModel):
    """What the photo file itself shows: size, faces, framing, light and focus."""

    width: int
    height: int
    file_bytes: int
    image_format: str
    faces: list[Box] = Field(default_factory=list)
    suggested_crop: Box | None = None
    # The findings as judged with the settings of the moment the file was analysed.
    findings: list[PhotoFinding] = Field(default_factory=list)
    measures: PhotoMeasures | None = None


class PhotoEvidence(BaseModel):
    """Why we believe the profile has a photo, and where that came from."""

    kind: Literal["export-row", "image-url", "file"]
    date: dt.date | None = None
    url: str = ""
    path: str = ""
    analysis: PhotoAnalysis | None = None


class SourceInfo(BaseModel):
    """Where a profile came from and what language its text is in."""

    format: SourceFormat
    path: str = ""
    # The language the text is analysed in: English or Spanish, the two Preflight judges.
    language: Language = "en"
    # The language the member's own text is written in when it is another one ("fr", "pt",
    # "de", "it"); "" for English and Spanish. The checks that judge words leave it unknown.
    other_language: str = ""


class Profile(BaseModel):
    """A LinkedIn profile, normalised from any source format."""

    name: str = ""
    headline: str = ""
    summary: str = ""
    location: str = ""
    industry: str = ""
    positions: list[Position] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    # How many skills the source says the member has, when it shows only some of them
    # (a paste's "Show all 21 skills"); None when the source gives no such count.
    skills_total: int | None = None
    education: list[Education] = Field(default_factory=list)
    # None: the source cannot show activity at all. An empty list: it can, and there is none.
    posts: list[Post] | None = None
    # None: the source shows no photo (which is not proof there is none).
    photo: PhotoEvidence | None = None
    connections: int | None = None
    followers: int | None = None
    source: SourceInfo
    # What the source could not show or the importer could not read, in any language.
    warnings: list[Notice] = Field(default_factory=list)

    @property
    def current_positions(self) -> list[Position]:
        """Open positions (no end date), newest start first."""
        current = [p for p in self.positions if p.is_current]
        return sorted(current, key=_start_key, reverse=True)

    def current_on(self, as_of: dt.date) -> list[Position]:
        """Positions current on ``as_of`` (started, no end), newest start first."""
        return [p for p in self.current_positions if p.has_started(as_of)]

    def upcoming_on(self, as_of: dt.date) -> list[Position]:
        """Open positions that start after ``as_of``, soonest first."""
        later = [p for p in self.current_positions if not p.has_started(as_of)]
        return sorted(later, key=_start_key)

    def text_for_language_detection(self) -> str:
        """The free text the member wrote, for deciding the profile's language."""
        parts = [self.headline, self.summary]
        parts += [p.title for p in self.positions] + [p.description for p in self.positions]
        return "\n".join(p for p in parts if p)


def _start_key(position: Position) -> dt.date:
    return position.start.earliest() if position.start else dt.date.min
