"""The editing commands: typing, suggested rewrites, copying to LinkedIn, resets, confirmations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow
    from preflight.gui.session import Field


class EditCommands(QObject):
    """What the window does when the user edits the headline or About, or confirms a section."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def text_edited(self, field: str, text: str) -> None:
        """Keeps the typed text, then saves the draft and re-scores after a pause."""
        w = self.window
        if w.session is None or not w.session.set_text(field, text):  # type: ignore[arg-type]
            return
        w.draft_timer.start()
        w.rescore_timer.start()
        w.page.banner.set_assessment(w.assessment, w.uncopied())
        w.update_actions()

    def apply_fix(self, field: str, text: str) -> None:
        """Puts a suggested rewrite into the editor, as if typed."""
        w = self.window
        from PySide6.QtGui import QTextCursor

        editor = (
            w.page.details.headline_editor if field == "headline" else w.page.details.summary_editor
        )
        # One undoable step (Ctrl+Z brings the user's own text back), unlike setPlainText.
        cursor = editor.edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        editor.edit.setTextCursor(cursor)
        editor.edit.setFocus()

    def copy_field(self, field: str) -> None:
        """Puts the field's current text on the clipboard, to paste into LinkedIn."""
        w = self.window
        if w.session is None:
            return
        key: Field = "headline" if field == "headline" else "summary"
        QGuiApplication.clipboard().setText(w.session.text(key))
        w.session.mark_copied(key)
        w.save_draft()
        w.page.banner.set_assessment(w.assessment, w.uncopied())
        w.statusBar().showMessage(self.tr("Copied. Paste it into your LinkedIn profile."), 5000)

    def reset_to_imported(self) -> None:
        """Puts the imported headline and About back, after asking."""
        w = self.window
        from preflight.gui.dialogs import ConfirmDialog

        if w.session is None or not w.session.has_text_edits():
            return
        if not ConfirmDialog.ask(
            w,
            self.tr("Reset to imported"),
            self.tr("Throw away your edits to the headline and About and use the imported text?"),
        ):
            return
        w.session.reset_text()
        self._after_reset()

    def reset_field(self, field: str) -> None:
        """Puts the imported text of one field back, after asking."""
        w = self.window
        from preflight.gui.dialogs import ConfirmDialog

        if w.session is None:
            return
        key: Field = "headline" if field == "headline" else "summary"
        question = (
            self.tr("Throw away your edits to the headline and use the imported text?")
            if key == "headline"
            else self.tr("Throw away your edits to the About and use the imported text?")
        )
        if not ConfirmDialog.ask(w, self.tr("Reset to imported"), question):
            return
        w.session.reset_field(key)
        self._after_reset()

    def _after_reset(self) -> None:
        w = self.window
        assert w.session is not None
        w.page.details.headline_editor.set_text(w.session.text("headline"))
        w.page.details.summary_editor.set_text(w.session.text("summary"))
        w.keeper.reset()
        w.rescore()

    def confirm_toggled(self, check: str, confirmed: bool) -> None:
        """Records "I checked this myself" for a section and re-scores."""
        w = self.window
        if w.session is None:
            return
        from preflight.core.assessment import CheckId

        w.session.set_confirmed(CheckId(check), confirmed)
        w.save_draft()
        w.rescore()
