"""Files that are not a usable photo are refused with a clear message, never a traceback."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from preflight.core.errors import InputError
from preflight.core.photo import analyze_photo
from preflight.core.settings import PhotoSettings

Save = Callable[..., Path]


def refused(path: Path) -> InputError:
    """The InputError analysing ``path`` raises."""
    with pytest.raises(InputError) as caught:
        analyze_photo(path, PhotoSettings())
    return caught.value


@pytest.mark.parametrize(("name", "format_name"), [("logo.gif", "GIF"), ("scan.bmp", "BMP")])
def test_other_image_formats_are_refused_by_name(
    portrait: Image.Image, save: Save, name: str, format_name: str
) -> None:
    error = refused(save(portrait, name))

    assert "not a JPEG, PNG or WebP" in error.message
    assert format_name in error.message
    assert "JPEG or PNG" in error.hint


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_text("this is not a photo", encoding="utf-8")

    assert "not a JPEG, PNG or WebP" in refused(path).message


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")

    assert "empty.png" in refused(path).message


def test_a_truncated_jpeg_is_refused_as_damaged(
    portrait: Image.Image, save: Save, tmp_path: Path
) -> None:
    whole = save(portrait, "whole.jpg", quality=90).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 2])

    assert "damaged or cut short" in refused(path).message


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    assert "missing.jpg" in refused(tmp_path / "missing.jpg").message
    assert "not a file" in refused(tmp_path).message


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a size but holds almost no data: a decompression-bomb header."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("side", [12_000, 60_000])
def test_huge_dimensions_are_refused_before_decoding(tmp_path: Path, side: int) -> None:
    # 144 megapixels passes Pillow's own hard limit but not ours; 3.6 gigapixels trips Pillow's.
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header_only(side, side))

    error = refused(path)
    assert "too large to check" in error.message
    assert "Resize" in error.hint


def test_a_large_transparent_turned_png_reads_as_at_full_size(
    tmp_path: Path, astronaut: Image.Image
) -> None:
    # Huge PNGs are now reduced in bands before any full-size copy (a 100-megapixel one with
    # transparency needed over 1 GiB); the grey copy must still match the full-size route.
    from PIL import ImageOps

    from preflight.core.photo.decode import WORK_SIDE, decode_for_analysis

    image = astronaut.resize((4000, 3000)).convert("RGBA")
    image.putalpha(Image.linear_gradient("L").resize((4000, 3000)))
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side: turn a quarter to the right
    path = tmp_path / "big.png"
    image.save(path, exif=exif)

    decoded = decode_for_analysis(path)

    reference = ImageOps.exif_transpose(Image.open(path))
    white = Image.new("RGBA", reference.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(white, reference.convert("RGBA")).convert("L")
    grey.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    assert (decoded.width, decoded.height) == (3000, 4000)
    assert decoded.grey.shape == (grey.height, grey.width)
    difference = abs(decoded.grey.astype(int) - np.asarray(grey, dtype=int))
    assert difference.mean() < 2
