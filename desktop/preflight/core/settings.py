"""Every threshold the checks use, declared once with defaults; a TOML or JSON file overrides."""

from __future__ import annotations

import copy
import json
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from preflight.core.errors import InputError, input_error
from preflight.core.importers.reading import read_capped
from preflight.core.state_files import DamagedStateFileError, Upgrade, regular_file_size
from preflight.core.state_files import upgrade as upgrade_format


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


# ----- the file: format versions, upgrades, reading -----------------------------------------------

# The version of the settings file this code writes; older files are brought forward by UPGRADES.
SETTINGS_FORMAT = 1
FORMAT_KEY = "format"
# A settings file is a few hundred bytes; this refuses /dev/zero or a mistaken 2 GB file quickly.
MAX_SETTINGS_BYTES = 1_000_000


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Files written before the format was recorded (format 0) hold the same keys as format 1."""
    return data


# (format reached, step), in order. A renamed or reshaped setting gets a new step here, never a
# reset of the user's other settings.
UPGRADES: tuple[tuple[int, Upgrade], ...] = ((1, _from_unversioned),)


def upgrade(data: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """``data`` brought up to SETTINGS_FORMAT, and the format the file said it had."""
    return upgrade_format(data, UPGRADES, FORMAT_KEY)


def _known_keys() -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    for name, info in Settings.model_fields.items():
        section = info.annotation
        assert isinstance(section, type) and issubclass(section, BaseModel)
        sections[name] = set(section.model_fields)
    return sections


def split_unknown(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the known settings, the keys this version does not know), both as nested dicts."""
    known_keys = _known_keys()
    known: dict[str, Any] = {}
    unknown: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known_keys:
            unknown[name] = value
        elif isinstance(value, dict):
            known[name] = {k: v for k, v in value.items() if k in known_keys[name]}
            extra = {k: v for k, v in value.items() if k not in known_keys[name]}
            if extra:
                unknown[name] = extra
        else:
            known[name] = value  # the wrong type: validation says so
    return known, unknown


@dataclass(frozen=True)
class SettingProblem:
    """One value the app could not use and replaced with its default."""

    where: str
    problem: str


@dataclass
class LenientSettings:
    """Settings read as far as they can be: bad values at their defaults, unknown keys kept."""

    settings: Settings
    problems: list[SettingProblem] = field(default_factory=list)
    unknown: dict[str, Any] = field(default_factory=dict)


def settings_leniently(data: dict[str, Any]) -> LenientSettings:
    """Every good value of ``data`` kept; each bad one dropped (its default used) and noted.

    For the app's own settings file: one outdated, unknown or broken value never costs the others.
    """
    upgraded, _ = upgrade(data)
    known, unknown = split_unknown(upgraded)
    remaining = copy.deepcopy(known)
    problems: list[SettingProblem] = []
    # Each round drops at least one value, so this ends; the bound is a guard, not a limit.
    for _ in range(1 + sum(len(v) if isinstance(v, dict) else 1 for v in remaining.values())):
        try:
            return LenientSettings(Settings.model_validate(remaining), problems, unknown)
        except ValidationError as error:
            for detail in error.errors():
                where = ".".join(str(part) for part in detail["loc"])
                problems.append(SettingProblem(where or "settings", detail["msg"]))
                _drop(remaining, detail["loc"])
    return LenientSettings(Settings(), problems, unknown)


def _drop(data: dict[str, Any], loc: Sequence[int | str]) -> None:
    """Removes the value at ``loc`` (or, when it cannot be reached, its whole section)."""
    if not loc:
        data.clear()
        return
    section = data.get(str(loc[0]))
    if len(loc) >= 2 and isinstance(section, dict) and loc[1] in section:
        del section[str(loc[1])]
        return
    data.pop(str(loc[0]), None)


def settings_strictly(data: dict[str, Any], name: str) -> Settings:
    """The settings in ``data`` or an InputError naming the first bad value.

    Unknown keys are refused (a typo should not pass silently) unless the file says it was written
    by a newer version, in which case the keys this version does not know are ignored.
    """
    upgraded, version = upgrade(data)
    if version > SETTINGS_FORMAT:
        upgraded, _ = split_unknown(upgraded)
    try:
        return Settings.model_validate(upgraded)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise input_error(
            "settings.bad_value", name=name, where=where, problem=first["msg"]
        ) from exc


def read_settings_data(path: Path) -> dict[str, Any]:
    """The table in a settings file (TOML or JSON, UTF-8 with or without a BOM).

    Checked like a profile file before it is opened: a folder, pipe or device is refused and the
    size is capped, so ``--settings /dev/zero`` or a FIFO ends at once with one clear message.
    """
    try:
        size = regular_file_size(path)
    except DamagedStateFileError as exc:
        raise input_error("settings.not_a_file", path=str(path)) from exc
    except OSError as exc:
        raise input_error("settings.cannot_read", path=str(path), reason=exc.strerror) from exc
    if size is None:
        raise input_error("settings.missing", path=str(path))

    def too_big() -> InputError:
        return input_error("settings.too_big", name=path.name, kb=MAX_SETTINGS_BYTES // 1000)

    if size > MAX_SETTINGS_BYTES:
        raise too_big()
    raw = read_capped(path, MAX_SETTINGS_BYTES, too_big)
    data = parse_settings_text(raw, json_first=path.suffix.lower() == ".json", name=path.name)
    if not isinstance(data, dict):
        raise input_error("settings.not_a_table", name=path.name)
    return data


def parse_settings_text(raw: bytes, *, json_first: bool, name: str) -> Any:
    """TOML or JSON, whichever the bytes are (the file's suffix says which to try first)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise input_error("settings.invalid", name=name, detail=exc) from exc
    readers: list[Callable[[str], Any]] = [json.loads, tomllib.loads]
    if not json_first:
        readers.reverse()
    first_error: Exception | None = None
    for read in readers:
        try:
            return read(text)
        except (ValueError, RecursionError) as exc:  # TOMLDecodeError is a ValueError
            first_error = first_error or exc
    raise input_error("settings.invalid", name=name, detail=first_error) from first_error


def load_settings(path: Path) -> Settings:
    """Reads a settings file (TOML or JSON); anything not given keeps its default."""
    return settings_strictly(read_settings_data(path), path.name)


def settings_file_data(settings: Settings, unknown: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the app writes: the format, every setting, and the keys kept from a newer version."""
    data: dict[str, Any] = {FORMAT_KEY: SETTINGS_FORMAT}
    for name, value in (unknown or {}).items():
        data[name] = copy.deepcopy(value)
    for name, value in settings.model_dump(mode="json").items():
        kept = data.get(name)
        data[name] = {**kept, **value} if isinstance(kept, dict) else value
    return data
