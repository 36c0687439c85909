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
    tr = QCoreApplication.translate
    words = {
        Status.PASS: tr("Status", "Pass"),
        Status.WARN: tr("Status", "Needs work"),
        Status.FAIL: tr("Status", "Fail"),
        Status.UNKNOWN: tr("Status", "Unknown"),
    }
    return words[status]


def section_name(check: CheckId) -> str:
    """The checklist section's short translated name."""
    tr = QCoreApplication.translate
    names = {
        CheckId.PHOTO: tr("Status", "Photo"),
        CheckId.HEADLINE: tr("Status", "Headline"),
        CheckId.SUMMARY: tr("Status", "About"),
        CheckId.EXPERIENCE: tr("Status", "Experience"),
        CheckId.SKILLS: tr("Status", "Skills"),
        CheckId.POSTS: tr("Status", "Posts"),
    }
    return names[check]
