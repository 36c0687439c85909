"""The composer's banner (ready to send, or what blocks) and its list of draft checks."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.banner import _big_label, _blend
from preflight.gui.details import _bullets
from preflight.gui.flow_layout import FlowLayout
from preflight.gui.status import (
    FAIL,
    PASS,
    UNKNOWN,
    WARN,
    section_name,
    status_colour,
    status_icon,
    status_word,
)

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment
    from preflight.core.draft.model import DraftAssessment


class SendBanner(QFrame):
    """ "Ready to send", or every blocker (the profile's and the draft's) one click away."""

    profile_blocker_clicked = Signal(str)
    draft_blocker_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendBanner")
        self._draft: DraftAssessment | None = None
        self._profile: Assessment | None = None
        self.icon = QLabel()
        self.icon.setFixedSize(32, 32)
        self.headline = _big_label("sendHeadline")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.day_note = QLabel()
        self.day_note.setObjectName("sendDayNote")
        self.day_note.setWordWrap(True)
        # The gate counts the app's edits; LinkedIn shows the recipient only what was pasted there.
        self.uncopied_note = QLabel()
        self.uncopied_note.setObjectName("profileUncopiedNote")
        self.uncopied_note.setWordWrap(True)
        self.uncopied_note.setStyleSheet(f"color: {status_colour(WARN).name()};")
        self.uncopied_note.hide()
        self.uncopied: list[str] = []
        self._row = FlowLayout(spacing=6)
        self._buttons: list[QPushButton] = []
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.headline)
        titles.addWidget(self.detail)
        top.addLayout(titles, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(self._row)
        layout.addWidget(self.day_note)
        layout.addWidget(self.uncopied_note)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def set_verdict(self, draft: DraftAssessment | None, profile: Assessment | None) -> None:
        """Shows the draft's verdict with the profile's gate."""
        self._draft, self._profile = draft, profile
        self.retranslate()

    def is_ready(self) -> bool:
        """True when the banner says "Ready to send"."""
        return bool(self._draft and self._draft.ready)

    def blocker_buttons(self) -> list[QPushButton]:
        """The profile's blockers first, then the draft's."""
        return list(self._buttons)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language and verdict."""
        for button in self._buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        draft, profile = self._draft, self._profile
        if draft is None:
            self.headline.setText(self.tr("Write your InMail"))
            self.detail.setText(self.tr("Open a profile, then write or pick a template."))
            self.icon.clear()
            self.day_note.hide()
            self.update()
            return
        self.icon.setPixmap(status_icon(PASS if draft.ready else FAIL).pixmap(32, 32))
        if draft.ready:
            self.headline.setText(self.tr("Ready to send"))
            self.detail.setText(self.tr("Your profile backs the message and no draft check fails."))
        else:
            self.headline.setText(self.tr("Not ready to send yet"))
            self.detail.setText(self.tr("Fix these first:"))
            if profile is None:
                self._add(self.tr("Profile: not checked yet"), FAIL, "", True)
            elif not profile.ready:
                for check in profile.blockers:
                    status = profile.check(check).status
                    text = self.tr("Profile \u00b7 {section}: {status}").format(
                        section=section_name(check), status=status_word(status)
                    )
                    self._add(text, status, check.value, True)
            for check_id in draft.draft_blockers:
                result = draft.check(check_id)
                text = self.tr("{check}: {status}").format(
                    check=result.title, status=status_word(result.status)
                )
                self._add(text, result.status, check_id.value, False)
        self.day_note.setText(draft.send_day_note)
        self.day_note.setVisible(bool(draft.send_day_note))
        names = {"headline": self.tr("Headline"), "summary": self.tr("About")}
        self.uncopied_note.setText(
            self.tr(
                "\u26a0 Your profile is judged with edits not yet copied to LinkedIn ({fields}); "
                "the recipient will see LinkedIn's version. Copy them there before you send."
            ).format(fields=", ".join(names.get(f, f) for f in self.uncopied))
        )
        self.uncopied_note.setVisible(bool(self.uncopied))
        self.setAccessibleName(self.headline.text())
        self.update()

    def _add(self, text: str, status: str, target: str, profile: bool) -> None:
        button = QPushButton(status_icon(status), text)
        button.setObjectName(f"{'profile' if profile else 'draft'}-blocker-{target}")
        button.setAccessibleName(text)
        if profile:
            button.setToolTip(self.tr("Show this section of your profile"))
            button.clicked.connect(lambda _=False: self.profile_blocker_clicked.emit(target))
        else:
            button.setToolTip(self.tr("Show this check and the words it is about"))
            button.clicked.connect(lambda _=False: self.draft_blocker_clicked.emit(target))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._row.addWidget(button)
        button.show()
        self._buttons.append(button)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().color(QPalette.ColorRole.Window)
        if self._draft is None:
            accent = self.palette().color(QPalette.ColorRole.Mid)
        else:
            accent = status_colour(PASS if self._draft.ready else FAIL)
        painter.setPen(QPen(accent, 1.5))
        painter.setBrush(_blend(base, accent, 0.14))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()


class DraftChecksView(QTextBrowser):
    """Every draft check like a profile section: status, what we found, what to change.

    One rich-text document rather than a column of labels: it wraps and scrolls as one page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftChecks")
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        for status in (PASS, WARN, FAIL, UNKNOWN):
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"status:{status}"),
                status_icon(status).pixmap(18, 18).toImage(),
            )
        self.shown: list[str] = []

    def show_checks(self, assessment: DraftAssessment | None) -> None:
        """Shows the checks of a new verdict, keeping the scroll position."""
        position = self.verticalScrollBar().value()
        self.shown = []
        parts = []
        for result in assessment.checks if assessment else []:
            heading = self.tr("{check} \u2014 {status}").format(
                check=result.title, status=status_word(result.status)
            )
            parts.append(
                f"<a name='{result.id.value}'></a><p style='margin-top:10px'>"
                f"<img src='status:{result.status}' width='18' height='18' "
                "style='vertical-align: middle'> "
                f"<b>{html.escape(heading)}</b></p>"
            )
            parts.append(_bullets(result.evidence, quoted=False))
            if result.suggestions:
                parts.append(f"<p><i>{html.escape(self.tr('What to change'))}</i></p>")
                parts.append(_bullets(result.suggestions, quoted=False))
            self.shown.append(result.id.value)
        self.setHtml("".join(parts))
        self.verticalScrollBar().setValue(position)

    def reveal(self, check: str) -> None:
        """Scrolls to one check."""
        self.scrollToAnchor(check)
