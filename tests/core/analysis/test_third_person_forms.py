"""In a bio told of the member, «enseña» or «escribe» is the member's verb, not an imperative."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        (
            "Julián Robles restaura muebles en Cuenca. Trabaja con nogal y enseña a restaurar.",
            False,
        ),
        ("Carmen Lozano diseña jardines. Hoy escribe sobre riego y comparte sus planos.", False),
        (
            "Ella restaura muebles en Cuenca. Enseña a restaurar en talleres de fin de semana.",
            False,
        ),
        ("Restauro muebles en Cuenca. Escribe a mi taller si tienes una silla rota.", True),
        ("Restauro muebles en Cuenca. Pregunta por los talleres de fin de semana.", True),
        ("Julián Robles restaura muebles en Cuenca. Escríbele y te enseña el taller.", True),
    ],
)
def test_ambiguous_forms_in_a_third_person_bio(text: str, invites: bool) -> None:
    assert ABOUT_DETECTORS["next_step"](analyze_text(text, "es"), "") is invites
