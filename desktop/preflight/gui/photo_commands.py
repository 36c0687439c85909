"""The photo commands: attach a photo file (analysed off the GUI thread), remove it, save a crop."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow


class PhotoCommands(QObject):
    """What the window does with a photo file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def ask_and_attach(self) -> None:
        """Asks for the photo file and attaches it."""
        from preflight.gui.dialogs import PhotoFileDialog

        if self.window.session is None:
            return
        path = PhotoFileDialog.ask(self.window)
        if path is not None:
            self.attach(path)

    def attach(self, path: Path) -> None:
        """Analyses the photo off the GUI thread and judges the profile with it."""
        session = self.window.session
        if session is None:
            return
        engine, imported, settings = (
            self.window.engine,
            session.imported,
            self.window.settings.photo,
        )

        def attached(profile: Any) -> None:
            if self.window.session is not session:
                return
            session.set_photo(str(path), profile)
            photo = profile.photo
            self.window.page.details.set_photo(str(path), photo.analysis if photo else None)
            self.window.save_draft()
            self.window.page.select("photo", focus=False)
            self.window.rescore()

        self.window.runner.run(
            lambda: engine.attach_photo(imported, path, settings),
            attached,
            partial(self.window.report_failure, path),
            self.tr("Looking at {name}…").format(name=path.name),
        )

    def remove(self) -> None:
        """Detaches the photo file."""
        if self.window.session is None:
            return
        self.window.session.set_photo("", None)
        self.window.page.details.set_photo("", None)
        self.window.save_draft()
        self.window.rescore()

    def save_crop(self) -> None:
        """Writes the suggested square crop of the photo to a new file."""
        from preflight.gui.dialogs import ErrorDialog, SaveFileDialog

        session = self.window.session
        if session is None or session.with_photo is None:
            return
        original = Path(session.draft.photo_path)
        target = SaveFileDialog.ask(
            self.window,
            self.tr("Save cropped copy"),
            str(original.with_name(f"{original.stem}-cropped{original.suffix}")),
            self.tr("Images (*.jpg *.jpeg *.png *.webp)"),
        )
        if target is None:
            return
        if target.resolve() == original.resolve():
            ErrorDialog.show_error(
                self.window, self.tr("Choose a new file name; the original is never overwritten.")
            )
            return
        engine, profile, protected = self.window.engine, session.with_photo, (session.path,)
        self.window.runner.run(
            lambda: engine.save_cropped_copy(profile, target, protected),
            lambda saved: self.window.statusBar().showMessage(
                self.tr("Saved {name}.").format(name=Path(saved).name), 6000
            ),
            partial(self.window.report_failure, target),
        )
