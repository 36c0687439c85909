"""A plain text editor that underlines what a draft check is about, and says why on hover."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from preflight.gui.status import FAIL, WARN, status_colour


@dataclass(frozen=True)
class TextMark:
    """Characters ``start``..``end`` of the editor's text, the finding's status and message."""

    start: int
    end: int
    status: str
    message: str


def qt_position(text: str, index: int) -> int:
    """A Python string index as Qt counts it (UTF-16 units: an emoji is two)."""
    head = text[: max(0, index)]
    if head.isascii() or all(ord(c) < 0x10000 for c in head):
        return len(head)
    return len(head.encode("utf-16-le", "surrogatepass")) // 2


class MarkedTextEdit(QPlainTextEdit):
    """Wavy underline in the status colour plus corner ticks (a cue that is not colour)."""

    def __init__(self, parent: QWidget | None = None, *, single_line: bool = False) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self._marks: list[TextMark] = []
        self.setTabChangesFocus(True)
        self.setMouseTracking(True)
        if single_line:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Marks follow the text they are about while the user types, before the next re-check.
        self.document().contentsChange.connect(self._shift_marks)

    def marks(self) -> list[TextMark]:
        """The marks shown now."""
        return list(self._marks)

    def set_marks(self, marks: list[TextMark]) -> None:
        """Shows these marks (Python string indices, clamped to the text) instead of the old."""
        text = self.toPlainText()
        length = self.document().characterCount() - 1
        kept = []
        for mark in marks:
            start = max(0, min(qt_position(text, mark.start), length))
            end = max(0, min(qt_position(text, mark.end), length))
            if end > start:
                kept.append(replace(mark, start=start, end=end))
        self._marks = kept
        self._show()

    def mark_at(self, position: int) -> TextMark | None:
        """The mark over a character position (the most severe one when several overlap)."""
        over = [m for m in self._marks if m.start <= position < m.end]
        over.sort(key=lambda m: m.status != FAIL)
        return over[0] if over else None

    def _shift_marks(self, position: int, removed: int, added: int) -> None:
        if not self._marks:
            return
        delta = added - removed
        moved = []
        for mark in self._marks:
            start, end = mark.start, mark.end
            if start >= position + removed:
                start, end = start + delta, end + delta
            elif end > position:  # the edit is inside the mark: it grows or shrinks with it
                end = max(position + added, end + delta)
            if end > start:
                moved.append(replace(mark, start=start, end=end))
        self._marks = moved
        self._show()

    def _show(self) -> None:
        # Qt may store pasted text differently (NULs, line separators): never point past it.
        length = self.document().characterCount() - 1
        self._marks = [
            replace(m, start=min(m.start, length), end=min(m.end, length))
            for m in self._marks
            if m.start < length
        ]
        selections = []
        for mark in self._marks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(status_colour(mark.status if mark.status == FAIL else WARN))
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._marks:
            return
        painter = QPainter(self.viewport())
        for mark in self._marks:
            colour = status_colour(mark.status if mark.status == FAIL else WARN)
            painter.setPen(QPen(colour, 2 if mark.status == FAIL else 1))
            cursor = QTextCursor(self.document())
            cursor.setPosition(mark.start)
            first = self.cursorRect(cursor)
            cursor.setPosition(mark.end)
            last = self.cursorRect(cursor)
            # Corner ticks at both ends: "⌜ … ⌟", so the span shows without its colour.
            painter.drawLine(first.topLeft(), first.topLeft() + QPoint(4, 0))
            painter.drawLine(first.topLeft(), first.topLeft() + QPoint(0, 4))
            painter.drawLine(last.bottomLeft(), last.bottomLeft() + QPoint(-4, 0))
            painter.drawLine(last.bottomLeft(), last.bottomLeft() + QPoint(0, -4))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(self.viewport().mapFrom(self, event.pos()))
            mark = self.mark_at(position.position())
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark.message, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # A subject is one line: Enter is left to the window.
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)
