"""The InMail composer: recipient, subject and body with live checks, templates and copy buttons."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from preflight.core.draft.assess import assess_draft
from preflight.core.draft.checks import BODY_LIMIT, SUBJECT_ADVISED, SUBJECT_LIMIT
from preflight.core.draft.model import DraftCheckId
from preflight.core.draft.templates import LANGUAGES, Template, fill, templates, values_for
from preflight.gui.composer_views import DraftChecksView, SendBanner
from preflight.gui.marked_edit import MarkedTextEdit, TextMark, qt_position
from preflight.gui.message_drafts import MessageDraft
from preflight.gui.status import FAIL, PASS, WARN, status_colour

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment
    from preflight.core.draft.model import DraftAssessment
    from preflight.core.models import Language, Profile

DEFAULT_SIZE = (1000, 680)
CHECK_DELAY_MS = 120
# Far beyond LinkedIn's limits: a bigger paste is cut here so the checks stay instant.
MAX_FIELD_CHARS = 20_000


class Composer(QWidget):
    """Writes one InMail for the open profile; says "Ready to send" only when nothing blocks."""

    checked = Signal()
    changed = Signal()
    profile_section_requested = Signal(str)
    sent_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, as_of: dt.date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("composer")
        self.as_of = as_of or dt.date.today()
        self.language: Language = "en"
        self.profile: Profile | None = None
        self.profile_assessment: Assessment | None = None
        self.assessment: DraftAssessment | None = None
        self.message = MessageDraft()
        self._loading = False
        self.check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.recheck)
        self.banner = SendBanner()
        self.checks = DraftChecksView()
        self._build_fields()
        self._build_layout()
        self.banner.draft_blocker_clicked.connect(self.show_check)
        self.banner.profile_blocker_clicked.connect(self.profile_section_requested)
        self._fit_to_screen()
        self.retranslate()

    # ----- building -----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.recipient_box = QGroupBox()
        self.name_edit, self.company_edit, self.role_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in (
            (self.name_edit, "recipientName"),
            (self.company_edit, "recipientCompany"),
            (self.role_edit, "recipientRole"),
        ):
            edit.setObjectName(name)
            edit.setMaxLength(300)
            edit.textChanged.connect(self._edited)
        self.post_edit = QPlainTextEdit()
        self.post_edit.setObjectName("recipientPost")
        self.post_edit.setTabChangesFocus(True)
        self.post_edit.setMaximumHeight(80)
        self.post_edit.textChanged.connect(self._edited)
        form = QFormLayout(self.recipient_box)
        self.name_label, self.company_label = QLabel(), QLabel()
        self.role_label, self.post_label = QLabel(), QLabel()
        rows: tuple[tuple[QLabel, QWidget], ...] = (
            (self.name_label, self.name_edit),
            (self.company_label, self.company_edit),
            (self.role_label, self.role_edit),
            (self.post_label, self.post_edit),
        )
        for label, field in rows:
            label.setBuddy(field)
            label.setWordWrap(True)
            form.addRow(label, field)
        self._build_editors()

    def _build_editors(self) -> None:

        self.template_button = QToolButton()
        self.template_button.setObjectName("templateButton")
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self)
        self.template_button.setMenu(self.template_menu)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)

        self.subject_label = QLabel()
        self.subject_edit = MarkedTextEdit(single_line=True)
        self.subject_edit.setObjectName("subjectEdit")
        self.subject_edit.setFixedHeight(self.subject_edit.fontMetrics().height() * 2 + 16)
        self.subject_label.setBuddy(self.subject_edit)
        self.subject_counter = QLabel()
        self.copy_subject = QPushButton()
        self.copy_subject.setObjectName("copySubject")
        self.copy_subject.clicked.connect(lambda: self.copy("subject"))
        self.body_label = QLabel()
        self.body_edit = MarkedTextEdit()
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setMinimumHeight(170)
        self.body_label.setBuddy(self.body_edit)
        self.body_counter = QLabel()
        self.copy_body = QPushButton()
        self.copy_body.setObjectName("copyBody")
        self.copy_body.clicked.connect(lambda: self.copy("body"))
        for text_edit in (self.subject_edit, self.body_edit):
            text_edit.textChanged.connect(self._edited)
        self.copy_note = QLabel()
        self.copy_note.setObjectName("copyNote")
        self.copy_note.setWordWrap(True)
        self.copy_note.setStyleSheet(f"color: {status_colour(WARN).name()};")
        self.sent_button = QPushButton()
        self.sent_button.setObjectName("sentButton")
        self.sent_button.clicked.connect(self.sent_requested)
        self.sent_button.hide()
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardButton")
        self.status_line = QLabel()
        self.status_line.setObjectName("composerStatus")
        self.status_line.setWordWrap(True)

    def _build_layout(self) -> None:
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.recipient_box)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        column.addLayout(template_row)
        column.addWidget(self.subject_label)
        column.addWidget(self.subject_edit)
        row = QHBoxLayout()
        row.addWidget(self.subject_counter, 1)
        row.addWidget(self.copy_subject)
        column.addLayout(row)
        column.addWidget(self.body_label)
        column.addWidget(self.body_edit, 1)
        row = QHBoxLayout()
        row.addWidget(self.body_counter, 1)
        row.addWidget(self.copy_body)
        column.addLayout(row)
        column.addWidget(self.copy_note)
        row = QHBoxLayout()
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.sent_button)
        column.addLayout(row)
        column.addWidget(self.status_line)
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll.setWidget(editor)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor_scroll)
        splitter.addWidget(self.checks)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _fit_to_screen(self) -> None:
        # 1000x680 where it fits; on a 1024x600 netbook or a 1366x768 laptop, room for the panels.
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width = min(DEFAULT_SIZE[0], int(room.width() * 0.95)) if room else DEFAULT_SIZE[0]
        height = min(DEFAULT_SIZE[1], int(room.height() * 0.92)) if room else DEFAULT_SIZE[1]
        self.resize(width, height)

    # ----- state ----------------------------------------------------------------------------------

    def set_profile(
        self, profile: Profile | None, assessment: Assessment | None, uncopied: list[str]
    ) -> None:
        """The sender's profile as it stands, its verdict (the gate) and the profile fields
        edited in the app but not copied to LinkedIn; re-checks at once."""
        self.profile, self.profile_assessment = profile, assessment
        self.banner.uncopied = list(uncopied)
        self.recheck()

    def load_message(self, message: MessageDraft) -> None:
        """Shows a saved draft without counting it as an edit."""
        self._loading = True
        try:
            self.message = message
            self.name_edit.setText(message.recipient_name)
            self.company_edit.setText(message.recipient_company)
            self.role_edit.setText(message.recipient_role)
            self.post_edit.setPlainText(message.recipient_post)
            self.subject_edit.setPlainText(message.subject)
            self.body_edit.setPlainText(message.body)
        finally:
            self._loading = False
        self._update_counters()
        self.recheck()

    def _edited(self) -> None:
        if self._loading:
            return
        for edit in (self.subject_edit, self.body_edit, self.post_edit):
            if len(edit.toPlainText()) > MAX_FIELD_CHARS:
                self._cut(edit)
                return  # the cut fires textChanged again
        self.message = self.message.model_copy(
            update={
                "subject": self.subject_edit.toPlainText(),
                "body": self.body_edit.toPlainText(),
                "recipient_name": self.name_edit.text(),
                "recipient_company": self.company_edit.text(),
                "recipient_role": self.role_edit.text(),
                "recipient_post": self.post_edit.toPlainText(),
            }
        )
        self._update_counters()
        self.sent_button.setEnabled(True)
        self.check_timer.start()
        self.changed.emit()

    def _cut(self, edit: QPlainTextEdit) -> None:
        cursor = QTextCursor(edit.document())
        cursor.setPosition(MAX_FIELD_CHARS)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.status_line.setText(
            self.tr("The pasted text was cut to {count} characters.").format(
                count=QLocale().toString(MAX_FIELD_CHARS)
            )
        )

    def recheck(self) -> None:
        """Runs every draft check on the message as it stands now (a few milliseconds)."""
        self.check_timer.stop()
        message = self.message
        self.assessment = assess_draft(
            message.draft(),
            message.recipient(),
            profile=self.profile,
            profile_assessment=self.profile_assessment,
            as_of=self.as_of,
            language=self.language,
        )
        self.banner.set_verdict(self.assessment, self.profile_assessment)
        self.checks.show_checks(self.assessment)
        self._show_marks()
        self._update_counters()
        self._order_focus()
        self.checked.emit()

    def _order_focus(self) -> None:
        """Tab goes: the banner's blockers, the recipient, the template, subject, body, buttons."""
        chain: list[QWidget] = [
            *self.banner.blocker_buttons(),
            self.name_edit,
            self.company_edit,
            self.role_edit,
            self.post_edit,
            self.template_button,
            self.subject_edit,
            self.copy_subject,
            self.body_edit,
            self.copy_body,
            self.discard_button,
            self.sent_button,
            self.checks,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_marks(self) -> None:
        marks: dict[str, list[TextMark]] = {"subject": [], "body": []}
        assert self.assessment is not None
        for result in self.assessment.checks:
            if result.status == PASS:
                continue
            status = FAIL if result.status == FAIL else WARN
            for mark in result.marks:
                marks[mark.field].append(TextMark(mark.start, mark.end, status, mark.message))
        self.subject_edit.set_marks(marks["subject"])
        self.body_edit.set_marks(marks["body"])

    # ----- commands -----------------------------------------------------------------------------

    def show_check(self, check: str) -> None:
        """Scrolls to a draft check and puts the cursor on the first words it is about."""
        self.checks.reveal(check)
        if self.assessment is None:
            return
        result = self.assessment.check(DraftCheckId(check))
        target = self.body_edit
        position = None
        if result.marks:
            mark = result.marks[0]
            target = self.subject_edit if mark.field == "subject" else self.body_edit
            position = qt_position(target.toPlainText(), mark.start)
        elif check == DraftCheckId.SUBJECT:
            target = self.subject_edit
        if position is not None:
            cursor = target.textCursor()
            cursor.setPosition(min(position, target.document().characterCount() - 1))
            target.setTextCursor(cursor)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_template(self, template: Template) -> None:
        """Fills a template from the recipient fields and the profile; one undoable step each."""
        from preflight.gui.dialogs import ConfirmDialog

        if self.message.body.strip() and not ConfirmDialog.ask(
            self,
            self.tr("Use a template"),
            self.tr("Replace your subject and body with this template?"),
        ):
            return
        filled = fill(template, values_for(self.message.recipient(), self.profile, self.as_of))
        for edit, text in ((self.subject_edit, filled.subject), (self.body_edit, filled.body)):
            cursor = edit.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def copy(self, field: str) -> None:
        """Puts the subject or the body on the clipboard, to paste into LinkedIn."""
        text = self.message.subject if field == "subject" else self.message.body
        QGuiApplication.clipboard().setText(text)
        self.message = self.message.model_copy(
            update={"copied": {**self.message.copied, field: text}}
        )
        self.status_line.setText(self.tr("Copied. Paste it into LinkedIn's InMail window."))
        self._update_counters()
        self.changed.emit()

    def _fill_template_menu(self) -> None:
        self.template_menu.clear()
        names = {"en": self.tr("English"), "es": self.tr("Spanish")}
        for language in LANGUAGES:
            for template in templates(language):
                act = self.template_menu.addAction(f"{names[language]} \u2014 {template.name}")
                act.triggered.connect(lambda _=False, t=template: self.apply_template(t))

    # ----- texts ---------------------------------------------------------------------------------

    def _update_counters(self) -> None:
        locale = QLocale()
        subject = len(self.message.subject)
        text = self.tr("{count} / {advised} characters (LinkedIn allows 200)").format(
            count=locale.toString(subject), advised=SUBJECT_ADVISED
        )
        self._counter(self.subject_counter, text, subject - SUBJECT_LIMIT)
        words = self.assessment.words if self.assessment else 0
        body = len(self.message.body)
        text = self.tr("{words} words \u00b7 {count} / {limit} characters").format(
            words=locale.toString(words),
            count=locale.toString(body),
            limit=locale.toString(BODY_LIMIT),
        )
        self._counter(self.body_counter, text, body - BODY_LIMIT)
        uncopied = self.message.uncopied()
        names = {"subject": self.tr("subject"), "body": self.tr("body")}
        self.copy_note.setText(
            self.tr(
                "Not yet copied to LinkedIn: {fields}. Copy them before you send, so LinkedIn "
                "gets the text checked here."
            ).format(fields=", ".join(names[f] for f in uncopied))
        )
        self.copy_note.setVisible(bool(uncopied))

    def _counter(self, label: QLabel, text: str, over: int) -> None:
        """Shows a counter; past LinkedIn's limit it says by how much (in words and colour)."""
        if over > 0:
            text += " \u2014 " + self.tr("{over} over LinkedIn's limit").format(
                over=QLocale().toString(over)
            )
            label.setStyleSheet(f"color: {status_colour(FAIL).name()}; font-weight: bold;")
        else:
            label.setStyleSheet("")
        label.setText(text)
        label.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language."""
        self.setWindowTitle(self.tr("Write an InMail \u2014 Preflight"))
        self.recipient_box.setTitle(self.tr("Recipient"))
        self.name_label.setText(self.tr("&Name"))
        self.company_label.setText(self.tr("&Company"))
        self.role_label.setText(self.tr("R&ole"))
        self.post_label.setText(self.tr("Their recent &post or a shared interest"))
        self.name_edit.setAccessibleName(self.tr("Recipient's name"))
        self.company_edit.setAccessibleName(self.tr("Recipient's company"))
        self.role_edit.setAccessibleName(self.tr("Recipient's role"))
        self.post_edit.setAccessibleName(self.tr("Recipient's recent post or shared interest"))
        self.post_edit.setPlaceholderText(
            self.tr("Paste their post, or name a group, event or connection you share.")
        )
        self.template_button.setText(self.tr("&Templates"))
        self.template_button.setAccessibleName(self.tr("Templates"))
        self.template_button.setToolTip(
            self.tr("Start from a template filled with the recipient and your profile")
        )
        self.subject_label.setText(self.tr("&Subject"))
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.subject_edit.setPlaceholderText(self.tr("A few words naming something of theirs"))
        self.body_label.setText(self.tr("&Body"))
        self.body_edit.setAccessibleName(self.tr("Body"))
        self.body_edit.setPlaceholderText(
            self.tr("A hook about them, why you write, one small ask at the end.")
        )
        self.copy_subject.setText(self.tr("Copy subject"))
        self.copy_body.setText(self.tr("Copy body"))
        for button in (self.copy_subject, self.copy_body):
            button.setToolTip(self.tr("Copy the text to paste it into LinkedIn"))
        self.sent_button.setText(self.tr("I sent it"))
        self.sent_button.setToolTip(self.tr("Record this InMail in your outreach log"))
        self.discard_button.setText(self.tr("Discard draft"))
        self.discard_button.setToolTip(self.tr("Delete this draft and start again"))
        self.checks.setAccessibleName(self.tr("Draft checks"))
        self.banner.retranslate()
        self._update_counters()
        if self.assessment is not None:
            self.recheck()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.changed.emit()  # the keeper saves now rather than after its pause
        super().closeEvent(event)
