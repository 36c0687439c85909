"""The criteria behind each check, with sources, from resources/report/<lang>/criteria.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass

from preflight.core.models import Language
from preflight.core.resources import resource
from preflight.core.settings import Settings


@dataclass(frozen=True)
class Criterion:
    """One rule a check applies, in words, and where it comes from."""

    check: str
    text: str
    source: str
    url: str


def load_criteria(
    language: Language, settings: Settings, number: Callable[[int], str] = str
) -> list[Criterion]:
    """The criteria in file order, with the thresholds from ``settings`` filled in by ``number``."""
    raw = tomllib.loads(resource("report", language, "criteria.toml").read_text(encoding="utf-8"))
    values = {name: number(value) for name, value in settings_values(settings).items()}
    return [
        Criterion(
            check=str(entry["check"]),
            text=str(entry["text"]).format(**values),
            source=str(entry["source"]),
            url=str(entry.get("url", "")),
        )
        for entry in raw["criterion"]
    ]


def settings_values(settings: Settings) -> dict[str, int]:
    """The numbers the criteria texts may quote, named as in the criteria files."""
    return {
        "photo_min": settings.photo.min_px,
        "photo_recommended": settings.photo.recommended_px,
        "photo_max_mb": settings.photo.max_file_bytes // (1024 * 1024),
        "face_percent": round(settings.photo.face_ratio_target * 100),
        "face_min_percent": round(settings.photo.face_ratio_min * 100),
        "face_max_percent": round(settings.photo.face_ratio_max * 100),
        "headline_max": settings.headline.max_chars,
        "headline_emoji": settings.headline.max_emoji,
        "summary_min": settings.summary.min_chars,
        "summary_max": settings.summary.max_chars,
        "summary_fold": settings.summary.fold_chars,
        "skills_pass": settings.skills.pass_min,
        "skills_warn": settings.skills.warn_min,
        "posts_recent": settings.posts.recent_days,
        "posts_stale": settings.posts.stale_days,
    }
