"""About rules: empty, short, duty walls, clichés, buzzwords, weak opening, long sentences."""

from __future__ import annotations

import pytest

from preflight.core.analysis.profile import analyze_profile
from preflight.core.checks import summary
from preflight.core.checks.rewrite import top_skills
from preflight.core.models import Status
from preflight.core.settings import Settings, SummarySettings
from tests.core.checks.profiles import current, past, profile, run, text_of

EN_PASS = (
    "I help SaaS finance teams close the quarter without spreadsheet chaos. Last year I closed "
    "$1.2M in new annual revenue and cut the average sales cycle by 30%. I work with CFOs and "
    "controllers who need forecasts they can trust. Message me if your team is evaluating a new "
    "planning tool."
)
ES_PASS = (
    "Ayudo a equipos de operaciones a reducir costes de reparto con datos fiables. En 2024 reduje "
    "un 30% el tiempo de cálculo de rutas y ahorré 200.000 € al año en combustible. Trabajo con "
    "Python, "
    "SQL y Airflow. Si tu equipo quiere decidir con datos, escríbeme."
)
EN_DUTIES = (
    "Responsible for managing the regional sales team and responsible for reporting to the board. "
    "My duties included preparing weekly forecasts, maintaining the CRM and coordinating with "
    "marketing "
    "on campaigns and events for the whole region."
)
ES_DUTIES = (
    "Encargada de mantener los procesos de datos de la empresa y responsable de los informes "
    "mensuales. "
    "Entre mis funciones estaban coordinar al equipo de analistas, revisar la calidad de los "
    "datos y "
    "preparar las reuniones con dirección cada semana."
)
EN_CLICHES = (
    "Results-driven, passionate and dynamic team player with a proven track record. "
    "Detail-oriented "
    "self-starter who thinks outside the box and brings synergy to every team. Hard-working, "
    "motivated "
    "and committed to excellence in everything I do."
)
ES_CLICHES = (
    "Profesional apasionada, proactiva y orientada a resultados, con gran capacidad de trabajo en "
    "equipo. "
    "Dinámica, motivada y comprometida con la excelencia. Me encanta pensar fuera de la caja y "
    "aportar "
    "sinergia a cada proyecto en el que participo."
)
EN_WEAK = (
    "My career started at a small agency in Leeds, where I wrote copy and answered the phone for "
    "local "
    "shops and restaurants. Since then I have worked at several companies in publishing, retail "
    "and software, "
    "and I have enjoyed every step of the journey so far, meeting wonderful people along the way. "
    "I help B2B software companies turn their blogs into pipeline. Last year our content brought "
    "in 340 qualified leads."
)


NORTHWIND = (
    "Sales of inventory software to regional distributors. • Helped 14 new customers go live. "
    "• Closed $1.2M in new revenue in 2025. • Cut the sales cycle from 90 to 60 days."
)


def test_empty_about_fails_and_offers_a_draft_from_the_profile() -> None:
    member = profile(
        positions=[current("Account Executive", "Northwind", NORTHWIND)],
        skills=["Salesforce", "Negotiation"],
    )
    verdict = run(summary.check, member)
    assert verdict.status is Status.FAIL
    draft = verdict.fixes[0].text
    # The money first, whom the role serves, the time saved, the skills, one next step.
    assert draft.startswith(
        "Closed $1.2M in new revenue in 2025. I work with regional distributors."
    )
    assert "Cut the sales cycle from 90 to 60 days." in draft
    assert "Salesforce and Negotiation" in draft
    assert draft.endswith("If that's useful to your team, send me a message here.")
    applied = member.model_copy(update={"summary": draft})
    assert run(summary.check, applied).status is Status.PASS


def test_empty_spanish_about_gets_a_spanish_draft() -> None:
    role = (
        "Software de rutas para distribuidores de bebidas. • Reduje un 18 % los kilómetros en "
        "vacío en 2025. • Formé a 12 jefes de tráfico. • Ahorré 40.000 € al año en combustible."
    )
    member = profile(
        "es",
        positions=[current("Ingeniera de datos", "Logística Norte", role)],
        skills=["SQL", "Python"],
    )
    verdict = run(summary.check, member)
    assert verdict.status is Status.FAIL
    draft = verdict.fixes[0].text
    assert draft.startswith("Ahorré 40.000 € al año en combustible.")  # money before percent
    assert "Trabajo con distribuidores de bebidas." in draft
    assert draft.endswith("Si esto le sirve a tu equipo, escríbeme por aquí.")
    assert "vacía" in verdict.evidence[0]


