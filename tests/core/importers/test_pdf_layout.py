"""Column split, footers, wrapped lines and headings, on text runs placed by hand."""

from __future__ import annotations

from pathlib import Path

from preflight.core.importers.pdf import profile_from_spans
from preflight.core.importers.pdf.layout import Span, split_columns
from preflight.core.importers.pdf.lexicon import pdf_lexicon

DARK, GREY = 0.1, 0.69


def run(text: str, y: float, size: float, *, x: float = 223.6, shade: float = DARK) -> Span:
    return Span(text, 0, x, x + 0.5 * size * len(text), y, size, shade)


def test_runs_left_of_the_name_are_the_sidebar_whatever_their_order() -> None:
    spans = [
        run("Top Skills", 60, 13, x=21.6, shade=0.9),
        run("Ada Quill", 50, 26),
        run("SQL", 80, 10.5, x=21.6, shade=1.0),
    ]
    columns = split_columns(spans, pdf_lexicon())
    assert [line.text for line in columns.sidebar] == ["Top Skills", "SQL"]
    assert [line.text for line in columns.main] == ["Ada Quill"]


def test_runs_on_one_baseline_join_into_one_line_and_footers_go() -> None:
    spans = [
        run("(5 years 6 months)", 100.4, 10.5, x=345),
        run("January 2020 - Present", 100, 10.5),
        run("Ada Quill", 50, 26),
        run("Page 1 of 2", 780, 9, x=384),
    ]
    main = split_columns(spans, pdf_lexicon()).main
    assert [line.text for line in main] == [
        "Ada Quill",
        "January 2020 - Present (5 years 6 months)",
    ]


def test_company_named_like_a_heading_stays_a_company() -> None:
    spans = [
        run("Ada Quill", 50, 26),
        run("Ship-builder", 80, 12),
        run("Harbour Town", 95, 12, shade=GREY),
        run("Experience", 130, 15.75),
        run("Summary", 160, 12),  # a company really called "Summary"
        run("Chief Writer", 176, 11.5),
        run("March 2021 - Present (4 years)", 191, 10.5),
        run("Wrote the annual report; cut its length by a-", 212, 10.5),
        run("bout half.", 230, 10.5),
    ]
    profile = profile_from_spans(spans, Path("Profile.pdf"))
    assert (profile.headline, profile.location) == ("Ship-builder", "Harbour Town")
    assert profile.summary == ""
    (job,) = profile.positions
    assert (job.company, job.title, job.is_current) == ("Summary", "Chief Writer", True)
    assert job.description == "Wrote the annual report; cut its length by a-bout half."
