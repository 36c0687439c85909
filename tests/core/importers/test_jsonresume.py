"""The JSON Resume importer: résumés (current and legacy fields) read, everything else refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.core.errors import InputError
from preflight.core.importers.jsonresume import read_json_resume
from preflight.core.models import PartialDate, SourceFormat
from preflight.core.notices import notice


def _write(tmp_path: Path, content: Any, name: str = "resume.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_resume_fields_map_to_the_profile(fixtures: Path) -> None:
    profile = read_json_resume(fixtures / "jsonresume" / "resume.json")
    assert profile.name == "Tomasz Okafor-Reyes"
    assert profile.headline.startswith("Platform engineer helping fintech teams")
    assert profile.summary.startswith("I help payment teams release daily")
    assert profile.location == "Dublin, Leinster, IE"
    assert profile.photo is not None
    assert profile.photo.kind == "image-url"
    assert profile.photo.url == "https://example.org/photos/tomasz-okafor-reyes.jpg"
    assert profile.posts is None  # JSON Resume carries no activity
    assert profile.source.format is SourceFormat.JSON_RESUME


def test_work_entries_become_positions(fixtures: Path) -> None:
    current, past = read_json_resume(fixtures / "jsonresume" / "resume.json").positions
    assert (current.title, current.company) == ("Senior Platform Engineer", "Ledgerwise")
    assert current.is_current  # no endDate
    assert current.start == PartialDate(year=2021, month=3)
    assert current.description.splitlines() == [
        "Own the Kubernetes platform for 40 payment services.",
        "• Cut deploy time from 50 to 8 minutes",
        "• Moved 40 services to GitOps",
    ]
    assert past.start == PartialDate(year=2017)
    assert past.end == PartialDate(year=2021, month=2, day=28)
    assert past.description == "On-call lead for the card authorisation stack."


def test_skill_names_only_once_and_keywords_are_not_skills(fixtures: Path) -> None:
    profile = read_json_resume(fixtures / "jsonresume" / "resume.json")
    assert profile.skills == ["Kubernetes", "Terraform", "Go"]


def test_education(fixtures: Path) -> None:
    (school,) = read_json_resume(fixtures / "jsonresume" / "resume.json").education
    assert (school.school, school.degree, school.field) == (
        "Trinity College Dublin",
        "BSc",
        "Computer Science",
    )
    assert school.end == PartialDate(year=2017, month=6)


def test_legacy_company_field_and_empty_image(fixtures: Path) -> None:
    profile = read_json_resume(fixtures / "jsonresume" / "legacy_company.json")
    (job,) = profile.positions
    assert (job.title, job.company, job.is_current) == ("Office Manager", "Ferrovia Parts", True)
    assert profile.photo is None  # "image": "" is no photo
    assert profile.skills == []


def test_pre_1_0_picture_and_a_plain_location_string(tmp_path: Path) -> None:
    content = {"basics": {"name": "Ines", "picture": "me.png", "location": "Lisbon, Portugal"}}
    profile = read_json_resume(_write(tmp_path, content))
    assert profile.photo is not None and profile.photo.url == "me.png"
    assert profile.location == "Lisbon, Portugal"


def test_public_sample_resume(public_samples: Path) -> None:
    profile = read_json_resume(public_samples / "jsonresume-schema" / "sample.resume.json")
    assert (profile.name, profile.headline) == ("Richard Hendriks", "Programmer")
    assert profile.photo is None
    assert profile.skills == ["Web Development", "Compression"]
    (job,) = profile.positions
    assert (job.title, job.company) == ("CEO/President", "Pied Piper")
    assert job.end == PartialDate(year=2014, month=12, day=1)
    assert "Successfully won Techcrunch Disrupt" in job.description
    assert profile.education[0].school == "University of Oklahoma"


def test_the_schema_file_itself_is_refused(public_samples: Path) -> None:
    with pytest.raises(InputError, match="schema itself"):
        read_json_resume(public_samples / "jsonresume-schema" / "schema.json")


def test_json_that_is_not_a_resume_is_refused(fixtures: Path) -> None:
    with pytest.raises(InputError, match="not a résumé") as caught:
        read_json_resume(fixtures / "jsonresume" / "not_a_resume.json")
    assert "jsonresume.org" in caught.value.hint


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ([{"basics": {"name": "A"}}], "not a résumé"),
        ("just a string", "not a résumé"),
        ({"basics": {}, "work": []}, "not a résumé"),
    ],
)
def test_other_json_shapes_are_refused(tmp_path: Path, content: Any, says: str) -> None:
    with pytest.raises(InputError, match=says):
        read_json_resume(_write(tmp_path, content))


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"", "empty"),
        (b'{"basics": {"name": "A"', "not valid JSON"),
        (b'{"basics": {"name": "\xe9"}}', "not text"),
        (b"[" * 100_000 + b"]" * 100_000, "nested far too deeply"),
    ],
)
def test_broken_files_are_refused(tmp_path: Path, raw: bytes, says: str) -> None:
    path = tmp_path / "resume.json"
    path.write_bytes(raw)
    with pytest.raises(InputError, match=says):
        read_json_resume(path)


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError, match="over 20 MB"):
        read_json_resume(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "resume.json"
    path.write_bytes(json.dumps({"basics": {"name": "Iñés"}}, ensure_ascii=False).encode(encoding))
    assert read_json_resume(path).name == "Iñés"


def test_wrong_types_and_bad_dates_are_skipped_with_a_warning(tmp_path: Path) -> None:
    content = {
        "basics": {"name": 42, "label": ["x"], "location": ["Dublin"], "image": 7},
        "work": [
            "not an entry",
            {"name": "Acme", "position": "Engineer", "startDate": "March 2020", "endDate": 2021},
            {"name": "Beta", "position": "Intern", "startDate": "2019-13"},
        ],
        "skills": [{"name": "Go", "keywords": "Rust"}, "Python", {"name": ""}],
    }
    profile = read_json_resume(_write(tmp_path, content))
    assert (profile.name, profile.headline, profile.location) == ("", "", "")
    assert profile.photo is None
    assert [p.company for p in profile.positions] == ["Acme", "Beta"]
    assert profile.positions[0].start is None
    assert profile.positions[1].start is None
    assert profile.skills == ["Go"]
    assert profile.warnings == [
        notice("resume.bad_date.job_at", date="March 2020", title="Engineer", company="Acme"),
        notice("resume.bad_date.job_at", date="2019-13", title="Intern", company="Beta"),
    ]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)
RESUME_KEYS = st.sampled_from(
    [
        "basics",
        "work",
        "skills",
        "education",
        "name",
        "label",
        "image",
        "position",
        "company",
        "startDate",
        "endDate",
        "highlights",
        "summary",
        "location",
        "city",
        "institution",
    ]
)
RESUME_LIKE = st.recursive(
    st.none() | st.text(max_size=12) | st.sampled_from(["2020", "2020-02", "2020-02-30", "1800"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(RESUME_KEYS, inner, max_size=6),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    raw=st.binary(max_size=400) | (JSON_VALUES | RESUME_LIKE).map(lambda v: json.dumps(v).encode())
)
def test_any_bytes_give_a_profile_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    path = tmp_path_factory.mktemp("json") / "resume.json"
    path.write_bytes(raw)
    try:
        profile = read_json_resume(path)
    except InputError:
        return
    assert profile.posts is None