def test_empty_about_of_a_thin_profile_gets_advice_not_a_draft_that_would_still_fail() -> None:
    member = profile(
        positions=[current("Account Executive", "Northwind", "Closed $1.2M in new revenue.")],
        skills=["Salesforce"],
    )
    verdict = run(summary.check, member)
    assert verdict.status is Status.FAIL
    assert verdict.fixes == []  # title, one line and a skill make no 200-character About
    assert verdict.suggestions[0].startswith("Write 3 to 5 short paragraphs")


def test_empty_about_with_nothing_to_build_on_fails_with_advice_only() -> None:
    verdict = run(summary.check, profile())
    assert verdict.status is Status.FAIL
    assert verdict.fixes == []


@pytest.mark.parametrize(("cut", "status"), [(199, Status.FAIL), (200, Status.PASS)])
def test_under_200_characters_fails(cut: int, status: Status) -> None:
    about = EN_PASS[: cut - 1].rstrip()
    about += "." * (cut - len(about))  # exactly ``cut`` characters after stripping
    verdict = run(summary.check, profile(summary=about))
    assert verdict.status is status
    if status is Status.FAIL:
        assert "199 characters" in verdict.evidence[0]


@pytest.mark.parametrize(("language", "about"), [("en", EN_DUTIES), ("es", ES_DUTIES)])
def test_wall_of_duties_fails(language: str, about: str) -> None:
    verdict = run(summary.check, profile(language, summary=about))  # type: ignore[arg-type]
    assert verdict.status is Status.FAIL
    first_duty = about.split(" ", maxsplit=1)[0]
    assert first_duty in verdict.evidence[0]
    assert about.split(". ", maxsplit=1)[0][:60] in text_of(
        verdict
    )  # quotes the duty sentence to rewrite


def test_duty_wall_is_paired_with_a_result_from_the_current_role() -> None:
    member = profile(
        summary=EN_DUTIES,
        positions=[current("Sales Manager", "Acme", "Grew regional revenue by 35% in two years.")],
    )
    verdict = run(summary.check, member)
    assert verdict.status is Status.FAIL
    assert "“Grew regional revenue by 35% in two years”" in text_of(verdict)
    # Prepending the result to the duties would still fail: no such draft is offered.
    assert all("Responsible for" not in fix.text for fix in verdict.fixes)


@pytest.mark.parametrize(("language", "about"), [("en", EN_CLICHES), ("es", ES_CLICHES)])
def test_string_of_cliches_fails(language: str, about: str) -> None:
    verdict = run(summary.check, profile(language, summary=about))  # type: ignore[arg-type]
    assert verdict.status is Status.FAIL
    assert "Results-driven" in verdict.evidence[0] or "apasionada" in verdict.evidence[0]


@pytest.mark.parametrize(("language", "about"), [("en", EN_PASS), ("es", ES_PASS)])
def test_concise_about_with_reader_value_and_a_number_passes(language: str, about: str) -> None:
    verdict = run(summary.check, profile(language, summary=about))  # type: ignore[arg-type]
    assert verdict.status is Status.PASS
    assert about.split(".", maxsplit=1)[0] in verdict.evidence[0]
    assert "30%" in verdict.evidence[1]


def test_buzzwords_next_to_real_results_warn_and_point_to_the_result() -> None:
    about = "Passionate team player. " + EN_PASS
    verdict = run(summary.check, profile(summary=about))
    assert verdict.status is Status.WARN
    assert "“Passionate” and “team player”" in text_of(verdict)
    assert "$1.2M" in verdict.suggestions[-1]


def test_weak_first_270_characters_warn_and_reorder_the_members_own_sentences() -> None:
    verdict = run(summary.check, profile(summary=EN_WEAK))
    assert verdict.status is Status.WARN
    assert "270" in verdict.evidence[0]
    [tip] = [s for s in verdict.suggestions if s.startswith("Lead with your strongest lines")]
    assert tip.endswith(
        "Your own sentences: “Last year our content brought in 340 qualified leads. I help B2B "
        "software companies turn their blogs into pipeline”"
    )
    assert "My career started" not in tip  # the life story is left out
    assert verdict.fixes == []  # those lines alone are under 200 characters: a tip, not a draft


