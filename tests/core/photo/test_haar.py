"""The numpy Haar evaluator finds what OpenCV's detectMultiScale finds, without importing OpenCV.

OpenCV (installed for development) is the reference: both get the same grey image, cascade and
parameters. Faces come from the public-domain NASA portrait in scikit-image's wheel (see
conftest.py); the pictures without a face are generated here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from preflight.core.models import Box
from preflight.core.photo import haar_model, haar_pyramid
from preflight.core.photo.haar import detect_faces, equalize_histogram, find_windows
from preflight.core.photo.haar_model import CascadeMissingError, cascade_path, load_cascade
from preflight.core.photo.haar_pyramid import resize_area, resize_bilinear
from tests.core.photo.images import full_length, gradient

cv2 = pytest.importorskip("cv2")

CASCADES = ["haarcascade_frontalface_alt2.xml", "haarcascade_frontalface_default.xml"]
MIN_IOU = 0.6


def grey_of(image: Image.Image, longest: int = 640) -> np.ndarray:
    """The image as the photo check sees it: grey, at most ``longest`` pixels on its longer side."""
    grey = image.convert("L")
    grey.thumbnail((longest, longest), Image.Resampling.BILINEAR)
    return np.asarray(grey, dtype=np.uint8)


def opencv_faces(grey: np.ndarray, cascade: str, min_neighbors: int = 3) -> list[Box]:
    """What OpenCV finds with the same cascade and parameters as ``detect_faces``."""
    classifier = cv2.CascadeClassifier(str(cascade_path(cascade)))
    found = classifier.detectMultiScale(
        cv2.equalizeHist(grey), scaleFactor=1.1, minNeighbors=min_neighbors
    )
    return [Box(x=int(x), y=int(y), width=int(w), height=int(h)) for x, y, w, h in found]


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes."""
    width = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
    height = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
    inter = max(0, width) * max(0, height)
    return inter / (a.width * a.height + b.width * b.height - inter)


def landscape(width: int = 640, height: int = 427) -> np.ndarray:
    """A made-up landscape: a sky gradient over rolling noisy hills and a textured field."""
    rng = np.random.default_rng(7)
    ys, xs = np.mgrid[0:height, 0:width]
    sky = 200 - 60 * ys / height
    ridge = height * 0.45 + 30 * np.sin(xs / 55.0) + 12 * np.sin(xs / 13.0)
    hills = 90 + 25 * np.sin(xs / 9.0) * np.cos(ys / 7.0) + rng.normal(0, 12, (height, width))
    picture = np.where(ys < ridge, sky, hills)
    return np.clip(picture, 0, 255).astype(np.uint8)


@pytest.fixture(scope="module")
def portrait_grey(portrait: Image.Image) -> np.ndarray:
    """The 500×500 head-and-shoulders portrait in grey."""
    return grey_of(portrait)


