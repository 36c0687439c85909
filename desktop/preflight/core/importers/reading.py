"""Reads a whole input file with a size cap, so a huge file is refused without being loaded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from preflight.core.errors import InputError, input_error


def read_capped(path: Path, limit: int, too_big: Callable[[], InputError]) -> bytes:
    """The file's bytes; past ``limit`` bytes, raises the importer's own ``too_big()`` error."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise input_error("file.cannot_read", name=path.name, reason=exc.strerror or exc) from exc
    if len(data) > limit:
        raise too_big()
    return data
