"""The About rewrite: results ranked, faulty lines left out, tips only for passing sections."""

from __future__ import annotations

import pytest

from preflight.core.analysis.profile import analyze_profile
from preflight.core.analysis.text import analyze_text
from preflight.core.checks import headline, summary
from preflight.core.checks.about_rewrite import opening_lines
from preflight.core.checks.guard import new_findings
from preflight.core.checks.impact import Measure, measure
from preflight.core.checks.units import is_keyword_list, units_of
from preflight.core.models import Language, Status
from preflight.core.settings import Settings
from tests.core.checks.profiles import current, profile, run, text_of

# A life story, a team size and a churn drop: the churn drop must lead.
EN_STORY = (
    "I grew up in a family of shopkeepers in Ohio and always loved talking to customers. "
    "After school I moved to Chicago, tried my hand at teaching and journalism, and spent a few "
    "happy years writing about local food and music before I found my way into this field. "
    "I lead a team of 12 customer success managers. "
    "I cut churn from 14% to 6% in one year by rebuilding onboarding. "
    "I help subscription software companies keep the customers they already won. "
    "If your renewals keep slipping, send me a message."
)
ES_STORY = (
    "Nací en Valladolid en una familia de tenderos y desde pequeña me encantó hablar con los "
    "clientes. Después me mudé a Madrid, probé suerte en la enseñanza y en el periodismo y pasé "
    "unos años escribiendo sobre comida y música antes de encontrar mi sitio en este oficio. "
    "Dirijo un equipo de 12 gestores de clientes. "
    "Reduje la tasa de bajas del 14 % al 6 % en un año rehaciendo la bienvenida. "
    "Ayudo a empresas de software por suscripción a conservar a sus clientes. "
    "Si tus renovaciones se te escapan, escríbeme."
)


@pytest.mark.parametrize(
    ("language", "about", "lead", "team", "story"),
    [
        ("en", EN_STORY, "I cut churn from 14% to 6%", "a team of 12", "I grew up"),
        ("es", ES_STORY, "Reduje la tasa de bajas del 14 % al 6 %", "un equipo de 12", "Nací"),
    ],
)
def test_the_rewrite_leads_with_the_churn_drop_not_the_team_size_and_drops_the_life_story(
    language: Language, about: str, lead: str, team: str, story: str
) -> None:
    verdict = run(summary.check, profile(language, summary=about))
    assert verdict.status is Status.WARN  # the first 270 characters are the life story
    [fix] = verdict.fixes
    assert fix.text.startswith(lead)
    assert team in fix.text  # still there, after the stronger result
    assert story not in fix.text and story not in text_of(verdict).split(":", 2)[-1]
    assert len(fix.text) <= len(about)
    applied = profile(language, summary=fix.text)
    assert run(summary.check, applied).status is Status.PASS


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "I closed $2M in new revenue.", Measure.MONEY),
        ("en", "I cut churn from 14% to 6%.", Measure.PERCENT),
        ("en", "I cut onboarding from 3 weeks to 5 days.", Measure.TIME),
        ("en", "I completed 23 sales of family-owned firms.", Measure.COUNT),
        ("en", "I lead a team of 12 engineers.", Measure.PEOPLE),
        ("es", "Ahorré 300.000 € en inventario.", Measure.MONEY),
        ("es", "Reduje la rotación del 14 % al 6 %.", Measure.PERCENT),
        ("es", "Ahorré 20 horas semanales de planificación.", Measure.TIME),
        ("es", "Dirijo un equipo de 12 personas.", Measure.PEOPLE),
    ],
)
def test_results_rank_by_what_they_measure(
    language: Language, sentence: str, expected: Measure
) -> None:
    [unit] = units_of(analyze_text(sentence, language))
    assert measure(unit, language) is expected


def test_money_percent_and_time_saved_outrank_counts_of_people() -> None:
    assert Measure.MONEY > Measure.PERCENT > Measure.PEOPLE
    assert Measure.TIME > Measure.COUNT > Measure.PEOPLE


