"""The draft checks' word lists (resources/lexicons/<lang>/draft.toml), folded for matching."""

from __future__ import annotations

import tomllib
from functools import cache

from preflight.core.draft.text import fold
from preflight.core.models import Language
from preflight.core.resources import resource


@cache
def draft_words(language: Language) -> dict[str, tuple[str, ...]]:
    """Each list, lower-cased and without accents, longest phrases first."""
    data = tomllib.loads(resource("lexicons", language, "draft.toml").read_text(encoding="utf-8"))
    return {
        name: tuple(sorted({fold(entry) for entry in entries}, key=len, reverse=True))
        for name, entries in data.items()
    }


@cache
def stop_words(language: Language) -> frozenset[str]:
    """spaCy's stop words for ``language``, folded (spaCy itself imported without its CLI)."""
    import preflight.core.analysis  # noqa: F401  (the lean spaCy import)

    if language == "es":
        from spacy.lang.es.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(fold(word) for word in STOP_WORDS)
