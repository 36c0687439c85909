"""Help → Keyboard shortcuts: every key the app answers to, in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for the menus' actions and the keys that have no menu."""
    rows: list[tuple[str, str]] = []
    menus = window.menus
    for action in menus.shortcut_actions():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    native = QKeySequence.SequenceFormat.NativeText

    def key(text: str) -> str:
        return QKeySequence(text).toString(native)

    rows += [
        (
            key("Ctrl+V"),
            QCoreApplication.translate("ShortcutsDialog", "Paste profile text (on the start page)"),
        ),
        (
            key("F8"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Go to the next marked finding in the headline or About"
            ),
        ),
        (
            key("Shift+F8"),
            QCoreApplication.translate("ShortcutsDialog", "Go to the previous marked finding"),
        ),
        (
            key("Ctrl+."),
            QCoreApplication.translate(
                "ShortcutsDialog", "Apply the fix for the finding at the cursor"
            ),
        ),
        (key("Ctrl+Z"), QCoreApplication.translate("ShortcutsDialog", "Undo the last edit or fix")),
        (
            QCoreApplication.translate("ShortcutsDialog", "Tab, Shift+Tab"),
            QCoreApplication.translate("ShortcutsDialog", "Move between controls"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Up, Down"),
            QCoreApplication.translate("ShortcutsDialog", "Move between sections in the checklist"),
        ),
    ]
    return rows


class ShortcutsDialog(QDialog):
    """A table of keys and what they do."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
                QCoreApplication.translate("ShortcutsDialog", "What they do"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, (keys, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setMinimumHeight(60)
        fit_to_screen(self, 620, 460)

    @classmethod
    def show_for(cls, window: MainWindow) -> None:
        """Shows the list until the user closes it."""
        cls(window).exec()
