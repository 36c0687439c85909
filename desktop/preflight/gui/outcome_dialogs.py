"""Telling the user what happened: a saved report, with Open and Show in folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class ExportDoneDialog:
    """Says where the PDF went and offers to open it or its folder."""

    @classmethod
    def show_done(cls, parent: QWidget | None, path: Path) -> str:
        """Shows the message; returns "open", "folder" or "close" (what the user chose)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Outcome", "Report saved"))
        box.setText(
            QCoreApplication.translate("Outcome", "Saved your report as {name}.").format(
                name=path.name
            )
        )
        box.setInformativeText(str(path.parent))
        open_button = box.addButton(
            QCoreApplication.translate("Outcome", "&Open"), QMessageBox.ButtonRole.AcceptRole
        )
        folder_button = box.addButton(
            QCoreApplication.translate("Outcome", "Show in &folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return "open"
        if clicked is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            return "folder"
        return "close"
