"""About verdicts read from structure, not phrases: issue 10's faults, in English and Spanish.

Each case is the issue's own example plus paraphrases that share no fixed phrase with it.
"""

from __future__ import annotations

import pytest

from preflight.core.checks import summary
from preflight.core.models import Status
from tests.core.checks.profiles import profile, run, text_of

NO_READER = {
    "en": "It talks about you, not about the reader's problem.",
    "es": "Habla de ti, no del problema de quien lo lee.",
}
NEXT_STEP_TIP = {
    "en": "End with an easy next step for the reader",
    "es": "Termina con un siguiente paso fácil para quien lee",
}
BODY = {
    "en": " I have done this for 9 years and cut support tickets by 38% at Tallis last year.",
    "es": " Llevo 9 años en ello y el año pasado reduje un 38% las incidencias en Tallis.",
}

ADDRESSES_READER = [
    # The examples.
    (
        "en",
        "If your app's error messages generate calls to your support team, I can help you fix "
        "that.",
    ),
    (
        "en",
        "If your engineers wait on infrastructure tickets, I am happy to share how we fixed it.",
    ),
    ("es", "Si su empresa pierde ventas por pedidos tardíos, puedo ayudarle. Escríbame."),
    ("es", "Si tu planta para por averías que nadie ve venir, hablemos."),
    # Paraphrases: other openings, other verbs, tú, usted and vosotros.
    ("en", "When you need a release out by Friday, my test plans keep it safe."),
    ("en", "Founders who cannot read their own numbers: I coach them one month at a time."),
    ("en", "I advise hospital boards on theatre scheduling."),
    ("es", "¿Le cuesta encontrar técnicos cualificados? Diseño planes de formación interna."),
    ("es", "Si dirige una clínica dental, le enseño a llenar la agenda sin llamadas."),
    ("es", "Acompaño a equipos de enfermería en el cambio a la historia clínica electrónica."),
    ("es", "Si vuestro almacén sigue con papel, os cuento cómo lo cambié en otros cinco."),
]


@pytest.mark.parametrize(("language", "opening"), ADDRESSES_READER)
def test_an_about_that_addresses_the_reader_is_not_told_it_talks_about_itself(
    language: str, opening: str
) -> None:
    member = profile(language, summary=opening + BODY[language])  # type: ignore[arg-type]
    verdict = run(summary.check, member)
    assert NO_READER[language] not in text_of(verdict)


SELF_ONLY = [
    ("en", "I am a support engineer. I have fixed tickets for 9 years and cut them by 38%."),
    ("en", "Daniel enjoys long bike rides. I am a support engineer who cut tickets by 38%."),
    ("es", "Soy ingeniera de soporte. Llevo 9 años resolviendo incidencias y las reduje un 38%."),
    ("es", "En 2024 ayudé a implantar un nuevo sistema de tickets que recortó un 38% las colas."),
]


@pytest.mark.parametrize(("language", "about"), SELF_ONLY)
def test_an_about_only_about_its_member_is_still_told_so(language: str, about: str) -> None:
    padded = about + " " + about.replace("38%", "40%")  # over the minimum length
    verdict = run(summary.check, profile(language, summary=padded))  # type: ignore[arg-type]
    assert NO_READER[language] in text_of(verdict)


ENDS_WITH_INVITATION = [
    ("en", "If your team is hiring, I'd love to hear from you."),
    ("en", "Happy to share the playbook: just drop me a note."),
    ("en", "Tell me what you are building and I will tell you which tests will bite."),
    ("en", "Is your activation rate lower than you would like?"),
    ("es", "Si estás pensando en sensorizar tu planta, te cuento qué funciona y qué no."),
    ("es", "Si quiere, le enseño cómo lo hicimos."),
    ("es", "Llámeme o escríbame y se lo explico."),
    ("es", "¿Cuál es tu siguiente mercado?"),
]
OPENING = {
    "en": "I help SaaS support teams answer customers faster without hiring more agents. At "
    "Tallis I cut first-response time by 38% in one quarter with a new triage flow, and I now "
    "coach 12 support leads a year.",
    "es": "Ayudo a equipos de soporte de empresas SaaS a responder antes sin contratar a más "
    "agentes. En Tallis reduje un 38% el tiempo de primera respuesta en un trimestre con un "
    "nuevo triaje, y hoy formo a 12 responsables al año.",
}


@pytest.mark.parametrize(("language", "closing"), ENDS_WITH_INVITATION)
def test_an_about_that_already_ends_with_an_invitation_gets_no_next_step_tip(
    language: str, closing: str
) -> None:
    member = profile(language, summary=f"{OPENING[language]} {closing}")  # type: ignore[arg-type]
    verdict = run(summary.check, member)
    assert verdict.status is Status.PASS
    assert not any(s.startswith(NEXT_STEP_TIP[language]) for s in verdict.suggestions)


