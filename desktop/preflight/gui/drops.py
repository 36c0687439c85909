"""Drops anywhere on the window: a profile opens, a photo attaches, text on the start is read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class FileDrops(QObject):
    """An event filter for the window and its text editors (where a file would become its path)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def watch(self, widget: QObject) -> None:
        """Handles drops on ``widget`` too."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(event, QDropEvent):
            return False
        mime = event.mimeData()
        if watched is not self.window and not mime.hasUrls():
            return False  # text dragged inside an editor stays an ordinary edit
        kind = event.type()
        handled = False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            handled = self.droppable(mime)
        elif kind == QEvent.Type.Drop:
            handled = self.handle(mime)
        if handled:
            event.acceptProposedAction()
        return handled

    def droppable(self, mime: QMimeData) -> bool:
        """True for local files anywhere, and for text on the start page."""
        if mime.hasUrls():
            return any(url.isLocalFile() for url in mime.urls())
        return mime.hasText() and self.window.showing_start()

    def handle(self, mime: QMimeData) -> bool:
        """Opens a dropped profile, attaches a dropped photo, or reads text dropped on the start."""
        window = self.window
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if files:
            target = files[0]
            if target.suffix.lower() not in IMAGE_SUFFIXES:
                window.open_path(target)
            elif window.session is None:
                window.statusBar().showMessage(
                    self.tr("Open a profile first, then drop your photo."), 6000
                )
                return False
            else:
                window.photos.attach(target)
            return True
        if mime.hasText() and window.showing_start():
            window.open_text(mime.text())
            return True
        return False
