"""'I work with' / «trabajo con» says whom the member serves only when people follow it."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "serves"),
    [
        ("es", "Trabajo con roble, nogal y castaño de la zona.", False),
        ("es", "Trabajo con arcillas de la zona y esmaltes sin plomo.", False),
        ("es", "Trabajo con familias que acaban de recibir un diagnóstico.", True),
        ("es", "Trabajo con gerentes de clínicas dentales.", True),
        ("es", "Trabajo con Agroseguro y con las principales aseguradoras.", True),
        ("en", "I work with spruce, maple and reclaimed rosewood.", False),
        ("en", "I work with small charities that have outgrown spreadsheets.", True),
        ("en", "I work with importers of furniture from Turkey.", True),
    ],
)
def test_work_with_needs_people_after_it(language: Language, text: str, serves: bool) -> None:
    assert ABOUT_DETECTORS["reader_value"](analyze_text(text, language), "") is serves
