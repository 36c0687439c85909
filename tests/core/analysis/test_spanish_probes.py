"""Forms a blind writer uses: spaced dashes between keywords, a version after a hyphenated name,
a pasted paragraph said again with a small change, and segments served after «para»."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Contabilidad – Fiscalidad – Nóminas – Laboral – Auditoría", True),
        ("Contabilidad - Fiscalidad - Nóminas - Laboral - Auditoría", True),
        # a range or a compound is no separator, nor a title before a place
        ("Jefe de obra – Construcción – Madrid", False),
        ("Ventas B2B en e-commerce para 10–15 marcas de moda", False),
    ],
)
def test_spaced_dashes_separate_keywords(text: str, listed: bool) -> None:
    assert HEADLINE_DETECTORS["keyword_dump"](analyze_text(text, "es")) is listed


@pytest.mark.parametrize(
    ("language", "text", "result"),
    [
        ("es", "Técnico de redes. Despliego Wi-Fi 6 en hoteles.", False),
        ("en", "Network engineer. I rolled out Wi-Fi 6 across the campus.", False),
        ("es", "Técnico de redes. Despliego Wi-Fi en 30 hoteles.", True),
    ],
)
def test_a_version_after_a_hyphenated_name_is_no_result(
    language: Language, text: str, result: bool
) -> None:
    assert ABOUT_DETECTORS["result"](analyze_text(text, language), "") is result


@pytest.mark.parametrize(
    ("language", "text", "repeated"),
    [
        (
            "es",
            "Ayudo a clínicas dentales a llenar su agenda con campañas locales.\n\n"
            "Ayudo a clínicas dentales a llenar sus agendas con campañas locales.",
            True,
        ),
        (
            "en",
            "I help dental practices fill their diaries with local campaigns that get booked.\n\n"
            "I help dental practices fill their diary with local campaigns that get booked.",
            True,
        ),
        # a greeting said twice, or two sentences on the same subject, repeat nothing
        ("es", "Hola. Soy Sofía y diseño campañas. Hola también a quien llegue por aquí.", False),
        (
            "en",
            "I run local campaigns for dental practices in Cork and Limerick.\n\n"
            "Before that I ran paid social for a chain of opticians in Dublin and Galway.",
            False,
        ),
    ],
)
def test_a_paragraph_said_again_with_a_small_change_repeats(
    language: Language, text: str, repeated: bool
) -> None:
    assert ABOUT_DETECTORS["repetition"](analyze_text(text, language), "") is repeated


@pytest.mark.parametrize(
    ("text", "serves"),
    [
        ("Consultora de contratación pública para el sector público y ayuntamientos", True),
        ("Responsable de compras para Mercadona | Frescos y logística", False),
    ],
)
def test_a_sector_after_para_is_an_audience_a_company_is_not(text: str, serves: bool) -> None:
    assert HEADLINE_DETECTORS["reader_value"](analyze_text(text, "es")) is serves
