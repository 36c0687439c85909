"""The printed words the PDF reader recognises, in English and Spanish, and its date lines."""

from __future__ import annotations

import pytest

from preflight.core.importers.pdf.experience import parse_date_range
from preflight.core.importers.pdf.lexicon import pdf_lexicon
from preflight.core.models import PartialDate


@pytest.mark.parametrize(
    ("text", "kind", "language"),
    [
        ("Top Skills", "top_skills", "en"),
        ("Aptitudes principales", "top_skills", "es"),
        ("EXTRACTO", "summary", "es"),
        ("Educacion", "education", "es"),
        ("Experience", "experience", "en"),
    ],
)
def test_headings_are_known_in_both_languages(text: str, kind: str, language: str) -> None:
    assert pdf_lexicon().heading(text) == (kind, language)


def test_ordinary_lines_are_not_headings() -> None:
    assert pdf_lexicon().heading("Experience in managing software development") is None


@pytest.mark.parametrize("text", ["Page 1 of 2", "Página 3 de 12", "page 10 of 10"])
def test_page_footers_are_recognised(text: str) -> None:
    assert pdf_lexicon().is_footer(text)


@pytest.mark.parametrize("text", ["Page One of Two", "Pages 1 of 2 written", "1 of 2"])
def test_other_lines_are_not_footers(text: str) -> None:
    assert not pdf_lexicon().is_footer(text)


@pytest.mark.parametrize(
    ("text", "is_duration"),
    [
        ("21 years 3 months", True),
        ("2 años 3 meses", True),
        ("less than a year", True),
        ("(menos de un año)", True),
        ("3 months of research", False),
        ("Research", False),
    ],
)
def test_durations(text: str, is_duration: bool) -> None:
    assert pdf_lexicon().is_duration(text) is is_duration


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("January 2020 - Present (5 years 6 months)", PartialDate(year=2020, month=1), None),
        ("abril de 2026 - Present (3 meses)", PartialDate(year=2026, month=4), None),
        ("mayo de 2024 - actualidad (2 años)", PartialDate(year=2024, month=5), None),
        ("enero de 2019 - presente", PartialDate(year=2019, month=1), None),
        ("2013 - August 2014 (1 year)", PartialDate(year=2013), PartialDate(year=2014, month=8)),
        ("2009 - 2009 (less than a year)", PartialDate(year=2009), PartialDate(year=2009)),
    ],
)
def test_date_lines(text: str, start: PartialDate, end: PartialDate | None) -> None:
    dates = parse_date_range(text, pdf_lexicon())
    assert dates is not None
    assert (dates.start, dates.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    ["Sales - Marketing (Team)", "Medical Information - Oncology/Cardiovascular", "2019"],
)
def test_lines_that_are_not_date_ranges(text: str) -> None:
    assert parse_date_range(text, pdf_lexicon()) is None
