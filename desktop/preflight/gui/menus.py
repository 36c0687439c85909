"""The menu bar: every action with its shortcut, its translated text and when it is enabled."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from preflight.gui.main_window import MainWindow


class WindowMenus(QObject):
    """File, Edit and Help, wired to the window's commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.file_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.help_menu = QMenu(window)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for menu in (self.file_menu, self.edit_menu, self.help_menu):
            window.menuBar().addMenu(menu)
        self.has_actions = False
        self.retranslate()

    def add_actions(self) -> None:
        """Fills the menus (after the first paint: shortcuts load Qt's key tables)."""
        from PySide6.QtGui import QAction, QKeySequence

        window = self.window

        def action(shortcut: Any, slot: Any, name: str) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _=False: slot())
            window.addAction(act)
            return act

        keys = QKeySequence.StandardKey
        self.open_action = action(keys.Open, window.open_dialog, "openAction")
        self.open_folder_action = action(None, window.open_folder_dialog, "openFolderAction")
        self.sample_action = action(None, window.open_sample, "sampleAction")
        self.paste_action = action("Ctrl+Shift+V", window.paste_profile, "pasteAction")
        self.photo_action = action(None, window.photos.ask_and_attach, "photoAction")
        self.print_action = action(keys.Print, window.reports.print_report, "printAction")
        self.preview_action = action(None, window.reports.print_preview, "previewAction")
        self.pdf_action = action(None, window.reports.export_pdf, "pdfAction")
        self.quit_action = action(keys.Quit, window.close, "quitAction")
        self.reset_action = action(None, window.edits.reset_to_imported, "resetAction")
        self.settings_action = action(keys.Preferences, window.edit_settings, "settingsAction")
        self.about_action = action(None, window.reports.show_about, "aboutAction")
        self._add_keyboard_actions(action)
        self.file_menu.addActions([self.open_action, self.open_folder_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addActions([self.sample_action, self.paste_action, self.photo_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.print_action, self.preview_action, self.pdf_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu.addActions([self.paste_action, self.copy_section_action, self.reset_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.next_blocker_action, self.checklist_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.help_menu.addActions([self.shortcuts_action, self.about_action])
        self.has_actions = True
        self.update_enabled()
        self.retranslate()

    def _add_keyboard_actions(self, action: Any) -> None:
        """The actions that exist mostly for the keyboard, and the keys the issue asked for."""
        from PySide6.QtGui import QKeySequence

        from preflight.gui.keyboard_commands import KeyboardCommands

        window = self.window
        keys = QKeySequence.StandardKey
        self.keyboard = KeyboardCommands(window)
        # Ctrl+, is the settings key on every desktop (Qt's Preferences key is empty on some).
        self.settings_action.setShortcuts(
            [QKeySequence("Ctrl+,"), *self.settings_action.shortcuts()]
        )
        self.settings_action.setShortcuts(list(dict.fromkeys(self.settings_action.shortcuts())))
        self.pdf_action.setShortcut(QKeySequence("Ctrl+E"))
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.next_blocker_action = action("Ctrl+J", self.keyboard.next_blocker, "nextBlockerAction")
        self.copy_section_action = action(
            "Ctrl+Shift+C", self.keyboard.copy_section, "copySectionAction"
        )
        self.checklist_action = action("Ctrl+L", self.keyboard.focus_checklist, "checklistAction")
        self.shortcuts_action = action("F1", self.keyboard.show_shortcuts, "shortcutsAction")
        # Ctrl+V on the start page pastes a profile wherever the focus is, also right after a
        # menu closed and left it on the window itself (no menu entry: Paste Profile Text has one).
        self.start_paste_action = action(keys.Paste, self._paste_on_start, "startPasteAction")
        window.stack.currentChanged.connect(lambda _index: self.update_enabled())

    def update_enabled(self) -> None:
        """Enables what makes sense for the window's current state."""
        window = self.window
        if not self.has_actions:
            return
        loaded = window.assessment is not None
        for act in (
            self.print_action,
            self.preview_action,
            self.pdf_action,
            self.photo_action,
            self.next_blocker_action,
            self.copy_section_action,
            self.checklist_action,
        ):
            act.setEnabled(loaded)
        self.reset_action.setEnabled(bool(window.session and window.session.has_text_edits()))
        self.start_paste_action.setEnabled(window.showing_start())

    def retranslate(self) -> None:
        """Sets every menu and action text for the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        if not self.has_actions:
            return
        texts = {
            self.open_action: self.tr("&Open Profile…"),
            self.open_folder_action: self.tr("Open Export &Folder…"),
            self.sample_action: self.tr("Try the &Sample"),
            self.paste_action: self.tr("&Paste Profile Text"),
            self.photo_action: self.tr("Attach P&hoto…"),
            self.print_action: self.tr("&Print…"),
            self.preview_action: self.tr("Print Pre&view…"),
            self.pdf_action: self.tr("&Export PDF…"),
            self.quit_action: self.tr("&Quit"),
            self.reset_action: self.tr("&Reset to Imported"),
            self.settings_action: self.tr("&Settings…"),
            self.about_action: self.tr("&About Preflight"),
            self.next_blocker_action: self.tr("Next &Blocker"),
            self.copy_section_action: self.tr("&Copy Section Text"),
            self.checklist_action: self.tr("Go to the Check&list"),
            self.shortcuts_action: self.tr("&Keyboard Shortcuts"),
        }
        for act, text in texts.items():
            act.setText(text)

    def _paste_on_start(self) -> None:
        if self.window.showing_start():
            self.window.paste_profile()

    def shortcut_actions(self) -> list[QAction]:
        """The actions with keyboard shortcuts, in menu order."""
        if not self.has_actions:
            return []
        found = [
            a
            for menu in (self.file_menu, self.edit_menu, self.help_menu)
            for a in menu.actions()
            if not a.isSeparator() and a.shortcuts()
        ]
        return list(dict.fromkeys(found))  # Paste is in two menus

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.window.preferences.recent:
            act = self.recent_menu.addAction(Path(path).name or path)
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.window.open_path(Path(p)))
        if not self.window.preferences.recent:
            empty = self.recent_menu.addAction(self.tr("No recent profiles"))
            empty.setEnabled(False)
