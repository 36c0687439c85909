"""Every real LinkedIn PDF in the public samples, read in place, against its expected JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from preflight.core.importers.pdf import read_pdf

PEOPLE = ["alex", "cathrine", "elisa", "kyrsten", "zhirui"]
# The hand-made expected JSON drops the credential that the PDF prints after the name
# ("Elisa Park, PharmD"); the PDF is what LinkedIn shows, so the importer keeps it.
NAME_IN_PDF = {"elisa": "Elisa Park, PharmD"}


def _normal(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def samples(public_samples: Path) -> Path:
    folder = public_samples / "linkedin-pdf-alexanderpico"
    if not folder.is_dir():
        pytest.skip("the LinkedIn PDF samples are not in the public samples folder")
    return folder


def _expected(samples: Path, person: str) -> dict[str, Any]:
    text = (samples / f"{person}.Profile.expected.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


@pytest.mark.parametrize("person", PEOPLE)
def test_name_and_headline_match(samples: Path, person: str) -> None:
    expected = _expected(samples, person)
    profile = read_pdf(samples / f"{person}.Profile.pdf")
    assert profile.name == NAME_IN_PDF.get(person, expected["basics"]["name"])
    assert _normal(profile.headline) == _normal(expected["basics"]["label"])


@pytest.mark.parametrize("person", PEOPLE)
def test_positions_match_company_title_and_currentness(samples: Path, person: str) -> None:
    expected = _expected(samples, person)
    profile = read_pdf(samples / f"{person}.Profile.pdf")
    got = [(_normal(p.company), _normal(p.title), p.is_current) for p in profile.positions]
    want = [
        (_normal(job["name"]), _normal(job["position"]), "endDate" not in job)
        for job in expected["work"]
    ]
    assert got == want


@pytest.mark.parametrize("person", PEOPLE)
def test_start_dates_and_top_skills_match(samples: Path, person: str) -> None:
    expected = _expected(samples, person)
    profile = read_pdf(samples / f"{person}.Profile.pdf")
    assert [str(p.start) for p in profile.positions] == [j["startDate"] for j in expected["work"]]
    assert profile.skills == [s["name"] for s in expected.get("skills", [])]
