"""Keyword lists: short items between separators with no verb, judged by segment and shape."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


def _about_lists(text: str, language: Language) -> bool:
    return ABOUT_DETECTORS["keyword_dump"](analyze_text(text, language), "")


def _headline_lists(text: str, language: Language) -> bool:
    return HEADLINE_DETECTORS["keyword_dump"](analyze_text(text, language))


@pytest.mark.parametrize(
    ("language", "text", "lists"),
    [
        ("en", "Plumber | Gas Safe engineer | Boiler servicing | Landlord certificates", True),
        ("en", "CHEF | KITCHEN MANAGER | FOOD SAFETY | MENU COSTING | ALLERGENS", True),
        ("en", "Budgeting, forecasting, audit, payroll, VAT returns", True),
        ("en", "Backend engineer | Java | Kotlin | AWS", False),
        ("en", "HR Business Partner | Employee relations | Change management", False),
        ("en", "Visionary leader | Thought leader | Team player | Go-getter", False),
        ("en", "Bid writer | I help charities win grants, tenders and contracts", False),
        ("es", "Camarera | Jefa de sala | Sumiller | Carta de vinos", True),
        ("es", "SEO · SEM · Google Ads · Analítica · Redacción", True),
        ("es", "Desarrollador backend | Java | Kotlin | AWS", False),
        ("es", "Abogada laboralista | Despacho Ruiz | Valencia", False),
    ],
)
def test_a_headline_list_needs_more_than_a_role_and_its_tags(
    language: Language, text: str, lists: bool
) -> None:
    assert _headline_lists(text, language) is lists


@pytest.mark.parametrize(
    ("language", "text", "lists"),
    [
        ("en", "Design, illustration and branding. I draw labels for small breweries.", True),
        ("en", "I run payroll for care homes.\nSage | Xero | BrightPay | HMRC filings\n", True),
        (
            "en",
            "I run payroll for care homes.<br>Sage&nbsp;|&nbsp;Xero&nbsp;|&nbsp;BrightPay"
            "&nbsp;|&nbsp;HMRC",
            True,
        ),
        ("en", "I work with Python, SQL and Airflow on the data team of a bus company.", False),
        ("en", "Led the sales, marketing and support teams through the merger.", False),
        (
            "en",
            "Warehouse lead, Leeds.\nResponsibilities\nGoods in, returns and stock checks.",
            False,
        ),
        ("es", "Diseño, ilustración y branding. Dibujo etiquetas para bodegas pequeñas.", True),
        ("es", "Sistemas Linux.\nDebian, Ubuntu, RHEL\nAnsible, Terraform, Docker\n", True),
        ("es", "Trabajo con Python, SQL y Airflow en el equipo de datos de una naviera.", False),
        ("es", "Reviso facturas de luz. Si le interesa, puede llamarme o escribirme.", False),
        ("es", "Organizo la selección de una cadena: perfiles, entrevistas y ofertas.", False),
        (
            "es",
            "Doy clases de cocina. Hago paellas, fideuás y arroces con los niños y sus padres.",
            False,
        ),
    ],
)
def test_an_about_line_is_a_list_when_nothing_makes_it_a_sentence(
    language: Language, text: str, lists: bool
) -> None:
    assert _about_lists(text, language) is lists
