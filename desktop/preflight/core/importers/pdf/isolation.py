"""Runs PDFium in a child process under memory and time limits: a native crash ends only the child.

PDFium is C++: on some hostile files it aborts the whole process (a page whose content is encoded
twice inflated to 1.5 GB and ended in SIGABRT, exit 134, nothing on stderr). In a child it can only
take itself down; the parent then refuses the file with one clear message.

A single-threaded process (the command line) forks the child directly: it costs a few
milliseconds. A process with other threads (the app: Qt's and the worker's) must not fork itself,
so there the child comes from a "forkserver" that has already imported PDFium and the importer;
the server starts on the first PDF (about a quarter of a second) and serves every later one.
"""

from __future__ import annotations

import faulthandler
import functools
import multiprocessing
import resource
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeAlias, cast

from preflight.core.errors import InputError, input_error
from preflight.core.importers.pdf.layout import Span

# Address space the child may map beyond what it starts with: a real profile PDF needs under
# 100 MB; a bomb needs gigabytes.
CHILD_EXTRA_MEMORY_BYTES = 512 * 1024 * 1024
# CPU seconds and wall-clock seconds the child may take; a real profile PDF takes tens of ms.
CHILD_CPU_SECONDS = 10
CHILD_WALL_SECONDS = 15.0
# Imported once by the fork server, so a child starts with PDFium loaded.
_PRELOAD = ["preflight.core.importers.pdf.document"]

# What the child sends back: the spans, or the catalogue key and values of an InputError.
Outcome: TypeAlias = tuple[str, object]
Reader: TypeAlias = Callable[[bytes, str], list[Span]]
# An InputError's message, hint, catalogue key and values, which rebuild it in the parent.
ErrorFields: TypeAlias = tuple[str, str, str | None, dict[str, object]]

_CONTEXT_LOCK = threading.Lock()


def run_isolated(reader: Reader, data: bytes, name: str) -> list[Span]:
    """``reader(data, name)`` run in a limited child process; InputError if it fails or dies."""
    return finish_isolated(start_isolated(reader, data, name))


@dataclass
class Started:
    """A child reading one PDF: what it was given, and where its answer will come from."""

    reader: Reader
    data: bytes
    name: str
    child: multiprocessing.process.BaseProcess
    receive: Connection


def start_isolated(reader: Reader, data: bytes, name: str) -> Started:
    """Starts ``reader(data, name)`` in a limited child process and returns at once."""
    context = _pdf_context()
    receive, send = context.Pipe(duplex=False)
    child = context.Process(  # type: ignore[attr-defined]
        target=_child_main, args=(send, reader, data, name), daemon=True
    )
    try:
        child.start()
    except OSError as exc:  # no processes or memory left to start one
        receive.close()
        send.close()
        raise input_error("pdf.could_not_read", name=name) from exc
    send.close()
    return Started(reader, data, name, child, receive)


def finish_isolated(started: Started) -> list[Span]:
    """The started child's spans; InputError if it failed, died or ran out of time."""
    try:
        outcome = _receive(started.receive)
    finally:
        started.receive.close()
        if started.child.is_alive():
            started.child.kill()
        started.child.join()
    if outcome is None:
        raise input_error("pdf.could_not_read", name=started.name)
    return _unpack(outcome)


def _pdf_context() -> multiprocessing.context.BaseContext:
    """Plain fork in a single-threaded process; else the fork server (created once)."""
    if threading.active_count() == 1 and not _qt_running():
        return multiprocessing.get_context("fork")
    with _CONTEXT_LOCK:
        return _fork_server()


@functools.cache
def _fork_server() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def _qt_running() -> bool:
    """True once a Qt application exists (it runs threads Python does not count)."""
    qt_core = sys.modules.get("PySide6.QtCore")
    return qt_core is not None and qt_core.QCoreApplication.instance() is not None


def _receive(receive: Connection) -> Outcome | None:
    """The child's answer; None when it died (a crash, a limit) or ran out of time."""
    try:
        if not receive.poll(CHILD_WALL_SECONDS):
            return None
        outcome: Outcome = receive.recv()
    except (EOFError, OSError):
        return None
    return outcome


def _unpack(outcome: Outcome) -> list[Span]:
    kind, payload = outcome
    if kind == "error":
        raise _rebuilt(cast("ErrorFields", payload))
    if kind == "bug":  # a bug in the reader, not in the file: reported as one, as before
        raise ValueError(f"the PDF reader failed: {payload}")
    return payload  # type: ignore[return-value]


def _child_main(send: Connection, reader: Reader, data: bytes, name: str) -> None:
    """In the child: lower the limits, read, and send the spans or the error back."""
    # A crash here is the parent's to explain in one line; no traceback dump on the shared stderr.
    faulthandler.disable()
    mapped = _address_space()
    if mapped:  # unknown off Linux: the time limits still hold
        _limit(resource.RLIMIT_AS, mapped + CHILD_EXTRA_MEMORY_BYTES)
    _limit(resource.RLIMIT_CPU, CHILD_CPU_SECONDS)
    try:
        outcome: Outcome = ("spans", reader(data, name))
    except InputError as error:
        outcome = ("error", _fields(error))
    except MemoryError:
        outcome = ("error", _fields(input_error("pdf.too_much", name=name)))
    except Exception as exc:  # sent to the parent, never printed here as a traceback
        outcome = ("bug", f"{type(exc).__name__}: {exc}")
    send.send(outcome)
    send.close()


def _rebuilt(fields: ErrorFields) -> InputError:
    """The child's error (made there from a catalogue key by ``input_error``), as it was."""
    message, hint, key, values = fields
    return InputError(message, hint, key=key, values=values)


def _fields(error: InputError) -> ErrorFields:
    """What rebuilds ``error`` in the parent (plain values: they cross a pipe)."""
    values: dict[str, object] = {
        k: v if isinstance(v, int | float | str) else str(v) for k, v in error.values.items()
    }
    return (error.message, error.hint, error.key, values)


def _address_space() -> int:
    """Bytes of address space this process maps now (Linux); 0 when it cannot be told."""
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()


def _limit(which: int, value: int) -> None:
    """Lowers a resource limit to ``value`` (never raises one set tighter by the parent)."""
    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    if soft != resource.RLIM_INFINITY:
        value = min(value, soft)
    resource.setrlimit(which, (value, hard))
