"""Export CSV bytes to rows: encoding and delimiter sniffing, preambles, columns by name."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters that never appear in an export's text (tab, CR and LF are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableFileError(Exception):
    """The bytes are not a text table (binary, or not a CSV at all)."""


@lru_cache(maxsize=512)
def header_key(name: str) -> str:
    """A column name compared loosely: 'Share Commentary', 'ShareCommentary', 'sharecommentary'."""
    return re.sub(r"[\s_]+", "", name.strip().strip('"').lower())


@dataclass
class Table:
    """The rows of one CSV file, each cell found by column name."""

    columns: dict[str, int]
    rows: list[list[str]]
    # 1-based line numbers of rows that could not be read, with the reason.
    problems: list[str] = field(default_factory=list)

    def has(self, column: str) -> bool:
        """True when the file has this column."""
        return header_key(column) in self.columns

    def cell(self, row: list[str], column: str) -> str:
        """The cell of ``row`` under ``column`` ('' when the file or the row lacks it)."""
        index = self.columns.get(header_key(column))
        if index is None or index >= len(row):
            return ""
        return row[index]


def decode(data: bytes) -> str:
    """Text from an export file: UTF-8 with or without BOM, or UTF-16 (2018 exports)."""
    encoding = "utf-8"
    body = data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    else:
        encoding = _guess_utf16(data) or encoding
    if encoding.startswith("utf-16") and len(body) % 2:
        body = body[:-1]
    try:
        text = body.decode(encoding.replace("-sig", ""))
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise UnreadableFileError(f"it is not valid {encoding.upper()} text") from None
        # Not UTF-8: older tools re-save exports in Windows-1252; keep the words readable.
        text = body.decode("cp1252", errors="replace")
    sample = text[:4096]
    if "\x00" in text or len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise UnreadableFileError("it holds binary data, not text")
    return text


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of ASCII text."""
    head = data[:512]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > half * 0.8 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > half * 0.8 and odd_nuls == 0:
        return "utf-16-be"
    return None


def read_table(text: str, *, header_starts: str | None = None) -> Table:
    """Rows of ``text``, after the header line (the first line, or the first that starts so)."""
    if header_starts is not None:
        text = _skip_preamble(text, header_starts)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    problems: list[str] = []
    header: list[str] | None = None
    width = 0
    try:
        for row in reader:
            if not "".join(row).strip():
                continue  # all-empty rows: trailing blank lines, empty phone-number rows
            if header is None:
                header, width = row, len(row) + 1
            elif len(row) > width and "".join(row[width - 1 :]).strip():
                problems.append(
                    f"line {reader.line_num} has {len(row)} cells where the header has {width - 1}"
                )
            else:
                rows.append(row)
    except csv.Error as exc:
        problems.append(f"reading stopped at line {reader.line_num}: {exc}")
    columns: dict[str, int] = {}
    for index, name in enumerate(header or []):
        columns.setdefault(header_key(name), index)
    return Table(columns=columns, rows=rows, problems=problems)


def _skip_preamble(text: str, header_starts: str) -> str:
    """Drops lines before the header (the 'Notes:' block of Connections.csv)."""
    wanted = header_key(header_starts)
    position = 0
    for _ in range(20):
        end = text.find("\n", position)
        line = text[position : end if end >= 0 else len(text)]
        if header_key(line).startswith(wanted):
            return text[position:]
        if end < 0:
            break
        position = end + 1
    return text


def _sniff_delimiter(text: str) -> str:
    """Tab for the 2018 UTF-16 files, comma otherwise (decided from the header line)."""
    first = text[: text.find("\n")] if "\n" in text else text[:4096]
    return "\t" if first.count("\t") > first.count(",") else ","
