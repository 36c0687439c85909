"""The readiness banner: score, gate state, and every blocker one click away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.flow_layout import FlowLayout
from preflight.gui.status import (
    FAIL,
    PASS,
    WARN,
    section_name,
    status_colour,
    status_icon,
    status_word,
)

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment, CheckId


# What the focus ring adds around a button's label (focus_style: 2 px border, 10 px padding).
FOCUSED_EXTRA_WIDTH = 2 * (2 + 10)


class BlockerChip(QPushButton):
    """A blocker's button, as wide as its label needs when focused (bold, in the focus ring).

    The flow of chips is laid out from each chip's size hint; without this the chip that takes
    the focus when a profile opens showed "About: Fa".
    """

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        # The label, plus room for the style's gap beside the icon and its own text margins.
        label = metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance("  ")
        icon = self.iconSize().width() + 4 if not self.icon().isNull() else 0
        return QSize(max(hint.width(), label + icon + FOCUSED_EXTRA_WIDTH), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()


class ReadinessBanner(QFrame):
    """Says at a glance whether InMail may be sent, and what blocks it."""

    blocker_clicked = Signal(str)
    report_requested = Signal()
    rebuilt = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessBanner")
        self._assessment: Assessment | None = None
        self._uncopied: list[str] = []

        self.icon = QLabel()
        self.icon.setFixedSize(40, 40)
        self.headline = _big_label("bannerHeadline")
        self.score = _big_label("bannerScore")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("bannerNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.note_icon = QLabel()
        self.note_icon.setPixmap(status_icon(WARN).pixmap(18, 18))
        self.note_icon.hide()
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.report_requested)
        self.report_button.hide()

        # Blockers wrap onto a second row rather than widen the window (six in Spanish would).
        self._blocker_row = FlowLayout(spacing=6)
        self._blocker_buttons: list[QPushButton] = []

        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.headline)
        titles.addWidget(self.detail)
        top.addLayout(titles, 1)
        top.addWidget(self.score, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addLayout(self._blocker_row)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_icon, 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def set_assessment(self, assessment: Assessment | None, uncopied: list[str]) -> None:
        """Shows a verdict and which edited fields have not been copied to LinkedIn yet."""
        self._assessment = assessment
        self._uncopied = uncopied
        self.retranslate()

    def is_ready(self) -> bool:
        """True when the banner shows the gate open."""
        return bool(self._assessment and self._assessment.ready)

    def blocker_buttons(self) -> list[QPushButton]:
        """One button per blocker, in the core's order (most points to gain first)."""
        return list(self._blocker_buttons)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language and verdict."""
        self.report_button.setText(self.tr("&Report…"))
        self.report_button.setToolTip(self.tr("Print or save the readiness report"))
        assessment = self._assessment
        for button in self._blocker_buttons:
            self._blocker_row.removeWidget(button)
            button.deleteLater()
        self._blocker_buttons = []
        while self._blocker_row.count():
            self._blocker_row.takeAt(0)
        if assessment is None:
            self.headline.setText(self.tr("No profile loaded"))
            self.detail.setText("")
            self.score.setText("")
            self.icon.clear()
            self.note.hide()
            self.note_icon.hide()
            self.report_button.hide()
            self.update()
            self.rebuilt.emit()
            return
        self.report_button.show()
        self.score.setText(self.tr("{score}/100").format(score=assessment.score))
        self.score.setAccessibleName(
            self.tr("Score {score} out of 100").format(score=assessment.score)
        )
        status = PASS if assessment.ready else FAIL
        self.icon.setPixmap(status_icon(status).pixmap(40, 40))
        if assessment.ready:
            self.headline.setText(self.tr("Ready to send InMail"))
            self.detail.setText(
                self.tr("Nothing blocks you. Every section passes or only needs polish.")
            )
        else:
            self.headline.setText(self.tr("Not ready to send InMail yet"))
            self.detail.setText(self.tr("Fix or confirm these sections first:"))
            for check in assessment.blockers:
                self._add_blocker(assessment, check)
        self.icon.setAccessibleName(self.headline.text())
        self.setAccessibleName(self.headline.text())
        if self._uncopied:
            fields = ", ".join(self._field_name(f) for f in self._uncopied)
            self.note.setText(
                self.tr(
                    "This verdict counts edits you have not copied to LinkedIn yet ({fields}). "
                    "Copy them and update your profile before sending InMail."
                ).format(fields=fields)
            )
            self.note.show()
        else:
            self.note.hide()
        self.note_icon.setVisible(self.note.isVisibleTo(self))
        self.update()
        self.rebuilt.emit()

    def _add_blocker(self, assessment: Assessment, check: CheckId) -> None:
        result = assessment.check(check)
        button = BlockerChip(
            status_icon(result.status),
            self.tr("{section}: {status}").format(
                section=section_name(check), status=status_word(result.status)
            ),
        )
        button.setObjectName(f"blocker-{check.value}")
        button.setToolTip(self.tr("Show the {section} section").format(section=section_name(check)))
        button.setAccessibleName(button.text())
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _=False, c=check.value: self.blocker_clicked.emit(c))
        self._blocker_row.addWidget(button)
        button.show()  # now, not on the layout's next turn: it may take the focus at once
        self._blocker_buttons.append(button)

    def _field_name(self, field: str) -> str:
        return self.tr("Headline") if field == "headline" else self.tr("About")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().color(QPalette.ColorRole.Window)
        if self._assessment is None:
            accent = self.palette().color(QPalette.ColorRole.Mid)
        else:
            accent = status_colour(PASS if self._assessment.ready else FAIL)
        painter.setPen(QPen(accent, 1.5))
        painter.setBrush(_blend(base, accent, 0.14))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()


def _big_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    label.setFont(font)
    return label


def _blend(base: QColor, accent: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() * (1 - amount) + accent.red() * amount),
        round(base.green() * (1 - amount) + accent.green() * amount),
        round(base.blue() * (1 - amount) + accent.blue() * amount),
    )
