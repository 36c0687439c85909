"""Changes to the real portrait that build each test photo: reframed, darkened, blurred, turned."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter

ORIENTATION = 0x0112


def full_length(astronaut: Image.Image) -> Image.Image:
    """The portrait small near the top of a tall plain frame, as in a full-length shot."""
    frame = Image.new("RGB", (1200, 1600), (200, 200, 190))
    frame.paste(astronaut.resize((600, 600)), (300, 80))
    return frame


def darker(image: Image.Image, factor: float) -> Image.Image:
    """The image with its brightness scaled by ``factor``."""
    return ImageEnhance.Brightness(image).enhance(factor)


def blurred(image: Image.Image, radius: float) -> Image.Image:
    """The image under a Gaussian blur of ``radius`` pixels."""
    return image.filter(ImageFilter.GaussianBlur(radius))


def side_by_side(left: Image.Image, right: Image.Image) -> Image.Image:
    """Two images of the same height next to each other."""
    both = Image.new("RGB", (left.width + right.width, left.height))
    both.paste(left, (0, 0))
    both.paste(right, (left.width, 0))
    return both


def gradient(width: int, height: int) -> Image.Image:
    """A left-to-right grey gradient: a picture with no face at all."""
    row = np.linspace(0, 255, width, dtype=np.uint8)
    return Image.fromarray(np.tile(row, (height, 1))).convert("RGB")


def rotated_with_exif(image: Image.Image) -> tuple[Image.Image, Image.Exif]:
    """The pixels turned as a phone stores them, with the EXIF tag saying how to turn them back."""
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # "rotate 90° clockwise to display"
    return image.transpose(Image.Transpose.ROTATE_90), exif
