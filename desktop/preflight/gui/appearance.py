"""Interface language (Qt translators, following the system locale) and light/dark theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from preflight.gui.bundled import bundled_path
from preflight.gui.language_choice import effective_language, system_language

__all__ = ["Translations", "apply_theme", "effective_language", "system_language"]

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

    from preflight.core.models import Language
    from preflight.gui.preferences import Theme


class Translations:
    """Installs the app's and Qt's own translations for one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: Language = "en"

    def apply(self, language: Language) -> bool:
        """Switches the interface language; True when its translation was found (or English)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
        )
        if language == "en":
            return True
        found = False
        own = QTranslator(app)
        if own.load(str(bundled_path("translations", f"preflight_{language}.qm"))):
            QCoreApplication.installTranslator(own)
            self._installed.append(own)
            found = True
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            QCoreApplication.installTranslator(qt)
            self._installed.append(qt)
        return found


def apply_theme(theme: Theme) -> None:
    """Light, dark, or the system's choice, on the Fusion style which honours both."""
    # Imported here, not at the top: loading Qt's namespace enums slows the first paint.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QPalette

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
        "system": Qt.ColorScheme.Unknown,
    }[theme]
    QGuiApplication.styleHints().setColorScheme(scheme)
    # Not every platform follows the hint (X11 without a desktop's theme does not), so the
    # chosen palette is also set outright; "system" goes back to the platform's own.
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text, links and selections."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202225",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#2b2e33",  # lighter than the window: boxes stand out
        QPalette.ColorRole.AlternateBase: "#33363c",
        QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9da3",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#3a3d42",
        QPalette.ColorRole.Midlight: "#33363a",
        QPalette.ColorRole.Mid: "#5a5d63",
        QPalette.ColorRole.Dark: "#121314",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.LinkVisited: "#c39bff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(disabled, role, QColor("#7c7f85"))
    return palette
