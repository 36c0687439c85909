"""The attached photo as LinkedIn shows it: a circle crop, with face box and suggested crop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from preflight.gui.status import PASS, WARN, status_colour

if TYPE_CHECKING:
    from preflight.core.models import Box, PhotoAnalysis


class PhotoView(QWidget):
    """Draws the photo with its face boxes and crop, and beside it the circle a visitor sees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._analysis: PhotoAnalysis | None = None
        self.setMinimumSize(QSize(320, 80))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def set_photo(self, path: str, analysis: PhotoAnalysis | None) -> None:
        """Shows the photo file at ``path`` (empty: no photo)."""
        image = QImage()
        if path:
            reader = QImageReader(path)
            reader.setAutoTransform(True)
            image = reader.read()
        self._image = image
        self._analysis = analysis
        self.retranslate()
        self.updateGeometry()
        self.update()

    def has_photo(self) -> bool:
        """True when an image is shown."""
        return not self._image.isNull()

    def today_box(self) -> tuple[float, float, float]:
        """The square LinkedIn shows today: the centred square of the whole photo."""
        width, height = self._source_width(), self._source_height()
        side = min(width, height)
        return (width - side) / 2, (height - side) / 2, side

    def crop_differs(self) -> bool:
        """True when a crop is suggested and it is not what LinkedIn shows already."""
        if self._image.isNull() or self._analysis is None or not self._analysis.suggested_crop:
            return False
        box = self._analysis.suggested_crop
        x, y, side = self.today_box()
        suggested = (box.x, box.y, min(box.width, box.height))
        return any(abs(a - b) > 1 for a, b in zip(suggested, (x, y, side), strict=True))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520 if self.crop_differs() else 420, 200 if self.has_photo() else 90)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets the accessible description for the current language."""
        if self._image.isNull():
            self.setAccessibleName(self.tr("No photo attached"))
            return
        faces = len(self._analysis.faces) if self._analysis else 0
        self.setAccessibleName(
            self.tr("Your photo as a circle crop; faces found: {faces}").format(faces=faces)
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self._image.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "No photo attached. Attach your photo file to check its size, framing and "
                    "light, and to see it as the circle LinkedIn shows."
                ),
            )
            painter.end()
            return
        side = area.height()
        differs = self.crop_differs()
        circles = 2 if differs else 1
        left = QRectF(area.left(), area.top(), area.width() - circles * (side + 16), side)
        target = self._fit(left)
        painter.drawImage(target, self._image)
        scale = target.width() / max(1, self._source_width())
        for face in self._analysis.faces if self._analysis else []:
            painter.setPen(QPen(status_colour(PASS), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._mapped(face, target, scale))
        today = self.today_box()
        # Dotted: the square LinkedIn shows today. Dashed: the suggested crop, when it differs.
        painter.setPen(
            QPen(self.palette().color(QPalette.ColorRole.WindowText), 1, Qt.PenStyle.DotLine)
        )
        painter.drawRect(self._square(today, target, scale))
        if differs and self._analysis and self._analysis.suggested_crop:
            painter.setPen(QPen(status_colour(WARN), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self._mapped(self._analysis.suggested_crop, target, scale))
        right = area.right()
        if differs:
            self._circle(painter, QRectF(right - side, area.top(), side, side), self._crop_box())
            right -= side + 16
        self._circle(painter, QRectF(right - side, area.top(), side, side), today)
        painter.end()

    def _circle(self, painter: QPainter, circle: QRectF, crop: tuple[float, float, float]) -> None:
        """The photo's ``crop`` square drawn in ``circle``, as LinkedIn shows a profile photo."""
        path = QPainterPath()
        path.addEllipse(circle)
        painter.save()
        painter.setClipPath(path)
        ratio = self._image.width() / max(1, self._source_width())
        painter.drawImage(
            circle,
            self._image,
            QRectF(crop[0] * ratio, crop[1] * ratio, crop[2] * ratio, crop[2] * ratio),
        )
        painter.restore()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)

    @staticmethod
    def _square(box: tuple[float, float, float], target: QRectF, scale: float) -> QRectF:
        return QRectF(
            target.left() + box[0] * scale,
            target.top() + box[1] * scale,
            box[2] * scale,
            box[2] * scale,
        )

    def _source_width(self) -> int:
        return self._analysis.width if self._analysis else self._image.width()

    def _source_height(self) -> int:
        return self._analysis.height if self._analysis else self._image.height()

    def _crop_box(self) -> tuple[float, float, float]:
        if self._analysis and self._analysis.suggested_crop:
            box = self._analysis.suggested_crop
            return box.x, box.y, min(box.width, box.height)
        width, height = self._source_width(), self._source_height()
        side = min(width, height)
        return (width - side) / 2, (height - side) / 2, side

    def _fit(self, area: QRectF) -> QRectF:
        width, height = self._image.width(), self._image.height()
        scale = min(area.width() / max(1, width), area.height() / max(1, height))
        fitted = QRectF(0, 0, width * scale, height * scale)
        fitted.moveCenter(area.center())
        return fitted

    @staticmethod
    def _mapped(box: Box, target: QRectF, scale: float) -> QRectF:
        return QRectF(
            target.left() + box.x * scale,
            target.top() + box.y * scale,
            box.width * scale,
            box.height * scale,
        )
