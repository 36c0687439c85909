"""The by-hand "Log an InMail" form: who, subject, day and the message as sent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.outreach_model import DATE_FORMAT, qdate

MAX_BODY_CHARS = 8_000  # InMail allows about 2,000; room for a pasted signature and quote


@dataclass(frozen=True)
class NewInMail:
    """What the form gathered."""

    recipient: str
    subject: str
    sent_on: dt.date
    body: str


class LogInMailForm(QGroupBox):
    """Collects one InMail sent outside the composer; emits it when complete."""

    submitted = Signal(object)  # NewInMail

    def __init__(self, as_of: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Log an InMail"))
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setAccessibleName(self.tr("Recipient"))
        self.recipient_edit.setPlaceholderText(self.tr("Name of the person"))
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.date_edit = QDateEdit(qdate(as_of))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setMaximumDate(qdate(as_of))
        self.date_edit.setAccessibleName(self.tr("Sent on"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Message as sent"))
        self.body_edit.setPlaceholderText(self.tr("Optional: paste the message to learn from it"))
        self.body_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_button = QPushButton(self.tr("Add to Log"))
        self.add_button.setAccessibleName(self.tr("Add to log"))
        self.add_button.clicked.connect(self.submit)
        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setAccessibleName(self.tr("Form problem"))
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.recipient_edit)
        form.addRow(self.tr("S&ubject:"), self.subject_edit)
        form.addRow(self.tr("Sent &on:"), self.date_edit)
        form.addRow(self.tr("&Message:"), self.body_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.recipient_edit.returnPressed.connect(self.submit)
        self.subject_edit.returnPressed.connect(self.submit)

    def submit(self) -> None:
        """Checks the fields, emits the InMail and empties the form for the next one."""
        recipient = self.recipient_edit.text().strip()
        subject = self.subject_edit.text().strip()
        body = self.body_edit.toPlainText()
        if not recipient or not subject:
            self._problem(self.tr("An InMail needs a recipient and a subject."))
            return
        if len(body) > MAX_BODY_CHARS:
            self._problem(self.tr("The message is too long for an InMail."))
            return
        day = self.date_edit.date()
        self.problem_label.hide()
        self.submitted.emit(
            NewInMail(recipient, subject, dt.date(day.year(), day.month(), day.day()), body)
        )
        self.recipient_edit.clear()
        self.subject_edit.clear()
        self.body_edit.clear()
        self.recipient_edit.setFocus()

    def _problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
