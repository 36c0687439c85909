"""Spanish causes found by batch k: what an invitation, a quoted title, a trade name, a
version or a shouted bio's title say, and what they do not."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


def _fires(detector: str, text: str, name: str = "") -> bool:
    return ABOUT_DETECTORS[detector](analyze_text(text, "es"), name)


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Dirijo a 320 colaboradores en cuatro fincas. ¿Hablamos?", False),
        ("Preparo declaraciones de renta. ¿Te ayudo con la tuya?", True),
        ("Ana Gil es notaria en Soria. Para consultas, escríbale por mensaje privado.", False),
        ("Ana Gil es notaria. Si su empresa necesita un poder, escríbale por aquí.", True),
        ("Soy abogada. Puedo ayudarle a negociar un convenio. Escríbame.", True),
        ("Técnica en farmacia. Disponible para trabajar en clínicas de Lima.", False),
        ("Diseño turnos para enfermeras en clínicas de Lima.", True),
    ],
)
def test_reader_value(text: str, addresses: bool) -> None:
    assert _fires("reader_value", text) is addresses


@pytest.mark.parametrize(
    ("text", "cliched"),
    [
        ("Imparto el curso «Trabajo en equipo en el laboratorio escolar» al profesorado.", False),
        ('Escribí el libro "Liderazgo proactivo en la escuela rural".', False),
        ("Mis compañeras dicen que soy «proactiva».", True),
        ("Si sos trabajador y te deben plata, escribime.", False),
        ("Si eres emprendedora y necesitas una web, escríbeme.", False),
        ("Soy emprendedora y muy trabajadora.", True),
    ],
)
def test_cliches(text: str, cliched: bool) -> None:
    assert _fires("cliches", text) is cliched


@pytest.mark.parametrize(
    ("text", "name", "third"),
    [
        (
            "GUÍA NACIONAL DE TURISMO CON LICENCIA.\nORGANIZO TOURS EN QUITO.",
            "Washington Ruiz",
            False,
        ),
        (
            "EL CHEF ARTURO VILLASEÑOR CUENTA CON 20 AÑOS EN COCINA MEXICANA.",
            "Arturo Villaseñor",
            True,
        ),
        ("LA DRA. ELVIRA MANRIQUE ES PEDIATRA EN QUITO.", "Elvira Manrique", True),
        ("SOY PEDIATRA.\nLA DRA. MARTA GIL, MI MENTORA, ME ENSEÑÓ TODO.", "Elvira Manrique", False),
    ],
)
def test_third_person(text: str, name: str, third: bool) -> None:
    assert _fires("third_person", text, name) is third


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("Redactora. Me encanta contar historias que conectan marcas con personas.", False),
        ("Redactora. Si tienes un proyecto, me encantaría que me escribas.", True),
        ("Redactora. Me encantaría conectar contigo.", True),
    ],
)
def test_next_step(text: str, invites: bool) -> None:
    assert _fires("next_step", text) is invites


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Habilidades: reclutamiento 2.0, psicometría, Excel.", False),
        ("Subí la nota media de 6.5 a 8.0 en dos cursos.", True),
    ],
)
def test_version_point_zero(text: str, result: bool) -> None:
    assert _fires("result", text) is result


def test_spoken_languages_are_a_sentence() -> None:
    assert not _fires("keyword_dump", "Intérprete.\nHablo quechua, aimara, español e inglés.")
    assert _fires("keyword_dump", "Intérprete.\nIdiomas: quechua, aimara, español, inglés")


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("CONTADORA EN CUENCA.\nCOMUNÍQUESE CONMIGO AL 099 444 2211.", True),
        ("Técnico de frío. Comunícate conmigo por WhatsApp.", True),
        ("Jefa de prensa. Comunico la programación a medios y público.", False),
    ],
)
def test_comunicar_invites(text: str, invites: bool) -> None:
    assert _fires("next_step", text) is invites


@pytest.mark.parametrize(
    ("text", "name", "serves"),
    [
        (
            "Andrés Villamil es agrónomo y asesora a cooperativas del Huila.",
            "Andrés Villamil",
            True,
        ),
        ("Andrés Villamil es agrónomo en una cooperativa del Huila.", "Andrés Villamil", False),
    ],
)
def test_bio_opening_goes_on_with_a_help_verb(text: str, name: str, serves: bool) -> None:
    assert _fires("reader_value", text, name) is serves


def test_quoted_self_portrait_is_still_a_cliche() -> None:
    assert _fires("cliches", "Diseñadora, «apasionada por los espacios pequeños», en Bogotá.")


@pytest.mark.parametrize(
    ("text", "duties"),
    [
        (
            "Es técnico de Hacienda.&nbsp;Entre sus funciones destacan: la comprobación de IVA.",
            True,
        ),
        ("Soy administrativa.&nbsp;Automaticé las tareas que más tiempo nos quitaban.", False),
    ],
)
def test_duty_noun_after_an_entity(text: str, duties: bool) -> None:
    assert _fires("duties", text) is duties