@pytest.mark.parametrize(
    ("language", "text", "fault"),
    [
        ("en", "Results-driven leader who thinks outside the box every day.", "cliche"),
        ("en", "Responsible for managing the regional accounts and reports.", "duty"),
        ("en", "She leads the finance team at a large retailer in Leeds.", "third_person"),
        ("en", "I GREW REVENUE BY 40% IN TWO YEARS AT ACME.", "shouting"),
        ("en", "<b>I build data pipelines</b> for retailers and banks.", "markup"),
        ("en", "I grew up on a farm and moved to the city later on.", "life_story"),
        ("en", "Python, SQL, Spark, Airflow, dbt, Kafka, Snowflake, Tableau", "list"),
        ("es", "Profesional proactivo y orientado a resultados en todo lo que hago.", "cliche"),
        ("es", "Ella dirige el equipo financiero de una gran cadena de tiendas.", "third_person"),
        ("en", "They lead the finance team at a large retailer in Leeds.", "third_person"),
        ("es", "Lideró la salida a bolsa de Alcor y recaudó 40 millones de euros.", "third_person"),
        ("es", "Nací en Valladolid y me mudé a Madrid para estudiar.", "life_story"),
    ],
)
def test_lines_with_a_fault_are_never_reused(language: Language, text: str, fault: str) -> None:
    [unit] = units_of(analyze_text(text, language))
    assert fault in unit.faults
    assert not unit.clean


def test_a_repeated_sentence_is_reused_once() -> None:
    text = "I cut stock-outs by 45% across 12 hospitals. " * 3
    units = units_of(analyze_text(text, "en"))
    assert [u.clean for u in units] == [True, False, False]
    assert all("repeat" in u.faults for u in units[1:])


def test_a_third_person_about_naming_the_member_is_not_reused() -> None:
    analysis = analyze_text("Maya Castellanos closed $1.4M in new revenue last year.", "en")
    [unit] = units_of(analysis, name="Maya Castellanos")
    assert "third_person" in unit.faults


@pytest.mark.parametrize(
    ("language", "sentence", "is_list"),
    [
        ("en", "Python, SQL, Spark, Airflow, dbt, Kafka", True),
        ("en", "I work with Python, SQL, Spark, Airflow and dbt every day", False),
        ("en", "Python | SQL | Spark | Airflow | dbt", True),
        ("es", "Excel, SQL, Python, Power BI, Tableau, SAP", True),
        ("es", "Mi día a día: SQL, Python, Power BI y Tableau con mi equipo", False),
    ],
)
def test_a_keyword_list_is_told_apart_from_a_sentence(
    language: Language, sentence: str, is_list: bool
) -> None:
    assert is_keyword_list(sentence, language) is is_list


@pytest.mark.parametrize(
    ("language", "prefix", "result", "split", "list_advice"),
    [
        (
            "en",
            "I help retailers trust their numbers. Tools: ",
            "In 2025 I cut report time by 40%.",
            "Split this sentence",
            "keywords",
        ),
        (
            "es",
            "Ayudo a tiendas a fiarse de sus datos. Herramientas: ",
            "En 2025 reduje un 40 % el tiempo de los informes.",
            "Divide esta",
            "clave",
        ),
    ],
)
def test_a_keyword_dump_is_never_told_to_split_the_sentence(
    language: Language, prefix: str, result: str, split: str, list_advice: str
) -> None:
    tools = (
        "Python SQL Spark Airflow dbt Kafka Snowflake Tableau Looker AWS GCP Docker Kubernetes "
        "Terraform Git Jira Confluence Excel PowerPoint Salesforce HubSpot Marketo Zendesk "
        "Slack Notion Figma Miro Asana Airtable Zapier Retool Metabase Superset Grafana "
        "BigQuery Redshift Databricks SAS"
    )
    terms = ", ".join(tools.split(" "))
    about = prefix + terms + ". " + result
    verdict = run(summary.check, profile(language, summary=about))
    advice = text_of(verdict)
    assert split not in advice
    assert list_advice in advice


