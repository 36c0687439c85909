"""Skills rules: 5+ pass, 3-4 warn, under 3 fail; skills named elsewhere but unlisted suggested."""

from __future__ import annotations

import pytest

from preflight.core.checks import skills
from preflight.core.models import Status
from preflight.core.settings import Settings, SkillsSettings
from tests.core.checks.profiles import current, profile, run

FIVE = ["Salesforce", "Negotiation", "Forecasting", "Account Planning", "CRM Hygiene"]


@pytest.mark.parametrize(
    ("count", "status"),
    [(0, Status.FAIL), (2, Status.FAIL), (3, Status.WARN), (4, Status.WARN), (5, Status.PASS)],
)
def test_count_thresholds(count: int, status: Status) -> None:
    verdict = run(skills.check, profile(skills=FIVE[:count]))
    assert verdict.status is status
    if status is not Status.PASS and count:
        assert f"Add {5 - count} more to reach 5" in verdict.suggestions[-1]
    if count == 0:
        assert verdict.suggestions[-1].startswith("List at least 5 skills")


def test_repeated_skills_count_once() -> None:
    verdict = run(skills.check, profile(skills=["SQL", "sql", "SQL ", "Python", "Excel"]))
    assert verdict.status is Status.WARN
    assert verdict.evidence[0].startswith("3 listed")


def test_thresholds_come_from_settings() -> None:
    lenient = Settings(skills=SkillsSettings(pass_min=3, warn_min=1))
    assert run(skills.check, profile(skills=FIVE[:3]), settings=lenient).status is Status.PASS
    assert run(skills.check, profile(skills=FIVE[:1]), settings=lenient).status is Status.WARN


def test_skills_named_in_headline_summary_and_role_but_not_listed_are_suggested() -> None:
    member = profile(
        headline="Data Analyst | Tableau · SQL",
        summary="I help clinics cut waiting times with Python and Power BI dashboards.",
        positions=[current("Data Analyst", "Clinica", "Built Excel models for 12 clinics.")],
        skills=["SQL", "Statistics", "Forecasting", "Python", "Storytelling"],
    )
    verdict = run(skills.check, member)
    assert verdict.status is Status.PASS
    assert verdict.suggestions[0].startswith("Add “Tableau”, “Power BI” and “Excel” to your skills")
    assert "appear in your headline, your About and your current role" in verdict.suggestions[0]


def test_spanish_profile_gets_spanish_suggestion_for_missing_skills() -> None:
    member = profile(
        "es",
        headline="Jefa de ventas B2B | negociación · HubSpot",
        skills=["Negociación", "Liderazgo"],
    )
    verdict = run(skills.check, member)
    assert verdict.status is Status.FAIL
    assert "«ventas B2B» y «HubSpot»" in verdict.suggestions[0]
    assert "«negociación»" not in verdict.suggestions[0]  # listed, whatever the case
    assert "Añade 3 más hasta llegar a 5" in verdict.suggestions[-1]


def test_skill_listed_under_a_longer_name_is_not_suggested() -> None:
    member = profile(
        headline="Data Engineer | Python · Airflow",
        skills=["Python", "Apache Airflow", "dbt", "SQL", "Data Modeling"],
    )
    verdict = run(skills.check, member)
    assert verdict.status is Status.PASS
    assert verdict.suggestions == []
