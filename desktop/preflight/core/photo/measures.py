"""Light and focus measured on the face (or the whole photo when there is no face)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from preflight.core.models import Box
from preflight.core.photo.decode import GreyImage
from preflight.core.photo.haar_pyramid import resize_area

# Luminance is the 0-255 grey value; a pixel at or above this is blown out (pure white).
CLIPPED_LEVEL = 250
# Sharpness: variance of the Laplacian over the variance of the pixels, on the face scaled to a
# fixed 64x64 (so neither the photo's size nor its contrast changes the number), times 100.
# What counts as sharp is the photo check's call (core/checks/photo_findings.py).
SHARPNESS_SIDE = 64


@dataclass(frozen=True)
class Light:
    """Average luminance and the share of blown-out pixels in a region."""

    mean: float
    clipped_share: float


def region(grey: GreyImage, box: Box | None, scale: float) -> GreyImage:
    """The part of the working copy under a full-size box (the whole copy for None)."""
    if box is None:
        return grey
    x0, y0 = int(box.x / scale), int(box.y / scale)
    x1 = max(x0 + 1, round((box.x + box.width) / scale))
    y1 = max(y0 + 1, round((box.y + box.height) / scale))
    return grey[y0:y1, x0:x1]


def measure_light(pixels: GreyImage) -> Light:
    """Mean luminance and blown-out share of the given pixels."""
    return Light(
        mean=float(pixels.mean()),
        clipped_share=float((pixels >= CLIPPED_LEVEL).mean()),
    )


def measure_sharpness(pixels: GreyImage) -> float:
    """A size- and contrast-independent focus score; about 30 for a sharp face, under 5 blurry."""
    side = SHARPNESS_SIDE
    if pixels.shape[0] > side or pixels.shape[1] > side:
        scaled = resize_area(pixels, side, side).astype(np.float32)
    else:
        enlarged = Image.fromarray(pixels).resize((side, side), Image.Resampling.BILINEAR)
        scaled = np.asarray(enlarged, dtype=np.float32)
    contrast = float(scaled.var())
    if contrast < 1.0:
        return 0.0
    return 100.0 * float(_laplacian(scaled).var()) / contrast


def _laplacian(pixels: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """The 4-neighbour Laplacian with mirrored borders (OpenCV's default)."""
    padded = np.pad(pixels, 1, mode="reflect")
    return padded[:-2, 1:-1] + padded[2:, 1:-1] + padded[1:-1, :-2] + padded[1:-1, 2:] - 4 * pixels
