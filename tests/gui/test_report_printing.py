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

LINKEDIN_PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "linkedin_en.pdf"


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
    # Flagged words carry a circled number (①) after them in the quote: read past those (before
    # NFKC, which would turn ① into 1).
    command = ["pdftotext", str(target), "-"]
    raw = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    unmarked = " ".join("".join(ch for ch in raw if not 0x2460 <= ord(ch) <= 0x24FF).split())
    profile = loaded.session.profile_to_judge()
    assert profile.name in text
    assert (
        " ".join(profile.summary.split())[:60] in unmarked
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


@pytest.fixture
def export_copy(tmp_path: Path) -> Path:
    """A copy of the almost-ready export that the test may try to write into."""
    from tests.gui.conftest import ALMOST_READY

    return Path(shutil.copytree(ALMOST_READY, tmp_path / "export"))


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_export_pdf_refuses_to_write_over_the_open_profile_pdf(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = Path(shutil.copyfile(LINKEDIN_PDF, tmp_path / "Profile.pdf"))
    original = profile.read_bytes()
    window.open_path(profile)
    assert window.session is not None
    said: list[str] = []
    monkeypatch.setattr(
        print_dialogs, "show_export_error", lambda parent, title, text: said.append(text)
    )
    monkeypatch.setattr(print_dialogs, "ask_pdf_path", lambda parent, suggested: str(profile))
    window.pdf_action.trigger()
    assert said and "same file as the input Profile.pdf" in said[0]
    assert profile.read_bytes() == original


def test_export_pdf_refuses_to_write_into_the_open_export_folder(
    window: Any, export_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(export_copy)
    assert window.session is not None
    before = _snapshot(export_copy)
    said: list[str] = []
    monkeypatch.setattr(
        print_dialogs, "show_export_error", lambda parent, title, text: said.append(text)
    )
    target = export_copy / "report.pdf"
    monkeypatch.setattr(print_dialogs, "ask_pdf_path", lambda parent, suggested: str(target))
    window.pdf_action.trigger()
    assert said and "inside the input export" in said[0]
    assert _snapshot(export_copy) == before
    assert not target.exists()
