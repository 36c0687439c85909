"""A cliché word after "have" is a verb; a short line said three times repeats; a frame does not."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "cliche"),
    [
        ("en", "I have driven tankers across Scotland since 2012.", False),
        ("en", "Driven and passionate sales professional.", True),
        ("es", "He motivado a equipos de almacén en tres centros.", False),
        ("es", "Profesional motivado y proactivo.", True),
    ],
)
def test_a_cliche_word_after_a_perfect_auxiliary_is_a_verb(
    language: Language, text: str, cliche: bool
) -> None:
    assert ABOUT_DETECTORS["cliches"](analyze_text(text, language), "") is cliche


@pytest.mark.parametrize(
    ("language", "text", "repeats"),
    [
        ("en", "Van driver in Hull. START TOMORROW. START TOMORROW. START TOMORROW.", True),
        ("en", "Van driver in Hull. Start tomorrow. Start tomorrow.", False),
        ("en", "I fix boilers in Hull. Mostly old ones. I fix boilers in Hull.", True),
        (
            "es",
            "Cocina de mercado. Llevo un bar en Teruel. Compro en la plaza cada mañana. "
            "Cambio la carta cada semana. Si pasas por Teruel, entra a saludar. Cocina de mercado.",
            False,
        ),
    ],
)
def test_repetition_counts_short_lines_at_the_third_time_and_spares_a_frame(
    language: Language, text: str, repeats: bool
) -> None:
    assert ABOUT_DETECTORS["repetition"](analyze_text(text, language), "") is repeats
