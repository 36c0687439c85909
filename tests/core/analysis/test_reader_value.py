"""Reader value: the member saying whom they help, not a pastime or an activity told about them."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


def _reader_value(text: str, language: Language) -> bool:
    return ABOUT_DETECTORS["reader_value"](analyze_text(text, language), "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I help junior engineers get through their first year on call."),
        ("en", "Helping founders build finance teams that scale."),
        ("en", "I'm a career coach who helps first-time managers run their first reviews."),
        ("en", "Nadia Price helps small charities win grants. She lives in Norwich."),
        ("en", "I'd love to help your team close the books faster."),
        ("en", "I now coach nurses through their first year on the ward."),
        ("es", "Ayudo a ingenieros júnior a superar su primer año de guardias."),
        ("es", "Si tu equipo pierde horas en conciliaciones, hablemos."),
        ("es", "Acompaño a fundadores en su primera ronda de financiación."),
        ("es", "Nadia Prieto ayuda a pequeñas ONG a conseguir subvenciones."),
        ("es", "Me encantaría ayudarte con tu próxima campaña."),
    ],
)
def test_whom_the_member_helps_is_reader_value(language: Language, text: str) -> None:
    assert _reader_value(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a help verb governed by a word of liking is a pastime, in any person
        ("en", "Daniel is a backend engineer. Daniel enjoys mentoring junior engineers."),
        ("en", "Priya is a data engineer. Priya loves coaching new graduates on weekends."),
        ("en", "I'm a backend engineer. I enjoy mentoring junior engineers at meetups."),
        ("en", "Ama is an architect who is passionate about mentoring young women in design."),
        ("es", "Lucía es ingeniera de datos. Disfruta formando a recién titulados."),
        ("es", "Marta es enfermera. Le encanta acompañar a los estudiantes en prácticas."),
        ("es", "Marta es enfermera. Le gusta ayudarles con sus primeras guardias."),
        ("es", "Soy desarrolladora. Disfruto ayudando a compañeros júnior con su código."),
        # a free-time frame, or a help verb joined to another pastime ("sits on a charity board
        # and mentors…"), tells what the member does besides, not whom they serve
        ("en", "Tom Reed leads the design team at Atlas. Outside work, Tom coaches a rugby team."),
        ("en", "Margaret chairs two boards. She sits on a charity board and mentors new CEOs."),
        ("es", "Tomás Rey dirige Atlas. Fuera del trabajo, Tomás entrena a un equipo infantil."),
        ("es", "Roberto gestiona la tesorería. Fuera del trabajo entrena a un equipo infantil."),
    ],
)
def test_a_pastime_or_an_activity_told_about_the_member_is_not(
    language: Language, text: str
) -> None:
    assert not _reader_value(text, language)


@pytest.mark.parametrize(
    ("text", "serves"),
    [
        ("Soy fisioterapeuta. Atiendo a deportistas y a personas mayores en Getafe.", True),
        ("Nutricionista en Belgrano. Atiendo a adultos mayores y a deportistas.", True),
        # «atender a» before a thing, a place or a count is no audience served
        ("Soy jefa de obra. Atiendo a las reuniones semanales con la propiedad.", False),
        ("Soy fisioterapeuta. Atiendo a domicilio en todo Getafe.", False),
        ("Dirige una consulta que atiende a 1.500 pacientes al año.", False),
    ],
)
def test_atender_serves_only_people_named_after_it(text: str, serves: bool) -> None:
    assert _reader_value(text, "es") is serves
