"""Voseo: «Escribí» as an imperative only where the text speaks in vos and nothing follows it;
«consultar» invites only with the member as a clitic or in usted's imperative."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


def _fires(detector: str, text: str) -> bool:
    return ABOUT_DETECTORS[detector](analyze_text(text, "es"), "")


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("Soy contadora. Si tenés una pyme, te ayudo con el monotributo. Escribí.", True),
        ("Soy psicóloga. Si vos también sentís que no llegás a todo, escribí.", True),
        ("Soy contadora. Si tenés una pyme, escribí y lo charlamos.", True),
        ("Soy psicóloga en Córdoba. Acompaño a adultos en duelo. Escribí, te respondo hoy.", True),
        ("Soy nutricionista. Trabajé en el Hospital Italiano. Respondé y coordinamos.", False),
        # «Escribí» with an object, or in a list of past verbs, is the member's past
        ("Soy periodista y escritora. Trabajé diez años en La Capital. Escribí dos libros.", False),
        ("Soy periodista. Si tenés una historia, me interesa. Escribí dos libros.", False),
        ("Soy periodista. Escribí, edité y publiqué tres libros de crónica.", False),
    ],
)
def test_a_bare_voseo_imperative_invites_where_the_text_speaks_in_vos(
    text: str, invites: bool
) -> None:
    assert _fires("next_step", text) is invites


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("Soy psicóloga en Córdoba. Acompaño a adultos en duelo. Consultame por turnos.", True),
        ("Soy nutricionista. Atiendo en Belgrano. Consúlteme sin compromiso.", True),
        ("Soy nutricionista. Atiendo en Belgrano. Pueden consultarnos por WhatsApp.", True),
        ("Soy nutricionista. Atiendo en Belgrano. Consulte disponibilidad por teléfono.", True),
        # the noun «consulta» invites no one
        ("Soy psicóloga. Atiendo adultos y parejas en Palermo. Consulta online.", False),
        ("Soy psicóloga. Atiendo adultos y parejas. Consulta online y presencial.", False),
    ],
)
def test_consultar_invites_with_the_member_as_clitic_or_as_usted(text: str, invites: bool) -> None:
    assert _fires("next_step", text) is invites


def test_vos_addresses_the_reader() -> None:
    assert _fires("reader_value", "Soy psicóloga. Si vos también sentís que no llegás, escribí.")
    assert not _fires("reader_value", "Soy pediatra. Atiendo en Belgrano y hago consultas.")
