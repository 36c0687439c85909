"""A visible mark in the status bar while custom thresholds or a team preset are in use."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from preflight.core.safe_write import write_atomically

if TYPE_CHECKING:
    from preflight.core.settings import Settings
    from preflight.gui.main_window import MainWindow

PRESET_FILE = "preset.json"


class SettingsMark(QObject):
    """Names the settings in force when they are not Preflight's defaults."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.memory = window.paths.config / PRESET_FILE
        self.label = QLabel()
        self.label.setObjectName("settingsMark")
        window.statusBar().addPermanentWidget(self.label)
        self.label.hide()  # until a verdict is shown: thresholds matter only for one
        window.assessment_shown.connect(self.update)

    def remember_preset(self, name: str, settings: Settings) -> None:
        """Keeps the name of an imported team preset, with its values."""
        record = {"name": name, "settings": settings.model_dump(mode="json")}
        try:
            write_atomically(self.memory, json.dumps(record, ensure_ascii=False))
        except OSError:
            return

    def preset_name(self, settings: Settings) -> str:
        """The team preset's name when ``settings`` are still exactly that preset."""
        try:
            record = json.loads(self.memory.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return ""
        if not isinstance(record, dict) or record.get("settings") != settings.model_dump(
            mode="json"
        ):
            return ""
        return str(record.get("name", ""))

    def text(self) -> str:
        """What the mark says ("" with the default settings)."""
        from preflight.core.settings import Settings

        settings = self.window.settings
        if settings == Settings():
            return ""
        name = self.preset_name(settings)
        if name:
            return self.tr("\u2699 Team preset: {name}").format(name=name)
        return self.tr("\u2699 Custom thresholds")

    def update(self) -> None:
        """Shows or hides the mark for the settings in force."""
        text = self.text()
        self.label.setText(text)
        self.label.setToolTip(self.tr("The checklist uses your own limits; see Settings."))
        self.label.setAccessibleName(text)
        self.label.setVisible(bool(text))
