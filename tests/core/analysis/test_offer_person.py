"""An offer after a clitic is the member's, in the first person: «te cuento», not «la cuenta»."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        (
            "Me encanta este trabajo porque se nota en la cuenta de resultados.",
            False,
        ),
        ("Dirijo compras. Me gusta porque la cuenta de cada proveedor la llevo yo.", False),
        ("Dirijo compras en Albacete. Si te interesa, te cuento cómo lo hicimos.", True),
        ("Dirijo compras en Albacete. Si le interesa, se lo explico en una llamada.", True),
        ("Dirijo compras en Albacete. Si os interesa, os lo contamos.", True),
    ],
)
def test_offer_after_a_clitic_is_first_person(text: str, invites: bool) -> None:
    assert ABOUT_DETECTORS["next_step"](analyze_text(text, "es"), "") is invites
