"""Decoding export CSV bytes: encodings, delimiters, preambles and the Shares quote quirk."""

from __future__ import annotations

import pytest

from preflight.core.importers.export.table import UnreadableFileError, decode, read_table
from preflight.core.importers.export.text import clean_post_text, clean_text


@pytest.mark.parametrize(
    "data",
    [
        "Name\nNegociación\n".encode(),
        b"\xef\xbb\xbf" + "Name\nNegociación\n".encode(),
        b"\xff\xfe" + "Name\nNegociación\n".encode("utf-16-le"),
        b"\xfe\xff" + "Name\nNegociación\n".encode("utf-16-be"),
        "Name\nNegociación\n".encode("utf-16-le"),  # no BOM: NULs give it away
    ],
)
def test_every_export_encoding_gives_the_same_text(data: bytes) -> None:
    table = read_table(decode(data))
    assert table.cell(table.rows[0], "name") == "Negociación"


def test_windows_1252_text_is_still_read() -> None:
    table = read_table(decode("Name\nNegociación\n".encode("cp1252")))
    assert table.cell(table.rows[0], "Name") == "Negociación"


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 8, bytes(range(32)) * 10, b"\xff\xfe\x00\xd8"]
)
def test_binary_data_is_not_taken_for_a_table(data: bytes) -> None:
    with pytest.raises(UnreadableFileError):
        decode(data)


def test_tab_separated_fully_quoted_2018_rows_and_loose_headers() -> None:
    table = read_table('"Date"\t"Share Commentary"\n"2017/06/08 08:15:44 UTC"\t"Hello, world"\n')
    row = table.rows[0]
    assert table.cell(row, "ShareCommentary") == "Hello, world"
    assert table.cell(row, "date") == "2017/06/08 08:15:44 UTC"
    assert table.cell(row, "Missing Column") == ""


def test_connections_preamble_is_skipped_and_blank_rows_ignored() -> None:
    text = (
        "Notes:\n"
        '"When exporting your connection data, you may notice that some, of the e-mail addresses"\n'
        "\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Ruiz,,,Cobalto,CEO,04 Jul 2023\n"
        ",,,,,,\n"
        "\n"
    )
    table = read_table(text, header_starts="First Name")
    assert len(table.rows) == 1
    assert table.cell(table.rows[0], "Company") == "Cobalto"


def test_short_rows_read_as_empty_cells() -> None:
    table = read_table("Company Name,Title,Finished On\nCobalto,CEO\n")
    assert table.cell(table.rows[0], "Finished On") == ""
    assert table.problems == []


@pytest.mark.parametrize(
    ("decoded", "expected"),
    [
        ('First line. "\r\n"Second line.', "First line.\nSecond line."),
        ('One"\n""\n"Two', "One\n\nTwo"),
        ('"\n"Starts with a break', "Starts with a break"),
        ('Ends with a break"\n"', "Ends with a break"),
        ('She said "yes" and left.', 'She said "yes" and left.'),
        ("Plain\r\nCRLF text", "Plain\nCRLF text"),
    ],
)
def test_shares_quote_quirk_is_undone_only_where_it_shows(decoded: str, expected: str) -> None:
    assert clean_post_text(decoded) == expected


def test_entities_are_decoded_but_markup_stays_text() -> None:
    assert clean_text("R&amp;D &lt;b&gt;lead&lt;/b&gt; &rsquo;24 ") == "R&D <b>lead</b> ’24"


def test_row_cap_bounds_hostile_files_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from preflight.core.importers.export import table as table_module

    monkeypatch.setattr(table_module, "MAX_ROWS", 10)
    kept = read_table("Name\n" + "skill\n" * 50)
    assert len(kept.rows) == 10
    assert kept.problems == [("export.table.too_many_rows", {"count": 10})]
    counted = read_table("First Name,Last Name\n" + "A,B\n" * 50, count_only=True)
    assert counted.rows == []
    assert counted.row_count == 10


def test_problem_list_stays_short_on_a_file_full_of_bad_rows() -> None:
    table = read_table("A,B\n" + "1,2,3,4,5\n" * 1000)
    assert len(table.problems) == 5
    assert table.more_problems == 995


@pytest.mark.parametrize(
    "body", ["\n" * 500, "1,2,3,4,5\n" * 500], ids=["blank-lines", "skipped-rows"]
)
def test_line_cap_stops_files_of_lines_that_are_never_rows(
    monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    # 60 MB of blank lines took over 20 s before: neither blank nor skipped lines met the row cap.
    from preflight.core.importers.export import table as table_module

    monkeypatch.setattr(table_module, "MAX_RECORDS", 100)
    table = read_table("A,B\n" + body + "x,y\n")
    assert table.rows == []  # the row after the cap is never reached
    assert len(table.problems) + table.more_problems <= 100
