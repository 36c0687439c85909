"""The score gauge drawn with QPainter: a ring filled to the score, the number inside."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

# Dark strokes on a light track: the filled part reads in greyscale as well as in colour.
READY_COLOUR = "#116329"
NOT_READY_COLOUR = "#a40e26"
TRACK_COLOUR = "#d0d7de"
TEXT_COLOUR = "#1f2328"


def gauge_image(score: int, ready: bool, size_px: int, font: QFont) -> QImage:
    """A square, transparent image of the gauge, ``size_px`` pixels wide."""
    score = max(0, min(score, 100))
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stroke = size_px * 0.12
        ring = QRectF(stroke / 2, stroke / 2, size_px - stroke, size_px - stroke).adjusted(
            1, 1, -1, -1
        )
        painter.setPen(QPen(QColor(TRACK_COLOUR), stroke, c=Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(ring)
        colour = QColor(READY_COLOUR if ready else NOT_READY_COLOUR)
        painter.setPen(QPen(colour, stroke, c=Qt.PenCapStyle.FlatCap))
        # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12, go clockwise.
        painter.drawArc(ring, 90 * 16, -round(score * 360 * 16 / 100))
        number = QFont(font)
        number.setBold(True)
        number.setPixelSize(round(size_px * 0.3))
        painter.setFont(number)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(QRectF(0, 0, size_px, size_px), Qt.AlignmentFlag.AlignCenter, str(score))
    finally:
        painter.end()
    return image
