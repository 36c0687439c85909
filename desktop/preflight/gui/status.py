"""How a status looks: its icon (shape differs, not only colour) and its translated word.

Statuses and section ids are taken as their string values (the core's StrEnums compare equal), so
the window can be built before the core's models are imported."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from preflight.gui.bundled import bundled_path

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

PASS, WARN, FAIL, UNKNOWN = "pass", "warn", "fail", "unknown"

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)

_COLOURS = {PASS: "#1e7d3a", WARN: "#c77700", FAIL: "#c62828", UNKNOWN: "#6b7280"}


@cache
def _icon(status: str) -> QIcon:
    return QIcon(str(bundled_path("icons", f"status-{status}.svg")))


def status_icon(status: str) -> QIcon:
    """The icon for a status, drawn from resources/icons/status-<status>.svg."""
    return _icon(str(status))


@cache
def app_icon() -> QIcon:
    """The application icon from its PNG sizes (no SVG plug-in to load before the first paint)."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = bundled_path("icons", f"preflight-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def status_colour(status: str) -> QColor:
    """The accent colour of a status (always shown together with its icon and word)."""
    from PySide6.QtGui import QColor

    return QColor(_COLOURS[str(status)])


def status_word(status: str) -> str:
    """The status as a short translated word."""
    words = {
        PASS: QCoreApplication.translate("Status", "Pass"),
        WARN: QCoreApplication.translate("Status", "Needs work"),
        FAIL: QCoreApplication.translate("Status", "Fail"),
        UNKNOWN: QCoreApplication.translate("Status", "Unknown"),
    }
    return words[str(status)]


def section_name(check: str) -> str:
    """The checklist section's short translated name."""
    names = {
        "photo": QCoreApplication.translate("Status", "Photo"),
        "headline": QCoreApplication.translate("Status", "Headline"),
        "summary": QCoreApplication.translate("Status", "About"),
        "experience": QCoreApplication.translate("Status", "Experience"),
        "skills": QCoreApplication.translate("Status", "Skills"),
        "posts": QCoreApplication.translate("Status", "Posts"),
    }
    return names[str(check)]
