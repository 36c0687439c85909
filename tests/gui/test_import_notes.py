"""What the source could not show is said beside the checklist in the interface's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from preflight.core.messages import messages
from preflight.core.notices import notice

PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "linkedin_en.pdf"


def test_a_pdf_note_is_in_spanish_when_the_interface_is(
    make_window: Any, app_paths: Any, qtbot: Any
) -> None:
    app_paths.preferences_file.write_text('{"language": "es"}', encoding="utf-8")
    window = make_window()
    window.translations.apply(window.language())  # as the app does at start-up
    window.open_path(PDF)  # an English profile: the note follows the interface, not the profile
    assert window.session is not None
    assert window.session.imported.warnings == [notice("pdf.limits", count=3)]
    shown = window.page.warnings.text()
    assert window.page.warnings.isVisibleTo(window)
    assert "Un PDF de LinkedIn muestra solo tus 3 aptitudes principales" in shown
    assert "top 3 skills" not in shown
    window.translations.apply("en")  # a live switch rewrites the note
    english = notice("pdf.limits", count=3).text(messages("en"))
    qtbot.waitUntil(lambda: english in window.page.warnings.text())
