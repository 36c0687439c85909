"""A duty phrase before a count gives a scale; one that holds its charge still lists a duty."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "duties"),
    [
        ("en", "Analyst. Worked on 11 closed deals since 2021.", False),
        ("en", "My team has handled 120+ incidents in three years.", False),
        ("en", "I handled claims and complaints for a motor insurer.", True),
        ("en", "Responsible for 85 supermarket accounts in the North West.", True),
        ("es", "Participé en 40 obras de rehabilitación.", False),
        ("es", "Participé en la rehabilitación de un puente.", True),
        ("es", "Responsable de 120 cuentas de supermercados.", True),
    ],
)
def test_a_count_after_a_duty_verb_is_a_scale(language: Language, text: str, duties: bool) -> None:
    assert ABOUT_DETECTORS["duties"](analyze_text(text, language), "") is duties