@pytest.mark.parametrize(
    ("language", "before", "closing"),
    [
        ("en", "", "Outside work I run half marathons."),
        ("en", "Let's talk about your queue first.", "Outside work I run half marathons."),
        ("es", "", "Fuera del trabajo corro medias maratones."),
        ("es", "", "Me encanta enseñar a leer a mis hijos."),
        ("es", "Hablemos primero de tu cola.", "Fuera del trabajo corro medias maratones."),
    ],
)
def test_an_about_that_ends_without_an_invitation_still_gets_the_tip(
    language: str, before: str, closing: str
) -> None:
    about = f"{before} {OPENING[language]} {closing}".strip()
    member = profile(language, summary=about)  # type: ignore[arg-type]
    verdict = run(summary.check, member)
    assert any(s.startswith(NEXT_STEP_TIP[language]) for s in verdict.suggestions)


THIRD_PERSON = [
    (
        "en",
        "John Harper",
        "John is a seasoned sales executive with over 20 years in medical devices. He built "
        "distributor networks in 14 countries and grew EMEA revenue to $60M.",
    ),
    (
        "en",
        "Margaret Ellis",
        "With 25 years in retail, Margaret Ellis has led turnarounds at three chains. She took "
        "Hartwell Stores from a £40M loss to a £12M profit in two years.",
    ),
    (
        "es",
        "Juan Pérez",
        "Juan es un comercial con más de 20 años en dispositivos médicos. Ha creado redes de "
        "distribución en 14 países y llevó el negocio de EMEA hasta 60 millones de dólares.",
    ),
    (
        "es",
        "Carmen Vidal",
        "Con 25 años en el sector, Carmen Vidal ha reflotado tres cadenas. Ella llevó a "
        "Almacenes Prado de perder 30 millones a ganar 8 millones en dos años.",
    ),
]
FIRST_PERSON_ADVICE = {"en": "Write it in the first person", "es": "Escríbelo en primera persona"}


@pytest.mark.parametrize(("language", "name", "about"), THIRD_PERSON)
def test_a_third_person_about_warns_and_asks_for_the_first_person(
    language: str, name: str, about: str
) -> None:
    member = profile(language, name=name, summary=about)  # type: ignore[arg-type]
    verdict = run(summary.check, member)
    assert verdict.status is not Status.PASS
    assert any(s.startswith(FIRST_PERSON_ADVICE[language]) for s in verdict.suggestions)


@pytest.mark.parametrize(
    ("language", "name", "about"),
    [
        (
            "en",
            "Aaron Blake",
            "I help e-bike makers build safer batteries. With my colleague Priya Nair I designed "
            "a charger that cut charge time by 25%. Priya leads hardware; I own the firmware.",
        ),
        (
            "es",
            "Pablo Ruiz",
            "Ayudo a fabricantes de bicicletas a hacer baterías más seguras. Con mi compañera "
            "Irene Solís diseñé un cargador que redujo un 25% la carga. Irene lidera el hardware.",
        ),
    ],
)
def test_a_colleague_named_as_subject_is_no_third_person(
    language: str, name: str, about: str
) -> None:
    member = profile(language, name=name, summary=about)  # type: ignore[arg-type]
    assert FIRST_PERSON_ADVICE[language] not in text_of(run(summary.check, member))


REPEATED = {
    "en": (
        "I help clinics cut no-shows. I built a reminder system used by 40 clinics. No-shows "
        "fell by 30%. I work with practice managers. I care about patient experience. Message "
        "me to learn more."
    ),
    "es": (
        "Ayudo a clínicas a reducir las citas perdidas. Creé un sistema de recordatorios que "
        "usan 40 clínicas. Las ausencias bajaron un 30%. Trabajo con gerentes de clínicas. Me "
        "importa la experiencia del paciente. Escríbeme para saber más."
    ),
}
REPEATS_EVIDENCE = {"en": "It repeats itself", "es": "Se repite"}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("times", [2, 5])
def test_an_about_that_repeats_its_sentences_is_told_so(language: str, times: int) -> None:
    about = "\n\n".join([REPEATED[language]] * times)
    verdict = run(summary.check, profile(language, summary=about))  # type: ignore[arg-type]
    assert verdict.status is Status.WARN
    assert any(e.startswith(REPEATS_EVIDENCE[language]) for e in verdict.evidence)
    assert f" {times} " in next(e for e in verdict.evidence if "«" in e or "“" in e)


