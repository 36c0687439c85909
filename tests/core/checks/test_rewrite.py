"""Headline proposals: built from the position the member holds on the check date and from the
skills their text names as skills."""

from __future__ import annotations

import pytest

from preflight.core.analysis.profile import analyze_profile
from preflight.core.checks import headline
from preflight.core.checks.rewrite import top_skills
from preflight.core.models import Language, PartialDate, Position
from tests.core.checks.profiles import AS_OF, past, profile, run, text_of

# Starts four months after the check date (AS_OF is 2026-11-26).
_NEXT_JOB = {"en": "Head of Sales", "es": "Directora comercial"}
_ABOUT = {
    "en": "I help SaaS finance teams close the quarter faster.",
    "es": "Ayudo a equipos financieros de empresas SaaS a cerrar el trimestre más rápido.",
}
_LAST_JOB = {"en": "Account Executive", "es": "Ejecutiva de cuentas"}


def _starting_next_year(language: Language) -> Position:
    return Position(
        title=_NEXT_JOB[language], company="Northwind", start=PartialDate(year=2027, month=3)
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_job_that_has_not_started_is_not_offered_as_the_headline_title(
    language: Language,
) -> None:
    member = profile(
        language,
        positions=[_starting_next_year(language), past(_LAST_JOB[language], "Acme", 2026)],
        skills=["Salesforce", "HubSpot"],
        summary=_ABOUT[language],
    )
    verdict = run(headline.check, member)
    said = text_of(verdict) + "".join(f.text for f in verdict.fixes)
    assert _NEXT_JOB[language] not in said
    assert verdict.fixes[0].text.startswith(_LAST_JOB[language])


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_member_whose_only_job_starts_later_gets_no_proposal_naming_it(
    language: Language,
) -> None:
    member = profile(language, positions=[_starting_next_year(language)], summary=_ABOUT[language])
    verdict = run(headline.check, member)
    assert _NEXT_JOB[language] not in text_of(verdict)
    assert all(_NEXT_JOB[language] not in f.text for f in verdict.fixes)


@pytest.mark.parametrize(
    ("language", "about", "skills"),
    [
        (
            "en",
            "I closed 23 sales last quarter. I run the pipeline in Salesforce and HubSpot.",
            ["Salesforce", "HubSpot"],
        ),
        (
            "es",
            "Cerré 23 ventas el trimestre pasado. Llevo el embudo en Salesforce y HubSpot.",
            ["Salesforce", "HubSpot"],
        ),
    ],
)
def test_top_skills_are_the_ones_the_text_names_as_skills_not_counts(
    language: Language, about: str, skills: list[str]
) -> None:
    member = profile(language, summary=about)
    assert top_skills(member, analyze_profile(member, AS_OF), "", 3) == skills
