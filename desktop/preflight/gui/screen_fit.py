"""Sizing windows and dialogs to the screen they are on, so nothing ends up off-screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and frame around a window (logical pixels).
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def available_area(widget: QWidget | None = None) -> QRect | None:
    """The usable area of the widget's screen (else the primary screen), panels excluded."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resizes to ``width`` x ``height``, or less when the screen (with a frame) is smaller."""
    room = available_area(widget)
    if room is not None:
        width = min(width, room.width() - FRAME_WIDTH)
        height = min(height, room.height() - FRAME_HEIGHT)
    widget.resize(max(width, 1), max(height, 1))


def fits(widget: QWidget) -> bool:
    """True when the widget, with a frame around it, fits its screen's usable area."""
    room = available_area(widget)
    if room is None:
        return True
    size = widget.size().expandedTo(widget.minimumSizeHint())
    return (
        size.width() + FRAME_WIDTH <= room.width() and size.height() + FRAME_HEIGHT <= room.height()
    )


def keep_on_screen(widget: QWidget) -> None:
    """Shrinks and moves a window (e.g. one restored from a bigger monitor) into the usable area."""
    room = available_area(widget)
    if room is None:
        return
    width = min(widget.width(), room.width() - FRAME_WIDTH)
    height = min(widget.height(), room.height() - FRAME_HEIGHT)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    x = min(max(widget.x(), room.left()), room.right() - width)
    y = min(max(widget.y(), room.top()), room.bottom() - height)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)
