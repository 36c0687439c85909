"""The photo check from the image file itself: analysis, attaching it to a profile, cropping."""

from __future__ import annotations

from pathlib import Path

from preflight.core.models import PhotoEvidence, Profile
from preflight.core.photo.analyze import analyze_photo
from preflight.core.photo.crop import save_cropped_copy
from preflight.core.settings import PhotoSettings

__all__ = ["analyze_photo", "attach_photo", "save_cropped_copy"]


def attach_photo(profile: Profile, path: Path, settings: PhotoSettings) -> Profile:
    """A copy of the profile whose photo evidence is this file and its analysis."""
    analysis = analyze_photo(path, settings)
    date = profile.photo.date if profile.photo is not None else None
    evidence = PhotoEvidence(kind="file", path=str(path), date=date, analysis=analysis)
    return profile.model_copy(update={"photo": evidence})
