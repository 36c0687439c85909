"""Whose verb a help word is: "She helps…" after a bio's opening, "Executive helping…"."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "helps"),
    [
        ("Yuki Mori is a social worker. She helps older adults plan safe returns home.", True),
        ("Tom Hale is a physio in Bristol. He helps runners come back from injuries.", True),
        # reader_value "says whom the member helps" (tests/labelled/README.md): a bio about the
        # member says it in whichever sentence it does, so a third sentence counts too
        ("Amara Osei is an engineer. She designs bridges. She helps charities with grants.", True),
        ("Amara Osei is an engineer. She spent years at Arup. Osei now advises councils.", True),
        ("Amara Osei is an engineer. On weekends she coaches a netball team.", False),
        ("Amara Osei is an engineer. Every Saturday she coaches a netball team.", False),
        # a colleague as the subject: in a first-person About, or not named in the bio's opening
        ("I am an engineer. I work with Tom Reed. Tom advises councils on bridges.", False),
        ("Amara Osei is an engineer. She leads a team with Tom Reed. Tom advises councils.", False),
    ],
)
def test_a_bio_says_whom_the_member_helps_in_any_sentence(text: str, helps: bool) -> None:
    assert ABOUT_DETECTORS["reader_value"](analyze_text(text, "en"), "") is helps


@pytest.mark.parametrize(
    ("text", "helps"),
    [
        (
            "Ricardo Alarcón es asesor inmobiliario. Ha cerrado 300 operaciones. Ricardo acompaña "
            "a familias en la compra de su primera vivienda.",
            True,
        ),
        (
            "Ana García es abogada laboralista. Trabajó años en un despacho. Desde 2019, García "
            "asesora a pequeñas empresas en despidos.",
            True,
        ),
        (
            "Ana García es abogada laboralista. Trabajó doce años en un despacho. Hoy ella asesora "
            "a pymes en despidos.",
            True,
        ),
        (
            "Rosalía Achaval es procuradora. Trabajó diez años en el turno de oficio. Hoy asesora "
            "a padres y madres en procesos de custodia.",
            True,
        ),
        # a colleague: in a text the member writes, or named only later in a bio; a pastime
        (
            "Soy abogada laboralista. Trabajo con Luis Mora desde 2015. Luis acompaña a las "
            "empresas en las inspecciones.",
            False,
        ),
        (
            "Abogada laboralista. Dirijo el área laboral. Mi socio Luis asesora a pymes.",
            False,
        ),
        (
            "Ana García es abogada. Dirige el área laboral con Luis Mora. Luis acompaña a las "
            "empresas en las inspecciones.",
            False,
        ),
        (
            "Ana García es abogada. Dirige el área laboral. Los fines de semana, Ana entrena a un "
            "equipo infantil.",
            False,
        ),
    ],
)
def test_a_spanish_bio_says_whom_the_member_helps_in_any_sentence(text: str, helps: bool) -> None:
    assert ABOUT_DETECTORS["reader_value"](analyze_text(text, "es"), "") is helps


@pytest.mark.parametrize(
    ("text", "helps"),
    [
        ("Account Executive helping mid-market retailers cut checkout abandonment", True),
        ("Sales Executive helping dental practices fill their books", True),
        ("Executive Coaching and Career Coaching in Manchester", False),
        ("Certified in executive coaching | HR Business Partner", False),
    ],
)
def test_a_title_before_a_lower_case_gerund_ends_the_name(text: str, helps: bool) -> None:
    assert bool(analyze_text(text, "en").reader_value) is helps
