"""Photos for the photo tests, made here from one real public-domain portrait; nothing downloaded.

The portrait is NASA's photo of astronaut Eileen Collins (public domain), which the scikit-image
wheel ships as ``skimage/data/astronaut.png`` (a test-only dependency: we read the file, never
import scikit-image). Drawn synthetic faces rarely trigger a face detector, so the face cases start
from this photo and change it: cropped, shrunk, darkened, blurred, rotated, doubled.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

# The astronaut's head and shoulders, a square in which her head fills about half the side.
HEAD_AND_SHOULDERS = (60, 0, 390, 330)


def _astronaut_path() -> Path:
    spec = importlib.util.find_spec("skimage")
    if spec is None or spec.origin is None:
        pytest.fail("the photo tests need scikit-image installed (dev dependency) for its portrait")
    return Path(spec.origin).parent / "data" / "astronaut.png"


@pytest.fixture(scope="session")
def astronaut() -> Image.Image:
    """The 512×512 public-domain NASA portrait, waist up, as RGB."""
    with Image.open(_astronaut_path()) as image:
        return image.convert("RGB")


@pytest.fixture(scope="session")
def portrait(astronaut: Image.Image) -> Image.Image:
    """A good LinkedIn photo: 500×500, head and shoulders, sharp and well lit."""
    return astronaut.crop(HEAD_AND_SHOULDERS).resize((500, 500), Image.Resampling.LANCZOS)


@pytest.fixture
def save(tmp_path: Path) -> Callable[..., Path]:
    """Saves an image under ``tmp_path`` with the given name and Pillow save options."""

    def _save(image: Image.Image, name: str, **options: object) -> Path:
        path = tmp_path / name
        image.save(path, **options)
        return path

    return _save
