"""Framing judged as a coach would: a small or cut-off head warns, told in plain words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from preflight.core.analysis.profile import analyze_profile
from preflight.core.checks import photo
from preflight.core.checks.base import CheckContext
from preflight.core.checks.photo import share_in_words
from preflight.core.messages import messages
from preflight.core.models import Language, Profile, SourceFormat, SourceInfo, Status
from preflight.core.photo import attach_photo
from preflight.core.settings import PhotoSettings, Settings
from tests.core.photo.test_verdict import verdict_for

Save = Callable[..., Path]


def _padded(portrait: Image.Image, side: int) -> Image.Image:
    """The good portrait in the middle of a larger plain square: the head looks smaller."""
    frame = Image.new("RGB", (side, side), (200, 200, 190))
    frame.paste(portrait, ((side - portrait.width) // 2, (side - portrait.height) // 2))
    return frame


def test_a_head_filling_a_third_of_the_circle_warns_with_the_crop(
    portrait: Image.Image, save: Save
) -> None:
    verdict = verdict_for(save(_padded(portrait, 800), "far.jpg"))  # head about 32%
    assert verdict.status is Status.WARN
    said = "\n".join(verdict.evidence)
    assert "Your face fills only about a third of the circle" in said
    assert "aim for about two thirds" in said
    assert any("suggested crop" in s for s in verdict.suggestions)


def test_a_tight_crop_that_cuts_the_hair_warns_and_says_step_back(
    astronaut: Image.Image, save: Save
) -> None:
    tight = astronaut.crop((150, 40, 300, 190)).resize((500, 500))  # head fills the square
    cases: list[tuple[Language, str, str]] = [
        ("en", "the circle cuts into your hair or chin", "Step back"),
        ("es", "el círculo corta el pelo o la barbilla", "Aléjate"),
    ]
    for language, cut, advice in cases:
        verdict = verdict_for(save(tight, f"tight-{language}.jpg"), language)
        assert verdict.status is Status.WARN
        assert any(cut in line for line in verdict.evidence)
        assert any(s.startswith(advice) for s in verdict.suggestions)


def test_a_well_framed_photo_passes_and_says_so_in_words(portrait: Image.Image, save: Save) -> None:
    verdict = verdict_for(save(portrait, "me.jpg"), "es")
    assert verdict.status is Status.PASS
    said = "\n".join(verdict.evidence)
    assert "del círculo que muestra LinkedIn" in said
    assert "Nítida" in said and "Bien iluminada" in said
    assert verdict.suggestions == []


@pytest.mark.parametrize(
    ("share", "english", "spanish"),
    [
        (0.31, "a third", "un tercio"),
        (0.5, "half", "la mitad"),
        (0.6, "two thirds", "dos tercios"),
        (0.97, "all", "la totalidad"),
    ],
)
def test_shares_in_words(share: float, english: str, spanish: str) -> None:
    assert share_in_words(messages("en"), share) == english
    assert share_in_words(messages("es"), share) == spanish


def test_no_finding_that_names_a_shortfall_sits_under_a_pass(
    portrait: Image.Image, astronaut: Image.Image, save: Save
) -> None:
    shortfalls = ("only about", "cuts into", "Dark:", "Washed out:", "blurred", "too ")
    photos = {
        "good.jpg": portrait,
        "far.jpg": _padded(portrait, 800),
        "near.jpg": _padded(portrait, 640),
        "tight.jpg": astronaut.crop((140, 30, 310, 200)).resize((500, 500)),
        "looser.jpg": astronaut.crop((130, 20, 320, 210)).resize((500, 500)),
    }
    for name, image in photos.items():
        verdict = verdict_for(save(image, name))
        if verdict.status is Status.PASS:
            assert not any(word in line for line in verdict.evidence for word in shortfalls), name


def test_the_check_judges_the_measures_with_the_current_settings(
    portrait: Image.Image, save: Save
) -> None:
    # The good portrait's head fills about half the square: fine by default, small for a
    # stricter setting, without analysing the file again.
    path = save(portrait, "me.jpg")
    assert verdict_for(path).status is Status.PASS
    bare = Profile(source=SourceInfo(format=SourceFormat.PASTED_TEXT))
    member = attach_photo(bare, path, Settings().photo)
    strict = Settings(photo=PhotoSettings(face_ratio_min=0.55, face_ratio_target=0.65))
    ctx = CheckContext(
        profile=member,
        analysis=analyze_profile(member),
        settings=strict,
        as_of=dt.date(2026, 11, 26),
        msg=messages("en"),
    )
    verdict = photo.check(ctx)
    assert verdict.status is Status.WARN
    assert any("only about half" in line for line in verdict.evidence)
