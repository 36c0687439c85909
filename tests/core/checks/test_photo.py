"""Photo rules: pass on evidence in the source or a file, unknown when the source cannot tell."""

from __future__ import annotations

import datetime as dt

import pytest

from preflight.core.checks import photo
from preflight.core.models import PhotoAnalysis, PhotoEvidence, Status
from tests.core.checks.profiles import profile, run


@pytest.mark.parametrize(
    "source", ["pasted-text", "linkedin-pdf", "linkedin-export", "json-resume"]
)
def test_no_evidence_is_unknown(source: str) -> None:
    verdict = run(photo.check, profile(source=source))
    assert verdict.status is Status.UNKNOWN
    assert verdict.suggestions


def test_export_row_passes_with_its_date() -> None:
    evidence = PhotoEvidence(kind="export-row", date=dt.date(2024, 3, 2))
    verdict = run(photo.check, profile(photo=evidence))
    assert verdict.status is Status.PASS
    assert "2024-03-02" in verdict.evidence[0]


def test_json_resume_image_passes_in_spanish() -> None:
    evidence = PhotoEvidence(kind="image-url", url="https://example.org/ana.jpg")
    verdict = run(photo.check, profile("es", source="json-resume", photo=evidence))
    assert verdict.status is Status.PASS
    assert verdict.evidence[0] == "Tu currículum enlaza una foto: «https://example.org/ana.jpg»."


def test_decoded_photo_file_is_judged() -> None:
    analysis = PhotoAnalysis(width=800, height=800, file_bytes=90_000, image_format="JPEG")
    evidence = PhotoEvidence(kind="file", path="/tmp/me.jpg", analysis=analysis)
    verdict = run(photo.check, profile(source="pasted-text", photo=evidence))
    assert verdict.status is not Status.UNKNOWN
