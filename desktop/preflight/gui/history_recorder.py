"""Keeps each verdict of the open profile in the score history and shows the chart."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from preflight.core.history import HISTORY_FILE, HistoryEntry, HistoryStore

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow

# Verdicts closer together than this are one editing burst: the last one stands for them.
BURST = dt.timedelta(minutes=10)


class HistoryRecorder(QObject):
    """Records each assessment shown (one per editing burst) and refreshes the chart."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = HistoryStore(window.paths.data / HISTORY_FILE)
        self.failed = False
        self._key_of: tuple[object, str] | None = None
        window.assessment_shown.connect(self.record)

    def profile_key(self) -> str:
        """The open profile's key in the history (its file), resolved once per opened profile."""
        session = self.window.session
        if session is None:
            return ""
        if self._key_of is None or self._key_of[0] is not session:
            self._key_of = (session, str(session.path.resolve()))
        return self._key_of[1]

    def record(self) -> None:
        """Keeps the verdict on screen; a history that cannot be written never stops the app."""
        w = self.window
        if w.session is None or w.assessment is None or self.failed:
            return
        key = self.profile_key()
        try:
            self.store.record(key, w.assessment, dt.datetime.now(), merge_within=BURST)
            entries = self.store.entries(key)
        except (sqlite3.Error, OSError) as error:
            self.failed = True
            w.statusBar().showMessage(
                self.tr("Could not keep the score history: {error}").format(error=error), 8000
            )
            return
        if self.store.set_aside is not None:
            w.statusBar().showMessage(
                self.tr(
                    "The score history file was damaged; it was set aside as {name} and a new "
                    "one started."
                ).format(name=self.store.set_aside.name),
                15000,
            )
            self.store.set_aside = None
        self.show(entries)

    def show(self, entries: list[HistoryEntry]) -> None:
        """Charts the entries; a single check is no history yet, so the chart waits for two."""
        page = self.window.page
        page.chart.set_entries(entries)
        page.chart.setVisible(len(entries) > 1)
        page.chart_label.setVisible(len(entries) > 1)

    def clear(self) -> None:
        """Forgets every recorded score (Settings → Clear score history)."""
        try:
            self.store.clear()
        except (sqlite3.Error, OSError) as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return
        if self.window.session is not None:
            self.show([])
