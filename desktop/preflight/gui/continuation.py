"""Where the user left off: offered on the start page, and said when a draft comes back."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from preflight.core.safe_write import write_atomically

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow

LAST_FILE = "last-profile.json"


def read_last(path: Path) -> tuple[Path, str, dt.datetime] | None:
    """The last profile opened (its file, the person's name, when), or None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return (
            Path(str(data["path"])),
            str(data.get("name", "")),
            dt.datetime.fromisoformat(str(data["when"])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class Continuation(QObject):
    """Remembers the profile last opened and offers it back; says when edits were restored."""

    def __init__(self, window: MainWindow, now: dt.datetime | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.now = now
        self.memory = window.paths.data / LAST_FILE
        window.profile_loaded.connect(self._loaded)
        window.start.continue_requested.connect(self._continue)
        # After the first paint: reading the draft loads the settings models.
        QTimer.singleShot(0, self.offer)

    def _now(self) -> dt.datetime:
        return self.now or dt.datetime.now()

    def last(self) -> tuple[Path, str, dt.datetime] | None:
        """The profile to offer, with when it was last edited (its draft) or opened."""
        found = read_last(self.memory)
        if found is None or not found[0].exists():
            return None
        path, name, when = found
        drafts = self.window.drafts
        draft_file = drafts.path_for(path)
        if draft_file.exists() and not drafts.load(path).is_empty():
            when = dt.datetime.fromtimestamp(draft_file.stat().st_mtime)
        return path, name, when

    def offer(self) -> None:
        """Shows (or hides) the offer to continue on the start page."""
        found = self.last()
        if found is None:
            self.window.start.show_continue("", "")
            return
        path, name, when = found
        self.window.start.show_continue(name or path.name, self.ago(when))

    def ago(self, when: dt.datetime) -> str:
        """'5 minutes ago' in the interface language."""
        seconds = max((self._now() - when).total_seconds(), 0)
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            n = int(seconds // 60)
            return self.tr("1 minute ago") if n == 1 else self.tr("{n} minutes ago").format(n=n)
        if seconds < 86400:
            n = int(seconds // 3600)
            return self.tr("1 hour ago") if n == 1 else self.tr("{n} hours ago").format(n=n)
        n = int(seconds // 86400)
        return self.tr("1 day ago") if n == 1 else self.tr("{n} days ago").format(n=n)

    def _continue(self) -> None:
        found = self.last()
        if found is not None:
            self.window.open_path(found[0])

    def _loaded(self, _path: str) -> None:
        w = self.window
        session = w.session
        if session is None:
            return
        previous = self.last()
        record = {
            "path": str(session.path),
            "name": session.imported.name,
            "when": self._now().isoformat(timespec="seconds"),
        }
        with contextlib.suppress(OSError):  # only a convenience: the profile itself is open
            write_atomically(self.memory, json.dumps(record, ensure_ascii=False))
        if session.has_text_edits():
            edited = (
                previous[2]
                if previous and previous[0] == session.path
                else dt.datetime.fromtimestamp(w.drafts.path_for(session.path).stat().st_mtime)
                if w.drafts.path_for(session.path).exists()
                else self._now()
            )
            message = self.tr(
                "Your edits from {when} are back. Reset to imported puts the original text back."
            ).format(when=self.ago(edited))
            w.statusBar().showMessage(message, 15000)
            self.restored_message = message
