"""The score trend line drawn with QPainter: a dark line with the last point marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from preflight.core.report.history import TREND_HEIGHT, TREND_WIDTH, trend_coordinates

LINE_COLOUR = "#1f2328"


def trend_image(scores: Sequence[int], scale: int = 4) -> QImage:
    """A transparent image of the trend, ``scale`` times the layout size for print."""
    image = QImage(
        TREND_WIDTH * scale, TREND_HEIGHT * scale, QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        points = [QPointF(x, y) for x, y in trend_coordinates(scores)]
        painter.setPen(QPen(QColor(LINE_COLOUR), 1.5))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QColor(LINE_COLOUR))
        painter.drawEllipse(points[-1], 2.5, 2.5)
    finally:
        painter.end()
    return image
