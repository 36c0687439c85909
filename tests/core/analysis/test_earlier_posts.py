"""Duty phrases: an earlier post is a career step, and «del» contracts «de el» in a duty."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "duties"),
    [
        ("en", "I design tunnels. Before Arup I worked on tram depots in Lyon.", False),
        ("en", "Previously I worked on the billing platform at a water company.", False),
        ("en", "At Arup I worked on tram depots and drainage surveys.", True),
        ("en", "I am responsible for payroll at a housing trust.", True),
        (
            "es",
            "Calculo túneles. Antes trabajé en Lyon y participé en dos depósitos de tranvía.",
            False,
        ),
        ("es", "Participé en la reforma de dos depósitos de tranvía en Lyon.", True),
        ("es", "Soy el encargado del mantenimiento de las líneas de soplado.", True),
        ("es", "Soy responsable del seguimiento de los indicadores de calidad.", True),
    ],
)
def test_duties_in_the_present_post_not_in_an_earlier_one(
    language: Language, text: str, duties: bool
) -> None:
    assert ABOUT_DETECTORS["duties"](analyze_text(text, language), "") is duties


def test_responsable_del_is_a_duty_not_a_cliche() -> None:
    analysis = analyze_text("Soy responsable del archivo de expedientes de personal.", "es")
    assert not ABOUT_DETECTORS["cliches"](analysis, "")
