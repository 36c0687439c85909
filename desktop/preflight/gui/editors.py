"""Editable headline and About with counters, the "see more" fold, and a copy button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.finding_bar import FindingBar
from preflight.gui.mark_layer import LiveMark, MarkLayer
from preflight.gui.status import FAIL, WARN, status_colour

if TYPE_CHECKING:
    from preflight.core.marks import InlineFinding
    from preflight.gui.session import Field


class FoldedTextEdit(QPlainTextEdit):
    """A plain text editor that greys out text past the "see more" fold and marks the cut."""

    def __init__(self, parent: QWidget | None = None, *, single_line: bool = False) -> None:
        super().__init__(parent)
        self.fold_chars = 0
        self.single_line = single_line
        self.setTabChangesFocus(True)
        self.mark_layer = MarkLayer(self)
        self.mark_layer.changed.connect(self._mark_fold)
        self.textChanged.connect(self._mark_fold)

    def set_fold(self, chars: int) -> None:
        """Sets where "see more" cuts (0: no fold)."""
        self.fold_chars = chars
        self._mark_fold()

    def _mark_fold(self) -> None:
        length = len(self.toPlainText())
        marks = self.mark_layer.selections()
        if not self.fold_chars or length <= self.fold_chars:
            self.setExtraSelections(marks)
            self.viewport().update()
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.fold_chars)
        cursor.setPosition(length, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        self.setExtraSelections([selection, *marks])
        self.viewport().update()

    def mark_at_cursor(self) -> LiveMark | None:
        """The marked finding the text cursor is in."""
        return self.mark_layer.mark_at(self.textCursor().position())

    def go_to_mark(self, *, backwards: bool = False) -> LiveMark | None:
        """Selects the next (or previous) marked finding's words."""
        cursor = self.textCursor()
        here = cursor.selectionStart() if backwards else cursor.selectionEnd()
        mark = self.mark_layer.next_after(here, backwards=backwards)
        if mark is not None:
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        return mark

    def fix_at_cursor(self) -> bool:
        """Applies the fix of the finding at the cursor (one undo step)."""
        mark = self.mark_at_cursor()
        return mark is not None and self.mark_layer.apply_fix(mark)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.mark_layer.marks:
            position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            mark = self.mark_layer.mark_at(position)
            if mark is not None:
                finding = mark.finding
                tip = f"{finding.finding}\n{finding.advice}"
                if finding.fix is not None:
                    tip += "\n" + self.tr("Fix: {fix} (Ctrl+.)").format(fix=finding.fix_label)
                QToolTip.showText(event.globalPos(), tip, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # A LinkedIn headline is one line: Enter is left to the window (e.g. default buttons).
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        # F8 / Shift+F8 walk the marked findings; Ctrl+. applies the one at the cursor.
        if event.key() == Qt.Key.Key_F8:
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.go_to_mark(backwards=backwards)
            return
        if event.key() == Qt.Key.Key_Period and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.fix_at_cursor()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self._paint_marks()
        if not self.fold_chars or len(self.toPlainText()) <= self.fold_chars:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.fold_chars)
        rect = self.cursorRect(cursor)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(status_colour(WARN))
        painter.setPen(QPen(colour, 2))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setBrush(colour)
        top = QPointF(rect.left(), rect.top())
        painter.drawPolygon([top + QPointF(-4, -1), top + QPointF(4, -1), top + QPointF(0, 4)])
        painter.end()

    def _paint_marks(self) -> None:
        if self.mark_layer.marks:
            painter = QPainter(self.viewport())
            self.mark_layer.paint(painter)
            painter.end()


