"""The app's report commands: Export PDF and the Report button use the open profile."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

from preflight.printing import dialogs as print_dialogs


def _pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is missing: `make test` installs poppler-utils")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def test_export_pdf_prints_the_open_profile_as_edited(
    loaded: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(print_dialogs, "ask_pdf_path", lambda parent, suggested: str(target))
    loaded.pdf_action.trigger()
    text = _pdf_text(target)
    profile = loaded.session.profile_to_judge()
    assert profile.name in text
    assert (
        " ".join(profile.summary.split())[:60] in text
    )  # quoted from the profile, not just scored
    assert "Page 1 of" in text


def test_report_button_opens_the_preview(loaded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[int] = []

    def look(dialog: QPrintPreviewDialog) -> None:
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())

    monkeypatch.setattr(print_dialogs, "show_preview", look)
    loaded.page.banner.report_button.click()
    assert pages and pages[0] >= 1
