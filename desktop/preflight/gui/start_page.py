"""The first screen: every way to bring a profile in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.status import app_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QListWidget, QListWidgetItem


class StartPage(QWidget):
    """Open a file, paste text, try the sample, or pick a recent file."""

    open_requested = Signal()
    open_folder_requested = Signal()
    paste_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)
    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo = QLabel()
        icon = app_icon()
        if not icon.isNull():
            self.logo.setPixmap(icon.pixmap(72, 72))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_requested)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder_requested)
        self.paste_button = QPushButton()
        self.paste_button.setObjectName("pasteButton")
        self.paste_button.clicked.connect(self.paste_requested)
        self.sample_button = QPushButton()
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.clicked.connect(self.sample_requested)
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        self.export_hint = QLabel()
        self.export_hint.setWordWrap(True)
        self.export_hint.setObjectName("exportHint")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(self.continue_requested)
        self.continue_button.hide()
        self._continue_with = ("", "")
        self.recent_label = QLabel()
        self.recent_label.hide()
        self._recent: QListWidget | None = None
        self._recent_paths: list[str] = []
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        # Two rows of two buttons fit a narrow screen (1024x600 at scale 2); the page scrolls
        # when short. (A grid, not a flow layout: that would load the Qt namespace before the
        # first paint.)
        buttons = QGridLayout()
        buttons.setSpacing(8)
        for index, button in enumerate(
            (self.open_button, self.folder_button, self.paste_button, self.sample_button)
        ):
            button.setMinimumHeight(36)
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        column = QVBoxLayout()
        column.setSpacing(12)
        header = QHBoxLayout()
        header.addWidget(self.logo)
        header.addWidget(self.title, 1)
        column.addLayout(header)
        column.addWidget(self.continue_button)
        column.addWidget(self.intro)
        column.addLayout(buttons)
        column.addWidget(self.drop_hint)
        column.addWidget(self.export_hint)
        column.addSpacing(8)
        column.addWidget(self.recent_label)
        self._recent_slot = column.count()
        column.addStretch(1)
        self._column = column
        content = QWidget()
        outer = QHBoxLayout(content)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        outer.setContentsMargins(24, 24, 24, 16)
        self.page_scroll = QScrollArea()
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidgetResizable(True)
        # Not a Tab stop of its own: it scrolls to whichever control takes the focus. (The enum
        # through the value's own type: the Qt namespace is not loaded before the first paint.)
        policy = type(self.page_scroll.focusPolicy())
        self.page_scroll.setFocusPolicy(policy.NoFocus)
        self.page_scroll.setWidget(content)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.page_scroll)

    @property
    def recent(self) -> QListWidget:
        """The list of recent profiles (built when first needed: a new user has none)."""
        if self._recent is None:
            from PySide6.QtWidgets import QListWidget

            self._recent = QListWidget()
            self._recent.setObjectName("recentList")
            self._recent.setMaximumHeight(150)
            self._recent.setAccessibleName(self.tr("Recent profiles"))
            self._recent.itemActivated.connect(self._recent_activated)
            self.recent_label.setBuddy(self._recent)
            self._column.insertWidget(self._recent_slot, self._recent)
        return self._recent

    def show_continue(self, name: str, when: str) -> None:
        """Offers to continue with ``name``'s profile, edited ``when`` (hidden when no name)."""
        self._continue_with = (name, when)
        self.continue_button.setVisible(bool(name))
        self.retranslate()

    def set_recent(self, paths: list[str]) -> None:
        """Lists the recent profiles."""
        self._recent_paths = list(paths)
        self.recent_label.setVisible(bool(paths))
        if not paths and self._recent is None:
            return
        from PySide6.QtWidgets import QListWidgetItem

        recent = self.recent
        recent.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name or path)
            item.setToolTip(path)
            recent.addItem(item)
        recent.setVisible(bool(paths))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every text for the current language."""
        self.title.setText(self.tr("Is your profile ready for InMail?"))
        self.intro.setText(
            self.tr(
                "Before you spend InMail credits, Preflight checks the six things a recipient "
                "looks at first (photo, headline, About, experience, skills and recent posts), "
                "shows what holds you back, and lets you fix your headline and About right here."
            )
        )
        self.open_button.setText(self.tr("&Open a profile…"))
        self.open_button.setToolTip(
            self.tr(
                "A LinkedIn data export (ZIP), a profile saved as PDF, a JSON Resume or a .txt file"
            )
        )
        self.folder_button.setText(self.tr("Open an export &folder…"))
        self.paste_button.setText(self.tr("&Paste profile text"))
        self.paste_button.setToolTip(
            self.tr("Copy everything on your LinkedIn profile page, then paste it here (Ctrl+V)")
        )
        self.sample_button.setText(self.tr("Try the &sample"))
        self.drop_hint.setText(
            self.tr(
                "Or drop your export ZIP, PDF, JSON or text file anywhere on this window. "
                "Nothing leaves your computer."
            )
        )
        self.export_hint.setText(
            self.tr(
                "To get your export: on LinkedIn open Settings & Privacy \u2192 Data privacy "
                "\u2192 Get a copy of your data, and choose the larger archive (it includes "
                "your posts). Or open your profile page, select everything (Ctrl+A), copy it "
                "and paste it here."
            )
        )
        self.recent_label.setText(self.tr("&Recent profiles"))
        name, when = self._continue_with
        self.continue_button.setText(
            self.tr("&Continue with {name} — edited {when}").format(name=name, when=when)
        )
        if self._recent is not None:
            self._recent.setAccessibleName(self.tr("Recent profiles"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Ctrl+V on the start screen pastes profile text (the app-wide shortcut is Ctrl+Shift+V).
        from PySide6.QtGui import QKeySequence

        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        # Rows follow the list of paths (no item data role: the Qt namespace's enums are costly
        # to load before the first paint).
        self.recent_requested.emit(self._recent_paths[self.recent.row(item)])