class TextFieldEditor(QWidget):
    """One editable profile field with its character counter and a copy button."""

    text_edited = Signal(str, str)
    copy_requested = Signal(str)
    reset_requested = Signal(str)

    def __init__(self, field: Field, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.limit = limit
        self.fold = 0
        self._loading = False
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.edit = FoldedTextEdit(single_line=field == "headline")
        self.edit.setObjectName(f"{field}Edit")
        self.edit.setMinimumHeight(64 if field == "headline" else 140)
        if field == "headline":
            self.edit.setMaximumHeight(84)
        self.title.setBuddy(self.edit)
        self.counter = QLabel()
        self.counter.setObjectName(f"{field}Counter")
        self.fold_note = QLabel()
        self.fold_note.setWordWrap(True)
        self.fold_note.hide()
        self.save_note = _save_note(field)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName(f"{field}Copy")
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.field))
        self.reset_button = QPushButton()
        self.reset_button.setObjectName(f"{field}Reset")
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.field))
        self.reset_button.hide()
        self.edit.textChanged.connect(self._changed)
        self.finding_bar = FindingBar()
        self.finding_bar.setObjectName(f"{field}Findings")
        self.finding_bar.fix_requested.connect(self._fix_from_bar)
        self.finding_bar.next_requested.connect(self._next_from_bar)
        self.edit.mark_layer.changed.connect(self._update_finding_bar)
        self.edit.cursorPositionChanged.connect(self._update_finding_bar)

        row = QHBoxLayout()
        row.addWidget(self.counter, 1)
        row.addWidget(self.reset_button)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.save_note)
        layout.addWidget(self.finding_bar)
        layout.addLayout(row)
        layout.addWidget(self.fold_note)
        self.retranslate()

    def set_text(self, text: str) -> None:
        """Shows ``text`` without counting it as the user's edit."""
        if text == self.edit.toPlainText():
            return
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self._update_counter()

    def show_save_problem(self, text: str) -> None:
        """Shows (or, with "", hides) why the edits in this field are not saved to disk."""
        self.save_note.setText(text)
        self.save_note.setVisible(bool(text))

    def text(self) -> str:
        """The text in the editor."""
        return self.edit.toPlainText()

    def set_findings(self, findings: list[InlineFinding]) -> None:
        """Marks the findings (offsets into the current text) where they are written."""
        self.edit.mark_layer.set_findings(findings)

    def _update_finding_bar(self) -> None:
        layer = self.edit.mark_layer
        self.finding_bar.show_state(len(layer.marks), self.edit.mark_at_cursor())

    def _fix_from_bar(self) -> None:
        self.edit.fix_at_cursor()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_from_bar(self) -> None:
        self.edit.go_to_mark()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_limits(self, limit: int, fold: int = 0) -> None:
        """Sets the character limit and (for About) the "see more" fold."""
        self.limit = limit
        self.fold = fold
        self.edit.set_fold(fold)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language."""
        if self.field == "headline":
            self.title.setText(self.tr("Your head&line \u2014 edit it here"))
            self.edit.setAccessibleName(self.tr("Headline"))
            self.edit.setPlaceholderText(
                self.tr("Your role, whom you help and the result they get, in one line.")
            )
            self.copy_button.setText(self.tr("Copy headline"))
        else:
            self.title.setText(self.tr("Your A&bout \u2014 edit it here"))
            self.edit.setAccessibleName(self.tr("About"))
            self.edit.setPlaceholderText(
                self.tr(
                    "Whom you help and how, one result with a number, and what the reader "
                    "should do next."
                )
            )
            self.copy_button.setText(self.tr("Copy About"))
        self.copy_button.setToolTip(self.tr("Copy the text to paste it into LinkedIn"))
        self.reset_button.setText(self.tr("Reset to imported"))
        self.reset_button.setToolTip(self.tr("Put back the text from your file"))
        locale = QLocale()
        self.fold_note.setText(
            self.tr(
                "LinkedIn shows about the first {fold} characters before \u201csee more\u201d; "
                "the greyed text after the marker is hidden until the reader clicks."
            ).format(fold=locale.toString(self.fold))
        )
        self._update_counter()

    def _changed(self) -> None:
        self._update_counter()
        if not self._loading:
            self.text_edited.emit(self.field, self.edit.toPlainText())

    def _update_counter(self) -> None:
        locale = QLocale()
        count = len(self.edit.toPlainText())
        # The note explains the greyed text, so it shows only once there is text past the fold.
        self.fold_note.setVisible(bool(self.fold) and count > self.fold)
        text = self.tr("{count} / {limit} characters").format(
            count=locale.toString(count), limit=locale.toString(self.limit)
        )
        if count > self.limit:
            text += " \u2014 " + self.tr("{over} over LinkedIn's limit").format(
                over=locale.toString(count - self.limit)
            )
            self.counter.setStyleSheet(f"color: {status_colour(FAIL).name()}; font-weight: bold;")
        else:
            self.counter.setStyleSheet("")
        self.counter.setText(text)
        self.counter.setAccessibleName(text)


def _save_note(field: str) -> QLabel:
    """Said where the user is looking when their edits cannot be written to disk."""
    note = QLabel()
    note.setObjectName(f"{field}SaveNote")
    note.setWordWrap(True)
    note.setStyleSheet(f"color: {status_colour(FAIL).name()}; font-weight: bold;")
    note.hide()
    return note
