"""Where the face sits in the square LinkedIn shows, and the square crop that frames it well."""

from __future__ import annotations

from preflight.core.models import Box

# A frontal-face detector's box runs from about the eyebrows to the chin; the whole head, crown to
# chin, is about 1.6 times as tall (measured on the astronaut portrait in scikit-image's data: box
# 92 px, head 150 px). LinkedIn's "face about 60% of the frame" is about the head, so we compare
# the estimated head height with the square's side. It is an estimate, and the 60% a rule of thumb.
HEAD_PER_FACE_BOX = 1.6
# In a head-and-shoulders square the head's centre sits a little above the middle.
HEAD_CENTRE_FROM_TOP = 0.45


def shown_square(width: int, height: int) -> Box:
    """The centred square LinkedIn crops a photo to before drawing it in a circle."""
    side = min(width, height)
    return Box(x=(width - side) // 2, y=(height - side) // 2, width=side, height=side)


def head_height(face: Box) -> float:
    """The estimated crown-to-chin height for a detector's face box."""
    return face.height * HEAD_PER_FACE_BOX


def face_ratio(face: Box, width: int, height: int) -> float:
    """The head's estimated height as a share of the shown square's side (0 to 1)."""
    return min(1.0, head_height(face) / min(width, height))


def contains(outer: Box, inner: Box) -> bool:
    """True when ``inner`` lies wholly inside ``outer``."""
    return (
        inner.x >= outer.x
        and inner.y >= outer.y
        and inner.x + inner.width <= outer.x + outer.width
        and inner.y + inner.height <= outer.y + outer.height
    )


def square_around_face(face: Box, width: int, height: int, side: int) -> Box:
    """A square of ``side`` pixels with the head placed as in a portrait, kept inside the image."""
    side = max(1, min(side, width, height))
    centre_x = face.x + face.width / 2
    head_centre_y = face.y + face.height - head_height(face) / 2
    x = round(centre_x - side / 2)
    y = round(head_centre_y - side * HEAD_CENTRE_FROM_TOP)
    x = min(max(x, 0), width - side)
    y = min(max(y, 0), height - side)
    return Box(x=x, y=y, width=side, height=side)


def framing_crop(face: Box, width: int, height: int, target_ratio: float) -> Box:
    """The square around the face in which the head fills ``target_ratio`` of the side."""
    return square_around_face(face, width, height, round(head_height(face) / target_ratio))
