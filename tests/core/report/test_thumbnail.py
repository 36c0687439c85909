"""The photo thumbnail: a round crop, around the face when one was found."""

from __future__ import annotations

import io
from pathlib import Path

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
