"""Pictures of the credits window in English and Spanish, for a person to look at.

Set PREFLIGHT_SCREENSHOTS to a folder to keep them (the README's are in docs/screenshots/)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tests.gui.outreach_seed import large_log
from tests.gui.test_settings import spanish_translation  # noqa: F401  (builds the .qm)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the pictures go: PREFLIGHT_SCREENSHOTS, else the test's temporary folder."""
    folder = Path(os.environ.get("PREFLIGHT_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize(
    ("language", "available"), [("en", "credits available"), ("es", "créditos disponibles")]
)
def test_screenshot_of_the_credits_window(
    make_window: Any,
    qtbot: Any,
    shots: Path,
    language: str,
    available: str,
) -> None:
    window = make_window()
    large_log(window.paths.data / "outreach.sqlite")
    window.translations.apply(language)
    window.preferences = window.preferences.replace(language=language)
    view = window.outreach.show_view()
    view.resize(1300, 720)
    qtbot.waitExposed(view)
    assert available in view.available_label.text()
    # Every control a screen reader meets has a name.
    for widget in (view.plan_button, view.import_button, view.table, *view.charts.values()):
        assert widget.accessibleName()
    qtbot.wait(10)  # lets posted layout events run before the picture
    path = shots / f"credits-{language}.png"
    assert view.grab().save(str(path))
    assert QImage(str(path)).width() >= 1000
    view.close()
