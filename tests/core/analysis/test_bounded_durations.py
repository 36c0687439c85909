"""A duration bounded from above measures speed, a result; a hyphenated plural is a counted noun."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import has_result
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "result"),
    [
        ("en", "Every site hit its payback in under 11 months.", True),
        ("en", "Each branch paid for the kit in less than 9 months.", True),
        ("en", "I spent 11 months as a buyer and over 6 years on the shop floor.", False),
        ("es", "Todos recuperaron la inversión en menos de 11 meses.", True),
        ("es", "Llevo 8 meses en compras y antes pasé más de 5 años en el almacén.", False),
        ("en", "My models helped nine start-ups extend their runway.", True),
        ("en", "I was the first finance hire at two start-ups.", False),
    ],
)
def test_bounded_durations_and_compound_counts(language: Language, text: str, result: bool) -> None:
    assert has_result(analyze_text(text, language)) is result
