"""Reads a whole input file with a size cap, after checking it is a file and not a pipe or device.

A named pipe (FIFO) blocks the reader until someone writes to it, a device such as /dev/zero never
ends, and a socket cannot be opened at all: each is refused by type before a byte is read. An
already-open pipe handed over as ``/dev/fd/N`` (the shell's ``<(cat profile.txt)``) is read, once,
into memory: the caller must take every byte from the result, since the pipe cannot be read again.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Literal, TypeAlias

from preflight.core.errors import InputError, input_error

FileKind: TypeAlias = Literal["file", "folder", "pipe", "missing"]
# Paths that name a file descriptor this process already has open; a pipe there has a writer.
_OPEN_DESCRIPTOR_FOLDERS = ("/dev/fd/", "/proc/self/fd/")
_OPEN_DESCRIPTOR_FILES = ("/dev/stdin",)
_CHUNK = 1024 * 1024


def file_kind(path: Path) -> FileKind:
    """'file', 'folder', 'pipe' (an open pipe such as ``<(…)``) or 'missing'.

    InputError for a named pipe, a socket or a device, which no importer can read.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    return _kind_of_mode(path, mode)


def read_capped(
    path: Path,
    limit: int,
    too_big: Callable[[], InputError],
    *,
    folder: Callable[[], InputError] | None = None,
) -> bytes:
    """The file's bytes; past ``limit`` bytes, raises the caller's own ``too_big()`` error.

    A folder raises ``folder()`` (default: "is a folder, not a file"); a named pipe, socket or
    device raises its own message, checked again on the open file so nothing can be swapped in.
    """
    kind = file_kind(path)
    if kind == "folder":
        raise folder() if folder else input_error("file.special.folder", name=path.name)
    try:
        # Non-blocking, so that opening a FIFO never waits for a writer; the type decides next.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    try:
        opened = _kind_of_mode(path, os.fstat(descriptor).st_mode)
        if opened == "folder":
            raise folder() if folder else input_error("file.special.folder", name=path.name)
        flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
        fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)  # a pipe waits for data
        with os.fdopen(descriptor, "rb", closefd=True) as handle:
            descriptor = -1
            data = _read_up_to(handle, limit + 1)
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    finally:
        if descriptor >= 0:
            os.close(descriptor)
    if len(data) > limit:
        raise too_big()
    return data


def _read_up_to(handle: BinaryIO, count: int) -> bytes:
    """At most ``count`` bytes, in chunks (a pipe hands data over a piece at a time)."""
    parts: list[bytes] = []
    size = 0
    while size < count:
        chunk = handle.read(min(_CHUNK, count - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _kind_of_mode(path: Path, mode: int) -> FileKind:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        if is_open_descriptor(path):
            return "pipe"
        raise input_error("file.special.fifo", name=path.name)
    if stat.S_ISSOCK(mode):
        raise input_error("file.special.socket", name=path.name)
    raise input_error("file.special.device", name=path.name)


def is_open_descriptor(path: Path) -> bool:
    """True for /dev/fd/N, /proc/self/fd/N and /dev/stdin: a descriptor already open here."""
    text = str(path)
    return text in _OPEN_DESCRIPTOR_FILES or (
        text.startswith(_OPEN_DESCRIPTOR_FOLDERS) and text.rsplit("/", 1)[-1].isdigit()
    )


def display_name(path: Path) -> str:
    """The file's name for a message: bytes that are not UTF-8 shown escaped (``caf\\xe9.txt``)."""
    return _escaped(path.name)


def display_path(path: Path) -> str:
    """The whole path for a message, escaped like ``display_name``."""
    return _escaped(str(path))


def _escaped(text: str) -> str:
    # Python keeps undecodable bytes of a file name as lone surrogates, which no text output can
    # encode; turn each back into its byte, shown as \xNN.
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _cannot_read(path: Path, exc: OSError) -> InputError:
    return input_error("file.cannot_read", name=path.name, reason=exc.strerror or exc)
