"""The core calls the app makes, behind one object so tests can stand in for the slow parts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment, CheckId
    from preflight.core.models import Language, Profile
    from preflight.core.settings import PhotoSettings, Settings


class Engine:
    """Loads, scores and analyses photos with the core (imported lazily: the window comes first)."""

    def load(self, path: Path, *, as_of: dt.date) -> Profile:
        """Reads a profile from any supported file or folder."""
        from preflight.core.importers import load_profile

        return load_profile(path, as_of=as_of)

    def assess(
        self,
        profile: Profile,
        *,
        as_of: dt.date,
        language: Language,
        settings: Settings,
        confirmed: Iterable[CheckId],
    ) -> Assessment:
        """Judges the profile."""
        from preflight.core.scoring import assess

        return assess(
            profile,
            as_of=as_of,
            language=language,
            settings=settings,
            confirmed=frozenset(confirmed),
        )

    def attach_photo(self, profile: Profile, path: Path, settings: PhotoSettings) -> Profile:
        """The profile with the photo file as its photo evidence (analysed)."""
        from preflight.core.photo import attach_photo

        return attach_photo(profile, path, settings)

    def save_cropped_copy(
        self, profile: Profile, destination: Path, protected: tuple[Path, ...] = ()
    ) -> Path:
        """Writes the suggested square crop (else the centre square) of the attached photo.

        Never over, or inside, the photo or the ``protected`` files (the profile it came with).
        """
        from preflight.core.errors import input_error
        from preflight.core.photo import save_cropped_copy
        from preflight.core.photo.framing import shown_square

        photo = profile.photo
        if photo is None or not photo.path or photo.analysis is None:
            raise input_error("photo.crop.no_photo")
        analysis = photo.analysis
        crop = analysis.suggested_crop or shown_square(analysis.width, analysis.height)
        return save_cropped_copy(Path(photo.path), crop, destination, protected=protected)

    def warm_up(self) -> None:
        """Loads the language pipelines ahead of the first assessment."""
        from preflight.core.analysis.pipeline import warm_up

        warm_up()
