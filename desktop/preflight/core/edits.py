"""Edits to the headline and About applied to a profile: one way for the app and the checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from preflight.core.models import Profile

TextField = Literal["headline", "summary"]


def with_texts(profile: Profile, texts: Mapping[TextField, str]) -> Profile:
    """A copy of ``profile`` whose headline or About reads as given (the original is untouched)."""
    update: dict[str, str] = {str(field): text for field, text in texts.items()}
    return profile.model_copy(update=update)
