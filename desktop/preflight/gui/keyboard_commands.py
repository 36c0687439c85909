"""Keyboard-only commands: the next blocker, copying the section, the list of shortcuts."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow

_TAG = re.compile(r"<[^>]+>")


class KeyboardCommands(QObject):
    """What the keyboard-only shortcuts do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def next_blocker(self) -> None:
        """Shows the blocker after the selected section (wrapping round) and focuses it."""
        w = self.window
        if w.assessment is None or w.showing_start():
            return
        blockers = [b.value for b in w.assessment.blockers]
        if not blockers:
            w.statusBar().showMessage(self.tr("Nothing blocks InMail."), 4000)
            return
        current = w.page.details.current()
        order = [c.id.value for c in w.assessment.checks]
        here = order.index(current.id.value) if current else -1
        ordered = sorted(blockers, key=order.index)
        later = [b for b in ordered if order.index(b) > here]
        w.page.select((later or ordered)[0])

    def copy_section(self) -> None:
        """Copies the shown section's text: the headline or About, else what was found."""
        w = self.window
        if w.assessment is None or w.showing_start():
            return
        details = w.page.details
        current = details.current()
        if current is None:
            return
        if current.id.value in ("headline", "summary"):
            w.edits.copy_field(current.id.value)
            return
        parts = [details.heading.text()]
        for label in (details.found, details.change):
            parts.append(html.unescape(_TAG.sub("\n", label.text())).strip())
        text = "\n".join(line.strip() for line in "\n".join(parts).splitlines() if line.strip())
        QGuiApplication.clipboard().setText(text)
        message = self.tr("Copied the {section} section.").format(section=current.title)
        w.statusBar().showMessage(message, 5000)

    def show_shortcuts(self) -> None:
        """Lists every keyboard shortcut."""
        from preflight.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog.show_for(self.window)

    def focus_checklist(self) -> None:
        """Puts the keyboard on the checklist."""
        w = self.window
        if not w.showing_start():
            w.page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
