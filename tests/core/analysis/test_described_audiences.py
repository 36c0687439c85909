"""A headline names whom it serves without "for": "to engineers who…", "13-year-olds"."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "serves"),
    [
        ("en", "Math teacher who makes algebra click for 13-year-olds", True),
        ("en", "Teaching English to engineers who need it for work", True),
        ("en", "Technical writer | Handing specs to engineers | Confluence", False),
        ("es", "Enseño inglés a ingenieros que lo necesitan para trabajar", True),
        ("es", "Analista de datos | Presento informes a directivos cada lunes", False),
    ],
)
def test_audience_told_by_a_relative_or_a_compound(
    language: Language, text: str, serves: bool
) -> None:
    assert HEADLINE_DETECTORS["reader_value"](analyze_text(text, language)) is serves
