"""«Si» + a verb with no subject addresses usted in a text that speaks to usted elsewhere."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Soy asesor fiscal. Si está cansado de sus impuestos, pídame una cita.", True),
        ("Llevo contabilidades. Si necesita ordenar las facturas, escríbame.", True),
        ("Reviso contratos. Si quiere que revise los suyos, puede llamarme.", True),
        ("Soy jefe de tráfico. Si hace falta, me quedo hasta tarde. Escríbeme.", False),
        ("Soy jefe de tráfico. Si un camión se avería, lo resuelvo. Llámeme.", False),
        ("Soy jefe de tráfico. Si hace falta, me quedo hasta tarde.", False),
    ],
)
def test_si_with_a_usted_verb(text: str, addresses: bool) -> None:
    assert ABOUT_DETECTORS["reader_value"](analyze_text(text, "es"), "") is addresses
