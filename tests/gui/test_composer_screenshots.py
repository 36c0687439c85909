"""Pictures of the composer blocked and ready, in English and Spanish, for a person to look at.

Set PREFLIGHT_SCREENSHOTS to a folder to keep them (``screenshots/`` is git-ignored); the ones in
docs/screenshots were taken this way under Xvfb and openbox at 1366x768."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tests.gui.conftest import ALMOST_READY, GOOD_HEADLINE, GOOD_SUMMARY, edit
from tests.gui.test_settings import spanish_translation  # noqa: F401  (builds the .qm)

RECIPIENT = {
    "en": ("Maria Lopez", "Northwind Retail", "Head of Logistics"),
    "es": ("María López", "Norte Retail", "Directora de Logística"),
}
POST = {
    "en": "Half-empty lorries are the real cost of same-day delivery. We measured it in 40 stores.",
    "es": "Los camiones medio vacíos son el coste real de la entrega en el día. Lo medimos en 40 "
    "tiendas.",
}
BLOCKED = {
    "en": ("Quick question", "Hi [Name],\n\nI came across your profile. Let me know!"),
    "es": ("Pregunta rápida", "Hola [Nombre]:\n\nVi tu perfil. ¡Dime algo!"),
}
READY = {
    "en": (
        "Your post on half-empty lorries",
        "Hi Maria,\n\nI read your post on half-empty lorries at Northwind Retail, and the figures "
        "from your 40 stores stayed with me.\n\nI plan routes for a freight team. In 2025 I cut "
        "empty miles by 18% with a shared load board, and part of it could work for your stores."
        "\n\nWould you be open to a 15-minute call next week to compare notes?\n\nThanks for "
        "reading.",
    ),
    "es": (
        "Tu publicación sobre camiones medio vacíos",
        "Hola María:\n\nLeí tu publicación sobre los camiones medio vacíos en Norte Retail y me "
        "quedé con las cifras de tus 40 tiendas.\n\nPlanifico rutas para un equipo de transporte. "
        "En 2025 reduje un 18% los kilómetros en vacío con una bolsa de cargas compartida, y creo "
        "que una parte serviría en tus tiendas.\n\n¿Te parece una llamada de 15 minutos la próxima "
        "semana para comparar notas?\n\nGracias por leerme.",
    ),
}


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screenshots go."""
    folder = Path(os.environ.get("PREFLIGHT_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(widget: Any, qtbot: Any, path: Path) -> None:
    qtbot.wait(10)  # lets posted layout and language-change events run before the picture
    assert widget.grab().save(str(path))
    assert QImage(str(path)).width() >= 900


def _write(composer: Any, subject: str, body: str) -> None:
    composer.subject_edit.setPlainText(subject)
    composer.body_edit.setPlainText(body)
    composer.recheck()


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshots_of_the_composer_blocked_and_ready(
    make_window: Any, qtbot: Any, shots: Path, language: str
) -> None:
    window = make_window()
    window.translations.apply(language)
    window.preferences = window.preferences.replace(language=language)
    window.open_path(ALMOST_READY)
    composer = window.composer.open()
    composer.resize(1280, 700)
    qtbot.waitExposed(composer)
    name, company, role = RECIPIENT[language]
    composer.name_edit.setText(name)
    composer.company_edit.setText(company)
    composer.role_edit.setText(role)
    composer.post_edit.setPlainText(POST[language])
    _write(composer, *BLOCKED[language])
    assert not composer.banner.is_ready()
    _save(composer, qtbot, shots / f"composer-blocked-{language}.png")
    edit(window, "headline", GOOD_HEADLINE)
    edit(window, "summary", GOOD_SUMMARY)
    window.page.details.headline_editor.copy_button.click()  # the edits are on LinkedIn now
    window.page.details.summary_editor.copy_button.click()
    window.rescore()
    _write(composer, *READY[language])
    assert composer.banner.is_ready(), composer.assessment.draft_blockers
    composer.copy_subject.click()
    composer.copy_body.click()
    _save(composer, qtbot, shots / f"composer-ready-{language}.png")
