"""The pasted-page importer on realistic select-all copies of a profile, English and Spanish UI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from preflight.core.importers.pasted import read_pasted_file, read_pasted_text
from preflight.core.models import PartialDate, Profile, SourceFormat

AS_OF = dt.date(2024, 12, 2)


@pytest.fixture
def english(fixtures: Path) -> Profile:
    return read_pasted_file(fixtures / "pasted" / "profile_en.txt", as_of=AS_OF)


@pytest.fixture
def spanish(fixtures: Path) -> Profile:
    return read_pasted_file(fixtures / "pasted" / "profile_es.txt", as_of=AS_OF)


def test_top_card_gives_name_headline_location_and_counts(english: Profile) -> None:
    assert english.name == "Noor Haddad-Lindqvist"
    assert english.headline.startswith("Data engineer helping freight and logistics teams")
    assert english.location == "Rotterdam, South Holland, Netherlands"
    assert english.followers == 1248
    assert english.connections == 500


def test_spanish_top_card(spanish: Profile) -> None:
    assert spanish.name == "Lucía Ferrándiz Olmo"  # the doubled screen-reader line is undone
    assert spanish.headline.startswith("Diseñadora de producto | Ayudo a equipos")
    assert spanish.location == "València, Comunidad Valenciana, España"
    assert spanish.followers == 2315
    assert spanish.connections == 500  # "Más de 500 contactos"


def test_about_keeps_the_text_without_see_more(english: Profile, spanish: Profile) -> None:
    assert english.summary.startswith("I help freight and logistics teams")
    assert english.summary.endswith("let's talk.")
    assert "see more" not in english.summary
    assert "Top skills" not in english.summary
    assert spanish.summary.endswith("escríbeme.")
    assert "ver más" not in spanish.summary


def test_positions_with_company_group_and_single_roles(english: Profile) -> None:
    roles = [(p.title, p.company) for p in english.positions]
    assert roles == [
        ("Senior Data Engineer", "Harbourline Logistics"),
        ("Data Engineer", "Harbourline Logistics"),
        ("Analytics Engineer", "Kestrel Maps"),
    ]
    current = english.positions[0]
    assert current.is_current
    assert current.start == PartialDate(year=2022, month=1)
    assert current.location == "Rotterdam, South Holland, Netherlands"
    assert current.description.startswith("Rebuilt the nightly warehouse load")
    assert "Skills:" not in current.description
    assert english.positions[1].end == PartialDate(year=2021, month=12)
    assert english.positions[2].description == "Built the routing dashboards used by 120 drivers."
    assert [p.title for p in english.current_positions] == ["Senior Data Engineer"]


def test_spanish_positions_with_actualidad(spanish: Profile) -> None:
    first, second = spanish.positions
    assert (first.title, first.company) == ("Diseñadora de producto sénior", "Clínicas Albufera")
    assert first.is_current
    assert first.start == PartialDate(year=2022, month=1)
    assert "38 %" in first.description
    assert "Aptitudes:" not in first.description
    assert (second.company, second.start, second.end) == (
        "Estudio Marjal",
        PartialDate(year=2018, month=9),
        PartialDate(year=2021, month=12),
    )


def test_education(english: Profile, spanish: Profile) -> None:
    schools = [(e.school, e.degree, e.field) for e in english.education]
    assert schools == [
        ("Delft University of Technology", "Master of Science - MS", "Computer Science"),
        ("Universiteit Leiden", "Bachelor of Science - BS", "Mathematics"),
    ]
    assert english.education[0].end == PartialDate(year=2018)
    assert spanish.education[0].field == "Diseño de interacción"


def test_skills_leave_out_endorsements_and_context_lines(english: Profile) -> None:
    assert english.skills == ["Python", "dbt", "Apache Airflow", "SQL", "Data Modeling"]


def test_spanish_skills_keep_a_skill_named_like_a_footer_link(spanish: Profile) -> None:
    assert spanish.skills == [
        "Diseño de producto",
        "Investigación de usuarios",
        "Figma",
        "Prototipado",
        "Accesibilidad",
    ]


def test_post_ages_become_approximate_dates(english: Profile) -> None:
    assert english.posts is not None
    assert [p.date for p in english.posts if p.is_own] == [
        dt.date(2024, 11, 25),  # 1w
        dt.date(2024, 9, 2),  # 3mo
        dt.date(2022, 12, 2),  # 2yr
    ]
    assert all(p.approximate for p in english.posts if p.is_own)
    assert english.posts[0].text.startswith("We moved our dbt tests into CI")
    assert english.posts[0].text.endswith("before every merge.")


def test_reposts_of_other_people_are_not_own_posts(english: Profile) -> None:
    assert english.posts is not None
    assert not any("planners now get" in p.text for p in english.posts)
    assert [p.is_own for p in english.posts] == [True, False, True, True]


def test_spanish_post_ages(spanish: Profile) -> None:
    assert spanish.posts is not None
    assert [p.date for p in spanish.posts] == [
        dt.date(2024, 11, 30),  # hace 2 días
        dt.date(2024, 11, 25),  # 1 sem
        dt.date(2024, 9, 2),  # 3 meses • Editado
    ]
    assert spanish.posts[2].text.startswith("Resumen de nuestro estudio con 60 pacientes")


def test_source_language_and_what_text_cannot_show(english: Profile, spanish: Profile) -> None:
    assert english.source.format is SourceFormat.PASTED_TEXT
    assert english.source.language == "en"
    assert spanish.source.language == "es"
    assert english.photo is None and spanish.photo is None
    assert english.source.path.endswith("profile_en.txt")


def test_without_activity_section_posts_are_unknown() -> None:
    text = "Ada Quill\nTechnical writer\nAbout\nI write API docs that developers finish reading."
    assert read_pasted_text(text, as_of=AS_OF).posts is None


def test_activity_without_posts_is_an_empty_list() -> None:
    text = "Ada Quill\nTechnical writer\nActivity\n312 followers\nYou haven't posted yet\nSkills"
    profile = read_pasted_text(text, as_of=AS_OF)
    assert profile.posts == []
    assert profile.followers == 312


def test_counts_on_one_line_and_with_multipliers() -> None:
    text = "Ada Quill\nWriter\nLisbon, Portugal\n12K followers · 500+ connections\nAbout\nHi"
    profile = read_pasted_text(text, as_of=AS_OF)
    assert (profile.followers, profile.connections) == (12000, 500)
    assert profile.location == "Lisbon, Portugal"


def test_html_in_the_paste_stays_plain_text() -> None:
    text = "Ada Quill\n<script>alert(1)</script> writer\nAbout\n<b>I write</b> docs & guides."
    profile = read_pasted_text(text, as_of=AS_OF)
    assert profile.headline == "<script>alert(1)</script> writer"
    assert profile.summary == "<b>I write</b> docs & guides."


def test_missing_sections_are_reported_as_warnings() -> None:
    profile = read_pasted_text("Ada Quill\nTechnical writer\nAbout\nHello", as_of=AS_OF)
    assert [w.key for w in profile.warnings] == ["pasted.no_experience", "pasted.no_skills"]


def test_the_show_all_link_gives_how_many_skills_the_member_has(
    english: Profile, spanish: Profile
) -> None:
    assert english.skills_total == 18  # "Show all 18 skills" under 5 visible
    assert spanish.skills_total == 21  # "Mostrar las 21 aptitudes"


@pytest.mark.parametrize(
    ("name", "link", "visible"),
    [
        (
            "few_skills_en.txt",
            "Show all 21 skills →",
            ["SQL", "Forecasting", "Inventory Management"],
        ),
        (
            "few_skills_es.txt",
            "Ver las 21 aptitudes",
            ["SQL", "Análisis de datos", "Previsión de la demanda"],
        ),
    ],
)
def test_a_paste_showing_three_of_twenty_one_skills(
    fixtures: Path, name: str, link: str, visible: list[str]
) -> None:
    text = (fixtures / "pasted" / name).read_text(encoding="utf-8")
    with_link = read_pasted_text(text, as_of=AS_OF)
    assert with_link.skills == visible  # the "Top skills" line repeats them, it is no count
    assert with_link.skills_total == 21
    assert link in text.splitlines()
    without = read_pasted_text(text.replace(link + "\n", ""), as_of=AS_OF)
    assert without.skills == visible
    assert without.skills_total is None


@pytest.mark.parametrize(
    "link", ["Show all 21 skills", "Mostrar las 21 aptitudes", "Mostrar 21 aptitudes"]
)
def test_the_link_counts_wherever_the_copy_put_it(link: str) -> None:
    # No Skills heading: the link landed under Education, the Top skills line under About.
    text = f"Ada Quill\nWriter\nAbout\nHi\nTop skills\nSQL • Python\nEducation\nUCL\n{link}\n"
    profile = read_pasted_text(text, as_of=AS_OF)
    assert profile.skills == ["SQL", "Python"]
    assert profile.skills_total == 21


def test_a_link_naming_no_more_than_the_page_shows_is_no_partial_list() -> None:
    text = "Ada Quill\nWriter\nSkills\nSQL\nPython\nShow all 2 skills\n"
    profile = read_pasted_text(text, as_of=AS_OF)
    assert profile.skills == ["SQL", "Python"]
    assert profile.skills_total is None
