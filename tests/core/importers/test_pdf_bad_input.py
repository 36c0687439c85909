"""PDFs the LinkedIn PDF importer must refuse with a clear InputError, never a crash or a hang."""

from __future__ import annotations

import contextlib
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.core.errors import InputError
from preflight.core.importers.pdf import document, read_pdf
from preflight.core.importers.pdf.limits import (
    MAX_BYTES,
    MAX_INFLATED_BYTES,
    MAX_PAGES,
    inflated_size_exceeds_limit,
)


@pytest.fixture
def pdf_dir(fixtures: Path) -> Path:
    return fixtures / "pdf"


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium in this process: fuzzing needs speed, and the child process has its own tests."""
    monkeypatch.setattr(document, "run_isolated", lambda reader, data, name: reader(data, name))


def test_pdf_from_another_program_is_refused_with_how_to_save_one(pdf_dir: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_pdf(pdf_dir / "not_linkedin.pdf")
    assert "not saved from a LinkedIn profile" in caught.value.message
    assert "Save to PDF" in caught.value.hint


def test_truncated_pdf_is_refused(pdf_dir: Path) -> None:
    with pytest.raises(InputError, match="incomplete"):
        read_pdf(pdf_dir / "truncated.pdf")


def test_password_protected_pdf_is_refused(pdf_dir: Path) -> None:
    with pytest.raises(InputError, match="password"):
        read_pdf(pdf_dir / "encrypted.pdf")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "Profile.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_pdf(empty)


def test_damaged_pdf_is_refused(pdf_dir: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "Profile.pdf"
    whole = (pdf_dir / "linkedin_en.pdf").read_bytes()
    # Keep the header and the end-of-file marker, wreck everything between.
    damaged.write_bytes(whole[:20] + b"\x00garbage" * 500 + whole[-40:])
    with pytest.raises(InputError):
        read_pdf(damaged)


def test_file_over_the_size_cap_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    huge = tmp_path / "Profile.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_BYTES + 10)  # sparse: costs no disk
    with pytest.raises(InputError, match="larger than"):
        read_pdf(huge)


def blank_linkedin_pdf(pages: int, extra: bytes = b"") -> bytes:
    """A valid PDF of ``pages`` empty Letter pages whose Info claims LinkedIn made it.

    ``extra`` is the body of one more object (e.g. a stream) that nothing refers to.
    """
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages,
        *([extra] if extra else []),
        b"<< /Author (LinkedIn) /Title (Resume) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_linkedin_labelled_pdf_with_too_many_pages_is_refused(tmp_path: Path) -> None:
    many = tmp_path / "Profile.pdf"
    many.write_bytes(blank_linkedin_pdf(MAX_PAGES + 1))
    with pytest.raises(InputError, match="pages"):
        read_pdf(many)


def test_compressed_stream_that_inflates_hugely_is_refused_quickly(tmp_path: Path) -> None:
    packed = zlib.compress(b" " * (MAX_INFLATED_BYTES + 1024 * 1024), 9)
    stream = f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
    bomb = tmp_path / "Profile.pdf"
    bomb.write_bytes(blank_linkedin_pdf(1, stream + packed + b"\nendstream"))
    started = time.monotonic()
    with pytest.raises(InputError, match="far more"):
        read_pdf(bomb)
    assert time.monotonic() - started < 5


def test_pdf_encrypted_without_a_password_is_refused(pdf_dir: Path) -> None:
    with pytest.raises(InputError, match="encrypted"):
        read_pdf(pdf_dir / "encrypted_no_password.pdf")


def test_linkedin_labelled_pdf_without_text_is_refused(tmp_path: Path) -> None:
    blank = tmp_path / "Profile.pdf"
    blank.write_bytes(blank_linkedin_pdf(1))
    with pytest.raises(InputError, match="no profile text"):
        read_pdf(blank)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.one_of(
        st.binary(max_size=4096),
        st.binary(max_size=2048).map(lambda b: b"%PDF-1.4\n" + b + b"\n%%EOF\n"),
    )
)
@pytest.mark.usefixtures("in_process")
def test_arbitrary_bytes_raise_only_input_error_quickly(tmp_path: Path, data: bytes) -> None:
    target = tmp_path / "Profile.pdf"
    target.write_bytes(data)
    started = time.monotonic()
    with pytest.raises(InputError):
        read_pdf(target)
    assert time.monotonic() - started < 5


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0, max_value=16_000), junk=st.binary(min_size=1, max_size=64))
@pytest.mark.usefixtures("in_process")
def test_mangled_linkedin_pdfs_raise_only_input_error(
    pdf_dir: Path, tmp_path: Path, cut: int, junk: bytes
) -> None:
    whole = (pdf_dir / "linkedin_en.pdf").read_bytes()
    cut = cut % len(whole)
    target = tmp_path / "Profile.pdf"
    target.write_bytes(whole[:cut] + junk + whole[cut + len(junk) :])
    # Refusing a damaged file is right; reading what survived is fine too.
    with contextlib.suppress(InputError):
        read_pdf(target)


def test_inflate_budget_passes_real_files_and_stops_stream_floods(pdf_dir: Path) -> None:
    assert not inflated_size_exceeds_limit((pdf_dir / "linkedin_multipage.pdf").read_bytes())
    started = time.monotonic()
    assert inflated_size_exceeds_limit(b"stream\n" * 3_000_000)
    # Streams with no end marker are each read only up to the next one.
    assert not inflated_size_exceeds_limit((b"stream\nxx" + b"y" * 2000) * 9000)
    assert time.monotonic() - started < 5
