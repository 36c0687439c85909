"""Settings tried out live: the open profile is judged with the dialog's values as they change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from preflight.core.settings import Settings
    from preflight.gui.main_window import MainWindow
    from preflight.gui.preferences import Preferences


class LiveSettings(QObject):
    """Judges the open profile with trial settings; Cancel puts the saved ones back."""

    verdict_changed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.saved = window.settings
        window.assessment_shown.connect(self._shown)

    def preview(self, settings: Settings) -> None:
        """Judges the profile with ``settings`` without saving them."""
        w = self.window
        if settings == w.settings:
            self._shown()
            return
        w._settings = settings
        if w.session is not None:
            w._apply_limits()
            w.rescore()

    def restore(self) -> None:
        """Puts the saved settings back (Cancel)."""
        self.preview(self.saved)

    def commit(self, settings: Settings, preferences: Preferences) -> None:
        """Saves ``settings`` now (Apply): they stay even if the dialog is cancelled later."""
        from preflight.gui.preferences import save_checklist_settings

        w = self.window
        try:
            save_checklist_settings(w.paths.settings_file, settings)
        except OSError as error:
            w.statusBar().showMessage(
                self.tr("Could not save the settings: {error}").format(error=error), 8000
            )
        self.saved = settings
        self.preview(settings)
        del preferences  # the language and theme change with OK (they rebuild every text)

    def verdict(self) -> str:
        """The open profile's verdict with the settings in force, in words."""
        assessment = self.window.assessment
        if assessment is None or self.window.session is None:
            return self.tr("Open a profile to see its verdict change as you edit these values.")
        state = (
            self.tr("ready to send InMail")
            if assessment.ready
            else self.tr("not ready yet ({count} blocking)").format(count=len(assessment.blockers))
        )
        return self.tr("With these values: {score}/100, {state}.").format(
            score=assessment.score, state=state
        )

    def _shown(self) -> None:
        self.verdict_changed.emit(self.verdict())

    def disconnect_window(self) -> None:
        """Stops following the window's verdicts (the dialog closed)."""
        self.window.assessment_shown.disconnect(self._shown)
