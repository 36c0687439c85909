"""Files that are not a usable photo are refused with a clear message, never a traceback."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

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
