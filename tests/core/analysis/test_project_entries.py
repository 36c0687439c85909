"""A participation phrase under a heading of projects names a project, not a post's duties."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "duties"),
    [
        (
            "es",
            "Soy ingeniero.\n\nAlgunos proyectos en los que he participado:\n- Diseñé la "
            "pasarela de Zamora.\n- Participé en la rehabilitación de un puente en Asturias.",
            False,
        ),
        ("es", "Logros:\n\n• Colaboré en la migración del ERP de 12 plantas.", False),
        ("es", "Hitos:\n1. Diseñé la pasarela.\n2. Participé en la obra del puente.", False),
        ("es", "Proyectos destacados: participé en la migración del core bancario.", False),
        ("en", "Projects I took part in:\n- Participated in the retrofit of a bridge.", False),
        # the same phrase under duties, or in a sentence of its own, states a duty
        ("es", "Funciones:\n- Participé en reuniones de obra.\n- Control de calidad.", True),
        ("es", "En mi puesto participé en la definición de la arquitectura.", True),
        ("es", "Proyectos:\n- Diseño de pasarelas.\n\nParticipé en las guardias del equipo.", True),
        ("en", "Main duties:\n- Participated in weekly site meetings.", True),
    ],
)
def test_participation_lists_a_project_only_under_a_heading_of_projects(
    language: Language, text: str, duties: bool
) -> None:
    assert ABOUT_DETECTORS["duties"](analyze_text(text, language), "") is duties
