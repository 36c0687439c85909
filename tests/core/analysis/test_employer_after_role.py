"""A run of capitalised words after a role and a comma names the employer, not the member."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "cliche"),
    [
        ("en", "Artistic Director, Visionary Theatre Company (Bristol)", False),
        ("en", "Creative Director, Dynamic Events Agency", False),
        ("en", "Marketing Manager, Innovative and Passionate Storyteller", True),
        ("en", "Visionary Theatre Maker and Director", True),
        ("es", "Gerente de Cuentas, Dinámica Consultores (Sevilla)", False),
    ],
)
def test_an_employer_after_a_role_holds_its_cliche_word(
    language: Language, text: str, cliche: bool
) -> None:
    assert HEADLINE_DETECTORS["cliches"](analyze_text(text, language)) is cliche
