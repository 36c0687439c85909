"""Opens a PDF safely, checks LinkedIn made it, and reads its text runs with positions (PDFium).

PDFium (pypdfium2) was picked by measuring (``bench/bench_pdf_libraries.py``). On the five public
samples all three candidates fed the same layout code gave the same, fully correct results (58/58
name, headline and position checks), and PDFium was the fastest: pypdf took about 3 times as
long and pdfplumber (pdfminer) about 14 times. PDFium also reports each text run's font size and
fill colour directly, which the layout needs to tell a title from a company or a location from
a description, and it is the engine Chrome uses on hostile PDFs, so damaged input fails fast.
"""

from __future__ import annotations

import ctypes
import functools
import math
import threading
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from preflight.core.errors import InputError, input_error
from preflight.core.importers.pdf.isolation import (
    Started,
    finish_isolated,
    run_isolated,
    start_isolated,
)
from preflight.core.importers.pdf.layout import Span
from preflight.core.importers.pdf.lexicon import PdfLexicon, fold
from preflight.core.importers.pdf.limits import (
    MAX_BYTES,
    MAX_PAGE_OBJECTS,
    MAX_PAGES,
    inflated_size_exceeds_limit,
    unmeasurable_filters,
)
from preflight.core.importers.reading import read_capped

# PDFium is not thread-safe: one document at a time, whichever thread asks.
_PDFIUM_LOCK = threading.Lock()
# Children started by ``read_ahead`` whose spans nobody has collected yet.
_AHEAD: list[Started] = []


