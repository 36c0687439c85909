"""Pictures of the main states in English and Spanish, for a person to look at.

Set PREFLIGHT_SCREENSHOTS to a folder to keep them (``screenshots/`` is git-ignored)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tests.gui.conftest import ALMOST_READY, GOOD_HEADLINE, GOOD_SUMMARY, edit
from tests.gui.test_settings import spanish_translation  # noqa: F401  (builds the .qm)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screenshots go."""
    folder = Path(os.environ.get("PREFLIGHT_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(window: Any, qtbot: Any, path: Path) -> None:
    qtbot.wait(10)  # lets posted layout and language-change events run before the picture
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 900 and image.height() >= 600


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshots_of_start_blocked_and_ready(
    make_window: Any, qtbot: Any, shots: Path, language: str
) -> None:
    window = make_window()
    window.translations.apply(language)
    window.preferences = window.preferences.replace(language=language)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.file_menu.title() in ("&File", "&Archivo"))
    _save(window, qtbot, shots / f"start-{language}.png")
    window.open_path(ALMOST_READY)
    assert not window.page.banner.is_ready()
    _save(window, qtbot, shots / f"blocked-{language}.png")
    edit(window, "headline", GOOD_HEADLINE)
    edit(window, "summary", GOOD_SUMMARY)
    assert window.page.banner.is_ready()
    _save(window, qtbot, shots / f"ready-{language}.png")
