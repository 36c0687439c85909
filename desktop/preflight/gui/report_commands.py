"""The report commands (print, preview, PDF through the printing helper) and About."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow


class ReportCommands(QObject):
    """What File → Print…, Print Preview…, Export PDF…, the Report button and About do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _printing(self) -> Any:
        try:
            from preflight.gui import printing
        except ImportError:
            self.window.statusBar().showMessage(
                self.tr("Printing is not available in this build."), 6000
            )
            return None
        return printing

    def _judged(self) -> Any:
        return self.window.session.profile_to_judge() if self.window.session else None

    def print_report(self) -> None:
        """Prints the readiness report."""
        printing = self._printing()
        if printing is not None and self.window.assessment is not None:
            printing.print_report(
                self.window,
                self.window.assessment,
                self._judged(),
                settings=self.window.settings,
                inputs=self._inputs(),
            )

    def print_preview(self) -> None:
        """Shows the readiness report in a print preview."""
        printing = self._printing()
        if printing is not None and self.window.assessment is not None:
            printing.preview_report(
                self.window,
                self.window.assessment,
                self._judged(),
                settings=self.window.settings,
                inputs=self._inputs(),
            )

    def export_pdf(self) -> None:
        """Saves the readiness report as a PDF file, never over the files the profile came from."""
        printing = self._printing()
        if printing is not None and self.window.assessment is not None:
            saved = printing.export_pdf(
                self.window,
                self.window.assessment,
                self._judged(),
                settings=self.window.settings,
                inputs=self._inputs(),
            )
            if saved is not None:
                from preflight.gui.outcome_dialogs import ExportDoneDialog

                ExportDoneDialog.show_done(self.window, saved)

    def _inputs(self) -> tuple[str | Path, ...]:
        """The open profile's file and photo, and the settings file: never a report's target."""
        session = self.window.session
        files: tuple[str | Path, ...] = (self.window.paths.settings_file,)
        if session is not None:
            files += (session.path, session.draft.photo_path)
        return files

    def show_about(self) -> None:
        """Shows what Preflight is."""
        from PySide6.QtWidgets import QMessageBox

        from preflight import __version__

        QMessageBox.about(
            self.window,
            self.tr("About Preflight"),
            self.tr(
                "Preflight {version}\n\nChecks whether your LinkedIn profile is ready before you "
                "spend InMail credits, and says what to fix. Everything stays on your computer."
            ).format(version=__version__),
        )
