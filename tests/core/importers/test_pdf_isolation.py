"""PDFium runs in a child process: a crash, a memory hog or a hang there is a refusal here."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from preflight.core.errors import InputError
from preflight.core.importers.pdf import isolation, read_pdf
from preflight.core.importers.pdf.document import read_spans, spans_from_bytes
from preflight.core.importers.pdf.layout import Span
from preflight.core.importers.pdf.lexicon import pdf_lexicon
from preflight.core.importers.pdf.limits import unmeasurable_filters
from tests.core.importers._pdf_helpers import content_encoded_twice, linkedin_labelled_pdf, stream

# Readers the child runs; module-level so a fork-server child can import them by name.


def _abort(data: bytes, name: str) -> list[Span]:
    os.abort()


def _hog_memory(data: bytes, name: str) -> list[Span]:
    hoard = bytearray(4 * 1024**3)
    return [Span(text=str(len(hoard)), page=0, x0=0, x1=0, baseline=0, size=0, shade=0)]


def _hang(data: bytes, name: str) -> list[Span]:
    time.sleep(60)
    return []


def _fail(data: bytes, name: str) -> list[Span]:
    raise LookupError("a bug in the reader")


def _pdfium_reads_every_page(data: bytes, name: str) -> list[Span]:
    """PDFium alone, none of Preflight's checks: what used to run in the process itself."""
    document = pdfium.PdfDocument(data)
    for page in document:
        page.get_textpage().count_chars()
    return []


def test_a_native_abort_in_the_child_is_a_clear_refusal() -> None:
    with pytest.raises(InputError, match="could not read this PDF") as caught:
        isolation.run_isolated(_abort, b"%PDF-", "Profile.pdf")
    assert "Profile.pdf" in caught.value.message
    assert "Save to PDF" in caught.value.hint


def test_a_child_over_its_memory_limit_is_refused() -> None:
    with pytest.raises(InputError, match="far more than a LinkedIn profile PDF"):
        isolation.run_isolated(_hog_memory, b"%PDF-", "Profile.pdf")


def test_a_child_that_hangs_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolation, "CHILD_WALL_SECONDS", 0.5)
    started = time.monotonic()
    with pytest.raises(InputError, match="could not read this PDF"):
        isolation.run_isolated(_hang, b"%PDF-", "Profile.pdf")
    assert time.monotonic() - started < 10


def test_a_bug_in_the_reader_is_not_blamed_on_the_file() -> None:
    with pytest.raises(ValueError, match="LookupError: a bug in the reader"):
        isolation.run_isolated(_fail, b"%PDF-", "Profile.pdf")


def test_the_pdf_that_aborted_pdfium_now_ends_only_the_child() -> None:
    # In the process itself this aborted with exit 134 under a 1 GiB cap, nothing on stderr.
    with pytest.raises(InputError, match="could not read this PDF"):
        isolation.run_isolated(_pdfium_reads_every_page, content_encoded_twice(), "Profile.pdf")


def test_content_encoded_twice_is_refused_before_pdfium_sees_it(tmp_path: Path) -> None:
    hostile = tmp_path / "Profile.pdf"
    hostile.write_bytes(content_encoded_twice())
    started = time.monotonic()
    with pytest.raises(InputError, match="layers of encoding"):
        read_pdf(hostile)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "filters",
    [
        b"[/ASCIIHexDecode /FlateDecode]",
        b"[/AHx /Fl]",
        b"[/FlateDecode /FlateDecode]",
        b"[/A#53CIIHexDecode /Fl#61teDecode]",  # names spelt with #xx escapes
        b"/LZWDecode",
        b"/RunLengthDecode",
        b"9 0 R",
        b"[/ASCII85Decode 9 0 R]",
    ],
)
def test_filters_that_cannot_be_measured_are_caught(filters: bytes) -> None:
    assert unmeasurable_filters(linkedin_labelled_pdf(stream(b"00>", filters)))


@pytest.mark.parametrize(
    "filters", [b"/FlateDecode", b"/DCTDecode", b"[/FlateDecode /DCTDecode]", b"/ASCIIHexDecode"]
)
def test_filters_real_pdfs_use_are_allowed(filters: bytes) -> None:
    assert not unmeasurable_filters(linkedin_labelled_pdf(stream(b"00>", filters)))


def test_public_samples_read_the_same_in_the_child_as_in_process(public_samples: Path) -> None:
    lexicon = pdf_lexicon()
    files = sorted((public_samples / "linkedin-pdf-alexanderpico").glob("*.pdf"))
    assert len(files) == 5
    for file in files:
        data = file.read_bytes()
        assert not unmeasurable_filters(data)
        assert read_spans(file, lexicon) == spans_from_bytes(data, file.name, lexicon)
