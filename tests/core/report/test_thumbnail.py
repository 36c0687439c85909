"""The photo thumbnail: a round crop, around the face when one was found."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from preflight.core.models import Box
from preflight.core.report.thumbnail import circle_thumbnail


def _open(png: bytes | None) -> Image.Image:
    assert png is not None
    return Image.open(io.BytesIO(png))


def test_round_crop_is_transparent_outside_the_circle(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (640, 480), "#2266aa").save(path)
    image = _open(circle_thumbnail(path, size=100))
    assert image.size == (100, 100)
    assert image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0  # type: ignore[index]
    assert image.getpixel((50, 50))[3] == 255  # type: ignore[index]


def test_crop_centres_on_the_given_box(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    image = Image.new("RGB", (600, 300), "white")
    image.paste((200, 0, 0), (400, 50, 600, 250))  # the "face" on the right
    image.save(path)
    centre = _open(circle_thumbnail(path, Box(x=420, y=70, width=160, height=160), size=60))
    assert centre.getpixel((30, 30))[:3] == (200, 0, 0)  # type: ignore[index]
    plain = _open(circle_thumbnail(path, size=60))
    assert plain.getpixel((30, 30))[:3] == (255, 255, 255)  # type: ignore[index]


def test_unreadable_files_give_no_thumbnail(tmp_path: Path) -> None:
    not_image = tmp_path / "photo.jpg"
    not_image.write_bytes(b"this is not an image")
    assert circle_thumbnail(not_image) is None
    assert circle_thumbnail(tmp_path / "missing.png") is None


def _transparent_with_red_face(mode: str) -> Image.Image:
    """A large see-through picture with an opaque red square on its right."""
    image = Image.new("RGBA", (4_000, 2_000), (0, 0, 0, 0))
    image.paste((200, 0, 0, 255), (3_000, 500, 4_000, 1_500))
    if mode == "P":
        return image.quantize(colors=4, method=Image.Quantize.FASTOCTREE)
    return image


@pytest.mark.parametrize("mode", ["RGBA", "P"])
def test_a_large_transparent_photo_is_shrunk_keeping_colour_and_showing_white(
    tmp_path: Path, mode: str
) -> None:
    # Made from a reduced copy (a 79-megapixel PNG ran out of memory at full size): the colour
    # of the face survives, and the see-through part shows white, not the hidden black.
    path = tmp_path / "photo.png"
    _transparent_with_red_face(mode).save(path)
    face = _open(circle_thumbnail(path, Box(x=3_100, y=600, width=800, height=800), size=60))
    assert face.getpixel((30, 30))[:3] == (200, 0, 0)  # type: ignore[index]
    plain = _open(circle_thumbnail(path, size=60))
    assert plain.getpixel((30, 30))[:3] == (255, 255, 255)  # type: ignore[index]


def test_a_large_photo_turned_by_its_exif_is_shown_upright(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    image = Image.new("RGB", (2_400, 1_200), (200, 0, 0))
    image.paste((0, 0, 200), (1_200, 0, 2_400, 1_200))  # stored: red left, blue right
    exif = Image.Exif()
    exif[0x0112] = 6  # turn a quarter clockwise to show: red on top, blue below
    image.save(path, exif=exif)
    thumb = _open(circle_thumbnail(path, size=60))
    assert thumb.getpixel((30, 8))[:3] == (200, 0, 0)  # type: ignore[index]
    assert thumb.getpixel((30, 52))[:3] == (0, 0, 200)  # type: ignore[index]