KEYWORDS = {
    "en": "Java, Spring Boot, microservices, Kafka, AWS, Docker, Kubernetes, CI/CD, Agile, Scrum, "
    "REST APIs, PostgreSQL, Redis, Terraform, Grafana, Prometheus, team leadership, mentoring",
    "es": "Java, Spring Boot, microservicios, Kafka, AWS, Docker, Kubernetes, CI/CD, Scrum, "
    "APIs REST, PostgreSQL, Redis, Terraform, Grafana, Prometheus, liderazgo, mentoría",
}
SPLIT_ADVICE = {"en": "Split this sentence", "es": "Divide esta frase"}
LIST_EVIDENCE = {"en": "It holds a list of keywords", "es": "Tiene una lista de palabras clave"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_keyword_dump_is_its_own_finding_not_a_long_sentence(language: str) -> None:
    about = f"{OPENING[language]}\n{KEYWORDS[language]}"
    verdict = run(summary.check, profile(language, summary=about))  # type: ignore[arg-type]
    assert any(e.startswith(LIST_EVIDENCE[language]) for e in verdict.evidence)
    assert not any(s.startswith(SPLIT_ADVICE[language]) for s in verdict.suggestions)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "I have rolled out scanners, pick-to-light and voice picking at sites in Leeds, Hull, "
            "York, Derby and Stoke, and every site hit its payback in under 11 months.",
        ),
        (
            "es",
            "Implanto escáneres y picking por voz en almacenes de Madrid, Toledo, Guadalajara, "
            "Cuenca y Ávila, y todos recuperaron la inversión en menos de 11 meses.",
        ),
    ],
)
def test_a_sentence_with_a_list_inside_is_no_keyword_dump(language: str, sentence: str) -> None:
    verdict = run(summary.check, profile(language, summary=f"{OPENING[language]} {sentence}"))  # type: ignore[arg-type]
    assert not any(e.startswith(LIST_EVIDENCE[language]) for e in verdict.evidence)


@pytest.mark.parametrize(
    ("language", "about", "word"),
    [
        (
            "en",
            "I lead support at a 40-person SaaS company and cut first-response time by 80%. I "
            "help other support leads through the Support Driven community. Write to me.",
            "Driven",
        ),
        (
            "en",
            "I am a transport planner at Driven Freight Ltd. I plan 250 deliveries a day and "
            "keep late deliveries under 2% for our 300 customers across the South West.",
            "Driven",
        ),
        (
            "es",
            "Soy directora de operaciones de Dinámica Logística, un transitario de 300 personas. "
            "Desde 2020 hemos duplicado la facturación hasta 120 millones de euros.",
            "Dinámica",
        ),
        (
            "es",
            "Técnico de logística en Zaragoza. Soy responsable de los inventarios mensuales de 3 "
            "almacenes y reduje las diferencias de stock un 40% en un año.",
            "soy responsable",
        ),
    ],
)
def test_a_cliche_word_inside_a_name_or_a_duty_is_no_cliche(
    language: str, about: str, word: str
) -> None:
    verdict = run(summary.check, profile(language, summary=about))  # type: ignore[arg-type]
    assert (
        word.casefold()
        not in " ".join(e for e in verdict.evidence if "tópicos" in e or "clichés" in e).casefold()
    )


@pytest.mark.parametrize(
    ("language", "about", "evidence"),
    [
        (
            "en",
            "I HELP HOMEOWNERS CUT THEIR ENERGY BILLS WITH SOLAR PANELS AND BATTERIES. LAST YEAR "
            "I DESIGNED 212 HOME SYSTEMS ACROSS KENT AND SAVED EACH FAMILY ABOUT £600 A YEAR. "
            "CALL ME OR EMAIL ME FOR A FREE QUOTE TODAY!",
            "It is written mostly in capitals",
        ),
        (
            "es",
            "AYUDO A FAMILIAS A AHORRAR EN LA FACTURA DE LA LUZ CON PLACAS SOLARES Y BATERÍAS. "
            "EL AÑO PASADO INSTALÉ 212 SISTEMAS EN MURCIA Y CADA FAMILIA AHORRÓ UNOS 600 EUROS. "
            "¡LLÁMAME Y TE HAGO UN PRESUPUESTO GRATIS!",
            "Está escrito casi todo en mayúsculas",
        ),
        (
            "en",
            "<b>Data analyst</b> turning messy spreadsheets into decisions. I help operations "
            "teams see where their time goes; at Harbor Freight my dashboards saved planners 10 "
            "hours a week.<br>Message me if your planners work late.",
            "It holds markup",
        ),
        (
            "es",
            "<b>Analista de datos</b> que convierte hojas de cálculo en decisiones. Ayudo a "
            "equipos de operaciones a ahorrar tiempo; en Transportes Ebro mis cuadros de mando "
            "ahorraron 10 horas a la semana.<br>Escríbeme.",
            "Tiene código",
        ),
    ],
)
def test_capitals_and_markup_in_the_about_are_findings(
    language: str, about: str, evidence: str
) -> None:
    verdict = run(summary.check, profile(language, summary=about))  # type: ignore[arg-type]
    assert verdict.status is Status.WARN
    assert any(e.startswith(evidence) for e in verdict.evidence)
