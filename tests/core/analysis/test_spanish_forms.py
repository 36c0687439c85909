"""Spanish forms real Abouts use: HTML entities between sentences, "M€", voseo and vosotros
addresses, a cliché taught as a subject, a liking or a past deed beside a contact verb."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text


def _about(text: str) -> set[str]:
    analysis = analyze_text(text, "es")
    return {name for name, fires in ABOUT_DETECTORS.items() if fires(analysis, "")}


def _headline(text: str) -> set[str]:
    analysis = analyze_text(text, "es")
    return {name for name, fires in HEADLINE_DETECTORS.items() if fires(analysis)}


def test_an_entity_after_a_full_stop_ends_the_sentence() -> None:
    found = _about(
        "Jefa de ventas en gran consumo.&nbsp;Apasionada de la negociación.&nbsp;Llevo cuentas "
        "de distribución en toda Andalucía.&nbsp;Conectemos."
    )
    assert {"cliches", "next_step", "markup"} <= found


def test_a_letter_entity_keeps_its_word_whole() -> None:
    analysis = analyze_text("Dise&ntilde;ador gr&aacute;fico en Bilbao.", "es")
    assert not analysis.keyword_dumps and analysis.markup


@pytest.mark.parametrize(
    "text",
    [
        "Analista de datos.<br>SQL &middot; Python &middot; Power BI &middot; dbt<br>Preparo "
        "informes de ocupación.",
        "Analista financiero &#124; Excel &#124; SAP &#124; Power BI &#124; IFRS",
    ],
)
def test_separator_entities_separate_list_items(text: str) -> None:
    assert analyze_text(text, "es").keyword_dumps


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Account Executive | Vendí 2,3 M€ en software industrial", True),
        ("En 2023 cerramos 500 k€ en pedidos de exportación.", True),
        ("Jefe de tráfico | Moví 14.000 palés al mes", True),
        ("Técnico de sistemas | Windows 11 | Office 365 | Redes", False),
    ],
)
def test_money_with_a_glued_scale_counts_and_a_product_version_does_not(
    text: str, counts: bool
) -> None:
    assert ("result" in _headline(text)) is counts


@pytest.mark.parametrize(
    ("text", "cliche"),
    [
        ("Investigo el trabajo en equipo en quirófanos.", False),
        ("En mis clases dedico un trimestre entero al trabajo en equipo.", False),
        ("Imparto talleres de trabajo en equipo para mandos intermedios.", False),
        ("Soy organizada y creo en el trabajo en equipo.", True),
        ("Apasionado de la negociación y del trabajo en equipo.", True),
    ],
)
def test_a_cliche_taught_or_studied_is_a_subject(text: str, cliche: bool) -> None:
    assert ("cliches" in _about(text)) is cliche


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("Soy psicólogo en Montevideo. Escribime y coordinamos una primera entrevista.", True),
        ("Abogado laboralista. Si tuviste un accidente, llamame o mandame un mensaje.", True),
        ("Contadora en Córdoba. Si querés hacerle una consulta, escribile por privado.", True),
        ("Desarrollo tiendas online. Agendá una llamada desde el enlace de mi perfil.", True),
        ("Tenemos una quesería en Baztán. Si queréis probarlo, escribidnos.", True),
        ("Técnico de mantenimiento. Detecté fugas de aire y propuse un cambio de turnos.", False),
        ("Guionista de pódcast. Me encanta contar historias pequeñas.", False),
        ("Dirijo una transitaria. Me encanta hablar con otros operadores sobre cómo crecer.", True),
    ],
)
def test_voseo_and_vosotros_imperatives_invite_and_a_past_deed_or_a_liking_does_not(
    text: str, invites: bool
) -> None:
    assert ("next_step" in _about(text)) is invites


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Si tenéis una tienda parecida, contad conmigo.", True),
        ("Si sois una tienda gourmet, escribidnos.", True),
        ("Si sos madre o padre, no esperes a que pase solo.", True),
        ("Técnica de Recursos Humanos orientada a resultados y a procesos.", False),
    ],
)
def test_vosotros_and_voseo_conditionals_address_the_reader_and_a_participle_does_not(
    text: str, addresses: bool
) -> None:
    assert ("reader_value" in _about(text)) is addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("En la calle aprendes que cada parte mal redactado vuelve a ti en el juzgado.", False),
        ("En un incendio aprendes rápido que lo que no entrenaste no te sale.", False),
        ("Si aprendes a escuchar a tu cuerpo, te lesionas menos.", True),
    ],
)
def test_you_inside_a_general_statement_addresses_no_one(text: str, addresses: bool) -> None:
    assert ("reader_value" in _about(text)) is addresses


@pytest.mark.parametrize(
    ("text", "serves"),
    [
        ("Construyo previsiones de tesorería para que los fundadores vean los problemas.", True),
        ("Preparo planes de tesorería para que los autónomos sepan cuánto gastar.", True),
        ("Colaboro con I+D para que la fábrica no se entere la última.", False),
    ],
)
def test_a_purpose_clause_serves_the_group_it_names(text: str, serves: bool) -> None:
    assert ("reader_value" in _about(text)) is serves


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Ingeniero de firmware para dispositivos médicos implantables", False),
        ("Diseño de envases para productos cosméticos naturales", False),
        ("Formación en ciberseguridad para fiscales y jueces", True),
        ("Consultora de marketing para pequeñas empresas de turismo rural", True),
        ("Psicóloga para personas mayores que viven solas", True),
    ],
)
def test_an_audience_word_after_a_noun_describes_it(text: str, audience: bool) -> None:
    assert ("reader_value" in _headline(text)) is audience


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Electricista en Málaga.\nINSTALACIONES NUEVAS, BOLETINES, CUADROS ELÉCTRICOS Y "
            "PUNTOS DE RECARGA PARA COCHE ELÉCTRICO.\nDoy presupuesto por escrito.",
            True,
        ),
        (
            "Tengo una pastelería en Lugo.\nHago tartas, bollería, empanadas y lo que haga falta "
            "para una boda o una comunión.\nAbrimos de martes a domingo.",
            False,
        ),
    ],
)
def test_a_list_may_close_on_a_longer_noun_phrase_but_not_on_a_clause(
    text: str, listed: bool
) -> None:
    assert bool(analyze_text(text, "es").keyword_dumps) is listed


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("Desarrollador backend. Si tienes un proyecto y necesitas ayuda, te leo.", True),
        ("Consultora SAP FI/CO. Quedo atenta a tu mensaje.", True),
        ("Diseñadora UX. Quedo a su disposición para cualquier consulta.", True),
        ("Consultora de personas. Sumate a la comunidad que coordino en Córdoba.", True),
        ("Trabajo en fusiones. Leo mucho sobre historia económica.", False),
        ("Maestra de primaria. Me encanta enseñar a leer a los niños.", False),
    ],
)
def test_closing_formulas_invite_and_a_reading_habit_does_not(text: str, invites: bool) -> None:
    assert ("next_step" in _about(text)) is invites


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Procuradora en Granada. No dude en escribirme si necesita representación.", True),
        ("Consultora de personas. Sumate a la comunidad que coordino en Córdoba.", False),
        ("Soy analista. Fuera del trabajo entreno a un equipo de fútbol sala.", False),
        ("Soy analista. Los fines de semana entreno a niños en el club de mi barrio.", False),
        ("Profesor de matemáticas. Preparo a alumnos de bachillerato para la PAU.", True),
    ],
)
def test_usted_invitations_address_and_pastimes_or_reflexive_invitations_do_not(
    text: str, addresses: bool
) -> None:
    assert ("reader_value" in _about(text)) is addresses


@pytest.mark.parametrize(
    ("text", "duty"),
    [
        ("Responsable de calidad en una fábrica de piensos de Lleida.", False),
        ("Responsable de gestionar las nóminas de una cadena de clínicas.", True),
        ("Responsable de las nóminas de 1.200 empleados en tres países.", True),
        ("Clara es responsable de control de gestión en una cadena de supermercados.", True),
    ],
)
def test_a_title_line_is_a_post_and_a_duty_sentence_stays_a_duty(text: str, duty: bool) -> None:
    assert ("duties" in _about(text)) is duty


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Reorganicé el almacén y el tiempo de preparación bajó a la mitad.", True),
        ("Mi equipo facturó el doble que en 2022.", True),
        ("Estudié el doble grado en ADE y Derecho.", False),
    ],
)
def test_a_multiple_in_words_that_closes_a_change_is_a_result(text: str, counts: bool) -> None:
    assert ("result" in _about(text)) is counts


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Diseño gráfico, ilustración y branding. Trabajo desde Cádiz con bodegas.", True),
        (
            "Traductora jurada. Traduzco escrituras, sentencias y certificados. Pide presupuesto.",
            False,
        ),
    ],
)
def test_a_verb_before_a_plural_object_makes_a_sentence_not_a_list(text: str, listed: bool) -> None:
    assert bool(analyze_text(text, "es").keyword_dumps) is listed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Madre de 3 hijos y enfermera de quirófano en Jaén.", False),
        ("Tengo 41 años y dos hijos.", False),
        ("Formé a 3 equipos de enfermería en Jaén.", True),
    ],
)
def test_a_family_is_no_result(text: str, counts: bool) -> None:
    assert ("result" in _about(text)) is counts
