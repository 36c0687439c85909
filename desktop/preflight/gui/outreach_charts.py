"""Small bar charts of the user's reply rates, drawn with QPainter; no bar under ten messages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from preflight.core.outreach.insights import MIN_MESSAGES, Figure

ROW_GAP = 6
LABEL_SHARE = 0.45  # at most this much of the width for the labels
NUMBERS_SHARE = 0.35  # and this much for "42% of 12"
MIN_BAR = 40


@dataclass(frozen=True)
class Bar:
    """One row as drawn: its label, the rate (None: too few messages) and the words beside it."""

    label: str
    rate: float | None
    messages: int
    caption: str


class ReplyRateChart(QWidget):
    """Horizontal bars, one per bucket: the share answered, with the count of messages behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the description

    def set_figures(self, title: str, figures: list[Figure], labels: dict[str, str]) -> None:
        """Shows ``figures`` under ``title``; ``labels`` names each bucket for the reader."""
        self._title = title
        self._bars = [
            Bar(labels.get(f.bucket, f.bucket), f.rate, f.messages, self._caption(f))
            for f in figures
        ]
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {bar.caption}" for bar in self._bars)
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        """The rows as drawn."""
        return list(self._bars)

    def _caption(self, figure: Figure) -> str:
        rate = figure.rate
        if rate is None:
            return self.tr("needs {count} more").format(count=MIN_MESSAGES - figure.messages)
        return self.tr("{percent}% of {count}").format(
            percent=round(rate * 100), count=figure.messages
        )

    # ----- geometry -----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + ROW_GAP

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + ROW_GAP

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, self._title_height() + self._row_height() * max(len(self._bars), 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, self.sizeHint().height())

    def _columns(self) -> tuple[int, int]:
        """Where the bars start and where the numbers start: labels and numbers fit if they can."""
        metrics = QFontMetrics(self.font())
        italic = QFont(self.font())
        italic.setItalic(True)
        italic_metrics = QFontMetrics(italic)
        labels = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 8
        numbers = max((italic_metrics.horizontalAdvance(b.caption) for b in self._bars), default=0)
        width = self.width()
        left = min(labels, int(width * LABEL_SHARE))
        numbers_left = width - min(numbers + 6, int(width * NUMBERS_SHARE))
        return left, max(numbers_left, left + MIN_BAR)

    def bar_rects(self) -> list[QRectF | None]:
        """Where each bar is drawn in the widget; None for a bucket with too few messages."""
        left, numbers_left = self._columns()
        room = max(numbers_left - left - 6, 10)
        row = self._row_height()
        rects: list[QRectF | None] = []
        for number, bar in enumerate(self._bars):
            if bar.rate is None:
                rects.append(None)
                continue
            top = self._title_height() + number * row + ROW_GAP / 2
            # A zero rate still shows a sliver, so "0%" reads as a measured bar, not a missing one.
            rects.append(QRectF(left, top, max(room * bar.rate, 2.0), row - ROW_GAP))
        return rects

    # ----- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setFont(self._title_font())
        painter.setPen(text)
        painter.drawText(
            QRect(0, 0, self.width(), self._title_height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._title,
        )
        painter.setFont(self.font())
        width = self.width()
        left, numbers_left = self._columns()
        row = self._row_height()
        # The bars' full width as a thin frame, so a short bar is read against 100%.
        for number, (bar, rect) in enumerate(zip(self._bars, self.bar_rects(), strict=True)):
            top = self._title_height() + number * row
            line = QRect(0, top, left - 6, row)
            painter.setPen(text)
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(self.font()).elidedText(
                    bar.label, Qt.TextElideMode.ElideRight, line.width()
                ),
            )
            track = QRectF(left, top + ROW_GAP / 2, numbers_left - left - 6, row - ROW_GAP)
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(track)
            if rect is not None:
                # Solid text-coloured bars: the strongest contrast in any theme, and in greyscale.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(text)
                painter.drawRect(rect)
            painter.setPen(text if rect is not None else faint)
            font = QFont(self.font())
            font.setItalic(rect is None)
            painter.setFont(font)
            painter.drawText(
                QRect(numbers_left, top, width - numbers_left, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.caption,
            )
            painter.setFont(self.font())
        painter.end()
