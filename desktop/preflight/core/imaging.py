"""Shrinks huge images a band of rows at a time, so no full-size converted copy is ever made."""

from __future__ import annotations

from PIL import Image

BAND_ROWS = 64  # rows of the reduced image made from one band of the full one


def reduce_in_bands(image: Image.Image, factor: int, mode: str) -> Image.Image:
    """``image`` in ``mode``, each side divided by ``factor``, converting one band at a time.

    A 100-megapixel RGBA PNG converted whole needs ~400 MB more; band by band, a few MB.
    The image's info (EXIF orientation) is kept, to turn it upright afterwards.
    """
    cols, rows = image.width // factor, image.height // factor
    small = Image.new(mode, (cols, rows))
    band = factor * BAND_ROWS
    for top in range(0, rows * factor, band):
        piece = image.crop((0, top, cols * factor, min(top + band, rows * factor)))
        small.paste(piece.convert(mode).reduce(factor), (0, top // factor))
    small.info = dict(image.info)
    return small
