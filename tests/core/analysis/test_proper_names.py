"""A cliché word that opens a company's or a network's name is part of the name, not a cliché."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


def _cliches(text: str, language: Language) -> list[str]:
    analysis = analyze_text(text, language)
    assert HEADLINE_DETECTORS["cliches"](analysis) == bool(analysis.buzzwords)
    return [m.text for m in analysis.buzzwords]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Innovative Teaching Network founder | Physics teacher"),
        ("en", "Dynamic Robotics engineer"),
        ("en", "Physics teacher | Innovative Teaching Network founder"),
        ("en", "Head of Sales at Driven Freight"),
        ("es", "Dinámica Consultores socia | Estrategia"),
        ("es", "Socia de Dinámica Consultores"),
    ],
)
def test_a_name_that_opens_with_a_cliche_word_is_no_cliche(language: Language, text: str) -> None:
    assert _cliches(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Innovative, results-driven leader", ["Innovative", "results-driven"]),
        ("en", "INNOVATIVE LEADER", ["INNOVATIVE"]),
        ("en", "Innovative Product Leader", ["Innovative"]),
        ("en", "Passionate Marketing professional", ["Passionate"]),
        ("en", "Dynamic engineer | Robotics", ["Dynamic"]),
        (
            "es",
            "Profesional Dinámica y Proactiva | Ventas B2B",
            ["Profesional Dinámica", "Proactiva"],
        ),
        ("es", "DINÁMICA Y PROACTIVA", ["DINÁMICA", "PROACTIVA"]),
    ],
)
def test_cliches_in_capitals_or_before_a_role_of_their_own_still_count(
    language: Language, text: str, expected: list[str]
) -> None:
    assert _cliches(text, language) == expected