def test_fold_length_comes_from_settings() -> None:
    wide = Settings(summary=SummarySettings(fold_chars=400))
    assert run(summary.check, profile(summary=EN_WEAK), settings=wide).status is Status.PASS


def test_very_long_sentence_warns_and_is_quoted() -> None:
    long_one = (
        "Over the years I have worked with finance, operations and sales leaders in companies of "
        "every size, from seed-stage start-ups to listed groups, on planning, forecasting, pricing "
        "and reporting projects that needed both numbers and diplomacy to land well."
    )
    verdict = run(summary.check, profile(summary=f"{EN_PASS} {long_one}"))
    assert verdict.status is Status.WARN
    assert "more than 35" in verdict.evidence[0]
    assert "“Over the years I have worked" in verdict.suggestions[0]


def test_over_2600_characters_warns() -> None:
    filler = " ".join(
        f"Project {i} taught me something about budgets and people." for i in range(60)
    )
    about = f"{EN_PASS} {filler}"
    assert len(about) > 2600
    verdict = run(summary.check, profile(summary=about))
    assert verdict.status is Status.WARN
    assert f"{len(about)} characters" in verdict.evidence[-1]
    assert any(f"Cut {len(about) - 2600} characters" in s for s in verdict.suggestions)


def test_value_without_a_number_warns_and_borrows_the_roles_result() -> None:
    about = (
        "I help hospital pharmacies keep the right medicines on the shelf. I work with "
        "pharmacists, "
        "buyers and suppliers to plan stock, and I write the reports that tell managers what to "
        "order "
        "next. If your pharmacy runs out too often, message me."
    )
    member = profile(
        summary=about,
        positions=[
            current("Supply Planner", "MedStock", "Cut stock-outs by 45% across 12 hospitals.")
        ],
    )
    verdict = run(summary.check, member)
    assert verdict.status is Status.WARN
    assert "no concrete result" in verdict.evidence[0]
    assert "“Cut stock-outs by 45% across 12 hospitals”" in verdict.suggestions[0]


def test_english_output_for_a_spanish_about_quotes_it_unchanged() -> None:
    verdict = run(summary.check, profile("es", summary=ES_DUTIES), output="en")
    assert verdict.status is Status.FAIL
    assert "duties" in verdict.evidence[0]
    assert "“Encargada de" in text_of(verdict)


def test_about_without_reader_value_borrows_the_headlines_promise() -> None:
    about = (
        "Ocho años en analítica para el comercio. En Corteza rehíce la previsión semanal de "
        "demanda y reduje un 22% las mermas de stock; después formé a 14 responsables de tienda "
        "para leerla. Me gustan los datos desordenados y los gráficos claros."
    )
    member = profile(
        "es",
        headline="Analista de datos | Ayudo a cadenas de tiendas a prever la demanda",
        summary=about,
    )
    verdict = run(summary.check, member, output="en")
    assert verdict.status is Status.WARN
    assert "“Ayudo a cadenas de tiendas a prever la demanda”" in verdict.suggestions[0]
    # Result, promise and a next step do not fit in the 221 characters of the original.
    assert verdict.fixes == []


def test_spanish_weak_opening_is_reordered_from_her_own_sentences() -> None:
    about = (
        "Profesional con más de diez años de experiencia en el sector de la alimentación, siempre "
        "con ganas de aprender y de afrontar nuevos retos en un entorno exigente y cambiante. "
        "Entre mis funciones está la negociación con proveedores y la gestión del equipo de "
        "compras. En 2023 bajé un 12% el coste de las materias primas renegociando los "
        "contratos con 40 proveedores. Ayudo a empresas de alimentación a comprar mejor."
    )
    verdict = run(summary.check, profile("es", summary=about))
    assert verdict.status is Status.WARN
    assert "«ver más»" in verdict.evidence[0]
    [tip] = [s for s in verdict.suggestions if s.startswith("Empieza por tus mejores frases")]
    assert tip.endswith(
        "«En 2023 bajé un 12% el coste de las materias primas renegociando los contratos con 40 "
        "proveedores. Ayudo a empresas de alimentación a comprar mejor»"
    )
    assert "Entre mis funciones" not in tip  # the duty is left out


