"""How a status looks: its icon (shape differs, not only colour) and its translated word."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from preflight.core.assessment import CheckId
from preflight.core.models import Status
from preflight.core.resources import resource_path

_COLOURS = {
    Status.PASS: "#1e7d3a",
    Status.WARN: "#c77700",
    Status.FAIL: "#c62828",
    Status.UNKNOWN: "#6b7280",
}


@cache
def status_icon(status: Status) -> QIcon:
    """The icon for a status, drawn from resources/icons/status-<status>.svg."""
    return QIcon(str(resource_path("icons", f"status-{status.value}.svg")))


@cache
def app_icon() -> QIcon:
    """The application icon, when the packaging files are present."""
    path = resource_path("icons", "preflight.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def status_colour(status: Status) -> QColor:
    """The accent colour of a status (always shown together with its icon and word)."""
    return QColor(_COLOURS[status])


def status_word(status: Status) -> str:
    """The status as a short translated word."""
    words = {
        Status.PASS: QCoreApplication.translate("Status", "Pass"),
        Status.WARN: QCoreApplication.translate("Status", "Needs work"),
        Status.FAIL: QCoreApplication.translate("Status", "Fail"),
        Status.UNKNOWN: QCoreApplication.translate("Status", "Unknown"),
    }
    return words[status]


def section_name(check: CheckId) -> str:
    """The checklist section's short translated name."""
    names = {
        CheckId.PHOTO: QCoreApplication.translate("Status", "Photo"),
        CheckId.HEADLINE: QCoreApplication.translate("Status", "Headline"),
        CheckId.SUMMARY: QCoreApplication.translate("Status", "About"),
        CheckId.EXPERIENCE: QCoreApplication.translate("Status", "Experience"),
        CheckId.SKILLS: QCoreApplication.translate("Status", "Skills"),
        CheckId.POSTS: QCoreApplication.translate("Status", "Posts"),
    }
    return names[check]
