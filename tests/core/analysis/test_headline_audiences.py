"""Headline audiences after "for"/«para»: artists and parents are people served; devices are not."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "serves"),
    [
        ("en", "Music publicist for independent artists | Leeds", True),
        ("en", "Editor for first-time authors", True),
        ("en", "Sound engineer for live gigs", False),
        ("es", "Mediadora familiar para madres y padres que se separan", True),
        ("es", "Ingeniero de firmware para sensores industriales", False),
    ],
)
def test_a_headline_audience_names_people(language: Language, text: str, serves: bool) -> None:
    assert HEADLINE_DETECTORS["reader_value"](analyze_text(text, language)) is serves
