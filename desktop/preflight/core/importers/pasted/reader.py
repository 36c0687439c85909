"""Reads pasted profile text from a .txt file or standard input, size-capped, in any encoding."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path
from typing import TextIO

from preflight.core.errors import InputError
from preflight.core.importers.pasted.page import MAX_PASTE_CHARS, PASTE_HINT, read_pasted_text
from preflight.core.models import Profile

# UTF-8 takes up to four bytes a character; nothing near this is a copied profile page.
MAX_PASTE_BYTES = 4 * MAX_PASTE_CHARS
_BOMS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_pasted_file(path: Path, *, as_of: dt.date) -> Profile:
    """The profile in a text file holding a copied LinkedIn profile page."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PASTE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"Cannot read {path.name}: {exc.strerror or exc}.") from exc
    if len(data) > MAX_PASTE_BYTES:
        raise InputError(
            f"{path.name} is over {MAX_PASTE_BYTES // 1_000_000} MB; "
            "a copied profile page is a few KB.",
            PASTE_HINT,
        )
    return read_pasted_text(decode_text(data, path.name), as_of=as_of, source_path=str(path))


def decode_text(data: bytes, name: str) -> str:
    """``data`` as text: UTF-16 with a BOM, UTF-8 (BOM or not), else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name} says it is UTF-16 text but is not.", PASTE_HINT) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Notepad's older "ANSI" files: Spanish accents in Windows-1252.
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not a text file.", PASTE_HINT) from exc


def read_stdin(stream: TextIO) -> str:
    """The text on ``stream`` (standard input), refusing more than a pasted page could hold."""
    try:
        text = stream.read(MAX_PASTE_CHARS + 1)
    except UnicodeDecodeError as exc:
        raise InputError("Standard input is not UTF-8 text.", PASTE_HINT) from exc
    except OSError as exc:
        raise InputError(f"Cannot read standard input: {exc.strerror or exc}.") from exc
    if len(text) > MAX_PASTE_CHARS:
        raise InputError(
            f"Standard input holds over {MAX_PASTE_CHARS // 1_000_000} million characters; "
            "a copied profile page is a few thousand.",
            PASTE_HINT,
        )
    return text
