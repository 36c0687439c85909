"""A huge About or job description is quoted as a capped excerpt that says so, in both languages,
so the report stays as quick to lay out as ``check`` (a 5,000,000-character About took 150 s)."""

from __future__ import annotations

import re

import pytest

from preflight.core.report import build_report
from preflight.core.report.profile_quotes import MAX_QUOTED_CHARS
from tests.core.report.builders import GENERATED, make_assessment, make_profile

HUGE = ("I help retailers price with data. " * 150_000)[:5_000_000]
NOTES = {"en": "Only the first ", "es": "Aquí solo se muestran los primeros "}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_five_million_character_about_is_quoted_as_an_excerpt(language: str) -> None:
    profile = make_profile(summary=HUGE)
    report = build_report(profile, make_assessment(profile, language=language), GENERATED, language)
    assert HUGE[:2_000] in report.html
    assert HUGE not in report.html
    assert report.html.count("I help retailers") < MAX_QUOTED_CHARS // 20
    note = report.html.split(NOTES[language], 1)[1].split("<", 1)[0]
    # "9,998 of its 5,000,000 characters"; Spanish groups digits with no-break spaces.
    shown, total = map(int, re.findall(r"\d+", re.sub(r"(?<=\d)[,.\xa0](?=\d{3})", "", note)))
    assert MAX_QUOTED_CHARS - 100 < shown <= MAX_QUOTED_CHARS
    assert total == 5_000_000


def test_an_about_within_the_cap_is_quoted_whole() -> None:
    about = "I help retailers price with data. " * 200  # 6,800 characters, over LinkedIn's limit
    profile = make_profile(summary=about.strip())
    report = build_report(profile, make_assessment(profile), GENERATED, "en")
    assert about.strip() in report.html
    assert "Only the first" not in report.html


def test_a_huge_job_description_is_an_excerpt_too() -> None:
    profile = make_profile()
    job = profile.positions[0].model_copy(update={"description": HUGE})
    profile = profile.model_copy(update={"positions": [job]})
    # A passing experience folds to one line: print every section's details to see the quote.
    report = build_report(profile, make_assessment(profile), GENERATED, "en", full=True)
    assert HUGE not in report.html
    assert "Only the first" in report.html
