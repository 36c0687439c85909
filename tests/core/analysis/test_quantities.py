"""Quantities: numbers that show a result are found; years, dates and tenure are not."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from preflight.core.analysis.pipeline import get_nlp
from preflight.core.analysis.quantities import quantity_patterns
from preflight.core.analysis.text import analyze_text


def quantities(text: str, language: str) -> list[str]:
    return [m.text for m in analyze_text(text, language).quantities]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Grew revenue 30% in a year.", ["30%"]),
        ("en", "Cut churn by 12 %.", ["12 %"]),
        ("en", "Closed $2M in new business.", ["$2M"]),
        ("en", "Saved $1.2M and €500k.", ["$1.2M", "€500k"]),
        ("en", "A pipeline worth USD 2M.", ["USD 2M"]),
        ("en", "Scaled the product to 10,000 users.", ["10,000 users"]),
        ("en", "Made onboarding 3x faster.", ["3x"]),
        ("en", "Reached 20k+ followers.", ["20k+"]),
        ("en", "Raised 3 million dollars.", ["3 million dollars"]),
        ("en", "Led 12 engineers.", ["12 engineers"]),
        ("en", "Grew the platform to 2000 users.", ["2000 users"]),
        ("es", "Aumenté las ventas un 30%.", ["30%"]),
        ("es", "Reduje costes 2M€.", ["2M€"]),
        ("es", "Conseguí 1.500 clientes nuevos.", ["1.500 clientes"]),
        ("es", "Ahorré 300 mil dólares.", ["300 mil dólares"]),
        ("es", "Crecimos +35% en ventas.", ["+35%"]),
    ],
)
def test_results_with_numbers_are_found(language: str, text: str, expected: list[str]) -> None:
    assert quantities(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Joined Initech in 2019."),
        ("en", "From 2018 to 2021 I ran the support desk."),
        ("en", "In 2019 I moved to Lisbon."),
        ("en", "Since May 2019, and again on 15 March 2020."),
        ("en", "Started 1/2020; left 2021-06-30."),
        ("en", "10 years of experience and 3-5 years in sales."),
        ("en", "10+ years in retail."),
        ("es", "Trabajo en Initech desde 2019."),
        ("es", "Desde el 15 de marzo de 2019."),
        ("es", "Tengo 10 años de experiencia, de 3 a 5 años en ventas."),
        ("es", "Empecé el 15/03/2019."),
        ("es", "Llámame al +34 600 123 456."),
        ("en", "Call 555 0100 or 555 0199."),
        ("es", "2023 reduje costes de envío."),
        ("es", "En 2023 lideré el cambio de proveedor."),
        ("en", "2021 launched the partner portal."),
        ("en", "By 2022 shipped the mobile app."),
    ],
)
def test_years_dates_and_tenure_are_not_results(language: str, text: str) -> None:
    assert quantities(text, language) == []


def test_small_time_units_still_count_as_results() -> None:
    assert quantities("Saved 500 hours a year.", "en") == ["500 hours"]


def test_a_year_before_a_deed_leaves_the_result_in_the_sentence() -> None:
    assert quantities("2023 reduje los costes un 20 %.", "es") == ["20 %"]
    assert quantities("Atendí 2023 pacientes.", "es") == ["2023 pacientes"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_quantity_patterns_are_valid_matcher_patterns(language: str) -> None:
    matcher = Matcher(get_nlp(language).vocab, validate=True)  # type: ignore[arg-type]
    for key, patterns in quantity_patterns(["k", "million"], ["usd"]).items():
        matcher.add(key, patterns)
    assert len(matcher) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Registered dietitian for people living with type 2 diabetes"),
        ("en", "Backend developer | Python 3 | Django"),
        ("en", "Python 3 developers wanted for a health start-up"),
        ("en", "Web 3 consultant for fintech start-ups"),
        ("en", "Level 4 apprentice in data analysis"),
        ("en", "I teach Year 4 and coordinate Key Stage 2 maths."),
        ("en", "Maths teacher who makes algebra click for 13-year-olds"),
        ("en", "Signed a 3-year contract with the county."),
        ("es", "Dietista para personas con diabetes tipo 2"),
        ("es", "Consultora de Industria 4.0 para pymes"),
        ("es", "Profesora de inglés, nivel B2 y C1"),
        ("es", "Estoy terminando un curso de nivel 3 y enseño Python 3."),
    ],
)
def test_a_number_that_names_a_type_version_or_level_is_no_result(language: str, text: str) -> None:
    assert quantities(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Top 10 seller at Acme", ["10 seller"]),
        ("en", "Engineering Manager | Led 12 engineers", ["12 engineers"]),
        ("en", "LED 12 ENGINEERS", ["12 ENGINEERS"]),
        ("en", "Last year 46 of my students passed their B2 exam.", ["46"]),
        ("en", "Moved 14 core systems to AWS.", ["14 core"]),
        ("en", "Groups for people with type 2 diabetes: 310 patients.", ["310 patients"]),
        ("es", "Número 1 en ventas de la zona", ["1"]),
        ("es", "Migración a Windows 11 en 40 oficinas", ["40 oficinas"]),
        ("es", "Dietista en diabetes tipo 2 | 300 pacientes al año", ["300 pacientes"]),
    ],
)
def test_a_count_a_rank_or_a_measure_beside_a_name_still_counts(
    language: str, text: str, expected: list[str]
) -> None:
    assert quantities(text, language) == expected
