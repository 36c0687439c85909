"""A number glued to a capital naming a technology ("5G", "3D", "4K vídeo") is no result."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import has_result
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "result"),
    [
        ("es", "INGENIERO APASIONADO POR EL 5G Y LA INDUSTRIA 4.0.", False),
        ("es", "Monto redes 5G y grabo en 4K las obras; inglés B2, alemán A1.", False),
        ("en", "We do 3D printing, 4K video and 802.11ac surveys; H2O sensors too.", False),
        ("en", "Cut the route by 5km and the load by 10kg.", True),
        ("en", "Made the build 3x faster.", True),
        ("es", "Ahorré 40k€ al año.", True),
        ("es", "Llegamos a 20M de usuarios.", True),
        ("es", "El canal llegó a 20K suscriptores.", True),
        ("en", "It grew to 5K subscribers.", True),
    ],
)
def test_technology_names_are_no_quantities(language: Language, text: str, result: bool) -> None:
    assert has_result(analyze_text(text, language)) is result
