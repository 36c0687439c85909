"""Headline verdicts read from structure: capitals, markup, keyword lists and clichés cost points.

Issue 10's examples in English and Spanish, plus paraphrases.
"""

from __future__ import annotations

import pytest

from preflight.core.assessment import CheckId
from preflight.core.checks import headline
from preflight.core.models import Status
from preflight.core.scoring import assess
from preflight.core.settings import Settings
from tests.core.checks.profiles import AS_OF, profile, run

SHOUTED = [
    ("en", "RESULTS-DRIVEN SALES LEADER | VISIONARY | GAME CHANGER | CLOSER"),
    ("en", "WORLD-CLASS NINJA ROCKSTAR DEVELOPER"),
    ("es", "DIRECTOR COMERCIAL ORIENTADO A RESULTADOS | VISIONARIO | LÍDER NATO"),
    ("es", "GURÚ DEL MARKETING DE CLASE MUNDIAL | JEFE DE VENTAS"),
]
CAPITALS = {"en": "It is written mostly in capitals", "es": "Está escrito casi todo en mayúsculas"}
CLICHES = {"en": "It leans on clichés", "es": "Se apoya en tópicos"}


@pytest.mark.parametrize(("language", "text"), SHOUTED)
def test_a_shouted_headline_of_cliches_warns_on_both(language: str, text: str) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is not Status.PASS
    assert any(e.startswith(CAPITALS[language]) for e in verdict.evidence)
    assert any(e.startswith(CLICHES[language]) for e in verdict.evidence)


@pytest.mark.parametrize(("language", "text"), SHOUTED[:1] + SHOUTED[2:3])
def test_a_shouted_headline_does_not_get_the_full_points(language: str, text: str) -> None:
    member = profile(language, headline=text)  # type: ignore[arg-type]
    result = assess(member, as_of=AS_OF, language=language, settings=Settings())  # type: ignore[arg-type]
    check = next(c for c in result.checks if c.id is CheckId.HEADLINE)
    assert check.points < check.max_points


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "SENIOR ACCOUNTANT AT BRADLEY & CO"),
        ("es", "JEFE DE ADMINISTRACIÓN EN GRUPO ÁVILA"),
    ],
)
def test_capitals_alone_warn(language: str, text: str) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is Status.WARN
    assert any(e.startswith(CAPITALS[language]) for e in verdict.evidence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Engineer at NASA | HVAC | LEED AP | AWS"),
        ("es", "Ingeniera en la ESA | BIM | LEED AP | AWS"),
    ],
)
def test_acronyms_are_no_shouting(language: str, text: str) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert not any(e.startswith(CAPITALS[language]) for e in verdict.evidence)


MARKUP = {"en": "It holds markup", "es": "Tiene código"}


@pytest.mark.parametrize(
    ("language", "text", "tag"),
    [
        ("en", "<b>Senior Data Engineer</b><script>alert(1)</script>", "<script>"),
        ("en", "Product Designer &#124; Design Systems &#124; Accessibility", "&#124;"),
        ("es", "<b>Ingeniera de datos</b><script>alert('hola')</script>", "<script>"),
        ("es", "Enfermera &amp; formadora clínica", "&amp;"),
    ],
)
def test_raw_markup_in_a_headline_warns_and_names_the_tags(
    language: str, text: str, tag: str
) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is not Status.PASS
    finding = next(e for e in verdict.evidence if e.startswith(MARKUP[language]))
    assert tag in finding


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Python | SQL | Spark | Airflow | dbt | Snowflake | AWS | Docker"),
        ("es", "Python · SQL · Spark · Airflow · dbt · BigQuery · GCP · Terraform"),
    ],
)
def test_a_bare_keyword_list_is_no_headline(language: str, text: str) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is not Status.PASS


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Community lead at Support Driven | Support operations for SaaS"),
        ("en", "Creative Director at Northlight Studio | Brand identity for food companies"),
        ("es", "Jefe de operaciones en Dinámica Logística | Transporte refrigerado"),
    ],
)
def test_a_cliche_word_inside_a_name_costs_nothing(language: str, text: str) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert not any(e.startswith(CLICHES[language]) for e in verdict.evidence)


@pytest.mark.parametrize(
    ("language", "text", "tidy"),
    [
        (
            "en",
            "🚀 RESULTS-DRIVEN SALES LEADER | 💡 VISIONARY | 🔥 GAME CHANGER ✨",
            "Your own words",
        ),
        ("es", "🚀 DIRECTOR COMERCIAL | 💡 VISIONARIO | 🔥 LÍDER NATO ✨", "Tus propias palabras"),
    ],
)
def test_no_tidied_headline_is_offered_that_would_still_shout(
    language: str, text: str, tidy: str
) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is Status.WARN
    assert not any(s.startswith(tidy) for s in verdict.suggestions)
