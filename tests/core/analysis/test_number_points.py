"""Bare numbers that name a point (an age, a time, a number to ring, a standard) are no result."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import has_result
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "result"),
    [
        ("en", "I coach swimmers aged 9 to 12 at a club in Hull.", False),
        ("en", "I retrained as a nurse at 41, after years in retail.", False),
        ("en", "Nobody rings 111 for fun; I answer the calls at night.", False),
        ("en", "My shift starts at 6am and ends when the last van is out.", False),
        ("en", "We passed our first ISO 27001 audit with no findings.", False),
        ("en", "I opened clinics at 34 sites across the North.", True),
        ("en", "I called 40 clients a week and kept all of them.", True),
        ("es", "Entreno a mayores de 65 en un centro cívico de Zaragoza.", False),
        ("es", "Empecé a programar a los 38, después de diez años en hostelería.", False),
        ("es", "Si ves humo, llama al 112 antes que a nadie.", False),
        ("es", "Entreno a 65 personas mayores cada semana.", True),
    ],
)
def test_a_bare_number_for_an_age_a_time_or_a_phone_is_no_result(
    language: Language, text: str, result: bool
) -> None:
    assert has_result(analyze_text(text, language)) is result
