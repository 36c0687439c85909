"""In an About, work for a named audience is reader value when it is the member's own, present."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


def speaks_to_reader(text: str, language: Language) -> bool:
    return ABOUT_DETECTORS["reader_value"](analyze_text(text, language), "Priya Shah")


@pytest.mark.parametrize(
    ("language", "text", "served"),
    [
        ("en", "I build websites for therapists in Leeds.", True),
        ("en", "My team builds websites for therapists in Leeds.", True),
        ("en", "I run a studio in Leeds. My colleague Dana builds websites for therapists.", False),
        ("en", "I have worked in Leeds for 12 years and for Acme since 2019.", False),
        ("es", "Diseño webs para psicólogas en Sevilla.", True),
        ("es", "Mi equipo diseña webs para psicólogas en Sevilla.", True),
        ("es", "Tengo un estudio en Sevilla. Mi socia Laura diseña webs para psicólogas.", False),
        ("es", "Trabajé durante 12 años para Mercadona en Sevilla.", False),
    ],
)
def test_an_audience_counts_only_in_the_members_own_present_work(
    language: Language, text: str, served: bool
) -> None:
    assert speaks_to_reader(text, language) is served
