"""Paints the report onto pages (PDF writer or printer) with a footer carrying "Page N of M"."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextDocument,
)

from preflight import __version__
from preflight.core.errors import InputError, input_error
from preflight.core.output_guard import user_output
from preflight.core.report import PageSize, Report
from preflight.core.report.gauge import GAUGE_URL
from preflight.core.report.history import TREND_URL
from preflight.core.report.xmp import xmp_packet
from preflight.printing.gauge import gauge_image
from preflight.printing.pagination import keep_together
from preflight.printing.trend import trend_image

FONT_FAMILY = "DejaVu Sans"
BODY_POINT_SIZE = 9.5
FOOTER_POINT_SIZE = 7.5
MARGINS_MM = QMarginsF(18, 16, 18, 14)
PDF_DPI = 300
# QTextDocument lays out in these units (CSS pixels); pages are scaled to the device's resolution.
LAYOUT_DPI = 96
# A finished PDF ends "startxref <offset> %%EOF"; a write cut short by a full disk does not.
_TRAILER_END = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TAIL_BYTES = 1024
_ROOM_FOR_A_REPORT = 4 * 1024 * 1024
# The gauge is shown 76 layout pixels wide; drawn at 4x it stays crisp at 300 dpi.
GAUGE_IMAGE_PX = 304
_QT_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def page_layout(page_size: PageSize) -> QPageLayout:
    """Portrait ``page_size`` with the report's margins."""
    return QPageLayout(
        QPageSize(_QT_PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def report_font() -> QFont:
    """The body font: DejaVu Sans (accents, €, arrows) when installed, else Qt's sans-serif."""
    font = QFont(FONT_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINT_SIZE)
    # No "fi"/"fl" ligatures: text copied or searched in the PDF must read "profile", not "proﬁle".
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def printable(report: Report, font: QFont | None = None) -> Report:
    """The report with emoji and other characters the font lacks replaced by a placeholder."""
    raw = QRawFont.fromFont(font or report_font())

    @lru_cache(maxsize=4096)
    def supports(char: str) -> bool:
        return raw.supportsCharacter(ord(char))

    return report.for_font(supports)


def layout_document(report: Report, body: QSizeF) -> QTextDocument:
    """The report as a QTextDocument paginated to pages of ``body`` size (in layout units)."""
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setDocumentMargin(0)
    gauge = gauge_image(report.score, report.ready, GAUGE_IMAGE_PX, report_font())
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(GAUGE_URL), gauge)
    if report.trend:
        line = trend_image(report.trend)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TREND_URL), line)
    document.setHtml(report.html)
    document.setPageSize(body)
    keep_together(document)
    return document


def paint_report(report: Report, device: QPagedPaintDevice) -> int:
    """Paints every page of ``report`` onto a set-up ``device``; returns the page count."""
    report = printable(report)
    resolution = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
    scale = resolution / LAYOUT_DPI
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    font = QFont(report_font())
    font.setPointSizeF(FOOTER_POINT_SIZE)
    footer_height = QFontMetricsF(font).height() * 2.2
    body = QSizeF(paint_rect.width() / scale, paint_rect.height() / scale - footer_height)
    document = layout_document(report, body)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise input_error("report.cannot_start")
    try:
        painter.scale(scale, scale)
        for index in range(pages):
            if index and not device.newPage():
                raise input_error("report.cannot_start")
            _paint_page(painter, document, index, body)
            page_label = report.page_text(index + 1, pages)
            _paint_footer(
                painter, report.footer, page_label, body=body, height=footer_height, font=font
            )
    finally:
        ended = painter.end()
    if not ended:
        raise input_error("report.cannot_start")
    return pages


def write_pdf(report: Report, path: Path, page_size: PageSize) -> int:
    """Writes the report as a PDF file all or nothing; returns the page count.

    Any failure is an InputError and leaves a file already at ``path`` as it was.
    """

    def pdf_writer(temporary: Path) -> QPdfWriter:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(page_size))
        set_metadata(writer, report)
        return writer

    return paint_pdf_file(report, path, pdf_writer)


def paint_pdf_file(
    report: Report, path: Path, device_for: Callable[[Path], QPagedPaintDevice]
) -> int:
    """Paints the report into a temporary PDF from ``device_for``, checks it, then renames it.

    Qt's PDF engine reports no write errors (QPainter.end() is True even on a full disk), so the
    finished file is checked to be a whole PDF before it replaces ``path``.
    """
    with user_output("report", path) as temporary:
        try:
            pages = paint_report(report, device_for(temporary))
        except InputError as error:
            # Qt cannot even start a page on a full disk: say so, not "check the printer".
            if error.key == "report.cannot_start" and _nearly_full(path.parent):
                raise input_error("report.disk_full", path=str(path)) from error
            raise
        if not is_complete_pdf(temporary):
            if _nearly_full(path.parent):
                raise input_error("report.disk_full", path=str(path))
            raise input_error("report.incomplete", path=str(path))
    return pages


def is_complete_pdf(path: Path) -> bool:
    """True when ``path`` ends with a PDF trailer whose ``startxref`` points at its xref table."""
    try:
        with path.open("rb") as stream:
            size = stream.seek(0, 2)
            stream.seek(max(0, size - _TAIL_BYTES))
            match = _TRAILER_END.search(stream.read())
            if match is None or int(match[1]) >= size:
                return False
            stream.seek(int(match[1]))
            return stream.read(4) == b"xref"
    except OSError:
        return False


def _nearly_full(folder: Path) -> bool:
    """True when ``folder``'s disk has less free space than a report takes."""
    try:
        disk = os.statvfs(folder)
    except OSError:
        return False
    return disk.f_bavail * disk.f_frsize < _ROOM_FOR_A_REPORT


def set_metadata(writer: QPdfWriter, report: Report) -> None:
    """Title, author (the profile's name), subject and language, in the Info dictionary and XMP."""
    creator = f"Preflight {__version__}"
    writer.setTitle(report.title)
    writer.setCreator(creator)
    if report.author:
        writer.setAuthor(report.author)
    packet = xmp_packet(
        title=report.title,
        author=report.author,
        subject=report.subject,
        language=report.language,
        creator_tool=creator,
        producer=f"Qt {qVersion()} (PySide6)",
    )
    writer.setDocumentXmpMetadata(QByteArray(packet))


def _paint_page(painter: QPainter, document: QTextDocument, index: int, body: QSizeF) -> None:
    painter.save()
    top = index * body.height()
    painter.translate(0, -top)
    document.drawContents(painter, QRectF(0, top, body.width(), body.height()))
    painter.restore()


def _paint_footer(
    painter: QPainter, left: str, right: str, *, body: QSizeF, height: float, font: QFont
) -> None:
    """Draws the footer rule and texts in device pixels, so the font prints at its point size."""
    painter.save()
    scale = painter.transform().m11()
    painter.resetTransform()
    top = (body.height() + height * 0.3) * scale
    width = body.width() * scale
    painter.setPen(QPen(QColor("#d1d9e0"), 0.75 * scale))
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.setPen(QColor("#59636e"))
    painter.setFont(font)
    text_rect = QRectF(0, top, width, height * 0.7 * scale)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, left)
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, right)
    painter.restore()
