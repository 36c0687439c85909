"""The last line of defence: unexpected errors show a dialog with details; drafts are saved."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(window: object, previous: ExceptHook | None = None) -> ExceptHook:
    """A ``sys.excepthook`` that saves the drafts, then shows the error with its details."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        details = "".join(traceback.format_exception(kind, error, tb))
        print(details, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        save = getattr(window, "save_draft", None)
        if callable(save):
            try:
                save()
            except Exception:  # the dialog below matters more than a second failure
                traceback.print_exc()
        if showing or not getattr(window, "interactive", True):
            return
        showing = True
        # Only say the edits are saved when they are (the data folder may refuse them).
        unsaved = getattr(getattr(window, "keeper", None), "unsaved", None) is not None
        hint = (
            QCoreApplication.translate(
                "Errors",
                "Your edits could not be saved, but they are still in the window: copy them "
                "before you close Preflight. Copy the details if you report this.",
            )
            if unsaved
            else QCoreApplication.translate(
                "Errors",
                "Your edits are saved and your profile is still open, so you can keep working. "
                "If it happens again, copy the details and send them to the developers.",
            )
        )
        try:
            from preflight.gui.dialogs import ErrorDialog

            ErrorDialog.show_error(
                window,  # type: ignore[arg-type]
                QCoreApplication.translate("Errors", "Something unexpected went wrong."),
                hint,
                details,
            )
        finally:
            showing = False

    return hook


def install_excepthook(window: object) -> None:
    """Routes uncaught exceptions (including those in Qt slots) to the error dialog."""
    sys.excepthook = make_excepthook(window, sys.excepthook)
