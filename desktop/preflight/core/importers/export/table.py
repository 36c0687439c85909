"""Export CSV bytes to rows: encoding and delimiter sniffing, preambles, columns by name."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Rows read per file: LinkedIn allows 30,000 connections and 100 skills; nobody has 50,000 posts.
# The cap bounds time and memory on hostile files.
MAX_ROWS = 50_000
# Lines looked at per file, blank and skipped ones included: 60 MB of empty lines ends here too.
MAX_RECORDS = 2 * MAX_ROWS
MAX_PROBLEMS = 5
# Control characters that never appear in an export's text (tab, CR and LF are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableFileError(Exception):
    """The bytes are not a text table (binary, or not a CSV at all)."""

    def __init__(self, reason: str, encoding: str | None = None) -> None:
        super().__init__(reason)
        # The encoding the bytes claimed but broke; None when they are binary data.
        self.encoding = encoding


@lru_cache(maxsize=512)
def header_key(name: str) -> str:
    """A column name compared loosely: 'Share Commentary', 'ShareCommentary', 'sharecommentary'."""
    return re.sub(r"[\s_]+", "", name.strip().strip('"').lower())


@dataclass
class Table:
    """The rows of one CSV file, each cell found by column name."""

    columns: dict[str, int]
    rows: list[list[str]]
    # What could not be read, as notice keys under notices.export.table and their values, the file
    # name left out (the first few; the rest only counted).
    problems: list[tuple[str, dict[str, str | int]]] = field(default_factory=list)
    more_problems: int = 0
    row_count: int = 0

    def note(self, key: str, /, **values: str | int) -> None:
        """Records a problem, keeping only the first few in full."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((key, values))
        else:
            self.more_problems += 1

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
            name = encoding.upper()
            raise UnreadableFileError(f"it is not valid {name} text", name) from None
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


def read_table(text: str, *, header_starts: str | None = None, count_only: bool = False) -> Table:
    """Rows of ``text``, after the header line (the first line, or the first that starts so).

    With ``count_only`` the rows are counted, not kept (Connections.csv: only its size matters).
    At most MAX_ROWS rows are read, so a hostile file cannot take the memory or the time.
    """
    start = _header_offset(text, header_starts) if header_starts is not None else 0
    delimiter = _sniff_delimiter(text[start : start + 4096])
    reader = csv.reader(_lines(text, start), delimiter=delimiter)
    table = Table(columns={}, rows=[])
    header: list[str] | None = None
    width = 0
    try:
        for seen, row in enumerate(reader, start=1):
            if seen > MAX_RECORDS:
                table.note("export.table.too_many_lines", count=MAX_RECORDS)
                break
            if not row or (not row[0].strip() and not "".join(row).strip()):
                continue  # all-empty rows: trailing blank lines, empty phone-number rows
            if header is None:
                header, width = row, len(row)
            elif len(row) > width + 1 and "".join(row[width:]).strip():
                table.note(
                    "export.table.wide_row", line=reader.line_num, cells=len(row), width=width
                )
            elif table.row_count >= MAX_ROWS:
                table.note("export.table.too_many_rows", count=MAX_ROWS)
                break
            else:
                table.row_count += 1
                if not count_only:
                    table.rows.append(row[: width + 1])
    except csv.Error as exc:
        table.note("export.table.stopped", line=reader.line_num, detail=str(exc))
    for index, name in enumerate(header or []):
        table.columns.setdefault(header_key(name), index)
    return table


def _lines(text: str, start: int) -> Iterator[str]:
    """The lines of ``text`` from ``start``, one at a time (no copy of the whole text)."""
    position = start
    length = len(text)
    while position < length:
        end = text.find("\n", position)
        end = length if end < 0 else end + 1
        yield text[position:end]
        position = end


def _header_offset(text: str, header_starts: str) -> int:
    """Where the header starts, past a preamble such as the 'Notes:' block of Connections.csv."""
    wanted = header_key(header_starts)
    position = 0
    for _ in range(20):
        end = text.find("\n", position)
        line = text[position : end if end >= 0 else len(text)]
        if header_key(line[:200]).startswith(wanted):
            return position
        if end < 0:
            break
        position = end + 1
    return 0


def _sniff_delimiter(text: str) -> str:
    """Tab for the 2018 UTF-16 files, comma otherwise (decided from the header line)."""
    first = text.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","
