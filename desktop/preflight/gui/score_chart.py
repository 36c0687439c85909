"""A small score-over-time chart, drawn with QPainter, for the profile's recorded assessments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from preflight.gui.status import PASS, status_colour

if TYPE_CHECKING:
    from preflight.core.history import HistoryEntry


class ScoreChart(QWidget):
    """Score (0-100) against time: a line through each recorded assessment, newest on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.entries: list[HistoryEntry] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(80)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keyboard reaches its description
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, 110)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Shows these assessments (oldest first)."""
        self.entries = list(entries)
        self.retranslate()
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def description(self) -> str:
        """The chart in words, for screen readers and the tooltip."""
        if not self.entries:
            return self.tr("Score history: nothing recorded yet.")
        first, last = self.entries[0], self.entries[-1]
        if len(self.entries) == 1:
            return self.tr("Score history: 1 check, {first} on {first_date}.").format(
                first=first.score, first_date=_short_date(first)
            )
        return self.tr(
            "Score history: {count} checks, from {first} on {first_date} to {last} on {last_date}."
        ).format(
            count=len(self.entries),
            first=first.score,
            first_date=_short_date(first),
            last=last.score,
            last_date=_short_date(last),
        )

    def retranslate(self) -> None:
        """Sets the accessible name and tooltip for the current language."""
        text = self.description()
        self.setAccessibleName(self.tr("Score over time"))
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def points(self, plot: QRectF) -> list[QPointF]:
        """Where each entry is drawn inside ``plot`` (evenly spaced: one per check)."""
        count = len(self.entries)
        step = plot.width() / (count - 1) if count > 1 else 0.0
        out = []
        for index, entry in enumerate(self.entries):
            x = plot.left() + step * index if count > 1 else plot.center().x()
            y = plot.bottom() - plot.height() * max(0, min(entry.score, 100)) / 100
            out.append(QPointF(x, y))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        label_width = metrics.horizontalAdvance("100") + 6
        plot = QRectF(label_width, metrics.height() / 2, self.width() - label_width - 8, 0)
        plot.setBottom(self.height() - metrics.height() - 6)
        grid = QColor(text_colour)
        grid.setAlpha(60)
        for score in (0, 50, 100):
            y = plot.bottom() - plot.height() * score / 100
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, label_width - 4, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(score),
            )
        if self.hasFocus():  # the same 2 px dashed ring as every other control
            ring = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(ring, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            painter.setPen(text_colour)
        if not self.entries:
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No history yet"))
            painter.end()
            return
        points = self.points(plot)
        line = QColor(status_colour(PASS))
        painter.setPen(QPen(line, 2))
        if len(points) > 1:
            painter.drawPolyline(points)
        painter.setBrush(line)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.setPen(text_colour)
        first = _short_date(self.entries[0])
        last = _short_date(self.entries[-1])
        baseline = self.height() - 4
        painter.drawText(QPointF(plot.left(), baseline), first)
        if len(points) > 1:
            painter.drawText(
                QPointF(plot.right() - metrics.horizontalAdvance(last), baseline), last
            )
        painter.end()


def _short_date(entry: HistoryEntry) -> str:
    """The entry's day in the interface language's short form."""
    day = entry.when.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
