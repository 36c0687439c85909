"""Run in a subprocess on a screen of a given size and scale: prints each window's fit as JSON.

``python -m tests.gui.screen_probe`` with QT_QPA_PLATFORM=offscreen:configfile=... and
QT_SCALE_FACTOR set by the caller (tests/gui/test_screen_fit.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "gui" / "export-almost-ready"


def measure(name: str, widget: QWidget, app: QApplication, out: list[dict[str, Any]]) -> None:
    """Shows ``widget`` and records its size, its laid-out minimum and the room it had."""
    widget.show()
    app.processEvents()
    room = widget.screen().availableGeometry()
    size = widget.size().expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
    buttons = [
        b.mapTo(widget, b.rect().bottomRight()).y()
        for b in widget.findChildren(QWidget)
        if b.metaObject().className() == "QDialogButtonBox" and b.isVisible()
    ]
    out.append(
        {
            "name": name,
            "width": size.width(),
            "height": size.height(),
            "room_width": room.width(),
            "room_height": room.height(),
            "buttons_bottom": max(buttons, default=0),
        }
    )


def main() -> None:
    """Builds every top-level window the app has and measures each."""
    app = QApplication(sys.argv[:1])
    from preflight.core.settings import Settings
    from preflight.gui.dialogs import ErrorDialog
    from preflight.gui.draft_preview import DraftPreviewDialog
    from preflight.gui.main_window import MainWindow
    from preflight.gui.settings_dialog import SettingsDialog
    from preflight.gui.storage import AppPaths
    from preflight.gui.tasks import SyncTaskRunner

    folder = Path(tempfile.mkdtemp())
    paths = AppPaths(data=folder / "data", config=folder / "config")
    paths.config.mkdir(parents=True)
    paths.preferences_file.write_text(json.dumps({"language": sys.argv[1]}), encoding="utf-8")
    from preflight.gui.appearance import Translations

    translations = Translations()
    translations.apply(sys.argv[1])  # type: ignore[arg-type]
    out: list[dict[str, Any]] = []
    window = MainWindow(
        paths=paths, runner=SyncTaskRunner(), translations=translations, as_of=dt.date(2026, 11, 26)
    )
    measure("main window, start page", window, app, out)
    window.open_path(FIXTURE)
    for section in ("photo", "headline", "summary", "skills"):
        window.page.select(section)
        measure(f"main window, {section}", window, app, out)
    window.showMaximized()
    measure("main window, maximised", window, app, out)
    long_text = "Hard worker and team player. " * 40
    dialogs: list[tuple[str, QWidget]] = [
        ("settings", SettingsDialog(window, Settings(), window.preferences)),
        ("draft preview", DraftPreviewDialog(window, "summary", long_text, long_text[::-1])),
        ("error", ErrorDialog(window, "Can't open this file", "A hint.", "details\n" * 40)),
    ]
    from preflight.gui.shortcuts_dialog import ShortcutsDialog

    dialogs.append(("keyboard shortcuts", ShortcutsDialog(window)))
    for name, dialog in dialogs:
        measure(name, dialog, app, out)
        dialog.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
