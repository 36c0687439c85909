"""Print, preview and Export PDF from the app, with the dialogs replaced by answers."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from preflight.core.report import Report, build_report
from preflight.printing import dialogs
from tests.core.report.builders import GENERATED, make_assessment, make_profile


@pytest.fixture
def report() -> Report:
    profile = make_profile(posts=12)
    return build_report(profile, make_assessment(profile), GENERATED, "en")


def _pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is missing: `make test` installs poppler-utils")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout)


def test_export_pdf_writes_the_chosen_file(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def answer(parent: object, suggested: Path) -> str:
        asked.append(suggested)
        return str(tmp_path / "ana")

    monkeypatch.setattr(dialogs, "ask_pdf_path", answer)
    written = dialogs.export_pdf(None, report)
    assert written == tmp_path / "ana.pdf"
    assert asked[0].name == "InMail readiness report - Ana Núñez.pdf"
    assert "Ana Núñez" in _pdf_text(written)


def test_export_pdf_cancelled_writes_nothing(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested: "")
    assert dialogs.export_pdf(None, report) is None


def test_print_sends_every_page_to_the_chosen_printer(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"

    def choose_file_printer(parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(dialogs, "ask_print", choose_file_printer)
    assert dialogs.print_report(None, report)
    text = _pdf_text(target)
    assert "Page 1 of" in text and "Your plan" in text


def test_print_cancelled_prints_nothing(
    qapp: object, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[object] = []
    monkeypatch.setattr(dialogs, "ask_print", lambda parent, printer: False)
    monkeypatch.setattr(dialogs, "paint_report", lambda *args: painted.append(args))
    assert not dialogs.print_report(None, report)
    assert painted == []


def test_preview_shows_the_report_pages(
    qapp: object, report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages: list[int] = []

    def look(dialog: QPrintPreviewDialog) -> None:
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())

    monkeypatch.setattr(dialogs, "show_preview", look)
    dialogs.preview_report(None, report)
    assert pages and pages[0] >= 2
