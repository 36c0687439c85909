"""Keyword lists down the page, lines of their own, and lists that are a sentence's adjuncts."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


def _lists(text: str, language: Language) -> bool:
    return ABOUT_DETECTORS["keyword_dump"](analyze_text(text, language), "")


@pytest.mark.parametrize(
    ("language", "text", "lists"),
    [
        (
            "en",
            "Payroll lead.\n• Payroll\n• Pensions\n• HMRC filings\n• Sick pay\nI like order.",
            True,
        ),
        (
            "en",
            "IT support.<ul><li>Windows</li><li>Networking</li><li>Jira</li><li>Azure</li></ul>",
            True,
        ),
        (
            "en",
            "Ops.\n• Cut picking errors\n• Rebuilt the plan\n• Trained leads\n• Opened a shift",
            False,
        ),
        ("en", "Chef.\n• Team player\n• Hard-working\n• Passionate cook\n• Results-driven", False),
        ("en", "Nurse.\n• Wards\n• Clinics\n• Theatres\nI love the night shift.", False),
        ("es", "Técnica.\n• Nóminas\n• Contratos\n• Convenios colectivos\n• Bajas médicas", True),
        (
            "es",
            "Docente.\nAtención a la diversidad, tutoría, evaluación formativa, mediación.\n",
            True,
        ),
        (
            "es",
            "Móvil.\nKotlin, Swift, Flutter, pruebas automatizadas, accesibilidad.\nVivo en Lima.",
            True,
        ),
        (
            "es",
            "Ceramista. Trabajo sola, sin prisas, con barro de la zona y con esmaltes propios.",
            False,
        ),
        (
            "es",
            "Soy técnico. Trabajo a diario con VMware, ZFS, DNS y VPN, casi siempre en consola.",
            False,
        ),
    ],
)
def test_lists_are_judged_by_their_lines_and_items(
    language: Language, text: str, lists: bool
) -> None:
    assert _lists(text, language) is lists
