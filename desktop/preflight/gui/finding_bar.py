"""The finding under the cursor in an editor, said in full, with the button that fixes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from preflight.gui.status import WARN, status_icon

if TYPE_CHECKING:
    from preflight.gui.mark_layer import LiveMark


class FindingBar(QFrame):
    """Under an editor: how many words are marked, or the marked finding at the cursor."""

    fix_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._mark: LiveMark | None = None
        self._count = 0
        self.icon = QLabel()
        self.icon.setPixmap(status_icon(WARN).pixmap(18, 18))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setObjectName("findingText")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("applyFinding")
        self.fix_button.clicked.connect(self.fix_requested)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextFinding")
        self.next_button.clicked.connect(self.next_requested)
        buttons = QVBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self.hide()

    def show_state(self, count: int, mark: LiveMark | None) -> None:
        """Shows the finding at the cursor, else how many there are (hidden when none)."""
        self._count, self._mark = count, mark
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language and finding."""
        self.next_button.setText(self.tr("Next finding (F8)"))
        self.next_button.setAccessibleName(self.tr("Go to the next marked finding"))
        mark, count = self._mark, self._count
        self.setVisible(count > 0)
        if mark is None:
            self.message.setText(
                (
                    self.tr(
                        "1 finding marked in the text with a wavy underline and a dotted box. "
                        "Point at it, click it or press F8 to read it and fix it."
                    )
                    if count == 1
                    else self.tr(
                        "{count} findings marked in the text with a wavy underline and a dotted "
                        "box. Point at one, click it or press F8 to read it and fix it."
                    )
                ).format(count=count)
            )
            self.fix_button.hide()
        else:
            finding = mark.finding
            self.message.setText(f"{finding.finding}\n{finding.advice}")
            self.fix_button.setVisible(finding.fix is not None)
            self.fix_button.setText(finding.fix_label + " (Ctrl+.)")
            self.fix_button.setAccessibleName(finding.fix_label)
        self.message.setAccessibleName(self.message.text())
