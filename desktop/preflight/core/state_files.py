"""The app's own state files: read without ever hanging, and set aside (never deleted) when damaged.

A state file (preferences, checklist settings, a draft) is checked with ``os.stat`` before it is
opened, so a FIFO or a device in its place is refused instead of blocking, and its size is capped.
A file that cannot be used is renamed beside itself with the date (``preferences.json.damaged-
2026-12-02T0700``) so the user's words stay on disk, and the caller starts with defaults for that
file only. Nothing here imports Qt: the GUI shows the ``SetAside`` records it gets back.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

T = TypeVar("T")

# Why a state file could not be used (the GUI words each one in the interface language).
Reason = Literal["not_a_file", "too_big", "unreadable", "damaged"]

# Far above anything the app writes (a draft with LinkedIn's longest About is a few KB).
MAX_STATE_BYTES = 8 * 1024 * 1024
DAMAGED_SUFFIX = ".damaged-"


class DamagedStateFileError(Exception):
    """A state file that is there but cannot be used as it is."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason: Reason = reason
        self.detail = detail


class WouldSetAsideError(Exception):
    """A process that only reads (see ``only_read``) met a state file it would have set aside."""


# True in a process that must leave every state file as it found it (the app's read-ahead child).
_ONLY_READ = [False]


def only_read() -> None:
    """From now on this process never renames a state file: where it would, it raises.

    The app's read-ahead child (``preflight.gui.head_start``) uses it: the window reads the same
    files right after, and it is the window that sets a damaged one aside and tells the user.
    """
    _ONLY_READ[0] = True


@dataclass(frozen=True)
class SetAside:
    """A damaged state file and where it was kept (None: it could not be moved)."""

    path: Path
    kept_as: Path | None
    reason: Reason
    detail: str = ""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in a word (for messages)."""
    for test, word in (
        (stat.S_ISDIR, "folder"),
        (stat.S_ISFIFO, "named pipe"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "device"),
        (stat.S_ISBLK, "device"),
    ):
        if test(mode):
            return word
    return "special file"


def regular_file_size(path: Path) -> int | None:
    """The size of ``path`` if it is a regular file; None when there is nothing there.

    Raises DamagedStateFileError("not_a_file") for folders, pipes, sockets and devices, which would
    block or never end if opened and read; OSError when the file cannot be examined.
    """
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):  # nothing there (or no folder to hold it)
        return None
    if not stat.S_ISREG(info.st_mode):
        raise DamagedStateFileError("not_a_file", kind_of(info.st_mode))
    return info.st_size


def read_state_file(path: Path, limit: int = MAX_STATE_BYTES) -> bytes | None:
    """The bytes of a state file, or None when it does not exist.

    Raises DamagedStateFileError when it is not a regular file, is over ``limit`` bytes or cannot be
    read. The file is opened non-blocking, so one swapped for a pipe after the check still
    cannot hang the app.
    """
    try:
        size = regular_file_size(path)
        if size is None:
            return None
        if size > limit:
            raise DamagedStateFileError("too_big", f"{size} bytes")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DamagedStateFileError("not_a_file", "special file")
            data = handle.read(limit + 1)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise DamagedStateFileError("unreadable", error.strerror or str(error)) from error
    if len(data) > limit:
        raise DamagedStateFileError("too_big", f"over {limit} bytes")
    return data


def ensure_usable(path: Path, limit: int = MAX_STATE_BYTES) -> SetAside | None:
    """Sets ``path`` aside when it is not a regular file of at most ``limit`` bytes.

    For state files another library reads (Qt's QSettings), which would block on a pipe.
    """
    try:
        size = regular_file_size(path)
    except DamagedStateFileError as error:
        return set_aside(path, error.reason, error.detail)
    except OSError as error:
        return set_aside(path, "unreadable", error.strerror or str(error))
    if size is not None and size > limit:
        return set_aside(path, "too_big", f"{size} bytes")
    return None


def damaged_name(path: Path, now: dt.datetime | None = None) -> Path:
    """A free name beside ``path`` saying it was damaged and when: ``name.damaged-<date>``."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%dT%H%M")
    candidate = path.with_name(f"{path.name}{DAMAGED_SUFFIX}{stamp}")
    number = 2
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{path.name}{DAMAGED_SUFFIX}{stamp}-{number}")
        number += 1
    return candidate


def set_aside(
    path: Path, reason: Reason, detail: str = "", now: dt.datetime | None = None
) -> SetAside:
    """Renames the damaged ``path`` out of the way, keeping it; says where it went."""
    if _ONLY_READ[0]:
        raise WouldSetAsideError(str(path))
    try:
        target = damaged_name(path, now)
        path.rename(target)
    except OSError:
        return SetAside(path, None, reason, detail)
    return SetAside(path, target, reason, detail)


def set_aside_database(path: Path) -> Path:
    """Renames a damaged SQLite file and its journal files beside it, as ``damaged_name`` says."""
    if _ONLY_READ[0]:
        raise WouldSetAsideError(str(path))
    target = damaged_name(path)
    path.replace(target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """What a state file gave (defaults when it was missing or damaged), and what was set aside."""

    value: T
    set_aside: SetAside | None = None


# Parses a file's bytes into a value plus the problems it repaired on the way (values it had to
# drop); raises ValueError, TypeError, RecursionError or DamagedStateFileError when it has none.
Parser = Callable[[bytes], tuple[T, list[str]]]


def load_state_file(
    path: Path, parse: Parser[T], default: Callable[[], T], limit: int = MAX_STATE_BYTES
) -> Loaded[T]:
    """Reads a state file; a damaged one is set aside (kept) and what could be read is used.

    Missing: the default. Not a file, too big, unreadable or unparsable: set aside, the default.
    Parsed but repaired (a bad value dropped): set aside too, so the original stays on disk, and
    the repaired value is used. pydantic's ValidationError is a ValueError.
    """
    try:
        data = read_state_file(path, limit)
        if data is None:
            return Loaded(default())
        value, problems = parse(data)
    except DamagedStateFileError as error:
        return Loaded(default(), set_aside(path, error.reason, error.detail))
    except (ValueError, TypeError, RecursionError) as error:
        return Loaded(default(), set_aside(path, "damaged", _short(error)))
    if problems:
        return Loaded(value, set_aside(path, "damaged", "; ".join(problems)[:500]))
    return Loaded(value)


Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


def upgrade(
    data: dict[str, Any], upgrades: Sequence[tuple[int, Upgrade]], key: str = "format"
) -> tuple[dict[str, Any], int]:
    """``data`` brought up to the newest format in ``upgrades``, and the format it said it had.

    ``upgrades`` is an ordered list of (format reached, step), after Picard's config_upgrade: a
    file of format N goes through every step above N. The ``format`` key is removed; one that is
    not a whole number counts as 0 (written before formats were recorded).
    """
    data = dict(data)
    stated = data.pop(key, 0)
    version = stated if isinstance(stated, int) and not isinstance(stated, bool) else 0
    for reached, step in upgrades:
        if version < reached:
            data = step(data)
    return data, version


def _short(error: BaseException) -> str:
    """The first line of an error, capped, for a message."""
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__
