"""The outreach log as a table: one row per InMail, its answer and the answer's day editable."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from preflight.core.outreach.log import OUTCOMES, LoggedSend, Outcome

if TYPE_CHECKING:
    from preflight.core.outreach.log import OutreachLog

Index = QModelIndex | QPersistentModelIndex
SENT, RECIPIENT, SUBJECT, ANSWER, ANSWERED = range(5)
NO_ANSWER = ""
DATE_FORMAT = "d MMM yyyy"


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def show_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A day the interface language's way, month in words ('5 Mar 2026', '5 mar 2026')."""
    return (locale or QLocale()).toString(qdate(day), DATE_FORMAT)


class SendsModel(QAbstractTableModel):
    """The log's sends, oldest first; the answer and its day are written straight to the log."""

    answers_changed = Signal()

    def __init__(self, log: OutreachLog, as_of: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log = log
        self._as_of = as_of
        self._sends: list[LoggedSend] = []
        self.reload()

    def reload(self) -> None:
        """Reads every send again (after an import or a new entry)."""
        self.beginResetModel()
        self._sends = self._log.sends()
        self.endResetModel()

    def sends(self) -> list[LoggedSend]:
        """What the table shows, in its order."""
        return list(self._sends)

    def outcome_text(self, outcome: str | None) -> str:
        """An answer as the user reads it."""
        texts = {
            "yes": self.tr("Yes"),
            "no": self.tr("No"),
            "not_interested": self.tr("Not interested"),
            "replied": self.tr("Replied"),
        }
        return texts.get(outcome or "", self.tr("No answer yet"))

    # ----- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._sends)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._sends) else None
        titles = (
            self.tr("Sent"),
            self.tr("To"),
            self.tr("Subject"),
            self.tr("Answer"),
            self.tr("Answered on"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sends):
            return None
        send = self._sends[index.row()]
        column = index.column()
        replied = send.replied_at.date() if send.replied_at else None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SENT: show_date(send.sent_on),
                RECIPIENT: send.recipient,
                SUBJECT: send.subject,
                ANSWER: self.outcome_text(send.outcome),
                ANSWERED: show_date(replied) if replied else "",
            }.get(column)
        if role == Qt.ItemDataRole.EditRole:
            if column == ANSWER:
                return send.outcome or NO_ANSWER
            if column == ANSWERED:
                return qdate(replied or max(send.sent_on, self._as_of))
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and column in (RECIPIENT, SUBJECT):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (ANSWER, ANSWERED):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._sends):
            return False
        send = self._sends[index.row()]
        if index.column() == ANSWER:
            return self._set_outcome(index.row(), send, str(value or NO_ANSWER))
        if index.column() == ANSWERED and isinstance(value, QDate) and value.isValid():
            return self._set_day(
                index.row(), send, dt.date(value.year(), value.month(), value.day())
            )
        return False

    # ----- writing ------------------------------------------------------------------------------

    def set_answer(self, row: int, outcome: str, day: dt.date | None = None) -> bool:
        """Records an answer as the user would in the table (tests and the form use this too)."""
        if not self._set_outcome(row, self._sends[row], outcome):
            return False
        return day is None or self._set_day(row, self._sends[row], day)

    def _set_outcome(self, row: int, send: LoggedSend, outcome: str) -> bool:
        if outcome == NO_ANSWER:
            if send.outcome is None:
                return False
            self._log.clear_reply(send.id)
            return self._replace(row, send, replied_at=None, outcome=None)
        if outcome not in OUTCOMES:
            return False
        when = send.replied_at or dt.datetime.combine(max(send.sent_on, self._as_of), dt.time(12))
        self._log.set_reply(send.id, when, outcome)
        return self._replace(row, send, replied_at=when, outcome=outcome)

    def _set_day(self, row: int, send: LoggedSend, day: dt.date) -> bool:
        if day < send.sent_on:
            return False  # an answer cannot come before the InMail
        when = dt.datetime.combine(day, dt.time(12))
        outcome: Outcome = send.outcome or "replied"
        self._log.set_reply(send.id, when, outcome)
        return self._replace(row, send, replied_at=when, outcome=outcome)

    def _replace(self, row: int, send: LoggedSend, **changes: Any) -> bool:
        self._sends[row] = dataclasses.replace(send, **changes)
        self.dataChanged.emit(self.index(row, ANSWER), self.index(row, ANSWERED))
        self.answers_changed.emit()
        return True


class AnswerDelegate(QStyledItemDelegate):
    """Edits the answer with a list: no answer yet, yes, no, not interested, replied."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        model = index.model()
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Answer"))
        for outcome in (NO_ANSWER, *OUTCOMES):
            text = model.outcome_text(outcome or None) if isinstance(model, SendsModel) else outcome
            combo.addItem(text, outcome)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
