"""Opening a photo safely: accepted formats, EXIF orientation, size limits, a small grey copy."""

from __future__ import annotations

import struct
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeAlias, TypeVar

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps, UnidentifiedImageError

from preflight.core.errors import InputError, input_error
from preflight.core.imaging import reduce_in_bands
from preflight.core.importers.reading import display_name, display_path
from preflight.core.photo.png_chunks import without_metadata_chunks

# Pillow's names for the formats LinkedIn takes. Pillow's JPEG reader also opens the multi-picture
# JPEGs many phones and cameras write and names them MPO; to the user they are JPEGs.
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
FORMAT_NAMES = {"MPO": "JPEG"}
# Our own ceiling instead of changing Pillow's global MAX_IMAGE_PIXELS (which other code shares):
# 100 megapixels is above any phone or camera photo people upload, and bounds memory for a PNG
# (which, unlike JPEG, must be decoded at full size) to a few hundred megabytes.
MAX_PIXELS = 100_000_000
# Pillow decodes WebP whole, with copies: about 16 bytes a pixel at the peak (98 megapixels took
# 1.6 GB). This keeps the largest accepted WebP under 1 GiB with the rest of the program.
MAX_PIXELS_BY_FORMAT = {"WEBP": 40_000_000}
# The analysis works on a grey copy at most this many pixels on its longer side: enough for a face
# of 25 pixels in a full-length shot, small enough for the detector to run in tens of milliseconds.
WORK_SIDE = 640
# EXIF orientations that swap width and height (rotated a quarter turn, possibly mirrored).
_QUARTER_TURNS = {5, 6, 7, 8}
_ORIENTATION_TAG = 0x0112
_SIXTEEN_BIT = ("I;16", "I;16B", "I;16L", "I;16N")
# Modes Pillow's reduce() averages correctly (palette indices, for one, cannot be averaged).
_REDUCIBLE_MODES = ("L", "LA", "RGB", "RGBA", "I", "F", "CMYK", "YCbCr")

GreyImage = npt.NDArray[np.uint8]
# What Pillow opens: the file itself, or its bytes with oversized metadata taken out.
Source: TypeAlias = Path | BinaryIO
T = TypeVar("T")


@dataclass(frozen=True)
class DecodedPhoto:
    """A photo's upright size, format and file size, with a small grey copy for measuring."""

    width: int
    height: int
    image_format: str
    file_bytes: int
    grey: GreyImage

    @property
    def scale(self) -> float:
        """Full-size pixels per pixel of the grey working copy."""
        return self.width / float(self.grey.shape[1])


def decode_for_analysis(path: Path) -> DecodedPhoto:
    """The photo read upright into a grey copy of at most WORK_SIDE pixels, or InputError."""
    file_bytes = _file_size(path)
    return _with_metadata_fallback(path, lambda source: _decode(path, source, file_bytes))


def _decode(path: Path, source: Source, file_bytes: int) -> DecodedPhoto:
    with _open_checked(path, source) as image:
        image_format = FORMAT_NAMES.get(str(image.format), str(image.format))
        width, height = image.size
        if _orientation(image) in _QUARTER_TURNS:
            width, height = height, width
        # JPEG can decode straight to a smaller grey image (DCT scaling): far faster than full size.
        image.draft("L", (WORK_SIDE, WORK_SIDE))
        upright = _load_upright(image, path, shrink=True)
    grey_image = _fit(_to_grey(upright), WORK_SIDE)
    grey = np.asarray(grey_image, dtype=np.uint8)
    return DecodedPhoto(width, height, image_format, file_bytes, grey)


def open_upright(path: Path) -> Image.Image:
    """The photo decoded at full size and turned upright, or InputError."""
    _file_size(path)

    def load(source: Source) -> Image.Image:
        with _open_checked(path, source) as image:
            return _load_upright(image, path)

    return _with_metadata_fallback(path, load)


def _with_metadata_fallback(path: Path, decode: Callable[[Source], T]) -> T:
    """``decode(path)``; for a PNG whose text or colour-profile chunks Pillow refuses as too
    large (its 1 MB limit), ``decode`` again without those chunks: they hold no pixels."""
    try:
        return decode(path)
    except _MetadataTooLargeError:
        pass
    stripped = without_metadata_chunks(path)
    if stripped is None:
        raise input_error("photo.damaged", name=display_name(path))
    try:
        return decode(stripped)
    except _MetadataTooLargeError as exc:
        raise input_error("photo.damaged", name=display_name(path)) from exc


def _fit(image: Image.Image, side: int) -> Image.Image:
    """``image`` shrunk to fit a ``side``-pixel square, each side at least one pixel.

    Pillow's thumbnail() divides by a side rounded to zero on a 20,000 × 2 image.
    """
    scale = side / max(image.size)
    if scale >= 1:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)


