"""Reading a PDF ahead (its child started before the analysis loads) gives the same profile."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.importers import load_profile, read_ahead
from preflight.core.importers.pdf import document


@pytest.fixture(autouse=True)
def _nothing_left_ahead() -> Iterator[None]:
    yield
    for started in document._AHEAD:
        started.child.kill()
        started.child.join()
    document._AHEAD.clear()


def test_a_pdf_read_ahead_is_collected_and_gives_the_same_profile(fixtures: Path) -> None:
    pdf = fixtures / "pdf" / "linkedin_en.pdf"
    plain = load_profile(pdf)
    read_ahead(pdf)
    assert len(document._AHEAD) == 1
    ahead = load_profile(pdf)
    assert document._AHEAD == []  # its child was used, not a second one
    assert ahead == plain


def test_a_file_changed_after_reading_ahead_is_read_again(fixtures: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "profile.pdf"
    shutil.copy(fixtures / "pdf" / "linkedin_en.pdf", pdf)
    read_ahead(pdf)
    shutil.copy(fixtures / "pdf" / "linkedin_es.pdf", pdf)
    profile = load_profile(pdf)
    assert profile == load_profile(fixtures / "pdf" / "linkedin_es.pdf").model_copy(
        update={"source": profile.source}
    )
    assert profile.name != load_profile(fixtures / "pdf" / "linkedin_en.pdf").name


def test_reading_ahead_starts_nothing_for_other_inputs(fixtures: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "profile.pdf"
    os.mkfifo(fifo)
    damaged = tmp_path / "cut.pdf"
    damaged.write_bytes((fixtures / "pdf" / "linkedin_en.pdf").read_bytes()[:2000])
    for path in ("-", tmp_path / "missing.pdf", fifo, damaged, fixtures / "jsonresume"):
        read_ahead(path)  # never blocks on the FIFO, never raises
    assert document._AHEAD == []
    with pytest.raises(InputError):  # the error is load_profile's to give, as ever
        load_profile(damaged)
