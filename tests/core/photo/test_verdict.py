"""The photo check's verdict: worst finding decides, numbers as evidence, one fix per problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from preflight.core.analysis.profile import analyze_profile
from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.photo import photo_file_verdict
from preflight.core.messages import messages
from preflight.core.models import Language, PhotoAnalysis, Profile, SourceFormat, SourceInfo, Status
from preflight.core.photo import attach_photo
from preflight.core.settings import Settings
from tests.core.photo.images import darker, full_length

Save = Callable[..., Path]


def verdict_for(path: Path, language: Language = "en") -> Verdict:
    """The verdict on the photo file attached to an otherwise empty profile."""
    settings = Settings()
    bare = Profile(source=SourceInfo(format=SourceFormat.PASTED_TEXT, language=language))
    profile = attach_photo(bare, path, settings.photo)
    assert profile.photo is not None and isinstance(profile.photo.analysis, PhotoAnalysis)
    ctx = CheckContext(
        profile=profile,
        analysis=analyze_profile(profile),
        settings=settings,
        as_of=dt.date(2026, 11, 26),
        msg=messages(language),
    )
    return photo_file_verdict(profile.photo.analysis, ctx)


def test_attach_photo_records_the_file_and_its_analysis(portrait: Image.Image, save: Save) -> None:
    path = save(portrait, "me.jpg")
    bare = Profile(source=SourceInfo(format=SourceFormat.PASTED_TEXT))

    attached = attach_photo(bare, path, Settings().photo)

    assert bare.photo is None  # a copy, the original profile is untouched
    assert attached.photo is not None
    assert (attached.photo.kind, attached.photo.path) == ("file", str(path))
    assert attached.photo.analysis is not None and attached.photo.analysis.width == 500


def test_a_good_photo_passes_with_its_measurements_as_evidence(
    portrait: Image.Image, save: Save
) -> None:
    verdict = verdict_for(save(portrait, "me.jpg"))

    assert verdict.status is Status.PASS
    assert verdict.suggestions == []
    text = "\n".join(verdict.evidence)
    assert "me.jpg" in text and "500×500" in text and "in focus" in text


def test_the_worst_finding_decides_and_comes_first(portrait: Image.Image, save: Save) -> None:
    tiny_and_dark = darker(portrait, 0.3).resize((150, 150))
    verdict = verdict_for(save(tiny_and_dark, "tiny.png"))

    assert verdict.status is Status.FAIL
    assert "150×150" in verdict.evidence[1]  # after the file line, the failing size
    assert any(line.startswith("Dark:") for line in verdict.evidence)
    assert len(verdict.suggestions) >= 2


def test_a_full_length_shot_suggests_the_crop_with_its_size(
    astronaut: Image.Image, save: Save
) -> None:
    verdict = verdict_for(save(full_length(astronaut), "full.jpg"))

    assert verdict.status is Status.WARN
    assert any("rules of thumb" in line for line in verdict.evidence)
    assert any("suggested crop" in s or "closer" in s for s in verdict.suggestions)


def test_spanish_output_uses_spanish_text_and_decimal_commas(
    portrait: Image.Image, save: Save
) -> None:
    wide = Image.new("RGB", (750, 500), (90, 90, 90))
    wide.paste(portrait, (125, 0))
    verdict = verdict_for(save(wide, "ancha.jpg"), "es")

    text = "\n".join(verdict.evidence + verdict.suggestions)
    assert "1,5 veces más ancha" in text
    assert "Recórtala" in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_finding_has_evidence_and_every_problem_a_suggestion(language: Language) -> None:
    catalogue = messages(language)
    problem_codes = {
        "too_small", "small", "file_too_big", "shape_wide", "shape_tall", "face_cut",
        "no_face", "several_faces", "face_small", "too_dark", "washed_out", "blurry",
    }  # fmt: skip
    passing_codes = {"size_ok", "framing_ok", "light_ok", "sharp"}

    for code in problem_codes | passing_codes:
        assert catalogue.has(f"photo.{code}.evidence"), code
    for code in problem_codes:
        assert catalogue.has(f"photo.{code}.suggestion"), code


def test_one_crop_advice_when_the_shape_also_cuts_the_face(
    portrait: Image.Image, save: Save
) -> None:
    wide = Image.new("RGB", (1500, 500), (90, 90, 90))
    wide.paste(portrait, (950, 0))  # off centre: the centred square cuts the face
    verdict = verdict_for(save(wide, "wide.jpg"))

    assert any("centred square crop would cut" in line for line in verdict.evidence)
    crop_advice = [s for s in verdict.suggestions if "rop" in s]
    assert crop_advice == [
        "Crop the photo to a square around your face before you upload it "
        "(the suggested crop does this)."
    ]