def _file_size(path: Path) -> int:
    try:
        if not path.is_file():
            if not path.exists():
                raise input_error("photo.missing", path=display_path(path))
            raise input_error("photo.not_a_file", path=display_path(path))
        return path.stat().st_size
    except OSError as exc:
        reason = exc.strerror or exc
        raise input_error("photo.cannot_read", path=display_path(path), reason=reason) from exc


def _open_checked(path: Path, source: Source) -> Image.Image:
    """Opens only accepted formats within the pixel ceiling; reads the header, not the pixels."""
    Image.init()  # registers every plugin, so the format list below can name WebP
    name = display_name(path)
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own limit; ours is checked just below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(source, formats=ACCEPTED_FORMATS)
    except UnidentifiedImageError as exc:
        actual = _actual_format(path)
        if actual:
            raise input_error("photo.other_format", name=name, format=actual) from exc
        raise input_error("photo.not_an_image", name=name) from exc
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels(path, MAX_PIXELS) from exc
    except ValueError as exc:
        raise _refused_chunk(path, exc) from exc
    except OSError as exc:
        reason = exc.strerror or exc
        raise input_error("photo.cannot_read", path=display_path(path), reason=reason) from exc
    width, height = image.size
    format_name = FORMAT_NAMES.get(str(image.format), str(image.format))
    ceiling = MAX_PIXELS_BY_FORMAT.get(format_name, MAX_PIXELS)
    if width * height > ceiling:
        image.close()
        raise _too_many_pixels(path, ceiling)
    if width < 1 or height < 1:
        image.close()
        raise input_error("photo.no_pixels", name=name)
    return image


class _MetadataTooLargeError(Exception):
    """Pillow refused a PNG text or ICC chunk over its size limit (not the pixels)."""


def _refused_chunk(path: Path, exc: ValueError) -> Exception:
    """What a ValueError from Pillow means: a metadata chunk too large, or a damaged file."""
    text = str(exc)
    if "MAX_TEXT_CHUNK" in text or "text chunks" in text:
        return _MetadataTooLargeError(text)
    return input_error("photo.damaged", name=display_name(path))


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 = upright); 1 too when the EXIF block is unreadable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns about corrupt EXIF; we fall back to 1
            return int(image.getexif().get(_ORIENTATION_TAG, 1))
    except (OSError, ValueError, SyntaxError, EOFError, TypeError, struct.error):
        return 1


def _load_upright(image: Image.Image, path: Path, *, shrink: bool = False) -> Image.Image:
    try:
        image.load()
    except ValueError as exc:
        raise _refused_chunk(path, exc) from exc
    except (OSError, SyntaxError, EOFError, struct.error) as exc:
        raise input_error("photo.damaged", name=display_name(path)) from exc
    if shrink:
        image = _shrunk(image)
    if _orientation(image) == 1:
        return image
    try:
        return ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, EOFError, TypeError, struct.error):
        return image  # a broken EXIF block: show the pixels as stored, as most viewers do


def _shrunk(image: Image.Image) -> Image.Image:
    """A huge image cut by a whole factor to twice WORK_SIDE or more, never copied at full size.

    A 100-megapixel PNG with transparency, premultiplied or composited at full size, needed
    over 1 GiB; reduced a band of rows at a time it needs a few megabytes more than its pixels.
    """
    # Never so far that a side of a very long, thin photo (20,000 × 2) would vanish.
    factor = min(max(image.size) // (2 * WORK_SIDE), *image.size)
    if factor < 2:
        return image
    cols, rows = image.width // factor, image.height // factor
    if image.mode in _SIXTEEN_BIT:
        pixels = np.asarray(image)[: rows * factor : factor, : cols * factor : factor]
        small = Image.fromarray(np.ascontiguousarray(pixels.astype("<u2")))  # mode I;16
    else:
        mode = image.mode
        if mode not in _REDUCIBLE_MODES:
            mode = "LA" if "A" in mode or "transparency" in image.info else "L"
        return reduce_in_bands(image, factor, mode)
    small.info = dict(image.info)  # the EXIF orientation, to turn it upright afterwards
    return small


def _to_grey(image: Image.Image) -> Image.Image:
    """Luminance, with transparency shown over white and 16-bit images brought to 8 bits."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # convert("L") would clip 16-bit values; scale them to 8 bits first.
        wide = np.asarray(image.convert("I"), dtype=np.int64)
        peak = 65535 if image.mode.startswith("I;16") else max(int(wide.max()), 1)
        return Image.fromarray((np.clip(wide, 0, peak) * 255 // peak).astype(np.uint8))
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image.convert("L")


def _actual_format(path: Path) -> str:
    """'GIF' when Pillow knows the file's format, else ''."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as other:
                return str(other.format or "")
    except Exception:  # only naming the format for the message; on any failure, don't
        return ""


def _too_many_pixels(path: Path, ceiling: int) -> InputError:
    megapixels = ceiling // 1_000_000
    return input_error("photo.too_many_pixels", name=display_name(path), megapixels=megapixels)
