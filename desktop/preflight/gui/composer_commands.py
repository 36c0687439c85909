"""Opens the InMail composer from the profile view, keeps its draft on disk and logs sends."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from preflight.core.app_dirs import outreach_log_path
from preflight.core.draft.model import DraftCheckId
from preflight.core.models import Status
from preflight.gui.message_drafts import MessageDraft, MessageDraftStore

if TYPE_CHECKING:
    from pathlib import Path

    from preflight.gui.composer import Composer
    from preflight.gui.main_window import MainWindow
    from preflight.gui.profile_page import ProfilePage

SHORTCUT = "Ctrl+Shift+M"
SAVE_DELAY_MS = 400


class ComposerCommands(QObject):
    """The "Write an InMail…" action and button, and the composer's draft for each profile."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.composer: Composer | None = None
        self.store = MessageDraftStore(window.paths.drafts / "inmail")
        self.log_path = window.paths.data / outreach_log_path().name
        self._source: Path | None = None
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save)
        self.action = QAction(window)
        self.action.setObjectName("composeAction")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(lambda _=False: self.open())
        window.addAction(self.action)
        window.menus.file_menu.insertAction(window.menus.print_action, self.action)
        self.button: QPushButton | None = None
        window.assessment_shown.connect(self._profile_changed)
        window.installEventFilter(self)
        self.retranslate()
        self.update_enabled()

    def attach(self, page: ProfilePage) -> None:
        """Puts the "Write an InMail…" button in the profile's banner, beside Report."""
        self.button = QPushButton()
        self.button.setObjectName("composeButton")
        self.button.clicked.connect(self.open)
        outer = page.banner.layout()
        first = outer.itemAt(0) if outer is not None else None
        top = first.layout() if first is not None else None
        assert isinstance(top, QHBoxLayout)  # the banner's first row: icon, titles, Report
        top.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Sets the action's and the button's texts."""
        self.action.setText(self.tr("&Write an InMail\u2026"))
        if self.button is not None:
            self.button.setText(self.tr("&Write an InMail\u2026"))
            self.button.setToolTip(
                self.tr("Write the message, checked against the guide and your profile")
            )

    def update_enabled(self) -> None:
        """The composer needs an open profile."""
        self.action.setEnabled(self.window.session is not None)

    # ----- the composer ------------------------------------------------------------------------

    def open(self) -> Composer | None:
        """Shows the composer for the open profile (its saved draft restored)."""
        w = self.window
        if w.session is None:
            return None
        if self.composer is None:
            from preflight.gui.composer import Composer

            self.composer = Composer(w, as_of=w.as_of)
            self.composer.changed.connect(self.save_timer.start)
            self.composer.profile_section_requested.connect(self.show_profile_section)
            self.composer.discard_button.clicked.connect(self.discard)
            self.composer.sent_requested.connect(self.log_send)
            self.composer.sent_button.setVisible(True)
        self._profile_changed()
        self.composer.show()
        self.composer.raise_()
        self.composer.activateWindow()
        return self.composer

    def _profile_changed(self) -> None:
        self.update_enabled()
        w, composer = self.window, self.composer
        if composer is None or w.session is None:
            return
        composer.language = w.language()
        if self._source != w.session.path:
            self.save()
            self._source = w.session.path
            loaded = self.store.read(w.session.path)
            w.keeper.note_set_aside(loaded.set_aside)
            composer.profile = w.session.profile_to_judge()
            composer.profile_assessment = w.assessment
            composer.banner.uncopied = w.uncopied()
            composer.load_message(loaded.value)
        else:
            composer.set_profile(w.session.profile_to_judge(), w.assessment, w.uncopied())

    def save(self) -> None:
        """Writes the message draft now (kept in memory, and said so, when it cannot be)."""
        self.save_timer.stop()
        if self.composer is None or self._source is None:
            return
        try:
            self.store.save(self._source, self.composer.message)
        except OSError as error:
            self.composer.status_line.setText(
                self.tr("Your message is not saved: {reason}").format(
                    reason=error.strerror or error
                )
            )

    def discard(self) -> None:
        """Deletes the message draft, after asking."""
        from preflight.gui.dialogs import ConfirmDialog

        if self.composer is None or self._source is None:
            return
        if not ConfirmDialog.ask(
            self.composer,
            self.tr("Discard draft"),
            self.tr("Throw away this message and the recipient's details?"),
        ):
            return
        self.save_timer.stop()
        try:
            self.store.discard(self._source)
        except OSError as error:
            self.composer.status_line.setText(str(error.strerror or error))
            return
        self.composer.load_message(MessageDraft(source=str(self._source)))

    def show_profile_section(self, check: str) -> None:
        """Back to the profile, on the section that blocks."""
        w = self.window
        w.page.select(check)
        w.raise_()
        w.activateWindow()

    def log_send(self) -> None:
        """Records the send in the outreach log (date, recipient, texts, score, personalised)."""
        from preflight.core.outreach.log import OutreachLog, OutreachLogError

        composer = self.composer
        if composer is None or composer.assessment is None:
            return
        message, verdict = composer.message, composer.assessment
        personal = verdict.check(DraftCheckId.PERSONAL).status == Status.PASS
        score = self.window.assessment.score if self.window.assessment else None
        try:
            with OutreachLog(self.log_path) as log:
                log.add_send(
                    sent_at=dt.datetime.now().replace(microsecond=0),
                    recipient=message.recipient_name.strip(),
                    subject=message.subject,
                    body=message.body,
                    origin="composer",
                    profile_score=score,
                    personalised=personal,
                )
        except (OSError, OutreachLogError) as error:
            composer.status_line.setText(
                self.tr("Could not record the send: {reason}").format(reason=error)
            )
            return
        composer.status_line.setText(self.tr("Recorded in your outreach log."))
        composer.sent_button.setEnabled(False)  # once per send; an edit makes it a new message

    def close(self) -> None:
        """Saves the draft and closes the composer with the main window."""
        self.save()
        if self.composer is not None:
            self.composer.close()
