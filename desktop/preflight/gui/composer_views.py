"""The composer's banner (ready to send, or what blocks) and its list of draft checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.banner import _big_label, _blend
from preflight.gui.details import _bullets
from preflight.gui.flow_layout import FlowLayout
from preflight.gui.status import FAIL, PASS, section_name, status_colour, status_icon, status_word

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


class DraftChecksView(QScrollArea):
    """Every draft check like a profile section: status, what we found, what to change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.panels: dict[str, QFrame] = {}

    def show_checks(self, assessment: DraftAssessment | None) -> None:
        """Rebuilds the list for a new verdict."""
        for panel in self.panels.values():
            self._layout.removeWidget(panel)
            panel.deleteLater()
        self.panels = {}
        if assessment is None:
            return
        for index, result in enumerate(assessment.checks):
            panel = QFrame()
            panel.setObjectName(f"draftCheck-{result.id.value}")
            panel.setFrameShape(QFrame.Shape.StyledPanel)
            icon = QLabel()
            icon.setPixmap(status_icon(result.status).pixmap(20, 20))
            heading = QLabel(
                self.tr("{check} \u2014 {status}").format(
                    check=result.title, status=status_word(result.status)
                )
            )
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setWordWrap(True)
            head = QHBoxLayout()
            head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            head.addWidget(heading, 1)
            layout = QVBoxLayout(panel)
            layout.setContentsMargins(8, 6, 8, 6)
            layout.addLayout(head)
            text = _bullets(result.evidence, quoted=False)
            if result.suggestions:
                text += "<b>" + self.tr("What to change") + "</b>"
                text += _bullets(result.suggestions, quoted=False)
            body = QLabel(text)
            body.setObjectName("draftCheckText")
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(body)
            panel.setAccessibleName(heading.text())
            self._layout.insertWidget(index, panel)
            self.panels[result.id.value] = panel

    def reveal(self, check: str) -> None:
        """Scrolls to one check."""
        panel = self.panels.get(check)
        if panel is not None:
            self.ensureWidgetVisible(panel)
