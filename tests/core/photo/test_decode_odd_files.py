"""Odd but valid photos get a verdict; a refusal names the photo, never blames the profile."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from preflight.core.errors import InputError
from preflight.core.models import PhotoAnalysis, Status
from preflight.core.photo import analyze_photo, decode
from preflight.core.settings import PhotoSettings

Save = Callable[..., Path]
# Over Pillow's 1 MB limit on one decompressed text or ICC chunk (PngImagePlugin.MAX_TEXT_CHUNK).
BIG = 2 * 1024 * 1024


def _codes(analysis: PhotoAnalysis) -> dict[str, Status]:
    return {finding.code: finding.status for finding in analysis.findings}


@pytest.mark.parametrize(("width", "height"), [(1, 5000), (20000, 2), (5000, 1), (2, 20000)])
def test_a_photo_of_any_aspect_ratio_gets_a_verdict(save: Save, width: int, height: int) -> None:
    # 1 × 5000 once raised "box can't be empty"; 20000 × 2 a division by zero.
    path = save(Image.new("RGB", (width, height), (120, 90, 70)), "line.png")
    analysis = analyze_photo(path, PhotoSettings())
    assert (analysis.width, analysis.height) == (width, height)
    assert _codes(analysis)["too_small"] is Status.FAIL


def _png_with(portrait: Image.Image, path: Path, chunk: str) -> Path:
    info = PngImagePlugin.PngInfo()
    if chunk == "zTXt":
        info.add_text("Comment", "x" * BIG, zip=True)
    elif chunk == "iTXt":
        info.add_itxt("Description", "y" * BIG, zip=True)
    if chunk == "iCCP":
        portrait.save(path, pnginfo=info, icc_profile=bytes(BIG))
    else:
        portrait.save(path, pnginfo=info)
    return path


@pytest.mark.parametrize("chunk", ["zTXt", "iTXt", "iCCP"])
def test_metadata_over_pillows_limit_does_not_refuse_a_valid_photo(
    portrait: Image.Image, save: Save, tmp_path: Path, chunk: str
) -> None:
    plain = analyze_photo(save(portrait, "plain.png"), PhotoSettings())
    heavy = analyze_photo(_png_with(portrait, tmp_path / "heavy.png", chunk), PhotoSettings())
    assert heavy.findings == plain.findings
    assert heavy.faces == plain.faces


def test_the_full_size_photo_loads_past_big_metadata_too(
    portrait: Image.Image, tmp_path: Path
) -> None:
    image = decode.open_upright(_png_with(portrait, tmp_path / "heavy.png", "iCCP"))
    assert image.size == portrait.size


def test_a_truncated_png_with_big_metadata_is_refused_by_name(
    portrait: Image.Image, tmp_path: Path
) -> None:
    path = _png_with(portrait, tmp_path / "heavy.png", "zTXt")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 3000])  # cut into the pixel data
    with pytest.raises(InputError) as caught:
        analyze_photo(path, PhotoSettings())
    assert "heavy.png" in caught.value.message


def test_a_webp_over_its_own_ceiling_is_refused_by_name(
    portrait: Image.Image, save: Save, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real ceiling is 40 megapixels (a 98-megapixel WebP took 1.6 GB to decode); a small one
    # here keeps the test fast.
    monkeypatch.setitem(decode.MAX_PIXELS_BY_FORMAT, "WEBP", 200_000)
    with pytest.raises(InputError) as caught:
        analyze_photo(save(portrait, "big.webp"), PhotoSettings())
    assert "big.webp" in caught.value.message
    assert "megapixels" in caught.value.message
    png = analyze_photo(save(portrait, "big.png"), PhotoSettings())  # other formats keep theirs
    assert png.width == portrait.width


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.jpg")
    path = tmp_path / name
    path.write_bytes(b"not a photo")
    with pytest.raises(InputError) as caught:
        analyze_photo(path, PhotoSettings())
    assert "caf\\xe9.jpg" in caught.value.message
    caught.value.message.encode("utf-8")  # no lone surrogate left to break an output
