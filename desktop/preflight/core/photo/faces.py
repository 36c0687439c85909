"""Finding faces offline with a Haar cascade that ships inside the OpenCV 4.x wheel.

Why this detector: it needs no download (the XML files live in ``cv2/data`` of the
opencv-python-headless 4.x wheel; the 5.x wheels dropped them). The cascade is evaluated by our own
numpy code (``haar.py``, identical verdicts to ``detectMultiScale`` on every test photo) rather
than by OpenCV, whose library and video codecs would add ~150 MB to the desktop build for one
function; only the XML file is shipped. Measured on
the grey working copy (longer side 640 px) over the real photos in scikit-image's wheel, the
astronaut portrait scaled into larger canvases, and 19 photos without a face (cat, coffee, coins,
text, textures, microscopy):

- ``frontalface_default`` finds the smallest faces but reports false faces on coins, the moon and
  cells at every ``minNeighbors`` from 3 to 6;
- ``frontalface_alt`` is clean but misses faces under ~50 px;
- ``frontalface_alt2`` with ``minNeighbors=5`` found every face of 32 px and more and made no
  false detection (nor on any of the 25 other photos in that wheel);
- ``frontalface_alt_tree`` missed the plain 512 px portrait.

So: ``alt2`` on a histogram-equalised copy (equalising keeps dark and washed-out faces findable,
so the light check can speak about them instead of "no face"). A Haar cascade only finds faces
turned roughly towards the camera, which is what a profile photo should show anyway.

Speed: the numpy evaluator takes about twice OpenCV's time (``bench/bench_haar.py``): ~350 ms of
CPU on the 640 px copy, and the quick pass at 320 px (see ``find_faces``) brings a portrait to
~100 ms.
``bench/bench_photo.py`` reports the whole analysis against decoding the photo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from preflight.core.models import Box
from preflight.core.photo.haar import detect_faces
from preflight.core.photo.haar_pyramid import resize_area

if TYPE_CHECKING:
    from preflight.core.photo.decode import GreyImage

CASCADE_FILE = "haarcascade_frontalface_alt2.xml"
SCALE_STEP = 1.1
MIN_NEIGHBORS = 5
MIN_FACE_PX = 20
# The quick first search (see find_faces): its longer side, and the stricter vote it needs,
# since on so few pixels a helmet beside a face gathered 5 votes as a second face.
QUICK_SIDE = 320
QUICK_MIN_NEIGHBORS = 8
# A detection much smaller than the main face is a bystander far behind or a false detection on
# texture; neither changes whether the member is "the only person in the photo".
MIN_SHARE_OF_LARGEST = 0.35


def find_faces(grey: GreyImage, scale: float) -> list[Box]:
    """Faces in the grey working copy, largest first, as boxes in full-size pixels.

    Most profile photos show a face of more than 6% of the longer side, which a copy half the size
    finds in a quarter of the time; only when that finds nothing is the full working copy searched
    for the small faces of full-length and group shots.
    """
    height, width = grey.shape
    if max(height, width) > QUICK_SIDE:
        factor = max(height, width) / QUICK_SIDE
        size = (max(1, round(width / factor)), max(1, round(height / factor)))
        smaller = resize_area(grey, *size)
        quick = _detect(smaller, QUICK_MIN_NEIGHBORS)
        if quick:
            return _to_full_size(quick, scale * width / size[0])
    return _to_full_size(_detect(grey, MIN_NEIGHBORS), scale)


def _detect(grey: GreyImage, min_neighbors: int) -> list[tuple[int, int, int, int]]:
    found = detect_faces(
        grey,
        cascade_name=CASCADE_FILE,
        scale_factor=SCALE_STEP,
        min_neighbors=min_neighbors,
        min_size=MIN_FACE_PX,
    )
    return sorted(((b.x, b.y, b.width, b.height) for b in found), key=lambda b: -b[2])


def _to_full_size(boxes: list[tuple[int, int, int, int]], scale: float) -> list[Box]:
    if not boxes:
        return []
    largest = boxes[0][2]
    return [
        Box(x=round(x * scale), y=round(y * scale), width=round(w * scale), height=round(h * scale))
        for x, y, w, h in boxes
        if w >= largest * MIN_SHARE_OF_LARGEST
    ]
