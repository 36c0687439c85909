"""Fuzzing the dispatcher: any bytes under any name, from a file or a pipe, give a profile or an
InputError; a pipe gives the same result as a file with the same bytes (the sniff eats nothing)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.core.errors import InputError
from preflight.core.importers import load_profile
from preflight.core.importers.pasted import read_stdin
from preflight.core.importers.pasted.reader import decode_text
from preflight.core.importers.pdf import document
from preflight.core.models import Profile

AS_OF = dt.date(2026, 11, 26)
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
HEADS = st.sampled_from([b"", b"PK\x03\x04", b"%PDF-1.4\n", b"{", b"\xef\xbb\xbf{", b"\xff\xfe"])
SUFFIXES = st.sampled_from([".txt", ".json", ".pdf", ".zip", ".csv", ""])
REAL = st.sampled_from(
    [
        FIXTURES / "pasted" / "profile_en.txt",
        FIXTURES / "checks" / "en-strong.json",
        FIXTURES / "pdf" / "linkedin_en.pdf",
    ]
).map(Path.read_bytes)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium in this process: fuzzing needs speed, and the child process has its own tests."""
    monkeypatch.setattr(document, "run_isolated", lambda reader, data, name: reader(data, name))


def _outcome(source: Path | str) -> tuple[str, str]:
    try:
        profile = load_profile(source, as_of=AS_OF)
    except InputError as error:
        return ("refused", error.key or "")
    assert isinstance(profile, Profile)
    return ("read", profile.name)


def _through_pipe(data: bytes) -> tuple[str, str]:
    read_end, write_end = os.pipe()

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), os.fdopen(write_end, "wb") as writer:
            writer.write(data)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        return _outcome(f"/dev/fd/{read_end}")
    finally:
        os.close(read_end)
        feeder.join(timeout=5)


@FUZZ
@given(head=HEADS, body=st.binary(max_size=3000) | REAL, suffix=SUFFIXES)
@pytest.mark.usefixtures("in_process")
def test_any_bytes_under_any_name_give_a_profile_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, head: bytes, body: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("any") / f"input{suffix}"
    path.write_bytes(head + body)
    _outcome(path)


@FUZZ
@given(head=HEADS, body=st.binary(max_size=3000) | REAL)
@pytest.mark.usefixtures("in_process")
def test_a_pipe_reads_like_a_file_with_the_same_bytes(
    tmp_path_factory: pytest.TempPathFactory, head: bytes, body: bytes
) -> None:
    data = head + body
    # A name with no suffix, as /dev/fd/N has: the importer is chosen from the content alone.
    path = tmp_path_factory.mktemp("pipe") / "63"
    path.write_bytes(data)
    assert _through_pipe(data) == _outcome(path)


@FUZZ
@given(raw=st.binary(max_size=3000) | REAL)
def test_standard_input_decodes_bytes_as_a_file_does(raw: bytes) -> None:
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="strict")
    try:
        text = read_stdin(stream)
    except InputError:
        return
    assert text == decode_text(raw, "-")
    text.encode("utf-8")  # nothing left that an output could not write


@FUZZ
@given(headline=st.text(max_size=40), summary=st.text(max_size=200))
def test_resume_text_of_any_code_points_reaches_the_profile_encodable(
    tmp_path_factory: pytest.TempPathFactory, headline: str, summary: str
) -> None:
    resume = {"basics": {"name": "Dana", "label": headline, "summary": summary}}
    path = tmp_path_factory.mktemp("json") / "resume.json"
    path.write_text(json.dumps(resume, ensure_ascii=True), encoding="ascii")  # "\ud800" escapes
    profile = load_profile(path, as_of=AS_OF)
    profile.headline.encode("utf-8")
    profile.summary.encode("utf-8")
