"""A duty noun ("tareas", "tasks") is a duty only where it introduces the member's duties."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "duties"),
    [
        ("es", "Disfruto automatizando con Ansible las tareas que antes se hacían a mano.", False),
        ("es", "Reviso las funciones de cada analizador antes del turno.", False),
        ("es", "Funciones: archivo, facturación y atención telefónica.", True),
        ("es", "Entre sus funciones estaba la caja.", True),
        ("es", "Entre mis tareas estaba preparar los modelos.", True),
        ("es", "Me encargo de las nóminas de la empresa.", True),
        ("en", "Most weeks I automate the tasks analysts used to do by hand.", False),
        ("en", "Responsibilities\nReceiving, put-away and cycle counts.", True),
        ("en", "My duties included the tills and stock.", True),
    ],
)
def test_duty_noun_counts_where_it_introduces_duties(
    language: Language, text: str, duties: bool
) -> None:
    assert ABOUT_DETECTORS["duties"](analyze_text(text, language), "") is duties
