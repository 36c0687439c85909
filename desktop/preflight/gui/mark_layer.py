"""The findings marked in one editor: kept in step with typing, drawn, and fixed in one step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from preflight.gui.status import FAIL, WARN, status_colour

if TYPE_CHECKING:
    from preflight.core.marks import InlineFinding


@dataclass
class LiveMark:
    """A finding where it stands now in the editor (its offsets move as the user types)."""

    finding: InlineFinding
    start: int
    end: int
    fix_start: int
    fix_end: int
    words: str

    def shift(self, delta: int) -> None:
        """Moves the mark and its fix by ``delta`` characters."""
        self.start += delta
        self.end += delta
        self.fix_start += delta
        self.fix_end += delta

    @property
    def lowest(self) -> int:
        """The first character the mark or its fix covers."""
        return min(self.start, self.fix_start)

    @property
    def highest(self) -> int:
        """One past the last character the mark or its fix covers."""
        return max(self.end, self.fix_end)


class MarkLayer(QObject):
    """The marks of one plain-text editor: a wavy underline, a dotted box, and their fixes."""

    changed = Signal()

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.marks: list[LiveMark] = []
        edit.document().contentsChange.connect(self._follow)

    def set_findings(self, findings: Sequence[InlineFinding]) -> None:
        """Marks ``findings`` (offsets into the editor's current text)."""
        text = self.edit.toPlainText()
        self.marks = []
        for finding in findings:
            fix = finding.fix
            self.marks.append(
                LiveMark(
                    finding,
                    finding.start,
                    finding.end,
                    fix.start if fix else finding.start,
                    fix.end if fix else finding.end,
                    text[finding.start : finding.end],
                )
            )
        self.changed.emit()

    def _follow(self, position: int, removed: int, added: int) -> None:
        """Shifts the marks after an edit; drops those whose words (or fix) it touched."""
        if not self.marks:
            return
        kept: list[LiveMark] = []
        for mark in self.marks:
            if position + removed <= mark.lowest:  # before the words: they move on
                mark.shift(added - removed)
                kept.append(mark)
            elif position >= mark.highest:  # after them: nothing moves
                kept.append(mark)
        self.marks = kept
        self.changed.emit()

    def mark_at(self, position: int) -> LiveMark | None:
        """The mark under a cursor position (its end counts: the cursor sits after the word)."""
        for mark in self.marks:
            if mark.start <= position <= mark.end:
                return mark
        return None

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """A wavy underline and a light background for each mark."""
        out = []
        for mark in self.marks:
            colour = QColor(status_colour(FAIL if mark.finding.severe else WARN))
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour)
            tint = QColor(colour)
            tint.setAlpha(40)
            fmt.setBackground(tint)
            fmt.setToolTip(mark.finding.finding)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            out.append(selection)
        return out

    def paint(self, painter: QPainter) -> None:
        """Draws a dotted bracket over each marked span (open at the bottom, where the wavy
        underline is): a second cue that does not rest on colour."""
        if not self.marks:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for mark in self.marks:
            colour = QColor(status_colour(FAIL if mark.finding.severe else WARN))
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rects = self.span_rects(mark.start, mark.end)
            for index, rect in enumerate(rects):
                top = rect.top()
                middle = rect.top() + rect.height() * 0.55
                painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right() - 1, top))
                if index == 0:  # where the marked words start
                    painter.drawLine(QPointF(rect.left(), top), QPointF(rect.left(), middle))
                if index == len(rects) - 1:  # and where they end
                    right = rect.right() - 1
                    painter.drawLine(QPointF(right, top), QPointF(right, middle))

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """One rectangle per visual line of the characters from ``start`` to ``end``."""
        edit, rects = self.edit, []
        document = edit.document()
        block = document.findBlock(start)
        offset = edit.contentOffset()
        while block.isValid() and block.position() <= end:
            layout = block.layout()
            top = edit.blockBoundingGeometry(block).translated(offset).top()
            base = block.position()
            # Straight to the line holding ``start``: an About is often one long paragraph, and
            # walking all its lines for every mark made marking quadratic in its length.
            first = layout.lineForTextPosition(max(start - base, 0))
            for index in range(first.lineNumber() if first.isValid() else 0, layout.lineCount()):
                line = layout.lineAt(index)
                line_start = base + line.textStart()
                if line_start >= end:
                    break
                line_end = line_start + line.textLength()
                lo, hi = max(start, line_start), min(end, line_end)
                if lo >= hi:
                    continue
                x1 = self._x(line.cursorToX(lo - base))
                x2 = self._x(line.cursorToX(hi - base))
                rects.append(QRectF(x1, top + line.y(), max(x2 - x1, 2.0), line.height()))
            block = block.next()
        return rects

    @staticmethod
    def _x(result: object) -> float:
        """The x of QTextLine.cursorToX, which PySide6 returns with or without the cursor."""
        return float(result[0] if isinstance(result, tuple) else result)  # type: ignore[arg-type]

    def next_after(self, position: int, *, backwards: bool = False) -> LiveMark | None:
        """The next mark after ``position`` (wrapping round), or the one before it."""
        if not self.marks:
            return None
        ordered = sorted(self.marks, key=lambda m: m.start)
        if backwards:
            earlier = [m for m in ordered if m.end < position]
            return earlier[-1] if earlier else ordered[-1]
        later = [m for m in ordered if m.start > position]
        return later[0] if later else ordered[0]

    def apply_fix(self, mark: LiveMark) -> bool:
        """Makes the mark's fix as one undoable edit; False when its words changed meanwhile."""
        fix = mark.finding.fix
        text = self.edit.toPlainText()
        if fix is None or mark not in self.marks or text[mark.start : mark.end] != mark.words:
            return False
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        cursor.setPosition(mark.fix_start)
        cursor.setPosition(mark.fix_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(fix.replacement)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        return True