def read_spans(path: Path, lexicon: PdfLexicon, data: bytes | None = None) -> list[Span]:
    """The positioned text runs of a LinkedIn profile PDF; InputError for anything else.

    ``data`` is the file's content when the caller has already read it (a pipe can be read only
    once). PDFium runs in a child process (see ``isolation``): a crash there is a refusal here.
    """
    if data is None:
        data = _read_capped(path)
    elif len(data) > MAX_BYTES:
        raise input_error("pdf.too_big", name=path.name, mb=MAX_BYTES // (1024 * 1024))
    if not data:
        raise input_error("pdf.empty", name=path.name)
    if b"%PDF-" not in data[:1024]:
        raise input_error("pdf.not_a_pdf", name=path.name)
    if b"%%EOF" not in data[-1024:]:
        raise input_error("pdf.incomplete", name=path.name)
    reader = functools.partial(spans_from_bytes, lexicon=lexicon)
    started = _take_ahead(reader, data, path.name)
    if started is not None:
        return finish_isolated(started)
    return run_isolated(reader, data, path.name)


def read_ahead(path: Path, lexicon: PdfLexicon) -> None:
    """Starts reading the PDF at ``path`` in its child now; ``read_spans`` collects the spans.

    The command line calls it before it loads the analysis, so PDFium works on the second core
    while spaCy loads on the first. Whatever is wrong with the file is left for ``read_spans``
    to say: here it only means nothing is started.
    """
    try:
        data = _read_capped(path)
    except InputError:
        return
    if data and b"%PDF-" in data[:1024] and b"%%EOF" in data[-1024:]:
        reader = functools.partial(spans_from_bytes, lexicon=lexicon)
        _AHEAD.append(start_isolated(reader, data, path.name))


def _take_ahead(reader: functools.partial[list[Span]], data: bytes, name: str) -> Started | None:
    """The child ``read_ahead`` started on exactly these bytes with this reader, if any."""
    for index, started in enumerate(_AHEAD):
        earlier = started.reader
        if (
            isinstance(earlier, functools.partial)
            and earlier.func is reader.func
            and earlier.keywords == reader.keywords
            and started.name == name
            and started.data == data
        ):
            return _AHEAD.pop(index)
    return None


def spans_from_bytes(data: bytes, name: str, lexicon: PdfLexicon) -> list[Span]:
    """The text runs of the PDF in ``data``, read in this process (the child, normally)."""
    # Measured before PDFium sees the file: it inflates cross-reference and object streams as it
    # opens it, and page content as soon as a page is loaded.
    if unmeasurable_filters(data):
        raise input_error("pdf.layered_filters", name=name)
    if inflated_size_exceeds_limit(data):
        raise input_error("pdf.too_much", name=name)
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise _open_error(name, exc) from exc
        try:
            _check_made_by_linkedin(name, document, lexicon)
            spans: list[Span] = []
            objects_left = MAX_PAGE_OBJECTS
            for index in range(len(document)):
                page = document[index]
                try:
                    objects_left -= pdfium_c.FPDFPage_CountObjects(page.raw)
                    if objects_left < 0:
                        raise input_error("pdf.too_much", name=name)
                    spans += _page_spans(page, index)
                finally:
                    page.close()
            return spans
        except pdfium.PdfiumError as exc:
            raise input_error("pdf.damaged_page", name=name) from exc
        finally:
            document.close()


def _read_capped(path: Path) -> bytes:
    return read_capped(
        path,
        MAX_BYTES,
        lambda: input_error("pdf.too_big", name=path.name, mb=MAX_BYTES // (1024 * 1024)),
    )


def _open_error(name: str, exc: pdfium.PdfiumError) -> InputError:
    if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return input_error("pdf.password", name=name)
    return input_error("pdf.damaged", name=name)


def _check_made_by_linkedin(name: str, document: pdfium.PdfDocument, lexicon: PdfLexicon) -> None:
    author = fold(_info_text(document, "Author"))
    title = fold(_info_text(document, "Title"))
    if pdfium_c.FPDF_GetSecurityHandlerRevision(document.raw) != -1:
        # Encrypted with an empty password opens silently; LinkedIn never encrypts its PDFs.
        raise input_error("pdf.encrypted", name=name)
    if author not in lexicon.authors or title not in lexicon.titles:
        raise input_error("pdf.not_linkedin", name=name)
    if len(document) > MAX_PAGES:
        raise input_error("pdf.too_many_pages", name=name, pages=len(document), max_pages=MAX_PAGES)


def _info_text(document: pdfium.PdfDocument, key: str) -> str:
    """One Info dictionary entry, tolerating broken text (pypdfium2's own reader raises on it)."""
    name = key.encode("ascii")
    length = pdfium_c.FPDF_GetMetaText(document.raw, name, None, 0)
    if length <= 2:  # only the two-byte terminator
        return ""
    buffer = ctypes.create_string_buffer(length)
    pdfium_c.FPDF_GetMetaText(document.raw, name, buffer, length)
    return buffer.raw[: length - 2].decode("utf-16-le", errors="replace")


def _page_spans(page: pdfium.PdfPage, index: int) -> list[Span]:
    """The text runs of one page, top-level objects only (their count was checked)."""
    textpage = page.get_textpage()
    try:
        height = page.get_height()
        spans = []
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=0):
            text = _object_text(obj.raw, textpage.raw)
            if not text.strip():
                continue
            matrix = obj.get_matrix()
            _left, _bottom, right, _top = obj.get_bounds()
            spans.append(
                Span(
                    text=text,
                    page=index,
                    x0=matrix.e,
                    x1=right,
                    baseline=height - matrix.f,
                    # The font size is in text space; the matrix scales it onto the page.
                    size=round(_font_size(obj.raw) * math.hypot(matrix.c, matrix.d), 2),
                    shade=_shade(obj.raw),
                )
            )
        return spans
    finally:
        textpage.close()


def _object_text(raw_object: object, raw_textpage: object) -> str:
    length = pdfium_c.FPDFTextObj_GetText(raw_object, raw_textpage, None, 0)
    if length <= 2:  # only the two-byte terminator
        return ""
    buffer = ctypes.create_string_buffer(length)
    pointer = ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR))
    pdfium_c.FPDFTextObj_GetText(raw_object, raw_textpage, pointer, length)
    text = buffer.raw[: length - 2].decode("utf-16-le", errors="replace")
    # PDFium marks a hyphen that ends a printed line with U+0002.
    return text.replace("\x02", "-")


def _font_size(raw_object: object) -> float:
    size = ctypes.c_float(0.0)
    pdfium_c.FPDFTextObj_GetFontSize(raw_object, ctypes.byref(size))
    return float(size.value)


def _shade(raw_object: object) -> float:
    red, green, blue, alpha = (ctypes.c_uint(0) for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(raw_object, red, green, blue, alpha):
        return 0.0
    return (0.299 * red.value + 0.587 * green.value + 0.114 * blue.value) / 255.0
