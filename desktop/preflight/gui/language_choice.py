"""Which language the interface shows for the user's choice (Qt Core only, no widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from preflight.core.models import Language
    from preflight.gui.preferences import InterfaceLanguage


def system_language() -> Language:
    """Spanish when the system locale is Spanish, otherwise English."""
    from PySide6.QtCore import QLocale

    return "es" if QLocale.system().name().lower().startswith("es") else "en"


def effective_language(choice: InterfaceLanguage) -> Language:
    """The language to show for a preference ("system" follows the locale)."""
    return system_language() if choice == "system" else choice
