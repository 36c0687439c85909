"""Inputs checked by type before they are read: pipes, FIFOs, sockets, devices, closed stdin.

Each runs ``preflight`` in a subprocess under the bad-input tests' memory cap and time limit.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.test_bad_input import REPO, RESUME, assert_refused, preflight
from tests.core.importers._export_helpers import zip_folder

PASTE = REPO / "tests" / "fixtures" / "pasted" / "profile_en.txt"
PDF = REPO / "tests" / "fixtures" / "pdf" / "linkedin_en.pdf"
EXPORT = REPO / "tests" / "fixtures" / "export" / "2018-complete"


@contextmanager
def pipe_of(data: bytes) -> Iterator[str]:
    """``/dev/fd/N`` for a pipe fed ``data`` from a thread, as the shell's ``<(cat FILE)`` is."""
    read_end, write_end = os.pipe()

    def feed() -> None:
        # BrokenPipeError: the reader refused the data and went away.
        with contextlib.suppress(BrokenPipeError), os.fdopen(write_end, "wb") as writer:
            writer.write(data)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        yield f"/dev/fd/{read_end}"
    finally:
        os.close(read_end)
        feeder.join(timeout=5)


def _names(tmp: Path) -> dict[str, bytes]:
    return {
        "paste": PASTE.read_bytes(),
        "pdf": PDF.read_bytes(),
        "resume": RESUME.read_bytes(),
        "export-zip": zip_folder(EXPORT, tmp / "export.zip").read_bytes(),
    }


@pytest.mark.parametrize("kind", ["paste", "pdf", "resume", "export-zip"])
def test_a_profile_in_a_pipe_is_read_whole(tmp_path: Path, kind: str) -> None:
    # `check <(cat profile.txt)` said the paste was empty: the format sniff ate the pipe.
    data = _names(tmp_path)[kind]
    with pipe_of(data) as path:
        fd = int(path.rsplit("/", 1)[1])
        done = preflight("check", path, "--json", pass_fds=(fd,))
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["profile"]["name"]


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "profile.txt"
    os.mkfifo(fifo)
    done = preflight("check", fifo)
    assert_refused(done)
    assert "named pipe" in done.stderr


def test_a_fifo_as_the_photo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "me.jpg"
    os.mkfifo(fifo)
    assert_refused(preflight("check", RESUME, "--photo", fifo))


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        done = preflight("check", path)
    assert_refused(done)
    assert "socket" in done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_refused(device: str) -> None:
    done = preflight("check", device)
    assert_refused(done)
    assert "device" in done.stderr


def test_an_endless_pipe_is_refused_at_the_cap() -> None:
    read_end, write_end = os.pipe()
    stop = threading.Event()

    def flood() -> None:
        block = b"About\n" * 10_000
        with contextlib.suppress(OSError), os.fdopen(write_end, "wb") as writer:
            while not stop.is_set():
                writer.write(block)

    feeder = threading.Thread(target=flood, daemon=True)
    feeder.start()
    try:
        done = preflight("check", f"/dev/fd/{read_end}", pass_fds=(read_end,))
    finally:
        stop.set()
        os.close(read_end)
        feeder.join(timeout=5)
    assert_refused(done)
    assert "MB" in done.stderr


def test_closed_standard_input_is_refused() -> None:
    done = preflight("check", "-", close_stdin=True)
    assert_refused(done)
    assert "Standard input is closed" in done.stderr


def test_a_latin_1_paste_on_standard_input_is_read_under_a_utf8_locale(tmp_path: Path) -> None:
    text = PASTE.read_text(encoding="utf-8").replace("Noor Haddad-Lindqvist", "Noor Añez-Lindqvist")
    paste = tmp_path / "latin1.txt"
    paste.write_bytes(text.encode("latin-1", errors="replace"))
    done = preflight("check", "-", "--json", stdin=paste)
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["profile"]["name"] == "Noor Añez-Lindqvist"
