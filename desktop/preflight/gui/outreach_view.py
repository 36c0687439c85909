"""The "Credits & replies" window: credits today, the log with its answers, what works for you."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from preflight.core.outreach.credits import credits_today
from preflight.core.outreach.insights import MIN_MESSAGES, reply_rates
from preflight.core.outreach.log import OutreachLog
from preflight.core.outreach.summary import credit_inputs
from preflight.gui.outreach_charts import ReplyRateChart
from preflight.gui.outreach_form import LogInMailForm, NewInMail
from preflight.gui.outreach_model import ANSWER, AnswerDelegate, SendsModel, show_date
from preflight.gui.outreach_plan import PlanDialog
from preflight.gui.tasks import TaskRunner, describe

if TYPE_CHECKING:
    from preflight.core.outreach.messages_import import ImportResult

EXPIRY_LINES = 3  # the soonest expiries, one line each; the rest summed in one line


class ExportDialog:
    """Asks for the LinkedIn export whose messages to import."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: bool) -> Path | None:
        """A ZIP file (or, with ``folder``, an extracted export folder); None when cancelled."""
        title = QCoreApplication.translate("OutreachView", "Import messages from a LinkedIn export")
        if folder:
            name = QFileDialog.getExistingDirectory(parent, title)
        else:
            name, _ = QFileDialog.getOpenFileName(
                parent,
                title,
                "",
                QCoreApplication.translate(
                    "OutreachView", "LinkedIn export (*.zip);;All files (*)"
                ),
            )
        return Path(name) if name else None


def run_import(log_path: Path, export: Path) -> ImportResult:
    """Imports on the worker thread, on its own connection (SQLite's are per thread)."""
    from preflight.core.outreach.messages_import import import_messages

    with OutreachLog(log_path) as log:
        return import_messages(export, log)


