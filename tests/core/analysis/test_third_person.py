"""An About about its member in the third person, told by pronoun or verb, not only by name."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import in_third_person
from preflight.core.analysis.text import analyze_text
from preflight.core.analysis.verb_person import spanish_person
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A product designer with ten years in fintech. They lead the design team at Monzo."),
        ("en", "Senior analyst at Hallam. They build the pricing models for 40 stores."),
        ("en", "She leads the platform team at Finlo. She rebuilt the ledger."),
        ("es", "Ella dirige el equipo de plataforma de Finara. Rediseñó el libro mayor."),
        ("es", "Él lidera el equipo de datos de Bankia y redujo el fraude un 40%."),
        (
            "es",
            "Diseñadora de producto. Lidera el equipo de diseño de Finara y redujo el abandono.",
        ),
        ("es", "Directora financiera. Lideró la salida a bolsa de Alcor y recaudó 40 millones."),
    ],
)
def test_a_bio_told_by_pronoun_or_verb_is_in_the_third_person(
    language: Language, text: str
) -> None:
    assert in_third_person(analyze_text(text, language), "Ann Lee")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I run the night shift. My manager, Sarah, says she has never seen a calmer nurse."),
        ("en", "My clients are mid-sized retailers. They come to me when stock-outs cost sales."),
        ("en", "Your customers expect answers in minutes. They do not wait for a ticket queue."),
        ("es", "Dirijo el turno de noche. Según mi jefa, Sara, ella nunca había visto algo así."),
        ("es", "Dirijo el equipo de diseño de Finara. Reduje el abandono un 12% y lancé la app."),
        (
            "es",
            "Lidero el equipo de datos. Mi equipo redujo el fraude un 40% y lanzó dos productos.",
        ),
        ("es", "Ingeniera de datos. Desarrollo modelos de riesgo para la banca."),
        (
            "es",
            "Diseño de producto y desarrollo de negocio para pymes. Trabajo con el cierre mensual.",
        ),
    ],
)
def test_a_first_person_about_that_speaks_of_others_is_not(language: Language, text: str) -> None:
    assert not in_third_person(analyze_text(text, language), "Ann Lee")


@pytest.mark.parametrize(
    ("form", "lemma", "before", "after", "person"),
    [
        ("redujo", "reducir", "y", "el", "third"),
        ("lanzó", "lanzar", "", "la", "third"),
        ("lidera", "liderar", "", "el", "third"),
        ("reduje", "reducir", "", "el", "first"),
        ("lancé", "lanzar", "y", "la", "first"),
        ("lidero", "liderar", "", "el", "first"),
        ("diseño", "diseñar", "de", "y", ""),  # "sistema de diseño": a noun
        ("desarrollo", "desarrollar", "", "de", ""),  # "Desarrollo de negocio": a noun
        ("cierre", "cerrar", "el", "mensual", ""),
        ("liderando", "liderar", "", "el", ""),
    ],
)
def test_the_person_of_a_spanish_verb_is_read_from_its_ending_and_neighbours(
    form: str, lemma: str, before: str, after: str, person: str
) -> None:
    assert spanish_person(form, lemma, before, after) == person