def test_passing_about_without_a_call_to_action_gets_one_last_tip() -> None:
    about = EN_PASS.replace(" Message me if your team is evaluating a new planning tool.", "")
    about += " I have also run pricing reviews for 8 subscription businesses."
    verdict = run(summary.check, profile(summary=about))
    assert verdict.status is Status.PASS
    assert verdict.suggestions == [
        "End with an easy next step for the reader, e.g. “If that sounds like your team, "
        "send me a message.”"
    ]
    assert run(summary.check, profile(summary=EN_PASS)).suggestions == []


def test_a_market_size_in_the_role_is_not_offered_as_a_result() -> None:
    about = (
        "I help mid-sized distributors replace spreadsheets with a warehouse system their teams "
        "actually use. I spend a morning on the floor before any demo, because that is where a "
        "rollout succeeds or stalls. If your team still counts stock by hand, message me."
    )
    role = "Sales of warehouse software to distributors with 50 to 500 employees."
    member = profile(summary=about, positions=[current("Account Executive", "Tallgrass", role)])
    verdict = run(summary.check, member)
    assert verdict.status is Status.WARN
    assert "50 to 500" not in text_of(verdict)
    assert verdict.suggestions[0].startswith("Add one result with a number")


def test_a_spanish_role_deed_with_a_figure_is_offered_after_the_title() -> None:
    about = (
        "Ayudo a clínicas pequeñas a llenar su agenda sin depender de las llamadas. Trabajo con "
        "recepción y con dirección para que cada paciente encuentre cita en dos clics. Si tu "
        "clínica pierde pacientes por teléfono, escríbeme."
    )
    role = "Reduje un 30 % las citas perdidas en 4 clínicas."
    member = profile("es", summary=about, positions=[current("Consultora", "Citafácil", role)])
    verdict = run(summary.check, member)
    assert "«Reduje un 30 % las citas perdidas en 4 clínicas»" in verdict.suggestions[0]


def test_the_draft_about_names_distinct_skills_not_variants_of_one() -> None:
    member = profile(
        positions=[current("Python Developer", "Tache")],
        skills=["HTML", "HTML5", "HTML Scripting", "JavaScript", "JavaScript Libraries", "CSS"],
    )
    assert top_skills(member, analyze_profile(member), "", 3) == ["HTML", "JavaScript", "CSS"]


def test_a_pdf_without_a_summary_says_there_is_no_about() -> None:
    verdict = run(summary.check, profile(source="linkedin-pdf", summary=""))
    assert verdict.status is Status.FAIL
    assert verdict.evidence[0].startswith("Your About section is empty")


def test_an_invitation_is_not_moved_to_the_front_of_the_about() -> None:
    about = (
        "Hi there! I am an IT student who enjoys machine learning, data science and building web "
        "apps in my free time, and I keep learning new tools every week with my classmates. "
        "Outside class I read papers, take online courses and join study groups on weekends. "
        "Next year I want to work on recommender systems for small online shops. "
        "At Suvidha I trained 3 models that cut manual tagging by 40%. "
        "If you're working on exciting projects, I'd love to connect."
    )
    verdict = run(summary.check, profile(summary=about))
    opening = [s for s in verdict.suggestions if s.startswith("Lead with your strongest lines")]
    assert opening
    assert opening[0].split("Your own sentences: ")[1].startswith("“At Suvidha")
    [draft] = [fix.text for fix in verdict.fixes]
    assert draft.startswith("At Suvidha I trained 3 models that cut manual tagging by 40%.")
    assert draft.endswith("If you're working on exciting projects, I'd love to connect.")


def test_with_no_current_role_the_latest_roles_deed_is_offered() -> None:
    about = (
        "Profesional apasionado y proactivo. Encargado de la gestión de pedidos, responsable de la "
        "relación con proveedores y de la elaboración de informes semanales para dirección."
    )
    role = "Gestión de pedidos. En 2023 reduje los plazos de entrega un 18 % con 12 proveedores."
    ended = past("Técnico de compras", "Distribuciones Tajo", end_year=2024)
    ended = ended.model_copy(update={"description": role})
    member = profile("es", summary=about, positions=[ended])
    verdict = run(summary.check, member)
    assert verdict.status is Status.FAIL
    assert any(
        s.startswith("Tu último puesto ya da un logro concreto: «En 2023 reduje los plazos")
        for s in verdict.suggestions
    )
