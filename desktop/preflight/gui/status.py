"""How a status looks: its icon (shape differs, not only colour) and its translated word.

Statuses and section ids are taken as their string values (the core's StrEnums compare equal), so
the window can be built before the core's models are imported."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from preflight.core.resources import resource_path

PASS, WARN, FAIL, UNKNOWN = "pass", "warn", "fail", "unknown"

_COLOURS = {PASS: "#1e7d3a", WARN: "#c77700", FAIL: "#c62828", UNKNOWN: "#6b7280"}


@cache
def _icon(status: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"status-{status}.svg")))


def status_icon(status: str) -> QIcon:
    """The icon for a status, drawn from resources/icons/status-<status>.svg."""
    return _icon(str(status))


@cache
def app_icon() -> QIcon:
    """The application icon, when the packaging files are present."""
    path = resource_path("icons", "preflight.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def status_colour(status: str) -> QColor:
    """The accent colour of a status (always shown together with its icon and word)."""
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