def test_equalisation_matches_opencv(astronaut: Image.Image) -> None:
    dim = (grey_of(astronaut) // 3 + 40).astype(np.uint8)
    for grey in (grey_of(astronaut), dim):
        assert np.array_equal(equalize_histogram(grey), cv2.equalizeHist(grey))


@pytest.mark.parametrize("cascade", CASCADES)
@pytest.mark.parametrize("picture", ["astronaut", "portrait", "full_length"])
def test_one_face_found_where_opencv_finds_it(
    astronaut: Image.Image, portrait: Image.Image, cascade: str, picture: str
) -> None:
    image = {"astronaut": astronaut, "portrait": portrait}.get(picture) or full_length(astronaut)
    grey = grey_of(image)
    ours = detect_faces(grey, cascade_name=cascade, min_neighbors=3)
    theirs = opencv_faces(grey, cascade)
    assert len(ours) == len(theirs) == 1
    assert iou(ours[0], theirs[0]) > MIN_IOU


def test_raw_hits_are_opencvs(portrait_grey: np.ndarray) -> None:
    """Before grouping, the windows one detector accepts are the ones the other accepts.

    They are identical here; the margin only allows a window within rounding of a threshold
    (OpenCV adds leaf values in single precision). A wrong contrast normalisation, scan grid or
    pyramid would change most of them.
    """
    cascade = CASCADES[0]
    hits = find_windows(equalize_histogram(portrait_grey), load_cascade(cascade), 1.1, 0)
    ours = {tuple(int(v) for v in row) for row in hits}
    theirs = {(b.x, b.y, b.width, b.height) for b in opencv_faces(portrait_grey, cascade, 0)}
    assert len(theirs) > 20
    assert len(ours & theirs) >= 0.95 * len(ours | theirs)


@pytest.mark.parametrize("size", [(581, 436), (320, 240), (97, 73)])
def test_pyramid_levels_are_opencvs_bit_exact_resize(size: tuple[int, int]) -> None:
    grey = np.random.default_rng(5).integers(0, 256, (480, 640), dtype=np.uint8)
    expected = cv2.resize(grey, size, interpolation=cv2.INTER_LINEAR_EXACT)
    assert np.array_equal(resize_bilinear(grey, *size), expected)


@pytest.mark.parametrize(
    "picture",
    ["gradient", "noise", "landscape", "flat"],
)
def test_no_face_where_there_is_none(picture: str) -> None:
    rng = np.random.default_rng(3)
    grey = {
        "gradient": lambda: grey_of(gradient(640, 480)),
        "noise": lambda: rng.integers(0, 256, (480, 640), dtype=np.uint8),
        "landscape": landscape,
        "flat": lambda: np.full((400, 400), 128, dtype=np.uint8),
    }[picture]()
    for cascade in CASCADES:
        assert detect_faces(grey, cascade_name=cascade) == []
        assert opencv_faces(grey, cascade) == []


@pytest.mark.parametrize(("shape", "size"), [((480, 640), (320, 240)), ((150, 110), (64, 64))])
def test_area_shrink_is_opencvs_within_a_grey_level(
    shape: tuple[int, int], size: tuple[int, int]
) -> None:
    grey = np.random.default_rng(9).integers(0, 256, shape, dtype=np.uint8)
    ours = resize_area(grey, *size).astype(int)
    theirs = cv2.resize(grey, size, interpolation=cv2.INTER_AREA).astype(int)
    assert np.abs(ours - theirs).max() <= 1
    assert (ours != theirs).mean() < 0.01


def test_big_images_sum_in_64_bits_with_the_same_result(
    portrait_grey: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_32_bits = detect_faces(portrait_grey)
    monkeypatch.setattr(haar_pyramid, "INT32_PIXELS", 0)
    assert detect_faces(portrait_grey) == in_32_bits != []


def test_image_smaller_than_the_window_has_no_face() -> None:
    assert detect_faces(np.zeros((10, 300), dtype=np.uint8)) == []


def test_min_size_leaves_out_smaller_faces(astronaut: Image.Image) -> None:
    grey = grey_of(astronaut)
    face = detect_faces(grey)[0]
    assert detect_faces(grey, min_size=face.width + 40) == []


def test_model_is_found_without_importing_opencv() -> None:
    code = (
        "import sys; from preflight.core.photo.haar_model import cascade_path;"
        "p = cascade_path(); print(p.name, p.parent.name, 'cv2' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["haarcascade_frontalface_alt2.xml", "models", "False"]


def test_frozen_app_reads_only_its_shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert cascade_path().parent.name == "models"
    with pytest.raises(CascadeMissingError, match=r"haarcascade_frontalface_default\.xml"):
        cascade_path("haarcascade_frontalface_default.xml")


def test_shipped_model_is_opencvs_file_unchanged() -> None:
    shipped = cascade_path()
    assert b"Intel License Agreement" in shipped.read_bytes()[:4000]
    assert shipped.read_bytes() == (Path(cv2.__file__).parent / "data" / shipped.name).read_bytes()


def test_broken_model_file_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<opencv_storage><cascade>", encoding="utf-8")
    monkeypatch.setattr(haar_model, "resource_path", lambda *parts: tmp_path / parts[-1])
    with pytest.raises(CascadeMissingError, match="cannot be read"):
        load_cascade("broken.xml")
