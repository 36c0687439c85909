"""Writing a cropped copy of a photo as a new file; the original is never touched."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PIL import Image

from preflight.core.errors import input_error
from preflight.core.models import Box
from preflight.core.output_guard import check_output, user_output
from preflight.core.photo.decode import open_upright

# What each file ending is saved as; the copy keeps no EXIF (so no GPS position or camera serial
# leaves with it), only the colour profile.
SAVE_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
JPEG_QUALITY = 92


def save_cropped_copy(
    source: Path, crop: Box, target: Path, *, protected: Iterable[Path | str | None] = ()
) -> Path:
    """Saves the ``crop`` of the upright ``source`` as the new file ``target`` and returns it.

    The copy is written to a temporary file and only then given its name, which must be free:
    nothing is ever replaced, least of all the photo itself or the ``protected`` files (the
    profile it came with), and a failed save leaves no partial file behind.
    """
    image_format = SAVE_FORMATS.get(target.suffix.lower())
    if image_format is None:
        raise input_error("photo.crop.bad_suffix", name=target.name)
    if _same_file(source, target):
        raise input_error("photo.crop.same_file")
    check_output(target, protected)
    if os.path.lexists(target):
        raise input_error("photo.crop.exists", name=target.name)
    image = open_upright(source)
    _check_inside(crop, image.width, image.height)
    cropped = image.crop((crop.x, crop.y, crop.x + crop.width, crop.y + crop.height))
    cropped.info = {}  # crop() copies the metadata (EXIF too); the copy must carry none of it
    if image_format == "JPEG" and cropped.mode not in ("RGB", "L", "CMYK"):
        cropped = _flatten_on_white(cropped)
    options: dict[str, object] = {}
    if icc := image.info.get("icc_profile"):
        options["icc_profile"] = icc
    if image_format == "JPEG":
        options["quality"] = JPEG_QUALITY
    try:
        with user_output("cropped photo", target, overwrite=False) as temporary:
            try:
                cropped.save(temporary, format=image_format, **options)
            except ValueError as exc:
                raise input_error("photo.crop.cannot_save", path=str(target), reason=exc) from exc
    except FileExistsError as exc:  # the name was taken while the copy was being written
        raise input_error("photo.crop.exists", name=target.name) from exc
    return target


def _same_file(source: Path, target: Path) -> bool:
    try:
        return source.resolve() == target.resolve() or (target.exists() and source.samefile(target))
    except OSError:
        return False


def _check_inside(crop: Box, width: int, height: int) -> None:
    inside = (
        crop.width > 0
        and crop.height > 0
        and crop.x >= 0
        and crop.y >= 0
        and crop.x + crop.width <= width
        and crop.y + crop.height <= height
    )
    if not inside:
        raise input_error(
            "photo.crop.outside",
            width=crop.width,
            height=crop.height,
            x=crop.x,
            y=crop.y,
            photo_width=width,
            photo_height=height,
        )


def _flatten_on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("RGB")
