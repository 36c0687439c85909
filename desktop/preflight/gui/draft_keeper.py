"""Keeps the user's words: saves drafts, says so in the editor when it cannot, asks before loss.

Also tells the user, once, about a state file (preferences, settings, a draft) that was damaged and
set aside, so nothing is dropped without a word.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from preflight.core.state_files import SetAside
    from preflight.gui.main_window import MainWindow


class DraftKeeper(QObject):
    """The window's drafts on disk, or in memory with a visible warning when the disk refuses."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Why the current draft is not on disk (None: it is, or there is nothing to keep).
        self.unsaved: str | None = None
        self._set_aside: list[SetAside] = []
        self._telling = False

    # ----- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Writes the current draft; on failure keeps it in memory and says so in the editors."""
        w = self.window
        if w.session is None:
            return True
        try:
            w.drafts.save(w.session.path, w.session.draft)
        except OSError as error:
            self._failed(error)
            return False
        self._saved()
        return True

    def reset(self) -> None:
        """After "Reset to imported": the draft file goes when nothing else is left in it."""
        w = self.window
        if w.session is None:
            return
        if not w.session.draft.is_empty():
            w.save_draft()
            return
        try:
            w.drafts.discard(w.session.path)
        except OSError as error:
            self._failed(error)
            return
        self._saved()

    def _failed(self, error: OSError) -> None:
        w = self.window
        reason = error.strerror or str(error)
        self.unsaved = reason
        message = self.tr(
            "Your edits are not saved: Preflight cannot write to {folder} ({reason}). They are "
            "kept while Preflight stays open; when you close it you can save them to another "
            "file or copy them."
        ).format(folder=w.paths.drafts, reason=reason)
        if w._page is not None:
            for editor in (w.page.details.headline_editor, w.page.details.summary_editor):
                editor.show_save_problem(message)
        status = self.tr("Your edits are not saved: {reason}").format(reason=reason)
        w.statusBar().showMessage(status)

    def new_session(self) -> None:
        """A new profile is open: whatever was unsaved before was dealt with."""
        self._saved()

    def _saved(self) -> None:
        w = self.window
        if self.unsaved is not None and w._page is not None:
            for editor in (w.page.details.headline_editor, w.page.details.summary_editor):
                editor.show_save_problem("")
            w.statusBar().clearMessage()
        self.unsaved = None

    # ----- before the words would be gone ------------------------------------------------------

    def may_let_go(self) -> bool:
        """True when the current draft is on disk, or the user saved, copied or discarded it."""
        from preflight.gui.dialogs import ErrorDialog, SaveFileDialog, UnsavedDraftDialog

        w = self.window
        if w.session is None or self.unsaved is None or w.session.draft.is_empty():
            return True
        choice = UnsavedDraftDialog.ask(
            w,
            self.tr(
                "Your edits to {name} could not be saved ({reason}). Save them to a file or copy "
                "them before they are gone?"
            ).format(name=w.session.path.name, reason=self.unsaved),
        )
        if choice == UnsavedDraftDialog.DISCARD:
            return True
        if choice == UnsavedDraftDialog.COPY:
            QGuiApplication.clipboard().setText(self.text())
            return True
        if choice != UnsavedDraftDialog.SAVE:
            return False
        target = SaveFileDialog.ask(
            w,
            self.tr("Save your edits"),
            "preflight-edits.txt",
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if target is None:
            return False
        from preflight.core.errors import InputError
        from preflight.core.output_guard import check_output
        from preflight.gui.storage import write_atomically

        try:  # never over the profile it came from, nor a pipe or device
            check_output(target, (w.session.path, w.session.draft.photo_path or None))
            write_atomically(target, self.text())
        except InputError as error:
            message, hint = w.localized(error)
            ErrorDialog.show_error(w, message, hint)
            return False
        except OSError as error:
            ErrorDialog.show_error(
                w,
                self.tr("Cannot save your edits to {path}: {reason}.").format(
                    path=target, reason=error.strerror or error
                ),
                self.tr("Choose a folder you can write to."),
            )
            return False
        return True

    def text(self) -> str:
        """The current headline and About as plain text, to keep outside the app."""
        session = self.window.session
        assert session is not None
        return (
            self.tr("Headline")
            + f"\n{session.text('headline')}\n\n"
            + self.tr("About")
            + f"\n{session.text('summary')}\n"
        )

    # ----- damaged state files ------------------------------------------------------------------

    def note_set_aside(self, record: SetAside | None) -> None:
        """Remembers a damaged state file and tells the user soon (once, with any others)."""
        if record is None:
            return
        self._set_aside.append(record)
        if len(self._set_aside) == 1:
            QTimer.singleShot(0, self.tell)

    def tell(self) -> None:
        """Says which state files were damaged and where they were kept."""
        if not self._set_aside or self._telling:
            return
        records, self._set_aside = self._set_aside, []
        message = "\n\n".join(self._describe(r) for r in records)
        hint = self.tr(
            "Preflight uses what it could read and the defaults for the rest. To go back to a kept "
            "file, quit Preflight, fix it and give it its old name again."
        )
        w = self.window
        if not w.interactive:
            print(f"preflight: {message}\n{hint}", file=sys.stderr)
            return
        from preflight.gui.dialogs import ErrorDialog

        self._telling = True
        try:
            ErrorDialog.show_error(w, message, hint)
        finally:
            self._telling = False

    def _describe(self, record: SetAside) -> str:
        paths = self.window.paths
        if record.path == paths.preferences_file:
            what = self.tr("Your preferences ({path})")
        elif record.path == paths.settings_file:
            what = self.tr("Your checklist settings ({path})")
        elif record.path == paths.window_state_file:
            what = self.tr("The saved window size ({path})")
        else:
            what = self.tr("Your saved edits for this profile ({path})")
        why = {
            "not_a_file": self.tr("it is not a regular file"),
            "too_big": self.tr("it is far too big"),
            "unreadable": self.tr("it cannot be read"),
            "damaged": self.tr("it is damaged"),
        }[record.reason]
        text = self.tr("{what} could not be used as it was: {why}.").format(
            what=what.format(path=record.path), why=why
        )
        if record.kept_as is not None:
            text += " " + self.tr("The file is kept as {kept}.").format(kept=record.kept_as)
        else:
            text += " " + self.tr("It could not be moved aside and was left as it is.")
        return text
