"""Finding faces offline with a Haar cascade that ships inside the OpenCV 4.x wheel.

Why this detector: it needs no download (the XML files live in ``cv2.data.haarcascades`` of the
opencv-python-headless 4.x wheel; the 5.x wheels dropped them) and no extra package. Measured on
the grey working copy (longer side 640 px) over the real photos in scikit-image's wheel, the
astronaut portrait scaled into larger canvases, and 19 photos without a face (cat, coffee, coins,
text, textures, microscopy):

- ``frontalface_default`` finds the smallest faces but reports false faces on coins, the moon and
  cells at every ``minNeighbors`` from 3 to 6;
- ``frontalface_alt`` is clean but misses faces under ~50 px;
- ``frontalface_alt2`` with ``minNeighbors=5`` found every face of 32 px and more, made no false
  detection, and ran ~5-100 ms per photo;
- ``frontalface_alt_tree`` missed the plain 512 px portrait.

So: ``alt2`` on a histogram-equalised copy (equalising keeps dark and washed-out faces findable,
so the light check can speak about them instead of "no face"). A Haar cascade only finds faces
turned roughly towards the camera, which is what a profile photo should show anyway.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from preflight.core.models import Box

if TYPE_CHECKING:
    import cv2

    from preflight.core.photo.decode import GreyImage

CASCADE_FILE = "haarcascade_frontalface_alt2.xml"
SCALE_STEP = 1.1
MIN_NEIGHBORS = 5
MIN_FACE_PX = 20
# A detection much smaller than the main face is a bystander far behind or a false detection on
# texture; neither changes whether the member is "the only person in the photo".
MIN_SHARE_OF_LARGEST = 0.35


def find_faces(grey: GreyImage, scale: float) -> list[Box]:
    """Faces in the grey working copy, largest first, as boxes in full-size pixels."""
    import cv2

    equalised = cv2.equalizeHist(grey)
    found = _cascade().detectMultiScale(
        equalised,
        scaleFactor=SCALE_STEP,
        minNeighbors=MIN_NEIGHBORS,
        minSize=(MIN_FACE_PX, MIN_FACE_PX),
    )
    boxes = sorted(((int(x), int(y), int(w), int(h)) for x, y, w, h in found), key=lambda b: -b[2])
    if not boxes:
        return []
    largest = boxes[0][2]
    return [
        Box(x=round(x * scale), y=round(y * scale), width=round(w * scale), height=round(h * scale))
        for x, y, w, h in boxes
        if w >= largest * MIN_SHARE_OF_LARGEST
    ]


@cache
def _cascade() -> cv2.CascadeClassifier:
    import cv2
    from cv2.data import haarcascades

    classifier = cv2.CascadeClassifier(haarcascades + CASCADE_FILE)
    if classifier.empty():
        raise RuntimeError(f"OpenCV's {CASCADE_FILE} is missing: install opencv-python-headless<5")
    return classifier
