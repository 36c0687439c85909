"""The pasted importer's pieces: line cleaning, post ages, date lines, counts, interface words."""

from __future__ import annotations

import datetime as dt

import pytest

from preflight.core.importers.pasted.date_ranges import parse_date_range
from preflight.core.importers.pasted.lines import clean_lines, undouble
from preflight.core.importers.pasted.relative_dates import parse_post_age
from preflight.core.importers.pasted.skills import read_skills_total
from preflight.core.importers.pasted.top_card import parse_counts
from preflight.core.importers.pasted.vocabulary import vocabulary
from preflight.core.models import PartialDate

AS_OF = dt.date(2024, 12, 2)
VOCAB = vocabulary()


def test_screen_reader_repeats_collapse() -> None:
    text = (
        "About\nAbout\n\n  Senior  Engineer\u200b \nSenior EngineerSenior Engineer\n"
        "Engineer\r\nAbout"
    )
    assert clean_lines(text) == ["About", "Senior Engineer", "Engineer", "About"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Data EngineerData Engineer", "Data Engineer"),
        ("Walla Walla", "Walla Walla"),  # a real place, not a repeat
        ("2015 - 20172015 - 2017", "2015 - 2017"),
        ("abab", "abab"),  # too short to be sure
        ("12341234", "12341234"),  # numbers are left alone
    ],
)
def test_undouble(line: str, expected: str) -> None:
    assert undouble(line) == expected


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ("1w", dt.date(2024, 11, 25)),
        ("1w •", dt.date(2024, 11, 25)),
        ("3mo • Edited •", dt.date(2024, 9, 2)),
        ("2yr", dt.date(2022, 12, 2)),
        ("5d", dt.date(2024, 11, 27)),
        ("20h", AS_OF),
        ("30m", AS_OF),
        ("5 days ago", dt.date(2024, 11, 27)),
        ("a week ago", dt.date(2024, 11, 25)),
        ("now", AS_OF),
        ("1 sem", dt.date(2024, 11, 25)),
        ("3 meses", dt.date(2024, 9, 2)),
        ("hace 2 días", dt.date(2024, 11, 30)),
        ("hace 1 año", dt.date(2023, 12, 2)),
        ("hace un mes", dt.date(2024, 11, 2)),
        ("2 años • Editado •", dt.date(2022, 12, 2)),
    ],
)
def test_post_ages(age: str, expected: dt.date) -> None:
    assert parse_post_age(age, AS_OF, VOCAB) == expected


@pytest.mark.parametrize(
    "line", ["3 meses de trabajo", "1w hello", "Python", "2024", "3mo • we shipped", "99999999yr"]
)
def test_lines_that_are_not_post_ages(line: str) -> None:
    assert parse_post_age(line, AS_OF, VOCAB) is None


def test_month_ages_land_on_a_real_day() -> None:
    assert parse_post_age("3mo", dt.date(2024, 5, 31), VOCAB) == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Jan 2022 - Present · 2 yrs 11 mos", PartialDate(year=2022, month=1), None),
        ("ene. 2022 - actualidad · 2 años 11 meses", PartialDate(year=2022, month=1), None),
        ("abril de 2026 - la actualidad", PartialDate(year=2026, month=4), None),
        (
            "sept. 2018 - dic. 2021",
            PartialDate(year=2018, month=9),
            PartialDate(year=2021, month=12),
        ),
        ("2015 - 2017", PartialDate(year=2015), PartialDate(year=2017)),
        ("2015–2017", PartialDate(year=2015), PartialDate(year=2017)),
        ("Mar 2020 · 1 mo", PartialDate(year=2020, month=3), PartialDate(year=2020, month=3)),
        (
            "Oct 2021 - Dec 2021 · less than a year",
            PartialDate(year=2021, month=10),
            PartialDate(year=2021, month=12),
        ),
    ],
)
def test_date_lines(line: str, start: PartialDate, end: PartialDate | None) -> None:
    found = parse_date_range(line, VOCAB)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "line",
    [
        "Senior Data Engineer",
        "2017",
        "Jan 2022 - soon",
        "Built 3 - 4 pipelines",
        "Jan 2022 · Remote",
    ],
)
def test_lines_that_are_not_date_ranges(line: str) -> None:
    assert parse_date_range(line, VOCAB) is None


def test_a_lone_year_is_a_date_only_where_allowed() -> None:
    found = parse_date_range("2017", VOCAB, single=True)
    assert found is not None and found.end == PartialDate(year=2017)


@pytest.mark.parametrize(
    ("line", "followers", "connections"),
    [
        ("500+ connections", None, 500),
        ("1,234 followers", 1234, None),
        ("1.234 seguidores", 1234, None),
        ("Más de 500 contactos", None, 500),
        ("29,777 followers · 500+ connections", 29777, 500),
        ("1.2K followers", 1200, None),
        ("12 mil seguidores", 12000, None),
    ],
)
def test_counts(line: str, followers: int | None, connections: int | None) -> None:
    counts = parse_counts(line, VOCAB)
    assert counts is not None
    assert (counts.followers, counts.connections) == (followers, connections)


@pytest.mark.parametrize("line", ["3 comments", "500 people", "followers", "Lisbon, Portugal"])
def test_lines_that_are_not_counts(line: str) -> None:
    assert parse_counts(line, VOCAB) is None


@pytest.mark.parametrize(
    "line",
    [
        "Show all 23 skills",
        "Mostrar las 21 aptitudes",
        "Edit",
        "Editar",
        "· 3rd",
        "Contact info",
        "Información de contacto",
        "…see more",
        "Recomendar",
        "Enviar",
    ],
)
def test_interface_noise(line: str) -> None:
    assert VOCAB.is_noise(line)


@pytest.mark.parametrize("line", ["Python", "Showrunner at Netflix", "Vertex AI", "Sendgrid"])
def test_member_text_is_not_noise(line: str) -> None:
    assert not VOCAB.is_noise(line)


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("About", "about"),
        ("Acerca de", "about"),
        ("EXPERIENCE", "experience"),
        ("Educacion", "education"),  # accents do not matter
        ("Formación", "education"),
        ("Aptitudes", "skills"),
        ("Principales aptitudes", "top_skills"),
        ("Licencias y certificaciones", "other"),
    ],
)
def test_headings_in_both_languages(line: str, section: str) -> None:
    assert VOCAB.heading(line) == section


@pytest.mark.parametrize(
    ("line", "total"),
    [
        ("Show all 21 skills", 21),
        ("Show all 21 skills →", 21),
        ("show all 7 skills", 7),
        ("Mostrar las 21 aptitudes", 21),
        ("Mostrar 21 aptitudes", 21),
        ("Ver las 21 aptitudes", 21),
        ("Ver las 100 aptitudes →", 100),
    ],
)
def test_skills_total_links(line: str, total: int) -> None:
    assert read_skills_total(["Python", line, "Languages"], VOCAB) == total


@pytest.mark.parametrize(
    "line",
    [
        "Show all 4 experiences",
        "Mostrar las 3 experiencias",
        "Skills: dbt · Apache Airflow · +3 skills",
        "Aptitudes: Figma y 3 aptitudes más",
        "Top skills",
        "I list all 21 skills I have",
        "Show all skills",
    ],
)
def test_lines_that_are_not_skills_totals(line: str) -> None:
    assert read_skills_total([line], VOCAB) is None
