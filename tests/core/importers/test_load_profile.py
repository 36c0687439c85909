"""The dispatcher's bounds: a file with endless jobs or skills still gives a small Profile."""

from __future__ import annotations

import json
from pathlib import Path

from preflight.core.importers import (
    MAX_HEADLINE_CHARS,
    MAX_POSITIONS,
    MAX_SKILLS,
    MAX_WARNINGS,
    load_profile,
    within_limits,
)
from preflight.core.messages import messages
from preflight.core.models import Profile, SourceFormat, SourceInfo
from preflight.core.notices import notice


def _resume(tmp_path: Path, **lists: object) -> Path:
    path = tmp_path / "resume.json"
    resume = {"basics": {"name": "Ines Okafor", "label": "Payroll analyst"}, **lists}
    path.write_text(json.dumps(resume), encoding="utf-8")
    return path


def test_endless_current_jobs_and_skills_are_cut_to_the_limits(tmp_path: Path) -> None:
    # 150,000 open jobs took 30 s (each current job is analysed); 400,000 skills 60 s+ (a
    # quadratic duplicate check). Both now stop at a count no real profile reaches.
    jobs = [
        {"name": f"Firm {n}", "position": "Analyst", "startDate": "2020-01"} for n in range(5000)
    ]
    skills = [{"name": f"Skill {n}"} for n in range(5000)]
    profile = load_profile(_resume(tmp_path, work=jobs, skills=skills))
    assert len(profile.positions) == MAX_POSITIONS
    assert profile.positions[0].company == "Firm 0"
    assert len(profile.skills) == MAX_SKILLS
    assert notice("limits.positions", count=MAX_POSITIONS) in profile.warnings
    assert notice("limits.skills", count=MAX_SKILLS) in profile.warnings
    english = [w.text(messages("en")) for w in profile.warnings]
    assert f"Only the first {MAX_POSITIONS} positions were read; the rest were left out." in english


def test_a_flood_of_warnings_is_summed_up() -> None:
    source = SourceInfo(format=SourceFormat.JSON_RESUME)
    bad_dates = [notice("resume.bad_date.job_unnamed", date=f"day {n}") for n in range(500)]
    warnings = within_limits(Profile(source=source, warnings=bad_dates)).warnings
    assert len(warnings) == MAX_WARNINGS
    assert warnings[0] == bad_dates[0]
    assert warnings[-1] == notice("limits.more", count=500 - MAX_WARNINGS + 1)
    assert warnings[-1].text(messages("es")) == "481 problemas más como estos."


def test_an_ordinary_profile_is_left_as_it_is() -> None:
    profile = Profile(source=SourceInfo(format=SourceFormat.JSON_RESUME), skills=["Excel"])
    assert within_limits(profile) is profile


def test_an_endless_headline_is_cut_and_says_so() -> None:
    # 40,000 emoji in a row took the analysis over a minute (spaCy splits them one by one).
    profile = Profile(source=SourceInfo(format=SourceFormat.PASTED_TEXT), headline="🚀" * 40_000)
    bounded = within_limits(profile)
    assert bounded.headline == "🚀" * MAX_HEADLINE_CHARS
    assert bounded.warnings == [notice("limits.headline", count=MAX_HEADLINE_CHARS)]
    assert bounded.warnings[0].text(messages("en")) == (
        "Only the first 2,000 characters of the headline were read."
    )
