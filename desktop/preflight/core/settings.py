"""Every threshold the checks use, declared once with defaults; a TOML or JSON file overrides."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from preflight.core.errors import input_error


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class HeadlineSettings(_Section):
    """Limits for the headline check."""

    max_chars: int = Field(220, ge=20, le=1000, description="LinkedIn's headline limit")
    max_emoji: int = Field(3, ge=0, le=50, description="More emoji than this reads as noise")


class SummarySettings(_Section):
    """Limits for the About (summary) check."""

    min_chars: int = Field(200, ge=0, le=2600, description="Shorter than this is too thin")
    max_chars: int = Field(2600, ge=100, le=10000, description="LinkedIn's About limit")
    fold_chars: int = Field(270, ge=50, le=1000, description="What shows before 'see more'")
    max_sentence_words: int = Field(
        35, ge=10, le=200, description="Longer sentences are hard to read"
    )


class SkillsSettings(_Section):
    """How many skills pass or warn."""

    pass_min: int = Field(5, ge=1, le=100, description="Skills needed to pass")
    warn_min: int = Field(3, ge=0, le=100, description="Skills needed to warn instead of fail")

    @model_validator(mode="after")
    def _ordered(self) -> SkillsSettings:
        if self.warn_min > self.pass_min:
            raise ValueError("warn_min cannot exceed pass_min")
        return self


class PostsSettings(_Section):
    """How recent the newest own post must be."""

    recent_days: int = Field(
        30, ge=1, le=3650, description="Newest post within this many days passes"
    )
    stale_days: int = Field(90, ge=1, le=3650, description="Within this many days only warns")

    @model_validator(mode="after")
    def _ordered(self) -> PostsSettings:
        if self.stale_days < self.recent_days:
            raise ValueError("stale_days cannot be less than recent_days")
        return self


class PhotoSettings(_Section):
    """Limits for the photo file, after LinkedIn's guidance."""

    @model_validator(mode="after")
    def _framing_ordered(self) -> PhotoSettings:
        if not self.face_ratio_min <= self.face_ratio_target <= self.face_ratio_max:
            raise ValueError("face_ratio_min <= face_ratio_target <= face_ratio_max is needed")
        return self

    min_px: int = Field(200, ge=1, le=10000, description="Smaller than this fails")
    recommended_px: int = Field(400, ge=1, le=10000, description="Smaller than this warns")
    max_file_bytes: int = Field(8 * 1024 * 1024, ge=1, description="LinkedIn's upload limit")
    face_ratio_target: float = Field(
        0.6, gt=0, le=1, description="Share of the frame the face fills"
    )
    face_ratio_min: float = Field(0.45, gt=0, le=1, description="Less than this warns")
    face_ratio_max: float = Field(
        0.85, gt=0, le=1, description="More than this warns: the circle cuts the head"
    )
    max_aspect_ratio: float = Field(1.25, ge=1, le=10, description="Further from square warns")


class Weights(_Section):
    """Points each check is worth; they add up to the 0–100 score."""

    photo: int = Field(15, ge=0, le=100)
    headline: int = Field(20, ge=0, le=100)
    summary: int = Field(25, ge=0, le=100)
    experience: int = Field(15, ge=0, le=100)
    skills: int = Field(10, ge=0, le=100)
    posts: int = Field(15, ge=0, le=100)

    @model_validator(mode="after")
    def _positive_total(self) -> Weights:
        if sum(self.model_dump().values()) <= 0:
            raise ValueError("the weights must add up to more than zero")
        return self


class Settings(_Section):
    """The whole checklist configuration."""

    headline: HeadlineSettings = Field(default_factory=HeadlineSettings)
    summary: SummarySettings = Field(default_factory=SummarySettings)
    skills: SkillsSettings = Field(default_factory=SkillsSettings)
    posts: PostsSettings = Field(default_factory=PostsSettings)
    photo: PhotoSettings = Field(default_factory=PhotoSettings)
    weights: Weights = Field(default_factory=Weights)


def load_settings(path: Path) -> Settings:
    """Reads a settings file (TOML or JSON); anything not given keeps its default."""
    if not path.exists():
        raise input_error("settings.missing", path=str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise input_error("settings.cannot_read", path=str(path), reason=exc.strerror) from exc
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw)
        else:
            data = tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise input_error("settings.invalid", name=path.name, detail=exc) from exc
    if not isinstance(data, dict):
        raise input_error("settings.not_a_table", name=path.name)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        problem = first["msg"]
        raise input_error(
            "settings.bad_value", name=path.name, where=where, problem=problem
        ) from exc
