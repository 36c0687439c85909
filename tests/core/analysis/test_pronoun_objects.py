"""«él»/«ella» after a preposition is its object, not the member told in the third person."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("Ayudo a pacientes a entender el tratamiento y a vivir con él.", False),
        ("Reviso cada texto, porque un error en él puede costar un pleito.", False),
        ("Carmen es abogada. Ella lleva despidos en su despacho.", True),
    ],
)
def test_a_pronoun_after_a_preposition_is_no_subject(text: str, third: bool) -> None:
    assert ABOUT_DETECTORS["third_person"](analyze_text(text, "es"), "") is third
