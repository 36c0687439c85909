"""Print, preview and Export PDF from the app, with the dialogs replaced by answers."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
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


def test_export_pdf_never_writes_over_the_profile_it_came_from(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "Profile.pdf"
    profile.write_bytes(b"%PDF-1.4 the member's LinkedIn PDF")
    link = tmp_path / "link.pdf"
    link.symlink_to(profile)
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_export_error", lambda parent, title, text: said.append(text))
    for chosen in (profile, link, tmp_path / "Profile"):  # a name without .pdf gets it added
        monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, c=chosen: str(c))
        assert dialogs.export_pdf(None, report, inputs=(profile,)) is None
    assert len(said) == 3
    assert all("same file as the input Profile.pdf" in text for text in said)
    assert profile.read_bytes() == b"%PDF-1.4 the member's LinkedIn PDF"


def test_export_pdf_onto_a_folder_is_refused_with_a_message(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_export_error", lambda parent, title, text: said.append(text))
    target = tmp_path / "folder.pdf"
    target.mkdir()
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested: str(target))
    assert dialogs.export_pdf(None, report) is None
    message, hint = said[0].splitlines()
    assert message == f"{target} is a folder, not a file name."
    assert hint == f"Give a file name, for example {target}/report.pdf."
    assert target.is_dir()


def test_print_to_file_never_writes_over_an_input(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "Profile.pdf"
    profile.write_bytes(b"%PDF-1.4 the member's LinkedIn PDF")
    titles: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_export_error", lambda parent, title, text: titles.append(title)
    )

    def choose_the_profile(parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(profile))
        return True

    monkeypatch.setattr(dialogs, "ask_print", choose_the_profile)
    assert not dialogs.print_report(None, report, inputs=(profile,))
    assert titles == ["Print Report"]
    assert profile.read_bytes() == b"%PDF-1.4 the member's LinkedIn PDF"


def _print_from_the_preview(target: Path) -> Callable[[QPrintPreviewDialog], None]:
    """A stand-in for the preview dialog whose user prints the pages to ``target``."""

    def print_to_file(dialog: QPrintPreviewDialog) -> None:
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        widget.print_()

    return print_to_file


def test_printing_to_a_file_from_the_preview_writes_a_whole_pdf(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-preview.pdf"
    monkeypatch.setattr(dialogs, "show_preview", _print_from_the_preview(target))
    dialogs.preview_report(None, report)
    assert "Page 1 of" in _pdf_text(target)
    assert [p.name for p in tmp_path.iterdir()] == ["from-preview.pdf"]


def test_printing_from_the_preview_never_writes_over_an_input(
    qapp: object, report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "Profile.pdf"
    profile.write_bytes(b"%PDF-1.4 the member's LinkedIn PDF")
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_export_error", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(dialogs, "show_preview", _print_from_the_preview(profile))
    dialogs.preview_report(None, report, inputs=(profile,))
    assert said and "same file as the input Profile.pdf" in said[0]
    assert profile.read_bytes() == b"%PDF-1.4 the member's LinkedIn PDF"
