"""A PDF that cannot be read safely is an error dialog in the app, and the app carries on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from preflight.core.importers.pdf import isolation
from tests.core.importers._pdf_helpers import content_encoded_twice

PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "linkedin_en.pdf"


def test_a_pdf_encoded_twice_is_explained_in_a_dialog(
    window: Any, dialogs: Any, tmp_path: Path
) -> None:
    hostile = tmp_path / "Profile.pdf"
    hostile.write_bytes(content_encoded_twice())
    window.open_path(hostile)
    assert len(dialogs.errors) == 1
    assert "layers of encoding" in dialogs.errors[0]["message"]
    assert dialogs.errors[0]["details"] == ""  # explained, not a traceback


def test_a_pdf_reader_that_does_not_answer_is_a_dialog_and_the_app_carries_on(
    window: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No time at all for the child: as if PDFium had died or hung on the file.
    monkeypatch.setattr(isolation, "CHILD_WALL_SECONDS", 0.0)
    window.open_path(PDF)
    assert len(dialogs.errors) == 1
    assert "could not read this PDF" in dialogs.errors[0]["message"]
    monkeypatch.setattr(isolation, "CHILD_WALL_SECONDS", 15.0)
    window.open_path(PDF)  # the next PDF is read as usual, by a fresh child
    assert window.session is not None
    assert window.session.imported.name
    assert len(dialogs.errors) == 1
