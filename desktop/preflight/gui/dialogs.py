"""Every modal question the app asks, one classmethod each, so tests can stand in for the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OpenProfileDialog:
    """Asks for a profile file (or, on request, a folder)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        """The chosen file, or None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Open a LinkedIn profile"),
            "",
            QCoreApplication.translate(
                "Dialogs", "Profiles (*.zip *.pdf *.json *.txt);;All files (*)"
            ),
        )
        return Path(name) if name else None

    @classmethod
    def ask_folder(cls, parent: QWidget | None) -> Path | None:
        """An extracted export folder, or None when cancelled."""
        name = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Dialogs", "Open an extracted LinkedIn export")
        )
        return Path(name) if name else None

    @classmethod
    def ask_preset(cls, parent: QWidget | None) -> Path | None:
        """A settings preset file, or None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Import a settings preset"),
            "",
            QCoreApplication.translate("Dialogs", "Presets (*.json *.toml)"),
        )
        return Path(name) if name else None


class PhotoFileDialog:
    """Asks for the profile photo file."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        """The chosen image, or None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Attach your profile photo"),
            "",
            QCoreApplication.translate("Dialogs", "Images (*.jpg *.jpeg *.png *.webp)"),
        )
        return Path(name) if name else None


class SaveFileDialog:
    """Asks where to save a new file."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        """The chosen path, or None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None


class ConfirmDialog:
    """Asks a yes/no question."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> bool:
        """True when the user agrees."""
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes


class UnsavedDraftDialog:
    """Asks what to do with edits that could not be saved: save elsewhere, copy, or discard."""

    SAVE = "save"
    COPY = "copy"
    DISCARD = "discard"
    CANCEL = "cancel"

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str:
        """One of SAVE, COPY, DISCARD or CANCEL (keep the window open)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Your edits are not saved"))
        box.setText(message)
        choices = {
            box.addButton(
                QCoreApplication.translate("Dialogs", "&Save to a file…"),
                QMessageBox.ButtonRole.AcceptRole,
            ): cls.SAVE,
            box.addButton(
                QCoreApplication.translate("Dialogs", "C&opy to the clipboard"),
                QMessageBox.ButtonRole.ActionRole,
            ): cls.COPY,
            box.addButton(QMessageBox.StandardButton.Discard): cls.DISCARD,
        }
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((c for b, c in choices.items() if b is clicked), cls.CANCEL)


class ErrorDialog(QDialog):
    """A clear message, what to do, and technical details that can be copied."""

    def __init__(
        self, parent: QWidget | None, message: str, hint: str, details: str, title: str = ""
    ) -> None:
        super().__init__(parent)
        # Titled for what happened; the window manager adds the app's name after it.
        self.setWindowTitle(title or QCoreApplication.translate("Dialogs", "Something went wrong"))
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        layout.addWidget(text)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(QCoreApplication.translate("Dialogs", "Technical details"))
        self.details.setVisible(bool(details))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if details:
            copy = QPushButton(QCoreApplication.translate("Dialogs", "&Copy details"))
            copy.clicked.connect(
                lambda: QGuiApplication.clipboard().setText(f"{message}\n\n{details}")
            )
            buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from preflight.gui.screen_fit import fit_to_screen

        fit_to_screen(self, 560, 360 if details else 160)

    @classmethod
    def show_error(
        cls,
        parent: QWidget | None,
        message: str,
        hint: str = "",
        details: str = "",
        *,
        title: str = "",
    ) -> None:
        """Shows the error, titled for what happened, and waits until the user closes it."""
        cls(parent, message, hint, details, title).exec()
