"""The app's ways out for the report: print (QPrintDialog), preview, and export to a PDF file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtGui import QPaintEngine
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from preflight.core.errors import InputError
from preflight.core.output_guard import check_output
from preflight.core.report import PageSize, Report, page_size_for_locale
from preflight.printing.render import page_layout, paint_pdf_file, paint_report, write_pdf

# Strings are translated in the "ReportPrinting" context, written out in each call so that
# pyside6-lupdate files them there (it cannot follow a helper function, alias or variable).


def locale_page_size() -> PageSize:
    """Letter or A4 after the system locale, the starting paper for print and PDF."""
    return page_size_for_locale(QLocale.system().name())


def print_report(
    parent: QWidget | None, report: Report, inputs: Iterable[Path | str | None] = ()
) -> bool:
    """Asks for a printer and prints the report; False when the user cancels or it failed."""
    printer = _new_printer()
    if not ask_print(parent, printer):
        return False
    return print_job(parent, report, printer, inputs)


def print_job(
    parent: QWidget | None,
    report: Report,
    printer: QPrinter,
    inputs: Iterable[Path | str | None] = (),
) -> bool:
    """Paints the report on a set-up printer (or a preview page); False, with a message, if not.

    "Print to file" gets the same care as Export PDF: never over ``inputs``, written to a
    temporary file that replaces the target only when it is a whole PDF.
    """
    target = printer.outputFileName()
    engine = printer.paintEngine()
    to_file = bool(target) and engine is not None and engine.type() == QPaintEngine.Type.Pdf

    def into(temporary: Path) -> QPrinter:
        printer.setOutputFileName(str(temporary))
        return printer

    try:
        if to_file:
            check_output(Path(target), inputs)
            paint_pdf_file(report, Path(target), into)
        else:
            paint_report(report, printer)
    except InputError as error:  # refused, or the printer would not start or finish the job
        title = QCoreApplication.translate("ReportPrinting", "Print Report")
        show_export_error(parent, title, _explained(report, error))
        return False
    finally:
        if to_file:
            printer.setOutputFileName(target)
    return True


def preview_report(
    parent: QWidget | None, report: Report, inputs: Iterable[Path | str | None] = ()
) -> None:
    """Shows the report's pages in a print preview, from which the user may print."""
    printer = _new_printer()  # the dialog does not own it: keep it alive while the dialog runs
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrinting", "Print Preview"))
    protected = tuple(inputs)
    dialog.paintRequested.connect(lambda printer: print_job(parent, report, printer, protected))
    show_preview(dialog)
    dialog.deleteLater()


def export_pdf(
    parent: QWidget | None, report: Report, inputs: Iterable[Path | str | None] = ()
) -> Path | None:
    """Asks where to save and writes the report as a PDF; returns the file, or None if not written.

    The file is never one of ``inputs`` (the profile and photo it was made from) or inside them,
    and a failed write leaves a file already at that name as it was.
    """
    chosen = ask_pdf_path(parent, suggested_pdf_path(report))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        check_output(path, inputs)
        write_pdf(report, path, locale_page_size())
    except InputError as error:
        title = QCoreApplication.translate("ReportPrinting", "Export PDF")
        show_export_error(parent, title, _explained(report, error))
        return None
    return path


def suggested_pdf_path(report: Report) -> Path:
    """The report's file name in the user's documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / f"{report.file_stem}.pdf"


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    """The print dialog (replaced in tests); True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrinting", "Print Report"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> str:
    """The save dialog (replaced in tests); an empty string when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportPrinting", "Export PDF"),
        str(suggested),
        QCoreApplication.translate("ReportPrinting", "PDF files (*.pdf)"),
    )
    return chosen


def show_export_error(parent: QWidget | None, title: str, text: str) -> None:
    """Says why the PDF was not written (replaced in tests)."""
    QMessageBox.warning(parent, title, text)


def show_preview(dialog: QPrintPreviewDialog) -> None:
    """Runs the preview dialog (replaced in tests)."""
    dialog.exec()


def _explained(report: Report, error: InputError) -> str:
    from preflight.core.messages import messages

    message, hint = error.localized(messages(report.language))
    return f"{message}\n{hint}" if hint else message


def _new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(locale_page_size()))
    return printer