@pytest.mark.parametrize(
    ("language", "about", "advice"),
    [
        (
            "en",
            "I help small firms sell on Salesforce. I have been studying and practising Salesforce "
            "and building Apps, Custom Objects, Custom Fields, Workflow Rules, Process Builder, "
            "Flow Builder, Approval Processes, Validation Rules, Reports and Dashboards for the "
            "sales teams of three regional distributors over the last two years. In 2025 I cut "
            "their quote time by 40%.",
            "Most of this sentence is a list",
        ),
        (
            "es",
            "Ayudo a pymes a vender con Salesforce. Llevo dos años estudiando Salesforce y creando "
            "aplicaciones, objetos personalizados, campos personalizados, reglas de flujo, "
            "procesos de aprobación, reglas de validación, informes y paneles para los equipos "
            "comerciales de tres distribuidores regionales del norte de España. En 2025 reduje un "
            "40 % el tiempo de sus presupuestos.",
            "Casi toda esta frase es una lista",
        ),
    ],
)
def test_a_sentence_that_is_mostly_a_list_is_told_to_keep_a_few_terms_not_to_split(
    language: Language, about: str, advice: str
) -> None:
    verdict = run(summary.check, profile(language, summary=about))
    text = text_of(verdict)
    assert advice in text
    assert "Split this sentence" not in text and "Divide esta" not in text


@pytest.mark.parametrize(
    ("language", "good", "about"),
    [
        (
            "en",
            "Data Engineer | Python · dbt · Airflow",
            "Over eight years I have built data platforms for logistics firms. I cut nightly "
            "load time from 6 hours to 40 minutes at Freightly. If you're hiring for a data "
            "team, I'd love to connect.",
        ),
        (
            "es",
            "Ingeniera de datos | Python · dbt · Airflow",
            "He construido plataformas de datos para empresas de logística. En Fletes Sur reduje "
            "la carga nocturna de 6 horas a 40 minutos. Si buscas a alguien para tu equipo de "
            "datos, escríbeme.",
        ),
    ],
)
def test_a_passing_headline_gets_tips_never_a_rewrite_with_the_abouts_invitation(
    language: Language, good: str, about: str
) -> None:
    member = profile(
        language, headline=good, summary=about, positions=[current(good.split(" |", maxsplit=1)[0])]
    )
    verdict = run(headline.check, member)
    assert verdict.status is Status.PASS
    assert verdict.fixes == []
    last_sentence = about.rsplit(". ", 1)[-1].rstrip(".")
    assert last_sentence[:20] not in text_of(verdict)


def test_a_passing_about_gets_no_rewrite() -> None:
    about = (
        "I help hospital pharmacies keep the right medicines on the shelf. At MedStock I cut "
        "stock-outs by 45% across 12 hospitals and freed $300K of cash tied up in slow stock. "
        "If your pharmacy runs out too often, message me."
    )
    verdict = run(summary.check, profile(summary=about))
    assert verdict.status is Status.PASS
    assert verdict.fixes == []


def test_a_shorter_list_of_the_same_items_is_no_new_finding() -> None:
    old = [
        "Named elsewhere on your profile but missing from the list: “Budgeting” and “Onboarding”."
    ]
    fewer = ["Named elsewhere on your profile but missing from the list: “Onboarding”."]
    other = ["Named elsewhere on your profile but missing from the list: “Forecasting”."]
    assert new_findings(old, fewer) == []
    assert new_findings(old, other) == other
    assert new_findings([], ["It has no concrete result."]) == ["It has no concrete result."]


@pytest.mark.parametrize(
    ("language", "role", "opening"),
    [
        (
            "en",
            "Sales of scheduling software to regional clinics. • Closed $2M in new revenue.",
            "Closed $2M in new revenue. I work with regional clinics.",
        ),
        (
            "en",
            "Hired to reduce costs across the plant. • Saved $2M in 2025.",
            "Saved $2M in 2025.",
        ),
        (
            "es",
            "Compras a través de proveedores locales. • Ahorré 200.000 € en 2025.",
            "Ahorré 200.000 € en 2025.",
        ),
        (
            "es",
            "Venta de software para clínicas dentales. • Ahorré 200.000 € en 2025.",
            "Ahorré 200.000 € en 2025. Trabajo con clínicas dentales.",
        ),
    ],
)
def test_whom_a_role_serves_is_named_only_when_its_description_names_people(
    language: Language, role: str, opening: str
) -> None:
    member = profile(language, positions=[current("Consultant", "Acme", role)])
    analysis = analyze_profile(member)
    assert opening_lines(member, analysis, Settings().summary) == opening
