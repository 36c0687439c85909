"""Layouts of single sections the pasted importer must tell apart: company groups, post headers."""

from __future__ import annotations

import datetime as dt

from preflight.core.importers.pasted import read_pasted_text
from preflight.core.models import PartialDate

AS_OF = dt.date(2024, 12, 2)

GROUP_THEN_SINGLE = """Ana Ruiz
Growth lead
Experience
Orbit Foods
Full-time · 5 yrs 3 mos
Madrid, Community of Madrid, Spain
Head of Growth
Jan 2023 - Present · 1 yr 11 mos
Grew online orders 3x
Growth Manager
Oct 2019 - Dec 2022 · 3 yrs 3 mos
Ran paid search
Barista
Café Lumo
Jun 2017 - Sep 2019 · 2 yrs 4 mos
Best flat white in Lavapiés
"""


def test_a_company_group_ends_where_its_tenure_does() -> None:
    roles = read_pasted_text(GROUP_THEN_SINGLE, as_of=AS_OF).positions
    assert [(p.title, p.company) for p in roles] == [
        ("Head of Growth", "Orbit Foods"),
        ("Growth Manager", "Orbit Foods"),
        ("Barista", "Café Lumo"),
    ]
    assert [p.description for p in roles] == [
        "Grew online orders 3x",
        "Ran paid search",
        "Best flat white in Lavapiés",
    ]


def test_spanish_group_with_separate_employment_lines() -> None:
    text = """Ana Ruiz
Enfermera
Experiencia
Hospital La Fe
3 años 2 meses
Supervisora de planta
Jornada completa
ene. 2023 - actualidad · 1 año 11 meses
Enfermera
Jornada completa
oct. 2021 - dic. 2022 · 1 año 3 meses
"""
    roles = read_pasted_text(text, as_of=AS_OF).positions
    assert [(p.title, p.company, p.is_current) for p in roles] == [
        ("Supervisora de planta", "Hospital La Fe", True),
        ("Enfermera", "Hospital La Fe", False),
    ]
    assert roles[1].start == PartialDate(year=2021, month=10)


def test_role_without_employment_type_and_only_a_title() -> None:
    text = "Ana Ruiz\nWriter\nExperience\nEditor\nNorth Press\nFeb 2020 - Present\nSole line."
    (role,) = read_pasted_text(text, as_of=AS_OF).positions
    assert (role.title, role.company, role.description) == ("Editor", "North Press", "Sole line.")


def test_posted_this_headers_and_reposts_with_their_age() -> None:
    text = """Ana Ruiz
Nurse
Activity
Ana Ruiz posted this • 2w
Shift handover checklist that cut errors by 20%.
Like
Ana Ruiz reposted this • 1w
Someone Else
Their post text.
Ana Ruiz ha publicado esto • 3 meses
Hola
"""
    posts = read_pasted_text(text, as_of=AS_OF).posts
    assert posts is not None
    assert [(p.date, p.text) for p in posts if p.is_own] == [
        (dt.date(2024, 11, 18), "Shift handover checklist that cut errors by 20%."),
        (dt.date(2024, 9, 2), "Hola"),
    ]
    assert [(p.date, p.repost) for p in posts if not p.is_own] == [(dt.date(2024, 11, 25), True)]


def test_spanish_posts_tab_is_not_the_publications_section() -> None:
    text = "Ana Ruiz\nEnfermera\nActividad\nPublicaciones\nComentarios\n1 sem •\nTurnos nuevos.\n"
    posts = read_pasted_text(text, as_of=AS_OF).posts
    assert posts is not None
    assert [p.text for p in posts] == ["Turnos nuevos."]


def test_a_second_heading_of_a_read_section_does_not_replace_the_first() -> None:
    text = "Ana Ruiz\nNurse\nAbout\nI run the night ward.\nFeatured\nAbout\nSomething else"
    assert read_pasted_text(text, as_of=AS_OF).summary == "I run the night ward."


def test_a_skill_named_like_the_company_is_kept() -> None:
    text = """Ana Ruiz
Admin
Experience
CRM Administrator
Salesforce · Full-time
Jan 2021 - Present
Skills
Salesforce
CRM Administrator at Salesforce
Data Loader
"""
    assert read_pasted_text(text, as_of=AS_OF).skills == ["Salesforce", "Data Loader"]


def test_name_with_connection_degree_is_not_taken_for_the_headline() -> None:
    text = (
        "Skip to main content\nHome\nMy Network\nJane Smith\nJane Smith · 3rd\n"
        "Managing Partner at Cedar Ridge Capital\nConnect\nMessage\nMore\nAbout\nJane leads."
    )
    profile = read_pasted_text(text, as_of=AS_OF)
    assert (profile.name, profile.headline) == (
        "Jane Smith",
        "Managing Partner at Cedar Ridge Capital",
    )


def test_location_before_a_lone_separator_and_contact_info() -> None:
    text = "Ada Byron\nShe/Her\nML Engineer\nLondon, UK\n·\nContact info\n500+ connections\nAbout"
    profile = read_pasted_text(text, as_of=AS_OF)
    assert (profile.headline, profile.location) == ("ML Engineer", "London, UK")
    assert profile.connections == 500


def test_location_and_connections_on_one_line() -> None:
    text = "Jane Doe\nEngineer at Acme\nSan Francisco Bay Area · 500+ connections\nAbout\nHi"
    profile = read_pasted_text(text, as_of=AS_OF)
    assert (profile.location, profile.connections) == ("San Francisco Bay Area", 500)


def test_school_dates_on_the_degree_line() -> None:
    text = (
        "Priya Nayak\nBackend Engineer\nEducation\nKIIT University\n"
        "B.Tech, Computer Science · 2016 - 2020\nCGPA: 8.4"
    )
    (school,) = read_pasted_text(text, as_of=AS_OF).education
    assert (school.school, school.degree, school.field) == (
        "KIIT University",
        "B.Tech",
        "Computer Science",
    )
    assert (school.start, school.end) == (PartialDate(year=2016), PartialDate(year=2020))
