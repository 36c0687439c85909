"""The LinkedIn "Save to PDF" importer on invented people's PDFs (English, Spanish, two pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from preflight.core.importers import load_profile
from preflight.core.importers.pdf import read_pdf
from preflight.core.messages import messages
from preflight.core.models import PartialDate, Profile, SourceFormat
from preflight.core.notices import notice


@pytest.fixture
def pdf_dir(fixtures: Path) -> Path:
    return fixtures / "pdf"


@pytest.fixture
def english(pdf_dir: Path) -> Profile:
    return read_pdf(pdf_dir / "linkedin_en.pdf")


@pytest.fixture
def spanish(pdf_dir: Path) -> Profile:
    return read_pdf(pdf_dir / "linkedin_es.pdf")


@pytest.fixture
def two_pages(pdf_dir: Path) -> Profile:
    return read_pdf(pdf_dir / "linkedin_multipage.pdf")


def test_header_reads_name_wrapped_headline_and_location(english: Profile) -> None:
    assert english.name == "Nadia Ferreira-Holt"
    assert english.headline == (
        "Product Designer helping fintech teams ship accessible checkout flows"
    )
    assert english.location == "Lisbon, Portugal"


def test_summary_keeps_paragraphs_and_joins_wrapped_lines(english: Profile) -> None:
    first, second = english.summary.split("\n")
    assert first.startswith("I design payment and onboarding flows that people finish.")
    assert "At Larkspur Pay I cut checkout drop-off by 18%" in first
    assert second == "Happy to talk about design systems, accessibility and research ops."


def test_sidebar_top_skills_become_skills_and_other_sections_do_not(english: Profile) -> None:
    assert english.skills == ["Interaction Design", "User Research", "Design Systems"]


def test_roles_under_one_company_share_it_and_present_means_current(english: Profile) -> None:
    current, earlier, other = english.positions
    assert (current.company, current.title) == ("Larkspur Pay", "Senior Product Designer")
    assert current.is_current
    assert current.start == PartialDate(year=2023, month=3)
    assert current.location == "Lisbon, Portugal"
    assert current.description == (
        "Lead designer for checkout and card onboarding; built the design system."
    )
    assert (earlier.company, earlier.title) == ("Larkspur Pay", "Product Designer")
    assert earlier.end == PartialDate(year=2023, month=3)
    assert earlier.location == earlier.description == ""
    assert other.company == "Quinta Labs"
    assert other.title == "Junior UX Designer, Mobile Banking and Self-Service Support Experiences"
    assert not other.is_current


def test_education_splits_degree_field_and_years(english: Profile) -> None:
    (school,) = english.education
    assert school.school == "University of Porto"
    assert (school.degree, school.field) == ("Master of Arts - MA", "Interaction Design")
    assert (school.start, school.end) == (PartialDate(year=2016), PartialDate(year=2018))


def test_pdf_carries_no_photo_or_posts_and_says_so(english: Profile) -> None:
    assert english.photo is None
    assert english.posts is None
    assert english.source.format is SourceFormat.LINKEDIN_PDF
    assert english.source.path.endswith("linkedin_en.pdf")
    assert english.warnings == [notice("pdf.limits", count=3)]
    warning = english.warnings[0].text(messages("en"))
    assert "top 3 skills" in warning
    assert "photo" in warning and "posts" in warning


def test_spanish_interface_headings_and_dates(spanish: Profile) -> None:
    assert spanish.source.language == "es"
    assert spanish.summary.startswith("Analista de operaciones con seis años en logística.")
    assert spanish.skills == ["Logística", "Análisis de datos", "SQL"]
    first, second, third = spanish.positions
    assert first.company == second.company == "Naranjo Express"
    # "abril de 2026 - Present (3 meses)": the English "Present" in a Spanish PDF.
    assert first.start == PartialDate(year=2026, month=4) and first.is_current
    # "mayo de 2024 - actualidad (...)"
    assert second.start == PartialDate(year=2024, month=5) and second.is_current
    assert third.company == "Puerto Seco Logística"
    assert third.end == PartialDate(year=2024, month=4)
    assert spanish.education[0].school == "Universitat de València"


def test_two_pages_drop_footers_and_continue_text_across_the_break(two_pages: Profile) -> None:
    text = "\n".join(p.description for p in two_pages.positions)
    assert "Page" not in text
    assert [p.company for p in two_pages.positions] == [
        "Fjordline Analytics",
        "Hafen Logistics",
        "Kieler Stadtwerke",
    ]
    paragraphs = two_pages.positions[1].description.split("\n")
    assert len(paragraphs) == 4
    assert all(p.endswith("forty minutes by moving joins to Spark.") for p in paragraphs)
    assert two_pages.skills[1] == "Python (Programming Language)"
    assert two_pages.education[0].school == "Universität Hamburg"


def test_load_profile_sends_pdfs_here(pdf_dir: Path) -> None:
    profile = load_profile(pdf_dir / "linkedin_es.pdf")
    assert profile.source.format is SourceFormat.LINKEDIN_PDF
    assert profile.name == "Lucía Garrido Montes"
