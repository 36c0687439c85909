"""A cliché word inside a technical term is no cliché; "for" + a group served is an audience."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "cliche"),
    [
        ("en", "I moved a 60-room hotel to dynamic pricing last spring.", False),
        ("en", "I run our dedicated servers and the dynamic routing for the vans.", False),
        ("en", "A dynamic professional with a passion for hotels.", True),
        ("es", "Implanté precios dinámicos en una cadena de hoteles rurales.", False),
        ("es", "Doy talleres de dinámica de grupos en institutos.", False),
        ("es", "Soy una profesional dinámica y proactiva.", True),
        ("es", "Gurú del marketing digital | Ninja del SEO", True),
    ],
)
def test_cliche_words_in_technical_terms(language: Language, text: str, cliche: bool) -> None:
    assert ABOUT_DETECTORS["cliches"](analyze_text(text, language), "") is cliche


@pytest.mark.parametrize(
    ("language", "text", "serves"),
    [
        ("en", "Bookkeeper for tradespeople and small builders", True),
        ("en", "Payroll for electricians and plumbers", True),
        ("en", "Swimming coach for adults", True),
        ("en", "Bookkeeper for 12 years | Xero | Sage", False),
        ("es", "Profesora de inglés para adultos | Exámenes B2 y C1", True),
        ("es", "Asesoría fiscal para electricistas y fontaneros", True),
        ("es", "Contable desde 2010 | Sage | A3", False),
    ],
)
def test_for_a_group_served_is_reader_value(language: Language, text: str, serves: bool) -> None:
    assert HEADLINE_DETECTORS["reader_value"](analyze_text(text, language)) is serves


@pytest.mark.parametrize(
    ("language", "text", "result"),
    [
        ("es", "Desde 2021, catorce de ellas han conseguido su primer trabajo en datos.", True),
        ("es", "Conduzco autobuses desde hace catorce años.", False),
        ("en", "Since 2021, fourteen of them have landed their first analyst role.", True),
        ("en", "I have driven buses for fourteen years.", False),
    ],
)
def test_counts_in_words_past_twelve_are_results(
    language: Language, text: str, result: bool
) -> None:
    assert ABOUT_DETECTORS["result"](analyze_text(text, language), "") is result
