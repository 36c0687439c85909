"""How the numpy Haar evaluator compares with OpenCV's ``detectMultiScale`` on the same images.

The photo is ``bench_photo``'s 12-megapixel portrait (the public-domain NASA astronaut from the
scikit-image wheel, enlarged in a plain frame), decoded the way the photo check does it: a grey
copy of at most 640 px, and the 320 px copy of the quick first search. Both detectors get the same
histogram-equalised image and the same cascade and parameters; OpenCV is the baseline (ratio =
numpy time / OpenCV time). Also listed: a 640 px photo with no face (scikit-image's coffee cup).
Needs opencv-python-headless and scikit-image (dev dependencies). Times: best of a few rounds, as
wall-clock time and as CPU time (OpenCV may spread its work over several threads).

Run: ``python -m bench haar`` from the repository root.
"""

from __future__ import annotations

import importlib.util
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from bench.bench_photo import make_photo
from preflight.core.photo.decode import decode_for_analysis
from preflight.core.photo.haar import FACE_CASCADE, detect_faces
from preflight.core.photo.haar_model import cascade_path, load_cascade

SCALE_STEP = 1.1
MIN_NEIGHBORS = 5
MIN_FACE_PX = 20
ROUNDS = 3


def _images() -> list[tuple[str, np.ndarray]]:
    with tempfile.TemporaryDirectory() as tmp:
        grey = decode_for_analysis(make_photo(Path(tmp), ".jpg")).grey
    small = Image.fromarray(grey)
    small.thumbnail((320, 320), Image.Resampling.BOX)
    images = [("portrait 640", grey), ("portrait 320", np.asarray(small))]
    spec = importlib.util.find_spec("skimage")
    if spec is not None and spec.origin is not None:
        with Image.open(Path(spec.origin).parent / "data" / "coffee.png") as coffee:
            images.append(("no face 640", np.asarray(coffee.convert("L"))))
    return images


def best_of(action: Callable[[], object], clock: Callable[[], float]) -> float:
    """The shortest of ``ROUNDS`` runs of ``action`` by ``clock``, in seconds."""
    times = []
    for _ in range(ROUNDS):
        start = clock()
        action()
        times.append(clock() - start)
    return min(times)


def main() -> None:
    """Prints numpy and OpenCV detection times, their ratio and the boxes each found."""
    import cv2

    classifier = cv2.CascadeClassifier(str(cascade_path(FACE_CASCADE)))
    load_cascade(FACE_CASCADE)
    print(f"{'image':<13} {'size':>9} {'clock':>5} {'numpy':>8} {'opencv':>8} {'ratio':>6}")
    for name, grey in _images():

        def ours(grey: np.ndarray = grey) -> list[tuple[int, int, int, int]]:
            found = detect_faces(
                grey, scale_factor=SCALE_STEP, min_neighbors=MIN_NEIGHBORS, min_size=MIN_FACE_PX
            )
            return [(b.x, b.y, b.width, b.height) for b in found]

        def theirs(grey: np.ndarray = grey) -> list[tuple[int, int, int, int]]:
            found = classifier.detectMultiScale(
                cv2.equalizeHist(grey),
                scaleFactor=SCALE_STEP,
                minNeighbors=MIN_NEIGHBORS,
                minSize=(MIN_FACE_PX, MIN_FACE_PX),
            )
            return [tuple(int(v) for v in box) for box in found]

        size = f"{grey.shape[1]}x{grey.shape[0]}"
        for label, clock in (("wall", time.perf_counter), ("cpu", time.process_time)):
            numpy_time, opencv_time = best_of(ours, clock), best_of(theirs, clock)
            print(
                f"{name:<13} {size:>9} {label:>5} {numpy_time * 1e3:6.0f}ms"
                f" {opencv_time * 1e3:6.0f}ms {numpy_time / opencv_time:6.2f}"
            )
        print(f"{'':<13} boxes: numpy {ours()}, opencv {theirs()}")


if __name__ == "__main__":
    main()
