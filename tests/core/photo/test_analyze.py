"""The photo file judged as LinkedIn's guidance does, on photos made from a real portrait."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from preflight.core.models import PhotoAnalysis, PhotoFinding, Status
from preflight.core.photo import analyze_photo, save_cropped_copy
from preflight.core.photo.framing import contains
from preflight.core.settings import PhotoSettings
from tests.core.photo.images import (
    blurred,
    darker,
    full_length,
    gradient,
    rotated_with_exif,
    side_by_side,
)

Save = Callable[..., Path]
SETTINGS = PhotoSettings()


def finding(analysis: PhotoAnalysis, code: str) -> PhotoFinding:
    """The one finding with ``code``; fails the test when it is missing."""
    matches = [f for f in analysis.findings if f.code == code]
    assert matches, f"no {code} in {[f.code for f in analysis.findings]}"
    return matches[0]


def codes(analysis: PhotoAnalysis) -> set[str]:
    """The codes of every finding."""
    return {f.code for f in analysis.findings}


def test_a_good_head_and_shoulders_portrait_passes_everything(
    portrait: Image.Image, save: Save
) -> None:
    analysis = analyze_photo(save(portrait, "me.jpg", quality=90), SETTINGS)

    assert [f.status for f in analysis.findings] == [Status.PASS] * len(analysis.findings)
    assert codes(analysis) == {"size_ok", "framing_ok", "light_ok", "sharp"}
    assert (analysis.width, analysis.height, analysis.image_format) == (500, 500, "JPEG")
    assert len(analysis.faces) == 1
    assert analysis.suggested_crop is None
    face = analysis.faces[0]
    assert 150 < face.x + face.width / 2 < 350  # the face is found where it is: in the middle


def test_a_tiny_photo_fails_on_size(portrait: Image.Image, save: Save) -> None:
    analysis = analyze_photo(save(portrait.resize((150, 150)), "tiny.png"), SETTINGS)

    size = finding(analysis, "too_small")
    assert size.status is Status.FAIL
    assert (size.values["width"], size.values["height"]) == (150, 150)


def test_a_photo_between_the_minimum_and_the_recommended_size_warns(
    portrait: Image.Image, save: Save
) -> None:
    analysis = analyze_photo(save(portrait.resize((300, 300)), "small.png"), SETTINGS)

    assert finding(analysis, "small").status is Status.WARN


def test_a_picture_without_a_face_fails(save: Save) -> None:
    analysis = analyze_photo(save(gradient(600, 600), "landscape.png"), SETTINGS)

    assert finding(analysis, "no_face").status is Status.FAIL
    assert analysis.faces == []
    assert analysis.suggested_crop is None


def test_a_full_length_shot_warns_and_the_suggested_crop_fixes_the_framing(
    astronaut: Image.Image, save: Save, tmp_path: Path
) -> None:
    source = save(full_length(astronaut), "full.jpg", quality=92)
    analysis = analyze_photo(source, SETTINGS)

    small = finding(analysis, "face_small")
    assert small.status is Status.WARN
    assert int(small.values["face_pct"]) < 30
    crop = analysis.suggested_crop
    assert crop is not None
    assert crop.width == crop.height == small.values["crop_side"]
    assert contains(crop, analysis.faces[0])

    copy = save_cropped_copy(source, crop, tmp_path / "cropped.jpg")
    again = analyze_photo(copy, SETTINGS)
    assert "face_small" not in codes(again)
    # The crop aims at LinkedIn's ~60%; the re-detected face may differ by a few pixels.
    assert abs(int(finding(again, "framing_ok").values["face_pct"]) - 60) <= 12


def test_a_dark_photo_warns_with_its_brightness(portrait: Image.Image, save: Save) -> None:
    analysis = analyze_photo(save(darker(portrait, 0.3), "dark.jpg"), SETTINGS)

    dark = finding(analysis, "too_dark")
    assert dark.status is Status.WARN
    assert dark.values["region"] == "face"
    assert int(dark.values["luminance"]) < 55


def test_a_washed_out_photo_warns(portrait: Image.Image, save: Save) -> None:
    analysis = analyze_photo(save(darker(portrait, 1.9), "bright.jpg"), SETTINGS)

    washed = finding(analysis, "washed_out")
    assert washed.status is Status.WARN
    assert int(washed.values["clipped_pct"]) > 20


def test_a_blurry_photo_warns_and_a_slightly_soft_one_does_not(
    portrait: Image.Image, save: Save
) -> None:
    blurry = analyze_photo(save(blurred(portrait, 3), "blurry.jpg"), SETTINGS)
    soft = analyze_photo(save(blurred(portrait, 0.7), "soft.jpg"), SETTINGS)

    assert finding(blurry, "blurry").status is Status.WARN
    assert finding(soft, "sharp").status is Status.PASS
    assert (
        finding(blurry, "blurry").values["sharpness"] < finding(soft, "sharp").values["sharpness"]
    )


def test_two_people_warn(portrait: Image.Image, save: Save) -> None:
    pair = side_by_side(portrait, portrait.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    analysis = analyze_photo(save(pair, "pair.jpg"), SETTINGS)

    assert finding(analysis, "several_faces").values["count"] == 2


def test_a_wide_photo_warns_with_what_the_circle_crop_cuts(
    portrait: Image.Image, save: Save
) -> None:
    wide = Image.new("RGB", (1500, 500), (90, 90, 90))
    wide.paste(portrait, (950, 0))  # the face sits right of centre, outside the centred square
    analysis = analyze_photo(save(wide, "wide.jpg"), SETTINGS)

    shape = finding(analysis, "shape_wide")
    assert shape.values["aspect"] == 3.0
    assert shape.values["shown_pct"] == 33
    assert shape.values["cut_px"] == 500
    assert "face_cut" in codes(analysis)
    crop = analysis.suggested_crop
    assert crop is not None and crop.width == crop.height == 500
    assert contains(crop, analysis.faces[0])


def test_an_exif_rotated_phone_photo_is_read_upright(portrait: Image.Image, save: Save) -> None:
    stored, exif = rotated_with_exif(portrait.resize((500, 400)))
    assert stored.size == (400, 500)
    analysis = analyze_photo(save(stored, "phone.jpg", exif=exif), SETTINGS)

    # The detector finds only upright faces, so finding one proves the photo was turned back.
    assert (analysis.width, analysis.height) == (500, 400)
    assert len(analysis.faces) == 1


def test_a_file_over_the_upload_limit_warns(portrait: Image.Image, save: Save) -> None:
    path = save(portrait, "me.png")
    limit = path.stat().st_size - 1
    analysis = analyze_photo(path, PhotoSettings(max_file_bytes=limit))

    assert finding(analysis, "file_too_big").status is Status.WARN
    assert analysis.file_bytes == limit + 1


def test_webp_and_transparent_png_are_read(portrait: Image.Image, save: Save) -> None:
    webp = analyze_photo(save(portrait, "me.webp", quality=90), SETTINGS)
    rgba = portrait.convert("RGBA")
    rgba.putalpha(Image.new("L", rgba.size, 255))
    png = analyze_photo(save(rgba, "me.png"), SETTINGS)

    assert webp.image_format == "WEBP" and len(webp.faces) == 1
    assert png.image_format == "PNG" and len(png.faces) == 1


def test_a_16_bit_grey_png_is_not_mistaken_for_a_white_one(save: Save) -> None:
    mid_grey = np.full((400, 400), 32768, dtype=np.uint16)
    analysis = analyze_photo(save(Image.fromarray(mid_grey), "grey16.png"), SETTINGS)

    assert finding(analysis, "light_ok").values["luminance"] == 127
