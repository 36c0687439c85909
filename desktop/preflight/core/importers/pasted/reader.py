"""Reads pasted profile text from a .txt file or standard input, size-capped, in any encoding."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path
from typing import TextIO

from preflight.core.errors import InputError, input_error
from preflight.core.importers.pasted.page import MAX_PASTE_CHARS, read_pasted_text
from preflight.core.importers.reading import read_capped
from preflight.core.models import Profile

# UTF-8 takes up to four bytes a character; nothing near this is a copied profile page.
MAX_PASTE_BYTES = 4 * MAX_PASTE_CHARS
# Share of undecodable bytes above which a file is not taken for text.
_MAX_REPLACED_SHARE = 0.01
_BOMS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_pasted_file(path: Path, *, as_of: dt.date, data: bytes | None = None) -> Profile:
    """The profile in a text file holding a copied LinkedIn profile page (``data``: its bytes)."""

    def too_big() -> InputError:
        return input_error("paste.file_too_big", name=path.name, mb=MAX_PASTE_BYTES // 1_000_000)

    if data is None:
        data = read_capped(path, MAX_PASTE_BYTES, too_big)
    elif len(data) > MAX_PASTE_BYTES:
        raise too_big()
    return read_pasted_text(decode_text(data, path.name), as_of=as_of, source_path=str(path))


def decode_text(data: bytes, name: str) -> str:
    """``data`` as text: UTF-16 with a BOM, UTF-8 (BOM or not), else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise input_error("paste.bad_utf16", name=name) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Notepad's older "ANSI" files: Spanish accents in Windows-1252. The five bytes it leaves
    # undefined become U+FFFD; text made mostly of them is not text.
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > _MAX_REPLACED_SHARE * len(text):
        raise input_error("paste.not_text", name=name)
    return text


def read_stdin(stream: TextIO | None) -> str:
    """The text on ``stream`` (standard input), refusing more than a pasted page could hold.

    Bytes are decoded as a file's are (UTF-8, else Windows-1252), whatever the locale says: a
    Latin-1 paste under a UTF-8 locale would otherwise reach the checks as broken characters.
    ``None`` (Python's stdin when the shell closed it, ``<&-``) is refused.
    """
    if stream is None:
        raise input_error("paste.stdin_closed")
    too_big = input_error("paste.stdin_too_big", millions=MAX_PASTE_CHARS // 1_000_000)
    raw = getattr(stream, "buffer", None)
    try:
        if raw is None:  # a text stream with no bytes underneath (tests, embedding)
            text = stream.read(MAX_PASTE_CHARS + 1)
        else:
            data = raw.read(MAX_PASTE_BYTES + 1)
            if len(data) > MAX_PASTE_BYTES:
                raise too_big
            text = _decode_stdin(data)
    except UnicodeDecodeError as exc:
        raise input_error("paste.stdin_not_utf8") from exc
    except ValueError as exc:  # "I/O operation on closed file"
        raise input_error("paste.stdin_closed") from exc
    except OSError as exc:
        raise input_error("paste.stdin_unreadable", reason=exc.strerror or exc) from exc
    if len(text) > MAX_PASTE_CHARS:
        raise too_big
    return text


def _decode_stdin(data: bytes) -> str:
    try:
        return decode_text(data, "-")
    except InputError as exc:
        raise input_error("paste.stdin_not_utf8") from exc
