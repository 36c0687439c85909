"""Typed HTML tags: words beside them are read as words, and line-break tags end sentences."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


def _about(text: str, language: Language) -> set[str]:
    analysis = analyze_text(text, language)
    return {name for name, fires in ABOUT_DETECTORS.items() if fires(analysis, "")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I fix payroll for nurseries.<br>Over 40 clients.<br>I fix payroll for nurseries."),
        ("en", "I fix payroll for nurseries.</p><p>I fix payroll for nurseries.</p>"),
        ("es", "Maestra de infantil en Soria.<br/>Maestra de infantil en Soria.<br/>"),
    ],
)
def test_a_sentence_repeated_across_break_tags_is_repetition(language: Language, text: str) -> None:
    assert "repetition" in _about(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "I build booking tools at a travel start-up.<br><br>React, TypeScript, Next.js, "
            "Tailwind, Storybook, Playwright, GraphQL",
        ),
        (
            "es",
            "Llevo el marketing de una marca de jabones.<br>SEO | Klaviyo | Shopify | email | "
            "fichas de producto | analítica",
        ),
    ],
)
def test_a_keyword_list_after_a_break_tag_stands_alone(language: Language, text: str) -> None:
    found = _about(text, language)
    assert "keyword_dump" in found
    assert "next_step" not in found


def test_bold_tags_do_not_hide_a_name_or_capitals() -> None:
    bio = "<b>Rafael Montenegro</b> dirige la obra. Antes trabajó en Chile."
    assert ABOUT_DETECTORS["third_person"](analyze_text(bio, "es"), "Rafael Montenegro")
    heading = analyze_text("<b>ESPECIALISTA EN CIBERSEGURIDAD</b>", "es")
    assert HEADLINE_DETECTORS["shouting"](heading)


def test_an_inline_tag_does_not_break_a_sentence() -> None:
    analysis = analyze_text("I lead the <b>payments</b> team in Leeds.", "en")
    assert len(analysis.sentences) == 1


@pytest.mark.parametrize(
    ("language", "text", "shouts"),
    [
        ("en", "HEAD CHEF AT THE OLD MILL, HARROGATE", True),
        ("en", "SOUS CHEF FOR THE RIVER CAFE", True),
        ("en", "SEO, PPC and CRO lead at Acme", False),
        ("en", "ACCA qualified | CFO at Nook", False),
        ("es", "JEFE DE COCINA EN EL MOLINO", True),
        ("es", "Técnico de SEO y SEM en Madrid", False),
    ],
)
def test_capital_function_words_shout(language: Language, text: str, shouts: bool) -> None:
    assert HEADLINE_DETECTORS["shouting"](analyze_text(text, language)) is shouts


def test_a_heading_in_capitals_above_lower_case_text_is_no_shouting() -> None:
    text = "<h1>STORE MANAGER</h1> <p>I run a shop with ten staff and a café.</p>"
    assert "shouting" not in _about(text, "en")
