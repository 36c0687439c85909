"""Language detection: English or Spanish from the text alone, without building a pipeline."""

from __future__ import annotations

import pytest

from preflight.core.analysis import pipeline
from preflight.core.analysis.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "I help B2B SaaS companies grow revenue through outbound sales and clear messaging.",
        "Data Engineer at Northwind",
        "Account Executive | Helping mid-market teams close more deals",
        "Looking for new opportunities",
        "Nurse",
        "José García, engineer at Telefónica in Bogotá",
        "IT is what I do",
        "I help people grow with legal advice",
    ],
)
def test_english_texts_are_english(text: str) -> None:
    assert detect_language(text, default="es") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Ayudo a empresas de software a aumentar sus ventas con procesos comerciales claros.",
        "Ingeniera de datos en Northwind",
        "Ejecutiva de cuentas | Ventas B2B",
        "Buscando nuevas oportunidades",
        "Diseñadora",
        "¿Hablamos?",
        "Software Engineer | Python | apasionada por la tecnología",
        "Gestión comercial, negociación y atención",
    ],
)
def test_spanish_texts_are_spanish(text: str) -> None:
    assert detect_language(text, default="en") == "es"


@pytest.mark.parametrize("text", ["", "   ", "🚀🚀🚀", "SQL | AWS | 2024"])
def test_text_without_language_signs_gets_the_default(text: str) -> None:
    assert detect_language(text, default="es") == "es"
    assert detect_language(text, default="en") == "en"


def test_detection_builds_no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(language: str) -> None:
        raise AssertionError(f"detect_language built a {language} pipeline")

    monkeypatch.setattr(pipeline, "build_nlp", refuse)
    monkeypatch.setattr(pipeline, "_pipelines", {})
    assert detect_language("Responsable de ventas para Latinoamérica") == "es"


def test_huge_text_is_decided_quickly_from_its_start() -> None:
    text = "Vendo soluciones de software para empresas. " * 200_000
    assert detect_language(text) == "es"
