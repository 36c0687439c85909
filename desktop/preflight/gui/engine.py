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


# Every module the worker thread's ops import. They are imported on the GUI thread before the
# worker's first op (``Engine.preload``): two threads importing the same modules at once could
# see one half-initialised ("partially initialized module 'pydantic._internal._validators'").
WORKER_MODULES = (
    # First: it imports spaCy without its command-line package (see spacy_import).
    "preflight.core.analysis",
    "preflight.core.importers",
    "preflight.core.importers.export",
    "preflight.core.importers.jsonresume",
    "preflight.core.importers.pasted",
    "preflight.core.importers.pdf",
    "preflight.core.analysis.language",
    "preflight.core.analysis.pipeline",
    "preflight.core.scoring",
    "preflight.core.photo",
    "preflight.core.photo.framing",
    "preflight.core.analysis.other_languages",
    "preflight.core.checks.photo_findings",
    # The inline marks are found off the GUI thread too.
    "preflight.core.marks",
    "preflight.core.marks.find",
    "preflight.core.marks.models",
    "preflight.core.marks.rewrites",
    "preflight.gui.drafts",
    "preflight.gui.session",
    "spacy.lang.en",
    "spacy.lang.es",
    # What building a blank pipeline imports on its way: factories and loggers.
    "spacy.pipeline.factories",
    "spacy_loggers.util",
    # What importlib.resources loads on its first read from a package (the lemma tables).
    "importlib.readers",
    "importlib.resources.readers",
    # Codecs looked up by name while reading pastes and PDF text.
    "encodings.cp1252",
    "encodings.utf_8_sig",
    "encodings.utf_16",
    "encodings.utf_16_le",
)


class Engine:
    """Loads, scores and analyses photos with the core (imported lazily: the window comes first)."""

    def preload(self) -> None:
        """Imports, on the calling (GUI) thread, every module the worker's ops will need."""
        import importlib

        for name in WORKER_MODULES:
            try:
                importlib.import_module(name)
            except ImportError:  # the op that needs it says so, on its own thread, as before
                continue
        # spaCy imports its registered functions (and every language) on first use of a registry.
        try:
            from spacy.util import registry

            registry.ensure_populated()
        except ImportError:  # as above: the worker meets it again and reports it
            pass
        # Pillow imports its format plugins on the first image it opens.
        from PIL import Image

        Image.init()

    def load(self, path: Path, *, as_of: dt.date) -> Profile:
        """Reads a profile from any supported file or folder."""
        from preflight.core.importers import load_profile

        return load_profile(path, as_of=as_of)

    def load_text(self, text: str, *, source: Path, as_of: dt.date) -> Profile:
        """Reads pasted profile text from memory (``source`` names it, as if saved there)."""
        from preflight.core.analysis.language import detect_language
        from preflight.core.importers import within_limits
        from preflight.core.importers.pasted import read_pasted_text

        profile = within_limits(read_pasted_text(text, as_of=as_of, source_path=str(source)))
        # As load_profile does: the member's own words decide the language.
        source_info = profile.source
        language = detect_language(
            profile.text_for_language_detection(), default=source_info.language
        )
        info = source_info.model_copy(update={"language": language})
        return profile.model_copy(update={"source": info})

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
