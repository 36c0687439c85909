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
    assert "«Ventas B2B» y «HubSpot»" in verdict.suggestions[0]
    assert "«negociación»" not in verdict.suggestions[0]  # listed, whatever the case
    assert "Después añade 1 más hasta llegar a 5" in verdict.suggestions[-1]  # after the 2 named


def test_skill_listed_under_a_longer_name_is_not_suggested() -> None:
    member = profile(
        headline="Data Engineer | Python · Airflow",
        skills=["Python", "Apache Airflow", "dbt", "SQL", "Data Modeling"],
    )
    verdict = run(skills.check, member)
    assert verdict.status is Status.PASS
    assert verdict.suggestions == []


def test_a_skill_written_in_lower_case_is_suggested_with_its_usual_capitals() -> None:
    member = profile(
        summary="I build long-term partnerships with distributors.",
        skills=FIVE,
    )
    verdict = run(skills.check, member)
    assert verdict.suggestions == [
        "Add “Partnerships” to your skills: it already appears in your About, "
        "and recruiters search for it."
    ]


def test_a_general_skill_is_not_suggested_next_to_a_more_specific_one() -> None:
    listed = run(skills.check, profile(summary="Ten years in sales.", skills=["B2B Sales", *FIVE]))
    assert listed.suggestions == []
    both = run(
        skills.check,
        profile(headline="Account Executive | B2B Sales", summary="I love sales.", skills=FIVE),
    )
    assert both.suggestions[0].startswith("Add “B2B Sales” to your skills: it already appears")
    assert "“Sales”" not in both.suggestions[0]
    assert both.suggestions[0].count("your headline") == 1
    assert "your About" not in both.suggestions[0]
    spanish = profile("es", summary="Diez años en ventas.", skills=["Ventas B2B", "Liderazgo"])
    assert "Ventas»" not in skills_text(run(skills.check, spanish))


def test_one_or_several_missing_skills_agree_in_number_in_spanish() -> None:
    one = run(skills.check, profile("es", headline="Analista | Power BI", skills=["SQL"]))
    assert "ya aparece en tu titular" in one.suggestions[0]
    assert one.evidence[1].startswith("Aparece en tu perfil pero falta")
    two = run(skills.check, profile("es", headline="Analista | Power BI · Tableau", skills=["SQL"]))
    assert "ya aparecen en tu titular" in two.suggestions[0]


def test_a_pdf_with_three_top_skills_cannot_show_the_full_list() -> None:
    member = profile(source="linkedin-pdf", skills=["MySQL", "PHP", "Linux"])
    verdict = run(skills.check, member)
    assert verdict.status is Status.UNKNOWN
    assert verdict.evidence[0].startswith("A profile saved as PDF shows only your top 3 skills")
    assert "Add 2 more" not in skills_text(verdict)
    assert "confirm this check" in verdict.suggestions[-1]
    spanish = run(skills.check, profile("es", source="linkedin-pdf", skills=["SQL", "R", "Excel"]))
    assert spanish.evidence[0].startswith("Un perfil guardado como PDF solo muestra tus 3")


def test_a_pdf_with_fewer_than_three_skills_shows_the_whole_list() -> None:
    verdict = run(skills.check, profile(source="linkedin-pdf", skills=["MySQL", "PHP"]))
    assert verdict.status is Status.FAIL


def test_a_pdf_hedges_skills_named_beyond_its_top_three() -> None:
    member = profile(
        source="linkedin-pdf",
        summary="Program management professional for research labs.",
        skills=["Microsoft Excel", "PowerPoint", "Research"],
    )
    verdict = run(skills.check, member)
    assert verdict.suggestions[0].startswith(
        "If “Program management” is not on your full list yet, add it"
    )


def test_a_paste_showing_three_of_twenty_one_skills_passes() -> None:
    member = profile(source="pasted-text", skills=FIVE[:3], skills_total=21)
    verdict = run(skills.check, member)
    assert verdict.status is Status.PASS
    assert verdict.evidence == [
        "21 listed on your profile (the paste shows 3: “Salesforce”, “Negotiation” and "
        "“Forecasting”)."
    ]
    assert verdict.suggestions == []
    one_shown = profile("es", source="pasted-text", skills=["SQL"], skills_total=21)
    spanish = run(skills.check, one_shown)
    assert spanish.status is Status.PASS
    assert spanish.evidence[0] == "Tu perfil tiene 21 aptitudes (el texto pegado muestra 1: «SQL»)."


def test_a_paste_showing_three_skills_and_no_total_warns() -> None:
    verdict = run(skills.check, profile(source="pasted-text", skills=FIVE[:3]))
    assert verdict.status is Status.WARN
    assert verdict.evidence[0].startswith("3 listed:")
    assert "Add 2 more to reach 5" in verdict.suggestions[-1]


def test_the_total_counts_toward_the_thresholds_not_past_them() -> None:
    four = run(skills.check, profile(source="pasted-text", skills=FIVE[:3], skills_total=4))
    assert four.status is Status.WARN
    assert four.evidence[0].startswith("4 listed on your profile (the paste shows 3:")
    assert "Add 1 more to reach 5" in four.suggestions[-1]
    smaller = run(skills.check, profile(source="pasted-text", skills=FIVE[:3], skills_total=2))
    assert smaller.evidence[0].startswith("3 listed:")  # the visible ones are at least there


def test_a_total_with_no_visible_skills_says_so() -> None:
    verdict = run(skills.check, profile(source="pasted-text", skills_total=12))
    assert verdict.status is Status.PASS
    assert verdict.evidence == ["12 listed on your profile; the paste shows none."]
    spanish = run(skills.check, profile("es", source="pasted-text", skills_total=12))
    assert spanish.evidence == ["Aptitudes en tu perfil: 12; el texto pegado no muestra ninguna."]


def test_skills_named_but_not_visible_in_a_partial_paste_are_hedged() -> None:
    member = profile(
        source="pasted-text",
        headline="Data Analyst | Tableau · SQL",
        skills=["SQL", "Statistics", "Forecasting"],
        skills_total=21,
    )
    verdict = run(skills.check, member)
    assert verdict.status is Status.PASS
    assert verdict.evidence[1] == (
        "Your profile also names “Tableau”, which is not among the skills the paste shows."
    )
    assert verdict.suggestions == [
        "If “Tableau” is not on your full list yet, add it: it already appears in your "
        "headline, and recruiters search for it."
    ]
    spanish = profile(
        "es",
        source="pasted-text",
        headline="Analista | Power BI · Tableau",
        skills=["SQL"],
        skills_total=21,
    )
    text = skills_text(run(skills.check, spanish))
    assert "nombra «Power BI» y «Tableau», que no están entre las aptitudes que muestra" in text
    assert "Si «Power BI» y «Tableau» aún no están en tu lista completa, añádelas" in text


def skills_text(verdict: skills.Verdict) -> str:
    return "\n".join([*verdict.evidence, *verdict.suggestions])