class OutreachView(QDialog):
    """Everything about InMail credits and answers, from the local log (it never leaves)."""

    imported = Signal(object)  # ImportResult, on the GUI thread
    import_failed = Signal(str)
    refreshed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        log_path: Path,
        runner: TaskRunner,
        as_of: dt.date,
        language: str,
    ) -> None:
        """Opens the log (OutreachLogError when it cannot be used) and builds the window."""
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.log_path = log_path
        self.log = OutreachLog(log_path)
        self._closed = False
        self.runner = runner
        self.as_of = as_of
        self.language = language
        self.ui_locale = QLocale(
            QLocale.Language.Spanish if language == "es" else QLocale.Language.English
        )
        self.setLocale(self.ui_locale)
        self.setWindowTitle(self.tr("Credits & Replies"))

        self.model = SendsModel(self.log, as_of, self)
        self.model.answers_changed.connect(self.refresh)
        self.notice_frame, self.notice_label = self._build_notice()
        credits_box = self._build_credits()
        charts_box = self._build_charts()
        log_box = self._build_log()
        self.form = LogInMailForm(as_of)
        self.form.submitted.connect(self.add_inmail)

        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(self.notice_frame, 0, 0, 1, 2)
        # Left: the credits and the form (short); right: the charts over the log (wide).
        grid.addWidget(credits_box, 1, 0)
        grid.addWidget(self.form, 2, 0)
        grid.addWidget(charts_box, 1, 1)
        grid.addWidget(log_box, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        page.setMinimumWidth(960)
        self.show_notice()
        self.refresh()

    # ----- building -----------------------------------------------------------------------------

    def _build_notice(self) -> tuple[QFrame, QLabel]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(wordWrap=True)
        label.setAccessibleName(self.tr("Outreach log notice"))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss the notice"))
        dismiss.clicked.connect(frame.hide)
        row = QHBoxLayout(frame)
        row.addWidget(label, 1)
        row.addWidget(dismiss)
        frame.hide()
        return frame, label

    def _build_credits(self) -> QGroupBox:
        box = QGroupBox(self.tr("Credits today"))
        self.plan_label = QLabel(wordWrap=True)
        self.plan_label.setAccessibleName(self.tr("Your plan"))
        self.plan_button = QPushButton(self.tr("Plan…"))
        self.plan_button.setAccessibleName(self.tr("Choose your plan"))
        self.plan_button.clicked.connect(self.edit_plan)
        self.available_label = QLabel()
        self.available_label.setAccessibleName(self.tr("Credits available today"))
        font = self.available_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.available_label.setFont(font)
        self.expiring_label = QLabel(wordWrap=True)
        self.expiring_label.setAccessibleName(self.tr("Credits that expire"))
        self.refund_heading = QLabel(wordWrap=True)
        self.refund_list = QListWidget()
        self.refund_list.setAccessibleName(self.tr("InMails whose credit an answer would return"))
        self.refund_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.refunded_label = QLabel(wordWrap=True)
        self.refunded_label.setAccessibleName(self.tr("Credits refunded so far"))
        self.overdrawn_label = QLabel(wordWrap=True)
        self.overdrawn_label.setAccessibleName(self.tr("Sends the plan could not pay for"))
        top = QHBoxLayout()
        top.addWidget(self.plan_label, 1)
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        for widget in (
            self.available_label,
            self.expiring_label,
            self.refund_heading,
            self.refund_list,
            self.refunded_label,
            self.overdrawn_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        return box

    def _build_charts(self) -> QGroupBox:
        box = QGroupBox(self.tr("What works for you"))
        intro = QLabel(
            self.tr(
                "Share of your InMails that got an answer. A bar needs at least {count} InMails."
            ).format(count=MIN_MESSAGES),
            wordWrap=True,
        )
        self.charts = {name: ReplyRateChart() for name in self._chart_titles()}
        grid = QGridLayout()
        for number, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, number // 2, number % 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        return box

    def _build_log(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your InMails"))
        self.import_button = QToolButton()
        self.import_button.setText(self.tr("Import Messages from Export…"))
        self.import_button.setAccessibleName(self.tr("Import messages from export"))
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.import_button)
        self.import_zip_action = menu.addAction(self.tr("From the Export’s ZIP File…"))
        self.import_zip_action.triggered.connect(lambda _=False: self.ask_and_import(False))
        self.import_folder_action = menu.addAction(self.tr("From an Extracted Export Folder…"))
        self.import_folder_action.triggered.connect(lambda _=False: self.ask_and_import(True))
        self.import_button.setMenu(menu)
        self.status_label = QLabel(wordWrap=True)
        self.status_label.setAccessibleName(self.tr("Import result"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Outreach log"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ANSWER, AnswerDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        hint = QLabel(self.tr("Double-click an answer to change it."), wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.status_label, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        return box

    def _chart_titles(self) -> dict[str, str]:
        return {
            "subject_length": self.tr("Subject length"),
            "message_length": self.tr("Message length"),
            "personalisation": self.tr("Personalised"),
            "weekday": self.tr("Day sent"),
        }

    def _bucket_labels(self) -> dict[str, str]:
        labels = {
            "subject_short": self.tr("Up to 40 characters"),
            "subject_medium": self.tr("41–60 characters"),
            "subject_long": self.tr("Over 60 characters"),
            "words_under_50": self.tr("Under 50 words"),
            "words_50_100": self.tr("50–100 words"),
            "words_101_200": self.tr("101–200 words"),
            "words_over_200": self.tr("Over 200 words"),
            "personal_yes": self.tr("Personalised"),
            "personal_no": self.tr("Not personalised"),
            "personal_unknown": self.tr("Not checked"),
        }
        for day in range(7):
            labels[f"weekday_{day}"] = self.ui_locale.dayName(
                day + 1, QLocale.FormatType.LongFormat
            )
        return labels

    # ----- showing ------------------------------------------------------------------------------

    def show_notice(self) -> None:
        """Shows the log's notice (a damaged file set aside) once, then forgets it."""
        if self.log.notice is None:
            return
        from preflight.core.messages import messages

        self.notice_label.setText(self.log.notice.text(messages(self.language)))
        self.notice_frame.show()
        self.log.notice = None

    def refresh(self) -> None:
        """Recomputes the credits and the charts from the log."""
        sends = self.model.sends()
        self._show_credits()
        rates = reply_rates(sends)
        titles, labels = self._chart_titles(), self._bucket_labels()
        for name, chart in self.charts.items():
            chart.set_figures(titles[name], rates[name], labels)
        self.refreshed.emit()

    def _show_credits(self) -> None:
        choice = self.log.plan_choice()
        date = self._date
        if choice is None:
            self.plan_label.setText(self.tr("Choose your LinkedIn plan to see your credits."))
            for label in (self.available_label, self.expiring_label, self.refund_heading):
                label.clear()
            self.refund_list.clear()
            self.refund_list.hide()
            self.refunded_label.clear()
            self.overdrawn_label.hide()
            return
        try:
            plan, sends, purchases = credit_inputs(self.log, choice)
        except (KeyError, ValueError):
            self.plan_label.setText(self.tr("Your plan is no longer listed; choose it again."))
            return
        state = credits_today(plan, choice.started, sends, self.as_of, purchases)
        self.plan_label.setText(
            self.tr("{plan}, since {date}: {count} credits a month").format(
                plan=plan.name, date=date(choice.started), count=plan.monthly_credits
            )
        )
        available = (
            self.tr("1 credit available on {date}")
            if state.available == 1
            else self.tr("{count} credits available on {date}")
        )
        self.available_label.setText(available.format(count=state.available, date=date(self.as_of)))
        expiring = [
            (
                self.tr("1 expires on {date}")
                if count == 1
                else self.tr("{count} expire on {date}")
            ).format(count=count, date=date(day))
            for day, count in state.expiring[:EXPIRY_LINES]
        ]
        later = state.expiring[EXPIRY_LINES:]
        if later:
            expiring.append(
                (
                    self.tr("1 more expires later, on {date}")
                    if sum(count for _, count in later) == 1
                    else self.tr("{count} more expire later, the last on {date}")
                ).format(count=sum(count for _, count in later), date=date(later[-1][0]))
            )
        self.expiring_label.setText(
            "\n".join(expiring) or self.tr("No credits are waiting to expire.")
        )
        self.refund_heading.setText(
            (
                self.tr(
                    "1 InMail is still inside the {days}-day refund window; an answer by the day "
                    "shown returns its credit:"
                )
                if len(state.open_refunds) == 1
                else self.tr(
                    "{count} InMails are still inside the {days}-day refund window; an answer by "
                    "the day shown returns the credit:"
                )
            ).format(count=len(state.open_refunds), days=plan.refund_window_days)
        )
        recipients = {str(s.id): s.recipient for s in self.model.sends()}
        self.refund_list.clear()
        for window in state.open_refunds:
            self.refund_list.addItem(
                self.tr("{recipient}, sent {sent}: answer by {closes}").format(
                    recipient=recipients.get(window.key, ""),
                    sent=date(window.sent_on),
                    closes=date(window.closes_on),
                )
            )
        self.refund_list.setVisible(bool(state.open_refunds))
        self.refunded_label.setText(
            self.tr("Credits refunded so far: {count}").format(count=state.refunded)
        )
        self.overdrawn_label.setText(
            (
                self.tr(
                    "1 logged InMail could not have been paid from this plan's credits: check the "
                    "plan and its start day."
                )
                if state.overdrawn == 1
                else self.tr(
                    "{count} logged InMails could not have been paid from this plan's credits: "
                    "check the plan and its start day."
                )
            ).format(count=state.overdrawn)
        )
        self.overdrawn_label.setVisible(state.overdrawn > 0)

    def _date(self, day: dt.date) -> str:
        return show_date(day, self.ui_locale)

    # ----- user actions -------------------------------------------------------------------------

    def edit_plan(self) -> None:
        """Asks for the plan and its numbers, and keeps them in the log."""
        choice = PlanDialog.edit(self, self.log.plan_choice(), self.as_of)
        if choice is not None:
            self.log.save_plan_choice(choice)
            self.refresh()

    def add_inmail(self, new: NewInMail) -> None:
        """Logs an InMail typed in by hand."""
        self.log.add_send(
            sent_at=dt.datetime.combine(new.sent_on, dt.time(12)),
            recipient=new.recipient,
            subject=new.subject,
            body=new.body,
            origin="manual",
        )
        self.model.reload()
        self.refresh()
        self.status_label.setText(
            self.tr("Logged the InMail to {name}.").format(name=new.recipient)
        )

    def ask_and_import(self, folder: bool) -> None:
        """Asks for the export, then imports it off the GUI thread."""
        export = ExportDialog.ask(self, folder)
        if export is not None:
            self.import_export(export)

    def import_export(self, export: Path) -> None:
        """Reads the export's messages on the worker; the table and figures follow on success."""
        self.import_button.setEnabled(False)
        self.status_label.setText(self.tr("Reading {name}…").format(name=export.name))
        log_path = self.log_path
        self.runner.run(
            lambda: run_import(log_path, export),
            self._imported,
            lambda error: self._import_failed(export, error),
            self.tr("Importing messages…"),
        )

    def _imported(self, result: Any) -> None:
        if self._closed:
            return
        self.import_button.setEnabled(True)
        self.model.reload()
        self.refresh()
        # Label and figure, so that one InMail and one answer read as well as many.
        parts = [
            self.tr("InMails added: {count}.").format(count=result.sends_added),
            self.tr("Answers found: {count}.").format(count=result.replies_found),
        ]
        if result.sends_already_logged:
            parts.append(
                self.tr("Already in the log: {count}.").format(count=result.sends_already_logged)
            )
        if result.rows_skipped:
            parts.append(
                self.tr("Unreadable rows skipped: {count}.").format(count=result.rows_skipped)
            )
        text = " ".join(parts)
        self.status_label.setText(text)
        self.imported.emit(result)

    def _import_failed(self, export: Path, error: BaseException) -> None:
        from preflight.core.errors import InputError
        from preflight.core.messages import messages
        from preflight.core.outreach.log import OutreachLogError
        from preflight.gui.dialogs import ErrorDialog

        if self._closed:
            return
        self.import_button.setEnabled(True)
        self.status_label.clear()
        if isinstance(error, InputError):
            message, hint = error.localized(messages(self.language))
            details = ""
        elif isinstance(error, OutreachLogError | OSError):
            message, hint, details = str(error), "", ""
        else:
            message = self.tr("Preflight could not import {name}.").format(name=export.name)
            hint, details = self.tr("Your log is unchanged."), describe(error)
        self.import_failed.emit(message)
        ErrorDialog.show_error(self, message, hint, details)

    def is_closed(self) -> bool:
        """True once the window was closed and its log let go."""
        return self._closed

    def reject(self) -> None:
        """Escape closes the window (and the log) like the title bar's button."""
        self.close()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if not self._closed:
            self._closed = True
            self.log.close()
        super().closeEvent(event)
