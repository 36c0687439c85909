"""The photo as a small round thumbnail (the crop LinkedIn shows), as PNG bytes for the report."""

from __future__ import annotations

import base64
import io
import warnings
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from preflight.core.imaging import reduce_in_bands
from preflight.core.models import Box, PhotoEvidence

THUMBNAIL_PX = 240
# Pillow refuses images above this many pixels before decoding them (a decompression bomb guard).
MAX_PIXELS = 80_000_000
_SUPERSAMPLE = 4
_EXIF_ORIENTATION = 0x0112
# Modes Pillow's reduce() averages correctly; any other is turned into one of these, band by band.
_REDUCIBLE_MODES = ("L", "LA", "RGB", "RGBA")


def circle_thumbnail(path: Path, crop: Box | None = None, size: int = THUMBNAIL_PX) -> bytes | None:
    """A round ``size``-pixel PNG of the image (around ``crop`` if given); None if unreadable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_PIXELS:
                    return None
                original = _upright_size(image)
                # JPEG decodes straight to a fraction of its size (DCT scaling); PNG cannot.
                image.draft("RGB", (size * 2, size * 2))
                image.load()
                upright = _on_white(ImageOps.exif_transpose(_reduced(image, size * 2)))
    except (OSError, ValueError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        return None
    square = upright.crop(_square_around(upright.size, crop, original))
    square = square.resize((size, size), Image.Resampling.LANCZOS)
    mask = Image.new("L", (size * _SUPERSAMPLE, size * _SUPERSAMPLE), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, mask.width - 1, mask.height - 1), fill=255)
    round_image = square.convert("RGBA")
    round_image.putalpha(mask.resize((size, size), Image.Resampling.LANCZOS))
    out = io.BytesIO()
    round_image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def photo_data_uri(photo: PhotoEvidence | None) -> str:
    """A data: URI of the round thumbnail when a photo file was attached, else an empty string."""
    if photo is None or photo.kind != "file" or not photo.path:
        return ""
    crop = photo.analysis.suggested_crop if photo.analysis else None
    png = circle_thumbnail(Path(photo.path), crop)
    if png is None:
        return ""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _reduced(image: Image.Image, side: int) -> Image.Image:
    """A loaded image cut by a whole factor to twice ``side`` or more, never copied at full size.

    A 79-megapixel PNG with transparency, converted at full size, ran out of 1 GiB; reduced a
    band of rows at a time (as photo/decode.py does for the analysis) it needs a few MB more.
    """
    factor = max(image.size) // (2 * side)
    if factor < 2:
        return image
    mode = image.mode
    if mode not in _REDUCIBLE_MODES:
        has_alpha = "A" in mode or "transparency" in image.info
        mode = "RGBA" if has_alpha else "RGB"
    return reduce_in_bands(image, factor, mode)


def _on_white(image: Image.Image) -> Image.Image:
    """RGB, with any transparency shown over white (as the photo analysis sees it)."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")


def _upright_size(image: Image.Image) -> tuple[int, int]:
    """The full-resolution size after EXIF rotation (the frame photo analysis measures in)."""
    orientation = image.getexif().get(_EXIF_ORIENTATION, 1)
    return (image.height, image.width) if orientation in (5, 6, 7, 8) else image.size


def _square_around(
    size: tuple[int, int], crop: Box | None, original: tuple[int, int]
) -> tuple[int, int, int, int]:
    """The largest centred square, or the square around ``crop`` (given in original pixels)."""
    width, height = size
    if crop is not None and original[0] > 0 and original[1] > 0:
        scale_x, scale_y = width / original[0], height / original[1]
        side = max(1, min(round(max(crop.width * scale_x, crop.height * scale_y)), width, height))
        centre_x = (crop.x + crop.width / 2) * scale_x
        centre_y = (crop.y + crop.height / 2) * scale_y
    else:
        side = min(width, height)
        centre_x, centre_y = width / 2, height / 2
    left = int(min(max(centre_x - side / 2, 0), width - side))
    top = int(min(max(centre_y - side / 2, 0), height - side))
    return left, top, left + side, top + side
