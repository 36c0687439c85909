"""Suggested skills are skill-like terms from the profile, never a common word in another sense."""

from __future__ import annotations

import datetime as dt

import pytest

from preflight.core.checks import skills
from preflight.core.importers.pasted import read_pasted_text
from preflight.core.models import Language
from tests.core.checks.profiles import profile, run, text_of
from tests.core.checks.skill_candidates import load_items, score

FIVE = ["SQL", "Excel", "Tableau", "Power BI", "Looker"]


@pytest.mark.parametrize(
    ("language", "about"),
    [
        ("en", "M&A adviser to family-owned engineering firms: 23 completed sales since 2015."),
        ("en", "I build forecasting dashboards on top of retail sales data for grocery chains."),
        ("es", "Si tu web frena tus ventas, te ayudo a encontrar dónde se pierden los clientes."),
        ("es", "Los errores de facturación le cuestan ventas a cualquier distribuidora."),
    ],
)
def test_sales_in_another_sense_is_not_suggested(language: Language, about: str) -> None:
    verdict = run(skills.check, profile(language, summary=about, skills=FIVE))
    said = text_of(verdict)
    assert "Sales" not in said and "Ventas" not in said


@pytest.mark.parametrize(
    ("language", "about", "skill"),
    [
        ("en", "Twelve years of experience in sales, most of them in medical devices.", "Sales"),
        ("es", "Doce años de experiencia en ventas de equipos médicos.", "Ventas"),
        ("es", "Directora de ventas para el sur de Europa.", "Ventas"),
    ],
)
def test_sales_as_a_field_is_still_suggested(language: Language, about: str, skill: str) -> None:
    verdict = run(skills.check, profile(language, summary=about, skills=FIVE))
    assert any(skill in s for s in verdict.suggestions)


def test_part_of_a_longer_name_is_not_the_shorter_skill() -> None:
    verdict = run(
        skills.check,
        profile(summary="I co-host the Employer Branding Club in Leeds.", skills=FIVE),
    )
    assert "Branding" not in text_of(verdict)


@pytest.mark.parametrize("language", ["en", "es"])
def test_suggestion_precision_on_the_held_out_sentences(language: Language) -> None:
    items = load_items(language)
    held_out = score([i for i in items if i.split == "held_out"])
    assert held_out.suggested >= 10  # enough suggestions for the figure to mean something
    assert held_out.precision >= 0.95, held_out.wrong
    development = score([i for i in items if i.split == "dev"])
    assert development.precision >= 0.95, development.wrong


def test_spanish_endorsement_lines_are_not_skills() -> None:
    page = "\n".join(
        [
            "Marta Gil",
            "Directora comercial | Ayudo a pymes industriales a exportar",
            "Aptitudes",
            "Negociación",
            "Respaldado por 23 colegas de Grupo Ávila",
            "Ventas B2B",
            "Validada por Jorge Ruiz y 4 personas más",
            "Avalado por 3 colegas",
            "Comercio exterior",
            "12 respaldos",
        ]
    )
    member = read_pasted_text(page, as_of=dt.date(2026, 11, 26))
    assert member.skills == ["Negociación", "Ventas B2B", "Comercio exterior"]
