"""A modal said to the reader before a contact verb invites: «puedes escribirle»."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "invites"),
    [
        (
            "es",
            "Claudia asesora a bodegas. Si tu bodega quiere crecer, puedes escribirle aquí.",
            True,
        ),
        ("es", "Reviso facturas de luz. Si le interesa, puede llamarme o escribirme.", True),
        ("es", "Reviso facturas de luz. Podéis llamarnos cualquier mañana.", True),
        ("es", "Laura dirige la tienda. Ella puede explicarlo mejor que nadie en la feria.", False),
        ("en", "I run payroll for small cafés. You can reach me here most afternoons.", True),
        ("en", "I run payroll for small cafés. My manager can call it a success.", False),
    ],
)
def test_modal_to_the_reader_before_a_contact_verb(
    language: Language, text: str, invites: bool
) -> None:
    assert ABOUT_DETECTORS["next_step"](analyze_text(text, language), "") is invites
